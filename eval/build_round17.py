#!/usr/bin/env python3
"""Round 17 evaluation sets for the danvan bot: formal administrative reports with
numbered sections.

Real users upload the Party committees' own reports (báo cáo, kế hoạch), not only news
articles.  The corpus of this round is ``eval/corpus17/``: byte-identical copies of the
five bundled articles of ``corpus/`` plus four formal reports invented for this round
(names, figures, dates and document numbers made up), laid out as a Vietnamese Party
committee report is: a header block of short lines (issuing body on two lines, ``*``,
the number line, ``ĐẢNG CỘNG SẢN VIỆT NAM``, the place-date line), ``BÁO CÁO`` or
``KẾ HOẠCH`` and the title, an opening paragraph, numbered sections on lines of their
own (``I. KẾT QUẢ ĐẠT ĐƯỢC``, ``1. Công tác …``, ``II. HẠN CHẾ, NGUYÊN NHÂN``, ``III.
BÀI HỌC KINH NGHIỆM``, ``PHƯƠNG HƯỚNG, NHIỆM VỤ …``, ``ĐỀ XUẤT, KIẾN NGHỊ``), one line
per body paragraph (which, as in real reports, seldom repeats its heading's words), a
small tab-separated table under a ``Bảng 1.`` / ``Biểu 1:`` caption, and a signature
block (``T/M BAN DÂN VẬN`` / ``TRƯỞNG BAN`` or ``PHÓ TRƯỞNG BAN`` / name, ``Nơi nhận:``):

    018_giaothuy_6t_2024.txt    Ban Dân vận Huyện ủy Giao Thủy (Nam Định), Báo cáo số 38-BC/BDVHU,
                                15/6/2024: 6 tháng đầu năm 2024, phương hướng 6 tháng cuối năm 2024
    019_hanam_2023.txt          Ban Dân vận Tỉnh ủy Hà Nam, Báo cáo số 214-BC/BDVTU, 12/12/2023:
                                tổng kết năm 2023, phương hướng, nhiệm vụ năm 2024
    020_thaibinh_kh_2025.txt    Ban Dân vận Tỉnh ủy Thái Bình, Kế hoạch số 52-KH/BDVTU, 08/01/2025:
                                thực hiện công tác dân vận năm 2025
    021_khoaichau_q3_2023.txt   Ban Dân vận Huyện ủy Khoái Châu (Hưng Yên), Báo cáo số 27-BC/BDVHU,
                                22/9/2023: quý III/2023, nhiệm vụ trọng tâm quý IV/2023

They overlap each other and the bundled articles in province (Hà Nam 2022 in 001 and
2023 here; Hưng Yên city 2020 in 000 and a Hưng Yên district 2023 here; a Nam Định
district; Thái Bình, which unmarked also occurs in 004's "trạng thái bình thường"), year
(2023 in 001's tasks, 019 and 021; 2024 in 018 and 019's tasks; 2025 in 020), period
(6 tháng đầu năm in 000, 003 and 018; quý III in 021) and kind of figure (models of
"Dân vận khéo", dialogues, petitions, Quỹ “Vì người nghèo”, nhà Đại đoàn kết), so that a
question's place, year or period decides which document answers.

Written by a helper as an outside tester who read only eval/README.md, rounds.py,
build_round13.py (as the template), build_round16.py, the five bundled articles and the
earlier *_tune.jsonl files (only to avoid repeating them); no retrieval, bot or test
code, no *_test.jsonl file, and the bot was not run.

Sets (ids a17_, n17_, o17_):
- answerable17: about three quarters on the four new reports, a quarter on the bundled
  five; at least ``MIN_SECTION`` of them ask what a SECTION of a new report says in the
  words of its heading ("hạn chế … là gì", "nguyên nhân", "bài học kinh nghiệm",
  "phương hướng nhiệm vụ 6 tháng cuối năm", "kiến nghị gì với tỉnh", "nhiệm vụ trọng tâm
  năm 2025 về dân vận chính quyền", "mục đích của kế hoạch") and carry ``section``: the
  heading path of their gold line ("II. HẠN CHẾ, NGUYÊN NHÂN > 1. Hạn chế"); the other
  answerable records carry ``section: null``.  Also who signed a report, when it was
  issued, what a report number is about, and table rows.
- near_misses17: a real fact with ONE constraint swapped (place, year, period, date,
  document number, person, body) for a value the corpus does not hold for that fact,
  many of them section questions ("hạn chế … năm 2022" when only Hà Nam 2023 holds one,
  "kế hoạch … năm 2026" of a 2025 plan, "kiến nghị" of a province with no report); each
  carries ``expect``.
- off_topic17: questions phrased like report questions on other subjects ("hạn chế của
  chính sách tiền tệ năm 2023", "phương hướng phát triển du lịch Đà Nẵng").

Checks (the script stops on any failure):
- corpus17 holds exactly the nine files; the bundled five are byte-identical to
  ``corpus/``; each new report is UTF-8 NFC, 700–1100 words, has the header block,
  roman-numbered sections in order, headings without a final full stop, body paragraphs
  ending with a full stop, a signature block, and at least one report has a table
  (caption ``Bảng 1.`` / ``Biểu 1:``, a header row and 3–6 rows of the same width);
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named file (``rounds.gold_checker``);
- a section question's gold line lies under the heading it names (inside that roman
  section or numbered subsection), and the question uses that heading's words (at least
  one two-syllable phrase of the heading, without marks, other than "công tác" / "dân
  vận"); at least ``MIN_SECTION`` such questions; at least three questions each on a
  signature line, a place-date line and a title line of the new reports;
- a near miss's swapped value is in its question and NOT in its source; the other files
  holding that value (whole words, with or without marks) must be exactly its ``cross``
  tuple (read and judged not to answer: another place, year, body or fact); no place
  swap on article 002; at least ``MIN_SECTION_NEAR`` near misses ask about a section;
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words (``rounds.answerable_rows``); no question repeats another of this round or one
  of any earlier ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts, the share on the new reports and the shares typed without
  diacritics below.
Then each set is shuffled ONCE with a fresh ``random.Random(17)`` (``rounds.split_and_write``):
the first half (rounded down) goes to ``<set>17_tune.jsonl``, the rest to
``<set>17_test.jsonl``, each half in id order.  Running the script again rewrites the
six files byte for byte.
"""

import collections
import json
import os
import re
import sys
import unicodedata

from rounds import (F0, F1, F2, F3, F4, ANSWER_KINDS, HERE, answerable_rows, check_repeats, fail_on,
                    gold_checker, load_corpus, near_miss_rows_with_cross, off_topic_rows, split_and_write, strip_marks,
                    unmarked_shares, halves, check_minimums)

ROUND = 17
CORPUS17 = os.path.join(HERE, "corpus17")

G18 = "018_giaothuy_6t_2024.txt"    # Huyện ủy Giao Thủy (Nam Định), 6 tháng đầu năm 2024, số 38-BC/BDVHU
H19 = "019_hanam_2023.txt"          # Tỉnh ủy Hà Nam, tổng kết năm 2023, nhiệm vụ 2024, số 214-BC/BDVTU
T20 = "020_thaibinh_kh_2025.txt"    # Tỉnh ủy Thái Bình, Kế hoạch công tác dân vận năm 2025, số 52-KH/BDVTU
K21 = "021_khoaichau_q3_2023.txt"   # Huyện ủy Khoái Châu (Hưng Yên), quý III/2023, số 27-BC/BDVHU
NEW = (G18, H19, T20, K21)
BUNDLED = (F0, F1, F2, F3, F4)

# Headings a section question names (exact lines of the report).
G18_I1 = "1. Công tác tham mưu, hướng dẫn"
G18_I3 = "3. Công tác dân vận chính quyền"
G18_I4 = "4. Công tác dân vận của lực lượng vũ trang"
G18_I5 = "5. Hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội"
G18_HC = "1. Hạn chế"
G18_NN = "2. Nguyên nhân"
G18_PH = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"
G18_KN = "IV. ĐỀ XUẤT, KIẾN NGHỊ"
H19_I1 = "1. Công tác tham mưu cho cấp ủy"
H19_I3 = "3. Công tác dân vận của lực lượng vũ trang"
H19_I5 = "5. Công tác tôn giáo, dân tộc"
H19_HC = "1. Tồn tại, hạn chế"
H19_NN = "2. Nguyên nhân"
H19_BH = "III. BÀI HỌC KINH NGHIỆM"
H19_PH = "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"
H19_KN = "V. ĐỀ XUẤT, KIẾN NGHỊ"
T20_MD = "1. Mục đích"
T20_YC = "2. Yêu cầu"
T20_II1 = "1. Công tác tham mưu, hướng dẫn"
T20_II2 = "2. Công tác dân vận của cơ quan nhà nước, chính quyền các cấp"
T20_II3 = "3. Công tác nắm tình hình Nhân dân, công tác tôn giáo, dân tộc"
T20_II4 = "4. Phong trào thi đua “Dân vận khéo”"
T20_II5 = "5. Công tác dân vận trong sắp xếp tổ chức bộ máy và đơn vị hành chính"
T20_II6 = "6. Công tác đối với Mặt trận Tổ quốc, các đoàn thể và lực lượng vũ trang"
T20_TC = "III. TỔ CHỨC THỰC HIỆN"
K21_I1 = "1. Công tác tham mưu, phối hợp"
K21_I2 = "2. Công tác dân vận chính quyền"
K21_I3 = "3. Công tác dân vận của lực lượng vũ trang"
K21_I6 = "6. Thực hiện dân chủ ở cơ sở"
K21_HC = "II. TỒN TẠI, HẠN CHẾ"
K21_NV = "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023"
K21_DX = "IV. ĐỀ XUẤT"


# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer, heading or None)
# A heading marks a section question: it asks what that section says, in its words.
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 018 Giao Thủy (Nam Định), 6 tháng đầu năm 2024 ---
    ("la_gi", G18, "Hạn chế trong công tác dân vận của huyện Giao Thủy 6 tháng đầu năm 2024 là gì?",
     ["Việc nắm tình hình Nhân dân ở một số xã còn chậm"],
     "Nắm tình hình ở một số xã còn chậm, chưa dự báo sớm vụ việc về đất bãi bồi ven biển; một số mô hình "
     "“Dân vận khéo” trùng lặp, thiếu tiêu chí; đối thoại ở vài xã còn hình thức", G18_HC),
    ("no_diacritics", G18, "giao thuy 6 thang dau nam 2024 nguyen nhan cua nhung han che trong cong tac dan van",
     ["chủ yếu kiêm nhiệm và thường xuyên thay đổi"],
     "Một số cấp ủy cơ sở chưa thực sự quan tâm; cán bộ Ban Dân vận xã chủ yếu kiêm nhiệm, hay thay đổi; "
     "kinh phí hạn hẹp", G18_NN),
    ("paraphrase", G18, "Nửa đầu năm 2024 ở Giao Thủy chuyện ngồi nói chuyện với dân còn yếu chỗ nào?",
     ["đối thoại ở một vài xã còn hình thức"],
     "Đối thoại ở một vài xã còn hình thức, chưa theo dõi đến cùng việc giải quyết kiến nghị sau đối thoại", None),
    ("la_gi", G18, "Phương hướng 6 tháng cuối năm 2024 của Ban Dân vận Huyện ủy Giao Thủy về phong trào Dân vận khéo là gì?",
     ["phấn đấu công nhận thêm ít nhất 15 mô hình cấp huyện"],
     "Công nhận thêm ít nhất 15 mô hình cấp huyện, ưu tiên quốc phòng, an ninh và chuyển đổi số", G18_PH),
    ("nhu_the_nao", G18, "nhiệm vụ 6 tháng cuối năm 2024 của dân vận Giao Thủy về nắm tình hình Nhân dân mùa mưa bão như thế nào",
     ["nhất là các hộ nuôi trồng thủy sản ngoài đê"],
     "Nắm chắc tình hình trước, trong và sau mùa mưa bão, nhất là các hộ nuôi trồng thủy sản ngoài đê", G18_PH),
    ("khi_nao", G18, "Giao Thủy dự kiến tổ chức đối thoại giữa Bí thư Huyện ủy với nông dân nuôi thủy sản vào tháng mấy?",
     ["trong tháng 9/2024"], "Tháng 9/2024", None),
    ("la_gi", G18, "Ban Dân vận Huyện ủy Giao Thủy kiến nghị gì với Ban Dân vận Tỉnh ủy trong báo cáo 6 tháng đầu năm 2024?",
     ["mở lớp tập huấn nghiệp vụ cho cán bộ Ban Dân vận cấp xã"],
     "Mở lớp tập huấn cho cán bộ Ban Dân vận cấp xã; sớm ban hành bộ tiêu chí đánh giá, công nhận mô hình "
     "“Dân vận khéo” thống nhất toàn tỉnh", G18_KN),
    ("no_diacritics", G18, "huyen giao thuy de xuat ubnd tinh nam dinh giai quyet viec gi",
     ["giải quyết dứt điểm việc giao đất, cho thuê đất nuôi trồng thủy sản"],
     "Giải quyết dứt điểm việc giao đất, cho thuê đất nuôi trồng thủy sản vùng bãi bồi ven biển", G18_KN),
    ("ai", G18, "Ai ký báo cáo số 38-BC/BDVHU của Ban Dân vận Huyện ủy Giao Thủy?",
     ["Vũ Thị Thu Hiền"], "Bà Vũ Thị Thu Hiền, Trưởng Ban Dân vận Huyện ủy (T/M Ban Dân vận)", None),
    ("khi_nao", G18, "bao cao dan van 6 thang dau nam 2024 cua huyen uy giao thuy ban hanh ngay nao",
     ["ngày 15 tháng 6 năm 2024"], "Ngày 15/6/2024", None),
    ("la_gi", G18, "Báo cáo số 38-BC/BDVHU nói về nội dung gì?",
     ["Kết quả công tác dân vận 6 tháng đầu năm 2024"],
     "Kết quả công tác dân vận 6 tháng đầu năm 2024, phương hướng, nhiệm vụ 6 tháng cuối năm 2024 "
     "(Ban Dân vận Huyện ủy Giao Thủy)", None),
    ("bao_nhieu", G18, "6 tháng đầu năm 2024 người đứng đầu cấp ủy, chính quyền các xã ở Giao Thủy đối thoại với dân bao nhiêu cuộc?",
     ["đã tổ chức 27 cuộc đối thoại trực tiếp với Nhân dân"], "27 cuộc (22 xã, thị trấn)", None),
    ("nhu_the_nao", G18, "Kết quả công tác dân vận chính quyền của huyện Giao Thủy 6 tháng đầu năm 2024 thế nào?",
     ["giải quyết đúng và trước hạn đạt 98,7%"],
     "27 cuộc đối thoại ở cơ sở; Chủ tịch UBND huyện đối thoại với 85 hộ ở Giao Thiện; 98,7% hồ sơ thủ tục "
     "hành chính đúng và trước hạn", G18_I3),
    ("o_dau", G18, "Chủ tịch UBND huyện Giao Thủy đối thoại với 85 hộ dân ở xã nào?",
     ["85 hộ dân xã Giao Thiện"],
     "Xã Giao Thiện (phương án bồi thường dự án đường trục nối vùng kinh tế biển)", None),
    ("bao_nhieu", G18, "Giao Thủy nửa đầu năm 2024 công nhận mấy mô hình dân vận khéo thuộc lĩnh vực quốc phòng an ninh",
     ["Quốc phòng, an ninh"], "2 mô hình cấp huyện (11,8%)", None),
    ("o_dau", G18, "Mô hình Nuôi ngao sạch theo chuỗi liên kết ở Giao Thủy là của đơn vị nào?",
     ["của Hội Nông dân xã Giao Xuân"], "Hội Nông dân xã Giao Xuân", None),
    ("keywords", G18, "quy vi nguoi ngheo giao thuy",
     ["Quỹ “Vì người nghèo” được 3,14 tỷ đồng"],
     "3,14 tỷ đồng, hỗ trợ xây mới 21 nhà Đại đoàn kết (6 tháng đầu năm 2024)", None),
    ("no_diacritics", G18, "ket qua cong tac dan van cua luc luong vu trang huyen giao thuy nua dau nam 2024",
     ["huy động 620 ngày công của dân quân"],
     "Quân sự huyện 620 ngày công giúp dân Giao Xuân, Giao Lạc khắc phục triều cường; Công an huyện duy trì "
     "45 tổ tự quản, tuyên truyền chống lừa đảo qua mạng ở 18 xã, thị trấn", G18_I4),
    ("bao_nhieu", G18, "Dân Giao Thủy góp bao nhiêu tiền cùng Nhà nước làm đường thôn xóm trong 6 tháng đầu năm 2024?",
     ["đóng góp 11,6 tỷ đồng cùng Nhà nước làm 14,3 km đường trục xã"], "11,6 tỷ đồng (14,3 km đường)", None),
    ("o_dau", G18, "giao thuy dau nam 2024 dan phan anh sat lo ke bien doan qua xa nao",
     ["sạt lở kè biển đoạn qua xã Giao Hải"], "Xã Giao Hải", None),
    ("paraphrase", G18, "Đầu năm 2024 bà con Giao Thủy phản ánh lên nhiều nhất về những chuyện gì?",
     ["tập trung vào giá vật tư nông nghiệp, tình trạng sạt lở kè biển"],
     "Giá vật tư nông nghiệp, sạt lở kè biển ở xã Giao Hải, giao đất nuôi trồng thủy sản vùng bãi bồi", None),
    ("keywords", G18, "Phật đản 2568 Giao Thủy",
     ["Đại lễ Phật đản Phật lịch 2568"],
     "Ban Dân vận Huyện ủy thăm, tặng quà các cơ sở tôn giáo dịp Lễ Phục sinh và Đại lễ Phật đản PL 2568", None),
    ("nhu_the_nao", G18, "Công tác tham mưu, hướng dẫn của Ban Dân vận Huyện ủy Giao Thủy nửa đầu năm 2024 đạt kết quả ra sao?",
     ["ban hành 04 văn bản về công tác dân vận"],
     "Tham mưu ban hành 04 văn bản (có Kế hoạch 72-KH/HU), ban hành 09 văn bản hướng dẫn, tổ chức 02 hội "
     "nghị giao ban", G18_I1),
    ("khi_nao", G18, "kế hoạch 72-KH/HU về đối thoại của huyện ủy giao thủy ký ngày nào",
     ["Kế hoạch số 72-KH/HU ngày 22/01/2024"], "Ngày 22/01/2024", None),
    ("keywords", G18, "phương hướng cuối năm Giao Thủy",
     ["sơ kết giữa nhiệm kỳ các chương trình phối hợp công tác dân vận"],
     "Tham mưu thực hiện Quyết định 23-QĐ/TW, sơ kết giữa nhiệm kỳ các chương trình phối hợp; nắm tình hình "
     "mùa mưa bão; thêm ít nhất 15 mô hình; đối thoại tháng 9/2024", G18_PH),
    ("no_diacritics", G18, "giao thuy 2024 hoat dong cua mat tran to quoc va cac doan the co gi noi bat",
     ["hỗ trợ xây mới 21 nhà Đại đoàn kết"],
     "Quỹ Vì người nghèo 3,14 tỷ đồng, 21 nhà Đại đoàn kết; Hội Nông dân giải ngân 8,2 tỷ; Huyện đoàn 12 "
     "công trình thanh niên", G18_I5),
    ("la_gi", G18, "Biểu 1 trong báo cáo 6 tháng đầu năm 2024 của Giao Thủy thống kê gì?",
     ["Mô hình “Dân vận khéo” cấp huyện được công nhận theo lĩnh vực"],
     "Mô hình “Dân vận khéo” cấp huyện được công nhận theo lĩnh vực (17 mô hình)", None),

    # --- 019 Hà Nam, tổng kết năm 2023, phương hướng năm 2024 ---
    ("la_gi", H19, "Những tồn tại, hạn chế trong công tác dân vận của tỉnh Hà Nam năm 2023 là gì?",
     ["còn để xảy ra 3 vụ việc tập trung đông người"],
     "Nắm, dự báo tình hình ở địa bàn có dự án lớn chưa sát, để xảy ra 3 vụ tập trung đông người về giá bồi "
     "thường (Duy Tiên, Thanh Liêm); Tổ dân vận một số nơi mờ nhạt", H19_HC),
    ("no_diacritics", H19, "nguyen nhan han che cong tac dan van ha nam nam 2023",
     ["còn coi đây là nhiệm vụ riêng của Ban Dân vận và Mặt trận"],
     "Một số cấp ủy, người đứng đầu chưa quan tâm đúng mức; phối hợp chính quyền – Mặt trận có lúc chưa chặt; "
     "chính sách bồi thường, tái định cư còn điểm chưa phù hợp", H19_NN),
    ("la_gi", H19, "Bài học kinh nghiệm Ban Dân vận Tỉnh ủy Hà Nam rút ra sau năm 2023?",
     ["lấy sự hài lòng và đồng thuận của Nhân dân làm thước đo hiệu quả"],
     "Cấp ủy trực tiếp lãnh đạo, người đứng đầu gương mẫu; công khai, minh bạch về đất đai; lấy sự hài lòng, "
     "đồng thuận của Nhân dân làm thước đo", H19_BH),
    ("paraphrase", H19, "Sau một năm làm giải phóng mặt bằng, Hà Nam thấy muốn dân đồng tình thì phải làm sao?",
     ["phải công khai, minh bạch, lắng nghe Nhân dân ngay từ khi lập phương án"],
     "Công khai, minh bạch, lắng nghe Nhân dân ngay từ khi lập phương án", None),
    ("la_gi", H19, "Phương hướng nhiệm vụ năm 2024 về dân vận chính quyền của Hà Nam?",
     ["Đẩy mạnh công tác dân vận chính quyền", "đạt trên 95%"],
     "Nâng cao tiếp công dân, đối thoại; giải quyết đơn thư thuộc thẩm quyền trên 95%; bàn giao mặt bằng "
     "Vành đai 5 trước 30/6/2024", H19_PH),
    ("khi_nao", H19, "Hà Nam đặt mục tiêu bàn giao xong mặt bằng đường Vành đai 5 trước ngày nào?",
     ["trước ngày 30/6/2024"], "Trước ngày 30/6/2024", None),
    ("no_diacritics", H19, "nhiem vu nam 2024 cua ha nam ve phong trao dan van kheo",
     ["Phấn đấu công nhận ít nhất 300 mô hình “Dân vận khéo” các cấp"],
     "Ít nhất 300 mô hình các cấp, 10 cấp tỉnh; tuyên dương điển hình nhân 25 năm Ngày “Dân vận”", H19_PH),
    ("la_gi", H19, "Ban Dân vận Tỉnh ủy Hà Nam kiến nghị gì với Ban Dân vận Trung ương?",
     ["tổ chức tập huấn chuyên sâu về kỹ năng đối thoại"],
     "Tập huấn chuyên sâu kỹ năng đối thoại, vận động Nhân dân trong GPMB cho cán bộ cấp huyện, xã; hướng "
     "dẫn thống nhất việc chấm điểm mô hình “Dân vận khéo”", H19_KN),
    ("no_diacritics", H19, "ha nam de xuat ubnd tinh dieu chinh gi",
     ["sớm điều chỉnh đơn giá bồi thường đất nông nghiệp"],
     "Điều chỉnh đơn giá bồi thường đất nông nghiệp cho phù hợp giá thị trường", H19_KN),
    ("ai", H19, "Ai ký báo cáo tổng kết công tác dân vận năm 2023 của Ban Dân vận Tỉnh ủy Hà Nam?",
     ["Nguyễn Thị Minh Hằng"], "Bà Nguyễn Thị Minh Hằng, Phó Trưởng Ban (T/M Ban Dân vận)", None),
    ("khi_nao", H19, "Báo cáo số 214-BC/BDVTU được ban hành ngày nào?",
     ["ngày 12 tháng 12 năm 2023"], "Ngày 12/12/2023", None),
    ("no_diacritics", H19, "bao cao 214-bc/bdvtu noi ve noi dung gi",
     ["Tổng kết công tác dân vận năm 2023,"],
     "Tổng kết công tác dân vận năm 2023, phương hướng, nhiệm vụ năm 2024 (Ban Dân vận Tỉnh ủy Hà Nam)", None),
    ("bao_nhieu", H19, "Năm 2023 Hà Nam có bao nhiêu mô hình dân vận khéo cấp huyện được công nhận?",
     ["Cấp huyện"], "97 mô hình (tăng 15 so với năm trước)", None),
    ("bao_nhieu", H19, "tong cong ha nam cong nhan may mo hinh dvk trong nam 2023",
     ["xem xét công nhận 329 mô hình, tăng 23 mô hình so với năm trước"], "329 mô hình", None),
    ("bao_nhieu", H19, "Năm 2023 Hà Nam giải quyết được bao nhiêu đơn thư khiếu nại tố cáo thuộc thẩm quyền?",
     ["1.027/1.096 đơn thư khiếu nại, tố cáo thuộc thẩm quyền, đạt 93,7%"], "1.027/1.096 đơn, đạt 93,7%", None),
    ("o_dau", H19, "Năm 2023 ở Hà Nam có vụ tụ tập đông người vì giá đền bù đất ở những địa phương nào?",
     ["ở thị xã Duy Tiên và huyện Thanh Liêm"], "Thị xã Duy Tiên và huyện Thanh Liêm", None),
    ("o_dau", H19, "Mô hình vận động hiến đất mở rộng đường liên xã năm 2023 của Hà Nam là ở xã nào?",
     ["của xã Nhân Chính, huyện Lý Nhân"], "Xã Nhân Chính, huyện Lý Nhân", None),
    ("keywords", H19, "nhà Đại đoàn kết Hà Nam",
     ["sửa chữa 356 nhà Đại đoàn kết"], "356 nhà Đại đoàn kết xây mới, sửa chữa", None),
    ("paraphrase", H19, "Năm 2023 bộ đội, công an Hà Nam làm nhà tặng hộ nghèo ở huyện nào?",
     ["tặng hộ nghèo ở huyện Bình Lục"], "Huyện Bình Lục (2 nhà “Nghĩa tình quân dân”)", None),
    ("nhu_the_nao", H19, "Công tác dân vận của lực lượng vũ trang tỉnh Hà Nam năm 2023 đạt kết quả thế nào?",
     ["giúp Nhân dân 1.920 ngày công làm đường giao thông"],
     "1.920 ngày công làm đường, nạo vét kênh mương; 2 nhà “Nghĩa tình quân dân” ở Bình Lục", H19_I3),
    ("bao_nhieu", H19, "lien doan lao dong tinh ha nam doi thoai voi cong nhan o bao nhieu doanh nghiep nam 2023",
     ["đối thoại với công nhân tại 28 doanh nghiệp"], "28 doanh nghiệp", None),
    ("khi_nao", H19, "Kết luận 41-KL/TU của Tỉnh ủy Hà Nam về dân vận trong giải phóng mặt bằng ban hành ngày nào?",
     ["Kết luận số 41-KL/TU ngày 16/3/2023"], "Ngày 16/3/2023", None),
    ("no_diacritics", H19, "cong tac ton giao dan toc ha nam nam 2023 co ket qua gi",
     ["giải quyết dứt điểm 2 vụ việc liên quan đến đất cơ sở tôn giáo"],
     "Tình hình ổn định; đoàn của tỉnh thăm chức sắc dịp Giáng sinh, Phật đản; giải quyết dứt điểm 2 vụ "
     "việc về đất cơ sở tôn giáo ở Lý Nhân", H19_I5),
    ("la_gi", H19, "Công tác tham mưu cho cấp ủy của Ban Dân vận Tỉnh ủy Hà Nam năm 2023 gồm những việc gì?",
     ["ban hành 07 văn bản về công tác dân vận"],
     "Tham mưu ban hành 07 văn bản, có Kết luận 41-KL/TU; chủ trì sơ kết 2 năm Quy chế số 05-QC/TU", H19_I1),
    ("ai", H19, "Người ký báo cáo tổng kết dân vận 2023 của Hà Nam giữ chức vụ gì?",
     ["PHÓ TRƯỞNG BAN"], "Phó Trưởng Ban Dân vận Tỉnh ủy (bà Nguyễn Thị Minh Hằng)", None),
    ("khi_nao", H19, "Hà Nam định tuyên dương điển hình dân vận khéo năm 2024 nhân dịp gì?",
     ["nhân kỷ niệm 25 năm Ngày “Dân vận” của cả nước"],
     "Kỷ niệm 25 năm Ngày “Dân vận” của cả nước (15/10/1999 - 15/10/2024)", None),
    ("ai", H19, "Năm 2023 đoàn của tỉnh Hà Nam đi chúc mừng chức sắc tôn giáo dịp Giáng sinh do cơ quan nào chủ trì?",
     ["Ban Dân vận Tỉnh ủy chủ trì đoàn công tác của tỉnh"], "Ban Dân vận Tỉnh ủy Hà Nam", None),

    # --- 020 Thái Bình, Kế hoạch công tác dân vận năm 2025 ---
    ("la_gi", T20, "Mục đích của Kế hoạch công tác dân vận năm 2025 của Ban Dân vận Tỉnh ủy Thái Bình là gì?",
     ["củng cố niềm tin của Nhân dân với Đảng, chính quyền"],
     "Thống nhất nhận thức, hành động; củng cố niềm tin của Nhân dân; huy động sức dân thực hiện Nghị quyết "
     "Đại hội XX, góp phần tổ chức thành công Đại hội các cấp", T20_MD),
    ("no_diacritics", T20, "yeu cau cua ke hoach dan van nam 2025 tinh thai binh",
     ["phân công rõ người, rõ việc, rõ thời gian hoàn thành"],
     "Bám sát nhiệm vụ chính trị, rõ người, rõ việc, rõ thời gian; gắn với sắp xếp bộ máy; thiết thực, tránh "
     "hình thức", T20_YC),
    ("la_gi", T20, "Nhiệm vụ trọng tâm năm 2025 về dân vận chính quyền của Thái Bình là gì?",
     ["tổ chức ít nhất một hội nghị đối thoại giữa người đứng đầu cấp ủy"],
     "100% xã, phường, thị trấn tổ chức ít nhất một hội nghị đối thoại; giải quyết đơn thư thuộc thẩm quyền "
     "từ 92% trở lên", T20_II2),
    ("bao_nhieu", T20, "Thái Bình năm 2025 đặt chỉ tiêu giải quyết đơn thư thuộc thẩm quyền bao nhiêu phần trăm?",
     ["đạt từ 92% trở lên"], "Từ 92% trở lên", None),
    ("la_gi", T20, "Năm 2025 Thái Bình đặt nhiệm vụ gì về công tác tôn giáo?",
     ["các giáo xứ, giáo họ trong dịp Năm Thánh 2025"],
     "Nắm tình hình các giáo xứ, giáo họ dịp Năm Thánh 2025 và Lễ Giáng sinh, không để phát sinh điểm nóng", T20_II3),
    ("bao_nhieu", T20, "Kế hoạch 2025 của Thái Bình phấn đấu công nhận bao nhiêu mô hình Dân vận khéo cấp tỉnh?",
     ["trong đó cấp tỉnh 15 mô hình"], "15 mô hình cấp tỉnh (toàn tỉnh ít nhất 260)", None),
    ("no_diacritics", T20, "nhiem vu phong trao dan van kheo nam 2025 cua thai binh tap trung vao mo hinh nao",
     ["hiến đất làm đường, chuyển đổi số và bảo vệ môi trường nông thôn"],
     "Mô hình vận động hiến đất làm đường, chuyển đổi số, bảo vệ môi trường nông thôn", T20_II4),
    ("la_gi", T20, "Công tác dân vận trong sắp xếp tổ chức bộ máy năm 2025 ở Thái Bình cần làm gì?",
     ["đồng thuận với chủ trương tinh gọn tổ chức bộ máy"],
     "Vận động đồng thuận với chủ trương tinh gọn bộ máy theo Nghị quyết 18-NQ/TW; nắm tâm tư cán bộ dôi dư", T20_II5),
    ("paraphrase", T20, "Gộp bộ máy năm 2025, Thái Bình tính sao với những anh chị cán bộ bị dư ra?",
     ["nắm tâm tư của cán bộ, công chức thuộc diện dôi dư"],
     "Kịp thời nắm tâm tư cán bộ, công chức dôi dư để tham mưu giải quyết chế độ, chính sách", None),
    ("no_diacritics", T20, "cong tac tham muu huong dan nam 2025 cua ban dan van tinh uy thai binh",
     ["ban hành Chỉ thị về tăng cường công tác dân vận"],
     "Tham mưu ban hành Chỉ thị về dân vận trong sắp xếp bộ máy; hướng dẫn cấp huyện xây dựng kế hoạch 2025", T20_II1),
    ("ai", T20, "Năm 2025 ở Thái Bình đơn vị nào chủ trì tập huấn nghiệp vụ cho cán bộ dân vận cơ sở?",
     ["Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở"],
     "Ban Dân vận Tỉnh ủy và Trường Chính trị tỉnh (quý III/2025)", None),
    ("khi_nao", T20, "Khi nào Thái Bình tổng kết phong trào thi đua Dân vận khéo giai đoạn 2021 - 2025?",
     ["Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025"], "Quý IV/2025", None),
    ("o_dau", T20, "nam 2025 ban dan van tinh uy thai binh kiem tra cong tac dan van o nhung huyen nao",
     ["Huyện ủy Kiến Xương và Huyện ủy Thái Thụy"], "Huyện ủy Kiến Xương và Huyện ủy Thái Thụy (tháng 9/2025)", None),
    ("o_dau", T20, "Phòng nào của Ban Dân vận Tỉnh ủy Thái Bình chủ trì đi kiểm tra công tác dân vận ở Kiến Xương năm 2025?",
     ["Phòng Dân vận chính quyền"], "Phòng Dân vận chính quyền (tháng 9/2025)", None),
    ("khi_nao", T20, "Theo phần tổ chức thực hiện, Ban Dân vận các huyện ủy ở Thái Bình phải gửi kế hoạch năm 2025 trước ngày nào?",
     ["gửi về Ban Dân vận Tỉnh ủy trước ngày 25/01/2025"], "Trước ngày 25/01/2025", T20_TC),
    ("no_diacritics", T20, "thai binh 2025 han nop bao cao so ket 6 thang cua ban dan van huyen uy",
     ["báo cáo sơ kết 6 tháng trước ngày 10/6/2025"], "Trước ngày 10/6/2025", None),
    ("ai", T20, "Ai ký Kế hoạch số 52-KH/BDVTU?",
     ["Nguyễn Thị Ngọc Lan"], "Bà Nguyễn Thị Ngọc Lan, Trưởng Ban Dân vận Tỉnh ủy Thái Bình", None),
    ("khi_nao", T20, "kế hoạch dân vận năm 2025 của tỉnh ủy thái bình ban hành ngày nào",
     ["ngày 08 tháng 01 năm 2025"], "Ngày 08/01/2025", None),
    ("la_gi", T20, "Kế hoạch số 52-KH/BDVTU về việc gì?",
     ["Thực hiện công tác dân vận năm 2025"],
     "Thực hiện công tác dân vận năm 2025 (Ban Dân vận Tỉnh ủy Thái Bình)", None),
    ("khi_nao", T20, "Hội nghị đối thoại giữa Bí thư Tỉnh ủy Thái Bình với Nhân dân năm 2025 dự kiến vào lúc nào?",
     ["Hội nghị đối thoại giữa Bí thư Tỉnh ủy với Nhân dân"],
     "Quý II/2025 (Văn phòng Tỉnh ủy, Ban Dân vận Tỉnh ủy chủ trì)", None),
    ("nhu_the_nao", T20, "Kế hoạch 2025 của Thái Bình về công tác đối với Mặt trận, các đoàn thể và lực lượng vũ trang như thế nào?",
     ["ký kết chương trình giai đoạn mới"],
     "Đổi mới phương thức tập hợp đoàn viên, hội viên; cùng Quân sự, Công an tỉnh tổng kết chương trình phối "
     "hợp 2021 - 2025 và ký chương trình giai đoạn mới", T20_II6),
    ("keywords", T20, "so ket dan chu thai binh",
     ["Sơ kết 2 năm thực hiện Luật Thực hiện dân chủ ở cơ sở"],
     "Tháng 7/2025, Ban Dân vận Tỉnh ủy chủ trì", None),
    ("ai", T20, "Trong kế hoạch dân vận 2025 của Thái Bình, bộ phận nào lo bố trí kinh phí?",
     ["tham mưu bố trí kinh phí"], "Văn phòng Ban Dân vận Tỉnh ủy", None),
    ("paraphrase", T20, "Kế hoạch dân vận năm 2025 của Thái Bình hướng tới góp phần cho đại hội nào của Đảng?",
     ["Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"],
     "Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV", None),
    ("nhu_the_nao", T20, "Thái Bình năm 2025 yêu cầu công tác nắm tình hình Nhân dân ra sao?",
     ["báo cáo đột xuất khi có vụ việc phức tạp"],
     "Nắm, tổng hợp hằng tháng, báo cáo đột xuất khi có vụ việc phức tạp", T20_II3),

    # --- 021 Khoái Châu (Hưng Yên), quý III/2023 ---
    ("la_gi", K21, "Tồn tại, hạn chế trong công tác dân vận quý III năm 2023 của huyện Khoái Châu là gì?",
     ["nắm tình hình ở một số xã có dự án đi qua chưa thường xuyên"],
     "Nắm tình hình ở xã có dự án chưa thường xuyên, báo cáo chậm; 3 đơn thư đất đai ở Tân Dân kéo dài; một "
     "số mô hình “Dân vận khéo” không được duy trì", K21_HC),
    ("no_diacritics", K21, "khoai chau quy 3 2023 han che ve mo hinh dan van kheo",
     ["sau khi được công nhận chưa được duy trì, nhân rộng"],
     "Một số mô hình sau khi được công nhận chưa được duy trì, nhân rộng", K21_HC),
    ("la_gi", K21, "Nhiệm vụ trọng tâm quý IV năm 2023 của Ban Dân vận Huyện ủy Khoái Châu gồm những gì?",
     ["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 174 khu dân cư"],
     "Ngày hội Đại đoàn kết ở 174 khu dân cư trước 18/11/2023; vận động 41 hộ bàn giao mặt bằng; giải quyết "
     "3 đơn ở Tân Dân; tổng kết năm trước 20/12/2023", K21_NV),
    ("bao_nhieu", K21, "Quý IV/2023 Khoái Châu còn phải vận động bao nhiêu hộ bàn giao mặt bằng đường nối hai cao tốc?",
     ["vận động 41 hộ dân còn lại bàn giao mặt bằng"], "41 hộ", None),
    ("khi_nao", K21, "khoai chau tong ket, khen thuong mo hinh dan van kheo nam 2023 truoc ngay nao",
     ["trước ngày 20/12/2023"], "Trước ngày 20/12/2023", None),
    ("la_gi", K21, "Ban Dân vận Huyện ủy Khoái Châu đề xuất gì với Ban Dân vận Tỉnh ủy trong báo cáo quý 3/2023?",
     ["sớm hướng dẫn cơ chế hỗ trợ tái định cư"],
     "Phối hợp các sở, ngành sớm hướng dẫn cơ chế hỗ trợ tái định cư cho hộ bị thu hồi đất ở dự án đường "
     "nối hai cao tốc", K21_DX),
    ("no_diacritics", K21, "khoai chau quy 4 2023 giai quyet 3 don thu ton dong o xa tan dan trong thang may",
     ["trong tháng 11/2023"], "Tháng 11/2023", None),
    ("ai", K21, "Ai ký báo cáo dân vận quý III/2023 của Huyện ủy Khoái Châu?",
     ["Đỗ Văn Thịnh"], "Ông Đỗ Văn Thịnh, Trưởng Ban Dân vận Huyện ủy (T/M Ban Dân vận)", None),
    ("khi_nao", K21, "Báo cáo số 27-BC/BDVHU của Ban Dân vận Huyện ủy Khoái Châu đề ngày nào?",
     ["ngày 22 tháng 9 năm 2023"], "Ngày 22/9/2023", None),
    ("no_diacritics", K21, "bao cao so 27-bc/bdvhu noi ve gi",
     ["Kết quả công tác dân vận quý III,"],
     "Kết quả công tác dân vận quý III, nhiệm vụ trọng tâm quý IV năm 2023 (Ban Dân vận Huyện ủy Khoái Châu)", None),
    ("la_gi", K21, "Kết quả công tác dân vận chính quyền quý III/2023 ở huyện Khoái Châu là gì?",
     ["đã giải quyết 16/19 đơn thuộc thẩm quyền, đạt 84,2%"],
     "Tiếp 214 lượt công dân, nhận 37 đơn, giải quyết 16/19 đơn thuộc thẩm quyền (84,2%); hồ sơ trực tuyến "
     "toàn trình 61%", K21_I2),
    ("bao_nhieu", K21, "quy iii/2023 ubnd huyen va cac xa o khoai chau tiep bao nhieu luot cong dan",
     ["tiếp 214 lượt công dân"], "214 lượt", None),
    ("o_dau", K21, "Bí thư Huyện ủy Khoái Châu đối thoại với hộ dân những xã nào trong quý 3 năm 2023?",
     ["152 hộ dân các xã Đông Kết, Tân Châu"], "Xã Đông Kết và xã Tân Châu (152 hộ)", None),
    ("bao_nhieu", K21, "Quý III/2023 Hội Nông dân huyện Khoái Châu giải ngân bao nhiêu vốn vay ủy thác?",
     ["Giải ngân vốn vay ủy thác cho hội viên"], "12,4 tỷ đồng", None),
    ("ai", K21, "Ở Khoái Châu quý III/2023 tổ chức nào hòa giải thành 17 vụ mâu thuẫn?",
     ["Hòa giải thành mâu thuẫn ở cơ sở"], "Hội Cựu chiến binh huyện", None),
    ("keywords", K21, "Khoái Châu thắp sáng đường quê",
     ["Thắp sáng đường quê"], "Huyện đoàn, 8,6 km (quý III/2023)", None),
    ("o_dau", K21, "mo hinh trong chuoi tieu hong vietgap o khoai chau la cua xa nao",
     ["của Hội Nông dân xã Bình Minh"], "Hội Nông dân xã Bình Minh", None),
    ("bao_nhieu", K21, "9 tháng năm 2023 Khoái Châu có tổng cộng bao nhiêu mô hình Dân vận khéo được công nhận?",
     ["lên 26 mô hình"], "26 mô hình (quý III: 9)", None),
    ("no_diacritics", K21, "cong tac dan van cua luc luong vu trang khoai chau quy iii 2023 lam duoc gi",
     ["giúp Nhân dân nạo vét 2,4 km kênh tưới tiêu"],
     "Quân sự huyện cùng xã Đại Tập nạo vét 2,4 km kênh; Công an tuyên truyền chống ma túy, tội phạm công "
     "nghệ cao ở 25 xã, thị trấn (hơn 6.000 lượt người)", K21_I3),
    ("o_dau", K21, "Quý III/2023 Ban Chỉ huy Quân sự huyện Khoái Châu phối hợp với xã nào làm Ngày thứ Bảy tình nguyện?",
     ["phối hợp với Đảng ủy xã Đại Tập"], "Xã Đại Tập (nạo vét 2,4 km kênh tưới tiêu)", None),
    ("paraphrase", K21, "Công an Khoái Châu đi nói chuyện chống ma túy quý III/2023 có bao nhiêu người nghe?",
     ["hơn 6.000 lượt người tham dự"], "Hơn 6.000 lượt người", None),
    ("khi_nao", K21, "Theo báo cáo của Khoái Châu, Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày nào?",
     ["có hiệu lực từ ngày 01/7/2023"], "Ngày 01/7/2023", None),
    ("la_gi", K21, "Kế hoạch số 118-KH/HU của Huyện ủy Khoái Châu về việc gì?",
     ["tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023"],
     "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023 (ngày 04/8/2023)", None),
    ("nhu_the_nao", K21, "Việc thực hiện dân chủ ở cơ sở quý III năm 2023 ở Khoái Châu ra sao?",
     ["100% thôn, tổ dân phố tổ chức hội nghị để Nhân dân bàn, biểu quyết"],
     "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở; 100% thôn, tổ dân phố họp để Nhân dân bàn, biểu quyết", K21_I6),
    ("nhu_the_nao", K21, "công tác tham mưu, phối hợp của ban dân vận khoái châu quý iii 2023 có kết quả gì",
     ["đối thoại giữa Bí thư Huyện ủy với 152 hộ dân"],
     "Kế hoạch 118-KH/HU về Ngày hội Đại đoàn kết, Thông báo kết luận về dân vận trong GPMB; đối thoại giữa "
     "Bí thư Huyện ủy với 152 hộ dân", K21_I1),
    ("keywords", K21, "nhà sạch vườn đẹp Khoái Châu",
     ["Ra mắt tổ phụ nữ “Nhà sạch, vườn đẹp”"], "Hội Liên hiệp Phụ nữ huyện ra mắt 21 tổ (quý III/2023)", None),
    ("keywords", K21, "quỹ vì người nghèo Khoái Châu",
     ["Vận động Quỹ “Vì người nghèo”"], "725 triệu đồng (Ủy ban MTTQ huyện, quý III/2023)", None),

    # --- bundled 000 TP Hưng Yên, giao ban 6 tháng đầu năm 2020 ---
    ("la_gi", F0, "Phương hướng 6 tháng cuối năm 2020 của công tác dân vận thành phố Hưng Yên là gì?",
     ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"],
     "Tuyên truyền, vận động thực hiện chủ trương, chào mừng Đại hội thành phố khóa XXI; rà soát lĩnh vực "
     "bức xúc; Chương trình 10; phong trào “Chiều thứ 6”; quy chế dân chủ", None),
    ("ai", F0, "Phó chủ tịch UBND TP Hưng Yên dự giao ban dân vận giữa năm 2020 là ai",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần", None),
    ("no_diacritics", F0, "tp hung yen nua dau 2020 khoi dan van phuong xa van dong dan lam gi voi gpmb",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền"],
     "Tuyên truyền, vận động Nhân dân chấp hành, thực hiện tốt giải phóng mặt bằng phục vụ các dự án", None),
    ("khi_nao", F0, "Đề án số 02 của BTV Tỉnh ủy Hưng Yên về dân vận của cơ quan hành chính ra đời ngày nào?",
     ["đề án số 02 ngày 15/8/2016"], "Ngày 15/8/2016", None),
    ("paraphrase", F0, "Nửa đầu 2020 thành phố Hưng Yên lo cho các nhà diện chính sách thế nào?",
     ["chế độ chính sách cho các hộ, đối tượng gia đình chính sách"],
     "Quan tâm giải quyết chế độ chính sách cho các hộ, đối tượng gia đình chính sách", None),
    ("keywords", F0, "giao ban dân vận Hưng Yên",
     ["hội nghị giao ban công tác Dân vận 6 tháng đầu năm"],
     "Chiều 2/7/2020 Thành ủy Hưng Yên giao ban dân vận 6 tháng đầu năm", None),
    ("la_gi", F0, "6 tháng cuối năm 2020 Ban Dân vận Thành ủy Hưng Yên tham mưu BTV Thành ủy tiếp tục thực hiện chương trình nào?",
     ["Chương trình 10 của BCH đảng bộ thành phố"], "Chương trình 10 của BCH Đảng bộ thành phố", None),

    # --- bundled 001 Hà Nam 2022, nhiệm vụ 2023 ---
    ("la_gi", F1, "Nhiệm vụ trọng tâm năm 2023 của hệ thống dân vận tỉnh Hà Nam theo chỉ đạo của đồng chí Đinh Thị Lụa là gì?",
     ["tiếp tục quán triệt, triển khai thực hiện có hiệu quả Quyết định số 23"],
     "Quán triệt, thực hiện Quyết định 23 của Bộ Chính trị, Quy chế số 05 và Chỉ thị số 08 của BTV Tỉnh ủy", None),
    ("bao_nhieu", F1, "nam 2022 ban chi dao dan van kheo cac cap o ha nam cong nhan tong cong bao nhieu mo hinh",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình", None),
    ("ai", F1, "Ai trao bằng khen cho 10 mô hình dân vận khéo cấp tỉnh của Hà Nam năm 2022?",
     ["trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh", None),
    ("khi_nao", F1, "Quy chế số 05 của Ban Thường vụ Tỉnh ủy Hà Nam về công tác dân vận ban hành ngày nào?",
     ["Quy chế số 05, ngày 09/12/2021"], "Ngày 09/12/2021", None),
    ("no_diacritics", F1, "ha nam 2022 mo hinh chinh quyen than thien vi nhan dan phuc vu lam o cap nao",
     ["Chính quyền thân thiện vì Nhân dân phục vụ", "cấp huyện, cấp xã"], "Cấp huyện, cấp xã", None),
    ("paraphrase", F1, "Năm 2023 dân vận Hà Nam giám sát đạo đức, lối sống cán bộ dựa theo quy định số mấy?",
     ["theo Quy định số 124, ngày 02/02/2018 của Ban Bí thư"],
     "Quy định số 124 ngày 02/02/2018 của Ban Bí thư", None),
    ("no_diacritics", F1, "ket qua cong tac dan van chinh quyen ha nam nam 2022",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Người đứng đầu làm tốt tiếp công dân, đối thoại; chính quyền gắn dân vận với phát triển kinh tế - xã hội, "
     "cải cách hành chính, an sinh", None),

    # --- bundled 002 giao ban quý I/2019 ---
    ("bao_nhieu", F2, "Dịp Tết Kỷ Hợi, tổng kinh phí quà tặng nêu ở giao ban dân vận quý I/2019 là bao nhiêu?",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng (trên 62 nghìn lượt quà)", None),
    ("la_gi", F2, "Chủ đề công tác năm 2019 được nhắc tới ở hội nghị giao ban dân vận quý I/2019 là gì?",
     ["2019 kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
     "“Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả", None),
    ("no_diacritics", F2, "giao ban dan van quy 1 2019 mat tran to quoc phai to chuc dai hoi nhiem ky nao",
     ["nhiệm kỳ 2019 – 2024"], "Đại hội Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024", None),
    ("khi_nao", F2, "hội nghị giao ban dân vận quý I, triển khai nhiệm vụ quý II năm 2019 họp ngày nào",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019", None),
    ("nhu_the_nao", F2, "Nhiệm vụ quý II năm 2019 về bồi dưỡng cán bộ làm dân vận được chỉ đạo thế nào?",
     ["tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"],
     "Tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho cán bộ làm công tác dân vận", None),
    ("ai", F2, "Phó Chủ tịch UBND tỉnh dự giao ban dân vận quý I/2019 là ai?",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải", None),
    ("la_gi", F2, "Tại giao ban dân vận quý I/2019, Ban Dân tộc được giao nhiệm vụ gì?",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"],
     "Thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019 đảm bảo yêu cầu", None),

    # --- bundled 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 6 tháng đầu năm 2019 ---
    ("la_gi", F3, "Nhiệm vụ trọng tâm 6 tháng cuối năm 2019 mà Trưởng ban Dân vận Thành ủy Hà Nội giao cho cụm thi đua các quận ủy là gì?",
     ["rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"],
     "Nâng cao nhận thức về dân vận; rà soát chỉ tiêu giảm nghèo, sáp nhập tổ dân phố; GPMB, an sinh; “Dân "
     "vận khéo”, “Năm Dân vận chính quyền” 2019", None),
    ("ai", F3, "Ai trình bày báo cáo đề dẫn tọa đàm của Cụm thi đua dân vận các Quận ủy Hà Nội ngày 9/7/2019?",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"], "Đồng chí Nguyễn Văn Chiến", None),
    ("no_diacritics", F3, "toa dam thang 7/2019 cum thi dua dan van quan uy ha noi ve quy che dan chu trong linh vuc nao",
     ["quản lý trật tự xây dựng và công tác giải phóng mặt bằng"],
     "Quản lý trật tự xây dựng và giải phóng mặt bằng", None),
    ("keywords", F3, "Cầu Giấy tham luận QCDC GPMB",
     ["thực hiện QCDC trong công tác GPMB trên địa bàn quận Cầu Giấy"],
     "Đồng chí Trần Việt Hà, PCT UBND quận Cầu Giấy trình bày tham luận", None),
    ("bao_nhieu", F3, "Cụm thi đua Dân vận các Quận ủy Hà Nội năm 2019 gồm bao nhiêu đơn vị?",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị", None),
    ("paraphrase", F3, "Năm 2019 ở các quận Hà Nội trong cụm, ban dân vận ký phối hợp làm năm dân vận chính quyền với cơ quan nào?",
     ["giữa Ban Dân vận Quận ủy với UBND quận"], "Với UBND quận", None),
    ("ai", F3, "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội dự sơ kết cụm thi đua các quận ủy tháng 7/2019 là ai?",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"], "Đồng chí Đào Ngọc Triệu", None),

    # --- bundled 004 Hà Nội, 28/4/2020 ---
    ("la_gi", F4, "Theo Ban Dân vận Thành ủy Hà Nội năm 2020, công tác nắm tình hình nhân dân còn hạn chế gì?",
     ["công tác nắm, đánh giá, dự báo tình hình nhân dân"],
     "Nắm, đánh giá, dự báo tình hình nhân dân, nhất là ở địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát", None),
    ("no_diacritics", F4, "ha noi 2020 viec giai quyet khieu nai to cao cua nhan dan con han che gi",
     ["chưa kịp thời, dứt điểm để vụ việc kéo dài"],
     "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài", None),
    ("la_gi", F4, "Từ nay đến cuối năm 2020 ông Vương Đình Huệ giao cho dân vận Hà Nội những mặt trận chính nào?",
     ["chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới"],
     "Chuẩn bị cho dân sống chung với dịch; chi trả các gói an sinh; sàng lọc cán bộ, củng cố cơ sở Đảng "
     "yếu kém; xử lý điểm nóng", None),
    ("ai", F4, "ai bao cao tai buoi lam viec cua bi thu thanh uy ha noi voi ban dan van ngay 28/4/2020",
     ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"], "Bà Phạm Hải Hoa", None),
    ("nhu_the_nao", F4, "Ông Vương Đình Huệ muốn cán bộ dân vận Hà Nội đến với dân theo cách nào?",
     ["phải đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân"],
     "Đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân", None),
    ("keywords", F4, "Hà Nội đối thoại rác thải",
     ["đối thoại chuyên đề về các vấn đề như xử lý rác thải"],
     "Đề nghị tham mưu Thường trực, BTV Thành ủy đối thoại chuyên đề về rác thải, ô nhiễm, ùn tắc giao thông", None),
    ("paraphrase", F4, "Hồi đầu năm 2020, cuộc sống bà con dân tộc thiểu số ở Hà Nội có khá lên không?",
     ["dân tộc thiểu số của thành phố được cải thiện rõ rệt"], "Có, được cải thiện rõ rệt", None),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect, cross)
# Each starts from a real fact of the source and changes ONE constraint the question
# pins.  value: the swapped-in string (in the question, absent from the source).
# cross: the OTHER files of corpus17 that hold the value — each read and judged not to
# answer the question (another place, year, body or fact); the script checks the list
# is exactly the set of other holders.  expect: what the corpus does hold.
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- from 018 Giao Thủy, 6 tháng đầu năm 2024 ---
    ("place", "Hạn chế trong công tác dân vận của huyện Hải Hậu 6 tháng đầu năm 2024 là gì?", "Hải Hậu", G18,
     "018: hạn chế 6 tháng đầu năm 2024 là của huyện Giao Thủy; không có báo cáo của Hải Hậu", ()),
    ("place", "nguyen nhan han che dan van huyen xuan truong 6 thang dau nam 2024", "xuan truong", G18,
     "018: nguyên nhân là của Giao Thủy (cán bộ cấp xã kiêm nhiệm, kinh phí hạn hẹp)", ()),
    ("place", "Ban Dân vận Huyện ủy Nghĩa Hưng kiến nghị gì với tỉnh trong báo cáo 6 tháng đầu năm 2024?", "Nghĩa Hưng", G18,
     "018: kiến nghị với Ban Dân vận Tỉnh ủy và UBND tỉnh là của Huyện ủy Giao Thủy", ()),
    ("place", "Biểu thống kê mô hình dân vận khéo theo lĩnh vực 6 tháng đầu năm 2024 của huyện Khoái Châu",
     "Khoái Châu", G18,
     "018: Biểu 1 theo lĩnh vực là của Giao Thủy; Khoái Châu (021) chỉ có báo cáo quý III/2023", (K21,)),
    ("place", "Mô hình nuôi ngao sạch theo chuỗi liên kết của Hội Nông dân xã Giao Phong được công nhận năm nào",
     "Giao Phong", G18, "018: mô hình này là của Hội Nông dân xã Giao Xuân", ()),
    ("place", "Báo cáo số 38-BC/BDVHU của Ban Dân vận Huyện ủy Kim Sơn nói về gì?", "Kim Sơn", G18,
     "018: Báo cáo số 38-BC/BDVHU là của Ban Dân vận Huyện ủy Giao Thủy", ()),
    ("year", "Phương hướng nhiệm vụ 6 tháng cuối năm 2023 của Ban Dân vận Huyện ủy Giao Thủy là gì?",
     "6 tháng cuối năm 2023", G18, "018: phương hướng 6 tháng cuối năm 2024", ()),
    ("year", "giao thuy 6 thang dau nam 2023 cong nhan bao nhieu mo hinh dan van kheo cap huyen",
     "6 thang dau nam 2023", G18, "018: 17 mô hình cấp huyện trong 6 tháng đầu năm 2024", ()),
    ("year", "Hạn chế công tác dân vận huyện Giao Thủy năm 2022", "năm 2022", G18,
     "018: chỉ có 6 tháng đầu năm 2024; 001 là Hà Nam năm 2022", (F1,)),
    ("year", "6 tháng đầu năm 2025 Giao Thủy tổ chức bao nhiêu cuộc đối thoại với Nhân dân", "6 tháng đầu năm 2025",
     G18, "018: 27 cuộc trong 6 tháng đầu năm 2024", ()),
    ("quarter", "quý III/2024 Giao Thủy tổ chức bao nhiêu cuộc đối thoại với Nhân dân", "quý III/2024", G18,
     "018: 27 cuộc trong 6 tháng đầu năm 2024; quý III/2024 chỉ có dự kiến đối thoại tháng 9/2024", ()),
    ("quarter", "Kết quả công tác dân vận cả năm 2024 của huyện Giao Thủy", "cả năm 2024", G18,
     "018: chỉ có kết quả 6 tháng đầu năm 2024", ()),
    ("quarter", "9 tháng năm 2024 huyện Giao Thủy công nhận bao nhiêu mô hình dân vận khéo", "9 tháng năm 2024", G18,
     "018: 17 mô hình trong 6 tháng đầu năm 2024; 9 tháng năm 2023 (26 mô hình) là của Khoái Châu (021)", ()),
    ("document", "Báo cáo số 83-BC/BDVHU của Ban Dân vận Huyện ủy Giao Thủy nêu những hạn chế nào", "83-BC/BDVHU",
     G18, "018: báo cáo của Giao Thủy là số 38-BC/BDVHU", ()),
    ("document", "ke hoach so 27-kh/hu cua huyen uy giao thuy ve doi thoai voi nhan dan ky ngay nao", "27-kh/hu", G18,
     "018: Kế hoạch số 72-KH/HU ngày 22/01/2024", ()),
    ("person", "Ông Trần Văn Hưng, Trưởng Ban Dân vận Huyện ủy Giao Thủy, ký báo cáo dân vận nào năm 2024?",
     "Trần Văn Hưng", G18, "018: người ký là bà Vũ Thị Thu Hiền, Trưởng Ban", ()),
    ("organisation", "Ban Tuyên giáo Huyện ủy Giao Thủy báo cáo 6 tháng đầu năm 2024 nêu hạn chế gì?",
     "Ban Tuyên giáo", G18,
     "018: báo cáo là của Ban Dân vận Huyện ủy; Ban Tuyên giáo chỉ có trong 004 (Hà Nội, chống dịch) và byline của 003",
     (F3, F4)),
    ("organisation", "Giao Thủy kiến nghị gì với Ban Dân vận Trung ương trong báo cáo 6 tháng đầu năm 2024?",
     "Ban Dân vận Trung ương", G18,
     "018: kiến nghị với Ban Dân vận Tỉnh ủy và UBND tỉnh; kiến nghị với Ban Dân vận Trung ương là của Hà Nam (019)",
     (H19, T20)),
    ("date", "bao cao dan van ngay 15/7/2024 cua huyen uy giao thuy neu phuong huong gi", "15/7/2024", G18,
     "018: báo cáo ngày 15/6/2024", ()),
    ("date", "kế hoạch 72-KH/HU ngày 22/01/2023 của Huyện ủy Giao Thủy về việc gì", "22/01/2023", G18,
     "018: Kế hoạch số 72-KH/HU ngày 22/01/2024", ()),

    # --- from 019 Hà Nam, năm 2023 ---
    ("year", "Hạn chế trong công tác dân vận của tỉnh Hà Nam năm 2022 là gì?", "năm 2022", H19,
     "019: hạn chế năm 2023; bài Hà Nam năm 2022 (001) không nêu hạn chế", (F1,)),
    ("year", "bai hoc kinh nghiem cong tac dan van ha nam nam 2021", "nam 2021", H19,
     "019: bài học kinh nghiệm năm 2023; 001 chỉ nhắc mô hình của năm 2021", (F1,)),
    ("year", "Phương hướng, nhiệm vụ năm 2025 của Ban Dân vận Tỉnh ủy Hà Nam là gì?", "năm 2025", H19,
     "019: phương hướng năm 2024; kế hoạch năm 2025 (020) là của Thái Bình", (T20,)),
    ("year", "Ban Dân vận Tỉnh ủy Hà Nam kiến nghị gì với Ban Dân vận Trung ương trong báo cáo năm 2020?",
     "năm 2020", H19, "019: kiến nghị trong báo cáo tổng kết năm 2023", (F0, F4)),
    ("place", "Bài học kinh nghiệm công tác dân vận năm 2023 của tỉnh Ninh Bình là gì?", "Ninh Bình", H19,
     "019: bài học là của Hà Nam 2023; 021 chỉ nhắc cao tốc Cầu Giẽ – Ninh Bình", (K21,)),
    ("place", "Ban Dân vận Tỉnh ủy Hưng Yên kiến nghị gì với Ban Dân vận Trung ương năm 2023?", "Hưng Yên", H19,
     "019: kiến nghị với Ban Dân vận Trung ương là của Hà Nam; Khoái Châu (021, Hưng Yên) chỉ đề xuất với Ban Dân vận Tỉnh ủy",
     (F0, K21)),
    ("place", "tinh nam dinh nam 2023 co bao nhieu cuoc doi thoai giua nguoi dung dau cap uy voi nhan dan",
     "nam dinh", H19, "019: 412 cuộc là của Hà Nam 2023; Giao Thủy (018, Nam Định) có 27 cuộc trong 6 tháng đầu năm 2024",
     (G18,)),
    ("place", "Năm 2023 huyện Kim Bảng công nhận bao nhiêu mô hình Dân vận khéo cấp huyện?", "Kim Bảng", H19,
     "019: chỉ có số toàn tỉnh Hà Nam theo cấp (97 mô hình cấp huyện)", ()),
    ("place", "Phương hướng nhiệm vụ năm 2024 của Ban Dân vận Tỉnh ủy Bắc Ninh về giải phóng mặt bằng",
     "Bắc Ninh", H19, "019: phương hướng năm 2024 (Vành đai 5) là của Hà Nam", ()),
    ("place", "hai duong nam 2023 giai quyet duoc bao nhieu phan tram don thu khieu nai to cao", "hai duong", H19,
     "019: 93,7% là của Hà Nam 2023", ()),
    ("document", "Báo cáo số 241-BC/BDVTU của Ban Dân vận Tỉnh ủy Hà Nam nói về gì?", "241-BC/BDVTU", H19,
     "019: Báo cáo số 214-BC/BDVTU", ()),
    ("document", "Kết luận số 14-KL/TU của Tỉnh ủy Hà Nam về dân vận trong giải phóng mặt bằng ban hành ngày nào?",
     "14-KL/TU", H19, "019: Kết luận số 41-KL/TU ngày 16/3/2023", ()),
    ("document", "Hà Nam năm 2024 chuẩn bị tổng kết 10 năm Chỉ thị số 94-CT/TU về vấn đề gì", "94-CT/TU", H19,
     "019: Chỉ thị số 49-CT/TU về dân vận trong giải phóng mặt bằng", ()),
    ("person", "Trưởng ban Đinh Thị Lụa ký báo cáo tổng kết công tác dân vận năm 2023 của Hà Nam vào ngày nào?",
     "Đinh Thị Lụa", H19,
     "019: người ký là Phó Trưởng Ban Nguyễn Thị Minh Hằng; bà Đinh Thị Lụa có trong bài năm 2022 (001)", (F1,)),
    ("person", "Báo cáo dân vận năm 2023 của Hà Nam do Phó Trưởng Ban Trần Thị Minh Hằng ký có mấy phần?",
     "Trần Thị Minh Hằng", H19, "019: người ký là bà Nguyễn Thị Minh Hằng", ()),
    ("organisation", "Hội Nông dân tỉnh Hà Nam kiến nghị gì với Trung ương Hội năm 2023?", "Trung ương Hội", H19,
     "019: kiến nghị là của Ban Dân vận Tỉnh ủy, gửi Ban Dân vận Trung ương và UBND tỉnh", ()),
    ("date", "bao cao ngay 12/12/2022 cua ban dan van tinh uy ha nam neu bai hoc kinh nghiem gi", "12/12/2022", H19,
     "019: báo cáo ngày 12/12/2023", ()),
    ("quarter", "6 tháng đầu năm 2023 Hà Nam vận động bao nhiêu hộ bàn giao mặt bằng?", "6 tháng đầu năm 2023", H19,
     "019: 2.846 hộ trong cả năm 2023", ()),
    ("quarter", "quy iii nam 2023 ha nam giai quyet bao nhieu don thu khieu nai", "quy iii nam 2023", H19,
     "019: 1.027/1.096 đơn cả năm 2023; quý III năm 2023 là báo cáo của Khoái Châu (021)", (K21,)),

    # --- from 020 Thái Bình, Kế hoạch năm 2025 ---
    ("year", "Kế hoạch công tác dân vận năm 2026 của Ban Dân vận Tỉnh ủy Thái Bình có những nhiệm vụ trọng tâm gì?",
     "năm 2026", T20, "020: kế hoạch năm 2025", ()),
    ("year", "phuong huong nhiem vu dan van nam 2024 cua tinh thai binh", "nam 2024", T20,
     "020: chỉ có kế hoạch năm 2025; nhiệm vụ năm 2024 (019) là của Hà Nam", (G18, H19)),
    ("year", "Mục đích của kế hoạch dân vận năm 2023 của Tỉnh ủy Thái Bình là gì?", "năm 2023", T20,
     "020: mục đích của kế hoạch năm 2025", (F1, H19, K21)),
    ("place", "Nhiệm vụ trọng tâm năm 2025 về dân vận chính quyền của tỉnh Nam Định là gì?", "Nam Định", T20,
     "020: nhiệm vụ năm 2025 là của Thái Bình; Nam Định chỉ có báo cáo của huyện Giao Thủy 6 tháng đầu năm 2024 (018)",
     (G18,)),
    ("place", "kế hoạch dân vận năm 2025 của tỉnh hưng yên phấn đấu công nhận bao nhiêu mô hình dân vận khéo",
     "hưng yên", T20, "020: 260 mô hình (15 cấp tỉnh) là của Thái Bình", (F0, K21)),
    ("place", "Năm 2025 Ban Dân vận Tỉnh ủy Hà Nam kiểm tra công tác dân vận ở những huyện nào?", "Hà Nam", T20,
     "020: kiểm tra Kiến Xương, Thái Thụy là của Thái Bình; bài Hà Nam là năm 2022 (001) và 2023 (019)", (F1, H19)),
    ("place", "Năm 2025 tỉnh Thái Bình kiểm tra công tác dân vận ở huyện Vũ Thư vào tháng mấy?", "Vũ Thư", T20,
     "020: kiểm tra Huyện ủy Kiến Xương và Thái Thụy, tháng 9/2025", ()),
    ("place", "to chuc thuc hien ke hoach dan van nam 2025 cua tinh uy bac giang", "bac giang", T20,
     "020: phần tổ chức thực hiện là của kế hoạch Thái Bình", ()),
    ("document", "Kế hoạch số 25-KH/BDVTU của Ban Dân vận Tỉnh ủy Thái Bình về việc gì?", "25-KH/BDVTU", T20,
     "020: Kế hoạch số 52-KH/BDVTU", ()),
    ("document", "thai binh 2025 tuyen truyen tinh gon bo may theo nghi quyet so 19-nq/tw nhu the nao", "19-nq/tw",
     T20, "020: Nghị quyết số 18-NQ/TW", ()),
    ("person", "Trưởng Ban Dân vận Tỉnh ủy Thái Bình Lê Thị Hồng ký kế hoạch dân vận năm 2025 ngày nào?",
     "Lê Thị Hồng", T20, "020: người ký là bà Nguyễn Thị Ngọc Lan", ()),
    ("date", "Kế hoạch dân vận ban hành ngày 08/01/2024 của Thái Bình đặt chỉ tiêu gì?", "08/01/2024", T20,
     "020: kế hoạch ngày 08/01/2025", ()),
    ("date", "thai binh yeu cau ban dan van cac huyen nop bao cao gi truoc ngay 25/02/2025", "25/02/2025", T20,
     "020: hạn gửi kế hoạch là trước ngày 25/01/2025, sơ kết 6 tháng trước 10/6/2025, tổng kết năm trước 15/11/2025", ()),
    ("quarter", "Kết quả công tác dân vận quý I/2025 của tỉnh Thái Bình", "quý I/2025", T20,
     "020: chỉ có kế hoạch năm 2025, không có kết quả", ()),
    ("quarter", "6 thang dau nam 2025 thai binh cong nhan duoc bao nhieu mo hinh dan van kheo", "6 thang dau nam 2025",
     T20, "020: chỉ có chỉ tiêu cả năm 2025 (ít nhất 260 mô hình)", ()),
    ("organisation", "Hội Liên hiệp Phụ nữ tỉnh Thái Bình năm 2025 có những nhiệm vụ trọng tâm gì?",
     "Hội Liên hiệp Phụ nữ tỉnh", T20, "020: nhiệm vụ trọng tâm là của Ban Dân vận Tỉnh ủy", ()),
    ("organisation", "Ủy ban MTTQ tỉnh Thái Bình đặt chỉ tiêu bao nhiêu mô hình dân vận khéo năm 2025?",
     "Ủy ban MTTQ tỉnh", T20, "020: chỉ tiêu 260 mô hình là của kế hoạch Ban Dân vận Tỉnh ủy", ()),
    ("organisation", "Kế hoạch công tác dân vận năm 2025 của Thành ủy Thái Bình", "Thành ủy Thái Bình", T20,
     "020: kế hoạch của Ban Dân vận Tỉnh ủy Thái Bình", ()),

    # --- from 021 Khoái Châu, quý III/2023 ---
    ("quarter", "Tồn tại hạn chế công tác dân vận quý II năm 2023 huyện Khoái Châu", "quý II năm 2023", K21,
     "021: tồn tại, hạn chế quý III năm 2023", ()),
    ("quarter", "nhiem vu trong tam quy i nam 2024 cua ban dan van huyen uy khoai chau", "quy i nam 2024", K21,
     "021: nhiệm vụ trọng tâm quý IV năm 2023", ()),
    ("quarter", "Khoái Châu 6 tháng đầu năm 2023 tiếp bao nhiêu lượt công dân?", "6 tháng đầu năm 2023", K21,
     "021: 214 lượt trong quý III/2023", ()),
    ("year", "Khoái Châu quý III năm 2022 công nhận mấy mô hình Dân vận khéo?", "quý III năm 2022", K21,
     "021: 9 mô hình trong quý III năm 2023", ()),
    ("year", "khoai chau quy iii nam 2024 co bao nhieu mo hinh dan van kheo", "quy iii nam 2024", K21,
     "021: quý III năm 2023", ()),
    ("place", "Tồn tại, hạn chế trong công tác dân vận quý III năm 2023 của huyện Văn Giang là gì?", "Văn Giang", K21,
     "021: tồn tại, hạn chế là của Khoái Châu", ()),
    ("place", "huyen an thi quy 3 2023 doi thoai voi bao nhieu ho dan ve duong noi hai cao toc", "an thi", K21,
     "021: 152 hộ là của Khoái Châu (các xã Đông Kết, Tân Châu)", ()),
    ("place", "Bảng kết quả của Mặt trận và các đoàn thể quý III năm 2023 của thành phố Hưng Yên", "thành phố Hưng Yên",
     K21, "021: Bảng 1 là của huyện Khoái Châu; 000 (thành phố Hưng Yên) là 6 tháng đầu năm 2020", (F0,)),
    ("place", "Nhiệm vụ trọng tâm quý IV năm 2023 của Ban Dân vận Huyện ủy Kim Động", "Kim Động", K21,
     "021: nhiệm vụ quý IV năm 2023 là của Khoái Châu", ()),
    ("place", "ban dan van huyen uy van lam de xuat gi voi tinh trong bao cao quy 3 2023", "van lam", K21,
     "021: đề xuất là của Ban Dân vận Huyện ủy Khoái Châu", ()),
    ("document", "Báo cáo số 72-BC/BDVHU của Ban Dân vận Huyện ủy Khoái Châu nêu những tồn tại gì?", "72-BC/BDVHU", K21,
     "021: Báo cáo số 27-BC/BDVHU", ()),
    ("document", "ke hoach so 181-kh/hu cua huyen uy khoai chau ve ngay hoi dai doan ket ban hanh ngay nao", "181-kh/hu",
     K21, "021: Kế hoạch số 118-KH/HU ngày 04/8/2023", ()),
    ("person", "Trưởng Ban Dân vận Huyện ủy Khoái Châu Nguyễn Văn Thịnh đề xuất gì với tỉnh?", "Nguyễn Văn Thịnh", K21,
     "021: Trưởng Ban ký báo cáo là ông Đỗ Văn Thịnh", ()),
    ("organisation", "Hội Nông dân tỉnh Hưng Yên giải ngân bao nhiêu vốn vay ủy thác trong quý III/2023?",
     "Hội Nông dân tỉnh", K21, "021: 12,4 tỷ đồng là của Hội Nông dân huyện Khoái Châu", ()),
    ("organisation", "hoi cuu chien binh tinh hung yen hoa giai thanh bao nhieu vu quy iii/2023", "hoi cuu chien binh tinh",
     K21, "021: 17 vụ là của Hội Cựu chiến binh huyện Khoái Châu", ()),
    ("date", "Báo cáo dân vận ngày 22/9/2022 của Huyện ủy Khoái Châu nêu tồn tại gì?", "22/9/2022", K21,
     "021: báo cáo ngày 22/9/2023", ()),
    ("date", "Ngày 04/8/2024 Huyện ủy Khoái Châu ban hành kế hoạch gì về Ngày hội Đại đoàn kết?", "04/8/2024", K21,
     "021: Kế hoạch số 118-KH/HU ngày 04/8/2023", ()),

    # --- from the bundled articles ---
    ("year", "Phương hướng 6 tháng cuối năm 2021 của công tác dân vận thành phố Hưng Yên là gì?",
     "6 tháng cuối năm 2021", F0, "000: phương hướng 6 tháng cuối năm 2020", ()),
    ("place", "giao ban dan van 6 thang dau nam 2020 cua huyen uy khoai chau co ai du", "khoai chau", F0,
     "000: giao ban của Thành ủy (thành phố Hưng Yên); Khoái Châu (021) chỉ có báo cáo quý III/2023", (K21,)),
    ("quarter", "TP Hưng Yên giao ban công tác dân vận quý III năm 2020 vào ngày nào?", "quý III năm 2020", F0,
     "000: giao ban 6 tháng đầu năm 2020, chiều 2/7", ()),
    ("year", "ha nam nam 2020 cong nhan bao nhieu mo hinh dan van kheo", "nam 2020", F1,
     "001: 306 mô hình năm 2022; 019: 329 mô hình năm 2023", (F0, F4)),
    ("person", "Phó Chủ tịch UBND tỉnh Hà Nam Lê Anh Chức trao bằng khen cho mấy mô hình năm 2022?", "Lê Anh Chức", F1,
     "001: người trao là đồng chí Nguyễn Anh Chức", ()),
    ("quarter", "giao ban dan van quy iv nam 2019 co bao nhieu doan cong tac tham chuc tet", "quy iv nam 2019", F2,
     "002: 12 đoàn dịp Tết Kỷ Hợi, nêu ở giao ban quý I năm 2019", ()),
    ("organisation", "Cụm thi đua Dân vận các Huyện ủy Thành phố Hà Nội sơ kết 6 tháng đầu năm 2019 vào ngày nào?",
     "các Huyện ủy", F3,
     "003: Cụm thi đua Dân vận các Quận ủy, ngày 09/7/2019; 020 (Thái Bình) chỉ nhắc Ban Dân vận các huyện ủy", (T20,)),
    ("date", "Cụm thi đua dân vận các quận ủy Hà Nội sơ kết ngày 12/7/2019 có ai dự?", "12/7/2019", F3,
     "003: hội nghị ngày 09/7/2019", ()),
    ("date", "Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận ngày 28/4/2021 nêu những hạn chế gì?", "28/4/2021", F4,
     "004: buổi làm việc ngày 28/4/2020", ()),
    ("place", "Những tồn tại, hạn chế trong công tác dân vận của Hải Phòng năm 2019 là gì?", "Hải Phòng", F4,
     "004: tồn tại, hạn chế là của Hà Nội; 021 chỉ nhắc cao tốc Hà Nội – Hải Phòng", (K21,)),
    ("person", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hà nêu hạn chế gì năm 2020?",
     "Phạm Hải Hà", F4, "004: người báo cáo là bà Phạm Hải Hoa", ()),
]

# ---------------------------------------------------------------------------
# off topic: phrased like report questions, none answered by the nine files
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Hạn chế của chính sách tiền tệ năm 2023 là gì?",
    "phuong huong phat trien du lich da nang nam 2025",
    "Nguyên nhân lạm phát tăng cao năm 2022 ở Mỹ",
    "Bài học kinh nghiệm từ đại dịch COVID-19 đối với ngành y tế là gì?",
    "Kế hoạch tuyển sinh lớp 10 năm 2025 của tỉnh Thái Bình có mấy đợt?",
    "Báo cáo tài chính quý III/2023 của Vinamilk lãi bao nhiêu?",
    "nhiem vu trong tam cua nganh giao duc nam hoc 2024 2025",
    "Cử tri kiến nghị gì về giá điện tại kỳ họp Quốc hội tháng 10/2024?",
    "Kết quả xuất khẩu gạo 6 tháng đầu năm 2024 đạt bao nhiêu tấn?",
    "tồn tại hạn chế trong quản lý thị trường bất động sản",
    "Mẫu báo cáo tổng kết công tác Đoàn thanh niên năm học 2023 - 2024",
    "Bảng lương giáo viên mầm non từ 1/7/2024",
    "Phương hướng nhiệm vụ của Công đoàn cơ sở trường học năm 2025",
    "nam dinh co bao nhieu huyen va thanh pho",
    "Chuối tiêu hồng Khoái Châu bao nhiêu tiền một nải?",
    "vuon quoc gia xuan thuy mua nao co nhieu chim di cu",
    "Kết quả thi tốt nghiệp THPT năm 2024 của Hà Nam đứng thứ mấy cả nước?",
    "Cách ghi số và ký hiệu văn bản của Đảng theo Hướng dẫn 36-HD/VPTW",
    "Thể thức trình bày báo cáo của Đảng có bắt buộc dòng ĐẢNG CỘNG SẢN VIỆT NAM không?",
    "phuong huong phat trien kinh te bien cua tinh nam dinh den nam 2030",
    "hạn chế của Luật Đất đai 2024 là gì",
    "Kiến nghị của doanh nghiệp về thủ tục hoàn thuế VAT năm 2023",
    "Nhiệm vụ trọng tâm của Ngân hàng Nhà nước năm 2024 là gì?",
    "Kết quả công tác phòng cháy chữa cháy quý III/2023 ở Hưng Yên",
    "bai hoc kinh nghiem tu tran lu lich su thang 9 nam 2024 o yen bai",
    "Đề xuất tăng lương hưu năm 2025 bao nhiêu phần trăm?",
    "Dấu sao (*) dưới tên cơ quan trong văn bản của Đảng có ý nghĩa gì?",
    "lich nghi tet am lich 2025 cua can bo cong chuc",
    "Giá vé tham quan chùa Keo Thái Bình là bao nhiêu?",
    "Tổng kết mùa giải V-League 2023 đội nào vô địch?",
    "Phương hướng, nhiệm vụ của Hội Khuyến học xã năm 2024 gồm những gì?",
    "hạn chế của trí tuệ nhân tạo trong giáo dục",
    "Nhiệm vụ trọng tâm quý IV năm 2023 của ngành thuế",
    "Tăng trưởng GRDP 9 tháng năm 2023 của Hưng Yên là bao nhiêu phần trăm?",
    "nuoi ngao o giao thuy thu hoach vao mua nao",
    "Nguyên nhân ùn tắc giao thông ở Hà Nội giờ cao điểm",
]

MINS = {"answerable17": 110, "near_misses17": 70, "off_topic17": 30}
KIND_MIN = 8                    # answerable questions of every answer kind
NEW_SHARE = (0.70, 0.80)        # share of answerable questions on the four new reports
MIN_SECTION = 35                # section questions (on the new reports)
MIN_SECTION_NEAR = 15           # near misses that ask about a section
MIN_HEADER_ASKS = 3             # questions each on a signature, a date line, a title line
SWAPS = {"place": 12, "year": 10, "quarter": 8, "date": 6, "document": 6, "person": 5, "organisation": 6}
UNMARKED = {"answerable17": 0.22, "near_misses17": 0.22, "off_topic17": 0.20}
WORDS = (700, 1100)             # words (whitespace-separated) of a new report

ROMAN = re.compile(r"^(?P<num>[IVX]+)\. \S")
ARABIC = re.compile(r"^\d+\. \S")
NUMBER_LINE = re.compile(r"^Số \d+-(BC|KH)/[A-ZĐ]+$")
DATE_LINE = re.compile(r"^[^,]+, ngày \d{1,2} tháng \d{1,2} năm \d{4}$")
SECTION_WORDS = ("hạn chế", "tồn tại", "nguyên nhân", "bài học", "phương hướng", "nhiệm vụ", "kiến nghị",
                 "đề xuất", "mục đích", "yêu cầu", "tổ chức thực hiện")
GENERIC_PHRASES = {"cong tac", "dan van", "tac dan"}
STOP_SYLLABLES = {"nam", "thang", "quy", "cuoi", "dau", "cua", "va", "cac", "voi", "o", "trong", "doi"}
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII"]


def is_heading(line):
    """A numbered heading: a roman or arabic number, short, no final full stop."""
    return bool((ROMAN.match(line) or ARABIC.match(line)) and not line.endswith(".") and len(line.split()) <= 20)


def layout(text):
    """The parts of a formal report: header, title, body lines with their section path,
    tables, signature.  Returns (errors, info)."""
    errs = []
    lines = text.split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 12:
        return ["too short"], {}
    if not (lines[0].isupper() and lines[1].isupper() and lines[1].startswith("BAN ")):
        errs.append("issuing body is not two lines in capitals")
    if lines[2] != "*":
        errs.append("no '*' line")
    m = NUMBER_LINE.match(lines[3])
    if not m:
        errs.append(f"number line {lines[3]!r}")
    if lines[4] != "ĐẢNG CỘNG SẢN VIỆT NAM":
        errs.append("no motto line")
    if not DATE_LINE.match(lines[5]):
        errs.append(f"place-date line {lines[5]!r}")
    if lines[6] != "":
        errs.append("no blank line before the document type")
    kind = {"BC": "BÁO CÁO", "KH": "KẾ HOẠCH"}.get(m.group(1) if m else "")
    if lines[7] != kind:
        errs.append(f"document type {lines[7]!r} does not match the number {lines[3]!r}")
    sep = lines.index("-----") if "-----" in lines else None
    if sep is None or not 8 < sep <= 11:
        errs.append("no '-----' line after a one- or two-line title")
        sep = 9
    title = list(range(8, sep))
    try:
        sig = lines.index("T/M BAN DÂN VẬN")
    except ValueError:
        return errs + ["no 'T/M BAN DÂN VẬN' line"], {}
    if sig + 2 >= len(lines) or lines[sig + 1] not in ("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"):
        errs.append("signature block is not T/M BAN DÂN VẬN / (PHÓ) TRƯỞNG BAN / name")
    name = sig + 2
    if not (2 <= len(lines[name].split()) <= 5 and lines[name].istitle()):
        errs.append(f"signer's name line {lines[name]!r}")
    body_end = min([i for i in (sig, lines.index("Nơi nhận:") if "Nơi nhận:" in lines else None) if i is not None])
    while lines[body_end - 1] == "":
        body_end -= 1
    for i in range(body_end, len(lines)):
        ln = lines[i]
        if ln and i not in (sig, sig + 1, name) and ln != "Nơi nhận:" and not ln.startswith("- "):
            errs.append(f"stray line after the body: {ln!r}")

    path, roman, sub, romans_seen, tables = {}, None, None, [], []
    i = sep + 1
    while i < body_end:
        ln = lines[i]
        if not ln:
            errs.append(f"blank line inside the body (line {i + 1})")
        elif is_heading(ln):
            if ROMAN.match(ln):
                roman, sub = ln, None
                romans_seen.append(ROMAN.match(ln).group("num"))
                if ln != ln.upper():
                    errs.append(f"roman heading not in capitals: {ln!r}")
            else:
                if roman is None:
                    errs.append(f"numbered heading before section I: {ln!r}")
                sub = ln
        elif ln.startswith(("Bảng 1.", "Biểu 1:")):
            rows = []
            j = i + 1
            while j < body_end and "\t" in lines[j]:
                rows.append(lines[j].split("\t"))
                j += 1
            if not 4 <= len(rows) <= 7 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
                errs.append(f"table under {ln!r}: {len(rows)} rows of widths {sorted({len(r) for r in rows})}")
            tables.append(ln)
            for k in range(i, j):
                path[k] = (roman, sub)
            i = j
            continue
        elif "\t" in ln:
            errs.append(f"tab outside a table (line {i + 1})")
        else:
            if not ln.endswith(".") or len(ln.split()) < 12:
                errs.append(f"body paragraph without a final full stop or too short (line {i + 1})")
            if i > sep + 1 and roman is None:
                errs.append(f"paragraph before section I (line {i + 1})")
        path[i] = (roman, sub)
        i += 1
    if romans_seen != ROMANS[:len(romans_seen)] or len(romans_seen) < 3:
        errs.append(f"roman sections {romans_seen}")
    return errs, {"title": title, "date": 5, "number": 3, "signature": name, "path": path, "tables": tables,
                  "lines": lines}


def phrases(text):
    """Two-syllable phrases of a text, without marks, function syllables and digits left out."""
    words = re.findall(r"\w+", strip_marks(text).lower())
    out = set()
    for a, b in zip(words, words[1:]):
        if a.isalpha() and b.isalpha() and a not in STOP_SYLLABLES and b not in STOP_SYLLABLES:
            out.add(f"{a} {b}")
    return out - GENERIC_PHRASES


def check_corpus(arts, errors):
    """The nine files; the bundled five byte-identical; the layout of the four new ones."""
    infos = {}
    if sorted(arts) != sorted(BUNDLED + NEW):
        errors.append(f"corpus17 holds {sorted(arts)}")
        return infos
    for name in BUNDLED:
        with open(os.path.join(HERE, "..", "corpus", name), "rb") as a, open(os.path.join(CORPUS17, name), "rb") as b:
            if a.read() != b.read():
                errors.append(f"corpus17/{name} differs from corpus/{name}")
    for name in NEW:
        text = arts[name]
        if unicodedata.normalize("NFC", text) != text:
            errors.append(f"{name}: not NFC")
        if "\r" in text or not text.endswith("\n"):
            errors.append(f"{name}: CR or no final newline")
        n = len(text.split())
        if not WORDS[0] <= n <= WORDS[1]:
            errors.append(f"{name}: {n} words (not {WORDS[0]}–{WORDS[1]})")
        errs, info = layout(text)
        errors.extend(f"{name}: {e}" for e in errs)
        infos[name] = info
    if not any(info.get("tables") for info in infos.values()):
        errors.append("no new report has a table")
    return infos


def section_of(info, fname, snips):
    """(line number, (roman heading, numbered heading)) of the gold line of a new report."""
    for i, ln in enumerate(info["lines"]):
        if all(s in ln for s in snips):
            return i, info["path"].get(i, (None, None))
    return None, (None, None)


def asks_section(q):
    ql, qs = q.lower(), strip_marks(q).lower()
    return any(w in ql or strip_marks(w) in qs for w in SECTION_WORDS)


def main():
    arts = load_corpus(CORPUS17)
    errors = []
    infos = check_corpus(arts, errors)
    fail_on(errors)

    gold_ok = gold_checker(arts, errors)
    answerable = answerable_rows([row[:5] for row in ANSWERABLE], ROUND, ANSWER_KINDS, gold_ok, errors)
    header_asks = collections.Counter()
    for record, (kind, fname, q, snips, _, heading) in zip(answerable, ANSWERABLE):
        record["section"] = None
        if fname not in NEW:
            if heading is not None:
                errors.append(f"{record['id']}: a section question on a bundled article")
            continue
        info = infos[fname]
        line_no, (roman, sub) = section_of(info, fname, snips)
        if line_no is None:
            continue  # reported by gold_ok
        for part in ("title", "date", "signature"):
            target = info[part] if part != "title" else None
            if (part == "title" and line_no in info["title"]) or line_no == target:
                header_asks[part] += 1
        if heading is None:
            continue
        if heading not in (roman, sub):
            errors.append(f"{record['id']}: gold line {line_no + 1} of {fname} is under {roman!r} > {sub!r}, "
                          f"not {heading!r}")
            continue
        if not phrases(heading) & phrases(q):
            errors.append(f"{record['id']}: question does not use the words of its heading {heading!r}")
        record["section"] = roman if sub is None else f"{roman} > {sub}"

    near = near_miss_rows_with_cross(NEAR_MISSES, ROUND, SWAPS, arts, errors)
    off = off_topic_rows(OFF_TOPIC, ROUND)
    sets = {f"answerable{ROUND}": answerable, f"near_misses{ROUND}": near, f"off_topic{ROUND}": off}
    check_repeats(sets, ROUND, errors, suffix="_tune.jsonl")

    check_minimums(sets, MINS, answerable, KIND_MIN, errors)
    fc = collections.Counter(r["file"] for r in answerable)
    if set(fc) != set(arts):
        errors.append(f"answerable: files unused: {sorted(set(arts) - set(fc))}")
    share = sum(fc[n] for n in NEW) / len(answerable)
    if not NEW_SHARE[0] <= share <= NEW_SHARE[1]:
        errors.append(f"answerable: {share:.0%} on the new reports (not {NEW_SHARE[0]:.0%}–{NEW_SHARE[1]:.0%})")
    n_section = sum(1 for r in answerable if r["section"])
    if n_section < MIN_SECTION:
        errors.append(f"answerable: only {n_section} section questions (< {MIN_SECTION})")
    for part in ("title", "date", "signature"):
        if header_asks[part] < MIN_HEADER_ASKS:
            errors.append(f"answerable: only {header_asks[part]} questions on a {part} line")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in SWAPS.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    n_section_near = sum(1 for r in near if asks_section(r["question"]))
    if n_section_near < MIN_SECTION_NEAR:
        errors.append(f"near misses: only {n_section_near} ask about a section (< {MIN_SECTION_NEAR})")
    shares = unmarked_shares(sets, UNMARKED, errors)
    fail_on(errors)

    split_and_write(sets, ROUND)

    def count(values):
        return dict(sorted(collections.Counter(values).items()))

    print("answerable kinds (tune/test):", halves(f"answerable{ROUND}", lambda r: r["kind"]))
    print("answerable files (tune/test):", halves(f"answerable{ROUND}", lambda r: r["file"][:3]))
    print("answerable section questions (tune/test):",
          halves(f"answerable{ROUND}", lambda r: "section" if r["section"] else "other"))
    print(f"answerable on the new reports: {sum(fc[n] for n in NEW)}/{len(answerable)} ({share:.0%}); "
          f"questions on a title / date / signature line: {dict(header_asks)}")
    print("near miss swapped (tune/test):", halves(f"near_misses{ROUND}", lambda r: r["swapped"]))
    print("near miss source files:", count(s[3][:3] for s in NEAR_MISSES))
    print("near misses with a cross-document value:", sum(1 for s in NEAR_MISSES if s[5]),
          "| asking about a section:", n_section_near)
    print("without diacritics:", shares)
    print("new reports (words):", {n[:3]: len(arts[n].split()) for n in NEW})
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
