#!/usr/bin/env python3
"""Round 15 evaluation sets for the danvan bot (written independently, from the
five bundled corpus articles only; the retrieval, bot and test code were not read,
nor any *_test.jsonl file, nor the data files under retrieval/; the bot was not run
on these questions; earlier *_tune.jsonl files were read only to avoid repeating
their questions).

Theme: how people really type in a Telegram chat.  Spread over all five sets (most
questions stay ordinary and varied): ending punctuation and particles ("??", "?!",
"...", "…", none, " ?" with a space; "ạ", "vậy", "thế", "nhỉ", "nhé", "hả", "à",
"vậy ạ"); openers ("ad ơi", "bot ơi", "cho em hỏi", "mọi người ơi", "hỏi chút",
"e hỏi xíu", "@danvan_bot", a greeting before the question); two sentences (a bit
of context, then the question; a question, then a thank-you); teen / SMS
abbreviations ("ko", "k", "dc"/"đc", "j", "bn", "ntn", "ng", "vs", "mk", "tp",
"t.p", "q.", "h."); ALL CAPS; stray double spaces or no space after a comma; an
emoji at the end; about a quarter typed without diacritics; Telex keys left in
when the phone's IME is off ("nawm", "hooij", "naij", "trij") as slips with the
intended question in ``correct``.

Checks (the script stops on any failure), those of build_round14.py:
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named article (``rounds.gold_checker``);
- a near miss's swapped value is in its question and absent (whole words, with or
  without marks) from its source and from every other article (``rounds.check_swapped``,
  ``CROSS`` empty); no place swap on article 002 (its province is not named); each near
  miss carries ``expect`` (what the corpus does hold, with the article number);
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits (``rounds.slip_rows``, strict);
- ids unique per set, with the prefixes a15_, n15_, o15_, s15_ (slips), t15_ (small
  talk); no question repeats (exact, lower-cased) another of this round or one of any
  earlier ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts below: every answer kind at least ten times, every article used
  by the answerable questions and the slips, all twelve small-talk intents, the shares
  typed without diacritics.
Then each set is shuffled ONCE with a fresh ``random.Random(15)`` (``rounds.split_and_write``):
the first half (rounded down) goes to ``<set>15_tune.jsonl``, the rest to
``<set>15_test.jsonl``, each half in id order.  Running the script again rewrites the
ten files byte for byte.
"""

import collections
import sys

from rounds import (F0, F1, F2, F3, F4, ANSWER_KINDS, INTENTS, answerable_rows, check_repeats,
                    check_swapped, fail_on, gold_checker, load_corpus, off_topic_rows, slip_rows, smalltalk_rows,
                    split_and_write, strip_marks)

ROUND = 15

# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 (chiều 2/7, đăng 09/07/2020) ---
    ("ai", F0, "ad ơi ai là chủ tịch ubmttq thành phố hưng yên dự giao ban dân vận hồi tháng 7/2020 vậy ạ??",
     ["Lương Công Chanh", "Chủ tịch UBMTTQVN thành phố"],
     "Đồng chí Lương Công Chanh (trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN thành phố)"),
    ("ai", F0, "cho em hỏi bên ban dân vận tỉnh thì ai xuống dự giao ban của thành ủy hưng yên chiều 2/7 ạ",
     ["Cao Quang Hưng, tỉnh ủy viên", "Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"],
     "Đồng chí Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"),
    ("ai", F0, "AD OI, nhung ai phat bieu ghi nhan ket qua ban dan van tp hung yen 6 thang dau 2020??",
     ["ghi nhận những kết quả ban Dân vận thành phố đã đạt được", "Cao Quang Hưng - Tỉnh ủy viên"],
     "Đồng chí Cao Quang Hưng (Ban Dân vận tỉnh ủy) và đồng chí Nguyễn Chí Thanh (Phó Bí thư thường trực Thành ủy)"),
    ("khi_nao", F0, "HỘI NGHỊ GIAO BAN DÂN VẬN 6 THÁNG ĐẦU NĂM 2020 CỦA THÀNH ỦY HƯNG YÊN HỌP BUỔI NÀO NGÀY NÀO",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban công tác Dân vận"], "Chiều ngày 2/7 (năm 2020)"),
    ("khi_nao", F0, "kế hoạch thực hiện đề án 02 của btv tỉnh ủy hưng yên đề ngày nào nhỉ",
     ["Kế hoạch thực hiện đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"], "Ngày 15/8/2016"),
    ("khi_nao", F0, "de an 02 ve dan van chinh quyen o hung yen ap dung giai doan nao vay ?",
     ["chính quyền các cấp, giai đoạn 2016 – 2020"], "Giai đoạn 2016 – 2020"),
    ("bao_nhieu", F0, "Mình đang tổng hợp văn bản. Chương trình số mấy của BCH Đảng bộ TP Hưng Yên được nhắc trong giao ban dân vận 2020?",
     ["chương trình số 10 của BCH Đảng bộ thành phố"], "Chương trình số 10"),
    ("o_dau", F0, "phong trào “chiều thứ 6” vì môi trường sạch đẹp là của tp nào thế",
     ["Vì môi trường thành phố Hưng Yên sạch - đẹp"], "Thành phố Hưng Yên"),
    ("o_dau", F0, "ở tp hưng yên đơn vị nào đi tuyên truyền cho dân chấp hành giải phóng mặt bằng năm 2020 vậy 🙏",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền, vận động nhân dân"],
     "Khối dân vận các phường, xã"),
    ("nhu_the_nao", F0, "mọi người ơi, thành phố hưng yên làm GPMB các công trình trọng điểm năm 2020 ntn?",
     ["công tác GPMB các công trình trọng điểm đảm bảo đúng tiến độ, thời gian"],
     "UBND thành phố tập trung chỉ đạo GPMB ngay từ đầu năm, đảm bảo đúng tiến độ, thời gian"),
    ("la_gi", F0, "Mình đang làm báo cáo. Đề án 02 của BTV Tỉnh ủy Hưng Yên là về nội dung gì?",
     ["công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"],
     "Nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp (2016 – 2020)"),
    ("la_gi", F0, "6 tháng cuối năm 2020 dân vận tp hưng yên phải đôn đốc giám sát phong trào j",
     ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"],
     "Phong trào “Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”"),
    ("paraphrase", F0, "hết dịch covid thì t.p hưng yên động viên bà con làm gì  vậy ạ",
     ["tích cực lao động phát triển sản xuất sau đại dịch Covid - 19"],
     "Tích cực lao động, phát triển sản xuất sau đại dịch Covid-19"),
    ("paraphrase", F0, "chỗ nào dân còn hay bức xúc thì dân vận tp hưng yên tính làm gì",
     ["chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc"],
     "Chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc, vấn đề mới nảy sinh để hướng dẫn, chỉ đạo cụ thể"),
    ("keywords", F0, "hưng yên đô thị văn minh",
     ["gắn với xây dựng nông thôn mới, đô thị văn minh"],
     "Tham mưu đẩy mạnh thực hiện quy chế dân chủ gắn với xây dựng nông thôn mới, đô thị văn minh"),
    ("keywords", F0, "copyright VNPT Hưng Yên",
     ["© 2016 Copyright by VNPT Hưng Yên."], "© 2016 Copyright by VNPT Hưng Yên"),
    ("no_diacritics", F0, "e hoi xiu, pho chu tich ubnd tp hung yen du giao ban dan van 2/7 la ai vay",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    ("no_diacritics", F0, "6 thang dau 2020 ban dan van thanh uy hung yen nam tam tu cua dan de lam gi",
     ["dự báo tình hình phục vụ cho nhiệm vụ phát triển KT-XH"],
     "Để dự báo tình hình phục vụ nhiệm vụ phát triển KT-XH, an ninh – quốc phòng"),
    ("no_diacritics", F0, "ban dan van thanh uy hung yen chu dong tham muu giai quyet van de gi?",
     ["giải quyết những vấn đề mới nảy sinh tại địa phương"],
     "Những vấn đề mới nảy sinh tại địa phương"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 (chiều 20/12) ---
    ("ai", F1, "@danvan_bot ở hà nam ng nào lên trao bằng khen cho 10 mô hình dvk cấp tỉnh",
     ["Nguyễn Anh Chức", "Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("ai", F1, "Trưởng ban dân vận tỉnh ủy hà nam năm 2022 là ai thế",
     ["Đinh Thị Lụa", "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"],
     "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"),
    ("ai", F1, "bot ơi, ai phát biểu chỉ đạo ở hội nghị tổng kết dân vận hà nam chiều 20/12 thế",
     ["Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo"],
     "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy"),
    ("khi_nao", F1, "hà nam tổng kết dân vận khéo 2022 vào chiều hôm nào nhỉ",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Chiều ngày 20/12 (năm 2022)"),
    ("khi_nao", F1, "quy che so 05 cua btv tinh uy ha nam ky ngay nao the",
     ["Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy"], "Ngày 09/12/2021"),
    ("khi_nao", F1, "Quyết định 23 của BCT về quy chế công tác dân vận ký hôm nào vậy ạ?",
     ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị"], "Ngày 30/7/2021"),
    ("khi_nao", F1, "Bot tìm giúp mk nhé: hà nam dặn phải nắm chắc tâm tư công nhân lao động dịp tết nào",
     ["nhất là dịp trước, trong và sau Tết Nguyên đán Quý Mão 2023"],
     "Trước, trong và sau Tết Nguyên đán Quý Mão 2023"),
    ("bao_nhieu", F1, "Mình đang viết báo cáo. Năm 2022 Hà Nam công nhận bao nhiêu mô hình dân vận khéo vậy?",
     ["306 mô hình “Dân vận khéo” của các cơ quan, tổ chức, đơn vị"], "306 mô hình"),
    ("bao_nhieu", F1, "ha nam 2022 co bn mo hinh dvk cap tinh dc trao bang khen?? cam on ad",
     ["trao Bằng khen cho 10 mô hình"], "10 mô hình “Dân vận khéo” cấp tỉnh"),
    ("bao_nhieu", F1, "trang tin ha nam bai trien khai nhiem vu nam 2023 co bao nhieu luot xem vay",
     ["Lượt xem: 591"], "591 lượt xem"),
    ("bao_nhieu", F1, "đại hội đảng bộ tỉnh hà nam mà nghị quyết được nhắc tới là lần thứ mấy",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đề ra"], "Lần thứ XX"),
    ("o_dau", F1, "bằng khen cho 10 mô hình dvk cấp tỉnh hà nam là của cơ quan nào",
     ["được nhận Bằng khen của UBND tỉnh"], "UBND tỉnh (Hà Nam)"),
    ("o_dau", F1, "giay khen phat o hoi nghi ha nam 20/12 la cua ban nao vay",
     ["Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy."], "Ban Dân vận Tỉnh ủy (Hà Nam)"),
    ("o_dau", F1, "mô hình chính quyền thân thiện vì dân phục vụ bên hà nam áp dụng cho cấp nào thế ạ",
     ['mô hình "Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'], "Cấp huyện, cấp xã"),
    ("nhu_the_nao", F1, "hà nam 2022 mấy mô hình hoạt động hiệu quả thì được phổ biến ra sao để nơi khác học?",
     ["để các địa phương, đơn vị thăm quan, học tập, trao đổi kinh nghiệm"],
     "Đẩy mạnh tuyên truyền, phổ biến để các địa phương, đơn vị thăm quan, học tập, trao đổi kinh nghiệm, nhân rộng"),
    ("nhu_the_nao", F1, "chính quyền hà nam năm 2022 làm dân vận gắn vs cái j vậy ạ",
     ["gắn với thực hiện các nhiệm vụ, giải pháp phát triển kinh tế"],
     "Gắn với nhiệm vụ, giải pháp phát triển kinh tế - xã hội, an ninh chính trị, phòng chống Covid-19, cải cách thủ tục hành chính …"),
    ("nhu_the_nao", F1, "mô hình dvk năm 2023 của hà nam phải làm theo hướng ntn",
     ["tập trung vào những việc mới, việc khó"],
     "Hướng vào nhiệm vụ chính trị trọng tâm, việc mới, việc khó, vấn đề bức thiết; đem lại lợi ích thiết thực cho Nhân dân"),
    ("la_gi", F1, "năm 2023 theo bài hà nam là năm gì của nhiệm kỳ nhỉ…",
     ["năm 2023 là năm giữa nhiệm kỳ"], "Năm giữa nhiệm kỳ"),
    ("la_gi", F1, "Quy chế 05 của Hà Nam tên là gì??",
     ["“Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"],
     "“Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"),
    ("paraphrase", F1, "lãnh đạo các cấp ở hà nam có chịu ngồi nói chuyện trực tiếp với dân ko",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Có: người đứng đầu thực hiện tốt việc tiếp công dân và đối thoại với Nhân dân"),
    ("paraphrase", F1, "hà nam có bảo phải cãi lại mấy luận điệu xuyên tạc không?",
     ["tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
     "Có: tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"),
    ("paraphrase", F1, "hồi tết nhâm dần mặt trận với các hội ở hà nam có lo cho bà con khó khăn ko",
     ["chính sách an sinh xã hội, nhất là dịp Tết Nguyên đán Nhâm Dần 2022"],
     "Có: phối hợp thực hiện tốt các chính sách an sinh xã hội, nhất là dịp Tết Nhâm Dần 2022"),
    ("keywords", F1, "quy định 124 ban bí thư",
     ["theo Quy định số 124, ngày 02/02/2018 của Ban Bí thư"],
     "Giám sát việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu, cán bộ chủ chốt theo Quy định số 124 (02/02/2018)"),
    ("keywords", F1, "tín ngưỡng hà nam 2022",
     ["tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn"],
     "Ban Dân vận và Khối Dân vận cơ sở nắm tình hình hoạt động tín ngưỡng, tôn giáo, tham mưu giải quyết"),
    ("no_diacritics", F1, "ha nam 2022 can bo cong chuc duoc yeu cau nang cao y thuc gi",
     ["nêu cao tinh thần trách nhiệm, ý thức phục vụ nhân dân"],
     "Tinh thần trách nhiệm, ý thức phục vụ nhân dân"),
    ("no_diacritics", F1, "nam 2022 chinh quyen ha nam day manh cai cach gi vay",
     ["đẩy mạnh cải cách thủ tục hành chính"], "Cải cách thủ tục hành chính"),
    ("no_diacritics", F1, "chi thi 08 cua btv tinh uy ha nam noi ve van de gi",
     ["Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo"],
     "Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo của hệ thống chính trị trong tình hình mới"),

    # --- 002 giao ban dân vận quý I/2019 (28/3/2019; tỉnh không nêu tên) ---
    ("khi_nao", F2, "chào bot, giao ban dân vận quý 1/2019 của ban dân vận tỉnh ủy họp ngày nào vậy ạ",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("khi_nao", F2, "đại hội ủy ban mttq các cấp nhắc trong giao ban quý 1/2019 là nhiệm kỳ nào",
     ["Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    ("ai", F2, "ad ơi hôm giao ban dân vận quý I/2019 ông chủ tịch hđnd tỉnh là ai thế ạ",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"], "Đồng chí Hoàng Văn Nghiệm"),
    ("ai", F2, "bài giao ban dân vận quý 1 2019 ai đưa tin? cảm ơn ad 🙏",
     ["Thùy Linh"], "Thùy Linh"),
    ("bao_nhieu", F2, "tet ky hoi tang bao nhieu luot qua vay??",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà"),
    ("bao_nhieu", F2, "chủ đề năm dân vận chính quyền 2019 gồm mấy cụm từ vậy bot",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
     "5: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("o_dau", F2, "giao ban quý I/2019 ngoài lãnh đạo tỉnh ủy, ubnd thì có đại diện cơ quan nào nữa vậy ạ",
     ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    ("o_dau", F2, "mttq phải phối hợp tổ chức đại hội ở những cấp nào năm 2019",
     ["Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp"],
     "Các cấp: Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"),
    ("la_gi", F2, "năm 2019 phó bí thư thường trực tỉnh ủy giao chủ đề công tác gì vậy bot",
     ["“Năm Dân vận chính quyền” 2019 kỷ cương, liêm chính"],
     "“Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("la_gi", F2, "tiêu đề bài viết của Thùy Linh là gì",
     ["Hội nghị giao ban công tác dân vận quý I năm 2019"], "“Hội nghị giao ban công tác dân vận quý I năm 2019”"),
    ("nhu_the_nao", F2, "Các cấp chính quyền quý 1/2019 làm gì để phục vụ dân và doanh nghiệp tốt hơn?",
     ["tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm"],
     "Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    ("nhu_the_nao", F2, "ông Nghiệm đánh giá công tác dân vận quý 1 ntn?",
     ["ghi nhận những kết quả trong thực hiện công tác dân vận", "chỉ rõ một số tồn tại, hạn chế"],
     "Ghi nhận kết quả, đồng thời chỉ rõ một số tồn tại, hạn chế"),
    ("paraphrase", F2, "tỉnh có cho cán bộ dân vận đi học thêm nghiệp vụ không ạ",
     ["tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"],
     "Có: tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho cán bộ làm công tác dân vận"),
    ("paraphrase", F2, "may anh truc tet ky hoi co ai xuong tham khong",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "Có: 8 đoàn kiểm tra các lực lượng trực phục vụ tết"),
    ("paraphrase", F2, "quý đầu năm 2019 có bảo nhân rộng cách làm hay ko...",
     ["tích cực nhân rộng các mô hình, cách làm hay"], "Có: tích cực nhân rộng các mô hình, cách làm hay"),
    ("keywords", F2, "tết kỷ hợi người có công",
     ["12 đoàn công tác thăm, chúc tết", "hoàn cảnh đặc biệt khó khăn, người có công"],
     "12 đoàn công tác thăm, chúc tết gia đình khó khăn, người có công; 8 đoàn kiểm tra; trên 62 nghìn lượt quà, trên 26 tỷ đồng"),
    ("keywords", F2, "đại biểu thảo luận quý I",
     ["đã trao đổi, thảo luận, đánh giá những kết quả đạt được trong quý I"],
     "Các đại biểu trao đổi, thảo luận, đánh giá kết quả quý I và đưa ra giải pháp"),
    ("no_diacritics", F2, "bot oi pho chu tich ubnd tinh du giao ban dan van 28/3/2019 ten gi",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    ("no_diacritics", F2, "quy 1 2019 ban dan van cac cap tham muu cho cap uy nhung mang viec nao",
     ["công tác dân vận, dân tộc, tôn giáo, thực hiện quy chế dân chủ"],
     "Công tác dân vận, dân tộc, tôn giáo, thực hiện quy chế dân chủ ở cơ sở"),
    ("no_diacritics", F2, "thoi gian toi dong chi nghiem muon tang cuong nam bat tinh hinh o dau",
     ["tăng cường nắm bắt tình hình cơ sở"], "Ở cơ sở"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 09/7/2019 ---
    ("ai", F3, "cho em hỏi phó trưởng ban thường trực ban dân vận thành ủy hà nội dự hội nghị cụm thi đua 9/7/2019 là ai ạ",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"], "Đồng chí Đào Ngọc Triệu"),
    ("ai", F3, "hỏi chút, PCT UBND q. Cầu Giấy năm 2019 là ai vậy...",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy"], "Đồng chí Trần Việt Hà"),
    ("ai", F3, "chủ tịch hđnd quận cầu giấy hồi 2019 là ai thế",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận"], "Đồng chí Phương Kiến Quốc"),
    ("khi_nao", F3, "ngày nào trong tháng 7/2019 thì cụm thi đua dân vận quận ủy hn tọa đàm về QCDC vậy",
     ["Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội"], "Ngày 09/7/2019"),
    ("khi_nao", F3, "bai ve cum thi dua dan van cac quan uy len web ngay may",
     ["Ngày đăng 09/07/2019"], "Ngày 09/07/2019 (lúc 17:03)"),
    ("bao_nhieu", F3, "bài cụm thi đua dân vận các quận ủy HN có bao nhiêu view thế",
     ["View count: 324"], "324"),
    ("bao_nhieu", F3, "mọi người ơi dvk ở các quận HN năm 2019 gắn với NQ trung ương mấy (khóa XII) vậy",
     ["Nghị quyết Trung ương 4 (khóa XII)"], "Nghị quyết Trung ương 4 (khóa XII)"),
    ("o_dau", F3, "chỉ thị 05 mà dân vận khéo ở các quận gắn vào là của cơ quan nào",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị"], "Bộ Chính trị (Chỉ thị số 05-CT/TW)"),
    ("o_dau", F3, "ông Phương Kiến Quốc nêu bật kết quả kinh tế xã hội của quận nào",
     ["quận Cầu Giấy trong những tháng đầu năm 2019"], "Quận Cầu Giấy"),
    ("nhu_the_nao", F3, "bà Tuyến chỉ đạo ban dân vận các quận trong cụm làm gì với cán bộ đảng viên?",
     ["tiếp tục nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức"],
     "Tiếp tục nâng cao nhận thức về công tác dân vận cho cán bộ, đảng viên, công chức, viên chức"),
    ("nhu_the_nao", F3, "mk hỏi vs,phong trào dân vận khéo ở các quận HN năm 2019 phát triển ra sao",
     ["ngày càng phát triển sâu rộng"],
     "Ngày càng phát triển sâu rộng, được hưởng ứng với nhiều mô hình, điển hình hiệu quả"),
    ("la_gi", F3, "tọa đàm của cụm thi đua dân vận quận ủy tháng 7/2019 chủ đề là gì??",
     ["quy chế dân chủ trong công tác quản lý trật tự xây dựng"],
     "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("la_gi", F3, "các đơn vị trong cụm chia sẻ kinh nghiệm thực hiện quy chế gì",
     ["chia sẻ những kinh nghiệm thực hiện “Quy chế dân chủ”"],
     "Quy chế dân chủ (trong quản lý trật tự xây dựng và GPMB)"),
    ("paraphrase", F3, "các quận có sửa bổ sung hương ước của khu dân cư không ạ",
     ["tiếp tục bổ sung hương ước, quy ước"], "Có: tham mưu chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước"),
    ("paraphrase", F3, "ba truong ban dan van thanh uy co nhac chuyen gop to dan pho ko",
     ["sát nhập các tổ dân phố"], "Có: rà soát vấn đề còn bất cập trong việc sát nhập các tổ dân phố"),
    ("paraphrase", F3, "doanh nghiệp ở các quận được bà Tuyến nhắc tới thế nào vậy",
     ["tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"], "Tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"),
    ("keywords", F3, "cụm trưởng cụm phó chuyên viên",
     ["chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó"],
     "Dự hội nghị có các Phó Trưởng Ban, chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó"),
    ("keywords", F3, "lòng tin nhân dân với đảng",
     ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"],
     "Phong trào Dân vận khéo góp phần củng cố lòng tin của Nhân dân với Đảng, Nhà nước"),
    ("no_diacritics", F3, "quan cau giay luon phat huy tiem nang the nao",
     ["quận Cầu Giấy luôn phát huy tiềm năng vươn lên"],
     "Luôn phát huy tiềm năng vươn lên cùng các đơn vị trong cụm hoàn thành tốt nhiệm vụ"),
    ("no_diacritics", F3, "cac don vi trong cum se chon mo hinh diem ra sao",
     ["lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"],
     "Phù hợp với thực tiễn từng địa phương"),
    ("no_diacritics", F3, "ket qua dan van chinh quyen va llvt cac quan nam 2019 ra sao",
     ["dân vận của chính quyền, lực lượng vũ trang đạt được nhiều kết quả"],
     "Đạt được nhiều kết quả; chất lượng hoạt động có nhiều đổi mới"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy (28/4/2020) ---
    ("ai", F4, "ngoài ban dân vận thì những ai cũng phát biểu đồng quan điểm ở buổi làm việc 28/4",
     ["Đồng quan điểm, Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"],
     "Chủ tịch Hội Cựu chiến binh thành phố Hà Nội, Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("ai", F4, "bí thư thành ủy hà nội hồi tháng 4/2020 là ai hả",
     ["Bí thư Thành ủy Hà Nội Vương Đình Huệ cho rằng"], "Đồng chí Vương Đình Huệ"),
    ("ai", F4, "đầu năm 2020 ai là phó trưởng ban thường trực ban dân vận thành ủy hà nội vậy ạ?",
     ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"], "Đồng chí Phạm Hải Hoa"),
    ("khi_nao", F4, "BÍ THƯ HUỆ LÀM VIỆC VỚI BAN DÂN VẬN THÀNH ỦY HÀ NỘI NGÀY NÀO VẬY",
     ["Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Ngày 28/4 (năm 2020)"),
    ("khi_nao", F4, "buổi làm việc 28/4 bàn kết quả của những khoảng thời gian nào",
     ["năm 2019, ba tháng đầu năm và định hướng nhiệm vụ"],
     "Năm 2019, ba tháng đầu năm 2020 và định hướng các tháng cuối năm 2020"),
    ("khi_nao", F4, "phạm hải hoa báo cáo kết quả của năm nào với quý nào",
     ["năm 2019 và quý I/2020"], "Năm 2019 và quý I/2020"),
    ("bao_nhieu", F4, "đoàn kiểm tra của BCĐ trung ương tổng kết qđ 290 tới hà nội là đoàn số mấy",
     ["tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"], "Đoàn kiểm tra số 1"),
    ("bao_nhieu", F4, "Em đang ôn thi tìm hiểu. Đại hội đảng bộ tp hà nội sắp tới (năm 2020) là lần thứ mấy?!",
     ["Đại hội Đại biểu lần thứ XVII của Đảng bộ thành phố"], "Lần thứ XVII"),
    ("o_dau", F4, "Trưởng ban dân vận những quận,huyện nào của HN phát biểu tại buổi làm việc à",
     ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"], "Quận Hoàn Kiếm và huyện Ba Vì"),
    ("o_dau", F4, "bi thu hue muon can bo dan van dam minh vao dau 🙏",
     ["phải đắm mình vào thực tiễn, gần dân"], "Vào thực tiễn, gần dân"),
    ("nhu_the_nao", F4, "Viec giai quyet khieu nai to cao o HN con vuong gi",
     ["chưa kịp thời, dứt điểm để vụ việc kéo dài"],
     "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    ("nhu_the_nao", F4, "với vụ việc nóng bí thư huệ yêu cầu xử lý thế nào",
     ["xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc, vấn đề"],
     "Tập trung tham gia giải quyết, gắn với xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc"),
    ("nhu_the_nao", F4, "Ban Dân vận TU HN năm 2019 tạo chuyển biến về những mặt nào",
     ["tạo chuyển biến về nhận thức, nội dung và phương thức"],
     "Về nhận thức, nội dung và phương thức tiến hành công tác dân vận"),
    ("la_gi", F4, "hạn chế đầu tiên bà Hoa nêu ra là gì vậy",
     ["công tác nắm, đánh giá, dự báo tình hình nhân dân"],
     "Nắm, đánh giá, dự báo tình hình nhân dân ở địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"),
    ("la_gi", F4, "Nam 2020 Ha Noi thuc hien nam gi ve dan van?",
     ["thực hiện tốt Năm Dân vận khéo"], "Năm Dân vận khéo"),
    ("paraphrase", F4, "hà nội có đưa chuyện rác với kẹt xe ra đối thoại với dân không",
     ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Có: Bí thư đề nghị đối thoại chuyên đề về xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("paraphrase", F4, "có phải ở HN nhiều khi ko rõ ng nào chịu trách nhiệm giải quyết chuyện rắc rối trong dân k",
     ["còn lúng túng về thẩm quyền, trách nhiệm cụ thể"],
     "Có: xử lý vấn đề phức tạp có lúc, có nơi còn lúng túng về thẩm quyền, trách nhiệm"),
    ("paraphrase", F4, "tiền hỗ trợ covid của chính phủ thì hệ thống dân vận hà nội có phải lo ko",
     ["việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Có: thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"),
    ("keywords", F4, "tổng kết 290-QĐ/TW khoá X",
     ["Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"],
     "Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"),
    ("keywords", F4, "dân vận llvt thủ đô",
     ["công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"],
     "Công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"),
    ("keywords", F4, "quang cảnh buổi họp ttxvn",
     ["Quang cảnh buổi họp. Ảnh: Văn Điệp/TTXVN"], "Ảnh “Quang cảnh buổi họp” của Văn Điệp/TTXVN"),
    ("no_diacritics", F4, "bi thu hue con kiem truong doan dbqh ha noi dung khong",
     ["Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội Vương Đình Huệ"],
     "Đúng: Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    ("no_diacritics", F4, "ban dan van thanh uy ha noi se lam gi voi vung dong bao dan toc thieu so",
     ["vận động quần chúng vùng đồng bào dân tộc thiểu số"],
     "Làm tốt công tác tuyên truyền, vận động quần chúng vùng đồng bào dân tộc thiểu số"),
    ("no_diacritics", F4, "ket luan buoi lam viec bi thu hue bieu duong nhung ai vay",
     ["biểu dương những nỗ lực của cán bộ, đảng viên làm công tác dân vận"],
     "Cán bộ, đảng viên làm công tác dân vận; Ban Dân vận Thành ủy và hệ thống dân vận các cấp"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect)
# one constraint of a real fact swapped for one the corpus does not hold for it;
# CROSS is empty: no swapped value occurs in any article
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place ---
    ("place", "bot ơi thành ủy bắc ninh giao ban dân vận 6 tháng đầu năm 2020 có ai dự vậy ạ", "bắc ninh", F0,
     "000: giao ban 6 tháng đầu năm 2020 là của Thành ủy TP Hưng Yên"),
    ("place", "phong trao chieu thu 6 vi moi truong sach dep o tp thanh hoa trien khai the nao", "thanh hoa", F0,
     "000: phong trào “Chiều thứ 6” là của thành phố Hưng Yên"),
    ("place", "phường lam sơn vận động dân chấp hành GPMB 6 tháng đầu năm 2020 ra sao ạ", "lam sơn", F0,
     "000: khối dân vận các phường, xã của TP Hưng Yên (không nêu tên phường)"),
    ("place", "tỉnh Nam Định năm 2022 có tổng cộng mấy mô hình dân vận khéo đc công nhận vậy ạ??", "Nam Định", F1,
     "001: 306 mô hình là của Hà Nam"),
    ("place", "cho em hỏi, vĩnh phúc năm 2022 có bn mô hình dvk cấp tỉnh được bằng khen ạ", "vĩnh phúc", F1,
     "001: 10 mô hình cấp tỉnh được Bằng khen là của Hà Nam"),
    ("place", "MỌI NGƯỜI ƠI HUYỆN DUY TIÊN TỔNG KẾT DÂN VẬN KHÉO 2022 NGÀY NÀO", "DUY TIÊN", F1,
     "001: Ban Dân vận Tỉnh ủy Hà Nam tổng kết chiều 20/12; không có huyện Duy Tiên"),
    ("place", "ha tinh nam 2022 ban dan van tinh uy tong ket dan van kheo ngay nao", "ha tinh", F1,
     "001: Hà Nam, chiều 20/12"),
    ("place", "cụm thi đua dân vận các quận ủy sài gòn 2019 tọa đàm về j", "sài gòn", F3,
     "003: Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội"),
    ("place", "pct ubnd q. Thanh Xuân trình bày tham luận gpmb ở hội nghị cụm 9/7/2019 à", "Thanh Xuân", F3,
     "003: tham luận GPMB là của PCT UBND quận Cầu Giấy Trần Việt Hà"),
    ("place", "quan hoang mai nam 2019 ky chuong trinh phoi hop nam dan van chinh quyen voi ubnd quan chua", "hoang mai", F3,
     "003: không nêu tên quận Hoàng Mai; bài về Cụm thi đua, quận Cầu Giấy"),
    ("place", "Trưởng ban Dân vận h. Mê Linh nói gì ở buổi làm việc với bí thư Huệ 28/4?", "Mê Linh", F4,
     "004: Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("place", "bí thư tỉnh ủy quảng ninh làm việc với ban dân vận 28/4/2020 nói gì vậy", "quảng ninh", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ"),
    ("place", "Nghệ An đối thoại chuyên đề về rác thải, ùn tắc giao thông theo chỉ đạo của bí thư tỉnh ủy khi nào", "Nghệ An", F4,
     "004: Bí thư Thành ủy Hà Nội đề nghị đối thoại chuyên đề (không nêu ngày)"),
    ("place", "ad ơi Long An 2020 phát huy vai trò nêu gương của người đứng đầu ntn ạ", "Long An", F4,
     "004: Ban Dân vận Thành ủy Hà Nội"),

    # --- year ---
    ("year", "nam 2013 ha nam cong nhan bn mo hinh dan van kheo vay", "2013", F1,
     "001: năm 2022 công nhận 306 mô hình"),
    ("year", "giao ban dan van quy I nam 2012 co nhung ai du vay a", "2012", F2,
     "002: giao ban quý I năm 2019"),
    ("year", "Năm 2014 Thành ủy Hưng Yên giao ban dân vận nửa đầu năm vào hôm nào?", "2014", F0,
     "000: 6 tháng đầu năm 2020, chiều 2/7"),
    ("year", "cụm thi đua dân vận các quận ủy hà nội sơ kết 6 tháng đầu năm 2025 có gì mới ko", "2025", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("year", "BÍ THƯ HUỆ LÀM VIỆC VỚI BAN DÂN VẬN THÀNH ỦY NĂM 2011 NÓI GÌ", "2011", F4,
     "004: ngày 28/4 (năm 2020)"),
    ("year", "dịp tết đinh dậu ban dân vận tỉnh ủy tổ chức bao nhiêu đoàn thăm chúc tết", "đinh dậu", F2,
     "002: Tết Nguyên đán Kỷ Hợi (12 đoàn)"),
    ("year", "nam 2010 bi thu thanh uy ha noi lam viec voi ban dan van ve viec gi", "2010", F4,
     "004: buổi làm việc 28/4/2020"),
    ("year", "Hà Nam năm 2026 triển khai nhiệm vụ dân vận gì?! cảm ơn bot", "2026", F1,
     "001: nhiệm vụ năm 2023"),

    # --- quarter / period ---
    ("quarter", "giao ban dân vận quý III/2019 của ban dân vận tỉnh ủy có ai dự ạ", "quý III/2019", F2,
     "002: giao ban quý I (28/3/2019), triển khai nhiệm vụ quý II"),
    ("quarter", "quy 4 nam 2018 ban dan van tinh uy tang bao nhieu luot qua", "quy 4 nam 2018", F2,
     "002: quý I/2019, dịp Tết Kỷ Hợi"),
    ("quarter", "9 tháng đầu năm 2022 hà nam công nhận mấy mô hình dvk vậy", "9 tháng đầu năm 2022", F1,
     "001: cả năm 2022 (306 mô hình); không có số 9 tháng"),
    ("quarter", "quý 2 năm 2020 ban dân vận thành ủy hà nội làm được gì", "quý 2 năm 2020", F4,
     "004: kết quả năm 2019 và quý I/2020"),
    ("quarter", "6 thang dau nam 2021 cum thi dua dan van cac quan uy hn so ket ntn", "6 thang dau nam 2021", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("quarter", "cho mk hỏi quý I/2023 ban dân vận tỉnh ủy hà nam đạt kết quả gì ạ 👍", "quý I/2023", F1,
     "001: kết quả năm 2022; năm 2023 chỉ có nhiệm vụ"),
    ("quarter", "QUÝ 3 NĂM 2021 HÀ NỘI DÂN VẬN KHÉO THẾ NÀO", "QUÝ 3 NĂM 2021", F4,
     "004: năm 2019 và quý I/2020"),
    ("quarter", "thanh uy hung yen giao ban dan van 9 thang nam 2020 chua", "9 thang nam 2020", F0,
     "000: giao ban 6 tháng đầu năm 2020"),

    # --- date ---
    ("date", "hội nghị tổng kết dân vận hà nam hôm 15/12 có những ai dự vậy", "15/12", F1,
     "001: hội nghị chiều 20/12"),
    ("date", "giao ban dan van ngay 25/3/2019 co pho chu tich ubnd tinh nao du", "25/3/2019", F2,
     "002: ngày 28/3/2019"),
    ("date", "hôm 10/7/2019 cụm thi đua dân vận quận ủy HN họp bàn nội dung j", "10/7/2019", F3,
     "003: ngày 09/7/2019"),
    ("date", "bi thu hue lam viec voi ban dan van thanh uy ngay 5/5/2020 ket luan gi?", "5/5/2020", F4,
     "004: ngày 28/4"),
    ("date", "chieu 3/7 thanh uy hung yen giao ban dan van 6 thang dau nam co ai du", "3/7", F0,
     "000: chiều ngày 2/7"),
    ("date", "quyết định 23 của bộ chính trị ngày 30/8/2021 về quy chế dân vận nói gì", "30/8/2021", F1,
     "001: Quyết định số 23, ngày 30/7/2021"),
    ("date", "e hỏi xíu quy định 124 ban bí thư ngày 02/03/2018 nói gì vậy", "02/03/2018", F1,
     "001: Quy định số 124, ngày 02/02/2018"),
    ("date", "ke hoach thuc hien de an so 02 ngay 15/9/2016 cua btv tinh uy hung yen", "15/9/2016", F0,
     "000: đề án số 02 ngày 15/8/2016"),

    # --- document ---
    ("document", "Quy chế số 06 của BTV Tỉnh ủy Hà Nam về dân vận hệ thống chính trị có mấy chương ạ", "Quy chế số 06", F1,
     "001: Quy chế số 05, ngày 09/12/2021"),
    ("document", "chỉ thị số 09 của btv tỉnh ủy hà nam về tôn giáo có nội dung gì vậy", "chỉ thị số 09", F1,
     "001: Chỉ thị số 08, ngày 13/10/2021"),
    ("document", "Quyết định số 32 của Bộ Chính trị về quy chế dân vận ra ngày nào ?", "Quyết định số 32", F1,
     "001: Quyết định số 23, ngày 30/7/2021"),
    ("document", "Chỉ thị số 06-CT/TW gắn với dân vận khéo ở các quận ủy HN thế nào", "06-CT/TW", F3,
     "003: Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("document", "cac quan uy ha noi gan dan van kheo voi nghi quyet trung uong 5 khoa XII ntn", "nghi quyet trung uong 5", F3,
     "003: Nghị quyết Trung ương 4 (khóa XII)"),
    ("document", "bí thư huệ kiểm tra chuẩn bị tổng kết quyết định số 291-QĐ/TW ntn", "291-QĐ/TW", F4,
     "004: Quyết định số 290-QĐ/TW"),
    ("document", "de an so 05 cua btv tinh uy hung yen ve dan van chinh quyen", "de an so 05", F0,
     "000: đề án số 02 ngày 15/8/2016"),
    ("document", "Chương trình số 11 của BCH Đảng bộ TP Hưng Yên thực hiện thế nào rồi ạ?", "Chương trình số 11", F0,
     "000: Chương trình (số) 10 của BCH Đảng bộ thành phố"),
    ("document", "Hà Nam giám sát lối sống người đứng đầu theo quy định số 105 của ban bí thư à?", "quy định số 105", F1,
     "001: Quy định số 124, ngày 02/02/2018"),
    ("document", "nghị quyết đại hội đảng bộ tỉnh hà nam lần thứ XIX đề ra mục tiêu gì", "lần thứ XIX", F1,
     "001: Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),

    # --- person ---
    ("person", "bà Trần Thị Hà phó bí thư thường trực tỉnh ủy hà nam phát biểu gì ở tổng kết dân vận 2022", "Trần Thị Hà", F1,
     "001: Phó Bí thư Thường trực Tỉnh ủy là Đinh Thị Lụa"),
    ("person", "ong nguyen anh chuc truong ban dan van tinh uy ha nam noi gi", "nguyen anh chuc truong ban dan van", F1,
     "001: Nguyễn Anh Chức là Phó Chủ tịch Thường trực UBND tỉnh; Trưởng Ban Dân vận là Đinh Thị Lụa"),
    ("person", "Đồng chí Phạm Văn Long, Phó Chủ tịch UBND tỉnh dự giao ban quý I/2019 nói gì", "Phạm Văn Long", F2,
     "002: Phó Chủ tịch UBND tỉnh dự là Nguyễn Long Hải"),
    ("person", "ông nguyễn long hải chủ tịch hđnd tỉnh phát biểu chỉ đạo giao ban quý 1/2019 ra sao", "nguyễn long hải chủ tịch hđnd", F2,
     "002: Nguyễn Long Hải là Phó Chủ tịch UBND tỉnh; Chủ tịch HĐND là Hoàng Văn Nghiệm"),
    ("person", "trưởng ban dân vận thành ủy hà nội Nguyễn Thị Lan phát biểu chỉ đạo cụm thi đua 2019 thế nào", "Nguyễn Thị Lan", F3,
     "003: Trưởng Ban Dân vận Thành ủy là Nguyễn Thị Tuyến"),
    ("person", "đồng chí đào ngọc triệu chủ tịch hđnd quận phát biểu chào mừng hội nghị cụm à", "đào ngọc triệu chủ tịch hđnd", F3,
     "003: Đào Ngọc Triệu là Phó Trưởng ban Thường trực Ban Dân vận Thành ủy; Chủ tịch HĐND quận là Phương Kiến Quốc"),
    ("person", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải làm việc với Ban Dân vận ngày 28/4 nói gì", "Hoàng Trung Hải", F4,
     "004: Bí thư Thành ủy là Vương Đình Huệ"),
    ("person", "pho truong ban thuong truc ban dan van thanh uy ha noi le thi thu bao cao gi", "le thi thu", F4,
     "004: Phó Trưởng ban Thường trực là Phạm Hải Hoa"),
    ("person", "Ông Lê Văn Hùng phó bí thư thành ủy hưng yên dự giao ban dân vận 2/7 à", "Lê Văn Hùng", F0,
     "000: Phó Bí thư thường trực Thành ủy là Nguyễn Chí Thanh"),
    ("person", "ong cao quang hung truong ban dan van tinh uy hung yen noi gi o giao ban thanh pho",
     "cao quang hung truong ban dan van tinh uy", F0,
     "000: Cao Quang Hưng là Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"),

    # --- organisation ---
    ("organisation", "Hội Nông dân tỉnh Hà Nam trao bằng khen cho mấy mô hình dân vận khéo 2022", "Hội Nông dân", F1,
     "001: Bằng khen của UBND tỉnh; Giấy khen của Ban Dân vận Tỉnh ủy"),
    ("organisation", "Sở Lao động tổ chức bao nhiêu đoàn thăm chúc tết kỷ hợi vậy??", "Sở Lao động", F2,
     "002: 12 đoàn của LLVT, MTTQ, các tổ chức chính trị - xã hội; không có Sở Lao động"),
    ("organisation", "ban noi chinh thanh uy ha noi lam viec voi bi thu hue 28/4 ve gi", "ban noi chinh", F4,
     "004: Bí thư làm việc với Ban Dân vận Thành ủy"),
    ("organisation", "Liên đoàn Lao động thành phố Hưng Yên giao ban 6 tháng đầu năm 2020 bàn gì", "Liên đoàn Lao động", F0,
     "000: Thành ủy tổ chức giao ban công tác Dân vận"),
    ("organisation", "hỏi chút: các huyện ủy hà nội có cụm thi đua dân vận sơ kết giữa năm 2019 không", "huyện ủy", F3,
     "003: Cụm thi đua Dân vận các Quận ủy"),
    ("organisation", "Đoàn kiểm tra số 1 của Ủy ban Kiểm tra Trung ương đến Hà Nội làm gì", "Ủy ban Kiểm tra", F4,
     "004: Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương tổng kết Quyết định 290"),
    ("organisation", "ban ton giao tinh to chuc dai hoi gi nam 2019", "ban ton giao", F2,
     "002: Ban Dân tộc tổ chức Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    ("organisation", "hội đồng thi đua khen thưởng tỉnh hà nam công nhận 306 mô hình dvk à", "hội đồng thi đua", F1,
     "001: Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp công nhận"),

    # --- not said: a detail no article gives ---
    ("not_said", "ad ơi năm 2021 hà nam có bn mô hình dvk đc công nhận", None, F1,
     "001: chỉ có số năm 2022 (306); năm 2021 không nêu"),
    ("not_said", "hội nghị giao ban dân vận tp hưng yên chiều 2/7 tổ chức ở hội trường nào vậy", None, F0,
     "000: không nêu địa điểm"),
    ("not_said", "giao ban quý 1/2019 có tổng cộng bao nhiêu đại biểu dự??", None, F2,
     "002: không nêu số đại biểu"),
    ("not_said", "quan cau giay 6 thang dau 2019 tang truong kinh te bao nhieu phan tram", None, F3,
     "003: chỉ nói nêu bật kết quả, không có số"),
    ("not_said", "Hà Nội có bao nhiêu vụ việc nóng cần giải quyết năm 2020", None, F4,
     "004: không nêu số vụ việc"),
    ("not_said", "tp hung yen 6 thang dau 2020 co bao nhieu du an phai gpmb", None, F0,
     "000: chỉ nói “nhiều dự án”"),
    ("not_said", "nam 2022 ha nam to chuc bao nhieu cuoc doi thoai voi dan", None, F1,
     "001: không nêu số cuộc đối thoại"),
    ("not_said", "Tết Nhâm Dần 2022 Hà Nam tặng bao nhiêu suất quà? tks ad", None, F1,
     "001: không nêu số quà"),
    ("not_said", "hoi nghi cum thi dua 9/7/2019 co bao nhieu dai bieu du", None, F3,
     "003: chỉ nêu đại biểu tham luận của 12 đơn vị, không có tổng số"),
    ("not_said", "gói an sinh của chính phủ ở hà nội chi trả được bao nhiêu tiền rồi", None, F4,
     "004: không nêu số tiền"),
    ("not_said", "dai hoi dan toc thieu so tinh nam 2019 to chuc ngay nao a", None, F2,
     "002: không nêu ngày"),
    ("not_said", "ban dan van thanh uy ha noi hien co may phong, bao nhieu nguoi", None, F4,
     "004: không nêu số cán bộ"),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line) — ids t15_
# mixed lines are labelled by their last move; "/help" style commands are help
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bot, chúc buổi sáng tốt lành ạ"),
    ("greeting", "hi ad 👋"),
    ("greeting", "alo alo bot oi"),
    ("greeting", "Xin chào mọi người ạ!!"),
    ("thanks", "cảm ơn ad nhiều ạ 🙏"),
    ("thanks", "thanks bot nhé, đc việc lắm"),
    ("thanks", "cam on nha, mk hieu roi"),
    ("thanks", "THANK YOU BOT!!!"),
    ("farewell", "thôi e đi họp đây, chào bot nhé"),
    ("farewell", "bye bye ad 👋"),
    ("farewell", "tam biet bot nhe"),
    ("farewell", "hẹn mai gặp lại nhé bot..."),
    ("identity", "ơ bot là ai thế nhỉ"),
    ("identity", "ad ơi bot này là ng hay máy vậy"),
    ("identity", "ban ten gi vay bot"),
    ("identity", "@danvan_bot là bot của ai làm ra vậy ạ"),
    ("capability", "bot làm được gì vậy ạ??"),
    ("capability", "bot giup duoc gi cho mk ko"),
    ("capability", "bot trả lời dc những câu hỏi nào thế"),
    ("capability", "bot có biết tra văn bản pháp luật ko?!"),
    ("help", "hướng dẫn sử dụng bot vs ạ"),
    ("help", "ad ơi lệnh /help ở đâu vậy"),
    ("help", "dung bot nay ntn vay ad"),
    ("help", "em ko biết hỏi sao cho đúng, chỉ em vs"),
    ("ack", "ok đc rồi"),
    ("ack", "uk uk"),
    ("ack", "da vang a"),
    ("ack", "ok bot 👍"),
    ("emoji", "👍🏻👍🏻"),
    ("emoji", "🙏🏻🙏🏻🙏🏻"),
    ("emoji", "🤣🤣"),
    ("laughter", "hahaha bot nay vui tinh the"),
    ("laughter", "kkkk bot ơi"),
    ("laughter", "=)) ad oi"),
    ("praise", "bot giỏi quá ạ 👍"),
    ("praise", "tra loi chuan qua"),
    ("praise", "xịn xò ghê bot ơi"),
    ("praise", "BOT HAY QUÁ"),
    ("complaint", "sai rồi ad ơi, check lại đi"),
    ("complaint", "sao ko trả lời mk vậy??"),
    ("complaint", "bot tra loi cham the, doi mai"),
    ("complaint", "hỏi mãi ko ra j, chán"),
    ("chitchat", "bot ơi ăn trưa chưa đó"),
    ("chitchat", "hôm nay mưa to quá mọi người nhỉ"),
    ("chitchat", "bot thích đội bóng nào hả"),
    ("chitchat", "cuoi tuan nay bot lam gi"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# new questions (based_on: null, as in round 2); one or two word-level slips;
# syllables stay separated; digits never changed; Telex keys left in by a phone
# keyboard with the IME off ("nawm", "hooij", "vaf", "naij", "trij", "gif")
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 ---
    (F0, "cho em hỏi nawm 2020 ai là phó bí thư thường trực thành ủy hưng yên ạ",
         "cho em hỏi năm 2020 ai là phó bí thư thường trực thành ủy hưng yên ạ",
         ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"], "Đồng chí Nguyễn Chí Thanh"),
    (F0, "6 tháng đầu năm 2020 tp hưng yên ký kết chương trìh phối hợp dân vận với những ai",
         "6 tháng đầu năm 2020 tp hưng yên ký kết chương trình phối hợp dân vận với những ai",
         ["ký kết các chương trình phối hợp về công tác dân vận với chính quyền"],
         "Với chính quyền, đoàn thể, lực lượng vũ trang cùng cấp"),
    (F0, "hung yen 6 thang cuoi nam 2020 tuyen truyen chaoo mung dai hoi nao",
         "hung yen 6 thang cuoi nam 2020 tuyen truyen chao mung dai hoi nao",
         ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"],
         "Đại hội đại biểu thành phố khóa XXI, tiến tới Đại hội XIII của Đảng"),
    (F0, "Cao Quang Hưng giữ chức vụ gì ở ban dân vận tỉnh ủy hưng yên vậyy",
         "Cao Quang Hưng giữ chức vụ gì ở ban dân vận tỉnh ủy hưng yên vậy",
         ["Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"],
         "Tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"),
    (F0, "khối dân vận cơ sở ở tp hưng yên nắm tình hình tư tưởng của dân để lmà gì",
         "khối dân vận cơ sở ở tp hưng yên nắm tình hình tư tưởng của dân để làm gì",
         ["nắm tình hình diễn biến tư tưởng của các tầng lớp nhân dân", "để tham mưu thực hiện tốt nhiệm vụ phát triển KT-XH"],
         "Để tham mưu thực hiện tốt nhiệm vụ phát triển KT-XH"),
    (F0, "lực lượng vũ trang tp hưng yên 6 tháng đầu năm 2020 làm nhiêm vụ thế nào",
         "lực lượng vũ trang tp hưng yên 6 tháng đầu năm 2020 làm nhiệm vụ thế nào",
         ["triển khai tốt nhiệm vụ được giao, đảm bảo an ninh chính trị"],
         "Bám sát địa bàn, triển khai tốt nhiệm vụ, đảm bảo an ninh chính trị, TTATXH tại các cơ sở"),
    (F0, "BAN DÂN VẬN THÀNH ỦY HƯNG YÊN CÓ THAM MƯU THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ KHÔNGG",
         "BAN DÂN VẬN THÀNH ỦY HƯNG YÊN CÓ THAM MƯU THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ KHÔNG",
         ["thực hiện quy chế dân chủ ở cơ sở; chủ động tham mưu"],
         "Có: duy trì giao ban, thực hiện quy chế dân chủ ở cơ sở"),
    # --- 001 ---
    (F1, "hooij nghị tổng kết dân vận hà nam 2022 có những ai dự vậy",
         "hội nghị tổng kết dân vận hà nam 2022 có những ai dự vậy",
         ["Đinh Thị Lụa", "Nguyễn Anh Chức"],
         "Đồng chí Đinh Thị Lụa và đồng chí Nguyễn Anh Chức"),
    (F1, "quy chế cong tác dân vận của hệ thống chính trị do bộ chính trị ban hành theo quyết định số mấy",
         "quy chế công tác dân vận của hệ thống chính trị do bộ chính trị ban hành theo quyết định số mấy",
         ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị"], "Quyết định số 23 (30/7/2021)"),
    (F1, "hà nam 2022 mttq và các đoàn thể đôi mới nội dung phương thức hoạt động để làm gì",
         "hà nam 2022 mttq và các đoàn thể đổi mới nội dung phương thức hoạt động để làm gì",
         ["đổi mới nội dung, phương thức hoạt động trong tập hợp, vận động Nhân dân"],
         "Để tập hợp, vận động Nhân dân thực hiện chủ trương, chính sách, tham gia các phong trào"),
    (F1, "ha nam 2022 ban dan van cap uy nam tinh hinh ton giao de tao su dong thuaan gi",
         "ha nam 2022 ban dan van cap uy nam tinh hinh ton giao de tao su dong thuan gi",
         ["tạo sự đồng thuận cao trong xã hội"], "Sự đồng thuận cao trong xã hội"),
    (F1, "tai hoi nghi ha nam 20/12 mo hinh dvk cap tinh dc nhna bang khen cua ai",
         "tai hoi nghi ha nam 20/12 mo hinh dvk cap tinh dc nhan bang khen cua ai",
         ["được nhận Bằng khen của UBND tỉnh"], "Của UBND tỉnh"),
    (F1, "Đinh Thị Lụa biểu dương vaf ghi nhận kết quả dân vận năm nào",
         "Đinh Thị Lụa biểu dương và ghi nhận kết quả dân vận năm nào",
         ["đánh giá cao những kết quả đạt được trong công tác dân vận năm 2022"], "Năm 2022"),
    (F1, "mô hình dân vận khéo ở hà nam phaỉ giải quyết nguyện vọng gì của dân",
         "mô hình dân vận khéo ở hà nam phải giải quyết nguyện vọng gì của dân",
         ["giải quyết được nguyện vọng hợp pháp, chính đáng của Nhân dân"],
         "Nguyện vọng hợp pháp, chính đáng của Nhân dân"),
    (F1, "ha nam 2023 tiep tuc quan triet quyet dinh so 23 cua bo chinh tri ve quy chee gi",
         "ha nam 2023 tiep tuc quan triet quyet dinh so 23 cua bo chinh tri ve quy che gi",
         ["ban hành “Quy chế công tác dân vận của hệ thống chính trị”"],
         "“Quy chế công tác dân vận của hệ thống chính trị”"),
    (F1, "hà nam yêu cầu nâng cao chất lượng tiếp dân và giải quyết đơn thư khiếu naij tố cáo ko",
         "hà nam yêu cầu nâng cao chất lượng tiếp dân và giải quyết đơn thư khiếu nại tố cáo ko",
         ["công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo"],
         "Có: nâng cao chất lượng tiếp dân, giải quyết đơn thư khiếu nại, tố cáo ngay từ cơ sở"),
    # --- 002 ---
    (F2, "hooij nghi giao ban quý I năm 2019 có ai phát biểu chỉ đạo",
         "hội nghị giao ban quý I năm 2019 có ai phát biểu chỉ đạo",
         ["Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm"], "Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy"),
    (F2, "tết kỷ hợi kinh phí tặng quà khoảng bao nhiu ạ 🙏",
         "tết kỷ hợi kinh phí tặng quà khoảng bao nhiêu ạ 🙏",
         ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    (F2, "nam 2019 dong chi nghiem de nghi tang cuong phoi hpo giua nhung ai",
         "nam 2019 dong chi nghiem de nghi tang cuong phoi hop giua nhung ai",
         ["tăng cường phối hợp giữa các cơ quan, đơn vị"], "Giữa các cơ quan, đơn vị"),
    (F2, "ban dân vận các cấp trong quý I/2019 nâng cao chất lương hiệu quả công tác nào",
         "ban dân vận các cấp trong quý I/2019 nâng cao chất lượng hiệu quả công tác nào",
         ["nâng cao chất lượng, hiệu quả công tác phối hợp, hướng dẫn"],
         "Công tác phối hợp, hướng dẫn, triển khai chuyên môn, nghiệp vụ, tham mưu cho cấp ủy"),
    (F2, "ong hoang van nghiem giu chuc gi trong tinh uyy",
         "ong hoang van nghiem giu chuc gi trong tinh uy",
         ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ"], "Phó Bí thư Thường trực Tỉnh ủy (và Chủ tịch HĐND tỉnh)"),
    (F2, "ban dân tộc tỉnh năm 2019 phải làm tót việc gì",
         "ban dân tộc tỉnh năm 2019 phải làm tốt việc gì",
         ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"],
         "Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    (F2, "hội nghị giao ban dân vận quý 1/2019 đưa ra giải pháp gì cho thời gian tơi",
         "hội nghị giao ban dân vận quý 1/2019 đưa ra giải pháp gì cho thời gian tới",
         ["các giải pháp nhằm thực hiện tốt công tác dân vận trong thời gian tới"],
         "Các giải pháp nhằm thực hiện tốt công tác dân vận"),
    # --- 003 ---
    (F3, "ông Phương Kiến Quốc phát biểu chào mừng hội nghị vơí cương vị gì",
         "ông Phương Kiến Quốc phát biểu chào mừng hội nghị với cương vị gì",
         ["Phó Bí thư Thường trực - Chủ tịch HĐND quận phát biểu chào mừng Hội"],
         "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận"),
    (F3, "năm 2019 các quận hà nội tham mưu thực hiện tốt chính sách dân tộc tôn giao chưa",
         "năm 2019 các quận hà nội tham mưu thực hiện tốt chính sách dân tộc tôn giáo chưa",
         ["thực hiện tốt chính sách dân tộc, tôn giáo"], "Có: thực hiện tốt chính sách dân tộc, tôn giáo"),
    (F3, "cum thi dua dan van quan uy ha noi gom baoo nhieu don vi",
         "cum thi dua dan van quan uy ha noi gom bao nhieu don vi",
         ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    (F3, "năm 2019 quận ủy xây dựng kế hoạch hội nghị đối thoại giữa ngừoi đứng đầu với dân phải không",
         "năm 2019 quận ủy xây dựng kế hoạch hội nghị đối thoại giữa người đứng đầu với dân phải không",
         ["Kế hoạch tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy"],
         "Đúng: kế hoạch hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân"),
    (F3, "ba nguyen thi tuyen co nhac nhiem vu nam dan van chinh quyeen 2019 khong",
         "ba nguyen thi tuyen co nhac nhiem vu nam dan van chinh quyen 2019 khong",
         ["tiếp tục thực hiện nhiệm vụ “Năm Dân vận chính quyền” 2019"],
         "Có: tiếp tục thực hiện nhiệm vụ “Năm Dân vận chính quyền” 2019"),
    (F3, "tọa đàm QCDC ở cụm thi đua dân vận bàn về quản lý trật tự xây dựng vaf gì nữa",
         "tọa đàm QCDC ở cụm thi đua dân vận bàn về quản lý trật tự xây dựng và gì nữa",
         ["công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng"], "Công tác giải phóng mặt bằng"),
    (F3, "HÔI NGHỊ CỤM THI ĐUA DÂN VẬN CÁC QUẬN ỦY 2019 CÓ TỌA ĐÀM KHÔNG",
         "HỘI NGHỊ CỤM THI ĐUA DÂN VẬN CÁC QUẬN ỦY 2019 CÓ TỌA ĐÀM KHÔNG",
         ["tọa đàm về “Nâng cao chất lượng, hiệu quả việc thực hiện quy chế"],
         "Có: tọa đàm về nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    (F3, "các quận trong cụm lấy ý kiến của mttq đoàn thể và nhân dân khi xây dựng cái gì vạy",
         "các quận trong cụm lấy ý kiến của mttq đoàn thể và nhân dân khi xây dựng cái gì vậy",
         ["các chính sách, quy hoạch và những chương trình dự án lớn"],
         "Các chính sách, quy hoạch và những chương trình dự án lớn của địa phương"),
    # --- 004 ---
    (F4, "bí thư huệ đề nghị ban dân vận phối hợp vs các ban đảng và văn phòng thành ủy để làm gìi",
         "bí thư huệ đề nghị ban dân vận phối hợp vs các ban đảng và văn phòng thành ủy để làm gì",
         ["Thường trực Thành ủy, Ban Thường vụ Thành ủy đối thoại chuyên đề"],
         "Sớm tham mưu giúp Thường trực, Ban Thường vụ Thành ủy đối thoại chuyên đề (rác thải, ô nhiễm, ùn tắc …)"),
    (F4, "cong tac ton giao dan toc o ha noi duoc danh gia nhu the naof",
         "cong tac ton giao dan toc o ha noi duoc danh gia nhu the nao",
         ["Công tác tôn giáo, dân tộc được chú trọng và thực hiện hiệu quả."],
         "Được chú trọng và thực hiện hiệu quả"),
    (F4, "viec phoi hop giua khoi dan van thanh pho voi cac nganh o ha noi ra saoo",
         "viec phoi hop giua khoi dan van thanh pho voi cac nganh o ha noi ra sao",
         ["ngày càng chặt chẽ, hiệu quả"], "Ngày càng chặt chẽ, hiệu quả"),
    (F4, "Bí thư Huệ chỉ đạo xử lý điểm nóng để lập thành tích chào mừng đại hôi nào",
         "Bí thư Huệ chỉ đạo xử lý điểm nóng để lập thành tích chào mừng đại hội nào",
         ["lập thành tích chào mừng Đại hội Đảng bộ các cấp"],
         "Đại hội Đảng bộ các cấp, Đại hội XVII của Đảng bộ thành phố, Đại hội XIII của Đảng"),
    (F4, "bà phạm hải hoa giữ chức gì ở ban dân vận thành ủy hà nộii",
         "bà phạm hải hoa giữ chức gì ở ban dân vận thành ủy hà nội",
         ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"], "Phó Trưởng ban Thường trực"),
    (F4, "cán bộ dân vận thủ đô phải gần dân, thành tâm đến vs nhân dân đê hiểu dân đúng không",
         "cán bộ dân vận thủ đô phải gần dân, thành tâm đến vs nhân dân để hiểu dân đúng không",
         ["thành tâm đến với nhân dân để hiểu dân"], "Đúng: đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"),
    (F4, "hệ thống dân vận hà nội góp phần giữ vững an ninh chính trij ra sao",
         "hệ thống dân vận hà nội góp phần giữ vững an ninh chính trị ra sao",
         ["góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội"],
         "Góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội, phát triển kinh tế, xã hội Thủ đô"),
    (F4, "tồn tại của dân vận hà nội: xử lý vấn đề phức tạp có lúc lúng túnh về gì",
         "tồn tại của dân vận hà nội: xử lý vấn đề phức tạp có lúc lúng túng về gì",
         ["còn lúng túng về thẩm quyền, trách nhiệm cụ thể"], "Về thẩm quyền, trách nhiệm cụ thể"),
    (F4, "Vương Đình Huệ là ủy viên bộ chínhh trị đúng không",
         "Vương Đình Huệ là ủy viên bộ chính trị đúng không",
         ["Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Đúng: Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"),
    (F4, "tieu de bai ttxvn ve bi thu thanh uy ha noi va dan van kheo la gif",
         "tieu de bai ttxvn ve bi thu thanh uy ha noi va dan van kheo la gi",
         ["Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"],
         "“Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào ‘dân vận khéo’”"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "xo so mien bac hom nay ra con gi vay ad",
    "thời tiết hà nam ngày mai có mưa ko bot",
    "kết quả trận việt nam vs thái lan tối qua thế nào??",
    "cho mk xin công thức thịt kho tàu với",
    "Thủ tục đổi bằng lái xe sang thẻ PET cần những gì ạ",
    "lam ho chieu online o dau vay mn",
    "đăng ký kết hôn ở UBND xã cần mang giấy tờ gì",
    "Bắc Ninh vừa khởi công dự án gì lớn vậy",
    "gia vang sjc hom nay bn 1 chi",
    "Ai là Tổng Bí thư hiện nay?",
    "Luật Căn cước 2023 có hiệu lực từ ngày nào?",
    "chào bot, cho hỏi lịch cắt điện khu vực phủ lý tuần này",
    "hội nghị COP28 tổ chức ở đâu thế",
    "mô hình nuôi cá lồng trên sông có lãi ko mọi người",
    "dân số việt nam hiện nay là bao nhiêu ng",
    "van don hang khong la gi vay",
    "vận tốc ánh sáng bằng bao nhiêu km/s",
    "mọi người ơi phí bảo trì đường bộ xe máy còn phải nộp ko",
    "CÁCH TRA CỨU PHẠT NGUỘI XE Ô TÔ",
    "e hoi xiu, nop thue thu nhap ca nhan online the nao",
    "bot ơi hôm nay là ngày bao nhiêu âm lịch",
    "sau sáp nhập thì HN còn bao nhiêu phường xã vậy ad",
    "hội nghị trung ương 8 khóa XIII bàn gì vậy?!",
    "nghị quyết 57 về khoa học công nghệ nội dung chính là j",
    "cach trong rau mam tai nha ntn",
    "@danvan_bot dịch giúp mình câu good morning sang tiếng việt",
    "ban dân vận trung ương được thành lập năm nào ạ?",
    "ngay truyen thong cong tac dan van la ngay nao",
    "Man City đá với Arsenal lúc mấy giờ tối nay",
    "làm sao để xin trợ cấp thất nghiệp vậy ạ",
    "tiền lương cơ sở năm nay tăng lên bn",
    "ky thi tot nghiep thpt nam nay thi may mon",
    "hỏi chút, chùa tam chúc ở hà nam đi đường nào gần nhất",
    "Mình đang đi du lịch Hưng Yên. Phố Hiến có gì chơi ko ad?",
    "cách phòng bệnh sốt xuất huyết cho trẻ em như thế nào ạ 🙏",
    "tra cuu diem thi vao lop 10 ha noi o dau",
    "Quốc hội khóa XV có bao nhiêu đại biểu",
    "vì sao lá cây chuyển màu vàng vào mùa thu…",
    "ty gia do la my hom nay bao nhieu vay",
    "dân vận có phải là môn học ở trường chính trị không",
    "bao giờ thì hết nồm ẩm hả bot",
    "gia xang ron 95 ky dieu chinh nay tang hay giam",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 6, "quarter": 6, "date": 6, "not_said": 10,
         "document": 8, "person": 8, "organisation": 6}
MINS = {"answerable15": 100, "near_misses15": 70, "off_topic15": 40, "smalltalk15": 40, "slips15": 40}
KIND_MIN = 10
UNMARKED = {"answerable15": 0.24, "near_misses15": 0.30, "off_topic15": 0.22, "slips15": 0.15,
            "smalltalk15": 0.25}


def near_miss_rows(rows, arts, errors, cross_used):
    """Records of ``(swapped, question, value, source, expect)`` with the shared checks."""
    out = []
    for i, (swapped, q, value, src, expect) in enumerate(rows, 1):
        tag = f"n{ROUND}_{i:03d}"
        if swapped not in SWAPS:
            errors.append(f"{tag}: bad swapped {swapped}")
        if src not in arts:
            errors.append(f"{tag}: unknown source file {src}")
            continue
        if not expect.strip():
            errors.append(f"{tag}: empty expect")
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")
        if swapped == "not_said":
            if value is not None:
                errors.append(f"{tag}: not_said should carry no value")
        elif not value:
            errors.append(f"{tag}: missing swapped value")
        else:
            check_swapped(tag, q, value, src, arts, CROSS, errors, cross_used)
        out.append({"id": tag, "question": q, "file": None, "gold_snippets": [], "kind": "near_miss",
                    "swapped": swapped, "expect": expect})
    return out


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)
    answerable = answerable_rows(ANSWERABLE, ROUND, ANSWER_KINDS, gold_ok, errors)
    cross_used = []
    near = near_miss_rows(NEAR_MISSES, arts, errors, cross_used)
    off = off_topic_rows(OFF_TOPIC, ROUND)
    slips = [r | {"based_on": None} for r in slip_rows(SLIPS, ROUND, gold_ok, errors, strict=True)]
    small = smalltalk_rows(SMALLTALK, ROUND, INTENTS, errors, prefix="t")
    sets = {f"answerable{ROUND}": answerable, f"near_misses{ROUND}": near, f"off_topic{ROUND}": off,
            f"slips{ROUND}": slips, f"smalltalk{ROUND}": small}

    check_repeats(sets, ROUND, errors, suffix="_tune.jsonl")
    for sname, m in MINS.items():
        if len(sets[sname]) < m:
            errors.append(f"{sname}: only {len(sets[sname])} rows (< {m})")
    kc = collections.Counter(r["kind"] for r in answerable)
    for k in ANSWER_KINDS:
        if kc[k] < KIND_MIN:
            errors.append(f"answerable kind {k}: only {kc[k]} (< {KIND_MIN})")
    for sname, rows in (("answerable", answerable), ("slips", slips)):
        if {r["file"] for r in rows} != set(arts):
            errors.append(f"{sname}{ROUND}: not all five articles used")
    sc = collections.Counter(r["swapped"] for r in near)
    for k, m in SWAPS.items():
        if sc[k] < m:
            errors.append(f"near miss swapped {k}: only {sc[k]} (< {m})")
    ic = collections.Counter(r["intent"] for r in small)
    if set(ic) != INTENTS:
        errors.append(f"smalltalk{ROUND}: intents unused: {sorted(INTENTS - set(ic))}")
    shares = {}
    for sname, need in UNMARKED.items():
        key = "correct" if sname.startswith("slips") else "question"
        rows = sets[sname]
        n = sum(1 for r in rows if r[key] == strip_marks(r[key]))
        shares[sname] = f"{n}/{len(rows)}"
        if n < need * len(rows):
            errors.append(f"{sname}: only {n} of {len(rows)} without diacritics (< {need:.0%})")
    fail_on(errors)

    split_and_write(sets, ROUND)

    def count(values):
        return dict(sorted(collections.Counter(values).items()))

    print("answerable kinds:", dict(sorted(kc.items())))
    print("answerable files:", count(r["file"][:3] for r in answerable))
    print("near miss swapped:", dict(sorted(sc.items())), "| cross-article values:", cross_used)
    print("near miss source files:", count(s[3][:3] for s in NEAR_MISSES))
    print("smalltalk intents:", dict(sorted(ic.items())))
    print("slips files:", count(r["file"][:3] for r in slips))
    print("without diacritics:", shares)
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
