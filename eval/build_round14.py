#!/usr/bin/env python3
"""Round 14 evaluation sets for the danvan bot (written independently, from the
five bundled corpus articles only; the retrieval, bot and test code were not read,
nor any *_test.jsonl file, nor the data files under retrieval/; the bot was not run
on these questions; earlier *_tune.jsonl files were read only to avoid repeating
their questions and to see which paragraphs their gold snippets hit).

Data file style: every question is written inline below, typed the way cadres,
journalists and citizens ask in a Telegram chat, by an outside tester: chatty
openers, lower case, no "?", abbreviations UBND / HĐND / MTTQ / BDV / DVK / QCDC /
GPMB / LLVT / PCT, place, year, quarter or office first, in the middle or last,
everyday paraphrases sharing few words with the passage, about a quarter without
diacritics.  The answerable questions lean on paragraphs earlier rounds asked
little about (titles, date/view lines, captions, bylines, sources, the "đại biểu
thảo luận" lines, article 003's page header and section label) as well as the
common ones.

Checks (the script stops on any failure):
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named article (``rounds.gold_checker``);
- a near miss's swapped value is in its question and absent (whole words, with or
  without marks) from its source and from every other article (``rounds.check_swapped``,
  ``CROSS`` empty); no place swap on article 002 (its province is not named); each near
  miss carries ``expect`` (what the corpus does hold, with the article number);
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits (``rounds.slip_rows``, strict);
- ids unique per set, with the prefixes a14_, n14_, o14_, s14_ (slips), t14_ (small
  talk); no question repeats (exact, lower-cased) another of this round or one of any
  earlier ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts below: every answer kind at least ten times, every article used
  by the answerable questions and the slips, the shares typed without diacritics.
Then each set is shuffled ONCE with a fresh ``random.Random(14)`` (``rounds.split_and_write``,
the method of round 12): the first half (rounded down) goes to ``<set>14_tune.jsonl``,
the rest to ``<set>14_test.jsonl``, each half in id order.  Running the script again
rewrites the ten files byte for byte.
"""

import collections
import sys

from rounds import (F0, F1, F2, F3, F4, ANSWER_KINDS, INTENTS, answerable_rows, check_repeats,
                    check_swapped, fail_on, gold_checker, load_corpus, off_topic_rows, slip_rows, smalltalk_rows,
                    split_and_write, strip_marks)

ROUND = 14

# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 (2/7/2020) ---
    ("ai", F0, "cho mình hỏi tin giao ban dân vận tp hưng yên giữa năm 2020 do ai viết",
     ["Phương Thu – Công Hiếu"], "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("o_dau", F0, "bài giao ban dân vận 6 tháng đầu năm 2020 của thành phố Hưng Yên là của đài báo nào",
     ["(Đài truyền thanh thành phố)"], "Đài truyền thanh thành phố (Hưng Yên)"),
    ("khi_nao", F0, "tin giao ban dân vận hưng yên 6 tháng đầu 2020 được đăng lên ngày nào vậy",
     ["09/07/2020 | 2522"], "09/07/2020"),
    ("bao_nhieu", F0, "bai giao ban dan van tp hung yen nam 2020 co bao nhieu luot xem",
     ["09/07/2020 | 2522"], "2522 (số ghi cạnh ngày đăng 09/07/2020)"),
    ("la_gi", F0, "Tiêu đề bài của Đài truyền thanh TP Hưng Yên đăng 09/07/2020 là gì",
     ["Giao ban công tác Dân vận 6 tháng đầu năm 2020"], "“Giao ban công tác Dân vận 6 tháng đầu năm 2020”"),
    ("nhu_the_nao", F0, "tại hội nghị giao ban dân vận thành ủy hưng yên chiều 2/7 các đại biểu đã làm gì",
     ["các đại biểu đã tiến hành thảo luận, bổ sung, làm rõ thêm"],
     "Thảo luận, bổ sung, làm rõ kết quả 6 tháng đầu năm và đề xuất giải pháp cho 6 tháng cuối năm"),
    ("bao_nhieu", F0, "giao ban dân vận TP Hưng Yên chiều 2/7/2020 có mấy đồng chí lãnh đạo dự và chỉ đạo",
     ["Dự và chỉ đạo hội nghị có đồng chí Cao Quang Hưng"],
     "4: Cao Quang Hưng, Nguyễn Chí Thanh, Lương Công Chanh, Vũ Văn Thuần"),
    ("paraphrase", F0, "o tp hung yen cong an quan su co giu yen on trat tu duoi xa phuong khong",
     ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"],
     "Có: LLVT thành phố bám sát địa bàn, đảm bảo an ninh chính trị, TTATXH tại các cơ sở"),
    ("nhu_the_nao", F0, "MTTQ và các đoàn thể TP Hưng Yên nửa đầu 2020 hoạt động ra sao",
     ["MTTQ và các đoàn thể tiếp tục có những cách làm hiệu quả, thiết thực"],
     "Tiếp tục có những cách làm hiệu quả, thiết thực"),
    ("paraphrase", F0, "Thành phố Hưng Yên lo gì cho các hộ gia đình chính sách trong nửa đầu 2020",
     ["chế độ chính sách cho các hộ, đối tượng gia đình chính sách"],
     "Quan tâm giải quyết các chế độ chính sách cho các hộ, đối tượng gia đình chính sách"),
    ("keywords", F0, "chuong trinh 10 hung yen",
     ["Chương trình 10 của BCH đảng bộ thành phố"],
     "Tham mưu BTV Thành ủy chỉ đạo, hướng dẫn thực hiện có hiệu quả Chương trình 10 của BCH đảng bộ thành phố"),
    ("no_diacritics", F0, "hoi giua nam 2020 ai la pho bi thu thuong truc thanh uy hung yen",
     ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"], "Đồng chí Nguyễn Chí Thanh"),
    ("no_diacritics", F0, "ubnd tp hung yen chi dao gpmb cac cong trinh trong diem tu khi nao",
     ["Ngay từ đầu năm UBND tành phố đã tập trung chỉ đạo công tác GPMB"],
     "Ngay từ đầu năm 2020"),
    ("khi_nao", F0, "kế hoạch thực hiện đề án 02 của btv tỉnh ủy hưng yên ra ngày bao nhiêu",
     ["Kế hoạch thực hiện đề án số 02 ngày 15/8/2016"], "Ngày 15/8/2016"),
    ("ai", F0, "ở hưng yên những ai ghi nhận kết quả ban dân vận thành phố đạt được nửa đầu 2020",
     ["đồng chí Cao Quang Hưng - Tỉnh ủy viên", "Nguyễn Chí Thanh, PPhó Bí thư thường trực Thành ủy"],
     "Đồng chí Cao Quang Hưng và đồng chí Nguyễn Chí Thanh"),
    ("o_dau", F0, "giao ban dân vận 6 tháng đầu năm ở thành phố hưng yên năm 2020 do cấp ủy nào tổ chức",
     ["Thành ủy tổ chức hội nghị giao ban công tác Dân vận"], "Thành ủy (TP Hưng Yên)"),
    ("bao_nhieu", F0, "đại hội đại biểu đảng bộ tp hưng yên mà bài giao ban 2020 nhắc tới là khóa mấy",
     ["Đại hội đại biểu thành phố khóa XXI"], "Khóa XXI (tiến tới Đại hội XIII của Đảng)"),
    ("paraphrase", F0, "khẩu hiệu dọn vệ sinh cuối tuần ngày thứ sáu ở tp hưng yên ghi gì",
     ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"],
     "“Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”"),
    ("keywords", F0, "phoi hop llvt hung yen",
     ["ký kết các chương trình phối hợp về công tác dân vận"],
     "Tiếp tục triển khai và ký kết các chương trình phối hợp về công tác dân vận với chính quyền, đoàn thể, LLVT cùng cấp"),
    ("paraphrase", F0, "hồi covid ở tp hưng yên, khối dân vận cơ sở kêu gọi bà con làm gì",
     ["động viên các tầng lớp nhân dân phòng chống dịch bệnh Covid - 19"],
     "Động viên nhân dân phòng chống dịch Covid-19 và tích cực lao động, sản xuất"),
    ("keywords", F0, "khoi dan van phuong xa gpmb",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền"],
     "Khối dân vận các phường, xã tuyên truyền, vận động nhân dân chấp hành công tác GPMB"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 (20/12) ---
    ("la_gi", F1, "bài báo hà nam về tổng kết dân vận khéo 2022 có tiêu đề là gì",
     ["Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023"], "“Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023”"),
    ("khi_nao", F1, "hôm nào thì bdv tỉnh ủy hà nam họp tổng kết năm 2022 vậy",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Chiều ngày 20/12 (2022)"),
    ("ai", F1, "trong ảnh ở hội nghị tổng kết dân vận hà nam ai đang phát biểu chỉ đạo",
     ["Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy phát biểu"],
     "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy"),
    ("la_gi", F1, "ảnh các đơn vị hà nam đứng nhận quyết định gì vậy",
     ['nhận Quyết định công nhận mô hình "Dân vận khéo" cấp tỉnh năm 2022'],
     "Quyết định công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2022"),
    ("ai", F1, "ca nhan tap the xuat sac cong tac dan van ha nam 2022 duoc ai khen thuong",
     ["được Trưởng\u00a0Ban Dân vận Tỉnh ủy\u00a0khen thưởng"], "Trưởng Ban Dân vận Tỉnh ủy"),
    ("nhu_the_nao", F1, "theo bà lụa mô hình dân vận khéo năm 2023 cần nhắm vào việc gì",
     ["tập trung vào những việc mới, việc khó"],
     "Hướng vào nhiệm vụ chính trị trọng tâm, những việc mới, việc khó, vấn đề bức thiết của địa phương"),
    ("paraphrase", F1, "mô hình dvk ở hà nam rốt cuộc phải mang lại gì cho người dân",
     ["đem lại lợi ích thiết thực, giải quyết được nguyện vọng"],
     "Lợi ích thiết thực, giải quyết nguyện vọng hợp pháp, chính đáng của Nhân dân"),
    ("o_dau", F1, "tin tổng kết dân vận khéo hà nam 2022 lấy từ báo nào",
     ["Nguồn Báo Hà Nam"], "Báo Hà Nam"),
    ("ai", F1, "dân vận khéo hà nam năm 2022 gắn với học tập và làm theo tư tưởng của ai",
     ["học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"], "Chủ tịch Hồ Chí Minh (chuyên đề năm 2022)"),
    ("paraphrase", F1, "may mo hinh dan van kheo lam cho co o ha nam thi bi xu ly sao",
     ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Rà soát, đánh giá và loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"),
    ("keywords", F1, "thăm quan học tập mô hình",
     ["thăm quan, học tập, trao đổi kinh nghiệm, nhân rộng mô hình"],
     "Hà Nam tuyên truyền mô hình hiệu quả để các nơi thăm quan, học tập, trao đổi kinh nghiệm, nhân rộng"),
    ("o_dau", F1, "chính quyền thân thiện vì nhân dân phục vụ hà nam triển khai ở cấp nào",
     ['"Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'], "Cấp huyện, cấp xã"),
    ("ai", F1, "o ha nam nhung ai duoc thu hut tham gia cac mo hinh dan van kheo",
     ["cán bộ công chức, viên chức, cán bộ chiến sĩ lực lượng vũ trang"],
     "Cán bộ công chức, viên chức, cán bộ chiến sĩ LLVT, đoàn viên, hội viên và Nhân dân"),
    ("bao_nhieu", F1, "2022 ban chỉ đạo dvk các cấp ở hà nam công nhận tổng cộng mấy mô hình",
     ["306 mô hình “Dân vận khéo”"], "306 mô hình"),
    ("khi_nao", F1, "quy chế 05 của ban thường vụ tỉnh ủy hà nam ký hồi nào",
     ["Quy chế số 05, ngày 09/12/2021"], "Ngày 09/12/2021"),
    ("khi_nao", F1, "chỉ thị số 08 về công tác tôn giáo của tỉnh ủy hà nam ban hành ngày nào",
     ["Chỉ thị số 08, ngày 13/10/2021"], "Ngày 13/10/2021"),
    ("la_gi", F1, "năm 2023 được phó bí thư thường trực hà nam nói là năm gì của nhiệm kỳ",
     ["năm 2023 là năm giữa nhiệm kỳ"], "Năm giữa nhiệm kỳ (Đại hội Đảng bộ tỉnh lần thứ XX)"),
    ("khi_nao", F1, "hà nam chăm lo an sinh xã hội nhất là vào dịp tết nào năm 2022",
     ["nhất là dịp Tết Nguyên đán Nhâm Dần 2022"], "Tết Nguyên đán Nhâm Dần 2022"),
    ("paraphrase", F1, "ha nam dan phai nam suy nghi cua cong nhan truoc sau tet nao",
     ["trước, trong và sau Tết Nguyên đán Quý Mão 2023"], "Trước, trong và sau Tết Nguyên đán Quý Mão 2023"),
    ("paraphrase", F1, "ở hà nam các sếp cấp ủy chính quyền có chịu ngồi nói chuyện trực tiếp với dân không",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Có: người đứng đầu thực hiện tốt việc tiếp công dân và đối thoại với Nhân dân"),
    ("nhu_the_nao", F1, "mttq và đoàn thể hà nam 2022 chú trọng phát triển tổ chức ra sao",
     ["phát triển đảng viên, đoàn viên, hội viên mới"],
     "Chú trọng phát triển tổ chức, phát triển đảng viên, đoàn viên, hội viên mới"),
    ("no_diacritics", F1, "ban dan van ha nam 2022 nam tinh hinh ton giao xong thi lam gi",
     ["đề xuất các giải pháp giúp cấp ủy, chính quyền chỉ đạo giải quyết"],
     "Kịp thời tham mưu, đề xuất giải pháp giúp cấp ủy, chính quyền chỉ đạo giải quyết, tạo đồng thuận"),
    ("no_diacritics", F1, "ha nam 2023 giam sat dao duc loi song nguoi dung dau theo quy dinh so may",
     ["theo Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Quy định số 124 (02/02/2018) của Ban Bí thư"),
    ("keywords", F1, "phản biện MTTQ Hà Nam",
     ["phát huy tốt hơn nữa vai trò giám sát, phản biện xã hội"],
     "Tham mưu để MTTQ và đoàn thể phát huy tốt hơn vai trò giám sát, phản biện xã hội"),
    ("ai", F1, "ai là ủy viên btv tỉnh ủy kiêm phó chủ tịch thường trực ubnd hà nam dự tổng kết dân vận 2022",
     ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"], "Đồng chí Nguyễn Anh Chức"),
    ("bao_nhieu", F1, "nghị quyết đại hội đảng bộ tỉnh hà nam lần thứ mấy được nhắc ở hội nghị",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"], "Lần thứ XX"),
    ("o_dau", F1, "hà nam 2023 muốn giải quyết đơn thư khiếu nại tố cáo ngay từ đâu",
     ["những vấn đề bức xúc của Nhân dân ngay từ cơ sở"], "Ngay từ cơ sở"),
    ("nhu_the_nao", F1, "cấp ủy hà nam 2022 ban hành văn bản về dân vận khéo theo hướng nào",
     ['phong trào thi đua "Dân vận khéo" có trọng tâm, trọng điểm'], "Có trọng tâm, trọng điểm"),

    # --- 002 giao ban dân vận quý I/2019 (28/3/2019; tỉnh không nêu tên) ---
    ("la_gi", F2, "tiêu đề bản tin giao ban dân vận tháng 3/2019 là gì",
     ["Hội nghị giao ban công tác dân vận quý I năm 2019"], "“Hội nghị giao ban công tác dân vận quý I năm 2019”"),
    ("no_diacritics", F2, "bai giao ban dan van quy 1 nam 2019 ai viet vay",
     ["Thùy Linh"], "Thùy Linh"),
    ("nhu_the_nao", F2, "ở hội nghị giao ban dân vận quý I/2019 đại biểu làm những gì",
     ["đã trao đổi, thảo luận, đánh giá những kết quả đạt được trong quý I"],
     "Trao đổi, thảo luận, đánh giá kết quả quý I, đưa ra giải pháp cho thời gian tới"),
    ("ai", F2, "ảnh trong tin giao ban quý 1 2019 chụp lãnh đạo nào đang phát biểu",
     ["Phó Bí thư Thường trực Tỉnh ủy phát biểu"], "Phó Bí thư Thường trực Tỉnh ủy (Hoàng Văn Nghiệm)"),
    ("bao_nhieu", F2, "số đoàn kiểm tra lực lượng trực phục vụ tết kỷ hợi là bao nhiêu",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),
    ("bao_nhieu", F2, "dịp tết kỷ hợi tổng tiền quà tặng là bao nhiêu tỷ",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    ("ai", F2, "phó chủ tịch ubnd tỉnh nào dự giao ban dân vận ngày 28/3/2019",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    ("la_gi", F2, "năm dân vận chính quyền 2019 gồm những chữ nào",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"], "Kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("khi_nao", F2, "đại hội mttq các cấp nói trong giao ban quý 1/2019 là nhiệm kỳ nào",
     ["Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    ("ai", F2, "ai lo to chuc dai hoi dan toc thieu so tinh nam 2019",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Ban Dân tộc"),
    ("paraphrase", F2, "quý I/2019 chính quyền có siết kỷ luật để phục vụ dân với doanh nghiệp tốt hơn không",
     ["tăng cường kỷ luật, kỷ cương hành chính"],
     "Có: tăng cường kỷ luật, kỷ cương hành chính, nâng cao hiệu quả phục vụ người dân và doanh nghiệp"),
    ("keywords", F2, "bồi dưỡng cán bộ dân vận",
     ["tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"],
     "Tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho cán bộ làm công tác dân vận"),
    ("khi_nao", F2, "giao ban quy 1 2019 cua ban dan van tinh uy trien khai nhiem vu quy nao",
     ["triển khai nhiệm vụ quý II năm 2019"], "Quý II năm 2019"),
    ("no_diacritics", F2, "quy 1 2019 ban dan van cac cap tham muu cap uy ve nhung mang nao",
     ["dân tộc, tôn giáo, thực hiện quy chế dân chủ ở cơ sở"],
     "Dân vận, dân tộc, tôn giáo, thực hiện quy chế dân chủ ở cơ sở"),
    ("paraphrase", F2, "lãnh đạo tỉnh có chê chỗ nào còn yếu ở giao ban quý 1 năm 2019 không",
     ["đồng thời chỉ rõ một số tồn tại, hạn chế"], "Có: đồng chí Hoàng Văn Nghiệm chỉ rõ một số tồn tại, hạn chế"),
    ("nhu_the_nao", F2, "quý I năm 2019 mặt trận với lực lượng vũ trang vận động hội viên làm gì",
     ["tham gia các phong trào thi đua yêu nước, phát triển kinh tế xã hội"],
     "Tham gia phong trào thi đua yêu nước, phát triển kinh tế xã hội, thực hiện an sinh xã hội"),
    ("bao_nhieu", F2, "tet ky hoi co bao nhieu doan di tham chuc tet gia dinh kho khan",
     ["tổ chức 12 đoàn công tác thăm, chúc tết"], "12 đoàn công tác"),
    ("o_dau", F2, "giao ban công tác dân vận quý I/2019 do cơ quan nào đứng ra tổ chức",
     ["Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ban Dân vận Tỉnh ủy"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, sơ kết 6 tháng đầu 2019 (9/7/2019) ---
    ("la_gi", F3, "tin cụm thi đua dân vận các quận ủy hà nội đăng trong chuyên mục gì",
     ["CÔNG TÁC ĐẢNG"], "Chuyên mục “Công tác Đảng”"),
    ("o_dau", F3, "bai ve cum thi dua dan van quan uy thang 7/2019 do ban nao cua quan uy dua tin",
     ["BAN TUYÊN GIÁO QUẬN ỦY"], "Ban Tuyên giáo Quận ủy"),
    ("khi_nao", F3, "bài cụm thi đua dân vận các quận ủy đăng lúc mấy giờ",
     ["Ngày đăng 09/07/2019 | 17:03"], "17:03 ngày 09/07/2019"),
    ("nhu_the_nao", F3, "tai hoi nghi giao ban cum thi dua dan van quan uy cac dai bieu danh gia gi",
     ["kết quả đạt được của công tác dân vận trong 6 tháng đầu năm 2019"],
     "Kết quả công tác dân vận 6 tháng đầu năm 2019"),
    ("ai", F3, "mở đầu hội nghị cụm thi đua dân vận quận ủy tháng 7/2019 ai lên phát biểu chào mừng",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực - Chủ tịch HĐND quận"],
     "Đồng chí Phương Kiến Quốc, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận"),
    ("ai", F3, "trưởng ban dân vận quận ủy thay mặt cụm trình bày đề dẫn tọa đàm là ai",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"], "Đồng chí Nguyễn Văn Chiến"),
    ("paraphrase", F3, "theo ông quốc mấy tháng đầu 2019 quận cầu giấy làm ăn thế nào",
     ["kết quả đạt được về kinh tế - xã hội, quốc phòng, an ninh"],
     "Đạt nhiều kết quả về kinh tế - xã hội, quốc phòng, an ninh"),
    ("o_dau", F3, "tham luận về QCDC trong GPMB ở hội nghị cụm thi đua nói về địa bàn quận nào",
     ["QCDC trong công tác GPMB trên địa bàn quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("ai", F3, "cho em hỏi ai trình bày tham luận về giải pháp thực hiện qcdc trong gpmb ạ",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy"], "Đồng chí Trần Việt Hà, PCT UBND quận Cầu Giấy"),
    ("la_gi", F3, "tọa đàm của cụm thi đua các quận ủy tháng 7/2019 bàn về nội dung gì",
     ["quy chế dân chủ trong công tác quản lý trật tự xây dựng"],
     "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("bao_nhieu", F3, "co dai bieu tham luan cua bao nhieu don vi trong cum thi dua dan van cac quan uy",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("la_gi", F3, "dân vận khéo ở các quận hà nội năm 2019 gắn với chỉ thị nào",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị"], "Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("nhu_the_nao", F3, "nam 2019 cap uy quan chi dao co so bo sung nhung gi",
     ["tiếp tục bổ sung hương ước, quy ước"], "Bổ sung hương ước, quy ước"),
    ("paraphrase", F3, "đại diện các quận kể lại kinh nghiệm làm dân chủ khi giải tỏa mặt bằng thế nào",
     ["đã chia sẻ những kinh nghiệm thực hiện “Quy chế dân chủ”"],
     "Chia sẻ kinh nghiệm thực hiện Quy chế dân chủ trong quản lý trật tự xây dựng và GPMB, đề ra phương pháp"),
    ("keywords", F3, "sat nhap to dan pho",
     ["bất cập trong công tác giảm nghèo, sát nhập các tổ dân phố"],
     "Bà Nguyễn Thị Tuyến đề nghị rà soát chỉ tiêu, vấn đề còn bất cập trong giảm nghèo, sáp nhập tổ dân phố"),
    ("no_diacritics", F3, "truong ban dan van thanh uy ha noi du hoi nghi cum thi dua quan uy thang 7 2019 la ai",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    ("no_diacritics", F3, "ba nguyen thi tuyen de nghi ban dan van trong cum nang cao nhan thuc cho ai",
     ["nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức"],
     "Cán bộ, đảng viên, công chức, viên chức"),
    ("keywords", F3, "Đào Ngọc Triệu chức vụ",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    ("ai", F3, "năm dân vận chính quyền 2019 ban dân vận quận ủy ký kế hoạch phối hợp với cơ quan nào",
     ["phối hợp giữa Ban Dân vận Quận ủy với UBND quận"], "Với UBND quận"),
    ("no_diacritics", F3, "2019 cac quan ha noi doi thoai giua nguoi dung dau voi dan o cap nao",
     ["người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân"], "Cấp quận, phường"),
    ("bao_nhieu", F3, "nghị quyết trung ương 4 gắn dân vận khéo của các quận ủy hà nội là khóa mấy",
     ["Nghị quyết Trung ương 4 (khóa XII)"], "Khóa XII"),
    ("khi_nao", F3, "Cụm thi đua dân vận các quận ủy hà nội họp sơ kết hôm nào",
     ["Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy"], "Ngày 09/7/2019"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy (28/4/2020) ---
    ("la_gi", F4, "tít bài ttxvn về bí thư huệ làm việc với ban dân vận thành ủy là gì",
     ["Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"],
     "“Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào 'dân vận khéo'”"),
    ("ai", F4, "ảnh bí thư huệ phát biểu ở ban dân vận thành ủy do ai chụp",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp (TTXVN)"),
    ("o_dau", F4, "tin bí thư vương đình huệ làm việc với ban dân vận lấy nguồn ở đâu",
     ["Nguồn: Tin tức TTXVN"], "Tin tức TTXVN"),
    ("ai", F4, "ở buổi làm việc 28/4 ai đứng ra báo cáo kết quả của ban dân vận thành ủy hà nội",
     ["Thành ủy Hà Nội Phạm Hải Hoa cho biết"], "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Phạm Hải Hoa"),
    ("khi_nao", F4, "hôm nào bí thư vương đình huệ xuống làm việc với bdv thành ủy hà nội",
     ["Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Ngày 28/4 (2020)"),
    ("nhu_the_nao", F4, "ha noi nam va du bao tinh hinh dan con yeu o cho nao",
     ["ở những địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"],
     "Ở địa bàn phức tạp, nhạy cảm còn chưa kịp thời, sâu sát"),
    ("paraphrase", F4, "ở hà nội có nơi xử lý việc dân mà không rõ ai có quyền ai chịu trách nhiệm phải không",
     ["còn lúng túng về thẩm quyền, trách nhiệm cụ thể"],
     "Có: có lúc, có nơi còn lúng túng về thẩm quyền, trách nhiệm cụ thể"),
    ("ai", F4, "ai nói dân vận của lực lượng vũ trang thủ đô thời gian qua được tăng cường",
     ["Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"],
     "Chủ tịch Hội Cựu chiến binh TP Hà Nội, Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("o_dau", F4, "truong ban dan van nhung quan huyen nao cua ha noi gop y buoi 28/4",
     ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"], "Quận Hoàn Kiếm và huyện Ba Vì"),
    ("nhu_the_nao", F4, "đời sống đồng bào dân tộc thiểu số ở hà nội giờ sao rồi",
     ["đồng bào dân tộc thiểu số của thành phố được cải thiện rõ rệt"], "Được cải thiện rõ rệt"),
    ("bao_nhieu", F4, "đại hội đảng bộ thành phố hà nội sắp tới lúc đó là lần thứ mấy",
     ["Đại hội Đại biểu lần thứ XVII của Đảng bộ thành phố"], "Lần thứ XVII"),
    ("paraphrase", F4, "quan hệ đảng với dân ở hà nội được bài ví như thế nào",
     ["mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"], "Gắn bó máu thịt"),
    ("nhu_the_nao", F4, "ban dân vận thành ủy hà nội sẽ làm gì với dân vận của cơ quan nhà nước",
     ["tăng cường lãnh đạo, chỉ đạo công tác dân vận của cơ quan Nhà nước"],
     "Tăng cường lãnh đạo, chỉ đạo dân vận của cơ quan Nhà nước, chính quyền các cấp"),
    ("keywords", F4, "doi thoai rac thai un tac",
     ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Bí thư Huệ đề nghị tham mưu đối thoại chuyên đề về rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("ai", F4, "bí thư huệ bảo ban dân vận phối hợp với những ai để tham mưu đối thoại chuyên đề",
     ["phối hợp với các Ban Đảng và Văn phòng Thành ủy"], "Các Ban Đảng và Văn phòng Thành ủy"),
    ("keywords", F4, "đoàn kiểm tra số 1",
     ["tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"],
     "Bí thư Thành ủy tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương tổng kết Quyết định 290-QĐ/TW"),
    ("no_diacritics", F4, "bi thu hue muon chuan bi tam the gi cho nguoi dan mua dich",
     ["chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới"],
     "Tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"),
    ("no_diacritics", F4, "ha noi chi tra ho tro cho dan theo goi nao",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"], "Các gói an sinh của Chính phủ"),
    ("no_diacritics", F4, "can bo dan van thu do phai den voi dan bang tam the nao",
     ["gần dân, thành tâm đến với nhân dân để hiểu dân"], "Gần dân, thành tâm đến với nhân dân để hiểu dân"),
    ("khi_nao", F4, "quyết định 290 của bộ chính trị là của khóa nào",
     ["Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"], "Khóa X"),
    ("ai", F4, "chong covid o ha noi ban dan van sat canh voi nhung co quan nao",
     ["Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố"],
     "Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể xã hội"),
    ("bao_nhieu", F4, "hội nghị về qđ 290 mà bí thư huệ kiểm tra khâu chuẩn bị là tổng kết bao nhiêu năm",
     ["Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"], "10 năm"),
    ("paraphrase", F4, "bí thư huệ khen cán bộ dân vận vì góp phần vào những gì cho thủ đô",
     ["trật tự an toàn xã hội, phát triển kinh tế, xã hội Thủ đô"],
     "Giữ vững an ninh chính trị, trật tự an toàn xã hội, phát triển kinh tế, xã hội Thủ đô"),
    ("khi_nao", F4, "bí thư huệ đặt mốc thời gian nào cho mấy mặt trận chính của dân vận",
     ["từ nay đến cuối năm 2020"], "Từ nay đến cuối năm 2020"),
    ("nhu_the_nao", F4, "vụ việc nóng thì ban dân vận hà nội phải xử lý theo cách nào",
     ["xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc, vấn đề"],
     "Xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc"),
    ("khi_nao", F4, "ban dan van thanh uy ha noi bao cao voi bi thu hue ket qua khoang thoi gian nao",
     ["năm 2019 và quý I/2020"], "Năm 2019 và quý I/2020"),
    ("o_dau", F4, "đoàn kiểm tra số 1 tổng kết quyết định 290 làm việc ở đâu",
     ["tổng kết Quyết định số 290-QĐ/TW của Bộ Chính trị tại Hà Nội"], "Tại Hà Nội"),
    ("keywords", F4, "sàng lọc cán bộ yếu kém",
     ["sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"],
     "Hệ thống dân vận Hà Nội tham gia sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    ("la_gi", F4, "bí thư huệ gọi những nhiệm vụ chính của dân vận đến cuối 2020 là gì",
     ['tập trung thực hiện tốt một số "mặt trận" chính'], "Một số “mặt trận” chính"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect)
# one constraint of a real fact swapped for one the corpus does not hold for it;
# CROSS is empty: no swapped value occurs in any article
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- 000 TP Hưng Yên 2020 ---
    ("place", "Thành ủy Bắc Giang giao ban dân vận 6 tháng đầu năm 2020 có những ai dự", "Bắc Giang", F0,
     "000: giao ban 6 tháng đầu năm 2020 là của Thành ủy TP Hưng Yên"),
    ("place", "phong trào chiều thứ 6 vì môi trường sạch đẹp ở thành phố hải dương", "hải dương", F0,
     "000: phong trào “Chiều thứ 6” là của thành phố Hưng Yên"),
    ("place", "tp vinh yen 6 thang dau nam 2020 gpmb cac cong trinh trong diem ra sao", "vinh yen", F0,
     "000: GPMB công trình trọng điểm 2020 là của TP Hưng Yên"),
    ("place", "phường hồng hải tp hạ long vận động dân chấp hành GPMB năm 2020 thế nào", "hồng hải", F0,
     "000: khối dân vận các phường, xã của TP Hưng Yên vận động GPMB"),
    ("place", "Huyện ủy Văn Lâm giao ban công tác dân vận 6 tháng đầu năm 2020 đề ra nhiệm vụ gì", "Văn Lâm", F0,
     "000: chỉ có Thành ủy TP Hưng Yên"),
    ("year", "nam 2017 thanh uy hung yen giao ban dan van 6 thang dau nam co ai du", "2017", F0,
     "000: giao ban 6 tháng đầu năm 2020"),
    ("quarter", "quy iv/2020 ban dan van thanh uy hung yen dat ket qua gi", "quy iv/2020", F0,
     "000: kết quả 6 tháng đầu năm 2020; 6 tháng cuối năm chỉ có nhiệm vụ"),
    ("date", "Hội nghị giao ban dân vận TP Hưng Yên chiều 15/7/2020 có ai dự", "15/7/2020", F0,
     "000: hội nghị chiều 2/7 (tin đăng 09/07/2020)"),
    ("document", "btv tỉnh ủy hưng yên ra đề án số 07 về dân vận chính quyền khi nào", "đề án số 07", F0,
     "000: Kế hoạch thực hiện đề án số 02 ngày 15/8/2016"),
    ("document", "Chương trình 12 của BCH đảng bộ thành phố Hưng Yên thực hiện ra sao", "Chương trình 12", F0,
     "000: Chương trình 10 (số 10) của BCH Đảng bộ thành phố"),
    ("person", "ông Trần Quốc Văn dự giao ban dân vận thành phố hưng yên 2/7 với cương vị gì", "Trần Quốc Văn", F0,
     "000: dự có Cao Quang Hưng, Nguyễn Chí Thanh, Lương Công Chanh, Vũ Văn Thuần"),
    ("person", "pho chu tich ubnd tp hung yen luong cong chanh noi gi tai giao ban dan van",
     "pho chu tich ubnd tp hung yen luong cong chanh", F0,
     "000: Lương Công Chanh là trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN; PCT UBND là Vũ Văn Thuần"),
    ("organisation", "hiep hoi doanh nghiep thanh pho hung yen 6 thang dau nam 2020 lam dan van the nao",
     "hiep hoi doanh nghiep", F0, "000: chỉ có MTTQ, các đoàn thể, LLVT, chính quyền; không có hiệp hội doanh nghiệp"),
    ("not_said", "giao ban dân vận tp hưng yên 2/7/2020 tổ chức ở hội trường nào", None, F0,
     "000: không nêu địa điểm"),
    ("not_said", "6 thang dau nam 2020 tp hung yen giai phong mat bang duoc bao nhieu ha", None, F0,
     "000: không có số diện tích GPMB"),

    # --- 001 Hà Nam 2022 ---
    ("place", "Ban Dân vận Tỉnh ủy Ninh Bình năm 2022 công nhận bao nhiêu mô hình dân vận khéo", "Ninh Bình", F1,
     "001: 306 mô hình là của Hà Nam 2022"),
    ("place", "quy che so 05 ve cong tac dan van cua he thong chinh tri tinh nam dinh", "nam dinh", F1,
     "001: Quy chế số 05 (09/12/2021) là của Hà Nam"),
    ("place", "10 mô hình dvk cấp tỉnh nhận bằng khen ở thái nguyên", "thái nguyên", F1,
     "001: 10 mô hình cấp tỉnh nhận Bằng khen là của Hà Nam"),
    ("place", "huyện Thanh Liêm năm 2022 có bao nhiêu mô hình dân vận khéo được công nhận", "Thanh Liêm", F1,
     "001: chỉ số toàn tỉnh Hà Nam (306), không theo huyện"),
    ("year", "2017 hà nam có mấy mô hình dân vận khéo cấp tỉnh được nhận bằng khen", "2017", F1,
     "001: 10 mô hình cấp tỉnh năm 2022"),
    ("year", "nhiem vu dan van nam 2025 cua ban dan van tinh uy ha nam la gi", "2025", F1,
     "001: nhiệm vụ năm 2023"),
    ("date", "Quy chế số 05 ngày 15/12/2021 của BTV tỉnh ủy Hà Nam nói về gì", "15/12/2021", F1,
     "001: Quy chế số 05 ngày 09/12/2021"),
    ("date", "chiều 27/12 hội nghị tổng kết dân vận hà nam có những ai dự", "27/12", F1,
     "001: hội nghị chiều 20/12"),
    ("document", "Quyết định số 25 của Bộ Chính trị ký 30/7/2021 nói về gì", "Quyết định số 25", F1,
     "001: Quyết định số 23 ngày 30/7/2021"),
    ("document", "chi thi so 10 cua btv tinh uy ha nam ve cong tac ton giao", "chi thi so 10", F1,
     "001: Chỉ thị số 08 ngày 13/10/2021"),
    ("document", "Quy định số 213 của Ban Bí thư về giám sát đạo đức cán bộ được Hà Nam nhắc thế nào",
     "Quy định số 213", F1, "001: Quy định số 124 ngày 02/02/2018 của Ban Bí thư"),
    ("person", "Trưởng Ban Dân vận Tỉnh ủy Hà Nam Lê Thị Thủy nói gì tại hội nghị tổng kết 2022", "Lê Thị Thủy", F1,
     "001: Trưởng Ban là Đinh Thị Lụa (Phó Bí thư Thường trực)"),
    ("person", "trao bang khen dan van kheo ha nam 2022 co ong truong quoc huy khong", "truong quoc huy", F1,
     "001: Nguyễn Anh Chức trao Bằng khen"),
    ("person", "Chủ tịch UBND tỉnh Nguyễn Anh Chức phát biểu gì ở tổng kết dân vận Hà Nam",
     "Chủ tịch UBND tỉnh Nguyễn Anh Chức", F1,
     "001: Nguyễn Anh Chức là Phó Chủ tịch Thường trực UBND tỉnh và chỉ trao Bằng khen"),
    ("organisation", "Hội Liên hiệp Phụ nữ tỉnh Hà Nam trao giấy khen cho tập thể nào năm 2022",
     "Hội Liên hiệp Phụ nữ", F1, "001: Giấy khen là của Ban Dân vận Tỉnh ủy"),
    ("organisation", "ban to chuc tinh uy ha nam tong ket dan van kheo nam 2022 ra sao", "ban to chuc", F1,
     "001: hội nghị do Ban Dân vận Tỉnh ủy tổ chức"),
    ("quarter", "6 tháng đầu năm 2023 hà nam có bao nhiêu mô hình dân vận khéo mới", "6 tháng đầu năm 2023", F1,
     "001: số liệu cả năm 2022; năm 2023 chỉ có nhiệm vụ"),
    ("quarter", "quy 3 nam 2022 ha nam cong nhan bao nhieu mo hinh dan van kheo", "quy 3 nam 2022", F1,
     "001: 306 mô hình cho cả năm 2022, không theo quý"),
    ("not_said", "10 mô hình dân vận khéo cấp tỉnh hà nam 2022 tên là gì", None, F1,
     "001: không liệt kê tên 10 mô hình"),
    ("not_said", "bao nhiêu người ngồi dự hội nghị tổng kết dân vận hà nam cuối năm 2022", None, F1,
     "001: không nêu số đại biểu"),
    ("not_said", "ha nam 2022 giai quyet duoc bao nhieu don thu khieu nai to cao", None, F1,
     "001: không có số đơn thư"),

    # --- 002 giao ban quý I/2019 (no place swap: province not named) ---
    ("year", "giao ban dân vận quý I năm 2014 có những ai dự", "2014", F2, "002: quý I năm 2019"),
    ("year", "Tết Canh Tý tỉnh tổ chức bao nhiêu đoàn công tác thăm chúc tết", "Canh Tý", F2,
     "002: Tết Nguyên đán Kỷ Hợi (2019), 12 đoàn"),
    ("quarter", "Hội nghị giao ban công tác dân vận quý III năm 2019 đánh giá gì", "quý III năm 2019", F2,
     "002: giao ban quý I, triển khai quý II năm 2019"),
    ("quarter", "quy 4 nam 2019 giao ban dan van cua tinh danh gia nhung gi", "quy 4 nam 2019", F2,
     "002: giao ban quý I năm 2019"),
    ("date", "ngay 25/3/2019 ban dan van tinh uy to chuc hoi nghi gi", "25/3/2019", F2,
     "002: hội nghị ngày 28/3/2019"),
    ("date", "hoi nghi giao ban dan van ngay 28/6/2019 trien khai nhiem vu quy may", "28/6/2019", F2,
     "002: hội nghị ngày 28/3/2019 triển khai quý II"),
    ("person", "Phó Chủ tịch UBND tỉnh Nguyễn Văn Thành dự giao ban dân vận quý I 2019 nói gì", "Nguyễn Văn Thành", F2,
     "002: Phó Chủ tịch UBND tỉnh dự là Nguyễn Long Hải"),
    ("person", "ông Hoàng Văn Nghiệm chủ tịch UBND tỉnh phát biểu gì tại giao ban quý I/2019",
     "Hoàng Văn Nghiệm chủ tịch UBND tỉnh", F2,
     "002: Hoàng Văn Nghiệm là Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("organisation", "tết kỷ hợi hội chữ thập đỏ tỉnh tổ chức bao nhiêu đoàn thăm hỏi", "hội chữ thập đỏ", F2,
     "002: 12 đoàn công tác của hệ thống chính trị nói chung, không riêng Hội Chữ thập đỏ"),
    ("organisation", "hoi doanh nghiep tre tinh quy 1/2019 van dong hoi vien lam gi", "hoi doanh nghiep tre", F2,
     "002: vận động hội viên là của MTTQ, các tổ chức chính trị - xã hội, không có Hội Doanh nghiệp trẻ"),
    ("document", "Nghị quyết số 12 về Năm Dân vận chính quyền 2019 có nội dung gì", "Nghị quyết số 12", F2,
     "002: chỉ có chủ đề công tác “Năm Dân vận chính quyền” 2019, không có văn bản số"),
    ("not_said", "tet ky hoi co bao nhieu ho ngheo duoc tang qua", None, F2,
     "002: chỉ có trên 62 nghìn lượt quà, không có số hộ nghèo"),
    ("not_said", "ngay to chuc dai hoi dan toc thieu so cua tinh nam 2019", None, F2,
     "002: không nêu ngày"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội 2019 ---
    ("place", "Cụm thi đua Dân vận các Quận ủy TP Đà Nẵng sơ kết 6 tháng đầu năm 2019 ra sao", "Đà Nẵng", F3,
     "003: cụm thi đua các Quận ủy Thành phố Hà Nội"),
    ("place", "quận Đống Đa trình bày tham luận QCDC trong GPMB ở hội nghị cụm thi đua", "Đống Đa", F3,
     "003: tham luận của quận Cầu Giấy (Trần Việt Hà)"),
    ("place", "tran viet ha pho chu tich ubnd quan tay ho", "tay ho", F3,
     "003: Trần Việt Hà là PCT UBND quận Cầu Giấy"),
    ("place", "hoi nghi cum thi dua dan van cac quan uy hai phong thang 7 2019 toa dam ve gi", "hai phong", F3,
     "003: cụm thi đua các Quận ủy Hà Nội"),
    ("organisation", "các Huyện ủy Hà Nội có cụm thi đua dân vận sơ kết nửa đầu 2019 không", "các Huyện ủy", F3,
     "003: cụm thi đua các Quận ủy"),
    ("organisation", "Cụm thi đua Mặt trận các quận Hà Nội tọa đàm về quy chế dân chủ tháng 7/2019",
     "Cụm thi đua Mặt trận", F3, "003: Cụm thi đua Dân vận các Quận ủy"),
    ("year", "cụm thi đua dân vận quận ủy hà nội hồi 2014 chọn chủ đề tọa đàm gì", "2014", F3,
     "003: tọa đàm năm 2019"),
    ("quarter", "sơ kết 9 tháng đầu năm 2019 của cụm thi đua dân vận các quận ủy có gì", "9 tháng đầu năm 2019", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("date", "ngay 19/7/2019 cum thi dua dan van cac quan uy ha noi hop so ket co nhung ai", "19/7/2019", F3,
     "003: hội nghị ngày 09/7/2019"),
    ("person", "Trưởng Ban Dân vận Thành ủy Hà Nội Nguyễn Thị Thu Thủy chỉ đạo gì tại hội nghị cụm thi đua",
     "Nguyễn Thị Thu Thủy", F3, "003: Trưởng Ban Dân vận Thành ủy là Nguyễn Thị Tuyến"),
    ("person", "Phó Bí thư Thường trực Quận ủy Cầu Giấy Nguyễn Văn Chiến chào mừng hội nghị nói gì",
     "Phó Bí thư Thường trực Quận ủy Cầu Giấy Nguyễn Văn Chiến", F3,
     "003: Nguyễn Văn Chiến là Trưởng Ban Dân vận Quận ủy; người chào mừng là Phương Kiến Quốc"),
    ("document", "chỉ thị 03-CT/TW của bộ chính trị gắn với phong trào dân vận khéo ở các quận", "03-CT/TW", F3,
     "003: Chỉ thị số 05-CT/TW"),
    ("document", "dan van kheo cac quan uy gan voi nghi quyet trung uong 6 khoa may",
     "nghi quyet trung uong 6", F3, "003: Nghị quyết Trung ương 4 (khóa XII)"),
    ("not_said", "cụm trưởng cụm thi đua dân vận các quận ủy hà nội năm 2019 là quận nào", None, F3,
     "003: nhắc “đơn vị Cụm trưởng, Cụm phó” nhưng không nêu tên"),
    ("not_said", "cum thi dua dan van cac quan uy ha noi gom nhung quan nao", None, F3,
     "003: chỉ nói 12 đơn vị trong Cụm, không liệt kê"),

    # --- 004 Hà Nội, Vương Đình Huệ, 28/4/2020 ---
    ("place", "Bí thư Thành ủy Cần Thơ làm việc với Ban Dân vận Thành ủy ngày 28/4 nói gì", "Cần Thơ", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ"),
    ("place", "truong ban dan van quan long bien noi gi trong buoi lam viec voi bi thu hue", "long bien", F4,
     "004: phát biểu có Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("place", "đời sống đồng bào dân tộc thiểu số được cải thiện rõ rệt ở tỉnh lào cai", "lào cai", F4,
     "004: đời sống đồng bào DTTS của thành phố Hà Nội"),
    ("year", "Ban Dân vận Thành ủy Hà Nội báo cáo kết quả năm 2011 với bí thư huệ ra sao", "2011", F4,
     "004: kết quả năm 2019 và quý I/2020"),
    ("quarter", "quý II/2020 Ban Dân vận Thành ủy Hà Nội đạt kết quả gì", "quý II/2020", F4,
     "004: năm 2019 và quý I/2020 (buổi làm việc 28/4/2020)"),
    ("quarter", "ket qua quy 3 nam 2020 cua ban dan van thanh uy ha noi", "quy 3 nam 2020", F4,
     "004: năm 2019 và quý I/2020; các tháng cuối năm 2020 chỉ có định hướng"),
    ("date", "Ngày 28/5, Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận về những nội dung gì", "28/5", F4,
     "004: ngày 28/4"),
    ("person", "bi thu thanh uy ha noi nguyen van phong chi dao ban dan van gi ngay 28/4", "nguyen van phong", F4,
     "004: Bí thư Thành ủy là Vương Đình Huệ"),
    ("person", "Chủ tịch UBND thành phố Nguyễn Đức Chung nói gì ở buổi làm việc với ban dân vận 28/4",
     "Nguyễn Đức Chung", F4, "004: không có Chủ tịch UBND thành phố; báo cáo là Phạm Hải Hoa"),
    ("organisation", "Sở Y tế Hà Nội góp gì vào kiểm soát dịch COVID-19 theo bí thư Huệ",
     "Sở Y tế", F4, "004: Ban Dân vận, Ban Tuyên giáo, Ủy ban MTTQ thành phố, các đoàn thể xã hội"),
    ("document", "99-QĐ/TW được Hà Nội tổng kết 10 năm ra sao", "99-QĐ/TW", F4,
     "004: tổng kết 10 năm Quyết định số 290-QĐ/TW"),
    ("document", "quyết định 290 của bộ chính trị khóa XI về quy chế dân vận", "khóa XI", F4,
     "004: Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"),
    ("not_said", "buổi làm việc ngày 28/4 của bí thư huệ với ban dân vận kéo dài mấy tiếng", None, F4,
     "004: không nêu thời lượng"),
    ("not_said", "ha noi co bao nhieu mo hinh dan van kheo nam 2019", None, F4,
     "004: không có số mô hình"),
    ("not_said", "đoàn kiểm tra số 1 của ban chỉ đạo trung ương do ai làm trưởng đoàn", None, F4,
     "004: không nêu trưởng đoàn"),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line) — ids t14_
# mixed lines are labelled by their last move; "/help" style commands are help
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bot nha"),
    ("greeting", "hello @danvan_bot"),
    ("greeting", "xin chao buoi sang ca nha"),
    ("greeting", "hi bot, good morning 🌞"),
    ("greeting", "Chào ad ạ, chúc ad ngày mới"),
    ("greeting", "ê bot ơi có đó k"),
    ("thanks", "tks bot nhiều"),
    ("thanks", "thank you so much bot ơi"),
    ("thanks", "ok cảm ơn b nha 🙏"),
    ("thanks", "@danvan_bot hữu ích lắm, cảm ơn nhé"),
    ("thanks", "cam on bot nhieu nhieu"),
    ("farewell", "thôi mình off đây, bye"),
    ("farewell", "bye bot, mai hỏi tiếp"),
    ("farewell", "chuc ngu ngon nha bot"),
    ("farewell", "ok rồi, hẹn gặp lại bot sau nha"),
    ("identity", "bot là ai vậy"),
    ("identity", "ten ban la gi the bot"),
    ("identity", "who made you bot"),
    ("identity", "bạn là người thật hay máy vậy"),
    ("capability", "bot này làm được trò gì"),
    ("capability", "ban tra loi duoc nhung cau hoi gi"),
    ("capability", "can you answer in english?"),
    ("capability", "bot có đọc được file pdf không"),
    ("help", "hướng dẫn mình cách hỏi với"),
    ("help", "lam sao de hoi bot cho dung"),
    ("help", "@danvan_bot help pls"),
    ("ack", "ok b"),
    ("ack", "dc r"),
    ("ack", "ừ hiểu rồi"),
    ("ack", "noted, tks"),
    ("ack", "oki con dê"),
    ("emoji", "🙏🙏🙏🙏"),
    ("emoji", "😅"),
    ("emoji", "👌👌👌"),
    ("laughter", "hihihi 😁😁"),
    ("laughter", "haha bot hài hước phết"),
    ("laughter", "=)))) bot ơi"),
    ("laughter", "kkkkk =))"),
    ("praise", "bot xịn thật sự"),
    ("praise", "tra loi nhanh qua, gioi ghe"),
    ("praise", "good job bot 👏"),
    ("complaint", "trả lời sai bét rồi bot ơi"),
    ("complaint", "bot chan qua, hoi may lan khong ra"),
    ("complaint", "sao lâu thế, đợi mãi"),
    ("chitchat", "bot trưa nay ăn gì thế"),
    ("chitchat", "hôm nay trời nóng ghê nhỉ"),
    ("chitchat", "bot được mấy tuổi rồi nhỉ"),
    ("chitchat", "bot co nguoi yeu chua"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# new questions (based_on: null, as in round 2); one or two word-level slips;
# syllables stay separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 ---
    (F0, "ai laf trưởng ban dân vận thành ủy hưng yên năm 2020",
         "ai là trưởng ban dân vận thành ủy hưng yên năm 2020",
         ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"], "Đồng chí Lương Công Chanh"),
    (F0, "nawm 2020 ubnd thành phố hưng yên tập trung chỉ đạo GPMB công trình nào",
         "năm 2020 ubnd thành phố hưng yên tập trung chỉ đạo GPMB công trình nào",
         ["tập trung chỉ đạo công tác GPMB các công trình trọng điểm"], "Các công trình trọng điểm"),
    (F0, "phó chủ tịch ubnd thành phố hưng yen dự giao ban dân vận 2/7 là ai",
         "phó chủ tịch ubnd thành phố hưng yên dự giao ban dân vận 2/7 là ai",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    (F0, "6 tháng cuối năm 2020 dân vận tp hưng yên tập trungg vào nhiệm vụ gì",
         "6 tháng cuối năm 2020 dân vận tp hưng yên tập trung vào nhiệm vụ gì",
         ["Tiếp tục đẩy mạnh công tác tuyên truyền, vận động các tầng lớp nhân dân"],
         "Tuyên truyền, vận động nhân dân; chào mừng Đại hội thành phố khóa XXI; rà soát lĩnh vực bức xúc; Chương trình 10 …"),
    (F0, "lực lượng vũ trangg thành phố hưng yên nửa đầu 2020 làm được gì",
         "lực lượng vũ trang thành phố hưng yên nửa đầu 2020 làm được gì",
         ["Lực lượng vũ trang thành phố tiếp tục bám sát địa bàn"],
         "Bám sát địa bàn, đảm bảo an ninh chính trị, TTATXH tại các cơ sở"),
    (F0, "ban dan van thanh uy hung yen giup cap uy giai quyt nhung van de gi",
         "ban dan van thanh uy hung yen giup cap uy giai quyet nhung van de gi",
         ["giải quyết những vấn đề mới nảy sinh tại địa phương"], "Những vấn đề mới nảy sinh tại địa phương"),
    (F0, "Đề án 02 của tỉnh ủy Hưng Yên nhằm nâng cao chát lượng công tác gì",
         "Đề án 02 của tỉnh ủy Hưng Yên nhằm nâng cao chất lượng công tác gì",
         ["công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"],
         "Công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"),
    (F0, "thành phố hưng yên 2020 vận động nhân dân phòng chống dịch bênh gì",
         "thành phố hưng yên 2020 vận động nhân dân phòng chống dịch bệnh gì",
         ["phòng chống dịch bệnh Covid - 19"], "Covid-19"),
    # --- 001 ---
    (F1, "hà nam 2022 có bao nhiêu mô hình dân vận khéo cấp tỉnh đươc bằng khen",
         "hà nam 2022 có bao nhiêu mô hình dân vận khéo cấp tỉnh được bằng khen",
         ["10 mô hình “Dân vận khéo\" cấp tỉnh được nhận Bằng khen của UBND tỉnh"], "10 mô hình"),
    (F1, "đinh thị lụa giữ chức vụ gì trong ban dân vận tỉnh ủy hà namm",
         "đinh thị lụa giữ chức vụ gì trong ban dân vận tỉnh ủy hà nam",
         ["Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"],
         "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"),
    (F1, "quyết định số 23 của bộ chính trị ban hành quy chế gì vậyy",
         "quyết định số 23 của bộ chính trị ban hành quy chế gì vậy",
         ["Quy chế công tác dân vận của hệ thống chính trị"], "“Quy chế công tác dân vận của hệ thống chính trị” (30/7/2021)"),
    (F1, "ha nam 2022 nguoi dung dau cap uy tiep cong dan va doi thaoi voi dan the nao",
         "ha nam 2022 nguoi dung dau cap uy tiep cong dan va doi thoai voi dan the nao",
         ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
         "Thực hiện tốt, kịp thời chỉ đạo giải quyết những vấn đề người dân quan tâm, bức xúc"),
    (F1, "hà nam năm 2023 đấu tranh phản bát những quan điểm gì",
         "hà nam năm 2023 đấu tranh phản bác những quan điểm gì",
         ["tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
         "Các quan điểm, luận điệu sai trái, thù địch"),
    (F1, "ban chỉ đạo dân vận khéo hà nam rà soát mô hình của năm 2021 để lamf gì",
         "ban chỉ đạo dân vận khéo hà nam rà soát mô hình của năm 2021 để làm gì",
         ["để loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
         "Để loại bỏ mô hình hình thức, kém hiệu quả"),
    (F1, "hà nam 2022 ban dân vận nắm tình hình tín ngưỡng tôn giáo ra xao",
         "hà nam 2022 ban dân vận nắm tình hình tín ngưỡng tôn giáo ra sao",
         ["tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn"],
         "Chủ động phối hợp nắm tình hình, kịp thời tham mưu, đề xuất giải pháp"),
    (F1, "hội nghi tổng kết dân vận hà nam 2022 có những ai dự",
         "hội nghị tổng kết dân vận hà nam 2022 có những ai dự",
         ["đồng chí: Đinh Thị Lụa"], "Đinh Thị Lụa và Nguyễn Anh Chức"),
    (F1, "chinh quyeen ha nam day manh cai cach thu tuc hanh chinh gan voi dan van nhu the nao",
         "chinh quyen ha nam day manh cai cach thu tuc hanh chinh gan voi dan van nhu the nao",
         ["đẩy mạnh cải cách thủ tục hành chính"],
         "Gắn dân vận với đẩy mạnh cải cách thủ tục hành chính, nêu cao tinh thần phục vụ nhân dân"),
    # --- 002 ---
    (F2, "giao ban dân vận quý I/2019 có đồng chí nào là chủ tịch HĐNĐ tỉnh dự",
         "giao ban dân vận quý I/2019 có đồng chí nào là chủ tịch HĐND tỉnh dự",
         ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"], "Đồng chí Hoàng Văn Nghiệm"),
    (F2, "tết kỷ hợi tỉnh tặng trên bao nhieu nghìn lượt quà",
         "tết kỷ hợi tỉnh tặng trên bao nhiêu nghìn lượt quà",
         ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà"),
    (F2, "quy 1 nam 2019 chinh quyen cac cap tang cuong ky luat ky cuong hanh chinh de lam ji",
         "quy 1 nam 2019 chinh quyen cac cap tang cuong ky luat ky cuong hanh chinh de lam gi",
         ["nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"],
         "Nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    (F2, "Hoàng Văn Nghiệm đề nghị nhân rộng cái gi trong dân vận năm 2019",
         "Hoàng Văn Nghiệm đề nghị nhân rộng cái gì trong dân vận năm 2019",
         ["tích cực nhân rộng các mô hình, cách làm hay"], "Các mô hình, cách làm hay"),
    (F2, "mặt trận tổ quốc phối hợp tổ chức đại hội ủy ban mttq các cấp nhiệmm kỳ nào",
         "mặt trận tổ quốc phối hợp tổ chức đại hội ủy ban mttq các cấp nhiệm kỳ nào",
         ["Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    (F2, "quý I năm 2019 ban dân vận các cấp nâng cao chất lượng phối hơp ra sao",
         "quý I năm 2019 ban dân vận các cấp nâng cao chất lượng phối hợp ra sao",
         ["nâng cao chất lượng, hiệu quả công tác phối hợp, hướng dẫn"],
         "Nâng cao chất lượng, hiệu quả phối hợp, hướng dẫn, triển khai chuyên môn, nghiệp vụ"),
    (F2, "hội nghị giao ban dân vận quý I 2019 có lãnh đạo sở ban ngành nào tham dưj",
         "hội nghị giao ban dân vận quý I 2019 có lãnh đạo sở ban ngành nào tham dự",
         ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    (F2, "tết kỷ hợi đoàn công tác đến thăm những gia đinh nào",
         "tết kỷ hợi đoàn công tác đến thăm những gia đình nào",
         ["các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
         "Gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    # --- 003 ---
    (F3, "tọa đàm tháng 7/2019 của cụm thi đua dân vận quận ủy bàn ve chủ đề gì",
         "tọa đàm tháng 7/2019 của cụm thi đua dân vận quận ủy bàn về chủ đề gì",
         ["Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ"],
         "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    (F3, "ông Trần Việt Hà giữ chức vụ gì ở quận Cầu Giâý",
         "ông Trần Việt Hà giữ chức vụ gì ở quận Cầu Giấy",
         ["Trần Việt Hà, UVTV - Phó Chủ tịch UBND quận"], "UVTV, Phó Chủ tịch UBND quận"),
    (F3, "bà Nguyễn Thị Tuyến đề nghị đẩy mạnh hơn nữa phong trào thi đua nàoo",
         "bà Nguyễn Thị Tuyến đề nghị đẩy mạnh hơn nữa phong trào thi đua nào",
         ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"], "Phong trào thi đua “Dân vận khéo”"),
    (F3, "nam 2019 cac quan lya y kien cua mttq doan the ve nhung chuong trinh nao",
         "nam 2019 cac quan lay y kien cua mttq doan the ve nhung chuong trinh nao",
         ["các chính sách, quy hoạch và những chương trình dự án lớn của địa phương"],
         "Chính sách, quy hoạch và những chương trình dự án lớn của địa phương"),
    (F3, "dân vận khéo ở các quận đã giúp củng cố lòng tinh của nhân dân với ai",
         "dân vận khéo ở các quận đã giúp củng cố lòng tin của nhân dân với ai",
         ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"], "Với Đảng, Nhà nước"),
    (F3, "nguyễn thị tuyến yêu cầu tạo điều kiện cho doanh nghiêp làm gì",
         "nguyễn thị tuyến yêu cầu tạo điều kiện cho doanh nghiệp làm gì",
         ["tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"], "Sản xuất, kinh doanh"),
    (F3, "ngoài trưởng ban còn chuyên viên theo dõi thi đua cua đơn vị nào dự hội nghị cụm",
         "ngoài trưởng ban còn chuyên viên theo dõi thi đua của đơn vị nào dự hội nghị cụm",
         ["chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó"], "Của đơn vị Cụm trưởng, Cụm phó"),
    (F3, "phó trưởng ban thường trực ban dân vận thàh ủy dự hội nghị cụm thi đua các quận ủy là ai",
         "phó trưởng ban thường trực ban dân vận thành ủy dự hội nghị cụm thi đua các quận ủy là ai",
         ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"], "Đồng chí Đào Ngọc Triệu"),
    # --- 004 ---
    (F4, "bí thư huệ yêu cầu xử lý điểm nóng để lập thành tích chào mừng đại hôi nào",
         "bí thư huệ yêu cầu xử lý điểm nóng để lập thành tích chào mừng đại hội nào",
         ["lập thành tích chào mừng Đại hội Đảng bộ các cấp"],
         "Đại hội Đảng bộ các cấp, Đại hội XVII Đảng bộ thành phố, Đại hội XIII của Đảng"),
    (F4, "ha noi giai quyet khieu nia to cao cua dan co cho con cham khong",
         "ha noi giai quyet khieu nai to cao cua dan co cho con cham khong",
         ["chưa kịp thời, dứt điểm để vụ việc kéo dài"], "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    (F4, "ban dân vận thành ủy hà nội sẽ tăng cường quản lý nhà nướcc về vấn đề gì",
         "ban dân vận thành ủy hà nội sẽ tăng cường quản lý nhà nước về vấn đề gì",
         ["giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"], "Các vấn đề liên quan đến dân tộc, tôn giáo"),
    (F4, "vương đình huệ giữ những chức vụ gì khi làm việc vơi ban dân vận",
         "vương đình huệ giữ những chức vụ gì khi làm việc với ban dân vận",
         ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
         "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hà Nội"),
    (F4, "công tác tôn giáo dân tộc ở hà nội đươc tăng cường nhất là dịp nào",
         "công tác tôn giáo dân tộc ở hà nội được tăng cường nhất là dịp nào",
         ["nhất là dịp trước, trong và sau Đại hội Đảng bộ các cấp"],
         "Trước, trong và sau Đại hội Đảng bộ các cấp, trước diễn biến dịch COVID-19"),
    (F4, "giám sát phản biện xã hội ở hà nội có được duy trì tôt không",
         "giám sát phản biện xã hội ở hà nội có được duy trì tốt không",
         ["Công tác giám sát, phản biện xã hội, tham gia góp ý xây dựng Đảng"], "Có, được duy trì tốt"),
    (F4, "ban dan van ha noi tiep tuc nang cao du bao tinh hinh va tham muw giai quyet van de gi",
         "ban dan van ha noi tiep tuc nang cao du bao tinh hinh va tham muu giai quyet van de gi",
         ["giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"],
         "Những vấn đề dân sinh, bức xúc trong nhân dân"),
    (F4, "dân vận khéo ở thủ đô góp phần phát huy sứcc mạnh gì",
         "dân vận khéo ở thủ đô góp phần phát huy sức mạnh gì",
         ["phát huy sức mạnh đại đoàn kết toàn dân"], "Sức mạnh đại đoàn kết toàn dân"),
    (F4, "ban dân vận hà nội đặc biệt phát huy vai trò nêu gươngg của ai",
         "ban dân vận hà nội đặc biệt phát huy vai trò nêu gương của ai",
         ["phát huy vai trò nêu gương của đội ngũ cán bộ, đảng viên"],
         "Đội ngũ cán bộ, đảng viên, nhất là người đứng đầu"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Hà Nam trước sáp nhập có mấy huyện, thị xã",
    "Hưng Yên nổi tiếng với đặc sản gì ngoài nhãn",
    "nhan long hung yen mua nao chin",
    "Hà Nội hiện có bao nhiêu quận",
    "MTTQ Việt Nam được thành lập năm nào",
    "Ai đang giữ chức Trưởng Ban Dân vận Trung ương",
    "mô hình dân vận khéo của tỉnh Quảng Ninh năm 2023 có gì nổi bật",
    "Hội nghị Trung ương 10 khóa XIII bàn những nội dung gì",
    "cach dang ky thuong tru cho con moi sinh",
    "Làm căn cước gắn chip cần mang giấy tờ gì",
    "giá lúa hôm nay ở miền Tây bao nhiêu 1 kg",
    "thoi tiet ha noi cuoi tuan nay the nao",
    "Đội tuyển Việt Nam vô địch AFF Cup mấy lần rồi",
    "cách viết đơn xin nghỉ phép gửi trưởng phòng",
    "Luật Đất đai 2024 có hiệu lực từ khi nào",
    "muc dong bhyt ho gia dinh nam nay",
    "Văn miếu Xích Đằng ở Hưng Yên thờ ai",
    "Thủ tục kết nạp đoàn viên thanh niên gồm mấy bước",
    "cách chấm điểm thi đua khen thưởng cuối năm cho chi bộ",
    "Hội nghị Diên Hồng diễn ra vào thời nào",
    "song dai nhat viet nam la song nao",
    "Bảo tàng Hồ Chí Minh mở cửa mấy giờ",
    "cách nấu phở bò Nam Định chuẩn vị",
    "Vịnh Hạ Long được UNESCO công nhận năm nào",
    "viet giup minh bai thu hoach hoc tap nghi quyet",
    "Luật Thực hiện dân chủ ở cơ sở 2022 gồm bao nhiêu chương",
    "Ban công tác Mặt trận ở khu dân cư gồm mấy người",
    "Đại biểu Quốc hội tỉnh Hưng Yên tiếp xúc cử tri kỳ họp thứ 8 ở đâu",
    "tiem mui nhac covid con can thiet khong",
    "Đường sắt tốc độ cao Bắc Nam khi nào khởi công",
    "lich nghi tet am lich nam nay may ngay",
    "Ai là tác giả bài thơ Việt Bắc",
    "cách đổi mật khẩu Zalo trên điện thoại",
    "python sap xep list theo key nhu the nao",
    "Hà Nội mùa thu có hoa gì đẹp",
    "Tỷ lệ hộ nghèo cả nước năm 2023 là bao nhiêu",
    "Bí thư Tỉnh ủy Hưng Yên hiện nay là ai",
    "Thủ tục xin giấy phép xây dựng nhà ở riêng lẻ ở nông thôn",
    "Đại hội Đoàn toàn quốc lần thứ XII tổ chức năm nào",
    "cach lam mo hinh nha bang que kem",
    "Hội nghị APEC năm nay được tổ chức ở nước nào",
    "cách tính tiền điện sinh hoạt theo bậc thang",
    "Theo từ điển, dân vận nghĩa là gì",
    "mua ve xem bong da san my dinh o dau",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 6, "quarter": 6, "date": 6, "not_said": 10,
         "document": 8, "person": 8, "organisation": 6}
MINS = {"answerable14": 100, "near_misses14": 70, "off_topic14": 40, "smalltalk14": 40, "slips14": 40}
KIND_MIN = 10
UNMARKED = {"answerable14": 0.24, "near_misses14": 0.30, "off_topic14": 0.22, "slips14": 0.15,
            "smalltalk14": 0.25}


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
