#!/usr/bin/env python3
"""Round 7 evaluation sets for the danvan bot (written independently, from the
five corpus articles only; the retrieval code was not read).

Data file style: every question is written inline below.  Running the script

  * checks that every gold snippet of an answerable / slip question is an exact
    substring and that all snippets of one question occur together in ONE line
    of the named article (and that a snippet has at most 15 words),
  * checks that the swapped value of a near miss appears in the question but
    NOT in its source article (case-insensitive, and again with diacritics
    stripped); a value that another article does hold is allowed only when it
    is listed in CROSS (a place of another article: still unanswerable),
  * checks a few formatting rules (no_diacritics really has no marks and no
    capitals, keywords are 3-6 words, a slip differs from its correction in
    1-2 words, ids and questions are unique, minimum counts),
  * splits each set ONCE: shuffle with a fresh random.Random(7), first half
    (rounded down) -> *7_tune.jsonl, the rest -> *7_test.jsonl (each half
    sorted by id),

and writes ten files into the folder of this script.
"""
import collections

from rounds import (
    ANSWER_KINDS as ROUND_KINDS, F0, F1, F2, F3, F4, answerable_rows, check_counts, check_repeats, fail_on, gold_checker,
    load_corpus, near_miss_rows,
    off_topic_rows, slip_rows, smalltalk_rows, split_and_write, strip_marks,
)



# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- ai ---
    ("ai", F0, "Hội nghị giao ban dân vận ở TP Hưng Yên tháng 7/2020 có lãnh đạo UBND thành phố nào dự không?",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Có, đồng chí Vũ Văn Thuần, Phó chủ tịch UBND thành phố"),
    ("ai", F0, "Ai đang kiêm Chủ tịch UBMTTQVN thành phố Hưng Yên hồi năm 2020?",
     ["Lương Công Chanh", "Chủ tịch UBMTTQVN thành phố"],
     "Đồng chí Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"),
    ("ai", F1, "cho em hỏi ở Hà Nam ai là Phó Chủ tịch Thường trực UBND tỉnh năm 2022 ạ",
     ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"],
     "Đồng chí Nguyễn Anh Chức"),
    ("ai", F1, "Đinh Thị Lụa là ai, làm gì ở tỉnh ủy Hà Nam?",
     ["Đinh Thị Lụa", "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"],
     "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy Hà Nam"),
    ("ai", F2, "ông Hoàng Văn Nghiệm hồi 2019 làm chức gì vậy",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"],
     "Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"),
    ("ai", F3, "Ban Dân vận Thành ủy Hà Nội hồi 2019 có phó ban thường trực tên gì?",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"], "Đồng chí Đào Ngọc Triệu"),
    ("ai", F3, "Bài sơ kết cụm thi đua dân vận các quận ủy là do ai đưa tin?",
     ["BAN TUYÊN GIÁO QUẬN ỦY"], "Ban Tuyên giáo Quận ủy"),
    ("ai", F4, "Ai chụp ảnh trong bài Bí thư Vương Đình Huệ làm việc với Ban Dân vận?",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp (TTXVN)"),
    ("ai", F4, "Tại buổi làm việc với ông Huệ, ngoài mấy trưởng ban dân vận thì còn lãnh đạo hội nào cũng đồng tình phát biểu?",
     ["Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"], "Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"),
    ("ai", F4, "Bí thư Hà Nội đề nghị Ban Dân vận phối hợp với những ai để tham mưu đối thoại chuyên đề?",
     ["phối hợp với các Ban Đảng và Văn phòng Thành ủy"], "Các Ban Đảng và Văn phòng Thành ủy"),

    # --- khi_nao ---
    ("khi_nao", F0, "hưng yên giao ban dân vận 2020, bài được đưa lên hôm nào",
     ["09/07/2020"], "09/07/2020"),
    ("khi_nao", F0, "Thành ủy TP Hưng Yên họp giao ban dân vận buổi sáng hay buổi chiều?",
     ["Chiều ngày 2/7"], "Buổi chiều, ngày 2/7"),
    ("khi_nao", F1, "Bài tổng kết dân vận Hà Nam nhắc tới dịp Tết nào năm 2022 để lo an sinh xã hội?",
     ["nhất là dịp Tết Nguyên đán Nhâm Dần 2022"], "Tết Nguyên đán Nhâm Dần 2022"),
    ("khi_nao", F1, "Chỉ thị 08 của BTV Tỉnh ủy Hà Nam ký ngày mấy?",
     ["Chỉ thị số 08, ngày 13/10/2021"], "13/10/2021"),
    ("khi_nao", F1, "QĐ 23 của Bộ Chính trị ra đời ngày tháng năm nào?",
     ["Quyết định số 23, ngày 30/7/2021"], "30/7/2021"),
    ("khi_nao", F2, "Giao ban quý 1 xong thì Ban Dân vận Tỉnh uỷ triển khai nhiệm vụ cho quý mấy?",
     ["triển khai nhiệm vụ quý II năm 2019"], "Quý II năm 2019"),
    ("khi_nao", F3, "Giờ đăng bài về sơ kết cụm thi đua dân vận quận ủy là mấy giờ?",
     ["09/07/2019 | 17:03"], "17:03 ngày 09/07/2019"),
    ("khi_nao", F3, "Năm Dân vận chính quyền mà các quận ủy Hà Nội ký kết phối hợp thực hiện là năm nào?",
     ["“Năm Dân vận chính quyền” năm 2019"], "Năm 2019"),
    ("khi_nao", F4, "Hà Nội phải chuẩn bị cho dân tâm thế sống chung với dịch đến thời điểm nào?",
     ["từ nay đến cuối năm 2020"], "Từ nay đến cuối năm 2020"),

    # --- bao_nhieu ---
    ("bao_nhieu", F0, "Bài viết giao ban dân vận TP Hưng Yên có bao nhiêu lượt xem?",
     ["09/07/2020 | 2522"], "2522"),
    ("bao_nhieu", F0, "Hội nghị giao ban ở TP Hưng Yên có mấy lãnh đạo được nêu tên dự và chỉ đạo?",
     ["Dự và chỉ đạo hội nghị có đồng chí Cao Quang Hưng"],
     "4: Cao Quang Hưng, Nguyễn Chí Thanh, Lương Công Chanh, Vũ Văn Thuần"),
    ("bao_nhieu", F1, "Bao nhiêu mô hình dân vận khéo được công nhận năm 2022 ở hà nam, có số cụ thể không?",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình"),
    ("bao_nhieu", F2, "Tổng cộng bao nhiêu đoàn được tổ chức dịp Tết Kỷ Hợi, tính cả đoàn thăm hỏi và đoàn kiểm tra?",
     ["tổ chức 12 đoàn công tác thăm", "8 đoàn kiểm tra"], "20 đoàn (12 đoàn thăm, chúc tết + 8 đoàn kiểm tra)"),
    ("bao_nhieu", F2, "quà tết kỷ hợi tổng giá trị bao nhiêu tỷ",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    ("bao_nhieu", F3, "Bài sơ kết 6 tháng của cụm thi đua dân vận quận ủy có bao nhiêu lượt xem?",
     ["View count: 324"], "324"),
    ("bao_nhieu", F4, "Ban Chỉ đạo Trung ương tổng kết QĐ 290 cử đoàn kiểm tra số mấy đến Hà Nội?",
     ["tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương"], "Đoàn kiểm tra số 1"),
    ("bao_nhieu", F4, "Hà Nội lập thành tích chào mừng đại hội đảng bộ thành phố lần thứ mấy?",
     ["lập thành tích chào mừng Đại hội Đảng bộ các cấp", "lần thứ XVII"], "Lần thứ XVII"),

    # --- o_dau ---
    ("o_dau", F0, "Trang đăng tin giao ban dân vận TP Hưng Yên ghi bản quyền của đơn vị nào?",
     ["Copyright by VNPT Hưng Yên"], "VNPT Hưng Yên (© 2016 Copyright by VNPT Hưng Yên)"),
    ("o_dau", F1, "Mô hình dân vận khéo hiệu quả ở Hà Nam được nhân rộng ở đâu?",
     ["nhân rộng mô hình tại địa phương mình"], "Tại địa phương mình (các địa phương, đơn vị tham quan, học tập)"),
    ("o_dau", F2, "Giao ban quý I/2019 có lãnh đạo những cơ quan nào của tỉnh dự?",
     ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    ("o_dau", F3, "Tham luận về QCDC trong GPMB của đồng chí Trần Việt Hà nói về địa bàn nào?",
     ["trong công tác GPMB trên địa bàn quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("o_dau", F3, "Kế hoạch đối thoại giữa người đứng đầu với nhân dân năm 2019 ở các quận Hà Nội làm ở cấp nào?",
     ["chính quyền quận, phường với Nhân dân trên địa bàn năm 2019"], "Cấp quận, phường"),
    ("o_dau", F4, "Bí thư Huệ tiếp đoàn kiểm tra của BCĐ Trung ương tổng kết QĐ 290 ở đâu?",
     ["tổng kết Quyết định số 290-QĐ/TW của Bộ Chính trị tại Hà Nội"], "Tại Hà Nội"),
    ("o_dau", F4, "Thời gian tới ở Hà Nội, vùng nào cần đẩy mạnh tuyên truyền, vận động quần chúng?",
     ["vận động quần chúng vùng đồng bào dân tộc thiểu số"], "Vùng đồng bào dân tộc thiểu số"),
    ("o_dau", F4, "nắm tình hình dân ở những nơi nào còn chưa kịp thời theo báo cáo của BDV Hà Nội",
     ["ở những địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"], "Ở những địa bàn phức tạp, nhạy cảm"),

    # --- nhu_the_nao ---
    ("nhu_the_nao", F0, "Thành phố Hưng Yên chăm lo cho gia đình chính sách thế nào trong 6 tháng đầu năm 2020?",
     ["chế độ chính sách cho các hộ, đối tượng gia đình chính sách"],
     "Quan tâm giải quyết các chế độ chính sách cho các hộ, đối tượng gia đình chính sách"),
    ("nhu_the_nao", F1, "Hà Nam làm gì với các mô hình dân vận khéo hiệu quả để nơi khác học theo?",
     ["tuyên truyền, phổ biến về những mô hình hoạt động hiệu quả"],
     "Tuyên truyền, phổ biến để các địa phương tham quan, học tập, trao đổi kinh nghiệm, nhân rộng"),
    ("nhu_the_nao", F1, "Năm 2023 Hà Nam định xử lý đơn thư khiếu nại, tố cáo ra sao?",
     ["nâng cao chất lượng công tác tiếp dân", "giải quyết đơn thư khiếu nại, tố cáo"],
     "Nâng cao chất lượng tiếp dân, giải quyết đơn thư khiếu nại, tố cáo ngay từ cơ sở"),
    ("nhu_the_nao", F2, "Phó Bí thư Hoàng Văn Nghiệm đánh giá công tác dân vận quý I thế nào?",
     ["ghi nhận những kết quả trong thực hiện công tác dân vận", "chỉ rõ một số tồn tại, hạn chế"],
     "Ghi nhận kết quả, đồng thời chỉ rõ một số tồn tại, hạn chế"),
    ("nhu_the_nao", F2, "MTTQ và các đoàn thể vận động hội viên, nhân dân làm gì trong quý I/2019?",
     ["tham gia các phong trào thi đua yêu nước, phát triển kinh tế xã hội"],
     "Tham gia phong trào thi đua yêu nước, phát triển kinh tế xã hội, thực hiện tốt an sinh xã hội"),
    ("nhu_the_nao", F3, "Năm 2019, chất lượng hoạt động dân vận chính quyền ở các quận thay đổi thế nào?",
     ["Chất lượng thực hiện các hoạt động có nhiều đổi mới"], "Có nhiều đổi mới, giải quyết những vấn đề thiết thực"),
    ("nhu_the_nao", F3, "Bà Tuyến dặn các quận hỗ trợ doanh nghiệp ra sao?",
     ["tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"], "Tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"),
    ("nhu_the_nao", F4, "Theo BDV Hà Nội, việc xử lý vấn đề phức tạp phát sinh trong dân còn vướng ở chỗ nào?",
     ["lúng túng về thẩm quyền, trách nhiệm cụ thể"], "Có lúc, có nơi còn lúng túng về thẩm quyền, trách nhiệm cụ thể"),
    ("nhu_the_nao", F4, "Bí thư Huệ muốn các vụ việc nóng được giải quyết theo cách nào?",
     ["xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc"],
     "Xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc, vấn đề"),

    # --- la_gi ---
    ("la_gi", F0, "Chương trình phối hợp dân vận ở TP Hưng Yên được ký với những bên nào?",
     ["ký kết các chương trình phối hợp về công tác dân vận", "lực lượng vũ trang cùng cấp"],
     "Chính quyền, đoàn thể, lực lượng vũ trang cùng cấp"),
    ("la_gi", F0, "Quy chế dân chủ ở TP Hưng Yên cuối năm 2020 được gắn với mục tiêu gì?",
     ["gắn với xây dựng nông thôn mới, đô thị văn minh"], "Xây dựng nông thôn mới, đô thị văn minh"),
    ("la_gi", F1, "Phong trào dân vận khéo Hà Nam 2022 gắn với việc học tập gì?",
     ["phong cách Hồ Chí Minh theo chuyên đề năm 2022"],
     "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo chuyên đề năm 2022"),
    ("la_gi", F1, "Quy chế số 05 của BTV Tỉnh ủy Hà Nam tên đầy đủ là gì",
     ["Công tác dân vận của hệ thống chính trị tỉnh Hà Nam"], "“Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"),
    ("la_gi", F1, "Theo Quy định 124 của Ban Bí thư, MTTQ Hà Nam giám sát điều gì?",
     ["giám sát việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu"],
     "Việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu, cán bộ chủ chốt, cán bộ, đảng viên"),
    ("la_gi", F2, "“Năm Dân vận chính quyền” 2019 gồm năm tiêu chí nào?",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"], "Kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("la_gi", F3, "Chuyên mục của bài cụm thi đua dân vận quận ủy Hà Nội là gì?",
     ["CÔNG TÁC ĐẢNG"], "Công tác Đảng"),
    ("la_gi", F3, "Phong trào dân vận khéo ở các quận góp phần tạo ra điều gì trong nhân dân?",
     ["tạo được đồng thuận cao trong Nhân dân"],
     "Đồng thuận cao trong Nhân dân, tăng cường khối đại đoàn kết, củng cố lòng tin với Đảng, Nhà nước"),
    ("la_gi", F4, "Bà Phạm Hải Hoa nói công tác dân vận Hà Nội tạo chuyển biến về mặt nào?",
     ["tạo chuyển biến về nhận thức, nội dung và phương thức"],
     "Về nhận thức, nội dung và phương thức tiến hành công tác dân vận"),
    ("la_gi", F4, "Nội dung buổi làm việc của ông Vương Đình Huệ với Ban Dân vận Thành ủy là gì?",
     ["về những kết quả nổi bật trong thực hiện nhiệm vụ năm 2019"],
     "Kết quả nổi bật năm 2019, ba tháng đầu năm và định hướng nhiệm vụ các tháng cuối năm 2020"),

    # --- paraphrase (few words shared with the passage) ---
    ("paraphrase", F0, "Ở TP Hưng Yên người dân có chịu nhường đất cho dự án không, ai đứng ra thuyết phục?",
     ["khối dân vận các phường, xã", "vận động nhân dân chấp hành"],
     "Khối dân vận các phường, xã tuyên truyền, vận động nhân dân chấp hành GPMB"),
    ("paraphrase", F0, "Sau cuộc họp, bên dân vận Hưng Yên có xuống tận nơi xem phong trào dọn vệ sinh cuối tuần không?",
     ["tập trung tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào"],
     "Có, tăng cường đi cơ sở đôn đốc, giám sát phong trào “Chiều thứ 6”"),
    ("paraphrase", F1, "Hà Nam có chống lại mấy luận điệu xuyên tạc, nói xấu không?",
     ["tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
     "Có, tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"),
    ("paraphrase", F1, "năm 2023 ở Hà Nam dân có được gặp thẳng bí thư, chủ tịch nhiều hơn không",
     ["đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"],
     "Có, tăng cường đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"),
    ("paraphrase", F2, "Tết năm con lợn 2019 có ai đi xem các chốt trực tết làm việc ra sao không?",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "Có 8 đoàn kiểm tra các lực lượng trực phục vụ tết"),
    ("paraphrase", F2, "Cán bộ làm dân vận của tỉnh có được cho đi học thêm không?",
     ["tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ"], "Có, tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực"),
    ("paraphrase", F3, "Chuyện nhập các tổ khu phố lại với nhau và lo cho hộ khó khăn ở các quận Hà Nội có vướng gì không?",
     ["bất cập trong công tác giảm nghèo, sát nhập các tổ dân phố"],
     "Có bất cập; đề nghị rà soát chỉ tiêu, vấn đề còn bất cập trong giảm nghèo, sát nhập tổ dân phố"),
    ("paraphrase", F3, "Ở mấy quận Hà Nội, dân có được hỏi ý kiến trước khi làm quy hoạch hay dự án to không?",
     ["tiếp thu ý kiến của MTTQ, các đoàn thể và nhân dân"],
     "Có, lấy và tiếp thu ý kiến của MTTQ, đoàn thể và nhân dân về chính sách, quy hoạch, dự án lớn"),
    ("paraphrase", F4, "Ông Huệ có lời khen nào cho người làm vận động quần chúng ở thủ đô không?",
     ["biểu dương những nỗ lực của cán bộ, đảng viên làm công tác dân vận"],
     "Có, ghi nhận, biểu dương nỗ lực của cán bộ, đảng viên làm công tác dân vận"),
    ("paraphrase", F4, "Thủ đô có định lọc bớt cán bộ kém và chấn chỉnh chi bộ yếu không?",
     ["sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"],
     "Có, tham gia sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    ("paraphrase", F4, "Đảng với dân ở Hà Nội có thân thiết hơn nhờ phong trào vận động khéo không?",
     ["mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"],
     "Có, góp phần củng cố mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân"),

    # --- keywords (3-6 words, search-box style) ---
    ("keywords", F0, "tác giả giao ban Hưng Yên",
     ["Phương Thu – Công Hiếu"], "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("keywords", F0, "đại hội khóa XXI hưng yên",
     ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"],
     "Tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI tiến tới ĐH XIII"),
    ("keywords", F1, "Quý Mão tâm tư công nhân",
     ["nắm chắc tình hình tâm tư, nguyện vọng của Nhân dân, công nhân lao động"],
     "Nắm chắc tâm tư, nguyện vọng của Nhân dân, công nhân lao động dịp Tết Quý Mão 2023"),
    ("keywords", F1, "phát triển đảng viên Hà Nam",
     ["phát triển đảng viên, đoàn viên, hội viên mới"], "MTTQ, đoàn thể chú trọng phát triển đảng viên, đoàn viên, hội viên mới"),
    ("keywords", F1, "chính quyền thân thiện cấp xã",
     ["\"Chính quyền thân thiện vì Nhân dân phục vụ\" cấp huyện, cấp xã"],
     "Mô hình “Chính quyền thân thiện vì Nhân dân phục vụ” cấp huyện, cấp xã"),
    ("keywords", F2, "Ban Dân tộc đại hội 2019",
     ["Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    ("keywords", F2, "kỷ cương hành chính quý I",
     ["tăng cường kỷ luật, kỷ cương hành chính"], "Chính quyền các cấp tăng cường kỷ luật, kỷ cương hành chính"),
    ("keywords", F3, "hương ước quy ước các quận",
     ["bổ sung hương ước, quy ước"], "Tham mưu chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước"),
    ("keywords", F3, "tham luận Trần Việt Hà",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy trình bày tham luận"],
     "Tham luận về giải pháp nâng cao hiệu quả thực hiện QCDC trong GPMB ở Cầu Giấy"),
    ("keywords", F4, "lực lượng vũ trang thủ đô",
     ["công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"], "Được tăng cường"),

    # --- no_diacritics (lower case, no marks) ---
    ("no_diacritics", F0, "cao quang hung giu chuc vu gi o tinh uy",
     ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực"],
     "Tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận Tỉnh ủy"),
    ("no_diacritics", F0, "6 thang cuoi nam 2020 dan van tp hung yen ra soat linh vuc nao",
     ["chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc"],
     "Những lĩnh vực nhân dân còn nhiều bức xúc, những vấn đề mới nảy sinh"),
    ("no_diacritics", F1, "nguoi dung dau cap uy ha nam phai neu guong the nao nam 2023",
     ["phát huy vai trò nêu gương của đội ngũ cán bộ, đảng viên"],
     "Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu"),
    ("no_diacritics", F1, "ha nam 2022 cai cach thu tuc hanh chinh",
     ["đẩy mạnh cải cách thủ tục hành chính"], "Chính quyền các cấp đẩy mạnh cải cách thủ tục hành chính"),
    ("no_diacritics", F2, "nguyen long hai chuc vu gi",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Phó Chủ tịch UBND tỉnh"),
    ("no_diacritics", F2, "ban dan van cac cap quy i 2019 lam gi ve ton giao dan toc",
     ["chỉ đạo công tác dân vận, dân tộc, tôn giáo"],
     "Tham mưu cho cấp uỷ lãnh đạo, chỉ đạo công tác dân vận, dân tộc, tôn giáo"),
    ("no_diacritics", F3, "phuong kien quoc giu chuc gi",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực"],
     "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận (Cầu Giấy)"),
    ("no_diacritics", F4, "ha noi xu ly khieu nai to cao co bi cham khong",
     ["chưa kịp thời, dứt điểm để vụ việc kéo dài"], "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    ("no_diacritics", F4, "tong ket quyet dinh 290 cua bo chinh tri khoa may",
     ["290-QĐ/TW của Bộ Chính trị (khoá X)"], "Khóa X"),

    # --- chat (Telegram-style, chatty) ---
    ("chat", F0, "chào bot, cho em hỏi hội nghị giao ban dân vận ở tp hưng yên năm 2020 các đại biểu bàn những gì ạ",
     ["đề xuất một số giải pháp để thực hiện có hiệu quả"],
     "Thảo luận, bổ sung kết quả 6 tháng đầu năm và đề xuất giải pháp cho 6 tháng cuối năm"),
    ("chat", F1, "ad ơi cho mình hỏi hội nghị tổng kết dân vận Hà Nam có trao quyết định công nhận mô hình cấp tỉnh không ạ",
     ["Các đơn vị nhận Quyết định công nhận mô hình"],
     "Có, các đơn vị nhận Quyết định công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2022"),
    ("chat", F2, "em là phóng viên, cho em xin thông tin tỉnh dặn Mặt trận tổ chức đại hội nhiệm kỳ nào ạ",
     ["nhiệm kỳ 2019 – 2024"], "Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"),
    ("chat", F3, "bot ơi, tọa đàm của các quận ủy hôm đó thống nhất chọn mô hình điểm thế nào ạ?",
     ["lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"],
     "Lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"),
    ("chat", F4, "Cho mình hỏi với, Bí thư Huệ đánh giá dân vận góp phần vào chống covid ra sao?",
     ["có đóng góp quan trọng vào kết quả kiểm soát dịch của thành phố"],
     "Ban Dân vận cùng Ban Tuyên giáo, Ủy ban MTTQ và đoàn thể có đóng góp quan trọng vào kiểm soát dịch"),
    ("chat", F4, "anh chị ơi ông huệ có nhắc tới Năm Dân vận khéo không ạ",
     ["thực hiện tốt Năm Dân vận khéo"], "Có, chỉ đạo thực hiện tốt Năm Dân vận khéo, nhân rộng mô hình hay"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file)
# value: the swapped-in string (must be in the question, not in the source
# article); None for not_said (a detail the article does not give).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place ---
    ("place", "Tuyên Quang giao ban công tác dân vận 6 tháng đầu năm 2020, ai là trưởng ban dân vận thành ủy?", "Tuyên Quang", F0),
    ("place", "tp vinh 2020 trien khai phong trao chieu thu 6 vi moi truong the nao", "tp vinh", F0),
    ("place", "Ở thành phố Phủ Lý, khối dân vận phường xã vận động GPMB các dự án năm 2020 ra sao?", "Phủ Lý", F0),
    ("place", "hưng yên năm 2022 có bao nhiêu mô hình dân vận khéo được ban chỉ đạo công nhận", "hưng yên", F1),
    ("place", "ha nam: bi thu tinh uy lam viec voi ban dan van ngay 28/4 ve nhung ket qua gi", "ha nam", F4),
    ("place", "Cụm thi đua Dân vận các Quận ủy TP.HCM sơ kết 6 tháng đầu năm 2019 có mấy đơn vị tham luận?", "TP.HCM", F3),
    ("place", "Đồng chí Trần Việt Hà trình bày tham luận về GPMB trên địa bàn quận Đống Đa như thế nào?", "Đống Đa", F3),
    ("place", "Trưởng ban Dân vận quận Tây Hồ nói gì khi đồng quan điểm tại buổi làm việc với Bí thư Thành ủy?", "Tây Hồ", F4),
    ("place", "Phó chủ tịch UBND thành phố dự giao ban dân vận 6 tháng đầu năm 2020 là ai, ở Bắc Giang ấy", "Bắc Giang", F0),
    ("place", "doi song dong bao dan toc thieu so o lao cai cai thien the nao theo ban dan van", "lao cai", F4),
    ("place", "Quy chế công tác dân vận của hệ thống chính trị tỉnh Thanh Hóa ban hành ngày nào?", "Thanh Hóa", F1),
    ("place", "Hà Nam tiếp Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương tổng kết Quyết định 290 khi nào?", "Hà Nam", F4),
    ("place", "Đà Lạt: phong trào dân vận khéo 2022 có bao nhiêu mô hình được bằng khen UBND tỉnh", "Đà Lạt", F1),
    # --- year ---
    ("year", "Chiều ngày 2/7/2018 Thành ủy Hưng Yên giao ban dân vận có những ai dự?", "2/7/2018", F0),
    ("year", "ha nam tong ket phong trao dan van kheo nam 2019 cong nhan bao nhieu mo hinh", "dan van kheo nam 2019", F1),
    ("year", "Năm 2017 Ban Dân vận Thành ủy Hà Nội báo cáo kết quả gì với Bí thư?", "Năm 2017", F4),
    ("year", "tết canh tý tỉnh cử mấy đoàn đi chúc tết người có công", "Canh Tý", F2),
    ("year", "giao ban quý I năm 2021 ban dân vận tỉnh ủy báo cáo kinh phí quà tết bao nhiêu", "quý I năm 2021", F2),
    ("year", "Cụm thi đua dân vận các quận ủy Hà Nội tọa đàm năm 2015 về chủ đề gì?", "năm 2015", F3),
    ("year", "Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận ngày 28/4/2021 chỉ đạo gì?", "28/4/2021", F4),
    ("year", "Năm 2024 Ban Dân vận Tỉnh ủy Hà Nam tổng kết công tác dân vận ngày mấy?", "năm 2024", F1),
    ("year", "dai hoi mat tran to quoc cac cap nhiem ky 2014-2019 to chuc the nao", "2014-2019", F2),
    ("year", "Phong trào Chiều thứ 6 ở Hưng Yên năm 2025 ra sao?", "2025", F0),
    ("year", "de an 02 ve dan van chinh quyen giai doan 2021 - 2025 co gi moi", "2021 - 2025", F0),
    # --- quarter / half / period ---
    ("quarter", "kết quả dân vận 9 tháng đầu năm 2020 của thành phố Hưng Yên", "9 tháng đầu năm 2020", F0),
    ("quarter", "Quý III/2019 ban dân vận tỉnh ủy tổ chức mấy đoàn kiểm tra?", "Quý III/2019", F2),
    ("quarter", "cum thi dua dan van cac quan uy tong ket ca nam 2019 ngay nao", "tong ket ca nam 2019", F3),
    ("quarter", "kết quả dân vận quý III/2020 của thành ủy hà nội", "quý III/2020", F4),
    ("quarter", "Hà Nam 6 tháng đầu năm 2023 có thêm bao nhiêu mô hình dân vận khéo?", "6 tháng đầu năm 2023", F1),
    ("quarter", "Quý 3 năm 2020, TP Hưng Yên giao ban dân vận vào hôm nào?", "Quý 3 năm 2020", F0),
    ("quarter", "giao ban dan van quy 4 nam 2019 ban dan van tinh uy danh gia ket qua gi", "quy 4", F2),
    ("quarter", "Năm Dân vận chính quyền 2019 của các quận Hà Nội sơ kết quý III ra sao?", "quý III", F3),
    ("quarter", "Hội nghị giao ban dân vận tháng 10/2020 ở thành phố Hưng Yên có ai chỉ đạo?", "tháng 10/2020", F0),
    # --- document ---
    ("document", "Chỉ thị số 06 ngày 13/10/2021 của BTV Tỉnh ủy Hà Nam về công tác tôn giáo nói gì?", "Chỉ thị số 06", F1),
    ("document", "nội dung quy chế số 04 của tỉnh ủy hà nam", "quy chế số 04", F1),
    ("document", "Quyết định 219-QĐ/TW về quy chế dân vận được Hà Nội tổng kết bao nhiêu năm?", "219-QĐ/TW", F4),
    ("document", "Đề án số 05 của BTV Tỉnh ủy về dân vận chính quyền giai đoạn 2016-2020 nói gì?", "Đề án số 05", F0),
    ("document", "ct so 09 cua bch dang bo tp hung yen la chuong trinh gi", "ct so 09", F0),
    ("document", "Theo Quy định số 214 của Ban Bí thư, MTTQ Hà Nam giám sát những ai?", "Quy định số 214", F1),
    ("document", "Chỉ thị 33-CT/TW của Bộ Chính trị gắn với phong trào dân vận khéo ở các quận Hà Nội thế nào?", "33-CT/TW", F3),
    ("document", "Kết luận 114-KL/TW về dân vận được các quận Hà Nội thực hiện thế nào năm 2019?", "114-KL/TW", F3),
    # --- person ---
    ("person", "Ông Nguyễn Văn Nam, Phó Chủ tịch UBND thành phố Hưng Yên, phát biểu gì tại giao ban dân vận 2020?", "Nguyễn Văn Nam", F0),
    ("person", "ba dinh thi lan pho bi thu thuong truc tinh uy ha nam chi dao gi tai hoi nghi tong ket dan van 2022", "dinh thi lan", F1),
    ("person", "Ông Lê Văn Hùng, Trưởng Ban Dân vận Quận ủy Cầu Giấy, trình bày tham luận gì?", "Lê Văn Hùng", F3),
    ("person", "Phó Chủ tịch UBND tỉnh Trần Xuân Lộc dự giao ban dân vận quý I/2019 nói gì?", "Trần Xuân Lộc", F2),
    ("person", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải làm việc với Ban Dân vận ngày 28/4 chỉ đạo gì?", "Hoàng Trung Hải", F4),
    ("person", "pham thi hoa pho truong ban thuong truc ban dan van thanh uy ha noi neu han che gi", "pham thi hoa", F4),
    ("person", "Đồng chí Bùi Thị Hương phát biểu chỉ đạo gì tại hội nghị cụm thi đua dân vận các quận ủy?", "Bùi Thị Hương", F3),
    # --- organisation ---
    ("organisation", "Ban Tuyên giáo Thành ủy Hưng Yên giao ban 6 tháng đầu năm 2020 vào ngày nào?", "Ban Tuyên giáo Thành ủy", F0),
    ("organisation", "Hội Nông dân tỉnh Hà Nam tổng kết phong trào năm 2022 thế nào?", "Hội Nông dân", F1),
    ("organisation", "cum thi dua dan van cac huyen uy ha noi toa dam ve de tai gi", "cac huyen uy", F3),
    ("organisation", "Ban Dân vận Tỉnh ủy Hà Nam phối hợp với Sở Nội vụ làm gì trong năm 2022?", "Sở Nội vụ", F1),
    ("organisation", "Hội Liên hiệp Phụ nữ quận Cầu Giấy tham luận gì tại hội nghị cụm thi đua?", "Phụ nữ", F3),
    ("organisation", "Ban Dân vận Trung ương giao ban quý I năm 2019 có những ai dự?", "Ban Dân vận Trung ương", F2),
    # --- not_said (a detail the article does not give) ---
    ("not_said", "giao ban dân vận thành ủy hưng yên tháng 7/2020 họp ở đâu", None, F0),
    ("not_said", "Trong 306 mô hình dân vận khéo của Hà Nam có bao nhiêu mô hình cấp huyện?", None, F1),
    ("not_said", "Hội nghị giao ban quý I/2019 có bao nhiêu đại biểu dự?", None, F2),
    ("not_said", "Đơn vị nào làm Cụm trưởng cụm thi đua dân vận các quận ủy năm 2019?", None, F3),
    ("not_said", "buoi lam viec cua bi thu hue voi ban dan van keo dai bao lau", None, F4),
    ("not_said", "Ngân sách tỉnh Hà Nam chi cho các mô hình dân vận khéo năm 2022 hết bao nhiêu?", None, F1),
    ("not_said", "số điện thoại Ban Dân vận Thành ủy Hưng Yên là gì", None, F0),
    ("not_said", "Năm Dân vận chính quyền 2019 tỉnh có bao nhiêu xã được khen thưởng?", None, F2),
    ("not_said", "Hà Nội đã chi trả gói an sinh cho bao nhiêu người tính đến cuối tháng 4/2020?", None, F4),
]
# values that another article holds, allowed on purpose (a place of another
# article; the fact asked is still not given for that place)
CROSS = {"hưng yên", "ha nam", "hà nam"}

# ---------------------------------------------------------------------------
# smalltalk: (intent, line)
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "bot ơi chào buổi sáng, hôm nay làm việc nhé"),
    ("greeting", "xin chào, mình mới vào nhóm"),
    ("greeting", "alo, bot ơi có đó không"),
    ("greeting", "chao ban nha"),
    ("greeting", "Em chào anh chị ạ"),
    ("thanks", "ok cảm ơn bot nhiều lắm"),
    ("thanks", "thanks nha, thông tin hữu ích"),
    ("thanks", "cam on bot, giup duoc nhieu lam"),
    ("thanks", "Em xin cảm ơn ạ 🙏"),
    ("identity", "bot này do ai làm vậy"),
    ("identity", "ban ten la gi the"),
    ("identity", "Bạn có phải là ChatGPT không?"),
    ("capability", "bot biết trả lời về chủ đề gì"),
    ("capability", "mình hỏi được những loại câu nào"),
    ("capability", "bạn giúp được gì cho cán bộ dân vận"),
    ("help", "chỉ mình cách dùng bot với"),
    ("help", "/help@danvan_bot"),
    ("help", "lam sao de hoi bot"),
    ("help", "Tôi không biết bắt đầu từ đâu"),
    ("ack", "ừ ừ"),
    ("ack", "oki nhé"),
    ("ack", "đã rõ ạ"),
    ("ack", "vâng ạ, em hiểu rồi"),
    ("ack", "uki"),
    ("emoji", "👍👍"),
    ("emoji", "😂"),
    ("emoji", "❤️❤️"),
    ("farewell", "bye bot"),
    ("farewell", "mình phải đi đón con rồi, bye nhé"),
    ("farewell", "khuya rồi, bot nghỉ đi, bye"),
    ("farewell", "hẹn gặp lại bot lần sau"),
    ("complaint", "trả lời sai rồi bạn ơi"),
    ("complaint", "bot chậm quá"),
    ("complaint", "cau tra loi chua dung y minh"),
    ("chitchat", "hôm nay bạn có mệt không"),
    ("chitchat", "bot ăn cơm chưa"),
    ("chitchat", "kể chuyện cười đi"),
    ("chitchat", "bạn thích màu gì"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# ---------------------------------------------------------------------------
SLIPS = [
    (F0, "Phó Bí thư thường trực Thành ủy TP Hưng Yên dự giao ban tên là gi",
         "Phó Bí thư thường trực Thành ủy TP Hưng Yên dự giao ban tên là gì",
         ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"], "Đồng chí Nguyễn Chí Thanh"),
    (F0, "Hội nghị giao ban dân vân thành phố Hưng Yên tổ chức chiều ngày nào?",
         "Hội nghị giao ban dân vận thành phố Hưng Yên tổ chức chiều ngày nào?",
         ["Chiều ngày 2/7"], "Chiều ngày 2/7 (2020)"),
    (F0, "Ban dân vận thành ủy Hưng Yên duy trì nề nêp gì?",
         "Ban dân vận thành ủy Hưng Yên duy trì nề nếp gì?",
         ["duy trì nề nếp giao ban công tác dân vận"], "Nề nếp giao ban công tác dân vận"),
    (F0, "6 tháng cuối năm 2020 tp hưng yên tuyên truyền chào mưng đại hội nào?",
         "6 tháng cuối năm 2020 tp hưng yên tuyên truyền chào mừng đại hội nào?",
         ["tuyên truyền chào mừng Đại hội đại biểu thành phố khóa XXI"],
         "Đại hội đại biểu thành phố khóa XXI, tiến tới ĐH XIII của Đảng"),
    (F0, "Kế hoạch thưc hiện đề án số 02 nói về vấn đề gì?",
         "Kế hoạch thực hiện đề án số 02 nói về vấn đề gì?",
         ["hiệu quả thực hiện công tác dân vận của cơ quan hành chính nhà nước"],
         "Nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"),
    (F0, "lực lượng vũ trang tp hưng yên bám sat địa bàn làm gì",
         "lực lượng vũ trang tp hưng yên bám sát địa bàn làm gì",
         ["tiếp tục bám sát địa bàn, triển khai tốt nhiệm vụ được giao"],
         "Triển khai tốt nhiệm vụ, đảm bảo an ninh chính trị, TTATXH tại cơ sở"),
    (F1, "Năm 2022 Ban Chỉ đạo các cấp ở Hà Nam công nhânj tất cả bao nhiêu mô hình?",
         "Năm 2022 Ban Chỉ đạo các cấp ở Hà Nam công nhận tất cả bao nhiêu mô hình?",
         ["306 mô hình"], "306 mô hình"),
    (F1, "Hội nghị tổng kết dân vận Hà Nam diễn ra chieuf ngày nào?",
         "Hội nghị tổng kết dân vận Hà Nam diễn ra chiều ngày nào?",
         ["Chiều ngày 20/12"], "Chiều ngày 20/12"),
    (F1, "Bà Đinh Thị Lụa nhấn mạn năm 2023 là năm gì?",
         "Bà Đinh Thị Lụa nhấn mạnh năm 2023 là năm gì?",
         ["năm 2023 là năm giữa nhiệm kỳ"], "Năm giữa nhiệm kỳ"),
    (F1, "Chỉ thị 08 của tỉnh ủy Hà Nam về công tác tôn giáo ban hành ngyà nào",
         "Chỉ thị 08 của tỉnh ủy Hà Nam về công tác tôn giáo ban hành ngày nào",
         ["Chỉ thị số 08, ngày 13/10/2021"], "13/10/2021"),
    (F1, "Mặt trận Hà Nam chú trọng phát triênr những gì năm 2022?",
         "Mặt trận Hà Nam chú trọng phát triển những gì năm 2022?",
         ["phát triển tổ chức, phát triển đảng viên, đoàn viên, hội viên mới"],
         "Phát triển tổ chức, đảng viên, đoàn viên, hội viên mới"),
    (F1, "Ông nào trao bằng khen cho 10 mô hình dân vận kheó cấp tỉnh năm 2022?",
         "Ông nào trao bằng khen cho 10 mô hình dân vận khéo cấp tỉnh năm 2022?",
         ["Nguyễn Anh Chức", "trao Bằng khen cho 10 mô hình"], "Đồng chí Nguyễn Anh Chức"),
    (F1, "Hà Nam tăng cường lãnh đạo mô hình chính quyền thân thiênj ở những cấp nào",
         "Hà Nam tăng cường lãnh đạo mô hình chính quyền thân thiện ở những cấp nào",
         ["\"Chính quyền thân thiện vì Nhân dân phục vụ\" cấp huyện, cấp xã"], "Cấp huyện, cấp xã"),
    (F1, "Giám sát đạo đức lối sống cán bộ Hà Nam theo quy đinhj nào của Ban Bí thư?",
         "Giám sát đạo đức lối sống cán bộ Hà Nam theo quy định nào của Ban Bí thư?",
         ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Quy định số 124, ngày 02/02/2018"),
    (F1, "Hà Nam nawm 2022 có bao nhiêu mô hình cấp tỉnh nhận bằng khen",
         "Hà Nam năm 2022 có bao nhiêu mô hình cấp tỉnh nhận bằng khen",
         ["có 10 mô hình", "được nhận Bằng khen của UBND tỉnh"], "10 mô hình"),
    (F1, "Năm 2022 ban dân vận hà nam nắm bắt tình hình tín ngưỡng tôn giáo thê nào",
         "Năm 2022 ban dân vận hà nam nắm bắt tình hình tín ngưỡng tôn giáo thế nào",
         ["nắm bắt tình hình nhân dân, tình hình hoạt động tín ngưỡng, tôn giáo"],
         "Chủ động phối hợp nắm bắt, kịp thời tham mưu giải pháp, tạo đồng thuận"),
    (F2, "Giao ban quý I/2019 có Phó Chủ tịch UBND tỉnh nào dư không",
         "Giao ban quý I/2019 có Phó Chủ tịch UBND tỉnh nào dự không",
         ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    (F2, "Tết Kỷ Hợi trao trên 62 nghìn lượt quà, kinh phi bao nhieu",
         "Tết Kỷ Hợi trao trên 62 nghìn lượt quà, kinh phí bao nhiêu",
         ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    (F2, "đoàn công tác thăm chúc tết dịp Kỷ Hợi đến nhưng gia đình nào",
         "đoàn công tác thăm chúc tết dịp Kỷ Hợi đến những gia đình nào",
         ["các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
         "Gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    (F2, "Ông Hoàng Văn Nghiêm đề nghị tăng cường phối hợp giữa ai?",
         "Ông Hoàng Văn Nghiệm đề nghị tăng cường phối hợp giữa ai?",
         ["tăng cường phối hợp giữa các cơ quan, đơn vị"], "Giữa các cơ quan, đơn vị"),
    (F2, "Quý I/2019 chính quyền các cấp tăng cường kỷ luât gì",
         "Quý I/2019 chính quyền các cấp tăng cường kỷ luật gì",
         ["tăng cường kỷ luật, kỷ cương hành chính"], "Kỷ luật, kỷ cương hành chính"),
    (F2, "tác gỉa bài hội nghị giao ban quý I năm 2019 tên gì",
         "tác giả bài hội nghị giao ban quý I năm 2019 tên gì",
         ["Thùy Linh"], "Thùy Linh"),
    (F2, "MTTQ tổ chức đại hội đại biểu các câps nhiệm kỳ nào",
         "MTTQ tổ chức đại hội đại biểu các cấp nhiệm kỳ nào",
         ["nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    (F3, "chủ đề buổi tọa đmà ngày 09/7/2019 của cụm thi đua là gì",
         "chủ đề buổi tọa đàm ngày 09/7/2019 của cụm thi đua là gì",
         ["Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ"],
         "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    (F3, "Ai là Phó Bí thư Thường trực Quận ủy Cầu Giây phát biểu chào mừng",
         "Ai là Phó Bí thư Thường trực Quận ủy Cầu Giấy phát biểu chào mừng",
         ["Phương Kiến Quốc", "phát biểu chào mừng"], "Đồng chí Phương Kiến Quốc"),
    (F3, "Bà Nguyễn Thị Tuyến đề nghị đẩy mạnh phong trào thi đuaa nào",
         "Bà Nguyễn Thị Tuyến đề nghị đẩy mạnh phong trào thi đua nào",
         ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"], "Phong trào thi đua “Dân vận khéo”"),
    (F3, "Năm 2019 ban dân vận quận ủy ký kêt chương trình phối hợp với ai",
         "Năm 2019 ban dân vận quận ủy ký kết chương trình phối hợp với ai",
         ["phối hợp giữa Ban Dân vận Quận ủy với UBND quận"], "Với UBND quận"),
    (F3, "Đào Ngọc Triêu giữ chức vụ gì",
         "Đào Ngọc Triệu giữ chức vụ gì",
         ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"],
         "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    (F3, "Năm 2019 các quận có tổ chức đối thoại giữa người đứng đâu cấp ủy với dân không?",
         "Năm 2019 các quận có tổ chức đối thoại giữa người đứng đầu cấp ủy với dân không?",
         ["Kế hoạch tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy"],
         "Có, tham mưu xây dựng, triển khai kế hoạch hội nghị đối thoại năm 2019"),
    (F4, "Bí thư Vương Đình Huệ yêu cầu cán bộ dân vận phải đăm mình vào đâu",
         "Bí thư Vương Đình Huệ yêu cầu cán bộ dân vận phải đắm mình vào đâu",
         ["đắm mình vào thực tiễn"], "Vào thực tiễn"),
    (F4, "Hà Nội tăng cường tuyên truyền, vận động quần chúng ở vùng nào thơi gian tới",
         "Hà Nội tăng cường tuyên truyền, vận động quần chúng ở vùng nào thời gian tới",
         ["vận động quần chúng vùng đồng bào dân tộc thiểu số"], "Vùng đồng bào dân tộc thiểu số"),
    (F4, "Ông Huệ hỏi tình hình chuẩn bị hội nghị tổng kết mấy năm thực hiện quyết đinh 290",
         "Ông Huệ hỏi tình hình chuẩn bị hội nghị tổng kết mấy năm thực hiện quyết định 290",
         ["Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"], "Quyết định số 290-QĐ/TW (10 năm)"),
    (F4, "Phạm Hải Hoa nêu tồn tại gì về xử lý khiêu nại tố cáo",
         "Phạm Hải Hoa nêu tồn tại gì về xử lý khiếu nại tố cáo",
         ["khiếu nại, tố cáo của nhân dân có nơi, có lúc chưa kịp thời"],
         "Có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài"),
    (F4, "Từ nay đến cuối năm 2020 Hà Nội phải sang lọc gì",
         "Từ nay đến cuối năm 2020 Hà Nội phải sàng lọc gì",
         ["tích cực tham gia sàng lọc cán bộ"], "Sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    (F4, "Bí thư Thành ủy Hà Nội ghi nhận, biêu dương những ai",
         "Bí thư Thành ủy Hà Nội ghi nhận, biểu dương những ai",
         ["biểu dương những nỗ lực của cán bộ, đảng viên làm công tác dân vận"],
         "Cán bộ, đảng viên làm công tác dân vận, Ban Dân vận Thành ủy và hệ thống dân vận các cấp"),
    (F4, "ông huệ nói dân vận phải tham gia giai quyết vu việc gì",
         "ông huệ nói dân vận phải tham gia giải quyết vụ việc gì",
         ["tham gia giải quyết vụ việc \"nóng\""], "Vụ việc “nóng”, có tác động lớn đến dư luận xã hội"),
    (F4, "ngày 28/4 ông Vương Đình Huệ làm viêc với cơ quan nào",
         "ngày 28/4 ông Vương Đình Huệ làm việc với cơ quan nào",
         ["làm việc với Ban Dân vận Thành ủy Hà Nội"], "Ban Dân vận Thành ủy Hà Nội"),
]

# ---------------------------------------------------------------------------
# off topic
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Giá vé vào Lăng Bác ở Hà Nội là bao nhiêu?",
    "hội nghị thượng đỉnh G20 năm nay tổ chức ở đâu",
    "Dân số Việt Nam hiện nay khoảng bao nhiêu người?",
    "thủ tục đăng ký thường trú ở hà nội cần gì",
    "Cách viết biên bản họp chi bộ hằng tháng",
    "lịch cắt điện hưng yên tuần này",
    "Từ Hà Nội đi Hà Nam bao nhiêu km?",
    "Cầu Giấy có trường đại học nào tốt?",
    "Rút bảo hiểm xã hội một lần thế nào?",
    "dan ca quan ho bac ninh co bao nhieu lan dieu",
    "Tết Nguyên đán 2026 rơi vào ngày nào dương lịch?",
    "Vườn quốc gia Ba Vì vé vào cửa bao nhiêu",
    "cong thuc tinh dien tich hinh tron",
    "Ai viết Truyện Kiều?",
    "Bác Hồ đọc Tuyên ngôn độc lập ngày nào?",
    "Luật Thi đua, khen thưởng 2022 có hiệu lực khi nào?",
    "mẫu bằng khen đẹp tải ở đâu",
    "Tỷ số trận Hà Nội FC tối qua thế nào?",
    "Giải quyết khiếu nại hành chính lần đầu mất bao nhiêu ngày theo luật?",
    "Học thạc sĩ ngành công tác xã hội ở đâu?",
    "Mã bưu chính Hưng Yên là gì?",
    "bún chả Hà Nội ăn ở đâu ngon nhất",
    "tiem phong cum cho tre em o dau",
    "Tổng thống Mỹ hiện nay là ai?",
    "gia xang e5 ngay mai tang hay giam",
    "Cách viết đơn xin nghỉ phép cho công chức",
    "Ý nghĩa ngày Dân số thế giới 11/7 là gì?",
    "Đại hội Đảng toàn quốc lần thứ XIV diễn ra khi nào?",
]

# ---------------------------------------------------------------------------
ANSWER_KINDS = [*ROUND_KINDS, "chat"]
SWAPS = {"place": 8, "year": 8, "quarter": 6, "not_said": 6,
         "document": 5, "person": 5, "organisation": 5}
INTENTS = {"greeting", "thanks", "farewell", "identity", "capability", "help",
           "ack", "emoji", "complaint", "chitchat"}
MINS = {"answerable7": 70, "near_misses7": 50, "smalltalk7": 30, "slips7": 30, "off_topic7": 25}


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)

    answerable = answerable_rows(ANSWERABLE, 7, ANSWER_KINDS, gold_ok, errors)
    cross_used = []
    near = near_miss_rows(NEAR_MISSES, 7, SWAPS, arts, CROSS, errors, cross_used)
    small = smalltalk_rows(SMALLTALK, 7, INTENTS, errors)
    slips = slip_rows(SLIPS, 7, gold_ok, errors)
    off = off_topic_rows(OFF_TOPIC, 7)

    # --- global checks
    sets = {"answerable7": answerable, "near_misses7": near, "smalltalk7": small,
            "slips7": slips, "off_topic7": off}
    check_repeats(sets, 7, errors)
    kc, sc = check_counts(sets, MINS, answerable, near, ANSWER_KINDS, SWAPS, errors)
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 7)

    print("answerable kinds:", dict(sorted(kc.items())))
    print("answerable files:", dict(sorted(collections.Counter(r["file"][:3] for r in answerable).items())))
    print("near miss swapped:", dict(sorted(sc.items())),
          "| without diacritics:", sum(1 for r in near if r["question"] == strip_marks(r["question"])),
          "| cross-article values:", cross_used)
    print("smalltalk intents:", dict(sorted(collections.Counter(r["intent"] for r in small).items())))
    print("slips files:", dict(sorted(collections.Counter(r["file"][:3] for r in slips).items())))
    print("all checks passed")


if __name__ == "__main__":
    main()
