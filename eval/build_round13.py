#!/usr/bin/env python3
"""Round 13 evaluation sets for the danvan bot: questions on NEW documents.

The corpus of this round is ``eval/corpus13/``: byte-identical copies of the five
bundled articles of ``corpus/`` plus five reports invented for this round (realistic
Vietnamese news reports on dân vận work; names, figures and dates made up):

    013_namdinh_2023.txt      Nam Định, tổng kết dân vận và “Dân vận khéo” năm 2023 (27/12)
    014_hanam_2021.txt        Hà Nam, sơ kết dân vận 6 tháng đầu năm 2021 (15/7)
    015_kimbang_q3_2022.txt   Huyện ủy Kim Bảng (Hà Nam), giao ban dân vận quý III/2022 (12/10/2022)
    016_thaibinh_2022.txt     Ban Dân vận Tỉnh ủy Thái Bình, sơ kết 5 năm Quyết định số 99-QĐ/TW (16/8/2022)
    017_hungyen_2021.txt      Hưng Yên, Hội Nông dân và Ủy ban MTTQ tỉnh sơ kết phối hợp năm 2021 (24/11)

They overlap the bundled ones in place, year, body or kind of figure (Hà Nam 2022 and
2021, Hưng Yên 2020 and 2021, the Ban Dân vận Tỉnh ủy of several provinces, models,
awards, dialogues), so that a question's constraints decide which article answers.

Written by a helper that read only the corpus articles, eval/README.md, rounds.py,
build_round12.py (as the template) and the earlier *_tune.jsonl files (only to avoid
repeating them); no retrieval, bot or test code, no *_test.jsonl file, and the bot was
not run.  Questions are typed the way cadres, journalists and citizens write in a
Telegram chat (lower case, no "?", abbreviations UBND / HĐND / MTTQ / BDV / DVK, place
or year first, middle or last; about a quarter without diacritics).

Checks (the script stops on any failure):
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named file of eval/corpus13/;
- a near miss's swapped value is in its question and NOT in its source article; the
  other articles holding that value (whole words, with or without marks) must be exactly
  the ones listed in its ``cross`` tuple: those were read and judged not to answer the
  question (another place, year, body or fact) — the cross-document traps;
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits;
- no question repeats (exact, lower-cased) another of this round or one of any earlier
  ``eval/*_tune.jsonl`` file;
- the minimum counts and shares without diacritics below.
Then each set is shuffled ONCE with a fresh ``random.Random(13)``: the first half
(rounded down) goes to ``<set>13_tune.jsonl``, the rest to ``<set>13_test.jsonl``, each
half in id order.  Running the script again rewrites the ten files byte for byte.
"""

import collections
import os
import sys

from rounds import (F0, F1, F2, F3, F4, ANSWER_KINDS, INTENTS, HERE, answerable_rows, check_repeats,
                    fail_on, load_corpus, gold_checker, near_miss_rows_with_cross, off_topic_rows, slip_rows,
                    smalltalk_rows, split_and_write, unmarked_shares)

CORPUS13 = os.path.join(HERE, "corpus13")

N13 = "013_namdinh_2023.txt"      # Nam Định, tổng kết dân vận / Dân vận khéo 2023
H14 = "014_hanam_2021.txt"        # Hà Nam, sơ kết 6 tháng đầu năm 2021
K15 = "015_kimbang_q3_2022.txt"   # Huyện ủy Kim Bảng, giao ban quý III/2022
T16 = "016_thaibinh_2022.txt"     # Thái Bình, sơ kết 5 năm QĐ 99-QĐ/TW, 16/8/2022
Y17 = "017_hungyen_2021.txt"      # Hưng Yên, Hội Nông dân + MTTQ tỉnh, 2021
NEW = (N13, H14, K15, T16, Y17)
BUNDLED = (F0, F1, F2, F3, F4)


# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 013 Nam Định, tổng kết dân vận / Dân vận khéo 2023 ---
    ("ai", N13, "Ai chủ trì hội nghị tổng kết dân vận năm 2023 của Nam Định?",
     ["Vũ Thị Thanh Hà", "Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị"],
     "Đồng chí Vũ Thị Thanh Hà, Trưởng Ban Dân vận Tỉnh ủy Nam Định"),
    ("ai", N13, "pho chu tich ubnd tinh nam dinh nao du tong ket dan van 2023",
     ["Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh"], "Đồng chí Trần Quốc Bảo"),
    ("ai", N13, "ai trinh bay bao cao tai hoi nghi tong ket dan van nam dinh nam 2023",
     ["Phạm Văn Lực, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"],
     "Đồng chí Phạm Văn Lực, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    ("khi_nao", N13, "Nam Định tổng kết dân vận khéo 2023 vào ngày nào?",
     ["Sáng ngày 27/12, Ban Dân vận Tỉnh ủy Nam Định"], "Sáng ngày 27/12/2023"),
    ("khi_nao", N13, "kế hoạch 86 về dân vận khéo của nam định ký ngày nào",
     ["Kế hoạch số 86-KH/TU ngày 14/3/2023"], "Ngày 14/3/2023"),
    ("bao_nhieu", N13, "năm 2023 nam định công nhận tổng cộng bao nhiêu mô hình dân vận khéo",
     ["công nhận 1.248 mô hình “Dân vận khéo”"], "1.248 mô hình"),
    ("bao_nhieu", N13, "mo hinh dvk cap xa o nam dinh nam 2023 duoc cong nhan bao nhieu",
     ["cấp xã 891 mô hình"], "891 mô hình cấp xã"),
    ("bao_nhieu", N13, "Nam Định 2023: người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với dân bao nhiêu cuộc",
     ["1.316 cuộc đối thoại trực tiếp với Nhân dân"], "1.316 cuộc đối thoại"),
    ("o_dau", N13, "Mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ” được Nam Định ghi nhận năm 2023 là của đơn vị nào?",
     ["của UBND thị trấn Thịnh Long, huyện Hải Hậu"], "UBND thị trấn Thịnh Long, huyện Hải Hậu"),
    ("o_dau", N13, "mô hình xứ họ đạo bình yên ở xã nào của nam định",
     ["ở xã Xuân Ngọc, huyện Xuân Trường"], "Xã Xuân Ngọc, huyện Xuân Trường"),
    ("o_dau", N13, "Hội nghị tổng kết của BDV Tỉnh ủy Nam Định cuối năm 2023 được kết nối tới đâu?",
     ["kết nối trực tuyến tới 10 điểm cầu các huyện, thành phố"],
     "Trực tuyến tới 10 điểm cầu các huyện, thành phố"),
    ("nhu_the_nao", N13, "Ông Đoàn Văn Khải yêu cầu mô hình Dân vận khéo ở Nam Định phải thế nào?",
     ["phải dễ làm, dễ nhân rộng, mang lại lợi ích thiết thực cho Nhân dân"],
     "Dễ làm, dễ nhân rộng, mang lại lợi ích thiết thực cho Nhân dân"),
    ("la_gi", N13, "Năm 2024 Nam Định cần vận động GPMB cho dự án nào",
     ["dự án đường bộ cao tốc Ninh Bình – Hải Phòng đoạn qua tỉnh"],
     "Dự án đường bộ cao tốc Ninh Bình – Hải Phòng đoạn qua tỉnh"),
    ("la_gi", N13, "Kế hoạch số 86-KH/TU của BTV Tỉnh ủy Nam Định nói về việc gì",
     ["đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025"],
     "Đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025"),
    ("paraphrase", N13, "Ở Nam Định năm 2023 người dân cho bao nhiêu đất để làm đường làng?",
     ["hiến hơn 52.000 m² đất"], "Hơn 52.000 m² đất"),
    ("paraphrase", N13, "Năm 2023 quỹ giúp người nghèo ở Nam Định quyên được bao nhiêu tiền",
     ["Quỹ “Vì người nghèo” được 68,5 tỷ đồng"], "68,5 tỷ đồng"),
    ("keywords", N13, "nhà đại đoàn kết nam định",
     ["hỗ trợ xây mới và sửa chữa 412 nhà Đại đoàn kết"], "412 nhà Đại đoàn kết được xây mới và sửa chữa"),
    ("keywords", N13, "bằng khen DVK Nam Định 2023",
     ["15 tập thể và 12 cá nhân"], "15 tập thể và 12 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen"),
    ("no_diacritics", N13, "nam dinh 2023 ban dan van tinh uy tham muu ban hanh may van ban",
     ["ban hành 11 văn bản"], "11 văn bản (các cấp: 137 văn bản)"),
    ("no_diacritics", N13, "ti le giai quyet don thu khieu nai to cao o nam dinh nam 2023",
     ["tố cáo thuộc thẩm quyền đạt 92,6%"], "92,6%"),

    # --- 014 Hà Nam, sơ kết 6 tháng đầu năm 2021 ---
    ("ai", H14, "6 tháng đầu năm 2021 ai là trưởng ban dân vận tỉnh ủy hà nam",
     ["Lê Thị Minh Nguyệt", "Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị"],
     "Đồng chí Lê Thị Minh Nguyệt"),
    ("ai", H14, "Phó chủ tịch UBND tỉnh nào dự sơ kết dân vận giữa năm 2021 ở Hà Nam?",
     ["Trương Quốc Việt, Phó Chủ tịch UBND tỉnh"], "Đồng chí Trương Quốc Việt"),
    ("khi_nao", H14, "ha nam so ket dan van 6 thang dau 2021 hom nao",
     ["Sáng ngày 15/7, Ban Dân vận Tỉnh ủy Hà Nam"], "Sáng ngày 15/7/2021"),
    ("no_diacritics", H14, "ha nam nua dau nam 2021 cong nhan bao nhieu mo hinh dan van kheo",
     ["công nhận 118 mô hình “Dân vận khéo”"], "118 mô hình"),
    ("bao_nhieu", H14, "Đầu năm 2021 các đơn vị ở Hà Nam đăng ký xây dựng bao nhiêu mô hình DVK?",
     ["đăng ký xây dựng 352 mô hình"], "352 mô hình"),
    ("bao_nhieu", H14, "Tỷ lệ cử tri Hà Nam đi bầu ngày 23/5/2021 là bao nhiêu?",
     ["toàn tỉnh có 99,87% cử tri đi bầu"], "99,87%"),
    ("o_dau", H14, "Sáu tháng đầu năm 2021 ở Hà Nam huyện nào có nhiều mô hình Dân vận khéo được công nhận nhất?",
     ["Huyện Lý Nhân và thị xã Duy Tiên là hai đơn vị"],
     "Huyện Lý Nhân (24 mô hình), rồi thị xã Duy Tiên (21)"),
    ("o_dau", H14, "3.600 suất quà của Liên đoàn Lao động tỉnh Hà Nam năm 2021 trao cho công nhân ở đâu",
     ["công nhân lao động tại các khu công nghiệp Đồng Văn"], "Các khu công nghiệp Đồng Văn"),
    ("nhu_the_nao", H14, "Hà Nam giữa năm 2021 đối thoại với dân tập trung vào vấn đề gì?",
     ["tập trung vào các vấn đề đất đai, giải phóng mặt bằng và môi trường"],
     "Đất đai, giải phóng mặt bằng và môi trường"),
    ("la_gi", H14, "mo hinh dvk cua phuong lam ha, phu ly ten la gi",
     ["“Tổ dân phố tự quản về an ninh trật tự” của phường Lam Hạ"],
     "“Tổ dân phố tự quản về an ninh trật tự”"),
    ("la_gi", H14, "Hạn chế của các mô hình Dân vận khéo đăng ký ở Hà Nam năm 2021 là gì?",
     ["một số mô hình “Dân vận khéo” đăng ký còn chung chung"], "Một số mô hình đăng ký còn chung chung"),
    ("paraphrase", H14, "Mùa gặt vụ chiêm xuân 2021, bộ đội ở Hà Nam xuống giúp dân bao nhiêu lượt người?",
     ["cử hơn 1.500 lượt cán bộ, chiến sĩ giúp Nhân dân thu hoạch lúa"], "Hơn 1.500 lượt cán bộ, chiến sĩ"),
    ("paraphrase", H14, "Hà Nam quyên góp chống covid và mua vắc xin được bao nhiêu tiền trong nửa đầu 2021",
     ["Quỹ vắc-xin với tổng trị giá 14,2 tỷ đồng"], "14,2 tỷ đồng"),
    ("keywords", H14, "Hà Nam 2021 chùa Tam Chúc",
     ["nắm tình hình tại khu du lịch chùa Tam Chúc"],
     "Ban Dân vận Tỉnh ủy nắm tình hình tại khu du lịch chùa Tam Chúc khi tạm dừng đón khách do dịch"),
    ("keywords", H14, "giấy khen DVK Hà Nam 2021",
     ["tặng Giấy khen cho 8 tập thể và 6 cá nhân"], "8 tập thể và 6 cá nhân"),
    ("no_diacritics", H14, "ha nam 2021 dan van nua cuoi nam to chuc ngay hoi gi",
     ["tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"],
     "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"),
    ("no_diacritics", H14, "ha nam dip phat dan phat lich 2565 ban dan van lam gi",
     ["thăm, chúc mừng các chức sắc, chức việc nhân dịp Lễ Phục sinh"],
     "Phối hợp Ban Tôn giáo tỉnh thăm, chúc mừng các chức sắc, chức việc"),

    # --- 015 Huyện ủy Kim Bảng, giao ban quý III/2022 ---
    ("khi_nao", K15, "kim bảng giao ban dân vận quý 3 năm 2022 ngày nào",
     ["Ngày 12/10/2022, Ban Dân vận Huyện ủy Kim Bảng"], "Ngày 12/10/2022"),
    ("ai", K15, "Ai chủ trì giao ban dân vận quý III/2022 ở Kim Bảng?",
     ["Nguyễn Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị"],
     "Đồng chí Nguyễn Thị Hồng Nhung, Trưởng Ban Dân vận Huyện ủy"),
    ("ai", K15, "bi thu huyen uy kim bang nam 2022 la ai",
     ["Trần Xuân Dương, Bí thư Huyện ủy"], "Đồng chí Trần Xuân Dương"),
    ("ai", K15, "pho bi thu thuong truc huyen uy kim bang la ai",
     ["Lương Đức Toàn, Phó Bí thư Thường trực Huyện ủy"], "Đồng chí Lương Đức Toàn"),
    ("paraphrase", K15, "Bà trưởng ban dân vận Kim Bảng còn đứng đầu tổ chức nào nữa?",
     ["Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện"], "Ủy ban MTTQ huyện (Chủ tịch)"),
    ("bao_nhieu", K15, "Quý III/2022 Kim Bảng có bao nhiêu hộ dân bàn giao mặt bằng cho đường vào Tam Chúc?",
     ["vận động 137 hộ dân bàn giao 18,6 ha mặt bằng"], "137 hộ, 18,6 ha"),
    ("bao_nhieu", K15, "9 tháng năm 2022 huyện Kim Bảng đã công nhận tổng cộng mấy mô hình DVK",
     ["trong 9 tháng năm 2022 lên 23 mô hình"], "23 mô hình"),
    ("no_diacritics", K15, "kim bang quy 3 2022 khoi dan van phan anh bao nhieu vu viec",
     ["kịp thời phản ánh 12 vụ việc phát sinh trong Nhân dân"], "12 vụ việc (9 đã giải quyết dứt điểm)"),
    ("o_dau", K15, "Bí thư Huyện ủy Kim Bảng đối thoại với dân xã nào về bụi đá?",
     ["gần 200 người dân xã Thanh Sơn"], "Xã Thanh Sơn"),
    ("o_dau", K15, "Ở Kim Bảng, dân xã nào hiến 3.200 m2 đất mở đường liên thôn?",
     ["Nhân dân xã Nhật Tân tự nguyện hiến 3.200 m² đất"], "Xã Nhật Tân"),
    ("nhu_the_nao", K15, "Sau buổi đối thoại ở Thanh Sơn, UBND huyện Kim Bảng xử lý bụi thế nào?",
     ["lắp đặt 2 trạm rửa xe và tăng tần suất tưới nước mặt đường"],
     "Lắp 2 trạm rửa xe, tăng tần suất tưới nước mặt đường"),
    ("la_gi", K15, "Hội Phụ nữ xã Đồng Hóa có mô hình dân vận khéo gì?",
     ["“Thu gom rác thải nhựa đổi quà” của Hội Phụ nữ xã Đồng Hóa"], "“Thu gom rác thải nhựa đổi quà”"),
    ("paraphrase", K15, "Trung thu 2022 ở Kim Bảng các em nhỏ nhà khó khăn được tặng bao nhiêu phần quà?",
     ["tặng 1.150 suất quà cho thiếu nhi có hoàn cảnh khó khăn"], "1.150 suất quà"),
    ("keywords", K15, "ngày hội đoàn kết Kim Bảng",
     ["Ngày hội Đại đoàn kết toàn dân tộc ở 126 khu dân cư"],
     "Quý IV/2022 tổ chức ở 126 khu dân cư trước ngày 18/11"),
    ("keywords", K15, "camera an ninh le ho",
     ["“Camera an ninh khu dân cư” của Công an xã Lê Hồ"],
     "Mô hình “Camera an ninh khu dân cư” của Công an xã Lê Hồ"),
    ("no_diacritics", K15, "kim bang quy iv 2022 can giai quyet dut diem may vu viec ton dong",
     ["giải quyết dứt điểm 3 vụ việc còn tồn đọng"], "3 vụ việc"),
    ("no_diacritics", K15, "hoi cuu chien binh kim bang quy 3 nam 2022 xay may nha nghia tinh dong doi",
     ["vận động xây dựng 3 nhà “Nghĩa tình đồng đội”"], "3 nhà"),

    # --- 016 Thái Bình, sơ kết 5 năm QĐ 99-QĐ/TW ---
    ("khi_nao", T16, "Thái Bình sơ kết 5 năm Quyết định 99 vào ngày nào?",
     ["Ngày 16/8/2022, Ban Dân vận Tỉnh ủy Thái Bình"], "Ngày 16/8/2022"),
    ("no_diacritics", T16, "quyet dinh 99 cua ban bi thu ra doi ngay thang nam nao",
     ["Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư"], "Ngày 03/10/2017"),
    ("ai", T16, "Ai chủ trì hội nghị sơ kết Quyết định 99 ở Thái Bình?",
     ["Phạm Văn Tuân", "Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị"],
     "Đồng chí Phạm Văn Tuân, Trưởng Ban Dân vận Tỉnh ủy"),
    ("ai", T16, "thai binh: ai trinh bay bao cao so ket qd 99",
     ["Hoàng Thị Mai Anh, Phó Trưởng Ban Dân vận Tỉnh ủy"],
     "Đồng chí Hoàng Thị Mai Anh, Phó Trưởng Ban Dân vận Tỉnh ủy"),
    ("bao_nhieu", T16, "Thái Bình 5 năm thực hiện QĐ 99 kỷ luật bao nhiêu cán bộ đảng viên suy thoái?",
     ["xử lý kỷ luật 27 cán bộ, đảng viên"], "27 cán bộ, đảng viên"),
    ("bao_nhieu", T16, "Sau 5 năm, MTTQ và đoàn thể Thái Bình tổ chức mấy cuộc giám sát?",
     ["tổ chức 2.314 cuộc giám sát, 186 hội nghị phản biện xã hội"], "2.314 cuộc giám sát"),
    ("no_diacritics", T16, "thai binh tiep nhan bao nhieu y kien kien nghi cua cu tri qua 5 nam thuc hien qd 99",
     ["tiếp nhận 3.965 ý kiến, kiến nghị của cử tri và Nhân dân"], "3.965 ý kiến, kiến nghị"),
    ("o_dau", T16, "Huyện nào ở Thái Bình đặt 38 hòm thư góp ý?",
     ["huyện Quỳnh Phụ đặt 38 hòm thư góp ý tại trụ sở các xã"], "Huyện Quỳnh Phụ"),
    ("o_dau", T16, "Mô hình Ngày thứ Bảy lắng nghe ý kiến Nhân dân là của huyện nào ở Thái Bình",
     ["huyện Vũ Thư duy trì mô hình “Ngày thứ Bảy lắng nghe ý kiến"], "Huyện Vũ Thư"),
    ("nhu_the_nao", T16, "Thành phố Thái Bình tiếp nhận phản ánh của dân bằng cách nào?",
     ["lập nhóm Zalo tiếp nhận phản ánh của người dân ở từng tổ dân phố"],
     "Lập nhóm Zalo ở từng tổ dân phố"),
    ("nhu_the_nao", T16, "ong tuan de nghi thai binh lam gi de dan gop y nhieu hon",
     ["hình thức để Nhân dân góp ý, kể cả qua nền tảng số"],
     "Đa dạng hóa hình thức góp ý, kể cả qua nền tảng số"),
    ("la_gi", T16, "Quyết định 99-QĐ/TW là hướng dẫn khung về vấn đề gì",
     ["vai trò của Nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái"],
     "Phát huy vai trò của Nhân dân trong đấu tranh ngăn chặn, đẩy lùi suy thoái, “tự diễn biến”, “tự chuyển hóa”"),
    ("la_gi", T16, "Theo ông Phạm Văn Tuân, QĐ 99 cần gắn với kết luận nào?",
     ["Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII"],
     "Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII"),
    ("paraphrase", T16, "Ở Thái Bình việc góp ý cho cán bộ còn bị cả nể không?",
     ["việc góp ý ở một số nơi còn nể nang, hình thức"], "Có: ở một số nơi còn nể nang, hình thức"),
    ("paraphrase", T16, "Đảng viên đang đi làm ở Thái Bình có giữ liên lạc với chi bộ nơi mình ở không?",
     ["giữ mối liên hệ với chi ủy, chi bộ nơi cư trú"], "Có: 100% đảng viên đang công tác"),
    ("keywords", T16, "Thái Bình giấy khen QĐ 99",
     ["tặng Giấy khen cho 12 tập thể và 18 cá nhân"], "12 tập thể và 18 cá nhân"),
    ("keywords", T16, "quán triệt 99-QĐ/TW Thái Bình",
     ["tổ chức 2.850 hội nghị quán triệt"], "2.850 hội nghị, hơn 196.000 lượt người dự"),
    ("no_diacritics", T16, "pho chu tich mttq tinh thai binh du so ket qd 99 la ai",
     ["Nguyễn Thị Lan Phương, Phó Chủ tịch Ủy ban MTTQ tỉnh"], "Bà Nguyễn Thị Lan Phương"),

    # --- 017 Hưng Yên, Hội Nông dân + MTTQ tỉnh 2021 ---
    ("ai", Y17, "Chủ tịch Hội Nông dân tỉnh Hưng Yên năm 2021 là ai",
     ["Bùi Thị Hằng, Chủ tịch Hội Nông dân tỉnh"], "Đồng chí Bùi Thị Hằng"),
    ("ai", Y17, "năm 2021 ai vừa là trưởng ban dân vận tỉnh ủy vừa là chủ tịch mặt trận tỉnh hưng yên",
     ["Trần Đức Mạnh", "Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh"],
     "Đồng chí Trần Đức Mạnh"),
    ("khi_nao", Y17, "Hội Nông dân và Mặt trận tỉnh Hưng Yên sơ kết chương trình phối hợp năm 2021 hôm nào?",
     ["Ngày 24/11, Hội Nông dân tỉnh Hưng Yên phối hợp"], "Ngày 24/11/2021"),
    ("bao_nhieu", Y17, "Năm 2021 nông dân Hưng Yên hiến bao nhiêu m2 đất làm nông thôn mới?",
     ["vận động nông dân hiến 18.500 m² đất"], "18.500 m²"),
    ("bao_nhieu", Y17, "hưng yên 2021 có bao nhiêu hộ sản xuất kinh doanh giỏi các cấp",
     ["có 4.215 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp"], "4.215 hộ"),
    ("bao_nhieu", Y17, "Quỹ Hỗ trợ nông dân Hưng Yên năm 2021 có bao nhiêu vốn, cho bao nhiêu hộ vay?",
     ["tổng nguồn vốn 36,8 tỷ đồng, giải ngân cho 1.240 hộ vay"], "36,8 tỷ đồng; 1.240 hộ vay"),
    ("o_dau", Y17, "Chi hội nông dân nghề nghiệp trồng nhãn được Hưng Yên biểu dương năm 2021 ở xã nào?",
     ["trồng nhãn xã Hồng Nam, thành phố Hưng Yên"], "Xã Hồng Nam, thành phố Hưng Yên"),
    ("o_dau", Y17, "nhan long hung yen nam 2021 xuat khau sang nuoc nao",
     ["các lô nhãn xuất khẩu sang Nhật Bản"], "Nhật Bản"),
    ("nhu_the_nao", Y17, "Mùa dịch 2021 Hội Nông dân Hưng Yên giúp dân bán nhãn thế nào?",
     ["các sàn thương mại điện tử, doanh nghiệp hỗ trợ nông dân tiêu thụ"],
     "Phối hợp sàn thương mại điện tử, doanh nghiệp tiêu thụ hơn 2.300 tấn nhãn lồng"),
    ("la_gi", Y17, "Mô hình cánh đồng ở Khoái Châu được Hội Nông dân Hưng Yên biểu dương tên gì?",
     ["mô hình “Cánh đồng không dùng thuốc diệt cỏ” ở huyện Khoái Châu"],
     "“Cánh đồng không dùng thuốc diệt cỏ”"),
    ("la_gi", Y17, "hưng yên 2021: hội nông dân và mặt trận phối hợp gắn với cuộc vận động nào",
     ["“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"],
     "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” (và phong trào “Dân vận khéo”)"),
    ("paraphrase", Y17, "Mỗi căn nhà Đại đoàn kết cho nông dân nghèo Hưng Yên năm 2021 được hỗ trợ mấy chục triệu?",
     ["mỗi nhà được hỗ trợ 50 triệu đồng"], "50 triệu đồng"),
    ("paraphrase", Y17, "Hưng Yên muốn đến bao giờ toàn bộ các xã đạt nông thôn mới nâng cao?",
     ["đến hết năm 2025 có 100% số xã đạt chuẩn nông thôn mới nâng cao"], "Đến hết năm 2025"),
    ("keywords", Y17, "nhãn lồng 2.300 tấn Hưng Yên",
     ["tiêu thụ hơn 2.300 tấn nhãn lồng"], "Hỗ trợ nông dân tiêu thụ hơn 2.300 tấn nhãn lồng mùa nhãn 2021"),
    ("keywords", Y17, "tổ tiết kiệm Hưng Yên 2021",
     ["duy trì 312 tổ tiết kiệm và vay vốn"], "312 tổ tiết kiệm và vay vốn (phối hợp Ngân hàng Chính sách xã hội)"),
    ("no_diacritics", Y17, "hung yen nam 2021 ubnd tinh tang bang khen cho bao nhieu tap the ca nhan trong phoi hop nong dan",
     ["UBND tỉnh tặng Bằng khen cho 9 tập thể và 14 cá nhân"], "9 tập thể và 14 cá nhân"),
    ("no_diacritics", Y17, "hoi nong dan hung yen 2021 tuyen truyen bao nhieu buoi",
     ["phối hợp tổ chức 386 buổi tuyên truyền tại các thôn, tổ dân phố"], "386 buổi"),
    ("ai", Y17, "pho chu tich ubnd tinh hung yen du so ket voi hoi nong dan ten gi",
     ["Phan Quốc Hưng, Phó Chủ tịch UBND tỉnh"], "Đồng chí Phan Quốc Hưng"),

    # --- bundled 000 TP Hưng Yên, giao ban 6 tháng đầu năm 2020 ---
    ("ai", F0, "giao ban dân vận 6 tháng đầu năm 2020 của Thành ủy Hưng Yên có phó chủ tịch UBND thành phố nào dự",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    ("khi_nao", F0, "thanh uy hung yen hop giao ban dan van nua dau 2020 vao chieu ngay may",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7/2020"),
    ("la_gi", F0, "Phong trào “Chiều thứ 6” ở TP Hưng Yên có tên đầy đủ là gì?",
     ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"],
     "“Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”"),
    ("keywords", F0, "đề án số 02 ngày 15/8/2016",
     ["đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"],
     "Đề án 02 của BTV Tỉnh ủy Hưng Yên về dân vận của cơ quan hành chính nhà nước, chính quyền các cấp 2016 – 2020"),

    # --- bundled 001 Hà Nam 2022 ---
    ("bao_nhieu", F1, "hà nam năm 2022 ban chỉ đạo dvk các cấp công nhận tổng số bao nhiêu mô hình",
     ["306 mô hình “Dân vận khéo”"], "306 mô hình"),
    ("ai", F1, "Ai trao Bằng khen cho 10 mô hình DVK cấp tỉnh ở Hà Nam năm 2022?",
     ["Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("khi_nao", F1, "hà nam tổng kết dân vận khéo 2022 chiều ngày nào",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức"], "Chiều ngày 20/12/2022"),
    ("khi_nao", F1, "Quy định số 124 của Ban Bí thư mà Hà Nam nhắc tới ban hành ngày nào",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Ngày 02/02/2018"),
    ("no_diacritics", F1, "ha nam 2023 nam giua nhiem ky phan dau hoan thanh nghi quyet dai hoi dang bo tinh lan thu may",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"], "Lần thứ XX"),

    # --- bundled 002 giao ban quý I/2019 (province not named) ---
    ("bao_nhieu", F2, "giao ban quý I/2019 tết Kỷ Hợi tổng kinh phí quà tặng bao nhiêu",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    ("ai", F2, "Ai là Chủ tịch HĐND tỉnh dự giao ban dân vận ngày 28/3/2019?",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"],
     "Đồng chí Hoàng Văn Nghiệm"),
    ("paraphrase", F2, "Dịp Tết Kỷ Hợi có mấy đoàn đi kiểm tra lực lượng trực tết?",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),

    # --- bundled 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 2019 ---
    ("ai", F3, "Trưởng Ban Dân vận Thành ủy Hà Nội dự hội nghị cụm thi đua ngày 09/7/2019 là ai?",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    ("bao_nhieu", F3, "cụm thi đua dân vận quận ủy hà nội năm 2019 có đại biểu tham luận của bao nhiêu đơn vị",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("no_diacritics", F3, "toa dam cum thi dua dan van quan uy ha noi 2019 ve chu de gi",
     ["quy chế dân chủ trong công tác quản lý trật tự xây dựng"],
     "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("o_dau", F3, "Hội nghị cụm thi đua dân vận các quận ủy 2019 được quận nào phát biểu chào mừng?",
     ["quận Cầu Giấy trong những tháng đầu năm 2019"], "Quận Cầu Giấy (đồng chí Phương Kiến Quốc)"),

    # --- bundled 004 Hà Nội, Bí thư Vương Đình Huệ, 28/4/2020 ---
    ("ai", F4, "Ai báo cáo tại buổi làm việc của Bí thư Vương Đình Huệ với Ban Dân vận Thành ủy?",
     ["Báo cáo tại buổi làm việc", "Phạm Hải Hoa cho biết"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"),
    ("nhu_the_nao", F4, "ong hue muon can bo dan van ha noi gan dan nhu the nao",
     ["phải đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân"],
     "Đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"),
    ("la_gi", F4, "Các vấn đề Bí thư Huệ muốn đối thoại chuyên đề ở Hà Nội năm 2020 là gì?",
     ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("keywords", F4, "gói an sinh Hà Nội",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Dân vận Hà Nội phải thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect, cross)
# Each starts from a real fact of the source article and changes ONE constraint the
# question pins.  value: the swapped-in string (in the question, absent from the source;
# None for not_said).  cross: the OTHER articles of corpus13 that hold the value —
# each read and judged not to answer the question (another place, year, body or fact);
# the script checks the list is exactly the set of other holders.  expect: what the
# corpus does hold.
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- from 013 Nam Định 2023 ---
    ("year", "Năm 2022 Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", "Năm 2022", N13,
     "013: Nam Định công nhận 1.248 mô hình năm 2023; không có số năm 2022 (306 là của Hà Nam 2022)", (F1, K15)),
    ("year", "nam dinh tong ket dan van nam 2021 co bao nhieu cuoc doi thoai voi nhan dan", "nam 2021", N13,
     "013: Nam Định 1.316 cuộc đối thoại năm 2023; không có năm 2021 (Hà Nam 2021: 97 cuộc)", (F1, H14, Y17)),
    ("place", "Thái Bình năm 2023 công nhận bao nhiêu mô hình dân vận khéo cấp xã", "Thái Bình", N13,
     "013: 891 mô hình cấp xã là của Nam Định 2023; bài Thái Bình (016) không nói mô hình Dân vận khéo", (F4, T16)),
    ("place", "Hà Nam năm 2023 vận động quỹ Vì người nghèo được bao nhiêu tỷ", "Hà Nam", N13,
     "013: 68,5 tỷ đồng là của Nam Định 2023; các bài Hà Nam không có số quỹ Vì người nghèo", (F1, H14, K15)),
    ("place", "hà nam năm 2023 có bao nhiêu mô hình dân vận khéo cấp tỉnh được công nhận", "hà nam", N13,
     "013: 45 mô hình cấp tỉnh là của Nam Định 2023; Hà Nam 2022 có 10 mô hình cấp tỉnh nhận Bằng khen (001)",
     (F1, H14, K15)),
    ("place", "hai duong nam 2023 nhan dan hien bao nhieu m2 dat lam duong giao thong nong thon", "hai duong", N13,
     "013: hơn 52.000 m² là của Nam Định 2023", ()),
    ("place", "Mô hình Dân vận khéo của Hội Phụ nữ huyện Nghĩa Hưng năm 2023 tên là gì", "Nghĩa Hưng", N13,
     "013: mô hình gây quỹ khuyến học là của Hội Liên hiệp Phụ nữ huyện Ý Yên", ()),
    ("person", "Bí thư Tỉnh ủy Nam Định Nguyễn Trọng Hiếu chỉ đạo gì tại hội nghị tổng kết dân vận 2023",
     "Nguyễn Trọng Hiếu", N13, "013: người phát biểu chỉ đạo là Phó Bí thư Thường trực Tỉnh ủy Đoàn Văn Khải", ()),
    ("person", "pho chu tich ubnd tinh nam dinh le van son du tong ket dan van kheo 2023 co phat bieu gi khong",
     "le van son", N13, "013: Phó Chủ tịch UBND tỉnh dự là ông Trần Quốc Bảo", ()),
    ("date", "Ngày 20/12/2023 Ban Dân vận Tỉnh ủy Nam Định tổng kết dân vận có ai dự", "20/12/2023", N13,
     "013: Nam Định tổng kết sáng 27/12/2023; ngày 20/12 là hội nghị của Hà Nam năm 2022 (001)", ()),
    ("date", "nam dinh hop tong ket dan van kheo thang 11/2023 co ai chu tri", "thang 11/2023", N13,
     "013: hội nghị ngày 27/12/2023", ()),
    ("document", "ke hoach so 68-kh/tu cua tinh uy nam dinh ve phong trao dan van kheo dat muc tieu gi",
     "68-kh/tu", N13, "013: Kế hoạch số 86-KH/TU ngày 14/3/2023", ()),
    ("document", "Kế hoạch 86-KH/TU ngày 14/3/2021 của Nam Định về Dân vận khéo giai đoạn nào", "14/3/2021", N13,
     "013: Kế hoạch 86-KH/TU ngày 14/3/2023, giai đoạn 2023 – 2025", ()),
    ("organisation", "Hội Cựu chiến binh tỉnh Nam Định năm 2023 xây bao nhiêu nhà đồng đội?", "Hội Cựu chiến binh", N13,
     "013: không nói Hội Cựu chiến binh; Kim Bảng (015) có 3 nhà “Nghĩa tình đồng đội” của Hội Cựu chiến binh huyện",
     (F4, K15)),
    ("organisation", "Đoàn Thanh niên huyện Ý Yên có mô hình dân vận khéo gì năm 2023", "Đoàn Thanh niên", N13,
     "013: mô hình ở Ý Yên là của Hội Liên hiệp Phụ nữ huyện", ()),
    ("quarter", "quy iii nam 2023 nam dinh cong nhan bao nhieu mo hinh dvk", "quy iii nam 2023", N13,
     "013: chỉ có số cả năm 2023 (1.248)", ()),
    ("quarter", "6 tháng đầu năm 2023 Ban Dân vận Tỉnh ủy Nam Định tham mưu ban hành mấy văn bản",
     "6 tháng đầu năm 2023", N13, "013: 11 văn bản trong cả năm 2023", ()),
    ("not_said", "Tổng kinh phí làm đường giao thông nông thôn từ phong trào DVK ở Nam Định năm 2023 là bao nhiêu?",
     None, N13, "013: chỉ có hơn 52.000 m² đất và 9.600 ngày công, không có kinh phí", ()),
    ("not_said", "Hội nghị tổng kết dân vận năm 2023 của Nam Định tổ chức ở hội trường nào", None, N13,
     "013: chỉ nói điểm cầu Tỉnh ủy và 10 điểm cầu huyện, thành phố", ()),
    ("not_said", "nam dinh 2023 co bao nhieu mo hinh dan van kheo trong linh vuc ton giao", None, N13,
     "013: chỉ có số theo cấp (45, 312, 891), không theo lĩnh vực", ()),

    # --- from 014 Hà Nam, 6 tháng đầu năm 2021 ---
    ("year", "Hà Nam 6 tháng đầu năm 2020 công nhận bao nhiêu mô hình Dân vận khéo", "6 tháng đầu năm 2020", H14,
     "014: 118 mô hình trong 6 tháng đầu năm 2021; 6 tháng đầu năm 2020 là giao ban của TP Hưng Yên (000)", (F0,)),
    ("year", "ha nam 6 thang dau nam 2023 so ket dan van co ai du", "6 thang dau nam 2023", H14,
     "014: sơ kết 6 tháng đầu năm 2021", ()),
    ("year", "Tỷ lệ cử tri Hà Nam đi bầu cử năm 2016 là bao nhiêu", "năm 2016", H14,
     "014: 99,87% trong cuộc bầu cử ngày 23/5/2021", ()),
    ("place", "Nam Định 6 tháng đầu năm 2021 đăng ký xây dựng bao nhiêu mô hình Dân vận khéo", "Nam Định", H14,
     "014: 352 mô hình đăng ký là của Hà Nam; bài Nam Định (013) chỉ có năm 2023", (N13,)),
    ("place", "Thái Bình bầu cử đại biểu Quốc hội khóa XV có bao nhiêu phần trăm cử tri đi bầu", "Thái Bình", H14,
     "014: 99,87% là của Hà Nam", (F4, T16)),
    ("place", "Hưng Yên nửa đầu 2021 trao bao nhiêu suất quà cho công nhân khu công nghiệp", "Hưng Yên", H14,
     "014: 3.600 suất quà cho công nhân KCN Đồng Văn là của Hà Nam; bài Hưng Yên 2021 (017) nói về nông dân",
     (F0, Y17)),
    ("place", "huyen binh luc nam 2021 co bao nhieu mo hinh dan van kheo duoc cong nhan", "binh luc", H14,
     "014: chỉ nêu Lý Nhân (24) và Duy Tiên (21)", ()),
    ("place", "Mô hình tổ dân phố tự quản về an ninh trật tự của phường Quang Trung, Phủ Lý được công nhận năm nào",
     "Quang Trung", H14, "014: mô hình này là của phường Lam Hạ, thành phố Phủ Lý", ()),
    ("person", "Bà Đinh Thị Lụa chủ trì sơ kết dân vận 6 tháng đầu năm 2021 ở Hà Nam đã nói gì", "Đinh Thị Lụa", H14,
     "014: người chủ trì là bà Lê Thị Minh Nguyệt; bà Đinh Thị Lụa có trong bài năm 2022 (001)", (F1,)),
    ("person", "ong nguyen anh chuc du so ket dan van ha nam giua nam 2021 voi chuc vu gi", "nguyen anh chuc", H14,
     "014: Phó Chủ tịch UBND tỉnh dự là ông Trương Quốc Việt; ông Nguyễn Anh Chức có trong bài năm 2022 (001)", (F1,)),
    ("date", "hoi nghi so ket dan van ha nam ngay 15/6/2021 co bao nhieu mo hinh duoc cong nhan", "15/6/2021", H14,
     "014: hội nghị sáng 15/7/2021", ()),
    ("date", "ngay bau cu 30/5/2021 ha nam co bao nhieu phan tram cu tri di bau", "30/5/2021", H14,
     "014: ngày bầu cử 23/5", ()),
    ("organisation", "Hội Nông dân tỉnh Hà Nam trao bao nhiêu suất quà cho công nhân năm 2021", "Hội Nông dân", H14,
     "014: 3.600 suất quà là của Liên đoàn Lao động tỉnh; Hội Nông dân có trong bài Hưng Yên (017)", (Y17,)),
    ("organisation", "Ban Tuyên giáo Tỉnh ủy Hà Nam phối hợp thăm chức sắc dịp Phật đản 2565 ra sao", "Ban Tuyên giáo",
     H14, "014: Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo tỉnh", (F3, F4, T16)),
    ("not_said", "Hà Nam 6 tháng đầu năm 2021 giải quyết được bao nhiêu vụ khiếu kiện đông người", None, H14,
     "014: chỉ nói khiếu kiện đông người vẫn còn xảy ra, không có số", ()),
    ("not_said", "quy phong chong dich covid cua ha nam nam 2021 da chi ho tro cho bao nhieu nguoi", None, H14,
     "014: chỉ có tổng trị giá ủng hộ 14,2 tỷ đồng", ()),
    ("not_said", "Thị xã Duy Tiên có mô hình Dân vận khéo tiêu biểu nào năm 2021", None, H14,
     "014: Duy Tiên có 21 mô hình nhưng không nêu tên mô hình nào", ()),
    ("quarter", "quý III/2021 Hà Nam công nhận bao nhiêu mô hình dân vận khéo", "quý III/2021", H14,
     "014: 118 mô hình trong 6 tháng đầu năm 2021", ()),
    ("quarter", "Cả năm 2021 Hà Nam công nhận tổng cộng bao nhiêu mô hình Dân vận khéo", "Cả năm 2021", H14,
     "014: chỉ có số 6 tháng đầu năm 2021 (118); 001 không cho số năm 2021", ()),

    # --- from 001 Hà Nam 2022 ---
    ("year", "Hà Nam năm 2020 có bao nhiêu mô hình Dân vận khéo được công nhận", "năm 2020", F1,
     "001: 306 mô hình năm 2022; 014: 118 mô hình 6 tháng đầu năm 2021; không có năm 2020", (F0, F4)),
    ("year", "ha nam nam 2019 trao bang khen cho may mo hinh dan van kheo cap tinh", "nam 2019", F1,
     "001: 10 mô hình cấp tỉnh nhận Bằng khen năm 2022", (F2, F3, F4)),
    ("place", "Ninh Bình năm 2022 có bao nhiêu mô hình Dân vận khéo được công nhận", "Ninh Bình", F1,
     "001: 306 mô hình là của Hà Nam 2022; Ninh Bình chỉ có trong tên cao tốc ở bài Nam Định (013)", (N13,)),
    ("place", "Kim Bảng năm 2022 được UBND tỉnh tặng Bằng khen cho mấy mô hình DVK cấp tỉnh", "Kim Bảng", F1,
     "001: 10 mô hình cấp tỉnh của Hà Nam; bài Kim Bảng (015) chỉ có 9 (23) mô hình cấp huyện, không có Bằng khen",
     (K15,)),
    ("person", "Bà Lê Thị Minh Nguyệt phát biểu gì ở hội nghị tổng kết dân vận năm 2022 của Hà Nam", "Lê Thị Minh Nguyệt",
     F1, "001: người phát biểu chỉ đạo là bà Đinh Thị Lụa; bà Nguyệt có trong bài năm 2021 (014)", (H14,)),
    ("date", "Hà Nam tổng kết dân vận khéo năm 2022 vào ngày 27/12 có ai dự", "27/12", F1,
     "001: Hà Nam tổng kết chiều 20/12; 27/12 là ngày của Nam Định 2023 (013)", (N13,)),
    ("organisation", "Năm 2022, Hội Nông dân tỉnh Hà Nam được tặng Bằng khen cho mấy mô hình", "Hội Nông dân", F1,
     "001: 10 mô hình “Dân vận khéo” cấp tỉnh nhận Bằng khen của UBND tỉnh, không nói Hội Nông dân", (Y17,)),
    ("document", "Quy chế số 05 ngày 09/12/2022 của BTV Tỉnh ủy Hà Nam về dân vận quy định gì", "09/12/2022", F1,
     "001: Quy chế số 05 ngày 09/12/2021", ()),
    ("not_said", "toàn tỉnh Hà Nam năm 2022 tổ chức bao nhiêu cuộc đối thoại giữa người đứng đầu với nhân dân", None, F1,
     "001 không có số; 014 có 97 cuộc (6 tháng đầu 2021), 013 có 1.316 cuộc (Nam Định 2023)", ()),

    # --- from 015 Kim Bảng, quý III/2022 ---
    ("quarter", "kim bang quy ii/2022 cong nhan may mo hinh dan van kheo cap huyen", "quy ii/2022", K15,
     "015: 9 mô hình trong quý III/2022 (23 trong 9 tháng)", ()),
    ("quarter", "kim bang quy i/2022 khoi dan van phan anh bao nhieu vu viec", "quy i/2022", K15,
     "015: 12 vụ việc trong quý III/2022", ()),
    ("year", "Kim Bảng giao ban dân vận quý III năm 2021 có mấy vụ việc phát sinh", "quý III năm 2021", K15,
     "015: quý III năm 2022", ()),
    ("place", "Huyện Thanh Liêm quý III/2022 vận động bao nhiêu hộ bàn giao mặt bằng", "Thanh Liêm", K15,
     "015: 137 hộ là của Kim Bảng (thị trấn Ba Sao, xã Khả Phong)", ()),
    ("place", "huyen duy tien quy 3 2022 tang bao nhieu suat qua trung thu cho thieu nhi", "duy tien", K15,
     "015: 1.150 suất quà là của Kim Bảng; Duy Tiên có trong bài Hà Nam 2021 (014)", (H14,)),
    ("place", "Bí thư Huyện ủy Kim Bảng đối thoại với dân xã Liên Sơn về bụi đá ngày nào", "Liên Sơn", K15,
     "015: đối thoại với người dân xã Thanh Sơn ngày 23/8/2022", ()),
    ("person", "Ông Đinh Công Hoan, Bí thư Huyện ủy Kim Bảng, đối thoại với người dân ở đâu", "Đinh Công Hoan", K15,
     "015: Bí thư Huyện ủy là ông Trần Xuân Dương", ()),
    ("person", "Phó Chủ tịch UBND huyện Kim Bảng Trần Văn Thịnh dự giao ban dân vận quý III/2022 phát biểu gì",
     "Trần Văn Thịnh", K15, "015: Phó Chủ tịch UBND huyện dự là ông Đặng Văn Phú", ()),
    ("date", "ngay 23/9/2022 bi thu huyen uy kim bang doi thoai voi nguoi dan xa nao", "23/9/2022", K15,
     "015: đối thoại ngày 23/8/2022", ()),
    ("date", "Kim Bảng giao ban dân vận ngày 5/10/2022 có những ai dự", "5/10/2022", K15,
     "015: hội nghị ngày 12/10/2022", ()),
    ("organisation", "Đoàn Thanh niên xã Đồng Hóa có mô hình dân vận khéo gì", "Đoàn Thanh niên", K15,
     "015: mô hình ở Đồng Hóa là của Hội Phụ nữ xã", ()),
    ("organisation", "hội nông dân huyện kim bảng quý III/2022 xây mấy nhà nghĩa tình đồng đội", "hội nông dân", K15,
     "015: 3 nhà “Nghĩa tình đồng đội” do Hội Cựu chiến binh huyện vận động", (Y17,)),
    ("document", "Kim Bảng quý III/2022 thực hiện Nghị quyết số 18 của Huyện ủy về dân vận thế nào", "Nghị quyết số 18",
     K15, "015: chỉ nói 4 văn bản chỉ đạo, không nêu số hiệu", ()),
    ("not_said", "Dự án đường trục kết nối khu du lịch Tam Chúc ở Kim Bảng có tổng vốn bao nhiêu", None, K15,
     "015: chỉ có 137 hộ và 18,6 ha mặt bằng", ()),
    ("not_said", "kim bang quy 3 2022 moi ho ban giao mat bang duoc boi thuong bao nhieu tien", None, K15,
     "015: không nói mức bồi thường", ()),

    # --- from 016 Thái Bình, sơ kết 5 năm QĐ 99-QĐ/TW ---
    ("document", "thai binh so ket 5 nam thuc hien ket luan so 114-kl/tw khi nao", "114-kl/tw", T16,
     "016: sơ kết 5 năm Quyết định số 99-QĐ/TW ngày 16/8/2022", ()),
    ("document", "Quyết định số 217-QĐ/TW được Thái Bình sơ kết 5 năm thế nào", "217-QĐ/TW", T16,
     "016: sơ kết Quyết định số 99-QĐ/TW", ()),
    ("document", "thai binh gan qd 99 voi ket luan so 01-kl/tw ra sao", "01-kl/tw", T16,
     "016: gắn với Kết luận số 21-KL/TW", ()),
    ("year", "Năm 2023 Thái Bình kỷ luật bao nhiêu đảng viên suy thoái qua góp ý của dân", "Năm 2023", T16,
     "016: 27 cán bộ, đảng viên trong 5 năm đến 2022; năm 2023 có trong bài Nam Định (013) và Hà Nam (001)",
     (F1, N13)),
    ("year", "thai binh nam 2021 to chuc bao nhieu hoi nghi de nhan dan gop y cho dang vien", "nam 2021", T16,
     "016: 1.472 hội nghị trong cả 5 năm, không có số riêng năm 2021", (F1, H14, Y17)),
    ("place", "Nam Định sơ kết 5 năm Quyết định 99-QĐ/TW có bao nhiêu hội nghị quán triệt", "Nam Định", T16,
     "016: 2.850 hội nghị là của Thái Bình", (N13,)),
    ("place", "Hưng Yên đặt bao nhiêu hòm thư góp ý tại trụ sở xã", "Hưng Yên", T16,
     "016: 38 hòm thư là của huyện Quỳnh Phụ, Thái Bình", (F0, Y17)),
    ("place", "huyen tien hai duy tri mo hinh ngay thu bay lang nghe y kien nhan dan o bao nhieu xa", "tien hai", T16,
     "016: mô hình của huyện Vũ Thư, 30 xã, thị trấn", ()),
    ("place", "ha nam xu ly ky luat bao nhieu can bo dang vien suy thoai qua gop y cua nhan dan", "ha nam", T16,
     "016: 27 cán bộ, đảng viên là của Thái Bình", (F1, H14, K15)),
    ("person", "Phó Bí thư Thường trực Tỉnh ủy Thái Bình Vũ Đức Thịnh chỉ đạo gì ở hội nghị sơ kết Quyết định 99",
     "Vũ Đức Thịnh", T16, "016: người kết luận là Trưởng Ban Dân vận Tỉnh ủy Phạm Văn Tuân", ()),
    ("person", "Đỗ Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ tỉnh Thái Bình, phát biểu gì tại sơ kết QĐ 99",
     "Đỗ Thị Thu Trang", T16, "016: Phó Chủ tịch Ủy ban MTTQ tỉnh dự là bà Nguyễn Thị Lan Phương", ()),
    ("organisation", "Hội Cựu chiến binh tỉnh Thái Bình tổ chức bao nhiêu cuộc giám sát trong 5 năm thực hiện QĐ 99",
     "Hội Cựu chiến binh", T16, "016: 2.314 cuộc giám sát của MTTQ và các đoàn thể chung, không tách theo hội", (F4, K15)),
    ("organisation", "cong an tinh thai binh tiep nhan bao nhieu to giac sai pham cua dang vien", "cong an tinh", T16,
     "016: MTTQ và đoàn thể tiếp nhận 3.965 ý kiến, kiến nghị; không nói công an", ()),
    ("date", "Thái Bình sơ kết Quyết định 99 ngày 16/9/2022 có ai chủ trì", "16/9/2022", T16,
     "016: hội nghị ngày 16/8/2022", ()),
    ("date", "Quyết định 99-QĐ/TW ngày 03/10/2016 của Ban Bí thư hướng dẫn gì", "03/10/2016", T16,
     "016: Quyết định số 99-QĐ/TW ngày 03/10/2017", ()),
    ("quarter", "Quý II/2022 Thái Bình tiếp nhận bao nhiêu ý kiến kiến nghị của cử tri", "Quý II/2022", T16,
     "016: 3.965 ý kiến trong cả 5 năm", ()),
    ("not_said", "Thái Bình có bao nhiêu nhóm Zalo tiếp nhận phản ánh ở tổ dân phố", None, T16,
     "016: chỉ nói thành phố Thái Bình lập nhóm Zalo ở từng tổ dân phố", ()),
    ("not_said", "Hội nghị sơ kết QĐ 99 ở Thái Bình có bao nhiêu đại biểu dự", None, T16,
     "016: không nêu số đại biểu", ()),

    # --- from 017 Hưng Yên 2021 ---
    ("year", "năm 2020 hội nông dân hưng yên vận động hiến bao nhiêu m2 đất", "năm 2020", Y17,
     "017: 18.500 m² năm 2021; bài TP Hưng Yên 2020 (000) không nói Hội Nông dân", (F0, F4)),
    ("year", "Năm 2022 Quỹ Hỗ trợ nông dân Hưng Yên giải ngân cho bao nhiêu hộ", "Năm 2022", Y17,
     "017: 1.240 hộ năm 2021", (F1, K15)),
    ("place", "Hội Nông dân tỉnh Nam Định năm 2021 giúp tiêu thụ bao nhiêu tấn nhãn", "Nam Định", Y17,
     "017: hơn 2.300 tấn nhãn lồng là của Hưng Yên", (N13,)),
    ("place", "Hà Nam năm 2021 xây bao nhiêu nhà Đại đoàn kết cho hội viên nông dân nghèo", "Hà Nam", Y17,
     "017: 57 nhà là của Hưng Yên; bài Hà Nam 2021 (014) không nói nhà Đại đoàn kết", (F1, H14, K15)),
    ("place", "mo hinh canh dong khong dung thuoc diet co o huyen van lam duoc bieu duong nam nao", "van lam", Y17,
     "017: mô hình ở huyện Khoái Châu", ()),
    ("person", "Chủ tịch Hội Nông dân tỉnh Hưng Yên Nguyễn Văn Khoát phát biểu gì tại sơ kết 2021", "Nguyễn Văn Khoát", Y17,
     "017: Chủ tịch Hội Nông dân tỉnh là bà Bùi Thị Hằng", ()),
    ("person", "ong luong cong chanh chu tich mttq tinh hung yen noi gi o hoi nghi voi hoi nong dan 2021",
     "luong cong chanh", Y17,
     "017: Chủ tịch Ủy ban MTTQ tỉnh là ông Trần Đức Mạnh; ông Lương Công Chanh là Chủ tịch MTTQ thành phố năm 2020 (000)",
     (F0,)),
    ("date", "ngay 24/12/2021 hoi nong dan hung yen so ket chuong trinh phoi hop voi ai", "24/12/2021", Y17,
     "017: hội nghị ngày 24/11/2021", ()),
    ("organisation", "Đoàn Thanh niên tỉnh Hưng Yên phối hợp với Mặt trận tiêu thụ bao nhiêu tấn nhãn năm 2021",
     "Đoàn Thanh niên", Y17, "017: Hội Nông dân và Mặt trận các cấp tiêu thụ hơn 2.300 tấn", ()),
    ("organisation", "Hội Liên hiệp Phụ nữ tỉnh Hưng Yên năm 2021 phối hợp xây bao nhiêu nhà Đại đoàn kết",
     "Hội Liên hiệp Phụ nữ", Y17, "017: 57 nhà do Hội Nông dân và MTTQ phối hợp xây; Hội LHPN chỉ có ở bài Nam Định (013)",
     (N13,)),
    ("quarter", "6 tháng đầu năm 2021 Hội Nông dân Hưng Yên vận động nông dân hiến bao nhiêu đất", "6 tháng đầu năm 2021",
     Y17, "017: 18.500 m² cả năm 2021; 6 tháng đầu năm 2021 là bài Hà Nam (014)", (H14,)),
    ("document", "hung yen nam 2021 thuc hien nghi quyet 26 ve nong nghiep nong dan nong thon ra sao", "nghi quyet 26",
     Y17, "017: không nêu số hiệu văn bản; nêu cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
     ()),
    ("not_said", "hung yen nam 2021 xuat khau bao nhieu tan nhan sang nhat ban", None, Y17,
     "017: hơn 2.300 tấn tiêu thụ, không có số tấn xuất khẩu", ()),
    ("not_said", "hoi nghi so ket giua hoi nong dan va mttq hung yen nam 2021 to chuc o dau", None, Y17,
     "017: không nêu địa điểm", ()),

    # --- from the bundled 000, 002, 003, 004 (cross-document traps) ---
    ("year", "thanh uy hung yen giao ban dan van 6 thang dau nam 2021 co ai du", "6 thang dau nam 2021", F0,
     "000: giao ban 6 tháng đầu năm 2020; 6 tháng đầu năm 2021 là bài Hà Nam (014)", (H14,)),
    ("organisation", "Tỉnh ủy Hưng Yên giao ban dân vận 6 tháng đầu năm 2020 vào ngày nào", "Tỉnh ủy Hưng Yên", F0,
     "000: Thành ủy (TP Hưng Yên) giao ban chiều 2/7/2020", ()),
    ("quarter", "Giao ban dân vận quý III năm 2019 của Ban Dân vận Tỉnh uỷ đánh giá những gì", "quý III năm 2019", F2,
     "002: giao ban quý I năm 2019", ()),
    ("year", "Cụm thi đua Dân vận các Quận ủy Hà Nội năm 2022 tọa đàm về chủ đề gì", "năm 2022", F3,
     "003: hội nghị năm 2019", (F1, K15)),
    ("year", "ngày 28/4/2023 bí thư thành ủy hà nội làm việc với ban dân vận thành ủy về nội dung gì", "28/4/2023", F4,
     "004: buổi làm việc ngày 28/4/2020", ()),
    ("place", "Bí thư Tỉnh ủy Nam Định làm việc với Ban Dân vận ngày 28/4/2020 yêu cầu gì", "Nam Định", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ", (N13,)),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the ten articles; some share their words)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Chùa Tam Chúc mở cửa đón khách từ mấy giờ?",
    "gia nhan long hung yen hom nay bao nhieu 1kg",
    "Cao tốc Ninh Bình – Hải Phòng dài bao nhiêu km, khi nào thông xe?",
    "Thái Bình có đặc sản gì nổi tiếng để làm quà?",
    "nam dinh co bao nhieu nha tho cong giao",
    "Lễ khai ấn đền Trần Nam Định diễn ra vào đêm nào?",
    "Thủ tục vay vốn Ngân hàng Chính sách xã hội cho hộ cận nghèo cần giấy tờ gì?",
    "Hội viên Hội Nông dân đóng hội phí bao nhiêu một năm?",
    "Điều kiện để xã đạt chuẩn nông thôn mới nâng cao gồm những tiêu chí nào?",
    "cach dang ky tam tru online tren vneid",
    "lich cat dien ha nam tuan nay",
    "Kết quả trận Thép Xanh Nam Định tối qua thế nào?",
    "Giá xăng RON 95 hôm nay bao nhiêu một lít?",
    "cach lam banh cay thai binh",
    "Cuộc bầu cử Quốc hội khóa XVI tổ chức vào ngày nào vậy",
    "Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày nào?",
    "Mức phụ cấp trưởng thôn ở Hà Nam hiện nay là bao nhiêu?",
    "Quy định 213-QĐ/TW có bao nhiêu điều?",
    "bhyt ho gia dinh nam nay moi nguoi dong bao nhieu tien",
    "Bài hát nào viết về quê lúa Thái Bình?",
    "cách trồng nhãn lồng cho sai quả",
    "Thuốc diệt cỏ nào an toàn cho ruộng lúa?",
    "Viết giúp tôi bài tham luận về dân vận khéo trong trường học",
    "Tra cứu điểm thi tốt nghiệp THPT ở đâu?",
    "Việt Nam ghi nhận ca Covid-19 đầu tiên vào ngày nào?",
    "Quỹ Vì người nghèo Trung ương nhận ủng hộ qua số tài khoản nào?",
    "tinh thai binh co bao nhieu huyen",
    "Hướng dẫn cài Zalo trên máy tính",
    "Lãi suất gửi tiết kiệm Agribank kỳ hạn 12 tháng là bao nhiêu?",
    "xe khach ha noi di hai hau xuat ben o dau",
    "Ngày hội Đại đoàn kết toàn dân tộc năm nay có chủ đề gì?",
    "Nhật Bản yêu cầu tiêu chuẩn gì với trái cây nhập khẩu từ Việt Nam?",
    "Cách tính thuế thu nhập cá nhân cho người làm hai nơi",
    "Kim Bảng có những mỏ đá nào đang được cấp phép?",
    "hoi cuu chien binh viet nam thanh lap ngay nao",
    "Bệnh sốt xuất huyết có những dấu hiệu cảnh báo nào?",
]

# ---------------------------------------------------------------------------
# slips (new articles only): (file, question with slips, correct question, [gold snippets], answer)
# one or two word-level slips; syllables stay separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 013 Nam Định ---
    (N13, "Năm 2023 Nam Định tiếp bao nhiêu lượt côg dân?",
          "Năm 2023 Nam Định tiếp bao nhiêu lượt công dân?",
          ["tiếp 8.452 lượt công dân"], "8.452 lượt công dân"),
    (N13, "Mô hình Dân vận khéo cấp huyệnn ở Nam Định năm 2023 có bao nhiêu?",
          "Mô hình Dân vận khéo cấp huyện ở Nam Định năm 2023 có bao nhiêu?",
          ["cấp huyện 312 mô hình"], "312 mô hình"),
    (N13, "Năm 2023 MTTQ Nam Định tổ chức bao nhiêu hội nghị phản biẹn xã hội?",
          "Năm 2023 MTTQ Nam Định tổ chức bao nhiêu hội nghị phản biện xã hội?",
          ["74 hội nghị phản biện xã hội"], "74 hội nghị"),
    (N13, "Trưởng Ban Dân vận Tỉnh ủy Nam Định tặng Giấy khen cho bao nhiêu tâp thể?",
          "Trưởng Ban Dân vận Tỉnh ủy Nam Định tặng Giấy khen cho bao nhiêu tập thể?",
          ["28 tập thể, 19 cá nhân được Trưởng Ban Dân vận Tỉnh ủy"], "28 tập thể (và 19 cá nhân)"),
    (N13, "nam dinh 2023 nhan dan dong gop bao nhieu ngya cong lam duong",
          "nam dinh 2023 nhan dan dong gop bao nhieu ngay cong lam duong",
          ["đóng góp 9.600 ngày công"], "9.600 ngày công"),
    (N13, "Đại hội đảng bộ các cấp mà Nam Định chuẩn bi là nhiệm kỳ nào?",
          "Đại hội đảng bộ các cấp mà Nam Định chuẩn bị là nhiệm kỳ nào?",
          ["đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030"], "Nhiệm kỳ 2025 – 2030"),
    (N13, "Mô hình gây quỹ khuyến hoc của phụ nữ Ý Yên tên là gì?",
          "Mô hình gây quỹ khuyến học của phụ nữ Ý Yên tên là gì?",
          ["“Phụ nữ thu gom phế liệu gây quỹ khuyến học”"], "“Phụ nữ thu gom phế liệu gây quỹ khuyến học”"),

    # --- 014 Hà Nam 2021 ---
    (H14, "Hà Nam 6 tháng đầu năm 2021 tổ chức bao nhiêu cuộc đối thoai với Nhân dân?",
          "Hà Nam 6 tháng đầu năm 2021 tổ chức bao nhiêu cuộc đối thoại với Nhân dân?",
          ["tổ chức 97 cuộc đối thoại với Nhân dân"], "97 cuộc"),
    (H14, "Xã nào ở Lý Nhân có mô hình vận động dân hiến đát làm đường năm 2021?",
          "Xã nào ở Lý Nhân có mô hình vận động dân hiến đất làm đường năm 2021?",
          ["hiến đất làm đường ở xã Nhân Chính, huyện Lý Nhân"], "Xã Nhân Chính"),
    (H14, "Thị xã Duy Tiêm có bao nhiêu mô hình Dân vận khéo được công nhận nửa đầu 2021?",
          "Thị xã Duy Tiên có bao nhiêu mô hình Dân vận khéo được công nhận nửa đầu 2021?",
          ["thị xã Duy Tiên", "lần lượt 24 và 21 mô hình"], "21 mô hình"),
    (H14, "Hội nghị sơ kết dân vận Hà Nam tháng 7/2021 tặng Giấy khn cho bao nhiêu cá nhân?",
          "Hội nghị sơ kết dân vận Hà Nam tháng 7/2021 tặng Giấy khen cho bao nhiêu cá nhân?",
          ["8 tập thể và 6 cá nhân"], "6 cá nhân (và 8 tập thể)"),
    (H14, "ha nam 2021 lien doan lao dong trao bao nhieu suat qua cho cong nhna",
          "ha nam 2021 lien doan lao dong trao bao nhieu suat qua cho cong nhan",
          ["trao 3.600 suất quà cho công nhân lao động"], "3.600 suất quà"),
    (H14, "Hà Nam nêu hạn chế gì về khiếu kiệm đông người năm 2021?",
          "Hà Nam nêu hạn chế gì về khiếu kiện đông người năm 2021?",
          ["khiếu kiện đông người liên quan đến giải phóng mặt bằng vẫn còn xảy ra"],
          "Khiếu kiện đông người liên quan đến GPMB vẫn còn xảy ra ở một số địa phương"),
    (H14, "Nửa đầu năm 2021 Ban Dân vận Hà Nam tham mưu quán chiệt nghị quyết nào?",
          "Nửa đầu năm 2021 Ban Dân vận Hà Nam tham mưu quán triệt nghị quyết nào?",
          ["quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"],
          "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),

    # --- 015 Kim Bảng quý III/2022 ---
    (K15, "Kim Bảng quý III/2022 đã giải quyêt dứt điểm bao nhiêu vụ việc?",
          "Kim Bảng quý III/2022 đã giải quyết dứt điểm bao nhiêu vụ việc?",
          ["9 vụ việc đã được giải quyết dứt điểm"], "9 vụ việc"),
    (K15, "Trung thu 2022 quà tặng thiếu nhi Kim Bảng tổng tri giá bao nhiêu?",
          "Trung thu 2022 quà tặng thiếu nhi Kim Bảng tổng trị giá bao nhiêu?",
          ["tổng trị giá trên 280 triệu đồng"], "Trên 280 triệu đồng"),
    (K15, "Quý III/2022 Kim Bảng còn bị độg trong nắm tình hình lĩnh vực nào?",
          "Quý III/2022 Kim Bảng còn bị động trong nắm tình hình lĩnh vực nào?",
          ["nắm tình hình liên quan đến hoạt động khai thác khoáng sản"], "Hoạt động khai thác khoáng sản"),
    (K15, "Huyện Kim Bảng quý III/2022 ban hành mấy văn bảm chỉ đạo dân vận?",
          "Huyện Kim Bảng quý III/2022 ban hành mấy văn bản chỉ đạo dân vận?",
          ["ban hành 4 văn bản chỉ đạo"], "4 văn bản"),
    (K15, "kim bang can to chuc ngay hoii dai doan ket truoc ngay nao",
          "kim bang can to chuc ngay hoi dai doan ket truoc ngay nao",
          ["ở 126 khu dân cư trước ngày 18/11"], "Trước ngày 18/11/2022"),
    (K15, "ai la pho chu tic ubnd huyen kim bang du giao ban quy iii/2022",
          "ai la pho chu tich ubnd huyen kim bang du giao ban quy iii/2022",
          ["Đặng Văn Phú, Phó Chủ tịch UBND huyện"], "Đồng chí Đặng Văn Phú"),
    (K15, "Giao ban dân vận Kim Bảng có Trưởng khối dân vận của bao nhiêu xã, thị trân?",
          "Giao ban dân vận Kim Bảng có Trưởng khối dân vận của bao nhiêu xã, thị trấn?",
          ["Trưởng khối dân vận 18 xã, thị trấn"], "18 xã, thị trấn"),

    # --- 016 Thái Bình ---
    (T16, "Thái Bình tổ chức bao nhiêu hội nghi để dân góp ý cho đảng viên?",
          "Thái Bình tổ chức bao nhiêu hội nghị để dân góp ý cho đảng viên?",
          ["tổ chức 1.472 hội nghị để Nhân dân góp ý"], "1.472 hội nghị"),
    (T16, "Bao nhiêu lượt người dự hội nghị quán triêt Quyết định 99 ở Thái Bình?",
          "Bao nhiêu lượt người dự hội nghị quán triệt Quyết định 99 ở Thái Bình?",
          ["hơn 196.000 lượt cán bộ, đảng viên và Nhân dân tham gia"], "Hơn 196.000 lượt"),
    (T16, "Thái Bình chỉ ra hạn chế gì về cơ chế bảo vê người góp ý?",
          "Thái Bình chỉ ra hạn chế gì về cơ chế bảo vệ người góp ý?",
          ["cơ chế bảo vệ người góp ý, phản ánh chưa cụ thể"], "Cơ chế bảo vệ người góp ý, phản ánh chưa cụ thể"),
    (T16, "Những ban nào của Tỉnh ủy Thái Bình cử đại diện dự sơ kết Quyết đinh 99?",
          "Những ban nào của Tỉnh ủy Thái Bình cử đại diện dự sơ kết Quyết định 99?",
          ["Ban Tổ chức, Ủy ban Kiểm tra, Ban Tuyên giáo Tỉnh ủy"], "Ban Tổ chức, Ủy ban Kiểm tra, Ban Tuyên giáo Tỉnh ủy"),
    (T16, "Ông Phạm Văn Tuân muốn biểu dươg những người nào?",
          "Ông Phạm Văn Tuân muốn biểu dương những người nào?",
          ["kịp thời biểu dương những người dám phản ánh, tố giác sai phạm"],
          "Những người dám phản ánh, tố giác sai phạm"),
    (T16, "thai binh qd 99 dang vien sinh hoat noi cu tru theo quy dinj nao",
          "thai binh qd 99 dang vien sinh hoat noi cu tru theo quy dinh nao",
          ["theo Quy định số 213-QĐ/TW của Bộ Chính trị"], "Quy định số 213-QĐ/TW của Bộ Chính trị"),
    (T16, "Huyện Vũ Thư duy trì mô hình lắg nghe dân ở bao nhiêu xã, thị trấn?",
          "Huyện Vũ Thư duy trì mô hình lắng nghe dân ở bao nhiêu xã, thị trấn?",
          ["ở 30 xã, thị trấn"], "30 xã, thị trấn"),

    # --- 017 Hưng Yên 2021 ---
    (Y17, "Năm 2021 nông dân Hưng Yên đóng góp bao nhiêu tiền xây dựng nông thôm mới?",
          "Năm 2021 nông dân Hưng Yên đóng góp bao nhiêu tiền xây dựng nông thôn mới?",
          ["đóng góp 21,3 tỷ đồng và 12.400 ngày công"], "21,3 tỷ đồng"),
    (Y17, "Có bao nhiêu lượt hội viên nông dân Hưng Yên dự tuyên chuyền năm 2021?",
          "Có bao nhiêu lượt hội viên nông dân Hưng Yên dự tuyên truyền năm 2021?",
          ["hơn 31.000 lượt hội viên nông dân tham dự"], "Hơn 31.000 lượt"),
    (Y17, "Hội Nông dân Hưng Yên tặng Giấy khen cho bao nhiêu hội viền năm 2021?",
          "Hội Nông dân Hưng Yên tặng Giấy khen cho bao nhiêu hội viên năm 2021?",
          ["Giấy khen cho 26 hội viên nông dân tiêu biểu"], "26 hội viên"),
    (Y17, "Hạn chế về vay vôn Quỹ Hỗ trợ nông dân ở Hưng Yên là gì?",
          "Hạn chế về vay vốn Quỹ Hỗ trợ nông dân ở Hưng Yên là gì?",
          ["số hộ vay vốn Quỹ Hỗ trợ nông dân còn ít so với nhu cầu"], "Số hộ vay còn ít so với nhu cầu"),
    (Y17, "hung yen 2021 bao nhieu nha dai doan keet cho hoi vien nong dan ngheo",
          "hung yen 2021 bao nhieu nha dai doan ket cho hoi vien nong dan ngheo",
          ["xây dựng 57 nhà Đại đoàn kết cho hội viên nông dân nghèo"], "57 nhà"),
    (Y17, "Hội nghị của Hội Nông dân Hưng Yên năm 2021 sơ kết chương trình phối hớp về việc gì?",
          "Hội nghị của Hội Nông dân Hưng Yên năm 2021 sơ kết chương trình phối hợp về việc gì?",
          ["vận động nông dân tham gia xây dựng nông thôn mới năm 2021"],
          "Vận động nông dân tham gia xây dựng nông thôn mới"),
    (Y17, "Ai viết bài về Hội Nông dân Hưng Yên sơ kêt năm 2021?",
          "Ai viết bài về Hội Nông dân Hưng Yên sơ kết năm 2021?",
          ["Văn Khánh – Báo Hưng Yên"], "Văn Khánh (Báo Hưng Yên)"),
    (Y17, "Liên kết tiêu thụ nông sảm ở Hưng Yên năm 2021 được đánh giá ra sao?",
          "Liên kết tiêu thụ nông sản ở Hưng Yên năm 2021 được đánh giá ra sao?",
          ["việc liên kết tiêu thụ nông sản chưa bền vững"], "Chưa bền vững"),
]

# ---------------------------------------------------------------------------
# smalltalk: (intent, line) — ids t13_
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào cả nhà, em mới được add vào nhóm ạ"),
    ("greeting", "bot ơi, chào buổi trưa nhé"),
    ("greeting", "Xin chào ban quản trị và các đồng chí"),
    ("greeting", "ê bot"),
    ("greeting", "chao buoi toi ca nhom"),
    ("greeting", "hello mọi người, tuần mới vui vẻ nha"),
    ("thanks", "cảm ơn bot, số liệu chuẩn quá"),
    ("thanks", "thank bot nhiều nhé, đỡ phải lục báo"),
    ("thanks", "ok tks bạn nha"),
    ("thanks", "cam on bot da tra loi"),
    ("thanks", "cảm ơn nhé, để em báo cáo lãnh đạo"),
    ("farewell", "em đi họp chi bộ đây, chào cả nhà"),
    ("farewell", "thoi off day moi nguoi"),
    ("farewell", "tạm biệt bot, mai em hỏi tiếp nhé"),
    ("identity", "bot do ban dân vận làm ra à"),
    ("identity", "bot nay cua don vi nao vay"),
    ("identity", "bạn là người hay là máy thế"),
    ("capability", "bot có tra được tin của tỉnh khác không"),
    ("capability", "bot tóm tắt văn bản được không"),
    ("capability", "bot doc duoc bao nhieu bai bao"),
    ("help", "hướng dẫn em hỏi cho đúng với ạ"),
    ("help", "bot ơi dùng lệnh gì để hỏi"),
    ("help", "lam sao de hoi bot"),
    ("ack", "à ok, nắm rồi"),
    ("ack", "vang a"),
    ("ack", "chuẩn rồi"),
    ("ack", "okê nhé"),
    ("emoji", "🙆‍♂️"),
    ("emoji", "💪💪"),
    ("emoji", "🤗"),
    ("laughter", "haha bot hài thế"),
    ("laughter", "kaka"),
    ("praise", "bot trả lời nhanh mà đúng, tuyệt"),
    ("praise", "bot thong minh ghe"),
    ("complaint", "bot trả lời cụt lủn quá"),
    ("complaint", "chan qua bot oi, hoi mai khong ra"),
    ("chitchat", "bot ơi trưa nay ăn gì"),
    ("chitchat", "bot có mệt không đấy"),
]

SWAPS = {"place": 14, "year": 10, "quarter": 6, "date": 8, "not_said": 10,
         "document": 6, "person": 8, "organisation": 8}
MINS = {"answerable13": 90, "near_misses13": 80, "off_topic13": 30, "slips13": 30, "smalltalk13": 30}
UNMARKED = {"answerable13": 0.22, "near_misses13": 0.28, "off_topic13": 0.25, "slips13": 0.15,
            "smalltalk13": 0.25}
MIN_NEW_ANSWERABLE = 70


def main():
    arts = load_corpus(CORPUS13)
    errors = []
    if sorted(arts) != sorted(BUNDLED + NEW):
        errors.append(f"corpus13 holds {sorted(arts)}")
    for name in BUNDLED:  # the bundled five must be byte-identical copies
        with open(os.path.join(HERE, "..", "corpus", name), "rb") as a, \
                open(os.path.join(CORPUS13, name), "rb") as b:
            if a.read() != b.read():
                errors.append(f"corpus13/{name} differs from corpus/{name}")
    fail_on(errors)

    gold_ok = gold_checker(arts, errors)
    answerable = answerable_rows(ANSWERABLE, 13, ANSWER_KINDS, gold_ok, errors)
    near = near_miss_rows_with_cross(NEAR_MISSES, 13, SWAPS, arts, errors)
    off = off_topic_rows(OFF_TOPIC, 13)
    slips = slip_rows(SLIPS, 13, gold_ok, errors, strict=True)
    small = smalltalk_rows(SMALLTALK, 13, INTENTS, errors, prefix="t")
    sets = {"answerable13": answerable, "near_misses13": near, "off_topic13": off,
            "slips13": slips, "smalltalk13": small}

    check_repeats(sets, 13, errors, suffix="_tune.jsonl")
    for sname, m in MINS.items():
        if len(sets[sname]) < m:
            errors.append(f"{sname}: only {len(sets[sname])} rows (< {m})")
    kc = collections.Counter(r["kind"] for r in answerable)
    for k in ANSWER_KINDS:
        if kc[k] < 5:
            errors.append(f"answerable kind {k}: only {kc[k]}")
    fc = collections.Counter(r["file"] for r in answerable)
    if sum(fc[n] for n in NEW) < MIN_NEW_ANSWERABLE:
        errors.append(f"answerable: only {sum(fc[n] for n in NEW)} on the new articles")
    if set(fc) != set(arts):
        errors.append(f"answerable: articles unused: {sorted(set(arts) - set(fc))}")
    if {r["file"] for r in slips} != set(NEW):
        errors.append("slips13: must use the five new articles and only them")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in SWAPS.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    shares = unmarked_shares(sets, UNMARKED, errors)
    fail_on(errors)

    split_and_write(sets, 13)

    def count(values):
        return dict(sorted(collections.Counter(values).items()))

    print("answerable kinds:", dict(sorted(kc.items())))
    print("answerable files:", count(r["file"][:3] for r in answerable))
    print("near miss swapped:", dict(sorted(sc.items())))
    print("near miss source files:", count(s[3][:3] for s in NEAR_MISSES))
    print("near misses with a cross-document value:", sum(1 for s in NEAR_MISSES if s[5]))
    print("smalltalk intents:", count(r["intent"] for r in small))
    print("slips files:", count(r["file"][:3] for r in slips))
    print("without diacritics:", shares)
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
