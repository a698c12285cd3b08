#!/usr/bin/env python3
"""Round 18 evaluation sets for the danvan bot (written independently, from the
five bundled corpus articles only; the retrieval, bot and test code were not read,
nor any *_test.jsonl file, nor the data files under retrieval/; the bot was not run
on these questions; earlier *_tune.jsonl files were read only to avoid repeating
their questions).

Theme: two hurried users.  A busy cadre typing on a phone under the table in a
meeting, and a journalist checking facts before a piece goes out:
- very short questions, chat shorthand ("bn" bao nhiêu, "ko" không, "j" gì, "đc"
  được, "ntn" như thế nào, "dvk" Dân vận khéo, "bdv" Ban Dân vận, "hn" Hà Nội,
  "tp" thành phố, "đh" đại hội), lower case, no marks;
- the place or the year put at the end after a comma ("…, hà nam 2022", "…,
  2019?"), as a cadre adds the context as an afterthought;
- exact figures, dates, names and offices asked for ("con số chính xác", "viết
  đúng họ tên, chức danh", "xác minh giúp"), comparisons ("quận nào", "tỉnh nào",
  "huyện nào", "cơ quan nào"), and two facts of one article in one message (both
  answered by the same line);
- near misses built the same hurried way: a real fact of an article with ONE
  constraint swapped (province, city or district; year or Tết; quarter or half;
  date; document number; person; body; office) for a value no article holds, the
  swapped value placed first, in the middle or last in the question;
- off topic: half phrased like report questions and naming the articles' own
  provinces, districts, years and bodies (ngân sách, GRDP, điểm chuẩn, tuyển dụng
  …), half a busy person's everyday questions (Word, lịch âm, taxi, nhuận bút);
- small talk of the two users: "đang họp nên hỏi nhanh", "tks", "đc r", "chậm quá",
  emoji, lines addressed to the bot;
- slips of phone typing: a wrong or dropped letter, a wrong or missing tone, Telex
  keys left in; ``correct`` holds the intended question; digits never change.

Checks (the script stops on any failure), those of build_round16.py:
- every gold snippet has at most 15 words and all snippets of a question are exact
  substrings of ONE line of the named article (``rounds.gold_checker``);
- a near miss's swapped value is in its question and absent (whole words, with or
  without marks) from its source and from every other article (``rounds.check_swapped``,
  ``CROSS`` empty); no place swap on article 002 (its province is not named); each
  near miss carries ``expect`` (what the corpus does hold, with the article number);
- ``no_diacritics`` questions carry no marks or capitals, keyword questions have 3–6
  words, slips differ from their correction in one or two words with the same number
  of words and the same digits (``rounds.slip_rows``, strict);
- ids unique per set, with the prefixes a18_, n18_, o18_, s18_ (slips), t18_ (small
  talk); no question repeats (exact, lower-cased) another of this round or one of any
  earlier ``eval/*_tune.jsonl`` file (``rounds.check_repeats``);
- the minimum counts below: every answer kind at least ten times, every article used
  by the answerable questions and the slips, all twelve small-talk intents, the shares
  typed without diacritics;
- round 16's paraphrase check: at least ``PARAPHRASE_SHARE`` of the answerable
  questions share less than ``LOW_OVERLAP`` of their content syllables with their
  gold line (``rounds.content_overlap``; this round also leaves out the chat
  shorthand of ``SHORTHAND``, so that "bn" or "j" do not count as words the line
  lacks);
plus this round's own:
- at least ``TERSE_SHARE`` of the answerable questions typed without diacritics or
  keyword-only;
- each near-miss swap kind at its minimum; the swapped value first, in the middle and
  last in the question at least ``POSITION_MIN`` times each (``position``), place swaps
  at least ``PLACE_POSITION_MIN`` times each; at least ``LOWER_MIN`` near misses typed
  with marks but all in lower case;
- the off-topic questions of the hard kind name at least one province, district, year
  or body an article holds (``HARD_MARKERS``, each checked against the corpus) and are
  at least ``HARD_SHARE`` of the set;
- at least ``EMOJI_MIN`` small-talk lines with an emoji, ``SHORTHAND_MIN`` with chat
  shorthand and ``ADDRESSED_MIN`` addressed to the bot;
- the theme: at least ``SHORT_SHARE`` of the answerable questions have at most 11
  syllables, at least ``SHORTHAND_Q_MIN`` use chat shorthand, at least ``TAIL_MIN`` put the
  place or year last after a comma.
Then each set is shuffled ONCE with a fresh ``random.Random(18)`` (``rounds.split_and_write``):
the first half (rounded down) goes to ``<set>18_tune.jsonl``, the rest to
``<set>18_test.jsonl``, each half in id order.  Running the script again rewrites the
ten files byte for byte.
"""

import collections
import re
import sys

from rounds import (F0, F1, F2, F3, F4, FUNCTION_SYLLABLES, build_round_with_expectations, content_overlap,
                    fail_on, found, gold_line, load_corpus, strip_marks)

ROUND = 18

# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 (chiều 2/7, đăng 09/07/2020) ---
    ("ai", F0, "tin giao ban dv tp hung yen 2020 ai viet, can ghi nguon",
     ["Phương Thu – Công Hiếu"], "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("ai", F0, "sếp ban dv thành ủy tp hưng yên 2020 tên j",
     ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"], "Đồng chí Lương Công Chanh"),
    ("ai", F0, "người của tỉnh xuống dự họp dv tp hưng yên hôm 2/7 là ai",
     ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực"],
     "Đồng chí Cao Quang Hưng, Tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận Tỉnh ủy"),
    ("khi_nao", F0, "de an 02 cua btv tinh uy, ngay ban hanh chinh xac?",
     ["đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"], "Ngày 15/8/2016"),
    ("khi_nao", F0, "Xác minh giúp: giao ban công tác Dân vận 6 tháng đầu năm của Thành ủy Hưng Yên họp chiều 2/7 phải không?",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Đúng, chiều ngày 2/7 (2020)"),
    ("bao_nhieu", F0, "đh đại biểu tp hưng yên sắp tới là khóa mấy?",
     ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"], "Khóa XXI"),
    ("bao_nhieu", F0, "tin giao ban dv hưng yên 2020 bn lượt xem, số chính xác",
     ["09/07/2020 | 2522"], "2522"),
    ("o_dau", F0, "vụ dọn vệ sinh chiều thứ sáu là của tp nào",
     ["Vì môi trường thành phố Hưng Yên sạch - đẹp"], "Thành phố Hưng Yên"),
    ("o_dau", F0, "khoi dv cap nao o tp hung yen di van dong dan giao dat",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền"], "Khối dân vận các phường, xã"),
    ("nhu_the_nao", F0, "cuoi 2020 tp hung yen giam sat phong trao chieu thu 6 ntn",
     ["tập trung tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào"],
     "Tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào “Chiều thứ 6”"),
    ("la_gi", F0, "bdv thành ủy hưng yên theo dõi những tổ chức nào",
     ["nắm tình hình hoạt động của MTTQ, các đoàn thể, hội quần chúng"], "MTTQ, các đoàn thể, hội quần chúng"),
    ("la_gi", F0, "đề án 02 btv tỉnh ủy nhắm vào khối nào",
     ["công tác dân vận của cơ quan hành chính nhà nước"],
     "Công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp, giai đoạn 2016 – 2020"),
    ("paraphrase", F0, "giua 2020 tp hung yen co lo cho may ho bi thu dat lam du an ko",
     ["thực hiện tốt công tác giải phóng mặt bằng phục vụ các dự án"],
     "Có: tuyên truyền, vận động và thực hiện tốt công tác giải phóng mặt bằng phục vụ các dự án"),
    ("paraphrase", F0, "tp hưng yên có họp dv định kỳ ko",
     ["duy trì nề nếp giao ban công tác dân vận"], "Có: duy trì nề nếp giao ban công tác dân vận"),
    ("paraphrase", F0, "Tôi viết bài: cán bộ dv phường, xã ở TP Hưng Yên có sát việc của địa phương mình không?",
     ["khối dân vận cơ sở đã bám sát nhiệm vụ chính trị của địa phương"],
     "Có: khối dân vận cơ sở bám sát nhiệm vụ chính trị của địa phương"),
    ("keywords", F0, "phối hợp dân vận Hưng Yên",
     ["ký kết các chương trình phối hợp về công tác dân vận"],
     "Tiếp tục triển khai và ký kết các chương trình phối hợp về công tác dân vận với chính quyền, đoàn thể, lực lượng vũ trang"),
    ("keywords", F0, "đô thị văn minh Hưng Yên",
     ["gắn với xây dựng nông thôn mới, đô thị văn minh"],
     "Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới, đô thị văn minh"),
    ("no_diacritics", F0, "ai la pho bi thu thuong truc thanh uy, hung yen 2020",
     ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"], "Đồng chí Nguyễn Chí Thanh"),
    ("no_diacritics", F0, "van ban nao cua btv tinh uy dc nhan manh nhat, tp hung yen",
     ["nhất là Kế hoạch thực hiện đề án số 02"],
     "Kế hoạch thực hiện đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"),
    ("no_diacritics", F0, "nua dau 2020 dv tp hung yen lam duoc gi",
     ["đã đạt được một số kết quả quan trọng"],
     "Đạt một số kết quả quan trọng, góp phần thúc đẩy phát triển KT-XH"),
    ("o_dau", F0, "tin giao ban dan van tp hung yen 2020 dang tren trang cua don vi nao",
     ["© 2016 Copyright by VNPT Hưng Yên."], "VNPT Hưng Yên"),
    ("nhu_the_nao", F0, "họp xong ở tp hưng yên có ai góp cách làm cho nửa cuối năm ko",
     ["đề xuất một số giải pháp để thực hiện có hiệu quả"],
     "Có: các đại biểu đề xuất một số giải pháp để thực hiện có hiệu quả công tác dân vận 6 tháng cuối năm"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 (chiều 20/12) ---
    ("ai", F1, "ai đứng trao bk dvk, hà nam 2022",
     ["Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("ai", F1, "hà nam 2022: bằng khen của cơ quan nào, còn tập thể cá nhân xuất sắc thì ai khen thưởng?",
     ["Bằng khen của UBND tỉnh", "Nhiều tập thể, cá nhân có thành tích xuất sắc"],
     "Bằng khen của UBND tỉnh; tập thể, cá nhân do Trưởng Ban Dân vận Tỉnh ủy khen thưởng"),
    ("ai", F1, "sếp dv tỉnh hà nam cuối 2022 tên gì",
     ["Đinh Thị Lụa", "kiêm Trưởng Ban Dân vận Tỉnh ủy"], "Đồng chí Đinh Thị Lụa (Phó Bí thư Thường trực Tỉnh ủy)"),
    ("khi_nao", F1, "Xác minh giúp: hội nghị tổng kết dân vận năm 2022 của Hà Nam có đúng diễn ra chiều 20/12?",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Đúng, chiều ngày 20/12 (2022)"),
    ("khi_nao", F1, "quy dinh 124 cua ban bi thu, ngay thang nam?",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Ngày 02/02/2018"),
    ("khi_nao", F1, "hà nam dặn để ý thợ thuyền nghĩ gì, dịp nào, 2023",
     ["nhất là dịp trước, trong và sau Tết Nguyên đán Quý Mão 2023"],
     "Trước, trong và sau Tết Nguyên đán Quý Mão 2023"),
    ("bao_nhieu", F1, "bn mô hình dvk, hà nam 2022",
     ["306 mô hình"], "306 mô hình"),
    ("bao_nhieu", F1, "bài tổng kết dân vận hà nam bn lượt xem",
     ["Lượt xem: 591"], "591"),
    ("bao_nhieu", F1, "nghị quyết đh đảng bộ tỉnh hà nam lần thứ mấy",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"], "Lần thứ XX"),
    ("o_dau", F1, "tỉnh nào công nhận 306 mô hình dvk năm 2022",
     ["306 mô hình"], "Hà Nam (Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp)"),
    ("o_dau", F1, "quy chế số 05 về dân vận hệ thống chính trị là của tỉnh nào",
     ["Công tác dân vận của hệ thống chính trị tỉnh Hà Nam"], "Tỉnh Hà Nam (Ban Thường vụ Tỉnh ủy)"),
    ("nhu_the_nao", F1, "mô hình dvk làm hình thức thì hà nam xử lý ntn",
     ["để loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Rà soát, đánh giá để loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"),
    ("nhu_the_nao", F1, "2023 hà nam muốn mô hình dvk nhắm vào việc j",
     ["tập trung vào những việc mới, việc khó"],
     "Hướng vào nhiệm vụ chính trị trọng tâm, tập trung vào những việc mới, việc khó"),
    ("la_gi", F1, "ct 08 btv tỉnh ủy hà nam nói chuyện gì",
     ["Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo"],
     "Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo của hệ thống chính trị trong tình hình mới"),
    ("la_gi", F1, "qđ 23 bct tên đầy đủ là gì",
     ["ban hành “Quy chế công tác dân vận của hệ thống chính trị”"],
     "Về ban hành “Quy chế công tác dân vận của hệ thống chính trị”"),
    ("paraphrase", F1, "năm 2022 các sếp ở hà nam có chịu tiếp dân ko",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Có: người đứng đầu thực hiện tốt việc tiếp công dân và đối thoại với Nhân dân"),
    ("paraphrase", F1, "hà nam có đáp trả mấy luận điệu xuyên tạc ko",
     ["tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
     "Có: tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"),
    ("paraphrase", F1, "hà nam có bớt rườm rà cho dân đi làm giấy ko",
     ["đẩy mạnh cải cách thủ tục hành chính"], "Có: đẩy mạnh cải cách thủ tục hành chính"),
    ("paraphrase", F1, "tết nhâm dần hà nam có lo cho người khó khăn ko",
     ["nhất là dịp Tết Nguyên đán Nhâm Dần 2022"],
     "Có: phối hợp thực hiện tốt các chính sách an sinh xã hội, nhất là dịp Tết Nhâm Dần 2022"),
    ("keywords", F1, "306 mô hình dvk",
     ["306 mô hình"], "Năm 2022 Hà Nam công nhận 306 mô hình “Dân vận khéo”"),
    ("keywords", F1, "chỉ thị 08 tôn giáo",
     ["Chỉ thị số 08, ngày 13/10/2021 của Ban Thường vụ Tỉnh ủy"],
     "Chỉ thị số 08 (13/10/2021) của BTV Tỉnh ủy về nâng cao chất lượng, hiệu quả công tác tôn giáo"),
    ("keywords", F1, "Giấy khen Ban Dân vận",
     ["Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy."], "Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy (Hà Nam)"),
    ("no_diacritics", F1, "nguyen anh chuc giu chuc gi o ha nam",
     ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"],
     "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("no_diacritics", F1, "quy dinh 124 cua ban bi thu dung de giam sat gi",
     ["giám sát việc tu dưỡng, rèn luyện đạo đức lối sống"],
     "Việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu, cán bộ chủ chốt, cán bộ, đảng viên"),
    ("no_diacritics", F1, "mttq va doan the chu trong phat trien gi, ha nam 2022",
     ["Chú trọng công tác phát triển tổ chức, phát triển đảng viên"],
     "Phát triển tổ chức, đảng viên, đoàn viên, hội viên mới"),
    ("no_diacritics", F1, "ban chi dao dvk cac cap ha nam 2022 lam tot viec gi",
     ["tập trung làm tốt công tác nắm tình hình, đôn đốc chỉ đạo"],
     "Nắm tình hình, đôn đốc chỉ đạo, hướng dẫn các cơ quan, đơn vị triển khai phong trào"),

    # --- 002 giao ban dân vận quý I/2019 (28/3/2019; tỉnh không nêu tên) ---
    ("ai", F2, "nguyen long hai chuc gi, giao ban dv quy 1/2019",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Phó Chủ tịch UBND tỉnh"),
    ("ai", F2, "ai lên nói chỉ đạo giao ban dv quý I 2019",
     ["Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm"], "Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy"),
    ("ai", F2, "ai lo đh bà con thiểu số của tỉnh 2019",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Ban Dân tộc"),
    ("khi_nao", F2, "Cho tôi ngày chính xác của hội nghị giao ban dân vận quý I năm 2019.",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("khi_nao", F2, "đh mttq các cấp là nhiệm kỳ nào, theo giao ban quý 1/2019",
     ["MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    ("khi_nao", F2, "giao ban dv quy i/2019 trien khai nhiem vu quy may",
     ["triển khai nhiệm vụ quý II năm 2019"], "Quý II năm 2019"),
    ("bao_nhieu", F2, "tet ky hoi: bn luot qua, kinh phi bn ty?",
     ["trên 62 nghìn lượt quà tặng", "kinh phí trên 26 tỷ đồng"], "Trên 62 nghìn lượt quà, kinh phí trên 26 tỷ đồng"),
    ("bao_nhieu", F2, "so doan kiem tra luc luong truc tet ky hoi la bn",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),
    ("o_dau", F2, "giao ban dân vận quý I/2019 do ban nào tổ chức",
     ["Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ban Dân vận Tỉnh ủy"),
    ("nhu_the_nao", F2, "quý 1/2019 chính quyền phục vụ dân và doanh nghiệp ntn",
     ["nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"],
     "Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    ("nhu_the_nao", F2, "ông nghiệm muốn cán bộ dv được học thêm gì ko",
     ["tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ"],
     "Tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"),
    ("la_gi", F2, "năm dv chính quyền 2019 kèm mấy chữ khẩu hiệu",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"], "Kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("la_gi", F2, "ảnh thứ hai trong bài giao ban quý I 2019 là ai",
     ["Phó Bí thư Thường trực Tỉnh ủy phát biểu"], "Phó Bí thư Thường trực Tỉnh ủy phát biểu"),
    ("paraphrase", F2, "quý đầu 2019 bdv có lo việc đạo, việc đồng bào ít người ko",
     ["chỉ đạo công tác dân vận, dân tộc, tôn giáo"], "Có: tham mưu lãnh đạo, chỉ đạo công tác dân vận, dân tộc, tôn giáo"),
    ("paraphrase", F2, "tết năm con lợn 2019 có ai đi xem mấy chốt trực tết không",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "Có: 8 đoàn kiểm tra các lực lượng trực phục vụ tết"),
    ("paraphrase", F2, "tỉnh có bảo các nơi học nhau cái hay ko, quý 1 2019",
     ["tích cực nhân rộng các mô hình, cách làm hay"], "Có: tích cực nhân rộng các mô hình, cách làm hay"),
    ("keywords", F2, "62 nghìn lượt quà tết",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng (Tết Kỷ Hợi)"),
    ("keywords", F2, "Nghiệm tồn tại hạn chế",
     ["đồng thời chỉ rõ một số tồn tại, hạn chế"], "Ông ghi nhận kết quả, đồng thời chỉ rõ một số tồn tại, hạn chế"),
    ("no_diacritics", F2, "giao ban quy 1 nam 2019 cac dai bieu ban nhung gi",
     ["các đại biểu đã trao đổi, thảo luận, đánh giá những kết quả"],
     "Trao đổi, thảo luận, đánh giá kết quả quý I và đưa ra giải pháp cho thời gian tới"),
    ("no_diacritics", F2, "chu tich hdnd tinh luc giao ban quy i 2019 la ai",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"], "Đồng chí Hoàng Văn Nghiệm"),
    ("no_diacritics", F2, "tet con heo 2019 tinh cu bn doan di tham nha kho",
     ["12 đoàn công tác thăm, chúc tết"], "12 đoàn"),
    ("paraphrase", F2, "quý I/2019 bộ đội, mặt trận có rủ dân thi đua làm ăn ko",
     ["tham gia các phong trào thi đua yêu nước, phát triển kinh tế xã hội"],
     "Có: lực lượng vũ trang, MTTQ, các tổ chức chính trị - xã hội vận động hội viên, nhân dân tham gia thi đua, phát triển kinh tế xã hội"),
    ("paraphrase", F2, "giao ban quý 1 2019 có ai bàn cách làm cho thời gian tới ko",
     ["đưa ra các giải pháp nhằm thực hiện tốt công tác dân vận"],
     "Có: các đại biểu đưa ra các giải pháp nhằm thực hiện tốt công tác dân vận thời gian tới"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 09/7/2019 ---
    ("ai", F3, "sếp bdv thành ủy hn 2019 tên gì",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    ("ai", F3, "nguyen van chien chuc vu gi, cum thi dua 2019",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"], "UVTV - Trưởng Ban Dân vận Quận ủy"),
    ("ai", F3, "cấp phó thường trực bdv tp hn dự họp cụm tên gì",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"], "Đồng chí Đào Ngọc Triệu"),
    ("ai", F3, "ai tham luan qcdc trong gpmb, quan cau giay",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy trình bày tham luận"],
     "Đồng chí Trần Việt Hà, UVTV, PCT UBND quận Cầu Giấy"),
    ("ai", F3, "ke hoach hoi nghi doi thoai 2019 cua cac quan la giua ai voi ai",
     ["giữa người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân"],
     "Giữa người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân"),
    ("khi_nao", F3, "so ket 6 thang cum quan uy ha noi hom nao",
     ["Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy"], "Ngày 09/7/2019"),
    ("bao_nhieu", F3, "chỉ thị 05-CT/TW đi cùng nghị quyết trung ương 4 khóa mấy",
     ["Nghị quyết Trung ương 4 (khóa XII)"], "Khóa XII"),
    ("bao_nhieu", F3, "bài cụm thi đua quận ủy hn bn lượt xem",
     ["View count: 324"], "324"),
    ("o_dau", F3, "quận nào có chủ tịch hđnd phát biểu chào mừng hn cụm thi đua 2019",
     ["Chủ tịch HĐND quận đã phát biểu", "quận Cầu Giấy"], "Quận Cầu Giấy (đồng chí Phương Kiến Quốc)"),
    ("o_dau", F3, "tham luan qcdc trong gpmb noi ve dia ban quan nao",
     ["trên địa bàn quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("nhu_the_nao", F3, "bà tuyến đề nghị gì về giảm nghèo, sáp nhập tổ dân phố",
     ["rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"],
     "Tập trung rà soát các chỉ tiêu, vấn đề còn bất cập trong giảm nghèo, sát nhập tổ dân phố"),
    ("nhu_the_nao", F3, "các quận có hỏi ý dân khi làm quy hoạch ko, 2019",
     ["Quan tâm lấy ý kiến và tiếp thu ý kiến của MTTQ"],
     "Có: lấy ý kiến và tiếp thu ý kiến của MTTQ, các đoàn thể và nhân dân về chính sách, quy hoạch, dự án lớn"),
    ("la_gi", F3, "2019 là năm gì, theo cụm thi đua dân vận các quận ủy hn",
     ["thực hiện “Năm Dân vận chính quyền” năm 2019"], "“Năm Dân vận chính quyền” năm 2019"),
    ("la_gi", F3, "ảnh nào chụp bà tuyến trong bài cụm thi đua, chú thích gì",
     ["UVTV - Trưởng ban Dân vận Thành ủy phát biểu chỉ đạo tại Hội nghị"],
     "Đồng chí Nguyễn Thị Tuyến, UVTV - Trưởng ban Dân vận Thành ủy phát biểu chỉ đạo tại Hội nghị"),
    ("paraphrase", F3, "có ai từ văn phòng ban dân vận thành phố xuống họp cụm ko",
     ["Văn phòng Ban Dân vận Thành ủy"], "Có: đại diện lãnh đạo các phòng chuyên môn và Văn phòng Ban Dân vận Thành ủy"),
    ("paraphrase", F3, "bà tuyến muốn công chức hiểu hơn về dân vận ko",
     ["tiếp tục nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức"],
     "Có: nâng cao nhận thức cho cán bộ, đảng viên, công chức, viên chức về công tác dân vận"),
    ("paraphrase", F3, "cầu giấy tự tin sánh vai các quận bạn ko",
     ["quận Cầu Giấy luôn phát huy tiềm năng vươn lên"],
     "Có: Cầu Giấy luôn phát huy tiềm năng vươn lên cùng các đơn vị trong cụm"),
    ("keywords", F3, "chuyên viên theo dõi thi đua",
     ["chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó"],
     "Các đồng chí Phó Trưởng Ban, chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó dự"),
    ("keywords", F3, "Phương Kiến Quốc chức vụ",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy"],
     "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận (Cầu Giấy)"),
    ("no_diacritics", F3, "cum thi dua dan van quan uy ha noi co bao nhieu don vi",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("no_diacritics", F3, "ba tuyen yeu cau day manh phong trao gi",
     ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"], "Phong trào thi đua “Dân vận khéo”"),
    ("no_diacritics", F3, "dan van kheo cac quan ha noi gop phan gi cho kinh te xa hoi",
     ["góp phần quan trọng thúc đẩy phát triển kinh tế - xã hội"],
     "Góp phần quan trọng thúc đẩy phát triển kinh tế - xã hội, giữ vững ổn định chính trị"),
    ("paraphrase", F3, "bà tuyến có nhắc chuyện lo cho nhà nghèo ko",
     ["rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"],
     "Có: rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy (28/4/2020) ---
    ("ai", F4, "Viết đúng họ tên, chức danh người báo cáo tại buổi làm việc với Bí thư Huệ giúp tôi.",
     ["Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"],
     "Phạm Hải Hoa, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    ("ai", F4, "ảnh bài bí thư huệ dân vận khéo của ai chụp",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp/TTXVN"),
    ("ai", F4, "ông huệ kiêm mấy chức, 4/2020",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
     "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    ("ai", F4, "chủ tịch hội ccb hn có phát biểu ở buổi 28/4 ko",
     ["Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"],
     "Có: phát biểu đồng quan điểm cùng Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),
    ("khi_nao", F4, "bi thu hue lam viec voi bdv thanh uy ngay nao",
     ["Ngày 28/4, Ủy viên Bộ Chính trị"], "Ngày 28/4 (2020)"),
    ("khi_nao", F4, "hôm 28/4 ông huệ nghe báo cáo giai đoạn nào",
     ["năm 2019 và quý I/2020, Ban Dân vận Thành ủy Hà Nội"], "Năm 2019 và quý I/2020"),
    ("bao_nhieu", F4, "qđ 290-QĐ/TW là của bct khóa mấy, tổng kết bn năm",
     ["Hội nghị Tổng kết 10 năm", "Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"], "Khóa X; tổng kết 10 năm"),
    ("bao_nhieu", F4, "bcđ tw cử đoàn kt số mấy về hn",
     ["tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"], "Đoàn kiểm tra số 1"),
    ("bao_nhieu", F4, "đh đảng bộ tp hà nội sắp tới là lần thứ mấy, 2020",
     ["Đại hội Đại biểu lần thứ XVII của Đảng bộ thành phố"], "Lần thứ XVII"),
    ("o_dau", F4, "trưởng ban dv của huyện nào ở hn phát biểu hôm 28/4",
     ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"], "Huyện Ba Vì (cùng quận Hoàn Kiếm)"),
    ("o_dau", F4, "ngoài bdv còn ai góp công dập dịch ở hn",
     ["Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố"],
     "Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể xã hội"),
    ("nhu_the_nao", F4, "hn đối thoại chuyên đề những vấn đề nào, bdv phối hợp với ai",
     ["phối hợp với các Ban Đảng và Văn phòng Thành ủy", "xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Phối hợp với các Ban Đảng, Văn phòng Thành ủy; đối thoại về rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("nhu_the_nao", F4, "gói an sinh chính phủ hn làm ntn",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"),
    ("nhu_the_nao", F4, "bí thư huệ nói gì về sàng lọc cán bộ",
     ["tham gia sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"],
     "Tích cực tham gia sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    ("la_gi", F4, "bài TTXVN về bí thư hn và dvk có tít gì",
     ["Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"],
     "Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"),
    ("la_gi", F4, "qđ 290 ban hành quy chế gì",
     ["Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị"],
     "Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị"),
    ("la_gi", F4, "hà nội 2020 thực hiện tốt năm gì về dân vận",
     ["thực hiện tốt Năm Dân vận khéo"], "Năm Dân vận khéo"),
    ("paraphrase", F4, "bà con dân tộc ít người ở hn giờ sống khá lên chưa",
     ["Đời sống đồng bào dân tộc thiểu số của thành phố được cải thiện"],
     "Có: đời sống đồng bào dân tộc thiểu số được cải thiện rõ rệt"),
    ("paraphrase", F4, "mấy anh bộ đội thủ đô đi dân vận có khá hơn ko",
     ["công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"],
     "Có: công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"),
    ("paraphrase", F4, "bdv hn tự nhận đoán trước chuyện dân ở chỗ nhạy cảm còn chậm ko",
     ["dự báo tình hình nhân dân đặc biệt là ở những địa bàn phức tạp"],
     "Có: nắm, đánh giá, dự báo tình hình ở địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"),
    ("keywords", F4, "chi trả an sinh Hà Nội",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"),
    ("keywords", F4, "xử lý điểm nóng Hà Nội",
     ["tập trung xử lý điểm nóng, vấn đề phức tạp trên địa bàn"],
     "Tập trung xử lý điểm nóng, vấn đề phức tạp trên địa bàn"),
    ("keywords", F4, "Văn Điệp TTXVN",
     ["Ảnh: Văn Điệp/TTXVN"], "Ảnh của Văn Điệp/TTXVN"),
    ("no_diacritics", F4, "bdv thanh uy hn lam thay doi gi, 2019",
     ["tạo chuyển biến về nhận thức, nội dung và phương thức"],
     "Chuyển biến về nhận thức, nội dung và phương thức tiến hành công tác dân vận"),
    ("no_diacritics", F4, "dan van kheo ha noi cung co moi quan he gi",
     ["mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"], "Mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"),
    ("no_diacritics", F4, "bi thu thanh uy ha noi thang 4/2020 ten gi",
     ["Bí thư Thành ủy Hà Nội Vương Đình Huệ cho rằng"], "Đồng chí Vương Đình Huệ"),
    ("no_diacritics", F4, "can bo dan van hn phai lam gi de hieu dan",
     ["gần dân, thành tâm đến với nhân dân để hiểu dân"],
     "Đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"),
    ("paraphrase", F4, "bdv hn tính sao với mấy chuyện cơm áo làm dân bực mình",
     ["tham mưu giải quyết kịp thời những vấn đề dân sinh, bức xúc"],
     "Nâng cao dự báo tình hình, tham mưu giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"),
    ("paraphrase", F4, "hn có chỗ nào làm dân vận còn rời rạc ko",
     ["Công tác dân vận của hệ thống chính trị có nơi còn chưa đồng bộ"],
     "Có: công tác dân vận của hệ thống chính trị có nơi còn chưa đồng bộ"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file, expect)
# one constraint of a real fact swapped for a value no article holds (CROSS is
# empty: the value occurs in no article); the value placed first, in the middle
# or last in the question
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place: province, city or district ---
    ("place", "Văn Lâm giao ban dân vận 6 tháng đầu 2020 ngày nào", "Văn Lâm", F0,
     "000: giao ban của Thành ủy TP Hưng Yên, chiều 2/7; không có Văn Lâm"),
    ("place", "phong trào chiều thứ 6 vì môi trường sạch đẹp, huyện yên mỹ", "yên mỹ", F0,
     "000: phong trào “Chiều thứ 6” là của thành phố Hưng Yên"),
    ("place", "truong ban dan van thanh uy hai duong nam 2020 la ai", "hải dương", F0,
     "000: Trưởng ban Dân vận Thành ủy (TP Hưng Yên) là Lương Công Chanh"),
    ("place", "Vĩnh Phúc năm 2022 công nhận bao nhiêu mô hình Dân vận khéo?", "Vĩnh Phúc", F1,
     "001: Hà Nam công nhận 306 mô hình năm 2022"),
    ("place", "bn mô hình dvk cấp tỉnh đc bằng khen 2022, nam dinh", "nam dinh", F1,
     "001: 10 mô hình cấp tỉnh của Hà Nam được Bằng khen của UBND tỉnh"),
    ("place", "ban dan van huyen uy kim bang tong ket dan van kheo 2022 ngay nao", "kim bang", F1,
     "001: Ban Dân vận Tỉnh ủy Hà Nam tổng kết chiều 20/12; không nêu huyện Kim Bảng"),
    ("place", "hoi nghi tong ket dan van tinh phu tho chieu 20/12/2022 co ai du", "phú thọ", F1,
     "001: hội nghị chiều 20/12 là của Ban Dân vận Tỉnh ủy Hà Nam"),
    ("place", "Tây Hồ: chủ tịch hđnd quận phát biểu chào mừng hội nghị cụm thi đua 9/7/2019 là ai", "Tây Hồ", F3,
     "003: Phương Kiến Quốc, Chủ tịch HĐND quận Cầu Giấy, phát biểu chào mừng"),
    ("place", "kq kt-xh neu bat o hn cum thi dua 9/7/2019 cua quan thanh xuan", "thanh xuân", F3,
     "003: kết quả được nêu là của quận Cầu Giấy"),
    ("place", "pct ubnd quận long biên tham luận gì về gpmb ở hội nghị cụm 2019", "long biên", F3,
     "003: tham luận của Trần Việt Hà, PCT UBND quận Cầu Giấy"),
    ("place", "cum thi dua dan van cac quan uy tp can tho so ket 6 thang dau 2019 ngay nao", "can tho", F3,
     "003: Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội, ngày 09/7/2019"),
    ("place", "Đông Anh: trưởng ban dân vận huyện phát biểu gì ở buổi làm việc với bí thư huệ", "Đông Anh", F4,
     "004: Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì phát biểu"),
    ("place", "bí thư thành ủy làm việc với ban dân vận thành ủy 28/4/2020 chỉ đạo gì, TP.HCM", "TP.HCM", F4,
     "004: Bí thư Thành ủy Hà Nội Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội"),
    ("place", "trưởng ban dân vận quận thanh trì có đồng quan điểm gì hôm 28/4", "thanh trì", F4,
     "004: Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"),

    # --- year / Tết ---
    ("year", "2017, tp hung yen giao ban dan van 6 thang dau nam co ai du", "2017", F0,
     "000: 6 tháng đầu năm 2020 (chiều 2/7)"),
    ("year", "đề án số 02 ngày 15/8/2013 của btv tỉnh ủy hưng yên về gì", "2013", F0,
     "000: đề án số 02 ngày 15/8/2016"),
    ("year", "năm 2012 hà nam công nhận bao nhiêu mô hình dân vận khéo", "2012", F1,
     "001: năm 2022 công nhận 306 mô hình"),
    ("year", "ai trao bằng khen cho 10 mô hình dvk cấp tỉnh năm 2010", "2010", F1,
     "001: năm 2022, Nguyễn Anh Chức trao Bằng khen"),
    ("year", "hà nam dặn nắm tâm tư công nhân lao động dịp tết canh tý", "canh tý", F1,
     "001: dịp Tết Nguyên đán Quý Mão 2023"),
    ("year", "dip tet giap ngo to chuc bao nhieu doan tham chuc tet gia dinh kho khan", "giap ngo", F2,
     "002: Tết Nguyên đán Kỷ Hợi, 12 đoàn"),
    ("year", "chủ đề công tác năm dân vận chính quyền 2014 gồm những gì", "2014", F2,
     "002: “Năm Dân vận chính quyền” 2019"),
    ("year", "cụm thi đua dân vận các quận ủy hà nội sơ kết 6 tháng đầu năm 2009", "2009", F3,
     "003: sơ kết 6 tháng đầu năm 2019 (09/7/2019)"),
    ("year", "ngày 28/4/2011 bí thư thành ủy hà nội làm việc với ban dân vận nói gì", "2011", F4,
     "004: ngày 28/4/2020"),
    ("year", "2026 bí thư thành ủy hà nội làm việc với ban dân vận thành ủy chỉ đạo gì", "2026", F4,
     "004: buổi làm việc ngày 28/4/2020"),

    # --- quarter / half that does not overlap the report ---
    ("quarter", "giao ban dân vận quý III/2020 thành ủy hưng yên họp hôm nào", "quý III/2020", F0,
     "000: giao ban 6 tháng đầu năm 2020 (chiều 2/7)"),
    ("quarter", "tp hưng yên dân vận đạt kết quả gì, 9 tháng đầu năm 2020", "9 tháng đầu năm 2020", F0,
     "000: kết quả 6 tháng đầu năm 2020"),
    ("quarter", "6 tháng đầu năm 2023 hà nam công nhận thêm bao nhiêu mô hình dvk", "6 tháng đầu năm 2023", F1,
     "001: cả năm 2022 công nhận 306 mô hình; năm 2023 chỉ có nhiệm vụ"),
    ("quarter", "giao ban công tác dân vận quý III năm 2019 tổ chức ngày nào", "quý III năm 2019", F2,
     "002: giao ban quý I, ngày 28/3/2019"),
    ("quarter", "ban dan van tinh uy giao ban quy iv nam 2018 co nhung ai du", "quy iv nam 2018", F2,
     "002: giao ban quý I năm 2019"),
    ("quarter", "cum thi dua quan uy hn so ket 9 thang nam 2019 ngay nao", "9 tháng năm 2019", F3,
     "003: sơ kết 6 tháng đầu năm 2019 (09/7/2019)"),
    ("quarter", "hội nghị cụm thi đua dân vận quận ủy hà nội tổng kết cả năm 2018", "cả năm 2018", F3,
     "003: sơ kết 6 tháng đầu năm 2019"),
    ("quarter", "ban dân vận thành ủy hà nội báo cáo bí thư huệ kết quả gì, quý II năm 2020", "quý II năm 2020", F4,
     "004: năm 2019 và quý I/2020"),
    ("quarter", "6 thang dau nam 2021 ban dan van thanh uy ha noi con han che gi", "6 thang dau nam 2021", F4,
     "004: hạn chế nêu tại buổi làm việc 28/4/2020 (năm 2019, quý I/2020)"),

    # --- date ---
    ("date", "giao ban dân vận thành ủy hưng yên chiều 3/7 có ai dự", "3/7", F0,
     "000: chiều ngày 2/7"),
    ("date", "đề án 02 của btv tỉnh ủy hưng yên ban hành ngày 15/9/2016", "15/9/2016", F0,
     "000: đề án số 02 ngày 15/8/2016"),
    ("date", "hoi nghi tong ket dan van ha nam sang 22/12/2022 ai chu tri", "22/12/2022", F1,
     "001: chiều ngày 20/12"),
    ("date", "quyết định số 23 ngày 30/6/2021 của bộ chính trị về gì", "30/6/2021", F1,
     "001: Quyết định số 23, ngày 30/7/2021"),
    ("date", "quy che so 05 ngay 19/11/2021 cua btv tinh uy ha nam", "19/11/2021", F1,
     "001: Quy chế số 05, ngày 09/12/2021"),
    ("date", "27/3/2019 ban dân vận tỉnh ủy giao ban quý I có những ai", "27/3/2019", F2,
     "002: ngày 28/3/2019"),
    ("date", "so ket cum thi dua dan van quan uy ha noi ngay 16/7/2019", "16/7/2019", F3,
     "003: ngày 09/7/2019"),
    ("date", "bí thư huệ làm việc với bdv thành ủy ngày 26/4/2020 kết luận gì", "26/4/2020", F4,
     "004: ngày 28/4 (2020)"),
    ("date", "quy dinh so 124 ngay 12/02/2018 cua ban bi thu giam sat gi", "12/02/2018", F1,
     "001: Quy định số 124, ngày 02/02/2018"),
    ("date", "chỉ thị số 08 của btv tỉnh ủy hà nam ký ngày 13/10/2020?", "13/10/2020", F1,
     "001: Chỉ thị số 08, ngày 13/10/2021"),

    # --- document number ---
    ("document", "chương trình số 12 của BCH đảng bộ tp hưng yên nói về gì", "chương trình số 12", F0,
     "000: Chương trình (số) 10 của BCH Đảng bộ thành phố"),
    ("document", "ke hoach thuc hien de an so 04 cua btv tinh uy hung yen giai doan 2016 – 2020", "de an so 04", F0,
     "000: Kế hoạch thực hiện đề án số 02 ngày 15/8/2016"),
    ("document", "Quyết định số 25 của Bộ Chính trị về quy chế công tác dân vận ký ngày nào?", "Quyết định số 25", F1,
     "001: Quyết định số 23, ngày 30/7/2021"),
    ("document", "hà nam quán triệt quy chế số 07 của btv tỉnh ủy ra sao", "quy chế số 07", F1,
     "001: Quy chế số 05, ngày 09/12/2021"),
    ("document", "chỉ thị số 18 của btv tỉnh ủy hà nam về tôn giáo ra ngày nào", "Chỉ thị số 18", F1,
     "001: Chỉ thị số 08, ngày 13/10/2021"),
    ("document", "hà nam giám sát đạo đức lối sống cán bộ theo quy định số 142", "quy định số 142", F1,
     "001: Quy định số 124, ngày 02/02/2018 của Ban Bí thư"),
    ("document", "dân vận khéo các quận hn gắn với chỉ thị 15-CT/TW ra sao", "15-CT/TW", F3,
     "003: Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("document", "nghi quyet trung uong 7 khoa XII gan voi dan van kheo o cac quan the nao", "nghi quyet trung uong 7", F3,
     "003: Nghị quyết Trung ương 4 (khóa XII)"),
    ("document", "tổng kết 10 năm quyết định 295-QĐ/TW ở hà nội chuẩn bị ra sao", "295-QĐ/TW", F4,
     "004: Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"),
    ("document", "Đoàn kiểm tra số 4 của BCĐ Trung ương làm việc ở Hà Nội hôm nào", "Đoàn kiểm tra số 4", F4,
     "004: Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"),

    # --- person: a look-alike name ---
    ("person", "Cao Quang Huy phó trưởng ban thường trực ban dân vận tỉnh ủy phát biểu gì ở giao ban thành phố", "Cao Quang Huy", F0,
     "000: Phó trưởng ban thường trực Ban Dân vận Tỉnh ủy là Cao Quang Hưng"),
    ("person", "ong luong cong chinh truong ban dan van thanh uy hung yen dự giao ban 2/7 ko", "luong cong chinh", F0,
     "000: Trưởng Ban Dân vận Thành ủy là Lương Công Chanh"),
    ("person", "bà đinh thị lan phát biểu chỉ đạo tổng kết dân vận hà nam 2022 những gì", "đinh thị lan", F1,
     "001: Phó Bí thư Thường trực Tỉnh ủy là Đinh Thị Lụa"),
    ("person", "nguyen anh chinh trao bang khen 10 mo hinh dvk cap tinh a", "nguyen anh chinh", F1,
     "001: người trao Bằng khen là Nguyễn Anh Chức"),
    ("person", "giao ban quý I 2019 có phó chủ tịch ubnd tỉnh nguyễn long hưng", "nguyễn long hưng", F2,
     "002: Phó Chủ tịch UBND tỉnh là Nguyễn Long Hải"),
    ("person", "Hoàng Văn Nghị phát biểu chỉ đạo giao ban dân vận quý 1 năm 2019 thế nào?", "Hoàng Văn Nghị", F2,
     "002: Phó Bí thư Thường trực Tỉnh ủy là Hoàng Văn Nghiệm"),
    ("person", "trưởng ban dân vận thành ủy nguyễn thị thuyên chỉ đạo hội nghị cụm 2019 ra sao", "nguyễn thị thuyên", F3,
     "003: Trưởng Ban Dân vận Thành ủy là Nguyễn Thị Tuyến"),
    ("person", "dong chi phuong kien quan chu tich hdnd quan phat bieu chao mung gi", "phương kiến quân", F3,
     "003: Chủ tịch HĐND quận là Phương Kiến Quốc"),
    ("person", "Phó trưởng ban thường trực Phạm Thu Hoa báo cáo gì với bí thư thành ủy", "Phạm Thu Hoa", F4,
     "004: người báo cáo là Phạm Hải Hoa"),
    ("person", "bi thu thanh uy ha noi vuong dinh hieu lam viec voi ban dan van ngay 28/4", "vuong dinh hieu", F4,
     "004: Bí thư Thành ủy Hà Nội là Vương Đình Huệ"),

    # --- organisation: another body ---
    ("organisation", "Liên đoàn Lao động thành phố Hưng Yên giao ban 6 tháng đầu năm 2020 có ai dự?", "Liên đoàn Lao động", F0,
     "000: Thành ủy tổ chức giao ban công tác Dân vận"),
    ("organisation", "công an thành phố hưng yên giao ban dân vận giữa 2020 bàn gì", "công an", F0,
     "000: hội nghị giao ban của Thành ủy; lực lượng vũ trang chỉ được nêu chung"),
    ("organisation", "so noi vu ha nam cong nhan bao nhieu mo hinh dvk 2022", "so noi vu", F1,
     "001: Ban Chỉ đạo phong trào thi đua “Dân vận khéo” các cấp công nhận 306 mô hình"),
    ("organisation", "Ủy ban Kiểm tra Tỉnh ủy Hà Nam trao giấy khen cho đơn vị nào năm 2022", "Ủy ban Kiểm tra", F1,
     "001: Giấy khen của Ban Dân vận Tỉnh ủy"),
    ("organisation", "ban tôn giáo tỉnh tổ chức giao ban dân vận quý I 2019 ngày nào", "ban tôn giáo", F2,
     "002: Ban Dân vận Tỉnh ủy tổ chức, ngày 28/3/2019"),
    ("organisation", "tết kỷ hợi hội liên hiệp phụ nữ tỉnh đi thăm bao nhiêu gia đình", "hội liên hiệp phụ nữ", F2,
     "002: 12 đoàn công tác (không nêu Hội Liên hiệp Phụ nữ)"),
    ("organisation", "cụm thi đua dân vận các đảng ủy khối hà nội sơ kết 6 tháng đầu 2019 ngày nào", "đảng ủy khối", F3,
     "003: Cụm thi đua Dân vận các Quận ủy, ngày 09/7/2019"),
    ("organisation", "bai hoi nghi cum thi dua dan van 2019 do ban to chuc quan uy viet a", "ban tổ chức", F3,
     "003: bài của Ban Tuyên giáo Quận ủy"),
    ("organisation", "Ban Nội chính Thành ủy Hà Nội làm việc với Bí thư Huệ ngày 28/4 về gì?", "Ban Nội chính", F4,
     "004: Bí thư làm việc với Ban Dân vận Thành ủy"),
    ("organisation", "sở y tế hn cùng ban dân vận góp phần kiểm soát covid thế nào", "sở y tế", F4,
     "004: Ban Dân vận cùng Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể"),

    # --- office: a real person given an office no article gives anyone ---
    ("office", "Nguyễn Chí Thanh, Bí thư Thành ủy Hưng Yên, phát biểu gì tại giao ban 2/7", "Bí thư Thành ủy Hưng Yên", F0,
     "000: Nguyễn Chí Thanh là Phó Bí thư thường trực Thành ủy"),
    ("office", "lương công chanh chủ tịch hđnd thành phố dự giao ban dân vận 2020 ko", "chủ tịch hđnd thành phố", F0,
     "000: Lương Công Chanh là ủy viên BTV, trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN thành phố"),
    ("office", "chủ tịch ubnd tỉnh hà nam đinh thị lụa phát biểu gì năm 2022", "chủ tịch ubnd tỉnh hà nam", F1,
     "001: Đinh Thị Lụa là Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận"),
    ("office", "nguyen anh chuc bi thu tinh uy ha nam trao bang khen nam 2022 a", "bi thu tinh uy ha nam", F1,
     "001: Nguyễn Anh Chức là Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("office", "Bí thư Tỉnh ủy Hoàng Văn Nghiệm chỉ đạo giao ban quý I/2019 những gì?", "Bí thư Tỉnh ủy", F2,
     "002: Hoàng Văn Nghiệm là Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    ("office", "giao ban quy 1 nam 2019 co nguyen long hai pho chu tich hdnd tinh du ko", "pho chu tich hdnd tinh", F2,
     "002: Nguyễn Long Hải là Phó Chủ tịch UBND tỉnh"),
    ("office", "tran viet ha bi thu quan uy cau giay tham luan gi 2019", "bí thư quận ủy", F3,
     "003: Trần Việt Hà là UVTV, Phó Chủ tịch UBND quận Cầu Giấy"),
    ("office", "Nguyễn Văn Chiến trưởng ban tuyên giáo quận ủy trình bày báo cáo gì ở hội nghị cụm", "trưởng ban tuyên giáo", F3,
     "003: Nguyễn Văn Chiến là UVTV, Trưởng Ban Dân vận Quận ủy"),
    ("office", "bà Phạm Hải Hoa, Trưởng ban Dân vận Thành ủy Hà Nội, báo cáo những gì", "Trưởng ban Dân vận Thành ủy Hà Nội", F4,
     "004: Phạm Hải Hoa là Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    ("office", "chủ tịch quốc hội vương đình huệ làm việc với ban dân vận thành ủy 28/4/2020", "chủ tịch quốc hội", F4,
     "004: Vương Đình Huệ là Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hà Nội"),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line) — ids t18_
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bot, đang họp nên hỏi nhanh nhé"),
    ("greeting", "alo bot oi, co do ko"),
    ("greeting", "Chào ad, tôi là phóng viên báo tỉnh"),
    ("greeting", "hi bot, sáng nay bận quá giờ mới vào đc"),
    ("thanks", "ok tks bot nhìu"),
    ("thanks", "Cảm ơn nhé, đủ số liệu để lên bài rồi"),
    ("thanks", "cam on bn nhieu, giup dc nhieu lam"),
    ("thanks", "thanks bot 🙏 đỡ phải lục báo cáo"),
    ("farewell", "thôi vào họp tiếp đây, bye bot"),
    ("farewell", "tat may day, chao bot nhe"),
    ("farewell", "Tôi nộp bài rồi, chào bot, hẹn hôm khác"),
    ("farewell", "đi họp chiều đây 👋"),
    ("identity", "bot là ai vậy, máy hay người"),
    ("identity", "ai dang tra loi tin nhan nay the"),
    ("identity", "Bot này do cơ quan nào làm ra vậy?"),
    ("capability", "bot tra đc số liệu chính xác ko"),
    ("capability", "bot co doc dc van ban moi upload ko"),
    ("capability", "Bot có giúp kiểm chứng thông tin cho nhà báo được không?"),
    ("capability", "bot nhớ được những bài nào, kể tên nhanh"),
    ("help", "hướng dẫn nhanh cách hỏi với, đang vội"),
    ("help", "go ntn de bot hieu dung y"),
    ("help", "Muốn hỏi số liệu thì phải gõ kiểu gì?"),
    ("help", "help, ko biết bắt đầu từ đâu"),
    ("ack", "đc r, nắm rồi"),
    ("ack", "ok để t ghi lại"),
    ("ack", "vâng, rõ rồi ạ"),
    ("ack", "uk biet roi"),
    ("emoji", "👍👌"),
    ("emoji", "🙏😊"),
    ("emoji", "📝"),
    ("laughter", "hehe bot lanh that"),
    ("laughter", "haha chuẩn luôn =))"),
    ("laughter", "kkkk vui ghê"),
    ("praise", "nhanh ghê, hơn hẳn tự đọc báo cáo"),
    ("praise", "bot chuan phet 👍"),
    ("praise", "Tra cứu gọn, đúng số, tốt lắm"),
    ("complaint", "sai r bot, ko phải cái t hỏi"),
    ("complaint", "trả lời lan man quá, t cần con số thôi"),
    ("complaint", "sao cham the, hop sap xong roi"),
    ("complaint", "Lại không tìm thấy à, bot kém thế 😤"),
    ("chitchat", "họp dài quá buồn ngủ ghê"),
    ("chitchat", "hnay deadline 3 bai met xiu"),
    ("chitchat", "bot ăn trưa chưa 😄"),
    ("chitchat", "Chiều nay tôi còn phải đi đưa tin hội nghị nữa"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# new questions (based_on: null); one or two word-level slips (wrong or dropped
# letter, wrong or missing tone, Telex keys left in); digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 ---
    (F0, "ai chủ tri giao ban dân vận tp hưng yên 2/7",
         "ai chủ trì giao ban dân vận tp hưng yên 2/7",
         ["Dự và chỉ đạo hội nghị có đồng chí Cao Quang Hưng"],
         "Dự và chỉ đạo có Cao Quang Hưng, Nguyễn Chí Thanh, Lương Công Chanh, Vũ Văn Thuần"),
    (F0, "vu van thuan chuc vu gj o tp hung yen",
         "vu van thuan chuc vu gi o tp hung yen",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Phó chủ tịch UBND thành phố"),
    (F0, "6 tháng cuối 2020 tp hưng yên tuyên truyền chào mừg đại hội nào",
         "6 tháng cuối 2020 tp hưng yên tuyên truyền chào mừng đại hội nào",
         ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"],
         "Đại hội đại biểu thành phố khóa XXI, tiến tới Đại hội XIII của Đảng"),
    (F0, "lực lượng vũ trang tp hưng yên giữ an ninh ở đau",
         "lực lượng vũ trang tp hưng yên giữ an ninh ở đâu",
         ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"], "Tại các cơ sở"),
    (F0, "tp hung yen 2020 gpmb caacs cong trinh nao",
         "tp hung yen 2020 gpmb cac cong trinh nao",
         ["tập trung chỉ đạo công tác GPMB các công trình trọng điểm"], "Các công trình trọng điểm"),
    (F0, "ban dân vận tp hưng yên dự báo tình hìh phục vụ việc gì",
         "ban dân vận tp hưng yên dự báo tình hình phục vụ việc gì",
         ["dự báo tình hình phục vụ cho nhiệm vụ phát triển KT-XH"],
         "Phục vụ nhiệm vụ phát triển KT-XH, an ninh – quốc phòng"),
    (F0, "tin giao ban dân vận hưng yên đăng ngay nào",
         "tin giao ban dân vận hưng yên đăng ngày nào",
         ["09/07/2020 | 2522"], "Ngày 09/07/2020"),
    # --- 001 ---
    (F1, "ha nam 2022 bn mo hinhf dvk cap tinh dc bang khen",
         "ha nam 2022 bn mo hinh dvk cap tinh dc bang khen",
         ["trao Bằng khen cho 10 mô hình"], "10 mô hình"),
    (F1, "quy chế số 05 của btv tỉnh ủy hà nam ban hành ngày nao",
         "quy chế số 05 của btv tỉnh ủy hà nam ban hành ngày nào",
         ["Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy"], "Ngày 09/12/2021"),
    (F1, "hà nam 2023 tăng cường đối thaoij trực tiếp giữa ai với ai",
         "hà nam 2023 tăng cường đối thoại trực tiếp giữa ai với ai",
         ["đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"],
         "Giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"),
    (F1, "ai phát biểu chỉ đạo tổng kết dân vận hà nam, chiềi 20/12",
         "ai phát biểu chỉ đạo tổng kết dân vận hà nam, chiều 20/12",
         ["đồng chí Phó Bí thư Thường trực Tỉnh ủy Đinh Thị Lụa"],
         "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy"),
    (F1, "ha nam tiep dan giai quyeets don thu phai lam tu dau",
         "ha nam tiep dan giai quyet don thu phai lam tu dau",
         ["bức xúc của Nhân dân ngay từ cơ sở"], "Ngay từ cơ sở"),
    (F1, "hà nam 2022 dân vận gắn vơi phòng chống dịch ko",
         "hà nam 2022 dân vận gắn với phòng chống dịch ko",
         ["phòng, chống dịch bệnh Covid-19"], "Có: chính quyền gắn công tác dân vận với phòng, chống dịch bệnh Covid-19"),
    (F1, "mttq hà nam 2022 đổi mới nội dunng, phương thức để làm gì",
         "mttq hà nam 2022 đổi mới nội dung, phương thức để làm gì",
         ["đổi mới nội dung, phương thức hoạt động trong tập hợp, vận động Nhân dân"],
         "Để tập hợp, vận động Nhân dân thực hiện chủ trương, chính sách, tham gia các phong trào thi đua"),
    (F1, "nguoi dung dau cap uy ha nam phai phat huy vai tro gji",
         "nguoi dung dau cap uy ha nam phai phat huy vai tro gi",
         ["phát huy vai trò nêu gương của đội ngũ cán bộ, đảng viên"], "Vai trò nêu gương"),
    # --- 002 ---
    (F2, "giao ban quý I 2019 có lãnh đạo ngành nào dư",
         "giao ban quý I 2019 có lãnh đạo ngành nào dự",
         ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    (F2, "tết kỷ hợi 12 đoàn thăm chúc tết nhữg ai",
         "tết kỷ hợi 12 đoàn thăm chúc tết những ai",
         ["các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
         "Các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    (F2, "quy 1 2019 chinh quyeenf tang cuong ky luat gi",
         "quy 1 2019 chinh quyen tang cuong ky luat gi",
         ["tăng cường kỷ luật, kỷ cương hành chính"], "Kỷ luật, kỷ cương hành chính"),
    (F2, "đại hội dân tộc thiểu số tỉnh tổ chứ năm nào",
         "đại hội dân tộc thiểu số tỉnh tổ chức năm nào",
         ["Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Năm 2019"),
    (F2, "ông nghiệm đề nghị tăng cường nắm bắt tình hình ở đau",
         "ông nghiệm đề nghị tăng cường nắm bắt tình hình ở đâu",
         ["tăng cường nắm bắt tình hình cơ sở"], "Tình hình cơ sở"),
    (F2, "tet ky hoi kinh phis tham tang qua bn",
         "tet ky hoi kinh phi tham tang qua bn",
         ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    (F2, "bài giao ban dân vận quý I 2019 có mấy anh",
         "bài giao ban dân vận quý I 2019 có mấy ảnh",
         ["Toàn cảnh hội nghị"], "Hai ảnh: Toàn cảnh hội nghị; Phó Bí thư Thường trực Tỉnh ủy phát biểu"),
    # --- 003 ---
    (F3, "hội nghị cụm thi đua 2019 tọa đàm vè quy chế dân chủ trong lĩnh vực nào",
         "hội nghị cụm thi đua 2019 tọa đàm về quy chế dân chủ trong lĩnh vực nào",
         ["quản lý trật tự xây dựng và công tác giải phóng mặt bằng"],
         "Quản lý trật tự xây dựng và giải phóng mặt bằng"),
    (F3, "ai báo cáo đề dẫn tọa đàm cum thi đua quận ủy",
         "ai báo cáo đề dẫn tọa đàm cụm thi đua quận ủy",
         ["thay mặt cụm thi đua trình bày báo cáo đề dẫn tọa đàm"],
         "Đồng chí Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"),
    (F3, "bà tuyến đánh giá kết quả của ban dân vận cac quận thế nào",
         "bà tuyến đánh giá kết quả của ban dân vận các quận thế nào",
         ["đánh giá cao những kết quả đạt được của ban Dân vận các quận"], "Đánh giá cao"),
    (F3, "bai cum thi dua quan uy dang luc mayy gio ngay nao",
         "bai cum thi dua quan uy dang luc may gio ngay nao",
         ["Ngày đăng 09/07/2019 | 17:03"], "17:03 ngày 09/07/2019"),
    (F3, "các quận tham mưu bổ sung hương ước, quy ươc thế nào",
         "các quận tham mưu bổ sung hương ước, quy ước thế nào",
         ["tham mưu chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước"],
         "Chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước, thực hiện quy chế dân chủ"),
    (F3, "bà tuyến nhắc tạo điêu kiện cho ai sản xuất kinh doanh",
         "bà tuyến nhắc tạo điều kiện cho ai sản xuất kinh doanh",
         ["tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"], "Cho doanh nghiệp"),
    (F3, "phong trào dvk quận 2019 tạo đồng thuận và củng cố long tin của ai",
         "phong trào dvk quận 2019 tạo đồng thuận và củng cố lòng tin của ai",
         ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"], "Lòng tin của Nhân dân với Đảng, Nhà nước"),
    (F3, "chu tich hdnd quan cau giay 2019 ten la gii",
         "chu tich hdnd quan cau giay 2019 ten la gi",
         ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy"], "Đồng chí Phương Kiến Quốc"),
    # --- 004 ---
    (F4, "bí thư huệ bảo cán bộ dân vận phải đắm mình vào đau",
         "bí thư huệ bảo cán bộ dân vận phải đắm mình vào đâu",
         ["phải đắm mình vào thực tiễn, gần dân"], "Vào thực tiễn"),
    (F4, "hà nội còn lúng túg về thẩm quyền khi xử lý việc gì",
         "hà nội còn lúng túng về thẩm quyền khi xử lý việc gì",
         ["Việc xử lý các vấn đề phức tạp, phát sinh trong nhân dân"],
         "Xử lý các vấn đề phức tạp, phát sinh trong nhân dân"),
    (F4, "ha noi tang cuong quan ly nha nuoc ve dan tocj ton giao ntn",
         "ha noi tang cuong quan ly nha nuoc ve dan toc ton giao ntn",
         ["giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"],
         "Tăng cường quản lý Nhà nước, giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"),
    (F4, "buổi làm việc 28/4 bí thư huệ kiểm tra chuẩn bi hội nghị gì",
         "buổi làm việc 28/4 bí thư huệ kiểm tra chuẩn bị hội nghị gì",
         ["kiểm tra tình hình công tác chuẩn bị Hội nghị Tổng kết 10 năm"],
         "Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"),
    (F4, "khối dân vận hn phối hợp với các ngành ngày càng ra saoo",
         "khối dân vận hn phối hợp với các ngành ngày càng ra sao",
         ["khối dân vận thành phố với các cấp, ngành, cơ quan, đơn vị"],
         "Ngày càng chặt chẽ, hiệu quả"),
    (F4, "hạn chế về tiếp nhận phản ánh kiến nghị ở hn là gi",
         "hạn chế về tiếp nhận phản ánh kiến nghị ở hn là gì",
         ["Việc tiếp nhận, xử lý phản ánh, kiến nghị, giải quyết khiếu nại, tố cáo"],
         "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    (F4, "bai bi thu hue dan van khoe nguon tu dau",
         "bai bi thu hue dan van kheo nguon tu dau",
         ["Nguồn: Tin tức TTXVN"], "Tin tức TTXVN"),
    (F4, "ban dân vận hn sẽ tuyên truyền vận động vùng nao",
         "ban dân vận hn sẽ tuyên truyền vận động vùng nào",
         ["vận động quần chúng vùng đồng bào dân tộc thiểu số"], "Vùng đồng bào dân tộc thiểu số"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles): (hard, question) — hard ones are
# phrased like report questions and name the articles' own places, years or
# bodies; the others are a busy person's everyday questions
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    (True, "Hưng Yên 6 tháng đầu năm 2020 thu ngân sách được bao nhiêu?"),
    (True, "sản lượng nhãn lồng hưng yên năm 2020 bn tấn"),
    (True, "Hà Nam năm 2022 tăng trưởng GRDP bao nhiêu phần trăm"),
    (True, "ha nam 2023 diem chuan lop 10 truong chuyen bien hoa bao nhieu"),
    (True, "công an tỉnh hà nam năm 2022 xử lý bn vụ vi phạm giao thông"),
    (True, "quý I/2019 giá lúa ở đồng bằng sông Hồng thế nào"),
    (True, "Quận Cầu Giấy 6 tháng đầu năm 2019 thu ngân sách đạt bao nhiêu?"),
    (True, "quan cau giay 2019 co bao nhieu truong thcs dat chuan quoc gia"),
    (True, "ha noi ngay 28/4/2020 co bao nhieu ca mac covid moi"),
    (True, "UBND thành phố Hà Nội năm 2020 phê duyệt bao nhiêu dự án đầu tư công?"),
    (True, "Hội Cựu chiến binh thành phố Hà Nội có bao nhiêu hội viên"),
    (True, "tuyển sinh đại học năm 2019 ở hà nội có gì mới"),
    (True, "đoàn thanh niên tp hưng yên tình nguyện hè 2020 làm gì"),
    (True, "kết quả thi đua ngành giáo dục hà nam năm học 2022-2023"),
    (True, "tiến độ đường vành đai 4 qua hưng yên tới đâu rồi"),
    (True, "lich tiep cong dan cua chu tich ubnd quan cau giay thang 7/2019"),
    (True, "Bộ Chính trị khóa XII có bao nhiêu ủy viên?"),
    (True, "giá đất ở thành phố Hưng Yên năm 2023 bao nhiêu một mét vuông"),
    (True, "quy 1 nam 2019 xuat khau ca nuoc dat bao nhieu ty usd"),
    (True, "Ban Tuyên giáo Thành ủy Hà Nội năm 2020 tổ chức cuộc thi viết gì?"),
    (False, "cách chèn số trang trong word"),
    (False, "lich am hom nay ngay bao nhieu"),
    (False, "ty gia euro hom nay bn"),
    (False, "taxi từ phố cổ ra sân bay nội bài hết bao nhiêu tiền"),
    (False, "Nhuận bút một bài báo 800 chữ thường được tính thế nào?"),
    (False, "cach trich dan nguon khi viet bao"),
    (False, "quán cà phê yên tĩnh gần hồ gươm để ngồi viết bài"),
    (False, "tối qua tuyển việt nam đá với thái lan tỷ số bao nhiêu"),
    (False, "dau da day uong thuoc gi"),
    (False, "cách chụp màn hình iphone nhanh"),
    (False, "Văn bản hành chính dùng phông chữ và cỡ chữ nào?"),
    (False, "bao gio tang luong co so"),
    (False, "sạc pin điện thoại qua đêm có hại không"),
    (False, "đi từ hà nội lên sa pa mất mấy tiếng"),
    (False, "may in bao ket giay thi xu ly sao"),
    (False, "giá vàng sjc chiều nay bao nhiêu"),
    (False, "cách làm nem rán giòn lâu"),
    (False, "ghi âm cuộc họp trên điện thoại bằng app nào tốt"),
    (False, "ngày quốc tế phụ nữ là ngày nào"),
    (False, "chuyển ảnh chụp văn bản thành chữ bằng cách nào"),
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 8, "quarter": 8, "date": 8, "document": 8, "person": 8,
         "organisation": 8, "office": 8}
MINS = {"answerable18": 110, "near_misses18": 70, "off_topic18": 36, "smalltalk18": 36, "slips18": 36}
KIND_MIN = 10
UNMARKED = {"answerable18": 0.25, "near_misses18": 0.25, "off_topic18": 0.20, "slips18": 0.25,
            "smalltalk18": 0.25}

# ---------------------------------------------------------------------------
# this round's own checks
# ---------------------------------------------------------------------------
#: chat shorthand this round's users type; left out of the content syllables too
SHORTHAND = frozenset("bn j gj ko k dc ntn r t z uk tks kq hnay nhiu".split())
LOW_OVERLAP = 0.5        # a question shares "few" content words below this share
PARAPHRASE_SHARE = 0.40  # at least this share of answerable questions must
TERSE_SHARE = 0.35       # unmarked or keyword-only answerable questions
SHORT_SHARE = 0.45       # answerable questions of at most 11 syllables
SHORTHAND_Q_MIN = 15     # answerable questions with chat shorthand
TAIL_MIN = 15            # answerable questions ending ", <place or year>"
POSITION_MIN = 12        # near misses with the swapped value first / middle / last
PLACE_POSITION_MIN = 3   # place swaps at each position
LOWER_MIN = 20           # near misses with marks but all lower case
HARD_SHARE = 0.5         # off-topic questions of the hard kind
EMOJI_MIN = 5
SHORTHAND_MIN = 6
ADDRESSED_MIN = 10
#: places, years and bodies of the articles a hard off-topic question may name
HARD_MARKERS = ["Hưng Yên", "Hà Nam", "Hà Nội", "Cầu Giấy", "2019", "2020", "2022", "2023", "quý I/2019",
                "Bộ Chính trị", "Hội Cựu chiến binh", "Ban Tuyên giáo", "UBND", "Đoàn", "khóa XII"]
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def words_of(text):
    return [w for w in re.split(r"[\s,:;?!.]+", strip_marks(text).lower()) if w]


def has_shorthand(text):
    return any(w in SHORTHAND | {"dvk", "bdv", "hn", "tp", "dh", "gpmb", "qcdc", "bct", "bcd", "ccb", "pct", "dv", "qd"}
               for w in re.findall(r"[\w-]+", strip_marks(text).lower()))


def position(q, value):
    """Where the swapped value sits in the question: "first" (begins in its first two
    words), "last" (ends in its last two words) or "middle"."""
    qs, vs = strip_marks(q).lower(), strip_marks(value).lower()
    i = qs.find(vs)
    before = len(words_of(qs[:i]))
    after = len(words_of(qs[i + len(vs):]))
    if before <= 1:
        return "first"
    if after <= 1:
        return "last"
    return "middle"


def check_own():
    arts = load_corpus()
    errors = []
    n = len(ANSWERABLE)
    function = FUNCTION_SYLLABLES | SHORTHAND

    # answerable: worded away from the line, terse, short, shorthand, place / year last
    low = terse = short = shorthand = tail = 0
    for kind, fname, q, snips, _ in ANSWERABLE:
        try:
            line = gold_line(arts, fname, snips)
        except (KeyError, StopIteration):
            continue  # reported by the gold-snippet check
        low += content_overlap(q, line, function) < LOW_OVERLAP
        terse += q == strip_marks(q) or kind == "keywords"
        short += len(q.split()) <= 11
        shorthand += has_shorthand(q)
        last = q.rstrip(" ?.!").rsplit(",", 1)
        tail += len(last) == 2 and (re.search(r"\d{4}$", last[1].strip()) is not None
                                    or any(found(p.lower(), strip_marks(p).lower(), last[1])
                                           for p in ("Hưng Yên", "Hà Nam", "Hà Nội", "HN", "Cầu Giấy", "thành phố")))
    print(f"answerable questions worded away from their line (overlap < {LOW_OVERLAP}): {low}/{n} ({low / n:.0%}); "
          f"unmarked or keyword-only {terse}/{n}; at most 11 syllables {short}/{n}; shorthand {shorthand}; "
          f"place or year last {tail}")
    if low < PARAPHRASE_SHARE * n:
        errors.append(f"answerable{ROUND}: only {low}/{n} worded away from their line (< {PARAPHRASE_SHARE:.0%})")
    if terse < TERSE_SHARE * n:
        errors.append(f"answerable{ROUND}: only {terse}/{n} unmarked or keyword-only (< {TERSE_SHARE:.0%})")
    if short < SHORT_SHARE * n:
        errors.append(f"answerable{ROUND}: only {short}/{n} of at most 11 syllables (< {SHORT_SHARE:.0%})")
    if shorthand < SHORTHAND_Q_MIN:
        errors.append(f"answerable{ROUND}: only {shorthand} with chat shorthand (< {SHORTHAND_Q_MIN})")
    if tail < TAIL_MIN:
        errors.append(f"answerable{ROUND}: only {tail} put the place or year last (< {TAIL_MIN})")

    # near misses: the swapped value's position, lower case with marks
    pos = collections.Counter()
    place_pos = collections.Counter()
    lower = 0
    for swapped, q, value, src, _ in NEAR_MISSES:
        if strip_marks(value).lower() not in strip_marks(q).lower():
            continue  # reported by check_swapped
        p = position(q, value)
        pos[p] += 1
        if swapped == "place":
            place_pos[p] += 1
        lower += q != strip_marks(q) and q == q.lower()
    print(f"near-miss swapped value first/middle/last: {dict(sorted(pos.items()))}, "
          f"place swaps {dict(sorted(place_pos.items()))}; lower case with marks {lower}")
    for p in ("first", "middle", "last"):
        if pos[p] < POSITION_MIN:
            errors.append(f"near_misses{ROUND}: swapped value {p} only {pos[p]} times (< {POSITION_MIN})")
        if place_pos[p] < PLACE_POSITION_MIN:
            errors.append(f"near_misses{ROUND}: place swapped {p} only {place_pos[p]} times (< {PLACE_POSITION_MIN})")
    if lower < LOWER_MIN:
        errors.append(f"near_misses{ROUND}: only {lower} lower case with marks (< {LOWER_MIN})")

    # off topic: the hard kind names a place, year or body an article holds
    for m in HARD_MARKERS:
        if not any(found(m.lower(), strip_marks(m).lower(), t) for t in arts.values()):
            errors.append(f"HARD_MARKERS: {m!r} is in no article")
    hard = 0
    for i, (is_hard, q) in enumerate(OFF_TOPIC, 1):
        if is_hard:
            hard += 1
            if not any(found(m.lower(), strip_marks(m).lower(), q) for m in HARD_MARKERS):
                errors.append(f"o{ROUND}_{i:03d}: hard off-topic question names no place, year or body of the articles")
    print(f"off topic of the hard kind: {hard}/{len(OFF_TOPIC)}")
    if hard < HARD_SHARE * len(OFF_TOPIC):
        errors.append(f"off_topic{ROUND}: only {hard} of the hard kind (< {HARD_SHARE:.0%})")

    # small talk: emoji, shorthand, addressed to the bot
    emoji = sum(bool(EMOJI.search(q)) for _, q in SMALLTALK)
    short_st = sum(has_shorthand(q) for _, q in SMALLTALK)
    addressed = sum(bool(re.search(r"\b(bot|ad)\b", strip_marks(q).lower())) for _, q in SMALLTALK)
    print(f"small talk with emoji {emoji}, shorthand {short_st}, addressed to the bot {addressed}")
    if emoji < EMOJI_MIN:
        errors.append(f"smalltalk{ROUND}: only {emoji} with emoji (< {EMOJI_MIN})")
    if short_st < SHORTHAND_MIN:
        errors.append(f"smalltalk{ROUND}: only {short_st} with chat shorthand (< {SHORTHAND_MIN})")
    if addressed < ADDRESSED_MIN:
        errors.append(f"smalltalk{ROUND}: only {addressed} addressed to the bot (< {ADDRESSED_MIN})")
    fail_on(errors)


def main():
    check_own()
    build_round_with_expectations(ROUND, ANSWERABLE, NEAR_MISSES, [q for _, q in OFF_TOPIC], SLIPS, SMALLTALK,
                                  SWAPS, MINS, KIND_MIN, CROSS, UNMARKED)


if __name__ == "__main__":
    sys.exit(main())
