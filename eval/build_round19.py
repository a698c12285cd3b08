#!/usr/bin/env python3
"""Round 19 evaluation sets for the danvan bot: new documents from the Centre and the
South, and users who speak Southern Vietnamese.

The corpus of this round is ``eval/corpus19/``: byte-identical copies of the five
bundled articles of ``corpus/`` plus four documents invented for this round (names,
figures, dates and document numbers made up but realistic), each 500–1000 words, UTF-8
NFC, in the three formats the README's "Adding documents" describes:

    022_soctrang_2023.txt           a scraped news page (title line, "Ngày đăng: … | Lượt xem: …"
                                    line, paragraphs, two photo captions, byline, "Nguồn: …"):
                                    Ban Dân vận Tỉnh ủy Sóc Trăng, tổng kết dân vận và “Dân vận khéo”
                                    năm 2023 (20/12/2023), nhiệm vụ năm 2024
    023_quangngai_6t_2024.md        Markdown with YAML front matter (title, date, source) and ``##``
                                    sections: Ban Dân vận Tỉnh ủy Quảng Ngãi, sơ kết 6 tháng đầu năm
                                    2024 (chiều 11/7/2024), speakers named with their offices
    024_thapmuoi_q1_2024.txt        a district's quarter report that names only the district and
    + .txt.meta.yaml                "tỉnh" (the province, Đồng Tháp, is only in the sidecar's
                                    ``place:``): Ban Dân vận Huyện ủy Tháp Mười, giao ban quý I/2024
                                    (04/4/2024), nhiệm vụ quý II/2024
    025_cum5_taynambo_6t_2024.txt   a regional page naming SIX units, each with its own paragraph and
                                    figures: Cụm thi đua số 5 (Ban Dân vận Thành ủy Cần Thơ, Tỉnh ủy
                                    Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau, Kiên Giang), sơ kết 6
                                    tháng đầu năm 2024 (18/7/2024, Vị Thanh)

They overlap each other and the bundled articles in kinds of figures (models of “Dân
vận khéo”, dialogues, Quỹ “Vì người nghèo”, nhà Đại đoàn kết, awards, documents issued),
years (2019–2024), periods (quý I in 002 and 024, 6 tháng đầu năm in 000, 003, 023, 025;
a whole year in 001 and 022) and bodies (Ban Dân vận Tỉnh ủy / Thành ủy / Huyện ủy, a
Cụm thi đua in 003 and 025), and Sóc Trăng is in 022 (2023) and 025 (6 tháng đầu năm
2024), so that the place, year or period asked decides which line answers.

Written by a helper as an outside tester who read only eval/README.md, rounds.py,
build_round13.py and build_round17.py (templates: rounds with their own corpus),
build_round18.py, the five bundled articles, the README section "Adding documents"
and the earlier *_tune.jsonl files (only to avoid repeating them: the script checks
exact repeats); no retrieval, bot or test code, no *_test.jsonl file, no data file
under retrieval/, and the bot was not run on these questions.  Every question was
written by hand (no templates filling slots).

Sets (ids a19_, n19_, o19_, s19_, t19_):
- answerable19: about two thirds on the four new documents, one third on the bundled
  five; all nine answer kinds; about a third in Southern speech ("dạ cho con hỏi …",
  "được nhiêu mô hình vậy", "hông biết …", "ổng / bả là ai", "bển", "hổm rày", "coi",
  "kêu", "nhen", "hen", "nè", "chừng nào", "cất nhà"), some lower case without marks.
- near_misses19: a real fact with ONE constraint swapped (province or district, year,
  quarter or half, date, document number, person, body, office) for a value no file of
  corpus19 holds (its text, front matter or sidecar), the value first, in the middle or
  last; and "detail unsaid" ones (``swapped: "detail"``, no value): the event is
  reported but the asked detail is given nowhere.  Each carries ``expect``.
- off_topic19: half phrased like report questions naming the corpus's own provinces,
  districts and bodies on other subjects, half a Southern user's everyday questions.
- smalltalk19: Southern chat lines (``intent``), ids t19_.
- slips19: new answerable questions (``based_on`` null) with one or two slips of
  Southern spelling and phone typing (v/d/gi, a final n/ng or t/c confused or dropped,
  hỏi/ngã swapped, a tone missing); ``correct`` holds the intended question.

Checks (the script stops on any failure):
- corpus19 holds exactly the nine documents and the one sidecar; the bundled five are
  byte-identical to ``corpus/``; each new document is UTF-8 NFC, 500–1000 words (a .md
  without its front matter), ends with a newline, and has its format: 022 a title, a
  date line with a view counter, a "Nguồn: …" line and a photo caption; 023 front matter
  that is YAML with title, date and source, and ``##`` sections; 024 a sidecar with
  title, date, source and ``place``, whose place the text never names; 025 at least four
  of its units each named in a line of its own with a figure;
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE body line of the named file (not the front matter, not the sidecar)
  (``rounds.gold_checker``);
- a near miss's swapped value is in its question and absent (whole words, with or
  without marks) from every file of corpus19, front matter and sidecar included
  (``rounds.near_miss_rows_with_cross`` with no cross); no place swap on article 002;
  "detail" near misses carry no value; every near miss carries ``expect``;
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits (``rounds.answerable_rows``, ``rounds.slip_rows`` strict);
- no question repeats (exact, lower-cased) another of this round or one of any earlier
  ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts and shares below: every answer kind, every file used by the
  answerable questions and by the slips, the share on the new documents, all twelve
  small-talk intents, each swap kind, the swapped value's position, the shares typed
  without diacritics and in Southern speech (``SOUTHERN``: words only a Southern user
  types), the hard off-topic half (each naming a place or body the corpus holds);
- the theme: each kind of figure (models, dialogues, the fund, houses) is asked of at
  least three files; Sóc Trăng is asked both of 022 (2023) and of 025 (6 tháng đầu năm
  2024); every unit of 025 a question names is named in its gold line, and at least
  five units are asked; at least two answerable questions on 024 name only the
  sidecar's province.
Then each set is shuffled ONCE with a fresh ``random.Random(19)`` (``rounds.split_and_write``):
the first half (rounded down) goes to ``<set>19_tune.jsonl``, the rest to
``<set>19_test.jsonl``, each half in id order.  Running the script again rewrites the
ten files byte for byte.
"""

import collections
import json
import os
import re
import sys
import unicodedata

import yaml

from rounds import (F0, F1, F2, F3, F4, ANSWER_KINDS, INTENTS, HERE, answerable_rows, check_repeats, fail_on,
                    found, gold_checker, near_miss_rows_with_cross, off_topic_rows, slip_rows, smalltalk_rows,
                    split_and_write, strip_marks, unmarked_shares, halves, check_minimums)

ROUND = 19
CORPUS19 = os.path.join(HERE, "corpus19")

S22 = "022_soctrang_2023.txt"          # Ban Dân vận Tỉnh ủy Sóc Trăng, tổng kết năm 2023 (news page)
Q23 = "023_quangngai_6t_2024.md"       # Ban Dân vận Tỉnh ủy Quảng Ngãi, sơ kết 6 tháng đầu năm 2024 (.md)
T24 = "024_thapmuoi_q1_2024.txt"       # Ban Dân vận Huyện ủy Tháp Mười, quý I/2024 (province in the sidecar)
C25 = "025_cum5_taynambo_6t_2024.txt"  # Cụm thi đua số 5 Tây Nam Bộ, sơ kết 6 tháng đầu năm 2024
SIDECAR = T24 + ".meta.yaml"
NEW = (S22, Q23, T24, C25)
BUNDLED = (F0, F1, F2, F3, F4)
CLUSTER = ("Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Kiên Giang")


# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 022 Sóc Trăng, tổng kết dân vận năm 2023 (news page) ---
    ("ai", S22, "Ai chủ trì hội nghị tổng kết công tác dân vận năm 2023 của tỉnh Sóc Trăng?",
     ["Lý Thị Thanh Tuyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì"],
     "Đồng chí Lý Thị Thanh Tuyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Sóc Trăng"),
    ("ai", S22, "ổng Sơn Ngọc Thạch bên Sóc Trăng làm chức gì vậy?",
     ["Sơn Ngọc Thạch, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"],
     "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Sóc Trăng (trình bày báo cáo tổng kết 2023)"),
    ("ai", S22, "ai phát biểu chỉ đạo hội nghị tổng kết dân vận sóc trăng năm 2023 vậy nè",
     ["Phát biểu chỉ đạo, đồng chí Huỳnh Văn Thạnh ghi nhận"],
     "Đồng chí Huỳnh Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("khi_nao", S22, "Sóc Trăng tổng kết công tác dân vận năm 2023 vào ngày nào?",
     ["Sáng ngày 20/12, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị"],
     "Sáng ngày 20/12/2023"),
    ("khi_nao", S22, "Kế hoạch số 142-KH/TU của Tỉnh ủy Sóc Trăng ban hành ngày nào",
     ["Kế hoạch số 142-KH/TU ngày 06/3/2023"], "Ngày 06/3/2023"),
    ("khi_nao", S22, "tin tổng kết dân vận sóc trăng 2023 đăng lên trang ngày mấy hen",
     ["Ngày đăng: 21/12/2023"], "Ngày 21/12/2023 (15:20)"),
    ("bao_nhieu", S22, "dạ cho con hỏi năm 2023 tỉnh Sóc Trăng công nhận được nhiêu mô hình dân vận khéo vậy?",
     ["toàn tỉnh đã công nhận 1.032 mô hình “Dân vận khéo”"],
     "1.032 mô hình (cấp tỉnh 38, cấp huyện 214, cấp xã 780)"),
    ("bao_nhieu", S22, "Sóc Trăng năm 2023 có bao nhiêu mô hình Dân vận khéo cấp xã?",
     ["cấp xã 780 mô hình"], "780 mô hình cấp xã"),
    ("bao_nhieu", S22, "nam 2023 ben soc trang doi thoai voi dan may cuoc vay hen",
     ["tổ chức 412 cuộc đối thoại trực tiếp với Nhân dân"],
     "412 cuộc đối thoại, 18.650 lượt người tham dự"),
    ("bao_nhieu", S22, "Quỹ Vì người nghèo ở Sóc Trăng năm 2023 kêu gọi được bao nhiêu tiền vậy?",
     ["Quỹ “Vì người nghèo” được 118,6 tỷ đồng"], "118,6 tỷ đồng"),
    ("no_diacritics", S22, "soc trang nam 2023 cat duoc bao nhieu can nha dai doan ket",
     ["tổng cộng 1.245 căn"], "1.245 căn (xây mới 976, sửa chữa 269)"),
    ("no_diacritics", S22, "ty le ho so thu tuc hanh chinh dung han o soc trang nam 2023",
     ["đúng và trước hạn đạt 98,2%"], "98,2% đúng và trước hạn"),
    ("o_dau", S22, "Mô hình “Phum sóc bình yên” là của đơn vị nào ở Sóc Trăng?",
     ["“Phum sóc bình yên” của Công an huyện Trần Đề"], "Công an huyện Trần Đề"),
    ("o_dau", S22, "năm 2024 sóc trăng tính chống sạt lở ở chỗ nào vậy",
     ["phòng, chống sạt lở ở thị xã Vĩnh Châu và huyện Cù Lao Dung"],
     "Thị xã Vĩnh Châu và huyện Cù Lao Dung"),
    ("la_gi", S22, "Đồng chí Huỳnh Văn Thạnh chỉ ra những hạn chế gì trong công tác dân vận Sóc Trăng năm 2023?",
     ["việc đối thoại ở vài địa phương còn nặng hình thức"],
     "Nắm tình hình ở một số nơi chưa kịp thời; một số mô hình chậm nhân rộng; đối thoại ở vài địa phương "
     "còn nặng hình thức"),
    ("la_gi", S22, "ke hoach 142-kh/tu cua ban thuong vu tinh uy soc trang noi ve cai gi vay",
     ["tăng cường công tác dân vận trong vùng đồng bào dân tộc Khmer"],
     "Tăng cường công tác dân vận trong vùng đồng bào dân tộc Khmer"),
    ("nhu_the_nao", S22, "Mục tiêu năm 2024 của Ban Dân vận Tỉnh ủy Sóc Trăng đặt ra như thế nào?",
     ["đặt mục tiêu công nhận ít nhất 1.100 mô hình “Dân vận khéo”"],
     "Ít nhất 1.100 mô hình, 1.000 căn nhà Đại đoàn kết, Ngày hội Đại đoàn kết ở 100% khóm, ấp"),
    ("paraphrase", S22, "mấy sư sãi chùa Khmer ở Sóc Trăng có được tập huấn dân vận hông?",
     ["tập huấn kỹ năng dân vận cho 140 người có uy tín"],
     "Có: 2 lớp tập huấn kỹ năng dân vận cho 140 người có uy tín và sư cả các chùa Khmer"),
    ("paraphrase", S22, "Năm 2023 bà con Sóc Trăng nhường bao nhiêu đất để làm đường quê?",
     ["Nhân dân đã hiến 38.400 m² đất"], "38.400 m² đất (hơn 21.000 ngày công, 64 cây cầu bê tông)"),
    ("keywords", S22, "sóc trăng chùa khmer tết",
     ["chúc mừng 92 chùa Phật giáo Nam tông Khmer"],
     "Thăm, chúc mừng 92 chùa Khmer; 8.300 phần quà, 4,15 tỷ đồng"),
    ("keywords", S22, "sóc trăng bằng khen 2023",
     ["12 tập thể và 9 cá nhân"], "12 tập thể và 9 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen"),

    # --- 023 Quảng Ngãi, sơ kết dân vận 6 tháng đầu năm 2024 (.md) ---
    ("ai", Q23, "Ai chủ trì hội nghị sơ kết dân vận 6 tháng đầu năm 2024 của Quảng Ngãi?",
     ["Võ Thị Kim Liên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì"],
     "Đồng chí Võ Thị Kim Liên, Trưởng Ban Dân vận Tỉnh ủy Quảng Ngãi"),
    ("ai", Q23, "bả Phạm Thị Hồng Thắm là ai vậy?",
     ["Phạm Thị Hồng Thắm, Phó Trưởng Ban Dân vận Tỉnh ủy"],
     "Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Ngãi, người báo cáo tại hội nghị sơ kết"),
    ("ai", Q23, "Ai trình bày tham luận về dân vận ở các xã ven biển tại hội nghị của Quảng Ngãi?",
     ["Nguyễn Văn Bảy, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
     "Thượng tá Nguyễn Văn Bảy, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("ai", Q23, "chu tich hoi lien hiep phu nu tinh quang ngai la ai",
     ["Bà Huỳnh Thị Mỹ Lệ, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"], "Bà Huỳnh Thị Mỹ Lệ"),
    ("khi_nao", Q23, "Quảng Ngãi sơ kết dân vận 6 tháng đầu năm 2024 hôm nào?",
     ["Chiều 11/7, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết"], "Chiều 11/7/2024"),
    ("khi_nao", Q23, "Chỉ thị 27-CT/TU của Tỉnh ủy Quảng Ngãi ban hành ngày nào",
     ["Chỉ thị số 27-CT/TU ngày 15/3/2023"], "Ngày 15/3/2023"),
    ("bao_nhieu", Q23, "hông biết Quảng Ngãi nửa đầu năm 2024 được nhiêu mô hình dân vận khéo vậy?",
     ["327 mô hình được công nhận"], "327 mô hình (14 cấp tỉnh, 96 cấp huyện, 217 cấp xã)"),
    ("bao_nhieu", Q23, "Bao nhiêu hộ dân Quảng Ngãi bàn giao mặt bằng cao tốc Quảng Ngãi – Hoài Nhơn?",
     ["vận động 1.846 hộ dân bàn giao mặt bằng, đạt 99,6% diện tích"], "1.846 hộ, đạt 99,6% diện tích"),
    ("bao_nhieu", Q23, "quang ngai 6 thang dau 2024 doi thoai bao nhieu cuoc",
     ["tổ chức 186 cuộc đối thoại trực tiếp với Nhân dân"], "186 cuộc, tiếp nhận 642 ý kiến"),
    ("bao_nhieu", Q23, "Quỹ Vì người nghèo ở Quảng Ngãi 6 tháng đầu năm 2024 kêu gọi được bao nhiêu tiền nhen?",
     ["Quỹ “Vì người nghèo” được 24,7 tỷ đồng"], "24,7 tỷ đồng; 352 nhà Đại đoàn kết"),
    ("o_dau", Q23, "Chủ tịch UBND tỉnh Quảng Ngãi đối thoại với 64 hộ dân ở xã nào?",
     ["64 hộ dân xã Bình Thạnh, huyện Bình Sơn"], "Xã Bình Thạnh, huyện Bình Sơn"),
    ("o_dau", Q23, "Mô hình Nhà an toàn cho đồng bào Ca Dong ở huyện nào?",
     ["“Nhà an toàn cho đồng bào Ca Dong” ở huyện Sơn Tây"], "Huyện Sơn Tây (Quảng Ngãi)"),
    ("no_diacritics", Q23, "dong bao ca dong o son tay doi ve khu tai dinh cu nao vay",
     ["126 hộ chuyển về khu tái định cư Tà Dô"], "Khu tái định cư Tà Dô (126 hộ)"),
    ("no_diacritics", Q23, "hoi lien hiep phu nu quang ngai giup bao nhieu hoi vien vay von vay ne",
     ["giúp 415 hội viên vay vốn phát triển sinh kế"], "415 hội viên"),
    ("nhu_the_nao", Q23, "Phó Bí thư Thường trực Tỉnh ủy Quảng Ngãi đề nghị làm gì trong 6 tháng cuối năm 2024?",
     ["đồng thuận với chủ trương sắp xếp đơn vị hành chính cấp xã"],
     "Vận động đồng thuận sắp xếp đơn vị hành chính cấp xã; phòng, chống thiên tai; hoàn thành GPMB đường "
     "ven biển Dung Quất – Sa Huỳnh giai đoạn II; Ngày hội Đại đoàn kết"),
    ("nhu_the_nao", Q23, "đồng chí Đinh Văn Lợi ở Sơn Tây vận động đồng bào Ca Dong ra sao, kể nghe coi",
     ["đồng bào Ca Dong di dời khỏi vùng có nguy cơ sạt lở núi"],
     "Vận động đồng bào Ca Dong di dời khỏi vùng nguy cơ sạt lở núi; 126 hộ đã về khu tái định cư Tà Dô"),
    ("la_gi", Q23, "Hạn chế trong công tác dân vận 6 tháng đầu năm 2024 ở Quảng Ngãi là gì?",
     ["có nơi để xảy ra khiếu kiện đông người"],
     "Nắm tình hình ở một số địa phương còn chậm, có nơi để xảy ra khiếu kiện đông người; một số mô hình "
     "chưa bền vững"),
    ("la_gi", Q23, "Mô hình dân vận khéo của đồng bào Cor ở Trà Bồng tên là gì",
     ["vận động đồng bào Cor bỏ hủ tục"], "“Già làng, người có uy tín vận động đồng bào Cor bỏ hủ tục”"),
    ("paraphrase", Q23, "Nửa đầu 2024 ngư dân Quảng Ngãi có ai chạy tàu qua biển nước ngoài đánh bắt không?",
     ["không có tàu cá của tỉnh vi phạm vùng biển nước ngoài"], "Không có tàu cá nào vi phạm"),
    ("paraphrase", Q23, "o tinh khe ba con cho dat lam duong ven bien nhieu met vuong vay ne",
     ["hiến 2.650 m² đất để mở rộng tuyến đường ven biển Mỹ Khê"], "2.650 m²"),
    ("keywords", Q23, "giấy khen quảng ngãi 2024",
     ["tặng Giấy khen cho 18 tập thể và 22 cá nhân"], "18 tập thể và 22 cá nhân"),
    ("keywords", Q23, "quảng ngãi chuyển đổi đất lúa",
     ["1.200 hộ chuyển đổi hơn 300 ha đất lúa kém hiệu quả"], "Hội Nông dân tỉnh vận động 1.200 hộ, hơn 300 ha"),

    # --- 024 Tháp Mười, giao ban quý I/2024 (Đồng Tháp only in the sidecar) ---
    ("ai", T24, "đồng tháp: ai chủ trì giao ban dân vận quý 1/2024 của huyện tháp mười",
     ["Lê Thị Bích Vân, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy"],
     "Đồng chí Lê Thị Bích Vân, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện"),
    ("ai", T24, "ổng Trần Văn Đực dự giao ban ở Tháp Mười với chức gì vậy",
     ["Trần Văn Đực, Phó Trưởng Ban Dân vận Tỉnh ủy"], "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    ("ai", T24, "Ai là Phó Bí thư Thường trực Huyện ủy Tháp Mười dự giao ban quý I?",
     ["Nguyễn Thanh Phong, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện"],
     "Đồng chí Nguyễn Thanh Phong (kiêm Chủ tịch HĐND huyện)"),
    ("khi_nao", T24, "Huyện Tháp Mười giao ban dân vận quý I năm 2024 ngày nào?",
     ["Ngày 04/4/2024, Ban Dân vận Huyện ủy Tháp Mười tổ chức hội nghị giao ban"], "Ngày 04/4/2024"),
    ("khi_nao", T24, "chừng nào bí thư huyện ủy tháp mười đối thoại với nông dân về bán lúa vậy",
     ["Bí thư Huyện ủy với nông dân về tiêu thụ lúa trong tháng 5/2024"],
     "Trong tháng 5/2024 (dự kiến, nhiệm vụ quý II)"),
    ("bao_nhieu", T24, "Quý 1 năm 2024 Tháp Mười công nhận mấy mô hình dân vận khéo cấp huyện?",
     ["đã công nhận 11 mô hình cấp huyện"], "11 mô hình (tổng số đang duy trì 96)"),
    ("bao_nhieu", T24, "tet giap thin huyen thap muoi phat nhieu phan qua vay hen",
     ["đã trao 6.540 phần quà"], "6.540 phần quà, hơn 3,2 tỷ đồng"),
    ("bao_nhieu", T24, "Quỹ Vì người nghèo huyện Tháp Mười quý I/2024 được bao nhiêu?",
     ["Quỹ “Vì người nghèo” được 1,86 tỷ đồng"], "1,86 tỷ đồng"),
    ("no_diacritics", T24, "thap muoi quy 1 2024 ban giao may can nha dai doan ket",
     ["bàn giao 17 căn nhà Đại đoàn kết"], "17 căn"),
    ("no_diacritics", T24, "quy 2 nam 2024 thap muoi tinh cong nhan them may mo hinh dan van kheo hen",
     ["công nhận thêm ít nhất 10 mô hình “Dân vận khéo” cấp huyện"], "Ít nhất 10 mô hình cấp huyện"),
    ("o_dau", T24, "Nhà Đại đoàn kết quý I/2024 ở Tháp Mười được bàn giao ở những xã nào?",
     ["các xã Trường Xuân, Đốc Binh Kiều và Mỹ Quý"], "Các xã Trường Xuân, Đốc Binh Kiều và Mỹ Quý"),
    ("o_dau", T24, "mo hinh trong sen ket hop du lich sinh thai la cua hoi nao o xa nao vay ne",
     ["“Trồng sen kết hợp du lịch sinh thái” của Hội Nông dân xã Mỹ Hòa"], "Hội Nông dân xã Mỹ Hòa (Tháp Mười)"),
    ("o_dau", T24, "Chủ tịch UBND huyện Tháp Mười đối thoại với hộ dân ở đâu về mở rộng ĐT 845?",
     ["42 hộ dân thị trấn Mỹ An"], "Thị trấn Mỹ An (42 hộ)"),
    ("nhu_the_nao", T24, "Công an huyện Tháp Mười làm dân vận quý I năm 2024 ra sao?",
     ["giao nộp 5 khẩu súng tự chế và 12 công cụ hỗ trợ"],
     "Vận động giao nộp 5 súng tự chế, 12 công cụ hỗ trợ; duy trì 108 tổ tự quản về an ninh trật tự"),
    ("la_gi", T24, "Kế hoạch số 58-KH/HU của Huyện ủy Tháp Mười về việc gì?",
     ["về thực hiện phong trào thi đua “Dân vận khéo” năm 2024"],
     "Thực hiện phong trào thi đua “Dân vận khéo” năm 2024 (ngày 16/01/2024)"),
    ("la_gi", T24, "giao ban quy 1 o thap muoi chi ra han che gi, noi nghe coi",
     ["chưa nắm kịp thời tâm tư của Nhân dân về giá lúa"],
     "Một số xã chưa nắm kịp thời tâm tư về giá lúa, giá vật tư; theo dõi kiến nghị sau đối thoại còn chậm; "
     "tổ dân vận ở ấp còn hình thức"),
    ("paraphrase", T24, "hổm rày ở Đồng Tháp có huyện nào cho bộ đội xuống phụ dân vét kênh hông",
     ["giúp dân nạo vét kênh nội đồng với 350 ngày công"],
     "Huyện Tháp Mười: Ban Chỉ huy Quân sự huyện và Huyện đoàn, 3 đợt, 350 ngày công (quý I/2024)"),
    ("paraphrase", T24, "Đầu năm 2024 ở Tháp Mười, thanh niên đi nhặt rác được bao nhiêu?",
     ["thu gom hơn 12 tấn rác thải"], "Hơn 12 tấn rác (Ngày Chủ nhật xanh ở 13 xã, thị trấn)"),
    ("keywords", T24, "vốn vay ưu đãi tháp mười",
     ["giải ngân 4,6 tỷ đồng vốn vay ưu đãi"], "Hội Nông dân huyện giải ngân 4,6 tỷ đồng"),
    ("keywords", T24, "đồng tháp tổ tự quản",
     ["duy trì 108 tổ nhân dân tự quản về an ninh trật tự"], "108 tổ (huyện Tháp Mười, quý I/2024)"),

    # --- 025 Cụm thi đua số 5 Tây Nam Bộ, sơ kết 6 tháng đầu năm 2024 ---
    ("ai", C25, "Ai là Cụm trưởng Cụm thi đua số 5 Tây Nam Bộ năm 2024?",
     ["Lâm Văn Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Hậu Giang"],
     "Đồng chí Lâm Văn Út, Trưởng Ban Dân vận Tỉnh ủy Hậu Giang"),
    ("ai", C25, "ổng Đoàn Minh Khôi ở cơ quan nào vậy",
     ["Đoàn Minh Khôi, Phó Vụ trưởng Vụ Địa phương II, Ban Dân vận Trung ương"],
     "Phó Vụ trưởng Vụ Địa phương II, Ban Dân vận Trung ương"),
    ("ai", C25, "Ai tham luận về phòng, chống sạt lở bờ biển ở hội nghị Cụm thi đua số 5?",
     ["Trương Minh Hiếu, Phó Trưởng Ban Dân vận Tỉnh ủy Cà Mau"],
     "Đồng chí Trương Minh Hiếu, Phó Trưởng Ban Dân vận Tỉnh ủy Cà Mau"),
    ("khi_nao", C25, "Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2024 vào ngày nào, ở đâu?",
     ["Ngày 18/7, tại thành phố Vị Thanh"], "Ngày 18/7/2024, tại thành phố Vị Thanh (Hậu Giang)"),
    ("khi_nao", C25, "chung nao cum thi dua so 5 tong ket nam 2024 vay, tinh nao dang cai",
     ["dự kiến tổ chức vào tháng 12/2024"], "Dự kiến tháng 12/2024, Ban Dân vận Tỉnh ủy Cà Mau đăng cai"),
    ("bao_nhieu", C25, "Sáu tháng đầu năm 2024 thành phố Cần Thơ tổ chức bao nhiêu cuộc đối thoại?",
     ["tổ chức 236 cuộc đối thoại giữa người đứng đầu cấp ủy"], "236 cuộc"),
    ("bao_nhieu", C25, "6 tháng đầu năm 2024 Sóc Trăng đối thoại với bà con nhiêu cuộc vậy?",
     ["tham mưu tổ chức 128 cuộc đối thoại với Nhân dân"], "128 cuộc"),
    ("bao_nhieu", C25, "Kiên Giang 6 tháng đầu năm 2024 tổ chức bao nhiêu cuộc đối thoại",
     ["Tỉnh Kiên Giang tổ chức 171 cuộc đối thoại"], "171 cuộc"),
    ("bao_nhieu", C25, "Hậu Giang công nhận bao nhiêu mô hình Dân vận khéo trong 6 tháng đầu năm 2024?",
     ["Tỉnh Hậu Giang công nhận 188 mô hình “Dân vận khéo”"], "188 mô hình"),
    ("bao_nhieu", C25, "Sóc Trăng 6 tháng đầu năm 2024 công nhận mấy mô hình dân vận khéo",
     ["toàn tỉnh công nhận 426 mô hình “Dân vận khéo”"], "426 mô hình"),
    ("bao_nhieu", C25, "toàn Cụm thi đua số 5 nửa đầu 2024 công nhận bao nhiêu mô hình Dân vận khéo",
     ["toàn Cụm công nhận 1.274 mô hình “Dân vận khéo” các cấp"], "1.274 mô hình"),
    ("no_diacritics", C25, "bac lieu nua dau nam 2024 quy vi nguoi ngheo duoc nhieu tien vay ne",
     ["Tỉnh Bạc Liêu vận động Quỹ “Vì người nghèo” được 38,2 tỷ đồng"], "38,2 tỷ đồng"),
    ("no_diacritics", C25, "ca mau 6 thang dau nam 2024 xay sua bao nhieu can nha dai doan ket",
     ["sửa chữa 612 căn nhà Đại đoàn kết"], "612 căn"),
    ("no_diacritics", C25, "truong ban dan van quan uy ninh kieu ten gi",
     ["Nguyễn Thị Kiều Oanh, Trưởng Ban Dân vận Quận ủy Ninh Kiều"], "Đồng chí Nguyễn Thị Kiều Oanh"),
    ("o_dau", C25, "mô hình chợ nổi văn minh thân thiện là của phường nào bển Cần Thơ vậy",
     ["của UBND phường Lê Bình, quận Cái Răng"], "UBND phường Lê Bình, quận Cái Răng"),
    ("o_dau", C25, "Mô hình “Ngư dân bám biển, giữ chủ quyền” ở Kiên Giang là của đơn vị nào?",
     ["của Đồn Biên phòng Hòn Sơn"], "Đồn Biên phòng Hòn Sơn"),
    ("o_dau", C25, "Ban Dân vận tỉnh nào đăng cai hội nghị tổng kết năm 2024 của Cụm thi đua số 5?",
     ["giao Ban Dân vận Tỉnh ủy Cà Mau đăng cai hội nghị tổng kết"], "Ban Dân vận Tỉnh ủy Cà Mau"),
    ("nhu_the_nao", C25, "Hậu Giang làm dân vận với dự án cao tốc Cần Thơ – Cà Mau thế nào?",
     ["vận động 1.420 hộ dân bàn giao mặt bằng"],
     "Vận động 1.420 hộ dân bàn giao mặt bằng, không để phát sinh khiếu kiện đông người"),
    ("nhu_the_nao", C25, "Nhiệm vụ 6 tháng cuối năm 2024 của các đơn vị trong Cụm thi đua số 5 là gì",
     ["thực hiện tốt công tác dân vận phục vụ Đại hội Đảng bộ các cấp"],
     "Dân vận phục vụ Đại hội Đảng bộ các cấp; thích ứng biến đổi khí hậu, hạn mặn, sạt lở; dân vận đồng "
     "bào Khmer, đồng bào có đạo; trao đổi kinh nghiệm"),
    ("la_gi", C25, "Ban Dân vận Trung ương lưu ý Cụm thi đua số 5 những hạn chế gì?",
     ["báo cáo số liệu mô hình “Dân vận khéo” chưa thống nhất tiêu chí"],
     "Số liệu mô hình chưa thống nhất tiêu chí; nhân rộng mô hình chậm; còn khiếu kiện vượt cấp ở vùng dự án"),
    ("la_gi", C25, "bển Bạc Liêu nửa đầu năm 2024 có mô hình nào nổi bật vậy",
     ["“Nuôi tôm siêu thâm canh giảm phát thải” của Hội Nông dân huyện Hòa Bình"],
     "“Nuôi tôm siêu thâm canh giảm phát thải” của Hội Nông dân huyện Hòa Bình"),
    ("paraphrase", C25, "tỉnh nào trong cụm dẫn đầu thi đua dân vận 6 tháng đầu năm 2024 vậy ta",
     ["dẫn đầu Cụm trong 6 tháng đầu năm"], "Ban Dân vận Tỉnh ủy Sóc Trăng và Ban Dân vận Thành ủy Cần Thơ"),
    ("paraphrase", C25, "Ở Cà Mau nửa đầu 2024 bao nhiêu gia đình phải dọn nhà khỏi chỗ bờ biển lở?",
     ["85 hộ dân di dời khỏi vùng sạt lở nguy hiểm ven biển Tây"], "85 hộ"),
    ("keywords", C25, "các tỉnh cụm thi đua 5",
     ["gồm Ban Dân vận Thành ủy Cần Thơ"],
     "Cần Thơ (Thành ủy), Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau, Kiên Giang"),
    ("keywords", C25, "tham luận khmer sóc trăng cụm",
     ["Thạch Thị Sa Quênh, Phó Trưởng Ban Dân vận Tỉnh ủy Sóc Trăng"],
     "Đồng chí Thạch Thị Sa Quênh: phát huy vai trò người có uy tín trong đồng bào Khmer"),

    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 ---
    ("ai", F0, "dạ cho con hỏi hồi giữa năm 2020 ai là trưởng ban dân vận thành ủy hưng yên vậy ạ",
     ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"], "Đồng chí Lương Công Chanh"),
    ("khi_nao", F0, "Thành ủy Hưng Yên giao ban dân vận 6 tháng đầu năm 2020 hôm nào vậy nhen",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7/2020"),
    ("khi_nao", F0, "Đề án số 02 của Ban Thường vụ Tỉnh ủy Hưng Yên về dân vận chính quyền áp dụng cho giai đoạn nào?",
     ["chính quyền các cấp, giai đoạn 2016 – 2020"], "Giai đoạn 2016 – 2020"),
    ("la_gi", F0, "Phong trào Chiều thứ 6 ở thành phố Hưng Yên nhằm mục đích gì?",
     ["Vì môi trường thành phố Hưng Yên sạch - đẹp"], "Vì môi trường thành phố Hưng Yên sạch - đẹp"),
    ("no_diacritics", F0, "tin giao ban dan van tp hung yen 2020 cua dai nao dua",
     ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"], "Đài truyền thanh thành phố (Phương Thu – Công Hiếu)"),
    ("paraphrase", F0, "mấy ông dân vận phường xã bên Hưng Yên có đi nói dân giao đất làm dự án hông",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền"],
     "Có: khối dân vận các phường, xã tuyên truyền, vận động nhân dân thực hiện giải phóng mặt bằng"),
    ("o_dau", F0, "giữa năm 2020 lực lượng vũ trang thành phố Hưng Yên bám địa bàn lo an ninh ở đâu vậy",
     ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"], "Tại các cơ sở"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 ---
    ("bao_nhieu", F1, "năm 2022 bển Hà Nam công nhận nhiêu mô hình dân vận khéo vậy",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình"),
    ("ai", F1, "Ai trao Bằng khen cho 10 mô hình Dân vận khéo cấp tỉnh ở Hà Nam?",
     ["Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("khi_nao", F1, "chi thi so 08 cua tinh uy ha nam ve ton giao ra hoi nao vay",
     ["Chỉ thị số 08, ngày 13/10/2021 của Ban Thường vụ Tỉnh ủy"], "Ngày 13/10/2021"),
    ("la_gi", F1, "Theo đồng chí Đinh Thị Lụa, năm 2023 là năm gì của nhiệm kỳ?",
     ["năm 2023 là năm giữa nhiệm kỳ"], "Năm giữa nhiệm kỳ (Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX)"),
    ("no_diacritics", F1, "ha nam tet quy mao 2023 dan van phai nam tinh hinh ai vay",
     ["nắm chắc tình hình tâm tư, nguyện vọng của Nhân dân, công nhân lao động"],
     "Nhân dân, công nhân lao động; tình hình tín ngưỡng, tôn giáo"),
    ("paraphrase", F1, "ở Hà Nam có dẹp bớt mấy mô hình dân vận khéo làm cho có hông",
     ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Có: rà soát mô hình của năm 2021 và giai đoạn trước để loại bỏ mô hình hình thức, kém hiệu quả"),
    ("o_dau", F1, "Tổng kết dân vận Hà Nam 2022, Giấy khen do cơ quan nào trao?",
     ["Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy"], "Ban Dân vận Tỉnh ủy Hà Nam"),
    ("nhu_the_nao", F1, "Hà Nam kêu làm mô hình dân vận khéo năm 2023 tập trung vô việc gì",
     ["tập trung vào những việc mới, việc khó"],
     "Hướng vào nhiệm vụ chính trị trọng tâm, những việc mới, việc khó, vấn đề bức thiết của địa phương"),
    ("keywords", F1, "hà nam quy định 124",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Quy định số 124, ngày 02/02/2018 của Ban Bí thư"),

    # --- 002 giao ban dân vận quý I/2019 (province not named) ---
    ("bao_nhieu", F2, "tết kỷ hợi ban dân vận tỉnh ủy đi thăm tặng nhiêu phần quà vậy",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà, kinh phí trên 26 tỷ đồng"),
    ("khi_nao", F2, "giao ban dan van quy 1 nam 2019 hop bua nao vay",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("ai", F2, "ổng Hoàng Văn Nghiệm giữ chức gì",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"],
     "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("la_gi", F2, "Chủ đề công tác năm 2019 mà Phó Bí thư Thường trực Tỉnh ủy nhắc tới ở giao ban quý I là gì?",
     ["“Năm Dân vận chính quyền” 2019 kỷ cương, liêm chính, sáng tạo"],
     "“Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("no_diacritics", F2, "tet ky hoi co bao nhieu doan kiem tra luc luong truc tet",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn kiểm tra"),
    ("nhu_the_nao", F2, "Mặt trận Tổ quốc được giao việc gì trong năm 2019 theo giao ban quý I?",
     ["Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"],
     "Phối hợp tổ chức tốt Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"),
    ("keywords", F2, "ban dân tộc đại hội",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"],
     "Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, sơ kết 6 tháng đầu năm 2019 ---
    ("ai", F3, "cụm thi đua dân vận các quận ủy hà nội hồi 2019, ai phát biểu chào mừng vậy",
     ["Trước khi vào hội nghị, đồng chí Phương Kiến Quốc"],
     "Đồng chí Phương Kiến Quốc, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận Cầu Giấy"),
    ("bao_nhieu", F3, "Cụm thi đua Dân vận các Quận ủy Hà Nội có đại biểu tham luận của bao nhiêu đơn vị?",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("la_gi", F3, "toa dam o hoi nghi cum thi dua quan uy ha noi thang 7/2019 ban chuyen gi",
     ["Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ"],
     "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("ai", F3, "Ai thay mặt cụm thi đua các quận ủy trình bày báo cáo đề dẫn tọa đàm năm 2019?",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy thay mặt"],
     "Đồng chí Nguyễn Văn Chiến, UVTV, Trưởng Ban Dân vận Quận ủy"),
    ("paraphrase", F3, "bà trưởng ban dân vận thành ủy hà nội nhắc mấy quận coi lại chuyện gì vậy",
     ["rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"],
     "Rà soát chỉ tiêu, vấn đề bất cập trong giảm nghèo, sát nhập tổ dân phố"),
    ("o_dau", F3, "Tin về cụm thi đua dân vận các quận ủy Hà Nội 2019 do ban nào viết?",
     ["BAN TUYÊN GIÁO QUẬN ỦY"], "Ban Tuyên giáo Quận ủy"),
    ("no_diacritics", F3, "nam dan van chinh quyen 2019 cum thi dua cac quan uy ha noi ky ket voi ai",
     ["giữa Ban Dân vận Quận ủy với UBND quận"],
     "Giữa Ban Dân vận Quận ủy với UBND quận"),

    # --- 004 Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận, 28/4/2020 ---
    ("ai", F4, "ổng Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội hồi đó giữ chức gì vậy",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
     "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hà Nội"),
    ("khi_nao", F4, "bi thu thanh uy ha noi lam viec voi ban dan van thanh uy bua nao",
     ["Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Ngày 28/4/2020"),
    ("la_gi", F4, "Bí thư Thành ủy Hà Nội muốn đối thoại chuyên đề về những chuyện gì?",
     ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("nhu_the_nao", F4, "ông Huệ dặn cán bộ dân vận Hà Nội phải làm sao để hiểu dân vậy",
     ["phải đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân"],
     "Đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"),
    ("bao_nhieu", F4, "Đoàn kiểm tra số mấy của Ban Chỉ đạo Trung ương làm việc tại Hà Nội",
     ["tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"], "Đoàn kiểm tra số 1"),
    ("no_diacritics", F4, "han che dan van ha noi ve nam tinh hinh nhan dan la gi",
     ["công tác nắm, đánh giá, dự báo tình hình nhân dân"],
     "Nắm, đánh giá, dự báo tình hình nhân dân ở địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"),
    ("keywords", F4, "hà nội gói an sinh",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ (đến cuối năm 2020)"),
    ("ai", F4, "Ảnh buổi Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận là của ai chụp vậy?",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp/TTXVN"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect)
# one constraint of a real fact swapped for a value no file of corpus19 holds (text,
# front matter, sidecar); "detail": the event is reported, the asked detail nowhere
# (no value)
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place: province, city or district ---
    ("place", "tra vinh nam 2023 cong nhan bao nhieu mo hinh dan van kheo", "Trà Vinh", S22,
     "022: Sóc Trăng công nhận 1.032 mô hình năm 2023; không có Trà Vinh"),
    ("place", "dạ cho con hỏi huyện Kế Sách năm 2023 có mô hình dân vận khéo nào tiêu biểu vậy", "Kế Sách", S22,
     "022: mô hình tiêu biểu của Hội Nông dân huyện Mỹ Xuyên và Công an huyện Trần Đề"),
    ("place", "năm 2023 quỹ vì người nghèo được nhiêu tiền vậy, tỉnh vĩnh long", "vĩnh long", S22,
     "022: Sóc Trăng vận động 118,6 tỷ đồng năm 2023"),
    ("place", "Ai chủ trì hội nghị sơ kết dân vận 6 tháng đầu năm 2024 của tỉnh Bình Định?", "Bình Định", Q23,
     "023: hội nghị của Quảng Ngãi, đồng chí Võ Thị Kim Liên chủ trì (chiều 11/7)"),
    ("place", "đối thoại với dân 6 tháng đầu năm 2024 bao nhiêu cuộc, ở quảng nam", "quảng nam", Q23,
     "023: Quảng Ngãi 186 cuộc; 025: các tỉnh, thành Cụm thi đua số 5"),
    ("place", "đồng bào Cor ở huyện Trà My có mô hình dân vận khéo bỏ hủ tục hông", "Trà My", Q23,
     "023: mô hình vận động đồng bào Cor bỏ hủ tục ở huyện Trà Bồng (Quảng Ngãi)"),
    ("place", "huyen tam nong giao ban dan van quy 1 nam 2024 bua nao vay", "Tam Nông", T24,
     "024: huyện Tháp Mười giao ban ngày 04/4/2024"),
    ("place", "bàn giao mấy căn nhà đại đoàn kết quý 1 năm 2024 vậy, huyện cao lãnh", "cao lãnh", T24,
     "024: Tháp Mười bàn giao 17 căn"),
    ("place", "An Giang 6 tháng đầu năm 2024 công nhận bao nhiêu mô hình Dân vận khéo?", "An Giang", C25,
     "025: An Giang không thuộc Cụm 5; Cần Thơ 205, Hậu Giang 188, Sóc Trăng 426, Bạc Liêu 152, Cà Mau 163, "
     "Kiên Giang 140"),
    ("place", "nửa đầu 2024 đối thoại với dân nhiêu cuộc vậy hen, tỉnh bến tre", "bến tre", C25,
     "025: đối thoại của Cần Thơ 236, Sóc Trăng 128, Kiên Giang 171; không có Bến Tre"),
    ("place", "6 thang dau nam 2024 quy vi nguoi ngheo cua tien giang duoc bao nhieu", "tiền giang", C25,
     "025: chỉ Bạc Liêu nêu 38,2 tỷ đồng và cả Cụm hơn 176 tỷ đồng"),
    ("place", "quận Bình Thủy có mô hình chợ nổi văn minh thân thiện phải hông", "Bình Thủy", C25,
     "025: mô hình của UBND phường Lê Bình, quận Cái Răng"),
    ("place", "Thành ủy Phủ Lý giao ban dân vận 6 tháng đầu năm 2020 vào chiều nào?", "Phủ Lý", F0,
     "000: Thành ủy (thành phố Hưng Yên) giao ban chiều 2/7/2020"),
    ("place", "ninh binh nam 2022 cong nhan bao nhieu mo hinh dan van kheo", "ninh binh", F1,
     "001: Hà Nam công nhận 306 mô hình năm 2022"),
    ("place", "cụm thi đua dân vận các quận ủy sài gòn sơ kết 6 tháng đầu năm 2019 hôm nào vậy", "sài gòn", F3,
     "003: Cụm thi đua Dân vận các Quận ủy Hà Nội, ngày 09/7/2019"),
    ("place", "Bí thư Thành ủy Đà Nẵng làm việc với Ban Dân vận Thành ủy ngày 28/4/2020 chỉ đạo gì?", "Đà Nẵng", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ"),

    # --- year (or Tết) ---
    ("year", "Sóc Trăng công nhận bao nhiêu mô hình Dân vận khéo năm 2017?", "2017", S22,
     "022: 1.032 mô hình năm 2023"),
    ("year", "năm 2025 sóc trăng vận động quỹ vì người nghèo được nhiêu vậy", "2025", S22,
     "022: 118,6 tỷ đồng năm 2023; 025: Cụm (có Sóc Trăng) 6 tháng đầu năm 2024 hơn 176 tỷ đồng"),
    ("year", "quang ngai 6 thang dau nam 2014 cong nhan bao nhieu mo hinh dan van kheo", "2014", Q23,
     "023: 327 mô hình 6 tháng đầu năm 2024"),
    ("year", "Quảng Ngãi sơ kết dân vận 6 tháng đầu năm 2026, ai phát biểu chỉ đạo?", "2026", Q23,
     "023: 6 tháng đầu năm 2024, đồng chí Lê Quang Tùng"),
    ("year", "huyện tháp mười giao ban dân vận quý I năm 2013 ai chủ trì", "2013", T24,
     "024: quý I năm 2024, đồng chí Lê Thị Bích Vân chủ trì"),
    ("year", "tet at ty huyen thap muoi phat nhieu phan qua cho ho ngheo vay hen", "Ất Tỵ", T24,
     "024: Tết Giáp Thìn 2024, 6.540 phần quà"),
    ("year", "cum thi dua so 5 so ket 6 thang dau nam o dau, nam 2012", "2012", C25,
     "025: 6 tháng đầu năm 2024, tại thành phố Vị Thanh"),
    ("year", "cần thơ năm 2011 tổ chức bao nhiêu cuộc đối thoại với dân hen", "2011", C25,
     "025: Cần Thơ 236 cuộc trong 6 tháng đầu năm 2024"),
    ("year", "bển hà nam công nhận bao nhiêu mô hình dân vận khéo năm 2010", "2010", F1,
     "001: 306 mô hình năm 2022"),
    ("year", "tết canh tý ban dân vận tỉnh ủy tổ chức mấy đoàn đi thăm chúc tết", "canh tý", F2,
     "002: Tết Kỷ Hợi (2019), 12 đoàn công tác"),

    # --- quarter or half ---
    ("quarter", "Sóc Trăng 6 tháng đầu năm 2023 công nhận bao nhiêu mô hình Dân vận khéo?",
     "6 tháng đầu năm 2023", S22,
     "022: cả năm 2023 là 1.032 mô hình; 025: 6 tháng đầu năm 2024 là 426 mô hình"),
    ("quarter", "quảng ngãi 9 tháng đầu năm 2024 đối thoại với dân nhiêu cuộc vậy", "9 tháng đầu năm 2024", Q23,
     "023: 186 cuộc trong 6 tháng đầu năm 2024"),
    ("quarter", "Quảng Ngãi công nhận bao nhiêu mô hình Dân vận khéo trong quý III/2024?", "quý III/2024", Q23,
     "023: 327 mô hình trong 6 tháng đầu năm 2024"),
    ("quarter", "tháp mười công nhận mấy mô hình dân vận khéo cấp huyện trong quý 3 năm 2024", "quý 3 năm 2024", T24,
     "024: quý I/2024 công nhận 11 mô hình; quý II phấn đấu thêm ít nhất 10"),
    ("quarter", "Huyện Tháp Mười 6 tháng cuối năm 2023 tổ chức bao nhiêu cuộc đối thoại?",
     "6 tháng cuối năm 2023", T24, "024: 14 cuộc đối thoại trong quý I/2024"),
    ("quarter", "cụm thi đua số 5 cả năm 2023 công nhận bao nhiêu mô hình dân vận khéo", "cả năm 2023", C25,
     "025: 1.274 mô hình trong 6 tháng đầu năm 2024"),
    ("quarter", "Kiên Giang tổ chức bao nhiêu cuộc đối thoại trong quý 1/2024?", "quý 1/2024", C25,
     "025: Kiên Giang 171 cuộc trong 6 tháng đầu năm 2024"),
    ("quarter", "giao ban dân vận quý III năm 2019 có bao nhiêu đoàn công tác thăm chúc tết", "quý III năm 2019", F2,
     "002: giao ban quý I năm 2019, 12 đoàn công tác dịp Tết Kỷ Hợi"),
    ("quarter", "6 tháng cuối năm 2022 hà nam công nhận bao nhiêu mô hình dân vận khéo", "6 tháng cuối năm 2022", F1,
     "001: 306 mô hình cả năm 2022"),

    # --- date ---
    ("date", "Ai dự hội nghị tổng kết dân vận của Sóc Trăng ngày 20/12/2022?", "20/12/2022", S22,
     "022: hội nghị sáng 20/12/2023"),
    ("date", "ke hoach so 142-kh/tu ngay 06/3/2022 cua soc trang noi ve gi", "06/3/2022", S22,
     "022: Kế hoạch số 142-KH/TU ngày 06/3/2023"),
    ("date", "chiều 11/6 quảng ngãi sơ kết dân vận ai chủ trì vậy", "11/6", Q23,
     "023: hội nghị chiều 11/7/2024, đồng chí Võ Thị Kim Liên chủ trì"),
    ("date", "chi thi so 27-ct/tu ngay 15/3/2024 cua quang ngai ve viec gi", "15/3/2024", Q23,
     "023: Chỉ thị số 27-CT/TU ngày 15/3/2023"),
    ("date", "ngay 04/5/2024 huyen thap muoi giao ban dan van co ai du hong", "04/5/2024", T24,
     "024: giao ban ngày 04/4/2024"),
    ("date", "Ai dự hội nghị Cụm thi đua số 5 ở Vị Thanh ngày 18/8/2024?", "18/8/2024", C25,
     "025: hội nghị ngày 18/7/2024"),
    ("date", "Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận ngày 28/5/2020 chỉ đạo gì?", "28/5/2020", F4,
     "004: buổi làm việc ngày 28/4/2020"),

    # --- document number ---
    ("document", "Tỉnh ủy Sóc Trăng ban hành ngày nào kế hoạch dân vận vùng đồng bào Khmer số 124-KH/TU?",
     "124-KH/TU", S22, "022: Kế hoạch số 142-KH/TU ngày 06/3/2023"),
    ("document", "chi thi so 72-ct/tu cua tinh uy quang ngai noi ve gi vay ne", "72-ct/tu", Q23,
     "023: Chỉ thị số 27-CT/TU ngày 15/3/2023 (dân vận trong bồi thường, GPMB)"),
    ("document", "Kế hoạch số 85-KH/HU của Huyện ủy Tháp Mười về phong trào Dân vận khéo ban hành ngày nào?",
     "85-KH/HU", T24, "024: Kế hoạch số 58-KH/HU ngày 16/01/2024"),
    ("document", "tổng kết 10 năm quyết định số 209-qđ/tw ở hà nội chuẩn bị tới đâu rồi", "209-qđ/tw", F4,
     "004: Quyết định số 290-QĐ/TW"),
    ("document", "Phong trào Dân vận khéo của các quận Hà Nội năm 2019 gắn với Chỉ thị số 50-CT/TW ra sao?",
     "50-CT/TW", F3, "003: gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("document", "quy che so 15 cua ban thuong vu tinh uy ha nam ve dan van ban hanh ngay nao",
     "Quy chế số 15", F1, "001: Quy chế số 05, ngày 09/12/2021"),

    # --- person ---
    ("person", "Tổng kết dân vận Sóc Trăng 2023: những hạn chế mà đồng chí Huỳnh Văn Thắng chỉ ra", "Huỳnh Văn Thắng",
     S22, "022: người phát biểu chỉ đạo là đồng chí Huỳnh Văn Thạnh"),
    ("person", "bà Lý Thị Thanh Hương chủ trì tổng kết dân vận sóc trăng năm 2023 phải hông", "Lý Thị Thanh Hương",
     S22, "022: người chủ trì là đồng chí Lý Thị Thanh Tuyền"),
    ("person", "Đồng chí Võ Thị Kim Loan chủ trì hội nghị sơ kết dân vận Quảng Ngãi ngày nào?", "Võ Thị Kim Loan",
     Q23, "023: người chủ trì là đồng chí Võ Thị Kim Liên, chiều 11/7/2024"),
    ("person", "dinh van loc truong ban dan van huyen uy son tay chia se kinh nghiem gi", "dinh van loc", Q23,
     "023: tham luận của đồng chí Đinh Văn Lợi"),
    ("person", "ba le thi bich vy truong ban dan van huyen uy thap muoi chu tri giao ban ngay nao",
     "Lê Thị Bích Vy", T24, "024: Trưởng Ban là đồng chí Lê Thị Bích Vân, giao ban 04/4/2024"),
    ("person", "Cụm trưởng Lâm Văn Tư phát biểu gì ở hội nghị Cụm thi đua số 5?", "Lâm Văn Tư", C25,
     "025: Cụm trưởng là đồng chí Lâm Văn Út"),

    # --- organisation (body) ---
    ("organisation", "Ban Tuyên giáo Tỉnh ủy Sóc Trăng năm 2023 công nhận bao nhiêu mô hình dân vận khéo",
     "Ban Tuyên giáo Tỉnh ủy", S22, "022: 1.032 mô hình do Ban Chỉ đạo các cấp (Ban Dân vận Tỉnh ủy tổng kết)"),
    ("organisation", "hội cựu chiến binh tỉnh quảng ngãi 6 tháng đầu năm 2024 làm dân vận thế nào",
     "hội cựu chiến binh tỉnh", Q23,
     "023: tham luận của Hội Liên hiệp Phụ nữ tỉnh, Bộ đội Biên phòng tỉnh; Hội Nông dân tỉnh chuyển đổi đất lúa"),
    ("organisation", "lien doan lao dong huyen thap muoi quy 1/2024 lam duoc gi vay ne", "Liên đoàn Lao động", T24,
     "024: kết quả của Hội Nông dân, Hội Liên hiệp Phụ nữ, Huyện đoàn, Quân sự, Công an huyện"),
    ("organisation", "mô hình ngư dân bám biển giữ chủ quyền của công an tỉnh kiên giang hả", "công an tỉnh", C25,
     "025: mô hình của Đồn Biên phòng Hòn Sơn"),
    ("organisation", "Cụm thi đua số 7 Tây Nam Bộ sơ kết 6 tháng đầu năm 2024 ở đâu?", "Cụm thi đua số 7", C25,
     "025: Cụm thi đua số 5, tại thành phố Vị Thanh"),
    ("organisation", "Ủy ban Kiểm tra Thành ủy Hà Nội làm việc với Bí thư Vương Đình Huệ ngày 28/4/2020 nói gì",
     "Ủy ban Kiểm tra", F4, "004: Bí thư Thành ủy làm việc với Ban Dân vận Thành ủy"),

    # --- office: a real person given an office no file gives anyone ---
    ("office", "Phó Chủ tịch HĐND tỉnh Huỳnh Văn Thạnh phát biểu gì ở tổng kết dân vận Sóc Trăng 2023?",
     "Phó Chủ tịch HĐND tỉnh", S22, "022: Huỳnh Văn Thạnh là Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("office", "Bí thư Tỉnh ủy Lê Quang Tùng chỉ đạo gì ở hội nghị dân vận Quảng Ngãi?", "Bí thư Tỉnh ủy", Q23,
     "023: Lê Quang Tùng là Phó Bí thư Thường trực Tỉnh ủy"),
    ("office", "bà Huỳnh Thị Mỹ Lệ nói gì ở hội nghị dân vận quảng ngãi với tư cách chủ tịch hội nông dân tỉnh", "chủ tịch hội nông dân tỉnh", Q23,
     "023: Huỳnh Thị Mỹ Lệ là Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
    ("office", "ông Nguyễn Thanh Phong bí thư huyện ủy tháp mười dự giao ban quý 1 hả", "bí thư huyện ủy tháp mười",
     T24, "024: Nguyễn Thanh Phong là Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện"),
    ("office", "Phó Trưởng Ban Dân vận Trung ương Đoàn Minh Khôi nói gì ở hội nghị Cụm thi đua số 5?",
     "Phó Trưởng Ban Dân vận Trung ương", C25,
     "025: Đoàn Minh Khôi là Phó Vụ trưởng Vụ Địa phương II, Ban Dân vận Trung ương"),

    # --- detail unsaid: the event is reported, the asked detail nowhere ---
    ("detail", "Hội nghị tổng kết dân vận năm 2023 của Sóc Trăng tổ chức ở hội trường nào?", None, S22,
     "022: hội nghị sáng 20/12/2023, nơi họp không nêu"),
    ("detail", "trong 1.245 căn nhà đại đoàn kết ở sóc trăng năm 2023, mỗi căn được hỗ trợ nhiêu tiền vậy", None, S22,
     "022: 1.245 căn (xây mới 976, sửa chữa 269), mức hỗ trợ mỗi căn không nêu"),
    ("detail", "Hội nghị sơ kết dân vận 6 tháng đầu năm 2024 của Quảng Ngãi có bao nhiêu đại biểu dự?", None, Q23,
     "023: thành phần dự được kể, số đại biểu không nêu"),
    ("detail", "dạ cho hỏi 37 hộ tự tháo dỡ công trình cho cao tốc quảng ngãi hoài nhơn ở xã nào vậy", None, Q23,
     "023: 37 hộ tự nguyện tháo dỡ, xã không nêu"),
    ("detail", "thap muoi quy 1/2024, 3 vu tranh chap dat dai phat sinh o xa nao vay hen", None, T24,
     "024: 3 vụ việc tranh chấp đất đai, xã không nêu"),
    ("detail", "mỗi căn nhà đại đoàn kết bàn giao ở tháp mười quý 1 năm 2024 trị giá bao nhiêu", None, T24,
     "024: 17 căn, giá trị mỗi căn không nêu"),
    ("detail", "Kiên Giang 6 tháng đầu năm 2024 vận động Quỹ Vì người nghèo được bao nhiêu?", None, C25,
     "025: Kiên Giang chỉ nêu 171 cuộc đối thoại, 140 mô hình; quỹ chỉ có của Bạc Liêu và cả Cụm"),
    ("detail", "hậu giang nửa đầu năm 2024 tổ chức bao nhiêu cuộc đối thoại với dân vậy nè", None, C25,
     "025: Hậu Giang chỉ nêu 188 mô hình và 1.420 hộ bàn giao mặt bằng"),
    ("detail", "can tho 6 thang dau nam 2024 ho tro bao nhieu can nha dai doan ket", None, C25,
     "025: Cần Thơ chỉ nêu 236 cuộc đối thoại, 205 mô hình"),
    ("detail", "Tết Kỷ Hợi, 12 đoàn công tác đã thăm bao nhiêu gia đình có hoàn cảnh khó khăn?", None, F2,
     "002: 12 đoàn công tác, trên 62 nghìn lượt quà; số gia đình không nêu"),
    ("detail", "hà nam năm 2022 có bao nhiêu mô hình dân vận khéo cấp xã vậy", None, F1,
     "001: tổng 306 mô hình, 10 mô hình cấp tỉnh được Bằng khen; cấp xã không nêu"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the nine files): (hard, question) — the hard ones are
# phrased like report questions and name the corpus's own provinces, districts or
# bodies; the others are a Southern user's everyday questions
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    (True, "Sóc Trăng năm 2023 xuất khẩu tôm được bao nhiêu triệu USD?"),
    (True, "lễ hội đua ghe ngo ở sóc trăng năm 2024 tổ chức ngày nào vậy"),
    (True, "Tết Chôl Chnăm Thmây năm 2024 công chức ở Sóc Trăng được nghỉ mấy ngày?"),
    (True, "Ban Dân vận Tỉnh ủy Sóc Trăng tuyển dụng công chức năm 2024 cần hồ sơ gì"),
    (True, "Quảng Ngãi 6 tháng đầu năm 2024 thu ngân sách được bao nhiêu?"),
    (True, "diem chuan lop 10 truong chuyen le khiet quang ngai nam 2024"),
    (True, "Nhà máy lọc dầu Dung Quất năm 2024 nộp ngân sách bao nhiêu tỷ?"),
    (True, "cao tốc quảng ngãi hoài nhơn chừng nào thông xe vậy"),
    (True, "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi có bao nhiêu hội viên?"),
    (True, "giá sen tươi ở tháp mười bây giờ nhiêu một ký"),
    (True, "huyen thap muoi co bao nhieu xa dat chuan nong thon moi nang cao"),
    (True, "Ngân hàng Chính sách xã hội cho hộ nghèo vay lãi suất bao nhiêu năm 2024?"),
    (True, "can tho nam 2024 tang truong grdp bao nhieu phan tram"),
    (True, "chợ nổi cái răng mấy giờ họp đông nhất vậy"),
    (True, "Hậu Giang 6 tháng đầu năm 2024 giải ngân vốn đầu tư công được bao nhiêu?"),
    (True, "bac lieu nam 2024 san luong tom nuoi dat bao nhieu tan"),
    (True, "cà mau năm 2024 có bao nhiêu cây số bờ biển bị sạt lở"),
    (True, "giá vé tàu cao tốc từ Rạch Giá ra đảo ở Kiên Giang bao nhiêu?"),
    (True, "Bộ đội Biên phòng tỉnh Quảng Ngãi tuyển sinh quân sự năm 2024 thế nào?"),
    (False, "giá lúa ST25 hôm nay ở miền Tây nhiêu một ký vậy"),
    (False, "xo so mien nam hom nay dai nao xo vay"),
    (False, "ket qua xo so thu tu tuan roi dai nao trung giai dac biet"),
    (False, "đờn ca tài tử nam bộ có mấy bài bản tổ"),
    (False, "đi chợ nổi nên đi lúc mấy giờ cho đẹp"),
    (False, "chỉ tui cách đổ bánh xèo miền tây cho giòn rụm"),
    (False, "mùa nước nổi năm nay cá linh bao nhiêu tiền một ký"),
    (False, "tu can tho ve ca mau di xe khach mat may tieng"),
    (False, "hủ tiếu nam vang khác hủ tiếu mỹ tho chỗ nào vậy"),
    (False, "mấy bữa nay miền tây mưa hoài, chừng nào hết mưa vậy"),
    (False, "cách trị rầy nâu cho lúa đông xuân sao cho hiệu quả"),
    (False, "vọng cổ sáu câu là sao, ai chỉ tui với"),
    (False, "gia vang nhan hom nay ben can tho bao nhieu mot chi"),
    (False, "banh pia soc trang mua o dau ngon"),
    (False, "đám giỗ ở miền tây thường nấu mấy món gì"),
    (False, "bài ca cổ Tình anh bán chiếu của ai sáng tác vậy"),
    (False, "cây sầu riêng bị xì mủ thân trị sao"),
    (False, "lẩu mắm miền tây nấu sao cho ngon hen"),
    (False, "làm lại căn cước công dân bị mất cần giấy tờ gì"),
]

# ---------------------------------------------------------------------------
# small talk: (intent, line) — ids t19_; a Southern user's chat
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bạn nha"),
    ("greeting", "dạ chào bot, cho con hỏi chút xíu"),
    ("greeting", "bot ơi, có đó hông"),
    ("greeting", "chao ban nha, tui moi vo"),
    ("thanks", "cám ơn nhen"),
    ("thanks", "cam on bot nhieu nghen"),
    ("thanks", "dạ con cám ơn bot nhiều lắm"),
    ("thanks", "thiệt tình cảm ơn nha 🙏"),
    ("farewell", "thôi tui đi nha, bữa khác hỏi tiếp"),
    ("farewell", "bye bot nghen"),
    ("farewell", "dạ con chào bot, con đi làm đây"),
    ("farewell", "thoi di ngu nghen bot"),
    ("identity", "bot là ai vậy, người thiệt hay máy"),
    ("identity", "ủa bạn là ai dạ"),
    ("identity", "ai làm ra cái bot này vậy ta"),
    ("capability", "bot biết làm mấy cái gì vậy"),
    ("capability", "hỏi gì bot cũng trả lời được hông"),
    ("capability", "bot co biet chuyen dan van mien tay hong"),
    ("help", "tui hổng biết hỏi sao hết, chỉ giùm với"),
    ("help", "hỏi kiểu gì cho bot hiểu vậy"),
    ("help", "chi tui cach hoi voi bot oi"),
    ("ack", "dạ dạ"),
    ("ack", "vậy hả bot"),
    ("ack", "ờ, hiểu rồi nghen"),
    ("ack", "u biet roi"),
    ("emoji", "👍😁"),
    ("emoji", "🥰🥰"),
    ("emoji", "🙏🙏🙏"),
    ("laughter", "hí hí, bot dễ thương ghê"),
    ("laughter", "=)) mắc cười quá"),
    ("laughter", "há há vui quá trời"),
    ("praise", "hay quá trời"),
    ("praise", "bot giỏi thiệt đó nha"),
    ("praise", "tra le ghe, hay that"),
    ("complaint", "hổng hiểu"),
    ("complaint", "ủa sao trả lời trật lất vậy"),
    ("complaint", "bot nói gì tui hông hiểu gì hết trơn"),
    ("complaint", "chậm rì vậy bot"),
    ("chitchat", "ủa"),
    ("chitchat", "trưa nay bot ăn cơm tấm chưa"),
    ("chitchat", "mưa quá trời luôn á"),
    ("chitchat", "nay tui mệt quá hà"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# new questions (based_on: null); one or two words with a slip of Southern spelling or
# phone typing (v/d/gi, a final n/ng or t/c, hỏi/ngã, a missing tone); digits unchanged
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 022 ---
    (S22, "sóc trăng năm 2023 dận động quỹ vì người nghèo được nhiêu",
          "sóc trăng năm 2023 vận động quỹ vì người nghèo được nhiêu",
          ["Quỹ “Vì người nghèo” được 118,6 tỷ đồng"], "118,6 tỷ đồng"),
    (S22, "sóc trăng 2023 dải quyết xong bao nhiêu ý kiến sau đối thoại",
          "sóc trăng 2023 giải quyết xong bao nhiêu ý kiến sau đối thoại",
          ["đến nay đã giải quyết xong 1.019 ý kiến, đạt 95%"], "1.019 ý kiến, đạt 95%"),
    (S22, "năm 2023 sóc trăng sữa chữa bao nhiêu căn nhà đại đoàn kếc",
          "năm 2023 sóc trăng sửa chữa bao nhiêu căn nhà đại đoàn kết",
          ["sửa chữa 269 căn nhà Đại đoàn kết"], "269 căn"),
    (S22, "mo hinh cay lua thom gan voi nuoi tom cang xanh cua hoi nao huyeng nao",
          "mo hinh cay lua thom gan voi nuoi tom cang xanh cua hoi nao huyen nao",
          ["của Hội Nông dân huyện Mỹ Xuyên"], "Hội Nông dân huyện Mỹ Xuyên"),
    (S22, "soc trang nam 2023 tang bao nhieu phan qua cho dong bao khme",
          "soc trang nam 2023 tang bao nhieu phan qua cho dong bao khmer",
          ["tặng 8.300 phần quà cho hộ nghèo"], "8.300 phần quà, 4,15 tỷ đồng"),
    # --- 023 ---
    (Q23, "quảng ngãi 6 tháng đầu năm 2024 tham mưu ban hàn mấy văn bản dân dận",
          "quảng ngãi 6 tháng đầu năm 2024 tham mưu ban hành mấy văn bản dân vận",
          ["tham mưu ban hành 87 văn bản về công tác dân vận"], "87 văn bản"),
    (Q23, "quảng ngãi nửa đầu năm 2024 hổ trợ bao nhiêu nhà đại đoàn kết vậy hen",
          "quảng ngãi nửa đầu năm 2024 hỗ trợ bao nhiêu nhà đại đoàn kết vậy hen",
          ["hỗ trợ xây mới và sửa chữa 352 nhà Đại đoàn kết"], "352 nhà"),
    (Q23, "ai là bí thư đảng ủy xã tịnh khê nói tham luận ở hội nghĩ",
          "ai là bí thư đảng ủy xã tịnh khê nói tham luận ở hội nghị",
          ["Lê Thị Thu Hà, Bí thư Đảng ủy xã Tịnh Khê"], "Đồng chí Lê Thị Thu Hà"),
    (Q23, "mô hình phụ nữ dân tộc thiểu số làm kinh tế giỏi giúp mấy hộ thoác ngheo",
          "mô hình phụ nữ dân tộc thiểu số làm kinh tế giỏi giúp mấy hộ thoát nghèo",
          ["giúp 58 hộ thoát nghèo bền vững"], "58 hộ"),
    (Q23, "pho chu tich ubnd tinh quang ngai du hoi nghi so ket dan dan la ai",
          "pho chu tich ubnd tinh quang ngai du hoi nghi so ket dan van la ai",
          ["Trần Hữu Nghĩa, Phó Chủ tịch UBND tỉnh"], "Đồng chí Trần Hữu Nghĩa"),
    # --- 024 ---
    (T24, "thap muoi quy 1 nam 2024 co bao nhieu luoc nguoi du doi thoai",
          "thap muoi quy 1 nam 2024 co bao nhieu luot nguoi du doi thoai",
          ["có 1.120 lượt người tham dự"], "1.120 lượt người"),
    (T24, "tết giáp thìn tháp mười tặng quà tổng trị dá bao nhiêu tiền hen",
          "tết giáp thìn tháp mười tặng quà tổng trị giá bao nhiêu tiền hen",
          ["tổng trị giá hơn 3,2 tỷ đồng"], "Hơn 3,2 tỷ đồng"),
    (T24, "hội liên hiệp phụ nư huyện tháp mười ra mắc mấy câu lạc bộ",
          "hội liên hiệp phụ nữ huyện tháp mười ra mắt mấy câu lạc bộ",
          ["ra mắt 2 câu lạc bộ phòng, chống bạo lực gia đình"], "2 câu lạc bộ phòng, chống bạo lực gia đình"),
    (T24, "huyện tháp mười hiện đang duy trì tổng cộng bao nhiêu mô hìn dân vận khéo",
          "huyện tháp mười hiện đang duy trì tổng cộng bao nhiêu mô hình dân vận khéo",
          ["nâng tổng số mô hình đang duy trì lên 96 mô hình"], "96 mô hình"),
    (T24, "mo hinh tuyen kenh xan sach dep la cua hoi nao o xa nao vay",
          "mo hinh tuyen kenh xanh sach dep la cua hoi nao o xa nao vay",
          ["của Hội Liên hiệp Phụ nữ xã Láng Biển"], "Hội Liên hiệp Phụ nữ xã Láng Biển"),
    # --- 025 ---
    (C25, "cụm thi đua số 5 nữa đầu năm 2024 ban hành bao nhiêu văn bản",
          "cụm thi đua số 5 nửa đầu năm 2024 ban hành bao nhiêu văn bản",
          ["tham mưu cấp ủy ban hành 312 văn bản về công tác dân vận"], "312 văn bản"),
    (C25, "cần thơ 6 tháng đầu năm 2024 công nhận bao nhiêu mô hình dân dận khéo",
          "cần thơ 6 tháng đầu năm 2024 công nhận bao nhiêu mô hình dân vận khéo",
          ["công nhận 205 mô hình “Dân vận khéo”"], "205 mô hình"),
    (C25, "sóc trăng nửa đầu 2024 xây sữa bao nhiêu căn nhà đại đoàn kết",
          "sóc trăng nửa đầu 2024 xây sửa bao nhiêu căn nhà đại đoàn kết",
          ["hỗ trợ xây mới, sửa chữa 540 căn nhà Đại đoàn kết"], "540 căn"),
    (C25, "hội nghị cụm thi đua số 5 nghe mấy tham luậng vậy nè",
          "hội nghị cụm thi đua số 5 nghe mấy tham luận vậy nè",
          ["Hội nghị đã nghe 4 tham luận"], "4 tham luận"),
    (C25, "ai trưởng ban dân vận huyện ủy giồng riềng nói về nông thông mới",
          "ai trưởng ban dân vận huyện ủy giồng riềng nói về nông thôn mới",
          ["Danh Sóc Kha, Trưởng Ban Dân vận Huyện ủy Giồng Riềng"], "Đồng chí Danh Sóc Kha"),
    (C25, "kien giang 6 thang dau nam 2024 cong nhan bao nhieu mo hin dan van kheo",
          "kien giang 6 thang dau nam 2024 cong nhan bao nhieu mo hinh dan van kheo",
          ["công nhận 140 mô hình “Dân vận khéo”"], "140 mô hình"),
    (C25, "6 đơn vị cụm thi đua số 5 ký kếc giao ước thi đua khi nào",
          "6 đơn vị cụm thi đua số 5 ký kết giao ước thi đua khi nào",
          ["6 đơn vị đã ký kết giao ước thi đua 6 tháng cuối năm 2024"],
          "Tại hội nghị ngày 18/7/2024 (giao ước thi đua 6 tháng cuối năm 2024)"),
    # --- 000 ---
    (F0, "tp hưng yên 6 tháng cuối 2020 tham mưu thực hiện chương trìn số mấy của bch",
         "tp hưng yên 6 tháng cuối 2020 tham mưu thực hiện chương trình số mấy của bch",
         ["thực hiện có hiệu quả Chương trình 10 của BCH đảng bộ thành phố"], "Chương trình 10"),
    (F0, "phó chủ tịch ubnd thàn phố hưng yên dự giao ban dân vận năm 2020 là ai",
         "phó chủ tịch ubnd thành phố hưng yên dự giao ban dân vận năm 2020 là ai",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    (F0, "hung yen giua 2020 dong vien nhan dan phong chong dich benh di",
         "hung yen giua 2020 dong vien nhan dan phong chong dich benh gi",
         ["phòng chống dịch bệnh Covid - 19"], "Dịch bệnh Covid-19"),
    # --- 001 ---
    (F1, "quyết định số 23 của bộ chín trị ban hành ngày nào",
         "quyết định số 23 của bộ chính trị ban hành ngày nào",
         ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị"], "Ngày 30/7/2021"),
    (F1, "hà nam năm 2022 mặc trận tổ quốc lo an sinh nhất là dịp tết nào",
         "hà nam năm 2022 mặt trận tổ quốc lo an sinh nhất là dịp tết nào",
         ["nhất là dịp Tết Nguyên đán Nhâm Dần 2022"], "Tết Nguyên đán Nhâm Dần 2022"),
    (F1, "hà nam chú trọng thực hiện mô hình chín quyền thân thiện ở cấp nào",
         "hà nam chú trọng thực hiện mô hình chính quyền thân thiện ở cấp nào",
         ['"Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'], "Cấp huyện, cấp xã"),
    # --- 002 ---
    (F2, "tết kỹ hợi kinh phí thăm tặng quà hết bao nhiu tỷ đồng",
         "tết kỷ hợi kinh phí thăm tặng quà hết bao nhiêu tỷ đồng",
         ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    (F2, "giao ban dân dận quý 1 năm 2019 phó chủ tịt ubnd tỉnh nào dự",
         "giao ban dân vận quý 1 năm 2019 phó chủ tịch ubnd tỉnh nào dự",
         ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    (F2, "năm 2019 đề nghị tập huấn bồi dưỡng cho đội ngủ cán bộ nào",
         "năm 2019 đề nghị tập huấn bồi dưỡng cho đội ngũ cán bộ nào",
         ["cho đội ngũ cán bộ làm công tác dân vận"], "Đội ngũ cán bộ làm công tác dân vận"),
    # --- 003 ---
    (F3, "trưởng ban dân vận thàn ủy hà nội năm 2019 là ai vậy nhen",
         "trưởng ban dân vận thành ủy hà nội năm 2019 là ai vậy nhen",
         ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    (F3, "tin cụm thi đua dân vận các quận ủy hà nội đăng lúc mấy dờ",
         "tin cụm thi đua dân vận các quận ủy hà nội đăng lúc mấy giờ",
         ["Ngày đăng 09/07/2019 | 17:03"], "17:03 ngày 09/07/2019"),
    (F3, "năm 2019 bà nguyễn thị tuyến đề nghị đẫy mạnh hơn nữa phong trào thi đua nào",
         "năm 2019 bà nguyễn thị tuyến đề nghị đẩy mạnh hơn nữa phong trào thi đua nào",
         ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"], "Phong trào thi đua “Dân vận khéo”"),
    # --- 004 ---
    (F4, "chống dịch covid-19 ở hà nội ban dân vận phối hợp dới ai",
         "chống dịch covid-19 ở hà nội ban dân vận phối hợp với ai",
         ["Ban Dân vận cùng Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc"],
         "Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể"),
    (F4, "bí thư thành ủy hà nội dặn chuẩn bị cho dân tâm thế dì",
         "bí thư thành ủy hà nội dặn chuẩn bị cho dân tâm thế gì",
         ["tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"],
         "Chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"),
]

# ---------------------------------------------------------------------------
# minimum counts and shares
# ---------------------------------------------------------------------------
MINS = {"answerable19": 100, "near_misses19": 60, "off_topic19": 30, "smalltalk19": 30, "slips19": 30}
KIND_MIN = 8                     # answerable questions of every answer kind
NEW_SHARE = (0.60, 0.72)         # share of answerable questions on the four new documents
SWAPS = {"place": 12, "year": 8, "quarter": 8, "date": 6, "document": 5, "person": 5, "organisation": 5,
         "office": 4, "detail": 8}
UNMARKED = {"answerable19": 0.20, "near_misses19": 0.20, "off_topic19": 0.20, "slips19": 0.15,
            "smalltalk19": 0.20}
SOUTHERN_NEEDS = {"answerable19": 0.33, "near_misses19": 0.25, "smalltalk19": 0.50, "slips19": 0.10}
POSITION_MIN = 8                 # near misses with the swapped value first / middle / last
HARD_SHARE = (0.45, 0.55)        # off-topic questions of the hard kind
SLIP_KINDS = {"v_d_gi": 6, "final": 6, "hoi_nga": 5, "tone": 3}
FIGURE_FILES_MIN = 3             # files each kind of figure is asked of
CLUSTER_QUESTIONS_MIN = 8        # answerable questions on 025 naming a unit
CLUSTER_UNITS_MIN = 5            # distinct units of 025 asked
SIDECAR_PLACE_MIN = 2            # answerable questions on 024 naming the sidecar's province
WORDS = (500, 1000)              # words of a new document (a .md without its front matter)
#: places and bodies of corpus19 a hard off-topic question names (each checked against the corpus)
HARD_MARKERS = ["Sóc Trăng", "Quảng Ngãi", "Tháp Mười", "Cần Thơ", "Hậu Giang", "Bạc Liêu", "Cà Mau", "Kiên Giang",
                "Dung Quất", "Hoài Nhơn", "Cái Răng", "Chôl Chnăm Thmây", "Ban Dân vận Tỉnh ủy",
                "Hội Liên hiệp Phụ nữ tỉnh", "Ngân hàng Chính sách xã hội", "Bộ đội Biên phòng tỉnh"]
#: words and word pairs only a Southern user types (marked; and typed without marks)
SOUTH_WORDS = {"hông", "hổng", "ổng", "bả", "bển", "hổm", "nhen", "nghen", "hen", "nè", "coi", "kêu", "tui",
               "giùm", "dạ", "hả", "nha", "trơn", "lất", "lẹ", "cất", "thiệt", "mắc", "ờ", "ủa", "vô"}
SOUTH_PAIRS = {"mấy bữa", "chừng nào", "vậy ta", "quá trời", "bữa nào", "hồi nào", "quá hà", "luôn á", "hồi đó"}
SOUTH_WORDS_BARE = {"hong", "nhen", "nghen", "hen", "tui", "gium", "keu", "ne", "coi"}
SOUTH_PAIRS_BARE = {"chung nao", "hom ray", "may bua", "vay ta", "qua troi", "bua nao", "hoi nao"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0309": "hỏi", "\u0303": "ngã", "\u0323": "nặng"}
PAGE_DATE = re.compile(r"^(Ngày đăng|Cập nhật): \d{2}/\d{2}/\d{4} \| \d{2}:\d{2} \| Lượt xem: [\d.]+$")


def southern(q):
    """Whether a line is typed in Southern speech (words of ``SOUTH_WORDS`` …, or
    "nhiêu" for "bao nhiêu")."""
    words = re.findall(r"\w+", q.lower())
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    if set(words) & SOUTH_WORDS or pairs & SOUTH_PAIRS:
        return True
    if any(w == "nhiêu" and (i == 0 or words[i - 1] != "bao") for i, w in enumerate(words)):
        return True
    if q == strip_marks(q):
        return bool(set(words) & SOUTH_WORDS_BARE or pairs & SOUTH_PAIRS_BARE)
    return False


def load19():
    """(body, full): each document's text with a .md's front matter blanked out (the lines
    gold snippets may come from), and its whole text with its sidecar appended (what a
    swapped value must be absent from)."""
    body, full = {}, {}
    for name in sorted(os.listdir(CORPUS19)):
        if not name.endswith((".txt", ".md")):
            continue
        with open(os.path.join(CORPUS19, name), encoding="utf-8") as fh:
            text = fh.read()
        full[name] = text
        if name.endswith(".md") and text.startswith("---\n"):
            end = text.index("\n---\n", 4) + len("\n---\n")
            text = "\n" * text[:end].count("\n") + text[end:]
        body[name] = text
        side = os.path.join(CORPUS19, name + ".meta.yaml")
        if os.path.exists(side):
            with open(side, encoding="utf-8") as fh:
                full[name] += "\n" + fh.read()
    return body, full


def named(value, text):
    return found(value.lower(), strip_marks(value).lower(), text)


def check_corpus(body, full, errors):
    """The nine documents and the sidecar; the bundled five byte-identical; the format of
    the four new ones."""
    listed = sorted(os.listdir(CORPUS19))
    if listed != sorted(BUNDLED + NEW + (SIDECAR,)):
        errors.append(f"corpus19 holds {listed}")
        return
    for name in BUNDLED:
        with open(os.path.join(HERE, "..", "corpus", name), "rb") as a, open(os.path.join(CORPUS19, name), "rb") as b:
            if a.read() != b.read():
                errors.append(f"corpus19/{name} differs from corpus/{name}")
    for name in NEW:
        raw = open(os.path.join(CORPUS19, name), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errors.append(f"{name}: not NFC")
        if "\r" in raw or not raw.endswith("\n"):
            errors.append(f"{name}: CR or no final newline")
        n = len(body[name].split())
        if not WORDS[0] <= n <= WORDS[1]:
            errors.append(f"{name}: {n} words (not {WORDS[0]}–{WORDS[1]})")
    with open(os.path.join(CORPUS19, SIDECAR), encoding="utf-8") as fh:
        if unicodedata.normalize("NFC", fh.read()) != open(os.path.join(CORPUS19, SIDECAR), encoding="utf-8").read():
            errors.append(f"{SIDECAR}: not NFC")

    # 022 and 025: scraped pages
    for name in (S22, C25):
        lines = [ln for ln in body[name].split("\n")]
        if not any(PAGE_DATE.match(ln) for ln in lines):
            errors.append(f"{name}: no date line with a view counter")
        if not any(ln.startswith("Nguồn: ") for ln in lines):
            errors.append(f"{name}: no 'Nguồn: …' line")
    lines22 = body[S22].split("\n")
    title = next((ln for ln in lines22[:6] if len(ln.split()) >= 8), None)
    if title is None or title.endswith("."):
        errors.append(f"{S22}: no title line")
    captions = [ln for ln in lines22 if ln and not ln.endswith(".") and 2 <= len(ln.split()) <= 25
                and ln != title and not PAGE_DATE.match(ln) and not ln.startswith("Nguồn")
                and ln not in ("Trang chủ", "Tin hoạt động") and len(ln.split()) > 2]
    if not captions:
        errors.append(f"{S22}: no photo caption line")

    # 023: front matter and sections
    text = full[Q23]
    if not text.startswith("---\n"):
        errors.append(f"{Q23}: no YAML front matter")
    else:
        meta = yaml.safe_load(text[4:text.index("\n---\n", 4)])
        if not isinstance(meta, dict) or not {"title", "date", "source"} <= set(meta):
            errors.append(f"{Q23}: front matter lacks title, date or source: {meta!r}")
    if sum(1 for ln in body[Q23].split("\n") if ln.startswith("## ")) < 2:
        errors.append(f"{Q23}: fewer than two '## ' sections")

    # 024: the sidecar names the province, the text never does
    with open(os.path.join(CORPUS19, SIDECAR), encoding="utf-8") as fh:
        side = yaml.safe_load(fh)
    if not isinstance(side, dict) or not {"title", "date", "source", "place"} <= set(side):
        errors.append(f"{SIDECAR}: lacks title, date, source or place: {side!r}")
    elif named(str(side["place"]), body[T24]):
        errors.append(f"{T24}: the text names the sidecar's place {side['place']!r}")

    # 025: at least four units each named first in a line of their own, with a figure
    lines25 = [ln for ln in body[C25].split("\n") if re.search(r"\d", ln)]
    own = {u for u in CLUSTER for ln in lines25 if named(u, " ".join(ln.split()[:9]))
           and not any(named(v, ln) for v in CLUSTER if v not in (u, "Cần Thơ", "Cà Mau"))}
    if len(own) < 4:
        errors.append(f"{C25}: only {sorted(own)} named in a line of their own")


def tone_and_base(word):
    """(tone marks, the word without them) of one syllable."""
    d = unicodedata.normalize("NFD", word.lower())
    tones = "".join(TONES[c] for c in d if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return tones, base


def slip_kind(wrong, right):
    """The kind of one word's slip: v/d/gi (or r) at the start, a final consonant
    confused or dropped, hỏi/ngã swapped, another tone wrong or missing, else other."""
    tw, bw = tone_and_base(wrong)
    tr, br = tone_and_base(right)
    if bw == br and tw != tr:
        return "hoi_nga" if {tw, tr} == {"hỏi", "ngã"} else "tone"
    heads = ("gi", "v", "d", "r")
    hw = next((h for h in heads if bw.startswith(h)), None)
    hr = next((h for h in heads if br.startswith(h)), None)
    rest = lambda w, h: {w[len(h):]} | ({w[1:]} if h == "gi" else set())  # "gì" is g + ì
    if hw and hr and hw != hr and rest(bw, hw) & rest(br, hr):
        return "v_d_gi"
    vowels = "aăâeêioôơuưy"
    stem = lambda w: w.rstrip("bcdghklmnpqrstvx")
    if stem(bw) == stem(br) and stem(bw) and stem(bw)[-1] in vowels:
        return "final"
    return "other"


def position(q, value):
    """Where the swapped value sits: "first" (in the first two words), "last" (in the
    last two) or "middle"."""
    qs, vs = strip_marks(q).lower(), strip_marks(value).lower()
    i = qs.find(vs)
    words = lambda t: [w for w in re.split(r"[\s,:;?!.]+", t) if w]
    if len(words(qs[:i])) <= 1:
        return "first"
    if len(words(qs[i + len(vs):])) <= 1:
        return "last"
    return "middle"


def check_own(body, full, answerable, slips, errors):
    """The theme's checks and the shapes of this round's sets; returns what to print."""
    info = {}
    lines = {n: t.split("\n") for n, t in body.items()}

    def gold_line(fname, snips):
        return next((ln for ln in lines[fname] if all(s in ln for s in snips)), "")

    # each kind of figure asked of several files
    figures = {"models": ("mo hinh",), "dialogues": ("doi thoai",), "fund": ("vi nguoi ngheo",),
               "houses": ("nha dai doan ket",)}
    files_of = {}
    for fig, keys in figures.items():
        files_of[fig] = sorted({r["file"][:3] for r in answerable + slips
                                if any(k in strip_marks(r.get("correct", r["question"])).lower() for k in keys)})
        if len(files_of[fig]) < FIGURE_FILES_MIN:
            errors.append(f"figure {fig} asked of only {files_of[fig]}")
    info["figures asked of files"] = files_of

    # Sóc Trăng asked of 022 (2023) and of 025 (6 tháng đầu năm 2024)
    st = collections.Counter(r["file"] for r in answerable if named("Sóc Trăng", r["question"]))
    if st[S22] < 2 or st[C25] < 2:
        errors.append(f"Sóc Trăng asked of 022 {st[S22]} and of 025 {st[C25]} times (< 2 each)")
    info["Sóc Trăng questions (022 / 025)"] = f"{st[S22]} / {st[C25]}"

    # 025: a unit the question names is named in its gold line
    units, n_unit = collections.Counter(), 0
    for r in answerable + slips:
        if r["file"] != C25:
            continue
        q = r.get("correct", r["question"])
        asked = [u for u in CLUSTER if named(u, q)]
        if not asked:
            continue
        n_unit += 1
        line = gold_line(C25, r["gold_snippets"])
        for u in asked:
            units[u] += 1
            if line and not named(u, line):
                errors.append(f"{r['id']}: asks {u} but its gold line does not name it")
    if n_unit < CLUSTER_QUESTIONS_MIN or len(units) < CLUSTER_UNITS_MIN:
        errors.append(f"025: {n_unit} questions name a unit, units asked {dict(units)}")
    info["025 questions naming a unit"] = f"{n_unit} {dict(units)}"

    # 024: questions naming only the sidecar's province
    place = yaml.safe_load(open(os.path.join(CORPUS19, SIDECAR), encoding="utf-8"))["place"]
    n_place = sum(1 for r in answerable if r["file"] == T24 and named(place, r["question"]))
    if n_place < SIDECAR_PLACE_MIN:
        errors.append(f"024: only {n_place} questions name {place} (< {SIDECAR_PLACE_MIN})")
    info[f"024 questions naming {place}"] = n_place

    # slips: the kinds of Southern spelling and phone typing
    kinds = collections.Counter()
    import difflib
    for r in slips:
        a, b = r["question"].split(), r["correct"].split()
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
            if op == "replace":
                for w, c in zip(a[i1:i2], b[j1:j2]):
                    kinds[slip_kind(w, c)] += 1
    for k, m in SLIP_KINDS.items():
        if kinds[k] < m:
            errors.append(f"slips{ROUND}: only {kinds[k]} of kind {k} (< {m})")
    info["slip kinds"] = dict(sorted(kinds.items()))
    return info


def main():
    body, full = load19()
    errors = []
    check_corpus(body, full, errors)
    fail_on(errors)

    gold_ok = gold_checker(body, errors)
    answerable = answerable_rows(ANSWERABLE, ROUND, ANSWER_KINDS, gold_ok, errors)
    swaps = dict(SWAPS, not_said=0)
    rows = [("not_said" if s == "detail" else s, q, v, src, exp, ()) for s, q, v, src, exp in NEAR_MISSES]
    near = near_miss_rows_with_cross(rows, ROUND, swaps, full, errors)
    for record, (s, *_) in zip(near, NEAR_MISSES):
        record["swapped"] = s
    off = off_topic_rows([q for _, q in OFF_TOPIC], ROUND)
    small = smalltalk_rows(SMALLTALK, ROUND, INTENTS, errors, prefix="t")
    slips = [r | {"based_on": None} for r in slip_rows(SLIPS, ROUND, gold_ok, errors, strict=True)]
    sets = {f"answerable{ROUND}": answerable, f"near_misses{ROUND}": near, f"off_topic{ROUND}": off,
            f"slips{ROUND}": slips, f"smalltalk{ROUND}": small}
    check_repeats(sets, ROUND, errors, suffix="_tune.jsonl")

    check_minimums(sets, MINS, answerable, KIND_MIN, errors)
    for sname, rows_ in (("answerable", answerable), ("slips", slips)):
        unused = set(body) - {r["file"] for r in rows_}
        if unused:
            errors.append(f"{sname}{ROUND}: files unused: {sorted(unused)}")
    fc = collections.Counter(r["file"] for r in answerable)
    share = sum(fc[n] for n in NEW) / len(answerable)
    if not NEW_SHARE[0] <= share <= NEW_SHARE[1]:
        errors.append(f"answerable: {share:.0%} on the new documents (not {NEW_SHARE[0]:.0%}–{NEW_SHARE[1]:.0%})")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in SWAPS.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    for record, (s, q, v, src, exp) in zip(near, NEAR_MISSES):
        if s == "detail" and v is not None:
            errors.append(f"{record['id']}: a detail near miss carries a value")
    pos = collections.Counter(position(q, v) for s, q, v, *_ in NEAR_MISSES
                              if v and strip_marks(v).lower() in strip_marks(q).lower())
    for p in ("first", "middle", "last"):
        if pos[p] < POSITION_MIN:
            errors.append(f"near_misses{ROUND}: swapped value {p} only {pos[p]} times (< {POSITION_MIN})")
    ic = collections.Counter(r["intent"] for r in small)
    if set(ic) != INTENTS:
        errors.append(f"smalltalk{ROUND}: intents unused: {sorted(INTENTS - set(ic))}")

    # off topic: the hard half names a place or body of corpus19
    for m in HARD_MARKERS:
        if not any(named(m, t) for t in full.values()):
            errors.append(f"HARD_MARKERS: {m!r} is in no file of corpus19")
    hard = 0
    for i, (is_hard, q) in enumerate(OFF_TOPIC, 1):
        if is_hard:
            hard += 1
            if not any(named(m, q) for m in HARD_MARKERS):
                errors.append(f"o{ROUND}_{i:03d}: hard off-topic question names no place or body of corpus19")
    if not HARD_SHARE[0] <= hard / len(OFF_TOPIC) <= HARD_SHARE[1]:
        errors.append(f"off_topic{ROUND}: {hard} of {len(OFF_TOPIC)} of the hard kind (not about half)")

    # Southern speech
    south = {}
    for sname, need in SOUTHERN_NEEDS.items():
        key = "correct" if sname.startswith("slips") else "question"
        n = sum(1 for r in sets[sname] if southern(r[key]))
        south[sname] = f"{n}/{len(sets[sname])}"
        if n < need * len(sets[sname]):
            errors.append(f"{sname}: only {n} of {len(sets[sname])} in Southern speech (< {need:.0%})")
    shares = unmarked_shares(sets, UNMARKED, errors)
    info = check_own(body, full, answerable, slips, errors)
    fail_on(errors)

    split_and_write(sets, ROUND)

    print("answerable kinds (tune/test):", halves(f"answerable{ROUND}", lambda r: r["kind"]))
    print("answerable files (tune/test):", halves(f"answerable{ROUND}", lambda r: r["file"][:3]))
    print(f"answerable on the new documents: {sum(fc[n] for n in NEW)}/{len(answerable)} ({share:.0%})")
    print("near miss swapped (tune/test):", halves(f"near_misses{ROUND}", lambda r: r["swapped"]))
    print("near miss source files:", dict(sorted(collections.Counter(s[3][:3] for s in NEAR_MISSES).items())))
    print("near miss swapped value first/middle/last:", dict(sorted(pos.items())))
    print("smalltalk intents (tune/test):", halves(f"smalltalk{ROUND}", lambda r: r["intent"]))
    print("slips files (tune/test):", halves(f"slips{ROUND}", lambda r: r["file"][:3]))
    print(f"off topic of the hard kind: {hard}/{len(OFF_TOPIC)}")
    print("without diacritics:", shares)
    print("in Southern speech:", south)
    for k, v in info.items():
        print(f"{k}: {v}")
    print("new documents (words):", {n[:3]: len(body[n].split()) for n in NEW})
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
