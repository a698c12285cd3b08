#!/usr/bin/env python3
"""Round 16 evaluation sets for the danvan bot (written independently, from the
five bundled corpus articles only; the retrieval, bot and test code were not read,
nor any *_test.jsonl file, nor the data files under retrieval/; the bot was not run
on these questions; earlier *_tune.jsonl files were read only to avoid repeating
their questions).

Theme: a first-time user who has not read the articles — a journalist, a commune or
ward cadre, a retired veteran, a student writing an essay.  They do not know the
reports' wording, so they ask in everyday words:
- paraphrase: many answerable questions share few content words with the line that
  answers them ("được khen" for "được ... khen thưởng", "bộ đội" for "lực lượng vũ
  trang", "ông chủ tịch mặt trận" for "Chủ tịch UBMTTQVN", "mấy nhà thuộc diện chính
  sách", "ông bí thư khen gì"); the builder measures it (``content_overlap``: the
  share of a question's content syllables, without marks, that occur in the line of
  its gold snippet) and asks that at least 40% of the answerable questions stay
  below half (``LOW_OVERLAP``, ``PARAPHRASE_SHARE``); every answer is still in that
  one line;
- answer kinds asked precisely: who (ai, người nào, đồng chí nào, chức vụ gì), how
  many (bao nhiêu, mấy, tổng cộng), when (khi nào, ngày nào, năm nào, hôm nào, bao
  giờ, lúc mấy giờ), where (ở đâu, cơ quan nào, quận nào), what / how;
- long questions with context before them ("Tôi là cán bộ phường, đang làm báo
  cáo. …", "Em là sinh viên đang viết tiểu luận …", "Tôi là cựu chiến binh …", "lần
  đầu dùng bot, cho hỏi …"), two questions in one message (both answered by the same
  line), questions that quote part of a title;
- near misses adjacent to the corpus: a neighbouring province, a district or town
  of the same province or city (Phủ Lý, Lý Nhân, Mỹ Hào, Khoái Châu, Hai Bà Trưng,
  Ba Đình, Đống Đa), a year or Tết before or after, another quarter or half, a
  similar but different body (Hội Phụ nữ, Hội Nông dân, Thành đoàn, Huyện ủy for
  Quận ủy), a document number or date off by one, a person with a similar name or a
  real person given another office, and "not_said" (a figure, a name or a detail the
  articles never give: the province of article 002, the district of Nguyễn Văn
  Chiến, what Lương Công Chanh said, the number of people rewarded);
- off topic: half everyday life and general knowledge, half sharing the corpus's
  words (dân vận, Hà Nội, Hà Nam, Hưng Yên, Cầu Giấy, mô hình, thi đua, Mặt trận,
  Hội Cựu chiến binh, giải phóng mặt bằng, Vương Đình Huệ) but not answered;
- small talk of a first-time user: greetings, "bot này làm gì", "hướng dẫn",
  thanks, goodbyes, compliments and complaints, emoji alone, "alo", "test", with and
  without marks;
- slips: one or two typing slips per question (missing or wrong tone, dropped,
  doubled or swapped letter, Telex keys left in), ``correct`` holds the intended
  question; digits are never changed.

Checks (the script stops on any failure), those of build_round15.py:
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named article (``rounds.gold_checker``);
- a near miss's swapped value is in its question and absent (whole words, with or
  without marks) from its source and from every other article (``rounds.check_swapped``,
  ``CROSS`` empty); no place swap on article 002 (its province is not named); each near
  miss carries ``expect`` (what the corpus does hold, with the article number);
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits (``rounds.slip_rows``, strict);
- ids unique per set, with the prefixes a16_, n16_, o16_, s16_ (slips), t16_ (small
  talk); no question repeats (exact, lower-cased) another of this round or one of any
  earlier ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts below: every answer kind at least ten times, every article used
  by the answerable questions and the slips, all twelve small-talk intents, the shares
  typed without diacritics;
- this round's own: at least ``PARAPHRASE_SHARE`` of the answerable questions have a
  content overlap with their gold line below ``LOW_OVERLAP``.
Then each set is shuffled ONCE with a fresh ``random.Random(16)`` (``rounds.split_and_write``):
the first half (rounded down) goes to ``<set>16_tune.jsonl``, the rest to
``<set>16_test.jsonl``, each half in id order.  Running the script again rewrites the
ten files byte for byte.
"""

import re
import sys

from rounds import F0, F1, F2, F3, F4, build_round_with_expectations, fail_on, load_corpus, strip_marks

ROUND = 16

# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 (chiều 2/7, đăng 09/07/2020) ---
    ("ai", F0, "Tôi là phóng viên, lần đầu dùng bot. Bài về giao ban dân vận giữa năm 2020 của thành phố Hưng Yên do ai viết?",
     ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"], "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("ai", F0, "ong dung dau mat tran o thanh pho hung yen hoi giua 2020 ten la gi",
     ["Lương Công Chanh, ủy viên BTV Thành ủy", "Chủ tịch UBMTTQVN thành phố"],
     "Đồng chí Lương Công Chanh (kiêm trưởng Ban Dân vận Thành ủy)"),
    ("ai", F0, "ông phó bên chính quyền thành phố hưng yên đến họp hôm 2/7 tên gì",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần, Phó chủ tịch UBND thành phố"),
    ("ai", F0, "Trong bài Hưng Yên có ông Cao Quang Hưng và ông Nguyễn Chí Thanh phát biểu, hai ông giữ chức gì?",
     ["Cao Quang Hưng - Tỉnh ủy viên", "Nguyễn Chí Thanh, PPhó Bí thư thường trực Thành ủy"],
     "Cao Quang Hưng: Tỉnh ủy viên, Phó trưởng Ban Thường trực Ban Dân vận tỉnh ủy; Nguyễn Chí Thanh: Phó Bí thư thường trực Thành ủy"),
    ("khi_nao", F0, "bài giao ban dân vận 6 tháng đầu năm 2020 được đưa lên trang hôm nào",
     ["09/07/2020 | 2522"], "Ngày 09/07/2020"),
    ("khi_nao", F0, "Tôi là cán bộ phường, đang làm báo cáo. Thành ủy họp giao ban công tác Dân vận 6 tháng đầu năm 2020 vào buổi nào, hôm nào?",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7/2020"),
    ("khi_nao", F0, "ủy ban thành phố hưng yên bắt tay vào lo giải tỏa mặt bằng từ lúc nào trong năm 2020",
     ["Ngay từ đầu năm UBND tành phố đã tập trung chỉ đạo công tác GPMB"], "Ngay từ đầu năm 2020"),
    ("bao_nhieu", F0, "bai giao ban dan van cua thanh pho hung yen co bao nhieu nguoi xem roi",
     ["09/07/2020 | 2522"], "2522 (con số cạnh ngày đăng)"),
    ("bao_nhieu", F0, "Tôi là phóng viên, cho hỏi buổi họp ở Hưng Yên chiều 2/7/2020 có tổng cộng mấy vị lãnh đạo tới dự?",
     ["Dự và chỉ đạo hội nghị có đồng chí Cao Quang Hưng"],
     "4 đồng chí: Cao Quang Hưng, Nguyễn Chí Thanh, Lương Công Chanh, Vũ Văn Thuần"),
    ("o_dau", F0, "Tin hội nghị giao ban dân vận TP Hưng Yên năm 2020 là của đài nào đưa?",
     ["(Đài truyền thanh thành phố)"], "Đài truyền thanh thành phố (Hưng Yên)"),
    ("o_dau", F0, "trang web dang bai giao ban dan van 6 thang dau nam 2020 do don vi nao giu ban quyen",
     ["© 2016 Copyright by VNPT Hưng Yên."], "VNPT Hưng Yên"),
    ("o_dau", F0, "giữa năm 2020 bộ đội ở thành phố hưng yên giữ yên ổn ở những chỗ nào",
     ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"],
     "Bám sát địa bàn, giữ an ninh chính trị, TTATXH tại các cơ sở"),
    ("nhu_the_nao", F0, "mọi người đến họp hôm đó ở hưng yên bàn bạc những gì",
     ["các đại biểu đã tiến hành thảo luận, bổ sung, làm rõ thêm"],
     "Thảo luận, bổ sung, làm rõ kết quả 6 tháng đầu năm và đề xuất giải pháp cho 6 tháng cuối năm"),
    ("nhu_the_nao", F0, "mat tran voi may hoi o hung yen nua dau 2020 lam co duoc viec khong",
     ["MTTQ và các đoàn thể tiếp tục có những cách làm hiệu quả"],
     "Tiếp tục có những cách làm hiệu quả, thiết thực"),
    ("la_gi", F0, "Hai ông lãnh đạo phát biểu ở Hưng Yên dặn tuyên truyền chào mừng đại hội gì sắp tới?",
     ["tiến tới Đại hội Đảng toàn quốc lần thứ XIII"],
     "Đại hội đảng các cấp, tiến tới Đại hội Đảng toàn quốc lần thứ XIII"),
    ("la_gi", F0, "Ảnh duy nhất trong bài giao ban dân vận TP Hưng Yên chụp gì?",
     ["Toàn cảnh hội nghị"], "Toàn cảnh hội nghị"),
    ("paraphrase", F0, "hồi dịch bệnh 2020 bên hưng yên có đi nói bà con cùng chống dịch không",
     ["phòng chống dịch bệnh Covid - 19"], "Có: động viên các tầng lớp nhân dân phòng chống dịch bệnh Covid-19"),
    ("paraphrase", F0, "mấy nhà thuộc diện thương binh liệt sĩ ở thành phố có được ai để ý lo cho không",
     ["giải quyết các chế độ chính sách cho các hộ"],
     "Có: quan tâm giải quyết chế độ chính sách cho các hộ, đối tượng gia đình chính sách"),
    ("paraphrase", F0, "lãnh đạo xuống dự ở hưng yên có khen bên dân vận không",
     ["ghi nhận những kết quả ban Dân vận thành phố đã đạt được"],
     "Ghi nhận những kết quả Ban Dân vận thành phố đạt được 6 tháng đầu năm"),
    ("paraphrase", F0, "ở thành phố hưng yên có ai chịu khó nghe xem bà con đang nghĩ gì, mong gì không",
     ["Nắm bắt tâm tư, nguyện vọng chính đáng của các tầng lớp nhân dân"],
     "Có: Ban Dân vận Thành ủy nắm bắt tâm tư, nguyện vọng chính đáng của các tầng lớp nhân dân"),
    ("keywords", F0, "hưng yên sản xuất sau covid",
     ["tích cực lao động phát triển sản xuất sau đại dịch Covid - 19"],
     "Động viên nhân dân tích cực lao động phát triển sản xuất sau đại dịch Covid-19"),
    ("keywords", F0, "đề án 02 BTV Tỉnh ủy",
     ["Kế hoạch thực hiện đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"],
     "Kế hoạch thực hiện đề án số 02 (15/8/2016) về nâng cao chất lượng công tác dân vận của chính quyền các cấp, 2016 – 2020"),
    ("no_diacritics", F0, "toi la can bo phuong o hung yen, 6 thang cuoi nam 2020 dan van thanh pho phai ra soat nhung linh vuc nao",
     ["chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc"],
     "Những lĩnh vực nhân dân còn nhiều bức xúc, những vấn đề mới nảy sinh"),
    ("no_diacritics", F0, "ong vu van thuan giu chuc vu gi o thanh pho",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Phó chủ tịch UBND thành phố (Hưng Yên)"),
    ("no_diacritics", F0, "chuong trinh 10 ma hung yen nhac den la cua ai ban hanh",
     ["Chương trình 10 của BCH đảng bộ thành phố"], "Của BCH Đảng bộ thành phố"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 (chiều 20/12) ---
    ("ai", F1, "Tôi là cán bộ xã, chưa đọc bài. Hà Nam năm 2022 ai lo chuyện khen người làm tốt việc với dân?",
     ["Nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận"],
     "Trưởng Ban Dân vận Tỉnh ủy khen thưởng"),
    ("ai", F1, "cuối năm 2022 ở hà nam, ông phó bên chính quyền tỉnh có xuống dự buổi tổng kết không, tên gì",
     ["Phó Chủ tịch Thường trực UBND tỉnh"], "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("ai", F1, "đồng chí nào vừa làm phó bí thư thường trực vừa kiêm trưởng ban dân vận tỉnh ủy hà nam",
     ["Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"], "Đồng chí Đinh Thị Lụa"),
    ("khi_nao", F1, "chi thi 08 ve cong tac ton giao cua tinh uy ha nam ra doi bao gio",
     ["Chỉ thị số 08, ngày 13/10/2021 của Ban Thường vụ Tỉnh ủy"], "Ngày 13/10/2021"),
    ("khi_nao", F1, "Quy định 124 của Ban Bí thư được ký năm nào vậy?",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Ngày 02/02/2018"),
    ("khi_nao", F1, "Bài 'Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023' kể về hội nghị diễn ra hôm nào?",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Chiều ngày 20/12 (năm 2022)"),
    ("khi_nao", F1, "theo bà Lụa thì năm nào là năm giữa nhiệm kỳ",
     ["năm 2023 là năm giữa nhiệm kỳ"], "Năm 2023"),
    ("bao_nhieu", F1, "Bà Lụa yêu cầu quán triệt tổng cộng mấy văn bản, gồm những văn bản nào?",
     ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị", "Chỉ thị số 08, ngày 13/10/2021"],
     "3 văn bản: Quyết định số 23 của Bộ Chính trị, Quy chế số 05 và Chỉ thị số 08 của BTV Tỉnh ủy"),
    ("bao_nhieu", F1, "Tôi là cựu chiến binh, đọc tin Hà Nam trao bằng khen cho các mô hình dân vận khéo cấp tỉnh, được mấy mô hình thế?",
     ['Tại hội nghị có 10 mô hình “Dân vận khéo" cấp tỉnh'], "10 mô hình"),
    ("o_dau", F1, "người dân ở hà nam có chuyện kêu ca thì phải được lo ngay từ đâu",
     ["bức xúc của Nhân dân ngay từ cơ sở"], "Ngay từ cơ sở"),
    ("o_dau", F1, "bai tong ket dan van kheo 2022 cua ha nam lay nguon o to bao nao",
     ["Nguồn Báo Hà Nam"], "Báo Hà Nam"),
    ("o_dau", F1, "Phong trào dân vận khéo ở Hà Nam được triển khai từ đâu đến đâu?",
     ["trong hệ thống chính trị từ tỉnh đến cơ sở"], "Từ tỉnh đến cơ sở, trong hệ thống chính trị"),
    ("nhu_the_nao", F1, "may cach lam chi de trinh dien, lam cho co thi ha nam co dep di khong",
     ["để loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Rà soát, đánh giá các mô hình của năm 2021 và trước đó để loại bỏ mô hình hình thức, kém hiệu quả"),
    ("nhu_the_nao", F1, "bà con ở hà nam có ưng mấy sáng kiến dân vận mới không",
     ["được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ"],
     "Được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ, ghi nhận, đánh giá cao"),
    ("la_gi", F1, "văn bản số 23 ngày 30/7/2021 của Bộ Chính trị là về chuyện gì",
     ["ban hành “Quy chế công tác dân vận của hệ thống chính trị”"],
     "Ban hành “Quy chế công tác dân vận của hệ thống chính trị”"),
    ("la_gi", F1, "phong trào dân vận khéo hà nam 2022 gắn với việc học tập cái gì",
     ["học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"],
     "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (chuyên đề năm 2022)"),
    ("la_gi", F1, "Em là sinh viên viết tiểu luận. Ảnh trong bài Hà Nam có các đơn vị nhận quyết định gì ạ?",
     ['Quyết định công nhận mô hình "Dân vận khéo" cấp tỉnh năm 2022.'],
     "Quyết định công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2022"),
    ("paraphrase", F1, "hà nam có bắt mấy ông lớn phải gương mẫu trước dân không",
     ["phát huy vai trò nêu gương của đội ngũ cán bộ, đảng viên"],
     "Có: phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu"),
    ("paraphrase", F1, "ở hà nam ai trông chừng chuyện tu thân, cách sống của mấy ông lãnh đạo",
     ["giám sát việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu"],
     "MTTQ và các tổ chức chính trị - xã hội giám sát, theo Quy định số 124 của Ban Bí thư"),
    ("paraphrase", F1, "may viec lam kheo o ha nam co phai mang lai cai loi that cho ba con khong",
     ["đem lại lợi ích thiết thực"],
     "Có: mô hình phải đem lại lợi ích thiết thực, giải quyết nguyện vọng hợp pháp, chính đáng của Nhân dân"),
    ("paraphrase", F1, "năm 2022 mặt trận với các hội ở hà nam có lo kết nạp thêm người vào đảng, đoàn, hội không",
     ["phát triển đảng viên, đoàn viên, hội viên mới"],
     "Có: chú trọng phát triển tổ chức, phát triển đảng viên, đoàn viên, hội viên mới"),
    ("keywords", F1, "công nhân tết quý mão",
     ["nhất là dịp trước, trong và sau Tết Nguyên đán Quý Mão 2023"],
     "Nắm chắc tâm tư, nguyện vọng của Nhân dân, công nhân lao động, nhất là dịp Tết Quý Mão 2023"),
    ("keywords", F1, "chính quyền thân thiện hà nam",
     ['mô hình "Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'],
     "Mô hình “Chính quyền thân thiện vì Nhân dân phục vụ” cấp huyện, cấp xã"),
    ("no_diacritics", F1, "toi la phong vien, hoi nghi tong ket dan van kheo 2022 o ha nam co nhung lanh dao nao du",
     ["Đinh Thị Lụa", "Nguyễn Anh Chức"], "Đồng chí Đinh Thị Lụa và đồng chí Nguyễn Anh Chức"),
    ("no_diacritics", F1, "chinh quyen ha nam 2022 co lam dan van gan voi chong dich khong",
     ["phòng, chống dịch bệnh Covid-19"], "Có: gắn với phòng, chống dịch bệnh Covid-19 và các nhiệm vụ khác"),
    ("no_diacritics", F1, "nam 2023 ha nam muon tang cuong doi thoai giua ai voi ai",
     ["đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"],
     "Giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"),

    # --- 002 giao ban dân vận quý I/2019 (28/3/2019; tỉnh không nêu tên) ---
    ("ai", F2, "ông Hoàng Văn Nghiệm lúc dự giao ban dân vận đầu năm 2019 đang giữ những chức gì",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"],
     "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("ai", F2, "ông nào bên ủy ban tỉnh ngồi dự cuộc họp hôm 28/3/2019",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"),
    ("ai", F2, "trong bài giao ban dân vận quý I năm 2019, bức ảnh thứ hai chụp ai đang phát biểu",
     ["Phó Bí thư Thường trực Tỉnh ủy phát biểu"], "Phó Bí thư Thường trực Tỉnh ủy"),
    ("ai", F2, "Tôi là nhà báo, muốn trích dẫn bài 'Hội nghị giao ban công tác dân vận quý I năm 2019'. Tác giả là ai?",
     ["Thùy Linh"], "Thùy Linh"),
    ("ai", F2, "ai được giao lo tổ chức tốt đại hội mặt trận các cấp nhiệm kỳ 2019 – 2024",
     ["Mặt trận Tổ quốc phối hợp với các cơ quan tổ chức tốt Đại hội"],
     "Mặt trận Tổ quốc (phối hợp với các cơ quan)"),
    ("khi_nao", F2, "ban dan van tinh uy hop giao ban quy dau nam 2019 vao bua nao",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("khi_nao", F2, "cuoc hop dan van quy I/2019 trien khai viec cho quy nao",
     ["triển khai nhiệm vụ quý II năm 2019"], "Quý II năm 2019"),
    ("khi_nao", F2, "dịp tết nào tỉnh tổ chức 12 đoàn đi thăm chúc tết",
     ["dịp Tết Nguyên đán Kỷ Hợi đã tổ chức 12 đoàn công tác"], "Tết Nguyên đán Kỷ Hợi (2019)"),
    ("bao_nhieu", F2, "Tết Kỷ Hợi có mấy đoàn đi xem anh em trực tết làm việc",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),
    ("bao_nhieu", F2, "Tôi là cựu chiến binh, nghe nói Tết Kỷ Hợi tỉnh có đoàn đi thăm gia đình người có công, cho hỏi có mấy đoàn?",
     ["12 đoàn công tác thăm, chúc tết"], "12 đoàn công tác"),
    ("bao_nhieu", F2, "tong cong bao nhieu doan ca di tham chuc tet lan di kiem tra dip tet ky hoi",
     ["12 đoàn công tác thăm, chúc tết", "8 đoàn kiểm tra các lực lượng trực phục vụ tết"],
     "20 đoàn (12 đoàn thăm, chúc tết và 8 đoàn kiểm tra)"),
    ("bao_nhieu", F2, "qua tet ky hoi nam do ton het bao nhieu tien",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    ("o_dau", F2, "cuộc họp dân vận hồi cuối tháng 3/2019 do bên nào đứng ra mời họp",
     ["Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ban Dân vận Tỉnh ủy"),
    ("o_dau", F2, "ngoài hai lãnh đạo tỉnh, những ngành nào cũng có mặt ở buổi giao ban 28/3/2019",
     ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    ("nhu_the_nao", F2, "đầu năm 2019 mặt trận với các hội kêu gọi hội viên tham gia chuyện gì",
     ["vận động hội viên, nhân dân tham gia các phong trào thi đua yêu nước"],
     "Tham gia các phong trào thi đua yêu nước, phát triển kinh tế xã hội, thực hiện tốt chính sách an sinh xã hội"),
    ("nhu_the_nao", F2, "Ông Nghiệm muốn các nơi làm gì với những cách làm hay?",
     ["tích cực nhân rộng các mô hình, cách làm hay"], "Tích cực nhân rộng các mô hình, cách làm hay"),
    ("la_gi", F2, "năm 2019 được đặt tên là năm gì trong công tác dân vận",
     ["“Năm Dân vận chính quyền” 2019"],
     "“Năm Dân vận chính quyền” 2019 (kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả)"),
    ("paraphrase", F2, "tet ky hoi nha ngheo voi nha co cong voi cach mang co duoc ai ghe tham khong",
     ["hoàn cảnh đặc biệt khó khăn, người có công"],
     "Có: 12 đoàn công tác thăm, chúc tết các gia đình khó khăn, người có công (Tết Kỷ Hợi)"),
    ("paraphrase", F2, "tỉnh có nhắc công chức phải siết lại nề nếp làm việc ở cơ quan không",
     ["tăng cường kỷ luật, kỷ cương hành chính"],
     "Có: các cấp chính quyền tăng cường kỷ luật, kỷ cương hành chính"),
    ("paraphrase", F2, "ở giao ban dân vận quý I/2019, cấp trên có nói thẳng ra những điểm còn yếu không",
     ["đồng thời chỉ rõ một số tồn tại, hạn chế"], "Có: chỉ rõ một số tồn tại, hạn chế"),
    ("keywords", F2, "dân tộc thiểu số đại hội",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"],
     "Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    ("keywords", F2, "quà tết kỷ hợi 62 nghìn",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng"),
    ("no_diacritics", F2, "lan dau dung bot, cho hoi giao ban dan van quy 1 nam 2019 co nhung ai tham du",
     ["Tham dự có đồng chí Hoàng Văn Nghiệm"],
     "Đồng chí Hoàng Văn Nghiệm, đồng chí Nguyễn Long Hải, lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    ("no_diacritics", F2, "ong nghiem co nhac chuyen cho can bo dan van di hoc them khong",
     ["tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"],
     "Có: tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho cán bộ làm công tác dân vận"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 09/7/2019 ---
    ("ai", F3, "ở hội nghị cụm thi đua quận ủy, ai đọc bài mở đầu cho buổi trao đổi kinh nghiệm",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"],
     "Đồng chí Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy (báo cáo đề dẫn)"),
    ("ai", F3, "trưởng ban dân vận thành ủy hà nội hồi tháng 7/2019 là bà nào",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    ("ai", F3, "Đào Ngọc Triệu giữ chức vụ gì?",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy (Hà Nội)"),
    ("ai", F3, "ai đứng lên chào khách ở hội nghị cụm thi đua",
     ["Chủ tịch HĐND quận phát biểu chào mừng Hội nghị"],
     "Đồng chí Phương Kiến Quốc, Phó Bí thư Thường trực, Chủ tịch HĐND quận"),
    ("khi_nao", F3, "bai ve cum thi dua dan van cac quan uy len trang luc may gio",
     ["Ngày đăng 09/07/2019 | 17:03"], "17:03 ngày 09/07/2019"),
    ("khi_nao", F3, "Em là sinh viên đang viết tiểu luận về Dân vận khéo ở Hà Nội. Cụm thi đua Dân vận các Quận ủy sơ kết 6 tháng đầu năm 2019 vào ngày nào ạ?",
     ["Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy"], "Ngày 09/7/2019"),
    ("khi_nao", F3, "kế hoạch để người đứng đầu quận, phường ngồi nói chuyện với dân là cho năm nào",
     ["với Nhân dân trên địa bàn năm 2019"], "Năm 2019"),
    ("bao_nhieu", F3, "bao nhieu don vi cu nguoi len tham luan o hoi nghi cum",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("bao_nhieu", F3, "Tôi là cựu chiến binh ở Hà Nội, thấy bài nói Dân vận khéo gắn với chỉ thị của Bộ Chính trị, chỉ thị số mấy?",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị"], "Chỉ thị số 05-CT/TW"),
    ("o_dau", F3, "ông Phương Kiến Quốc là lãnh đạo của quận nào",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy", "quận Cầu Giấy trong những tháng đầu năm 2019"],
     "Quận Cầu Giấy"),
    ("o_dau", F3, "ở hội nghị cụm, bài tham luận về QCDC trong GPMB nói về địa bàn quận nào",
     ["thực hiện QCDC trong công tác GPMB trên địa bàn quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("o_dau", F3, "bài cụm thi đua dân vận quận ủy 2019 do ban nào viết",
     ["BAN TUYÊN GIÁO QUẬN ỦY"], "Ban Tuyên giáo Quận ủy"),
    ("o_dau", F3, "ban dân vận quận ký kế hoạch làm năm dân vận chính quyền với cơ quan nào",
     ["phối hợp giữa Ban Dân vận Quận ủy với UBND quận"], "Với UBND quận"),
    ("nhu_the_nao", F3, "bà con các quận có nhiệt tình với dân vận khéo không",
     ["tích cực hưởng ứng, tham gia với nhiều mô hình, điển hình hiệu quả"],
     "Tích cực hưởng ứng, tham gia với nhiều mô hình, điển hình hiệu quả, có sức lan tỏa"),
    ("nhu_the_nao", F3, "bà tuyến khen hay chê các quận trong cụm",
     ["đánh giá cao những kết quả đạt được của ban Dân vận các quận"], "Đánh giá cao"),
    ("la_gi", F3, "bài cụm thi đua dân vận quận ủy nằm trong chuyên mục nào của trang",
     ["CÔNG TÁC ĐẢNG"], "Công tác Đảng"),
    ("paraphrase", F3, "ông chủ nhà khoe gì về quận mình trước khi vào họp cụm thi đua",
     ["về kinh tế - xã hội, quốc phòng, an ninh của quận Cầu Giấy"],
     "Nêu bật kết quả kinh tế - xã hội, quốc phòng, an ninh của quận Cầu Giấy những tháng đầu năm 2019"),
    ("paraphrase", F3, "ba tuyen co nhac chuyen lo cho nha ngheo khong",
     ["vấn đề còn bất cập trong công tác giảm nghèo"],
     "Có: rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"),
    ("paraphrase", F3, "cuộc họp có tính chuyện chọn chỗ làm thử cho hợp với từng nơi không",
     ["lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"],
     "Có: lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"),
    ("paraphrase", F3, "người làm nhà nước ở các quận có được nhắc phải hiểu rõ hơn việc gần dân không",
     ["nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức"],
     "Có: tiếp tục nâng cao nhận thức về công tác dân vận cho cán bộ, đảng viên, công chức, viên chức"),
    ("keywords", F3, "báo cáo đề dẫn tọa đàm",
     ["trình bày báo cáo đề dẫn tọa đàm"],
     "Đồng chí Nguyễn Văn Chiến, Trưởng Ban Dân vận Quận ủy, thay mặt cụm thi đua trình bày"),
    ("keywords", F3, "cầu giấy tham luận PCT UBND",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy trình bày tham luận"],
     "Đồng chí Trần Việt Hà, PCT UBND quận Cầu Giấy, trình bày tham luận về giải pháp nâng cao chất lượng"),
    ("no_diacritics", F3, "ba nguyen thi tuyen muon day manh phong trao nao",
     ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"],
     "Phong trào thi đua “Dân vận khéo”; tiếp tục nhiệm vụ “Năm Dân vận chính quyền” 2019"),
    ("no_diacritics", F3, "tran viet ha lam chuc gi",
     ["Trần Việt Hà, UVTV - Phó Chủ tịch UBND quận"], "UVTV, Phó Chủ tịch UBND quận (Cầu Giấy)"),
    ("no_diacritics", F3, "toi la can bo o ha noi, cho hoi buoi toa dam cua cum thi dua chia se kinh nghiem ve viec gi",
     ["“Quy chế dân chủ” trong công tác quản lý trật tự xây dựng"],
     "Thực hiện “Quy chế dân chủ” trong quản lý trật tự xây dựng và giải phóng mặt bằng"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy (28/4/2020) ---
    ("ai", F4, "trong chống covid ở hà nội, ban dân vận cùng những bên nào góp sức",
     ["cùng Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố"],
     "Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể xã hội"),
    ("ai", F4, "anh trong bai bi thu hue lam viec voi ban dan van la ai chup",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp/TTXVN"),
    ("ai", F4, "ai đứng ra báo cáo ở buổi làm việc hôm 28/4, và báo cáo kết quả của giai đoạn nào",
     ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa", "năm 2019 và quý I/2020"],
     "Đồng chí Phạm Hải Hoa; kết quả năm 2019 và quý I/2020"),
    ("ai", F4, "Ông Vương Đình Huệ hồi tháng 4/2020 giữ những chức vụ gì?",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
     "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    ("ai", F4, "ai dám chỉ ra mấy chỗ còn kém của dân vận thủ đô",
     ["cũng thẳng thắn nêu rõ những tồn tại, hạn chế trong công tác dân vận"],
     "Đồng chí Phạm Hải Hoa, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"),
    ("khi_nao", F4, "Tôi là phóng viên, cần xác nhận ngày ông Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội.",
     ["Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Ngày 28/4 (năm 2020)"),
    ("khi_nao", F4, "bí thư huệ muốn hệ thống dân vận làm xong mấy mặt trận chính trong khoảng thời gian nào",
     ["từ nay đến cuối năm 2020"], "Từ nay (28/4) đến cuối năm 2020"),
    ("khi_nao", F4, "hà nội để ý kỹ dân nghĩ gì nhất là vào dịp nào",
     ["nhất là dịp trước, trong và sau Đại hội Đảng bộ các cấp"],
     "Dịp trước, trong và sau Đại hội Đảng bộ các cấp … và trước diễn biến phức tạp của dịch COVID-19"),
    ("khi_nao", F4, "buổi làm việc với ông Huệ định hướng việc cho quãng thời gian nào",
     ["định hướng nhiệm vụ các tháng cuối năm 2020"], "Các tháng cuối năm 2020"),
    ("bao_nhieu", F4, "ở buổi làm việc có mấy người phát biểu đồng quan điểm, là những ai",
     ["Chủ tịch Hội Cựu chiến binh thành phố Hà Nội", "Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"],
     "3: Chủ tịch Hội Cựu chiến binh TP Hà Nội, Trưởng ban Dân vận quận Hoàn Kiếm và huyện Ba Vì"),
    ("bao_nhieu", F4, "đại hội đại biểu toàn quốc của Đảng mà hà nội chào mừng là lần thứ mấy",
     ["Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"], "Lần thứ XIII"),
    ("bao_nhieu", F4, "Quyết định 290 thực hiện được bao nhiêu năm thì tổng kết",
     ["Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"], "10 năm"),
    ("o_dau", F4, "bà con dân tộc ít người ở đâu sống khá lên thấy rõ",
     ["đồng bào dân tộc thiểu số của thành phố được cải thiện"], "Ở thành phố Hà Nội"),
    ("o_dau", F4, "bai bi thu hue voi dan van kheo lay nguon o dau",
     ["Nguồn: Tin tức TTXVN"], "Tin tức TTXVN"),
    ("o_dau", F4, "Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương được tiếp ở đâu",
     ["tổng kết Quyết định số 290-QĐ/TW của Bộ Chính trị tại Hà Nội"], "Tại Hà Nội"),
    ("nhu_the_nao", F4, "dang voi dan o thu do co gan gui nhau hon khong",
     ["mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"],
     "Củng cố, tăng cường mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"),
    ("nhu_the_nao", F4, "hoi covid, anh em lo viec dan o thu do co gop suc gi khong",
     ["có đóng góp quan trọng vào kết quả kiểm soát dịch của thành phố"],
     "Có đóng góp quan trọng (cùng Ban Tuyên giáo, Ủy ban MTTQ, các đoàn thể)"),
    ("nhu_the_nao", F4, "viec lanh dao ngoi doi thoai truc tiep voi dan o ha noi duoc duy tri the nao",
     ["nhân dân được duy trì tốt"], "Được duy trì tốt"),
    ("la_gi", F4, "bài 'Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào dân vận khéo' kể về sự kiện gì",
     ["làm việc với Ban Dân vận Thành ủy Hà Nội"],
     "Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội (28/4/2020)"),
    ("la_gi", F4, "hạn chế của công tác dân vận hệ thống chính trị hà nội là gì",
     ["Công tác dân vận của hệ thống chính trị có nơi còn chưa đồng bộ."], "Có nơi còn chưa đồng bộ"),
    ("la_gi", F4, "bí thư huệ gọi những việc chính phải làm từ nay đến cuối năm là gì",
     ['tập trung thực hiện tốt một số "mặt trận" chính'],
     "Một số “mặt trận” chính (tâm thế bình thường mới, chi trả hỗ trợ, sàng lọc cán bộ …)"),
    ("paraphrase", F4, "ông huệ bảo phải giúp bà con quen với cảnh có dịch ra sao",
     ["chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới"],
     "Tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"),
    ("paraphrase", F4, "cựu chiến binh hà nội có ý kiến gì ở buổi làm việc đó",
     ["Đồng quan điểm, Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"],
     "Chủ tịch Hội CCB cho rằng dân vận của LLVT được tăng cường, dân vận chính quyền đạt nhiều kết quả …"),
    ("paraphrase", F4, "có chỗ nào ở hà nội cán bộ chưa nắm được dân đang nghĩ gì không",
     ["ở những địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"],
     "Có: nắm, dự báo tình hình nhân dân ở địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"),
    ("paraphrase", F4, "người đứng đầu thành ủy hà nội có khen anh em lo việc dân không",
     ["biểu dương những nỗ lực của cán bộ, đảng viên làm công tác dân vận"],
     "Có: ghi nhận, biểu dương nỗ lực của cán bộ, đảng viên làm công tác dân vận"),
    ("keywords", F4, "vấn đề dân sinh bức xúc",
     ["giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"],
     "Ban Dân vận Thành ủy tham mưu giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"),
    ("keywords", F4, "cơ sở đảng yếu kém",
     ["sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"],
     "Hệ thống dân vận tích cực tham gia sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    ("no_diacritics", F4, "bi thu hue co yeu cau nhan rong mo hinh hay khong",
     ["nhân rộng mô hình hay, cách làm hiệu quả trong công tác dân vận"],
     "Có: nhân rộng mô hình hay, cách làm hiệu quả trong công tác dân vận"),
    ("no_diacritics", F4, "ban dan van thanh uy ha noi se lam gi voi van de dan toc ton giao",
     ["giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"],
     "Tăng cường quản lý Nhà nước, giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"),
    ("no_diacritics", F4, "la lan dau minh hoi, bi thu thanh uy ha noi yeu cau can bo dan van phai nam chac dieu gi",
     ["nắm chắc tình hình, tâm tư, nguyện vọng của nhân dân"],
     "Nắm chắc tình hình, tâm tư, nguyện vọng của nhân dân"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect)
# one constraint of a real fact swapped for one next to it that the corpus does
# not hold; CROSS is empty: no swapped value occurs in any article
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place: a neighbouring province, a district or town of the same province / city ---
    ("place", "Tôi là cán bộ xã ở Mỹ Hào. Thị xã Mỹ Hào giao ban dân vận 6 tháng đầu năm 2020 vào hôm nào?", "Mỹ Hào", F0,
     "000: giao ban của Thành ủy (thành phố Hưng Yên), chiều 2/7; không có Mỹ Hào"),
    ("place", "huyen khoai chau co phong trao chieu thu 6 vi moi truong sach dep khong", "khoai chau", F0,
     "000: phong trào “Chiều thứ 6” là của thành phố Hưng Yên"),
    ("place", "Thành ủy Nam Định giao ban công tác dân vận 6 tháng đầu năm 2020 có những ai dự?", "Nam Định", F0,
     "000: giao ban 6 tháng đầu năm 2020 là của Thành ủy TP Hưng Yên"),
    ("place", "thành ủy phủ lý tổng kết dân vận khéo năm 2022 công nhận bao nhiêu mô hình", "phủ lý", F1,
     "001: 306 mô hình là của cả tỉnh Hà Nam (Ban Chỉ đạo các cấp); không nêu riêng Phủ Lý"),
    ("place", "huyện Lý Nhân năm 2022 có mấy mô hình dân vận khéo được bằng khen", "Lý Nhân", F1,
     "001: 10 mô hình cấp tỉnh của Hà Nam được Bằng khen; không có huyện Lý Nhân"),
    ("place", "hoi nghi tong ket dan van cua tinh uy hai duong chieu 20/12/2022 co ai du", "hai duong", F1,
     "001: hội nghị chiều 20/12 là của Ban Dân vận Tỉnh ủy Hà Nam"),
    ("place", "Ban Dân vận Tỉnh ủy Ninh Bình năm 2023 triển khai những nhiệm vụ gì?", "Ninh Bình", F1,
     "001: nhiệm vụ năm 2023 là của Ban Dân vận Tỉnh ủy Hà Nam"),
    ("place", "chủ tịch hđnd quận hai bà trưng phát biểu chào mừng hội nghị cụm thi đua 9/7/2019 nói gì", "hai bà trưng", F3,
     "003: Phương Kiến Quốc, Chủ tịch HĐND quận Cầu Giấy, phát biểu chào mừng"),
    ("place", "Em đang viết tiểu luận. Quận Ba Đình nêu bật kết quả kinh tế xã hội gì ở hội nghị cụm thi đua dân vận tháng 7/2019?", "Ba Đình", F3,
     "003: kết quả được nêu là của quận Cầu Giấy"),
    ("place", "truong ban dan van quan dong da noi gi o buoi lam viec voi bi thu hue", "dong da", F4,
     "004: phát biểu đồng quan điểm là Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("place", "Bí thư Thành ủy Hải Phòng làm việc với Ban Dân vận Thành ủy ngày 28/4/2020 chỉ đạo gì?", "Hải Phòng", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ"),
    ("place", "ban dan van thanh uy da nang nam 2019 va quy I/2020 tao chuyen bien gi", "da nang", F4,
     "004: Ban Dân vận Thành ủy Hà Nội"),

    # --- year / Tết before or after ---
    ("year", "giao ban công tác dân vận 6 tháng đầu năm 2017 của Thành ủy Hưng Yên có những ai dự", "2017", F0,
     "000: 6 tháng đầu năm 2020 (chiều 2/7)"),
    ("year", "nam 2025 ha nam cong nhan bao nhieu mo hinh dan van kheo", "2025", F1,
     "001: năm 2022 công nhận 306 mô hình"),
    ("year", "Hà Nam dặn nắm tâm tư công nhân lao động dịp Tết Giáp Thìn thế nào?", "Giáp Thìn", F1,
     "001: dịp Tết Nguyên đán Quý Mão 2023"),
    ("year", "dịp tết mậu tuất ban dân vận tỉnh ủy tổ chức bao nhiêu đoàn thăm chúc tết", "mậu tuất", F2,
     "002: Tết Nguyên đán Kỷ Hợi (12 đoàn)"),
    ("year", "giao ban dan van quy I nam 2011 to chuc ngay nao", "2011", F2,
     "002: quý I năm 2019, ngày 28/3/2019"),
    ("year", "Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm 2013 tọa đàm về gì?", "2013", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("year", "năm 2014 bí thư thành ủy hà nội làm việc với ban dân vận về những kết quả nào", "2014", F4,
     "004: ngày 28/4/2020, kết quả năm 2019 và quý I/2020"),
    ("year", "tet tan suu ban dan van thanh uy ha noi chi tra ho tro an sinh the nao", "tan suu", F4,
     "004: chi trả hỗ trợ theo các gói an sinh, từ 28/4 đến cuối năm 2020; không có Tết Tân Sửu"),

    # --- quarter / half-year that does not overlap the report ---
    ("quarter", "kết quả công tác dân vận quý II/2019 của Ban Dân vận Tỉnh ủy ra sao", "quý II/2019", F2,
     "002: kết quả quý I/2019; quý II chỉ được giao nhiệm vụ"),
    ("quarter", "quy 4 nam 2019 tinh to chuc bao nhieu doan kiem tra", "quy 4 nam 2019", F2,
     "002: quý I/2019 (Tết Kỷ Hợi: 8 đoàn kiểm tra)"),
    ("quarter", "Thành ủy Hưng Yên giao ban dân vận quý III năm 2020 chưa, có những ai dự?", "quý III năm 2020", F0,
     "000: giao ban 6 tháng đầu năm 2020"),
    ("quarter", "6 tháng cuối năm 2020 thành phố hưng yên đạt kết quả dân vận gì", "6 tháng cuối năm 2020", F0,
     "000: kết quả 6 tháng đầu năm 2020; 6 tháng cuối năm chỉ có nhiệm vụ"),
    ("quarter", "6 thang dau nam 2022 ha nam cong nhan may mo hinh dan van kheo", "6 thang dau nam 2022", F1,
     "001: cả năm 2022 (306 mô hình); không có số nửa năm"),
    ("quarter", "Quý II/2023 Ban Dân vận Tỉnh ủy Hà Nam đạt kết quả gì?", "Quý II/2023", F1,
     "001: kết quả năm 2022; năm 2023 chỉ có nhiệm vụ"),
    ("quarter", "tổng kết cả năm 2019 cụm thi đua dân vận các quận ủy hà nội đạt gì", "cả năm 2019", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("quarter", "6 thang cuoi nam 2020 ban dan van thanh uy ha noi da lam duoc gi", "6 thang cuoi nam 2020", F4,
     "004: kết quả năm 2019 và quý I/2020; cuối năm 2020 chỉ có định hướng"),

    # --- date off by a little ---
    ("date", "giao ban dân vận thành phố hưng yên ngày 1/7/2020 có ai dự", "1/7/2020", F0,
     "000: chiều ngày 2/7"),
    ("date", "ke hoach thuc hien de an so 02 ngay 15/8/2017 cua btv tinh uy", "15/8/2017", F0,
     "000: đề án số 02 ngày 15/8/2016"),
    ("date", "Hội nghị tổng kết dân vận Hà Nam chiều 22/12 trao bằng khen cho mấy mô hình?", "22/12", F1,
     "001: hội nghị chiều 20/12"),
    ("date", "quy chế số 05 ngày 19/12/2021 của btv tỉnh ủy hà nam nói về gì", "19/12/2021", F1,
     "001: Quy chế số 05, ngày 09/12/2021"),
    ("date", "chi thi so 08 ngay 13/11/2021 cua tinh uy ha nam ve ton giao", "13/11/2021", F1,
     "001: Chỉ thị số 08, ngày 13/10/2021"),
    ("date", "Hội nghị giao ban dân vận ngày 29/3/2019 có những ai tham dự?", "29/3/2019", F2,
     "002: ngày 28/3/2019"),
    ("date", "cum thi dua dan van cac quan uy ha noi hop ngay 19/7/2019 ban gi", "19/7/2019", F3,
     "003: ngày 09/7/2019"),
    ("date", "Bí thư Huệ làm việc với Ban Dân vận Thành ủy ngày 24/4 kết luận những gì?", "24/4", F4,
     "004: ngày 28/4"),
    ("date", "ngày 28/4/2021 bí thư thành ủy hà nội làm việc với ban dân vận à", "28/4/2021", F4,
     "004: ngày 28/4 (năm 2020)"),

    # --- document number off by one ---
    ("document", "Chương trình số 9 của BCH Đảng bộ thành phố Hưng Yên nói về gì?", "Chương trình số 9", F0,
     "000: Chương trình (số) 10 của BCH Đảng bộ thành phố"),
    ("document", "de an so 03 cua btv tinh uy hung yen ve dan van chinh quyen giai doan nao", "de an so 03", F0,
     "000: đề án số 02 ngày 15/8/2016, giai đoạn 2016 – 2020"),
    ("document", "Quyết định số 22 của Bộ Chính trị về quy chế công tác dân vận ra ngày nào?", "Quyết định số 22", F1,
     "001: Quyết định số 23, ngày 30/7/2021"),
    ("document", "chỉ thị số 07 của ban thường vụ tỉnh ủy hà nam về tôn giáo ký khi nào", "chỉ thị số 07", F1,
     "001: Chỉ thị số 08, ngày 13/10/2021"),
    ("document", "ha nam giam sat dao duc loi song can bo theo quy dinh so 125 cua ban bi thu a", "quy dinh so 125", F1,
     "001: Quy định số 124, ngày 02/02/2018"),
    ("document", "Quy chế số 04 của BTV Tỉnh ủy Hà Nam về công tác dân vận ban hành ngày nào?", "Quy chế số 04", F1,
     "001: Quy chế số 05, ngày 09/12/2021"),
    ("document", "dân vận khéo ở các quận hà nội gắn với chỉ thị 04-CT/TW của bộ chính trị thế nào", "04-CT/TW", F3,
     "003: Chỉ thị số 05-CT/TW"),
    ("document", "cac quan uy gan dan van kheo voi nghi quyet trung uong 3 khoa XII ra sao", "nghi quyet trung uong 3", F3,
     "003: Nghị quyết Trung ương 4 (khóa XII)"),
    ("document", "Hà Nội chuẩn bị tổng kết 10 năm Quyết định số 289-QĐ/TW thế nào?", "289-QĐ/TW", F4,
     "004: Quyết định số 290-QĐ/TW (khoá X)"),
    ("document", "đoàn kiểm tra số 2 của ban chỉ đạo trung ương đến hà nội làm gì", "đoàn kiểm tra số 2", F4,
     "004: Đoàn kiểm tra số 1"),

    # --- person: a similar name, or a real person given another office ---
    ("person", "ông Nguyễn Chí Thắng phó bí thư thường trực thành ủy hưng yên phát biểu gì ở giao ban dân vận", "Nguyễn Chí Thắng", F0,
     "000: Phó Bí thư thường trực Thành ủy là Nguyễn Chí Thanh"),
    ("person", "ong vu van tuan pho chu tich ubnd thanh pho hung yen co du giao ban dan van 2/7 khong", "vu van tuan", F0,
     "000: Phó chủ tịch UBND thành phố dự là Vũ Văn Thuần"),
    ("person", "Bà Đinh Thị Lựu, Phó Bí thư Thường trực Tỉnh ủy Hà Nam phát biểu chỉ đạo những gì?", "Đinh Thị Lựu", F1,
     "001: Phó Bí thư Thường trực Tỉnh ủy là Đinh Thị Lụa"),
    ("person", "dong chi nguyen anh chien trao bang khen cho mo hinh dan van kheo ha nam a", "nguyen anh chien", F1,
     "001: người trao Bằng khen là Nguyễn Anh Chức"),
    ("person", "Ông Hoàng Văn Nghĩa chủ tịch HĐND tỉnh dự giao ban dân vận quý I/2019 nói gì?", "Hoàng Văn Nghĩa", F2,
     "002: Chủ tịch HĐND tỉnh là Hoàng Văn Nghiệm"),
    ("person", "ông hoàng văn nghiệm chủ tịch ubnd tỉnh chỉ đạo giao ban dân vận quý 1/2019 ra sao", "hoàng văn nghiệm chủ tịch ubnd", F2,
     "002: Hoàng Văn Nghiệm là Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("person", "ba nguyen thi tuyet truong ban dan van thanh uy ha noi chi dao cum thi dua 2019 the nao", "nguyen thi tuyet", F3,
     "003: Trưởng Ban Dân vận Thành ủy là Nguyễn Thị Tuyến"),
    ("person", "Đồng chí Đào Ngọc Triệu trưởng ban dân vận thành ủy phát biểu chỉ đạo hội nghị cụm gì", "Đào Ngọc Triệu trưởng ban dân vận thành ủy", F3,
     "003: Đào Ngọc Triệu là Phó Trưởng ban Thường trực; Trưởng Ban là Nguyễn Thị Tuyến"),
    ("person", "bà Phạm Thị Hoa báo cáo gì tại buổi làm việc với Bí thư Thành ủy Hà Nội", "Phạm Thị Hoa", F4,
     "004: người báo cáo là Phạm Hải Hoa"),
    ("person", "ông Vương Đình Hải bí thư thành ủy hà nội làm việc với ban dân vận 28/4 nói gì", "Vương Đình Hải", F4,
     "004: Bí thư Thành ủy Hà Nội là Vương Đình Huệ"),

    # --- organisation: a similar but different body ---
    ("organisation", "Hội Nông dân thành phố Hưng Yên giao ban 6 tháng đầu năm 2020 có ai dự?", "Hội Nông dân", F0,
     "000: Thành ủy tổ chức giao ban công tác Dân vận"),
    ("organisation", "đoàn thanh niên thành phố hưng yên nửa đầu 2020 vận động giải phóng mặt bằng ra sao", "đoàn thanh niên", F0,
     "000: khối dân vận các phường, xã tuyên truyền, vận động GPMB"),
    ("organisation", "hoi phu nu tinh ha nam trao giay khen cho nhung don vi nao nam 2022", "hoi phu nu", F1,
     "001: Giấy khen của Ban Dân vận Tỉnh ủy"),
    ("organisation", "Ban Thi đua - Khen thưởng tỉnh Hà Nam công nhận bao nhiêu mô hình dân vận khéo 2022?", "Ban Thi đua", F1,
     "001: Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp công nhận 306 mô hình"),
    ("organisation", "Ban Dân vận Huyện ủy tổ chức giao ban quý I năm 2019 ngày nào", "Huyện ủy", F2,
     "002: Ban Dân vận Tỉnh ủy, ngày 28/3/2019"),
    ("organisation", "so noi vu duoc giao to chuc dai hoi dan toc thieu so tinh nam 2019 a", "so noi vu", F2,
     "002: Ban Dân tộc thực hiện Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    ("organisation", "Cụm thi đua Dân vận các Huyện ủy thành phố Hà Nội họp sơ kết giữa năm 2019 vào ngày nào?", "Huyện ủy", F3,
     "003: Cụm thi đua Dân vận các Quận ủy, ngày 09/7/2019"),
    ("organisation", "ban dân vận trung ương có cử ai dự hội nghị cụm thi đua quận ủy hà nội 2019 không", "ban dân vận trung ương", F3,
     "003: dự có lãnh đạo Ban Dân vận Thành ủy và quận; không có Ban Dân vận Trung ương"),
    ("organisation", "Bí thư Thành đoàn Hà Nội phát biểu đồng quan điểm gì ở buổi làm việc 28/4?", "Thành đoàn", F4,
     "004: phát biểu đồng quan điểm là Chủ tịch Hội Cựu chiến binh, Trưởng ban Dân vận Hoàn Kiếm, Ba Vì"),
    ("organisation", "ban to chuc thanh uy ha noi lam viec voi bi thu vuong dinh hue ngay 28/4 ve gi", "ban to chuc", F4,
     "004: Bí thư làm việc với Ban Dân vận Thành ủy"),

    # --- not said: a figure, a name or a detail no article gives ---
    ("not_said", "Ở hội nghị giao ban chiều 2/7/2020, ông Lương Công Chanh phát biểu những gì?", None, F0,
     "000: ông Chanh dự hội nghị; người phát biểu là Cao Quang Hưng và Nguyễn Chí Thanh"),
    ("not_said", "6 thang dau nam 2020 tp hung yen co bao nhieu mo hinh dan van kheo", None, F0,
     "000: không nêu mô hình “Dân vận khéo” nào"),
    ("not_said", "nửa đầu năm 2020 thành phố hưng yên giải quyết chế độ cho bao nhiêu hộ gia đình chính sách", None, F0,
     "000: chỉ nói “quan tâm giải quyết”, không có số hộ"),
    ("not_said", "Năm 2022 Hà Nam có bao nhiêu tập thể, cá nhân được Trưởng Ban Dân vận Tỉnh ủy khen thưởng?", None, F1,
     "001: chỉ nói “nhiều tập thể, cá nhân”, không có số"),
    ("not_said", "hoi nghi tong ket dan van ha nam 20/12 to chuc o hoi truong nao", None, F1,
     "001: không nêu địa điểm"),
    ("not_said", "năm 2022 hà nam nhận bao nhiêu đơn thư khiếu nại tố cáo", None, F1,
     "001: không nêu số đơn thư"),
    ("not_said", "Tôi mới đọc bài giao ban quý I/2019, cho hỏi đó là tỉnh nào?", None, F2,
     "002: bài không nêu tên tỉnh"),
    ("not_said", "ông Nghiệm chỉ ra những tồn tại hạn chế cụ thể nào", None, F2,
     "002: chỉ nói “chỉ rõ một số tồn tại, hạn chế”, không kể ra"),
    ("not_said", "12 doan tham chuc tet ky hoi do nhung ai dan dau", None, F2,
     "002: không nêu trưởng đoàn"),
    ("not_said", "Nguyễn Văn Chiến là trưởng ban dân vận của quận ủy nào?", None, F3,
     "003: chỉ nói “Trưởng Ban Dân vận Quận ủy”, không nêu tên quận"),
    ("not_said", "quan cau giay 6 thang dau nam 2019 thu ngan sach duoc bao nhieu", None, F3,
     "003: chỉ nói nêu bật kết quả, không có số"),
    ("not_said", "Trưởng ban Dân vận Thành ủy Hà Nội tháng 4/2020 là ai?", None, F4,
     "004: chỉ nêu Phó Trưởng ban Thường trực Phạm Hải Hoa (003 nêu Nguyễn Thị Tuyến là Trưởng ban năm 2019)"),
    ("not_said", "ha noi hien co bao nhieu mo hinh dan van kheo", None, F4,
     "004: không nêu số mô hình"),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line) — ids t16_
# a first-time user; mixed lines are labelled by their last move
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "Xin chào, lần đầu tôi dùng bot này"),
    ("greeting", "alo alo, có ai đó không ạ"),
    ("greeting", "chao bot, minh moi vao"),
    ("greeting", "test thử xem bot có chạy không"),
    ("greeting", "Chào buổi chiều ạ 😊"),
    ("thanks", "Cảm ơn bot, thông tin này có ích cho bài báo của tôi"),
    ("thanks", "cam on bot nhieu nhe, huu ich lam"),
    ("thanks", "Tôi cảm ơn, đủ để viết báo cáo rồi"),
    ("thanks", "cháu cảm ơn bot ạ 🙏"),
    ("farewell", "Thôi tôi đi làm việc đây, chào nhé"),
    ("farewell", "hen gap lai bot nhe"),
    ("farewell", "Tạm biệt, mai tôi hỏi tiếp"),
    ("farewell", "tôi out đây, bye bot"),
    ("identity", "đang nói chuyện với người thật hay máy đấy"),
    ("identity", "bot nay ten la gi the"),
    ("identity", "Ai lập ra con bot này thế?"),
    ("identity", "ban la tro ly ao hay nguoi that vay"),
    ("capability", "bot này làm được những gì vậy"),
    ("capability", "bot nay tra cuu duoc nhung gi"),
    ("capability", "Bot có trả lời được câu hỏi về công tác dân vận không?"),
    ("capability", "bot đọc những bài báo nào để trả lời thế"),
    ("help", "xin hướng dẫn cách dùng bot cho người mới"),
    ("help", "huong dan dung bot voi"),
    ("help", "Tôi không rành công nghệ, hỏi thế nào cho bot hiểu?"),
    ("help", "lần đầu dùng, phải gõ lệnh gì trước ạ"),
    ("ack", "vâng, tôi hiểu rồi"),
    ("ack", "ok, ghi nhận rồi nhé"),
    ("ack", "À ra thế"),
    ("ack", "uh huh duoc roi"),
    ("emoji", "👋"),
    ("emoji", "😊😊"),
    ("emoji", "👌👍"),
    ("emoji", "🙋‍♂️"),
    ("laughter", "hihi bot này dễ thương thật"),
    ("laughter", "=))))) buồn cười thật"),
    ("laughter", "kkk vui the"),
    ("laughter", "Haha, bot hài hước đấy"),
    ("praise", "bot thong minh qua"),
    ("praise", "Giỏi thật, trả lời chuẩn luôn"),
    ("praise", "bot xịn đấy, tôi sẽ giới thiệu cho anh em trong xã"),
    ("praise", "tuyệt vời 👍"),
    ("complaint", "bot trả lời chẳng đúng ý tôi gì cả"),
    ("complaint", "sao hoi gi cung khong biet vay"),
    ("complaint", "Câu trả lời dài quá, già rồi đọc không nổi"),
    ("complaint", "chậm thế bot ơi, đợi mãi"),
    ("chitchat", "bot có mệt không, trả lời cả ngày"),
    ("chitchat", "sáng nay trời đẹp ghê nhỉ bot"),
    ("chitchat", "bot bao nhieu tuoi roi"),
    ("chitchat", "Tôi là cựu chiến binh, năm nay 70 tuổi rồi"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# new questions (based_on: null); one or two word-level slips (missing or wrong
# tone, dropped / doubled / swapped letter, Telex keys left in); syllables stay
# separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 ---
    (F0, "ông lương công chanh kiêm nhữg chức gì",
         "ông lương công chanh kiêm những chức gì",
         ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"],
         "Ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN thành phố"),
    (F0, "thành ủy hưng yên giao ban dân vận 6 tháng đầu năm 2020 vào chiu ngày nào",
         "thành ủy hưng yên giao ban dân vận 6 tháng đầu năm 2020 vào chiều ngày nào",
         ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7"),
    (F0, "6 tháng cuối năm 2020 dân vận thành phố hưng yen phải làm gì",
         "6 tháng cuối năm 2020 dân vận thành phố hưng yên phải làm gì",
         ["công tác Dân vận của thành phố tập trung vào một số nhiệm vụ chính"],
         "Đẩy mạnh tuyên truyền, chào mừng Đại hội thành phố khóa XXI, rà soát lĩnh vực bức xúc, thực hiện Chương trình 10, giám sát phong trào “Chiều thứ 6” …"),
    (F0, "đề án số 02 của btv tỉnh ủy hưng yên nói về dân vận của cơ qan nào",
         "đề án số 02 của btv tỉnh ủy hưng yên nói về dân vận của cơ quan nào",
         ["công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"],
         "Của cơ quan hành chính nhà nước, chính quyền các cấp"),
    (F0, "ban dan van thanh uy hung yen nam tinh hinh hoat dong cua nhugn to chuc nao",
         "ban dan van thanh uy hung yen nam tinh hinh hoat dong cua nhung to chuc nao",
         ["nắm tình hình hoạt động của MTTQ, các đoàn thể, hội quần chúng"],
         "MTTQ, các đoàn thể, hội quần chúng"),
    (F0, "vụ văn thuần là phó chủ tịch ubnd thành phố phải ko",
         "vũ văn thuần là phó chủ tịch ubnd thành phố phải ko",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đúng: Phó chủ tịch UBND thành phố"),
    (F0, "hưng yên có tuyên truyền vận động dân thưc hiện chủ trương chính sách của đảng ko",
         "hưng yên có tuyên truyền vận động dân thực hiện chủ trương chính sách của đảng ko",
         ["Tuyên truyền, vận động nhân dân thực hiện chủ trương, chính sách của Đảng"],
         "Có: khối dân vận cơ sở tuyên truyền, vận động nhân dân thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước"),
    (F0, "ngoài lãnh đạo thành ủy thì bên tỉnh ủy có ai về dự giao ban dân vận thành phố hưng yên khônng",
         "ngoài lãnh đạo thành ủy thì bên tỉnh ủy có ai về dự giao ban dân vận thành phố hưng yên không",
         ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực"],
         "Có: đồng chí Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"),
    # --- 001 ---
    (F1, "hà nam 2022 ban chỉ đạo dân vận khéo các cấp công nhận tổng cộng bao nhiêu mô hìnhh",
         "hà nam 2022 ban chỉ đạo dân vận khéo các cấp công nhận tổng cộng bao nhiêu mô hình",
         ["306 mô hình “Dân vận khéo” của các cơ quan, tổ chức, đơn vị"], "306 mô hình"),
    (F1, "ai trao bằg khen cho mười mô hình dân vận khéo cấp tỉnh ở hà nam",
         "ai trao bằng khen cho mười mô hình dân vận khéo cấp tỉnh ở hà nam",
         ["Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho 10 mô hình"],
         "Đồng chí Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"),
    (F1, "hội nghị tổng kết dân vận hà nam diễn ra chiều ngày 20/12 đúng khôg",
         "hội nghị tổng kết dân vận hà nam diễn ra chiều ngày 20/12 đúng không",
         ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Đúng: chiều ngày 20/12 (năm 2022)"),
    (F1, "ha nam nam 2022 ban dan van cap uy tham muu trien khia van ban moi cua ai",
         "ha nam nam 2022 ban dan van cap uy tham muu trien khai van ban moi cua ai",
         ["triển khai thực hiện các văn bản mới của Trung ương, của Tỉnh ủy"], "Của Trung ương và của Tỉnh ủy"),
    (F1, "quy chế số 05 của ban thường vụ tỉnh ủy hà nam tên là ji",
         "quy chế số 05 của ban thường vụ tỉnh ủy hà nam tên là gì",
         ["“Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"],
         "“Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"),
    (F1, "năm 2023 hà nam muốn phát huy vai trò giám sát phản biện xã hội của mặt trân không",
         "năm 2023 hà nam muốn phát huy vai trò giám sát phản biện xã hội của mặt trận không",
         ["phát huy tốt hơn nữa vai trò giám sát, phản biện xã hội"],
         "Có: MTTQ và các tổ chức chính trị - xã hội phát huy tốt hơn nữa vai trò giám sát, phản biện xã hội"),
    (F1, "mô hình dân vận khéo ở hà nam thu hút những ai tham gja",
         "mô hình dân vận khéo ở hà nam thu hút những ai tham gia",
         ["cán bộ chiến sĩ lực lượng vũ trang, đoàn viên, hội viên và Nhân dân"],
         "Cán bộ công chức, viên chức, cán bộ chiến sĩ lực lượng vũ trang, đoàn viên, hội viên và Nhân dân"),
    (F1, "nguoi dung dau cap uy chinh quyen ha nam co tiep cong dann khong",
         "nguoi dung dau cap uy chinh quyen ha nam co tiep cong dan khong",
         ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
         "Có: thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"),
    (F1, "dịp tết nhâm dần 2022 mặt trận hà nam phối hợp thực hiện chinh sách gì",
         "dịp tết nhâm dần 2022 mặt trận hà nam phối hợp thực hiện chính sách gì",
         ["Phối hợp thực hiện tốt các chính sách an sinh xã hội"], "Các chính sách an sinh xã hội"),
    # --- 002 ---
    (F2, "giao ban công tác dân vận quý I năm 2019 họp vào ngày nào vạy",
         "giao ban công tác dân vận quý I năm 2019 họp vào ngày nào vậy",
         ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    (F2, "tết kỷ hợi có tất cả bao nhiêu lượt quà tăng",
         "tết kỷ hợi có tất cả bao nhiêu lượt quà tặng",
         ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà tặng"),
    (F2, "đồng chí nguyễn long hải giữ chức vụ gì ở tỉng",
         "đồng chí nguyễn long hải giữ chức vụ gì ở tỉnh",
         ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Phó Chủ tịch UBND tỉnh"),
    (F2, "quy 1 nam 2019 cac cap chinh quyen nang cao hieu qua phuc vuj ai",
         "quy 1 nam 2019 cac cap chinh quyen nang cao hieu qua phuc vu ai",
         ["hiệu quả phục vụ người dân và doanh nghiệp"], "Người dân và doanh nghiệp"),
    (F2, "ông nghiệm đề nghị các cấp tiếp tục tuyên truyên những gì",
         "ông nghiệm đề nghị các cấp tiếp tục tuyên truyền những gì",
         ["tiếp tục tuyên truyền, thực hiện tốt các chủ trương của Đảng"],
         "Các chủ trương của Đảng, chính sách pháp luật của Nhà nước; chủ đề “Năm Dân vận chính quyền” 2019"),
    (F2, "đại hội mặt trận tổ quốc các cấp nhiệm kỳ nào đựoc nhắc tới",
         "đại hội mặt trận tổ quốc các cấp nhiệm kỳ nào được nhắc tới",
         ["nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    (F2, "bài hội nghị giao ban công tác dân vận quý I năm 2019 ai vieets",
         "bài hội nghị giao ban công tác dân vận quý I năm 2019 ai viết",
         ["Thùy Linh"], "Thùy Linh"),
    (F2, "các đại biểu đưa ra giải páp gì cho thời gian tới",
         "các đại biểu đưa ra giải pháp gì cho thời gian tới",
         ["đưa ra các giải pháp nhằm thực hiện tốt công tác dân vận"],
         "Các giải pháp nhằm thực hiện tốt công tác dân vận trong thời gian tới"),
    # --- 003 ---
    (F3, "hội nghị cụm thi đua dân vận các quận ủy hà nội có tọa đàn về nội dung gì",
         "hội nghị cụm thi đua dân vận các quận ủy hà nội có tọa đàm về nội dung gì",
         ["tọa đàm về “Nâng cao chất lượng, hiệu quả việc thực hiện quy chế"],
         "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    (F3, "phuong kien quocc giu chuc gi o quan uy",
         "phuong kien quoc giu chuc gi o quan uy",
         ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy"], "Phó Bí thư Thường trực Quận ủy (Chủ tịch HĐND quận)"),
    (F3, "nguyễn văn chiến thay mặt cụm thi đua trình bày bảo cáo gì",
         "nguyễn văn chiến thay mặt cụm thi đua trình bày báo cáo gì",
         ["trình bày báo cáo đề dẫn tọa đàm"], "Báo cáo đề dẫn tọa đàm"),
    (F3, "bà nguyễn thị tuyến đề nghị chú trọng phát triển kinh tê và những gì",
         "bà nguyễn thị tuyến đề nghị chú trọng phát triển kinh tế và những gì",
         ["Chú trọng phát triển kinh tế, giải phóng mặt bằng"],
         "Giải phóng mặt bằng, dự án đầu tư, tạo điều kiện cho doanh nghiệp; an sinh xã hội, an ninh chính trị, trật tự an toàn xã hội"),
    (F3, "cac quan tham muu chi dao co so bo xung cai gi",
         "cac quan tham muu chi dao co so bo sung cai gi",
         ["tiếp tục bổ sung hương ước, quy ước"], "Hương ước, quy ước"),
    (F3, "phong trào dân vận khéo ở các quận góp phần giữ vững ổn đinh chính trị không",
         "phong trào dân vận khéo ở các quận góp phần giữ vững ổn định chính trị không",
         ["giữ vững ổn định chính trị, quốc phòng - an ninh"],
         "Có: góp phần giữ vững ổn định chính trị, quốc phòng - an ninh"),
    (F3, "nhữnng ai đến dự hội nghị cụm thi đua dân vận các quận ủy ngày 09/7/2019",
         "những ai đến dự hội nghị cụm thi đua dân vận các quận ủy ngày 09/7/2019",
         ["Đến dự với hội nghị, có đồng chí Nguyễn Thị Tuyến"],
         "Nguyễn Thị Tuyến, Đào Ngọc Triệu, Phương Kiến Quốc, Trần Việt Hà, Trưởng Ban Dân vận các Quận ủy, đại biểu 12 đơn vị …"),
    (F3, "bài đăng về cụm thi đua dân vận quận ủy có bao nhieu lượt xem",
         "bài đăng về cụm thi đua dân vận quận ủy có bao nhiêu lượt xem",
         ["View count: 324"], "324"),
    (F3, "tai buoi toa dam dai dien cac don vi de ra phuong phapp gi",
         "tai buoi toa dam dai dien cac don vi de ra phuong phap gi",
         ["đề ra các phương pháp để nâng cao hiệu quả"],
         "Phương pháp nâng cao hiệu quả, lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"),
    # --- 004 ---
    (F4, "bí thư huệ làm việc với ban dân vận thành ủy hà nội vê những kết quả nào",
         "bí thư huệ làm việc với ban dân vận thành ủy hà nội về những kết quả nào",
         ["về những kết quả nổi bật trong thực hiện nhiệm vụ năm 2019"],
         "Kết quả nổi bật năm 2019, ba tháng đầu năm và định hướng các tháng cuối năm 2020"),
    (F4, "ba pham hai hoa noi ban dan van tham muuw cho ai",
         "ba pham hai hoa noi ban dan van tham muu cho ai",
         ["tập trung tham mưu cho Thành ủy lãnh đạo, chỉ đạo"], "Cho Thành ủy (Hà Nội)"),
    (F4, "hà nội có nơi còn chậm giải quyết khiếu nại tố cáo của dân khôg",
         "hà nội có nơi còn chậm giải quyết khiếu nại tố cáo của dân không",
         ["tố cáo của nhân dân có nơi, có lúc chưa kịp thời"],
         "Có: có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    (F4, "ban dân vận thành ủy hà nội tăng cường lãnh đạo công tác dân vận của cơ quann nào",
         "ban dân vận thành ủy hà nội tăng cường lãnh đạo công tác dân vận của cơ quan nào",
         ["công tác dân vận của cơ quan Nhà nước, chính quyền các cấp"],
         "Của cơ quan Nhà nước, chính quyền các cấp"),
    (F4, "bí thư huệ đề nghị đối thoại chuyên đề về những vấn đề nòa",
         "bí thư huệ đề nghị đối thoại chuyên đề về những vấn đề nào",
         ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
         "Xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông …"),
    (F4, "bí thư huệ kiểm tra chuẩn bị hội nghị tổng kết mấy năm thực hiện quyêt định 290",
         "bí thư huệ kiểm tra chuẩn bị hội nghị tổng kết mấy năm thực hiện quyết định 290",
         ["Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"], "10 năm"),
    (F4, "ban dan van thanh uy ha noi nang cao du bao tinhf hinh de lam gi",
         "ban dan van thanh uy ha noi nang cao du bao tinh hinh de lam gi",
         ["tham mưu giải quyết kịp thời những vấn đề dân sinh"],
         "Để tham mưu giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"),
    (F4, "phong trào dân vận khéo ở hà nội góp phần phát huy sức mạnhh gì",
         "phong trào dân vận khéo ở hà nội góp phần phát huy sức mạnh gì",
         ["phát huy sức mạnh đại đoàn kết toàn dân"], "Sức mạnh đại đoàn kết toàn dân"),
    (F4, "việc phối hợp nắm tình hình tôn giáo dân tộc ở hà nội đươc tăng cường không",
         "việc phối hợp nắm tình hình tôn giáo dân tộc ở hà nội được tăng cường không",
         ["tình hình tôn giáo, dân tộc trên tại thành phố được tăng cường"],
         "Có: được tăng cường, nhất là dịp Đại hội Đảng bộ các cấp và trước dịch COVID-19"),
    (F4, "hệ thống dân vận thủ đô phải tập trung vào lĩnh vực trong tâm nào, nhất là gì",
         "hệ thống dân vận thủ đô phải tập trung vào lĩnh vực trọng tâm nào, nhất là gì",
         ['nhất là tham gia giải quyết vụ việc "nóng"'],
         "Những lĩnh vực, vấn đề trọng tâm, trọng điểm, nhất là tham gia giải quyết vụ việc “nóng”"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles): half everyday life and general
# knowledge, half sharing the corpus's words
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    # everyday life, general knowledge
    "cho hỏi mai hà nội có nắng không",
    "giá xăng hôm nay bao nhiêu một lít vậy",
    "cách nấu phở bò ngon tại nhà",
    "Tôi bị mất căn cước công dân, làm lại ở đâu, mất bao lâu?",
    "lich thi dau world cup 2026 the nao",
    "cong thuc tinh dien tich hinh tron la gi",
    "Ai là tác giả Truyện Kiều?",
    "thủ đô của nước Úc là thành phố nào",
    "làm sao để ngủ ngon hơn khi tuổi cao",
    "100 đô la mỹ đổi ra được bao nhiêu tiền việt",
    "bai hat tien quan ca do ai sang tac",
    "mua vé tàu hỏa hà nội đi sài gòn ở đâu rẻ",
    "cach chuyen file word sang pdf tren dien thoai",
    "Tôi là cựu chiến binh, thương binh hạng 2/4 thì trợ cấp hàng tháng bao nhiêu?",
    "Em đang viết tiểu luận môn triết, cho em hỏi chủ nghĩa duy vật biện chứng là gì ạ",
    "ban công hướng tây nên trồng hoa gì",
    "song nao dai nhat viet nam",
    "tra cứu mã số thuế cá nhân ở đâu",
    "lăng Bác mở cửa mấy giờ, có phải đặt lịch không",
    "benh vien bach mai o duong nao vay",
    "năm nay nghỉ tết âm lịch mấy ngày",
    "một năm có bao nhiêu tuần",
    # sharing the corpus's words, not answered
    "câu 'dân vận khéo thì việc gì cũng thành công' là của ai",
    "Bài báo Dân vận của Bác Hồ đăng trên báo nào, năm nào?",
    "hưng yên có đặc sản gì ngon, mua làm quà",
    "dân số tỉnh Hà Nam hiện nay là bao nhiêu",
    "ha noi co bao nhieu quan huyen",
    "mô hình kinh doanh nào ít vốn mà lãi cao",
    "học sinh giỏi cấp huyện được thưởng bao nhiêu tiền thi đua",
    "Mặt trận Tổ quốc Việt Nam thành lập ngày tháng năm nào?",
    "hoi cuu chien binh viet nam thanh lap nam nao",
    "giải phóng mặt bằng thì đất nông nghiệp được đền bù bao nhiêu một mét",
    "Ông Vương Đình Huệ từng làm Bộ trưởng Bộ Tài chính năm nào?",
    "quận cầu giấy có những trường đại học nào",
    "tet nguyen dan quy mao 2023 roi vao ngay nao duong lich",
    "covid-19 xuất hiện ở việt nam từ khi nào",
    "Đại hội XIII của Đảng họp ở đâu, có bao nhiêu đại biểu?",
    "ban chấp hành trung ương khóa XIII có bao nhiêu ủy viên",
    "thu tuc ket nap dang vien moi gom nhung giay to gi",
    "hà nam sáp nhập với tỉnh nào vậy",
    "xe buýt từ phủ lý lên hà nội mấy giờ có chuyến",
    "dân tộc thiểu số nào đông dân nhất việt nam",
    "Luật Thi đua, khen thưởng mới nhất có hiệu lực từ khi nào?",
    "cách viết báo cáo công tác dân vận cuối năm của chi bộ thôn",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 8, "quarter": 8, "date": 8, "not_said": 12,
         "document": 8, "person": 8, "organisation": 8}
MINS = {"answerable16": 100, "near_misses16": 70, "off_topic16": 40, "smalltalk16": 40, "slips16": 40}
KIND_MIN = 10
UNMARKED = {"answerable16": 0.24, "near_misses16": 0.30, "off_topic16": 0.22, "slips16": 0.15,
            "smalltalk16": 0.25}

# ---------------------------------------------------------------------------
# this round's own check: how many answerable questions are worded away from
# the line that answers them
# ---------------------------------------------------------------------------
#: syllables (without marks) that carry no content: question words, particles,
#: pronouns, openers and the most common function words
FUNCTION_SYLLABLES = set("""
ai gi ji nao bao nhieu may khi luc gio hom bua o dau tai the nhu sao ra vay a nhe nhi ha
cho hoi em toi minh mk chau co khong ko k phai la cua va voi thi duoc dc da dang se
nhung cac mot nay do kia ve trong tu den len vao roi chua ma de nua cung con hay hoac
bot ad oi lan dung xin can biet giup tim
""".split())
LOW_OVERLAP = 0.5        # a question shares "few" content words below this share
PARAPHRASE_SHARE = 0.40  # at least this share of answerable questions must


def syllables(text):
    return re.findall(r"\w+", strip_marks(text).lower())


def content_overlap(question, line):
    """Share of the question's content syllables (without marks, function
    syllables left out) that occur in ``line``."""
    words = [w for w in syllables(question) if w not in FUNCTION_SYLLABLES and not w.isdigit()]
    if not words:
        return 1.0
    in_line = set(syllables(line))
    return sum(w in in_line for w in words) / len(words)


def gold_line(arts, fname, snips):
    return next(ln for ln in arts[fname].splitlines() if all(s in ln for s in snips))


def check_paraphrase_share():
    """At least PARAPHRASE_SHARE of the answerable questions share less than
    LOW_OVERLAP of their content syllables with their gold line; print the share."""
    arts = load_corpus()
    errors = []
    low = 0
    for kind, fname, q, snips, _ in ANSWERABLE:
        try:
            line = gold_line(arts, fname, snips)
        except (KeyError, StopIteration):
            continue  # reported by the gold-snippet check
        low += content_overlap(q, line) < LOW_OVERLAP
    share = low / len(ANSWERABLE)
    print(f"answerable questions worded away from their line (overlap < {LOW_OVERLAP}): "
          f"{low}/{len(ANSWERABLE)} ({share:.0%})")
    if share < PARAPHRASE_SHARE:
        errors.append(f"answerable{ROUND}: only {share:.0%} of questions worded away from their line "
                      f"(< {PARAPHRASE_SHARE:.0%})")
    fail_on(errors)


def main():
    check_paraphrase_share()
    build_round_with_expectations(ROUND, ANSWERABLE, NEAR_MISSES, OFF_TOPIC, SLIPS, SMALLTALK,
                                  SWAPS, MINS, KIND_MIN, CROSS, UNMARKED)


if __name__ == "__main__":
    sys.exit(main())
