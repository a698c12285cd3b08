"""Faults, fuzzing, load, locks and hostile files.

The default run (``make test``) keeps the load and fuzz tests small enough for CI;
``DANVAN_FULL_TESTS=1`` (``make test-full``) runs them at full size.
"""

import os

#: Full-size load and fuzz runs (``make test-full``).
FULL = os.environ.get("DANVAN_FULL_TESTS") == "1"

#: Questions of every kind on the bundled corpus: answers, a refusal, typed without marks.
QUESTIONS = [
    "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo",
    "dan van kheo ha nam 2022 cong nhan bao nhieu mo hinh",
    "Bí thư Thành ủy Hà Nội Vương Đình Huệ đề nghị gì về phong trào dân vận khéo?",
    "Chủ đề Năm Dân vận chính quyền 2019 là gì?",
    "Thời tiết Hà Nội cuối tuần này thế nào?",
    "Mặt trận Tổ quốc phối hợp với chính quyền như thế nào?",
    "dân chủ ở cơ sở",
    "Ban Dân vận Tỉnh ủy Hà Nam triển khai nhiệm vụ năm 2023 ra sao?",
    "gia vang sjc hom nay bao nhieu",
    "Phong trào thi đua Dân vận khéo có từ khi nào?",
]
