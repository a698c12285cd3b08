#!/usr/bin/env python3
"""Round 11 evaluation sets for the danvan bot (written independently, from the
five corpus articles only; the retrieval and bot code were not read, nor any
*_test.jsonl file; earlier *_tune.jsonl files were read only to avoid repeating
their questions).

Data file style: every question is written inline below, typed the way cadres,
journalists and citizens ask in a Telegram chat (everyday paraphrases sharing few
words with the passage, questions on less prominent paragraphs such as titles,
captions, bylines and page headers, keyword-only queries, lower case without
diacritics, abbreviations UBND / HĐND / MTTQ / BDV / DVK / TP / GPMB / LLVT /
CCB, place or year first or last).  Running the script

  * checks that every gold snippet of an answerable / slip question is an exact
    substring and that all snippets of one question occur together in ONE line
    of the named article (and that a snippet has at most 15 words),
  * checks that the swapped value of a near miss appears in the question but
    NOT in its source article (case-insensitive, and again with diacritics
    stripped) nor in any other article (CROSS is empty this round); no place is
    swapped on article 002 (its province is not named),
  * checks a few formatting rules (no_diacritics really has no marks and no
    capitals, keywords are 3-6 words, a slip differs from its correction in 1-2
    words and keeps the same number of syllables and the same digits, ids and
    questions are unique, no question repeats an earlier round exactly, minimum
    counts, the share of questions typed without diacritics),
  * splits each set ONCE: shuffle with a fresh random.Random(11), first half
    (rounded down) -> *11_tune.jsonl, the rest -> *11_test.jsonl (each half
    sorted by id),

and writes ten files into the folder of this script.
"""
import collections
import re

from rounds import (
    ANSWER_KINDS, INTENTS, F0, F1, F2, F3, F4, answerable_rows, changed_words, check_counts, check_repeats, fail_on, gold_checker,
    load_corpus, near_miss_rows, off_topic_rows, smalltalk_rows, split_and_write, strip_marks,
)


# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- 000 TP Hưng Yên, giao ban dân vận 6 tháng đầu năm 2020 ---
    ("ai", F0, "phóng viên nào đưa tin hội nghị giao ban dân vận TP Hưng Yên tháng 7/2020",
     ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"],
     "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("ai", F0, "Theo lãnh đạo dự giao ban, cấp ủy chính quyền TP Hưng Yên phải tham mưu giúp ai chỉ đạo chương trình số 10?",
     ["tiếp tục tham mưu giúp BTV Thành ủy chỉ đạo, hướng dẫn"], "Giúp Ban Thường vụ (BTV) Thành ủy"),
    ("ai", F0, "Ở hội nghị 2/7, hai lãnh đạo phát biểu ghi nhận thành tích của cơ quan nào?",
     ["ghi nhận những kết quả ban Dân vận thành phố đã đạt được"], "Ban Dân vận thành phố (Thành ủy Hưng Yên)"),
    ("bao_nhieu", F0, "bài giao ban dân vận hưng yên tháng 7/2020 được bao nhiêu người đọc",
     ["09/07/2020 | 2522"], "2522 lượt xem (bài đăng 09/07/2020)"),
    ("paraphrase", F0, "Năm 2020 ở thành phố Hưng Yên công trình, dự án có dồn dập không?",
     ["năm 2020 trên địa bàn thành phố có nhiều dự án"], "Có: năm 2020 trên địa bàn thành phố có nhiều dự án"),
    ("keywords", F0, "gpmb đúng tiến độ hưng yên",
     ["đảm bảo đúng tiến độ, thời gian"],
     "UBND thành phố chỉ đạo GPMB các công trình trọng điểm đảm bảo đúng tiến độ, thời gian"),
    ("o_dau", F0, "TP Hưng Yên ký chương trình phối hợp dân vận với chính quyền, đoàn thể, LLVT ở cấp nào?",
     ["với chính quyền, đoàn thể, lực lượng vũ trang cùng cấp"], "Cùng cấp"),
    ("paraphrase", F0, "Nửa đầu 2020 các cấp ở TP Hưng Yên có chăm chuyện đi vận động bà con không?",
     ["chỉ đạo thực hiện tốt công tác vận động quần chúng"],
     "Có: tiếp tục quan tâm lãnh đạo, chỉ đạo thực hiện tốt công tác vận động quần chúng"),
    ("khi_nao", F0, "tu luc nao ubnd tp hung yen don suc lo mat bang cho cong trinh trong diem",
     ["Ngay từ đầu năm UBND tành phố đã tập trung chỉ đạo công tác GPMB"], "Ngay từ đầu năm 2020"),
    ("nhu_the_nao", F0, "Ban Dân vận Thành ủy Hưng Yên giúp cấp ủy giữ nề nếp gì?",
     ["duy trì nề nếp giao ban công tác dân vận"], "Nề nếp giao ban công tác dân vận"),
    ("la_gi", F0, "Đài truyền thanh TP Hưng Yên đặt tít bài dân vận tháng 7/2020 là gì?",
     ["Giao ban công tác Dân vận 6 tháng đầu năm 2020"], "“Giao ban công tác Dân vận 6 tháng đầu năm 2020”"),
    ("no_diacritics", F0, "lanh dao de nghi hung yen tuyen truyen giao duc chuong trinh nao cua bch dang bo",
     ["tuyên truyền giáo dục tổ chức thực hiện có hiệu quả chương trình số 10"],
     "Chương trình số 10 của BCH Đảng bộ thành phố"),
    ("no_diacritics", F0, "thanh uy hung yen muon giam sat phong trao moi truong bang cach nao",
     ["tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào"],
     "Tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào “Chiều thứ 6”"),
    ("nhu_the_nao", F0, "LLVT thành phố Hưng Yên làm nhiệm vụ được giao ra sao trong nửa đầu 2020?",
     ["triển khai tốt nhiệm vụ được giao"], "Bám sát địa bàn, triển khai tốt nhiệm vụ được giao"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 ---
    ("la_gi", F1, "Tin của Báo Hà Nam về tổng kết dân vận 2022 đặt tít là gì?",
     ["Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023"], "“Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023”"),
    ("nhu_the_nao", F1, "Năm 2022 văn bản chỉ đạo về dân vận, tôn giáo, dân vận khéo ở Hà Nam được ban hành theo hướng nào?",
     ["phong trào thi đua \"Dân vận khéo\" có trọng tâm, trọng điểm"], "Có trọng tâm, trọng điểm"),
    ("paraphrase", F1, "ở hà nam dân kêu chuyện gì thì lãnh đạo có xử lý kịp không",
     ["kịp thời chỉ đạo giải quyết những vấn đề người dân quan tâm, bức xúc"],
     "Có: người đứng đầu kịp thời chỉ đạo giải quyết những vấn đề người dân quan tâm, bức xúc"),
    ("nhu_the_nao", F1, "Mặt trận, đoàn thể Hà Nam 2022 thay đổi gì trong cách gom và vận động dân?",
     ["đổi mới nội dung, phương thức hoạt động trong tập hợp, vận động Nhân dân"],
     "Đổi mới nội dung, phương thức hoạt động trong tập hợp, vận động Nhân dân"),
    ("la_gi", F1, "Dân vận khéo năm 2022 đóng góp gì cho tỉnh Hà Nam?",
     ["góp phần quan trọng trong thực hiện thắng lợi nhiệm vụ chính trị của tỉnh"],
     "Góp phần quan trọng thực hiện thắng lợi nhiệm vụ chính trị của tỉnh"),
    ("paraphrase", F1, "Ở Hà Nam, làm mô hình dân vận khéo có lôi được cả bộ máy dưới xã phường vào không?",
     ["huy động được cả hệ thống chính trị ở cơ sở"],
     "Có: huy động được cả hệ thống chính trị ở cơ sở cùng phối hợp tham gia"),
    ("nhu_the_nao", F1, "Hà Nam yêu cầu báo cáo tình hình tâm tư nhân dân lên cấp trên phải thế nào?",
     ["phản ánh đầy đủ, kịp thời, chính xác"], "Đầy đủ, kịp thời, chính xác"),
    ("o_dau", F1, "Hà Nam muốn các nơi đi học mô hình dân vận khéo hay xong thì đem về làm ở đâu?",
     ["nhân rộng mô hình tại địa phương mình"], "Nhân rộng tại địa phương mình"),
    ("bao_nhieu", F1, "hoi nghi tong ket dan van ha nam 20/12 co may lanh dao tinh duoc neu ten",
     ["Đinh Thị Lụa", "Nguyễn Anh Chức,\u00a0Ủy viên BTV Tỉnh ủy"], "Hai: Đinh Thị Lụa và Nguyễn Anh Chức"),
    ("bao_nhieu", F1, "số mô hình dvk ban chỉ đạo các cấp ở hà nam gật đầu công nhận trong năm 2022",
     ["công nhận\u00a0306 mô hình “Dân vận khéo”"], "306 mô hình"),
    ("no_diacritics", F1, "ha nam 2022 khoi dan van co so phoi hop lam tot viec gi",
     ["phối hợp làm tốt công tác nắm bắt tình hình nhân dân"],
     "Nắm bắt tình hình nhân dân, tình hình tín ngưỡng, tôn giáo trên địa bàn"),
    ("keywords", F1, "hiệu ứng xã hội tích cực",
     ["cách làm hay hiệu quả tạo hiệu ứng xã hội tích cực"],
     "Nhiều mô hình mới, cách làm hay tạo hiệu ứng xã hội tích cực (Hà Nam 2022)"),
    ("keywords", F1, "DVK chiến sĩ LLVT Hà Nam",
     ["cán bộ chiến sĩ lực lượng vũ trang"],
     "Mô hình Dân vận khéo thu hút cán bộ chiến sĩ lực lượng vũ trang cùng tham gia"),
    ("ai", F1, "Năm 2023 ở Hà Nam, cấp ủy lãnh đạo những tổ chức nào đổi mới nội dung, phương thức hoạt động?",
     ["cấp uỷ lãnh đạo MTTQ và các tổ chức chính trị - xã hội"],
     "MTTQ và các tổ chức chính trị - xã hội"),
    ("khi_nao", F1, "Ban Bí thư ra quy định về giám sát tu dưỡng đạo đức người đứng đầu mà Hà Nam áp dụng hồi nào?",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Ngày 02/02/2018 (Quy định số 124)"),
    ("no_diacritics", F1, "ban chi dao dan van kheo ha nam tham muu cap uy ra van ban gi",
     ["các văn bản lãnh đạo, chỉ đạo về thực hiện phong trào thi đua"],
     "Các văn bản lãnh đạo, chỉ đạo về thực hiện phong trào thi đua Dân vận khéo"),
    ("bao_nhieu", F1, "ha nam giam sat dao duc can bo theo quy dinh so may cua ban bi thu",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Quy định số 124"),

    # --- 002 giao ban dân vận quý I/2019 (tỉnh không nêu tên) ---
    ("ai", F2, "ai dung ra to chuc hoi nghi giao ban dan van ngay 28/3/2019",
     ["Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ban Dân vận Tỉnh ủy"),
    ("ai", F2, "Đại hội Dân tộc thiểu số tỉnh năm 2019 giao cho đơn vị nào lo?",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Ban Dân tộc"),
    ("ai", F2, "MTTQ làm đại hội các cấp nhiệm kỳ 2019 – 2024 cùng với ai?",
     ["Mặt trận Tổ quốc phối hợp với các cơ quan tổ chức tốt Đại hội"], "Phối hợp với các cơ quan"),
    ("keywords", F2, "kỷ cương liêm chính bứt phá",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
     "Chủ đề “Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("nhu_the_nao", F2, "Trong quý I/2019, cấp ủy và chính quyền làm gì với công tác dân vận?",
     ["quan tâm đôn đốc triển khai thực hiện"], "Tiếp tục quan tâm đôn đốc triển khai thực hiện"),
    ("paraphrase", F2, "đầu năm 2019 mặt trận với bộ đội có giục hội viên hăng hái thi đua làm kinh tế không",
     ["tham gia các phong trào thi đua yêu nước, phát triển kinh tế xã hội"],
     "Có: tuyên truyền, vận động hội viên, nhân dân tham gia thi đua yêu nước, phát triển kinh tế xã hội"),
    ("o_dau", F2, "quý 1/2019 ban dân vận tham mưu thực hiện quy chế dân chủ ở cấp nào",
     ["thực hiện quy chế dân chủ ở cơ sở"], "Ở cơ sở"),
    ("khi_nao", F2, "bao giờ tỉnh tổ chức đại hội dân tộc thiểu số",
     ["Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Năm 2019"),
    ("khi_nao", F2, "hôm nào tỉnh họp giao ban dân vận 3 tháng đầu năm 2019",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("no_diacritics", F2, "giao ban dan van 28/3/2019 dai bieu danh gia ket qua cua giai doan nao",
     ["đánh giá những kết quả đạt được trong quý I"], "Quý I/2019"),
    ("bao_nhieu", F2, "tet ky hoi 2019 tinh cu tong cong bao nhieu doan xuong co so",
     ["12 đoàn công tác", "8 đoàn kiểm tra"], "20 đoàn: 12 đoàn công tác thăm, chúc tết và 8 đoàn kiểm tra"),
    ("bao_nhieu", F2, "qua tet ky hoi duoc trao tat ca bao nhieu luot",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt"),
    ("la_gi", F2, "Tin về giao ban dân vận của Ban Dân vận Tỉnh ủy đầu 2019 có tiêu đề gì?",
     ["Hội nghị giao ban công tác dân vận quý I năm 2019"], "“Hội nghị giao ban công tác dân vận quý I năm 2019”"),
    ("no_diacritics", F2, "chinh quyen cac cap quy i 2019 nang cao trach nhiem phuc vu ai",
     ["hiệu quả phục vụ người dân và doanh nghiệp"], "Người dân và doanh nghiệp"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 2019 ---
    ("la_gi", F3, "Bài về cụm thi đua dân vận các quận ủy nằm trong chuyên mục gì?",
     ["CÔNG TÁC ĐẢNG"], "Công tác Đảng"),
    ("ai", F3, "chu tich hdnd quan cau giay nam 2019 ten gi",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận"], "Đồng chí Phương Kiến Quốc"),
    ("nhu_the_nao", F3, "Năm 2019 các quận phát huy vai trò gì của người dân?",
     ["phát huy vai trò làm chủ của nhân dân"], "Vai trò làm chủ của nhân dân"),
    ("no_diacritics", F3, "phong trao dvk cac quan co lam khoi dai doan ket toan dan toc manh hon khong",
     ["tăng cường khối đại đoàn kết toàn dân tộc"], "Có: tăng cường khối đại đoàn kết toàn dân tộc"),
    ("khi_nao", F3, "Kết quả KT-XH, quốc phòng, an ninh của Cầu Giấy mà ông Quốc nêu là của khoảng thời gian nào?",
     ["trong những tháng đầu năm 2019"], "Những tháng đầu năm 2019"),
    ("bao_nhieu", F3, "nq trung uong 4 ma cac quan gan voi dan van kheo thuoc khoa may",
     ["Nghị quyết Trung ương 4 (khóa XII)"], "Khóa XII"),
    ("bao_nhieu", F3, "Ban Dân vận Thành ủy Hà Nội có mấy lãnh đạo ban được nêu tên dự hội nghị cụm thi đua?",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy", "Đào Ngọc Triệu - Phó Trưởng ban Thường trực"],
     "Hai: Nguyễn Thị Tuyến và Đào Ngọc Triệu"),
    ("nhu_the_nao", F3, "Dân vận chính quyền ở các quận năm 2019 đã giải quyết được chuyện gì?",
     ["giải quyết những vấn đề thiết thực trên các lĩnh vực"], "Những vấn đề thiết thực trên các lĩnh vực"),
    ("keywords", F3, "quận lấy ý kiến quy hoạch",
     ["tham gia xây dựng các chính sách, quy hoạch"],
     "Các quận lấy và tiếp thu ý kiến của MTTQ, đoàn thể, nhân dân khi xây dựng chính sách, quy hoạch"),
    ("o_dau", F3, "Tham luận QCDC trong GPMB của ông Hà nói về địa bàn nào?",
     ["thực hiện QCDC trong công tác GPMB trên địa bàn quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("paraphrase", F3, "2019 lãnh đạo dân vận thành phố có muốn cán bộ, công chức các quận hiểu dân vận hơn không",
     ["nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức"],
     "Có: đề nghị nâng cao nhận thức cho cán bộ đảng viên, công chức, viên chức về công tác dân vận"),
    ("ai", F3, "Ông Nguyễn Văn Chiến đọc báo cáo đề dẫn tọa đàm với tư cách đại diện cho ai?",
     ["thay mặt cụm thi đua trình bày báo cáo đề dẫn tọa đàm"], "Thay mặt cụm thi đua"),
    ("no_diacritics", F3, "hoi nghi cum thi dua 9/7/2019 thao luan ket qua dan van cua khoang thoi gian nao",
     ["kết quả đạt được của công tác dân vận trong 6 tháng đầu năm 2019"], "6 tháng đầu năm 2019"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận, 28/4/2020 ---
    ("ai", F4, "ai chụp ảnh buổi bí thư huệ làm việc với ban dân vận thành ủy",
     ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp (TTXVN)"),
    ("bao_nhieu", F4, "Trưởng ban dân vận của mấy quận, huyện Hà Nội lên tiếng đồng quan điểm hôm 28/4?",
     ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"], "Hai: quận Hoàn Kiếm và huyện Ba Vì"),
    ("paraphrase", F4, "BDV các cấp ở Hà Nội có bắt tay làm chương trình chung với chính quyền cùng cấp không",
     ["chương trình phối hợp giữa Ban Dân vận các cấp với chính quyền đồng cấp"],
     "Có: chương trình phối hợp giữa Ban Dân vận các cấp với chính quyền đồng cấp, các ban, ngành, LLVT"),
    ("la_gi", F4, "Ngoài tổ chức cơ sở Đảng yếu kém, ông Huệ muốn dân vận góp phần củng cố những nơi nào nữa?",
     ["cấp ủy, tổ chức Đảng còn khó khăn"], "Cấp ủy, tổ chức Đảng còn khó khăn"),
    ("paraphrase", F4, "hồi covid khối dân vận thủ đô có góp công khống chế dịch không",
     ["có đóng góp quan trọng vào kết quả kiểm soát dịch của thành phố"],
     "Có: Ban Dân vận cùng Ban Tuyên giáo, MTTQ thành phố có đóng góp quan trọng vào kết quả kiểm soát dịch"),
    ("nhu_the_nao", F4, "xu ly diem nong xong ong hue muon lay do lam gi",
     ["lập thành tích chào mừng Đại hội Đảng bộ các cấp"],
     "Lập thành tích chào mừng Đại hội Đảng bộ các cấp, Đại hội XVII Đảng bộ thành phố, Đại hội XIII của Đảng"),
    ("no_diacritics", F4, "bi thu hue muon can bo dan van gan dan de nam chac nhung gi",
     ["nắm chắc tình hình, tâm tư, nguyện vọng của nhân dân"], "Tình hình, tâm tư, nguyện vọng của nhân dân"),
    ("no_diacritics", F4, "ha noi dan van chinh quyen dat ket qua ra sao theo chu tich hoi ccb",
     ["Công tác dân vận chính quyền đạt được nhiều kết quả quan trọng"], "Đạt được nhiều kết quả quan trọng"),
    ("keywords", F4, "phản biện xã hội thủ đô",
     ["Công tác giám sát, phản biện xã hội, tham gia góp ý xây dựng Đảng"],
     "Công tác giám sát, phản biện xã hội, góp ý xây dựng Đảng, chính quyền ở Hà Nội được duy trì tốt"),
    ("khi_nao", F4, "Mốc ông Huệ đặt ra cho các 'mặt trận' chính của dân vận Hà Nội là tới bao giờ?",
     ["từ nay đến cuối năm 2020"], "Từ nay (28/4) đến cuối năm 2020"),
    ("o_dau", F4, "Ngoài bao quát toàn diện, dân vận Hà Nội phải dồn sức vào những mảng nào?",
     ["tập trung vào những lĩnh vực, vấn đề trọng tâm, trọng điểm"],
     "Những lĩnh vực, vấn đề trọng tâm, trọng điểm (nhất là vụ việc “nóng”)"),
    ("ai", F4, "Ủy viên Bộ Chính trị nào làm việc với BDV Thành ủy Hà Nội ngày 28/4?",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy", "Vương Đình Huệ"], "Ông Vương Đình Huệ"),
    ("keywords", F4, "Huệ nhắc Năm Dân vận khéo",
     ["thực hiện tốt Năm Dân vận khéo"],
     "Ông Huệ yêu cầu đẩy mạnh phong trào dân vận khéo, thực hiện tốt Năm Dân vận khéo"),
    ("paraphrase", F4, "dân vận hà nội có dám nói thẳng khuyết điểm của mình không",
     ["thẳng thắn nêu rõ những tồn tại, hạn chế trong công tác dân vận"],
     "Có: bà Phạm Hải Hoa thẳng thắn nêu rõ những tồn tại, hạn chế"),
    ("o_dau", F4, "Ở Hà Nội, công tác dân vận của hệ thống chính trị chưa đồng bộ ở đâu?",
     ["Công tác dân vận của hệ thống chính trị có nơi còn chưa đồng bộ"], "Có nơi còn chưa đồng bộ"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file)
# Each starts from a real fact of the source article and changes ONE thing the
# question pins.  value: the swapped-in string (must be in the question, not in
# any article); None for not_said (a detail the article does not give).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- 000 TP Hưng Yên ---
    ("place", "Giao ban dân vận nửa đầu năm 2020 của Thành ủy Việt Trì có ai dự và chỉ đạo?", "Việt Trì", F0),
    ("place", "Ở Sầm Sơn phong trào chiều thứ 6 vì môi trường thành phố sạch đẹp có ai đi cơ sở giám sát không?", "Sầm Sơn", F0),
    ("place", "huyen kim dong 6 thang dau 2020 van dong dan giai phong mat bang the nao", "kim dong", F0),
    ("place", "giải phóng mặt bằng năm 2020 được vận động thế nào ở phường hiến nam", "hiến nam", F0),
    ("year", "hội nghị giao ban dân vận thành ủy hưng yên năm 2018 có những lãnh đạo nào", "năm 2018", F0),
    ("year", "giai đoạn 2026 – 2030 hưng yên có đề án 02 về dân vận chính quyền không, nội dung ra sao",
     "2026 – 2030", F0),
    ("quarter", "TP Hưng Yên: quý IV năm 2020 dân vận có kết quả nổi bật nào?", "Quý IV năm 2020", F0),
    ("date", "chiều 24/6/2020 thành ủy hưng yên giao ban dân vận có ai dự", "24/6/2020", F0),
    ("date", "BTV Tỉnh ủy Hưng Yên ký đề án số 02 hôm 3/11/2016 để làm gì?", "3/11/2016", F0),
    ("document", "chương trình 11 của bch đảng bộ tp hưng yên nói gì, thực hiện thế nào", "chương trình 11", F0),
    ("person", "Bí thư Thành ủy Hưng Yên Nguyễn Chí Thanh chỉ đạo gì ở giao ban dân vận chiều 2/7?",
     "Bí thư Thành ủy Hưng Yên Nguyễn Chí Thanh", F0),
    ("person", "ong tran quoc van phat bieu gi tai giao ban dan van tp hung yen 6 thang dau 2020", "tran quoc van", F0),
    ("organisation", "Ủy ban Kiểm tra Thành ủy Hưng Yên giao ban 6 tháng đầu năm 2020 có ai dự?", "Ủy ban Kiểm tra", F0),
    ("organisation", "lien doan lao dong thanh pho hung yen nua dau 2020 lam duoc nhung gi", "lien doan lao dong", F0),
    ("not_said", "Hội nghị giao ban dân vận TP Hưng Yên chiều 2/7/2020 kéo dài mấy tiếng?", None, F0),
    ("not_said", "phong trào chiều thứ 6 ở hưng yên bắt đầu từ năm nào", None, F0),

    # --- 001 Hà Nam ---
    ("place", "Ban Dân vận Tỉnh ủy Bắc Kạn tổng kết năm 2022 có Phó Chủ tịch Thường trực UBND tỉnh nào dự?",
     "Bắc Kạn", F1),
    ("place", "dvk 2022 o thi xa duy tien duoc cong nhan may mo hinh", "duy tien", F1),
    ("place", "Quy chế số 05 ngày 09/12/2021 về công tác dân vận của hệ thống chính trị tỉnh Quảng Trị nói gì?",
     "Quảng Trị", F1),
    ("year", "Hà Nam tổng kết phong trào dân vận khéo năm 2024 vào hôm nào?", "năm 2024", F1),
    ("year", "dip tet tan suu mat tran ha nam lo an sinh cho dan the nao", "tan suu", F1),
    ("quarter", "rieng quy iii/2022 so mo hinh dvk ha nam duoc cong nhan la may", "quy iii/2022", F1),
    ("quarter", "Nửa cuối năm 2021 Ban Dân vận Tỉnh ủy Hà Nam làm được những việc gì?", "Nửa cuối năm 2021", F1),
    ("date", "Chiều ngày 5/12, Ban Dân vận Tỉnh ủy Hà Nam tổng kết dân vận năm 2022 có ai dự?", "5/12", F1),
    ("date", "BTV Tỉnh ủy Hà Nam ký quy chế số 05 ngày 17/12/2021 quy định những gì?", "17/12/2021", F1),
    ("date", "mttq ha nam giam sat can bo theo quy dinh 124 ngay 15/3/2018 the nao", "15/3/2018", F1),
    ("document", "Quy chế 05/2019 của Tỉnh ủy Hà Nam về dân vận có gì?", "05/2019", F1),
    ("document", "Tôn giáo ở Hà Nam: chỉ thị số 08 năm 2018 của tỉnh ủy yêu cầu gì?", "08 năm 2018", F1),
    ("document", "quy dinh 124-qd/tw ngay 02/02/2022 cua ban bi thu duoc ha nam ap dung ra sao", "02/02/2022", F1),
    ("person", "bà đinh thị lụa phó chủ tịch thường trực ubnd tỉnh trao bằng khen cho mấy mô hình",
     "lụa phó chủ tịch", F1),
    ("person", "Bí thư Tỉnh ủy Nguyễn Anh Chức chỉ đạo hội nghị tổng kết dân vận Hà Nam 2022 ra sao?",
     "Bí thư Tỉnh ủy Nguyễn Anh Chức", F1),
    ("organisation", "uy ban mttq tinh ha nam tong ket dan van kheo 2022 vao chieu hom nao", "uy ban mttq tinh", F1),
    ("organisation", "nam 2022 so tu phap ha nam trao giay khen dan van cho nhung don vi nao", "so tu phap", F1),
    ("not_said", "Hà Nam năm 2022 có bao nhiêu tập thể, cá nhân được khen thưởng về dân vận?", None, F1),
    ("not_said", "bai tong ket dan van ha nam 2022 do phong vien nao viet", None, F1),

    # --- 002 giao ban quý I/2019 (no place swap: its province is not named) ---
    ("year", "Giao ban công tác dân vận quý I năm 2020 của Ban Dân vận Tỉnh ủy có ai dự?", "quý I năm 2020", F2),
    ("year", "dịp tết mậu tuất tỉnh tổ chức mấy đoàn công tác thăm chúc tết", "mậu tuất", F2),
    ("quarter", "Hội nghị giao ban dân vận quý cuối năm 2019 của tỉnh đánh giá kết quả gì?", "quý cuối năm 2019", F2),
    ("quarter", "3 tháng cuối năm 2019 tỉnh trao bao nhiêu lượt quà cho hộ khó khăn?", "3 tháng cuối năm 2019", F2),
    ("date", "ngay 10/4/2019 ban dan van tinh uy giao ban dan van co ai du", "10/4/2019", F2),
    ("document", "ke hoach so 45 cua tinh uy ve nam dan van chinh quyen 2019 yeu cau gi", "ke hoach so 45", F2),
    ("person", "Phó Chủ tịch UBND tỉnh Lê Văn Thành có ý kiến gì ở hội nghị giao ban ngày 28/3/2019?", "Lê Văn Thành", F2),
    ("person", "chu tich ubnd tinh nguyen long hai phat bieu gi o giao ban dan van quy i/2019",
     "chu tich ubnd tinh nguyen long hai", F2),
    ("organisation", "Văn phòng Tỉnh ủy tổ chức giao ban dân vận quý I/2019 vào ngày nào?", "Văn phòng Tỉnh ủy", F2),
    ("not_said", "Giao ban dân vận quý I/2019 trong bài là của tỉnh nào vậy?", None, F2),
    ("not_said", "12 đoàn công tác thăm chúc tết Kỷ Hợi do những lãnh đạo nào dẫn đầu?", None, F2),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội ---
    ("place", "Quận ủy Hai Bà Trưng phát huy tiềm năng vươn lên cùng các đơn vị trong cụm ra sao?", "Hai Bà Trưng", F3),
    ("place", "tay ho 2019 ky chuong trinh phoi hop nam dan van chinh quyen giua bdv quan uy va ubnd quan", "tay ho", F3),
    ("place", "Phường Quan Hoa chia sẻ kinh nghiệm QCDC trong GPMB ở tọa đàm cụm thi đua thế nào?", "Quan Hoa", F3),
    ("place", "cụm thi đua dân vận các quận ủy sơ kết 6 tháng đầu 2019 ra sao ở đà nẵng", "đà nẵng", F3),
    ("year", "Sơ kết 6 tháng đầu năm 2021, cụm thi đua dân vận các quận ủy HN bàn chuyện gì?",
     "6 tháng đầu năm 2021", F3),
    ("quarter", "Hội nghị tổng kết cả năm 2019 của cụm thi đua các quận ủy HN diễn ra khi nào?", "cả năm 2019", F3),
    ("date", "cum thi dua quan uy ha noi hop toa dam hom 22/7/2019 noi gi", "22/7/2019", F3),
    ("document", "nq tw 4 khoa xiii duoc cac quan ha noi long ghep vao dan van kheo ra sao", "khoa xiii", F3),
    ("document", "Chỉ thị số 05-CT/TW năm 2021 của Bộ Chính trị được các quận ủy gắn với Dân vận khéo ra sao?",
     "05-CT/TW năm 2021", F3),
    ("person", "ông trần việt hà chủ tịch ubnd quận cầu giấy tham luận gì ở cụm thi đua", "hà chủ tịch ubnd quận", F3),
    ("person", "Đồng chí Lê Thị Hằng, Trưởng Ban Dân vận Thành ủy Hà Nội, chỉ đạo gì ở hội nghị cụm thi đua?",
     "Lê Thị Hằng", F3),
    ("organisation", "Cụm thi đua Mặt trận các quận Hà Nội sơ kết 6 tháng đầu năm 2019 tọa đàm về gì?",
     "Cụm thi đua Mặt trận", F3),
    ("not_said", "Hội nghị cụm thi đua dân vận các quận ủy ngày 9/7/2019 diễn ra ở hội trường nào?", None, F3),
    ("not_said", "nam 2019 cac quan trong cum to chuc bao nhieu hoi nghi doi thoai voi dan", None, F3),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ ---
    ("place", "Bí thư Thành ủy Hải Phòng làm việc với Ban Dân vận ngày 28/4/2020 chỉ đạo đẩy mạnh phong trào gì?",
     "Hải Phòng", F4),
    ("place", "Trưởng ban Dân vận huyện Thạch Thất phát biểu gì khi Bí thư Huệ làm việc với BDV?", "Thạch Thất", F4),
    ("place", "doi song dong bao dan toc thieu so huyen my duc cai thien the nao theo bdv thanh uy", "my duc", F4),
    ("place", "Đoàn kiểm tra số 1 tổng kết Quyết định 290 làm việc hôm nào ở Quảng Ninh?", "Quảng Ninh", F4),
    ("place", "ninh bình: bí thư tỉnh ủy yêu cầu cán bộ dân vận đắm mình vào thực tiễn thế nào", "ninh bình", F4),
    ("year", "ngày 28/4/2022 bí thư thành ủy hà nội làm việc với ban dân vận về gì", "28/4/2022", F4),
    ("year", "Hà Nội thực hiện Năm Dân vận khéo 2021 ra sao theo Bí thư Thành ủy?", "khéo 2021", F4),
    ("quarter", "hà nội quý II/2021 dân vận thành ủy làm được gì", "quý II/2021", F4),
    ("date", "Ngày 18/5/2020 Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy về những gì?", "18/5/2020", F4),
    ("date", "hôm 2/6 bí thư hà nội tiếp đoàn kiểm tra của ban chỉ đạo trung ương à", "2/6", F4),
    ("document", "ha noi chuan bi tong ket 10 nam thuc hien ket luan 120-kl/tw the nao", "120-kl/tw", F4),
    ("document", "bo chinh tri ra quyet dinh so 290 nam 2020 ve quy che dan van a", "290 nam 2020", F4),
    ("person", "Chủ tịch Quốc hội Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội hôm 28/4/2020 nói gì?",
     "Chủ tịch Quốc hội Vương Đình Huệ", F4),
    ("person", "Trưởng Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa nêu những tồn tại gì?",
     "Trưởng Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa", F4),
    ("person", "ong nguyen van suu bao cao gi voi bi thu hue ve dan van thu do", "nguyen van suu", F4),
    ("organisation", "Ban Dân vận Trung ương báo cáo gì với Bí thư Hà Nội Vương Đình Huệ ngày 28/4/2020?",
     "Ban Dân vận Trung ương", F4),
    ("organisation", "Sở Y tế phối hợp với Ban Dân vận Thành ủy Hà Nội chống dịch COVID-19 ra sao?", "Sở Y tế", F4),
    ("not_said", "Ông Huệ muốn bao giờ tổ chức đối thoại chuyên đề về rác thải, ùn tắc giao thông?", None, F4),
    ("not_said", "tính đến năm 2019 thủ đô có tất cả mấy mô hình dân vận khéo", None, F4),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line)
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bot, chúc bot buổi trưa vui vẻ"),
    ("greeting", "chao ca nha, chao bot luon"),
    ("greeting", "Xin chào, mình là cán bộ phường mới vào nhóm"),
    ("thanks", "cảm ơn bot nhé, thông tin chuẩn quá"),
    ("thanks", "cam on bot nhe"),
    ("thanks", "@danvan_bot thanks nhiều nha"),
    ("thanks", "em cảm ơn bot ạ 🙏🙏"),
    ("farewell", "thôi mình off đây, chào cả nhà"),
    ("farewell", "tam biet bot nha, mai hoi tiep"),
    ("farewell", "chúc bot cuối tuần vui vẻ, bye"),
    ("identity", "bot là ai thế, của cơ quan nào"),
    ("identity", "ban la tro ly ao a"),
    ("capability", "bot trả lời được về những bài báo nào"),
    ("capability", "bot co doc duoc file word khong"),
    ("help", "hướng dẫn cách hỏi bot cho nhanh với"),
    ("help", "bot nay dung kieu gi vay, chi voi"),
    ("ack", "dạ vâng, em nắm rồi ạ"),
    ("ack", "ok rõ rồi"),
    ("ack", "uh oke"),
    ("emoji", "👍👏"),
    ("emoji", "🙂"),
    ("laughter", "hahaha bot vui tính ghê"),
    ("praise", "bot trả lời nhanh và đúng quá"),
    ("praise", "bot lam tot lam"),
    ("complaint", "sao bot trả lời chậm thế"),
    ("complaint", "bot hieu sai cau hoi roi"),
    ("chitchat", "bot ơi hôm nay có nóng không"),
    ("chitchat", "bot làm việc cả chủ nhật à"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# one or two word-level slips; syllables stay separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 TP Hưng Yên ---
    (F0, "Ban Dân vận Thành ủy Hưng Yên nắm bắc tâm tư nguyện vọng của ai?",
         "Ban Dân vận Thành ủy Hưng Yên nắm bắt tâm tư nguyện vọng của ai?",
         ["Nắm bắt tâm tư, nguyện vọng chính đáng của các tầng lớp nhân dân"],
         "Tâm tư, nguyện vọng chính đáng của các tầng lớp nhân dân"),
    (F0, "de an 02 tinh uy hung yen ky ngya nao",
         "de an 02 tinh uy hung yen ky ngay nao",
         ["đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"], "Ngày 15/8/2016"),
    (F0, "Ở TP Hưng Yên, khối dân vận phường xã vận đọng dân chấp hàn việc gì?",
         "Ở TP Hưng Yên, khối dân vận phường xã vận động dân chấp hành việc gì?",
         ["chấp hành và thực hiện tốt công tác giải phóng mặt bằng"],
         "Chấp hành và thực hiện tốt công tác giải phóng mặt bằng phục vụ các dự án"),
    (F0, "Hưng Yên nửa đầu năm 2020 tuyên chuyền vận động dân thực hiện những gì?",
         "Hưng Yên nửa đầu năm 2020 tuyên truyền vận động dân thực hiện những gì?",
         ["thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước"],
         "Chủ trương, chính sách của Đảng, pháp luật của Nhà nước; phòng chống dịch Covid-19; GPMB"),
    (F0, "vũ văn thuầm giữ chức gì ở thành phố hưng yên",
         "vũ văn thuần giữ chức gì ở thành phố hưng yên",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Phó chủ tịch UBND thành phố"),
    (F0, "Thành ủy Hưng Yên tổ chức giao ban dân vận vào chiều ngày máy?",
         "Thành ủy Hưng Yên tổ chức giao ban dân vận vào chiều ngày mấy?",
         ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7 (2020)"),
    (F0, "tp hung yen giai quyet che do cho doi tuogn nao",
         "tp hung yen giai quyet che do cho doi tuong nao",
         ["chế độ chính sách cho các hộ, đối tượng gia đình chính sách"],
         "Các hộ, đối tượng gia đình chính sách"),

    # --- 001 Hà Nam ---
    (F1, "Năm 2022 Hà Nam triển khai dân vận gắn với cải cáck gì?",
         "Năm 2022 Hà Nam triển khai dân vận gắn với cải cách gì?",
         ["đẩy mạnh cải cách thủ tục hành chính"], "Cải cách thủ tục hành chính"),
    (F1, "Mô hình dvk Hà Nam 2023 phải nhắm vào nhữg nhiệm vụ nào?",
         "Mô hình dvk Hà Nam 2023 phải nhắm vào những nhiệm vụ nào?",
         ["hướng vào các nhiệm vụ chính trị trọng tâm"],
         "Các nhiệm vụ chính trị trọng tâm, những việc mới, việc khó"),
    (F1, "Phó Chủ tịch Thường trực UBND tỉn Hà Nam năm 2022 là ai?",
         "Phó Chủ tịch Thường trực UBND tỉnh Hà Nam năm 2022 là ai?",
         ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"],
         "Đồng chí Nguyễn Anh Chức"),
    (F1, "Đinh Thị Lụa biểu dươn những kết quả gì?",
         "Đinh Thị Lụa biểu dương những kết quả gì?",
         ["đánh giá cao những kết quả đạt được trong công tác dân vận năm 2022"],
         "Những kết quả đạt được trong công tác dân vận năm 2022"),
    (F1, "năm 2023 hà nam muốn giải quyết nguyện vộng hợp pháp của những ai",
         "năm 2023 hà nam muốn giải quyết nguyện vọng hợp pháp của những ai",
         ["nguyện vọng hợp pháp, chính đáng của Nhân dân, của các cá nhân"],
         "Của Nhân dân, của các cá nhân, tổ chức tôn giáo"),
    (F1, "Năm 2022 MTTQ tỉnh Hà Nam có chú trọg phát triễn tổ chức không?",
         "Năm 2022 MTTQ tỉnh Hà Nam có chú trọng phát triển tổ chức không?",
         ["Chú trọng công tác phát triển tổ chức"],
         "Có: chú trọng phát triển tổ chức, phát triển đảng viên, đoàn viên, hội viên mới"),
    (F1, "ha nam 2022 mo hinh dan van kheo thu hut nhung ai tham gai",
         "ha nam 2022 mo hinh dan van kheo thu hut nhung ai tham gia",
         ["thu hút được đông đảo cán bộ công chức, viên chức"],
         "Cán bộ công chức, viên chức, cán bộ chiến sĩ LLVT, đoàn viên, hội viên và Nhân dân"),
    (F1, "Hà Nam dặn không để vụ việc phứt tạp ảnh hưởng tới điều gì?",
         "Hà Nam dặn không để vụ việc phức tạp ảnh hưởng tới điều gì?",
         ["an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh"],
         "An ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh"),
    (F1, "ha nam 2022 chinh quyen gan dan van voi phong chong dihc gi",
         "ha nam 2022 chinh quyen gan dan van voi phong chong dich gi",
         ["phòng, chống dịch bệnh Covid-19"], "Dịch bệnh Covid-19"),

    # --- 002 giao ban quý I/2019 ---
    (F2, "Ba tháng đầu 2019, ban dân vận các cấp giúp cấp ủy chỉ đạo nhữngg việc gì?",
         "Ba tháng đầu 2019, ban dân vận các cấp giúp cấp ủy chỉ đạo những việc gì?",
         ["chỉ đạo công tác dân vận, dân tộc, tôn giáo"],
         "Công tác dân vận, dân tộc, tôn giáo, thực hiện quy chế dân chủ ở cơ sở"),
    (F2, "tết kỷ hợi tỉnh chi hếtt mấy tỷ cho qùa",
         "tết kỷ hợi tỉnh chi hết mấy tỷ cho quà",
         ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    (F2, "Ông Hoàng Văn Nghiệm kiêm chứt gì ở HĐND tỉnh?",
         "Ông Hoàng Văn Nghiệm kiêm chức gì ở HĐND tỉnh?",
         ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"], "Chủ tịch HĐND tỉnh"),
    (F2, "Các cấp chính quyền quý I/2019 nâng cao trác nhiệm gì?",
         "Các cấp chính quyền quý I/2019 nâng cao trách nhiệm gì?",
         ["nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"],
         "Trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    (F2, "Tỉnh muốn bồi dưởng nâng cao gì cho cán bộ dân vận?",
         "Tỉnh muốn bồi dưỡng nâng cao gì cho cán bộ dân vận?",
         ["trình độ, năng lực cho đội ngũ cán bộ làm công tác dân vận"], "Trình độ, năng lực"),
    (F2, "Trong quý I/2019 lực lượng vũ trang tuyen truyền vận động ai?",
         "Trong quý I/2019 lực lượng vũ trang tuyên truyền vận động ai?",
         ["tuyên truyền, vận động hội viên, nhân dân tham gia"], "Hội viên, nhân dân"),
    (F2, "tinh to chuc may doan kiem tra luc luong truc tet ky hoii",
         "tinh to chuc may doan kiem tra luc luong truc tet ky hoi",
         ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn kiểm tra"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội ---
    (F3, "Các quận Hà Nội năm 2019 tham mưu chỉ đạo cơ sở thực hiện quy chê gì?",
         "Các quận Hà Nội năm 2019 tham mưu chỉ đạo cơ sở thực hiện quy chế gì?",
         ["thực hiện quy chế dân chủ, phát huy vai trò làm chủ"], "Quy chế dân chủ (cùng bổ sung hương ước, quy ước)"),
    (F3, "Ông Nguyễn Văn Chiếng giữ chức vụ gì ở quận ủy?",
         "Ông Nguyễn Văn Chiến giữ chức vụ gì ở quận ủy?",
         ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"], "UVTV, Trưởng Ban Dân vận Quận ủy"),
    (F3, "Nhiệm vụ năm nào bà Tuyến dặn cụm tiếp tụt làm?",
         "Nhiệm vụ năm nào bà Tuyến dặn cụm tiếp tục làm?",
         ["tiếp tục thực hiện nhiệm vụ “Năm Dân vận chính quyền” 2019"], "“Năm Dân vận chính quyền” 2019"),
    (F3, "Cụm thi đua các quận ủy đề ra phương pháp đẻ làm gì?",
         "Cụm thi đua các quận ủy đề ra phương pháp để làm gì?",
         ["đề ra các phương pháp để nâng cao hiệu quả"],
         "Để nâng cao hiệu quả, lựa chọn mô hình điểm phù hợp thực tiễn từng địa phương"),
    (F3, "Phong trào dân vận khéo các quận được ai hưởng ứg?",
         "Phong trào dân vận khéo các quận được ai hưởng ứng?",
         ["đông đảo các tầng lớp nhân dân tích cực hưởng ứng"],
         "Các cơ quan trong hệ thống chính trị và đông đảo các tầng lớp nhân dân"),
    (F3, "cac quan ha noi 2019 quan tam tiep thu y kein cua ai",
         "cac quan ha noi 2019 quan tam tiep thu y kien cua ai",
         ["tiếp thu ý kiến của MTTQ, các đoàn thể và nhân dân"],
         "Của MTTQ, các đoàn thể và nhân dân"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ ---
    (F4, "Ban Dân vận Hà Nội sẽ nâng cao hiệu quã công tác gì?",
         "Ban Dân vận Hà Nội sẽ nâng cao hiệu quả công tác gì?",
         ["nâng cao hiệu quả công tác dự báo tình hình"],
         "Công tác dự báo tình hình và tham mưu giải quyết kịp thời vấn đề dân sinh, bức xúc"),
    (F4, "Ông Huệ muốn dân vận Hà Nội xây dựg kế hoạch, đề án cho việc gì?",
         "Ông Huệ muốn dân vận Hà Nội xây dựng kế hoạch, đề án cho việc gì?",
         ["xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc"],
         "Để giải quyết cụ thể từng vụ việc, vấn đề (vụ việc “nóng”)"),
    (F4, "Phong trào Dân vận khéo ở Hà Nội được những ai quang tâm chỉ đạo?",
         "Phong trào Dân vận khéo ở Hà Nội được những ai quan tâm chỉ đạo?",
         ["được các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc"],
         "Các cấp ủy Đảng, chính quyền, MTTQ, các tổ chức chính trị, xã hội từ thành phố đến cơ sở"),
    (F4, "Bí thư Vương Đình Huệ kết luận buổi làm việc ghi nhận kết quả nổi bậc của ai?",
         "Bí thư Vương Đình Huệ kết luận buổi làm việc ghi nhận kết quả nổi bật của ai?",
         ["kết quả nổi bật của Ban Dân vận Thành ủy và hệ thống dân vận"],
         "Của Ban Dân vận Thành ủy và hệ thống dân vận các cấp"),
    (F4, "ha noi dan van phai tap trung xu ly diem nogn the nao",
         "ha noi dan van phai tap trung xu ly diem nong the nao",
         ["tập trung xử lý điểm nóng, vấn đề phức tạp trên địa bàn"],
         "Tập trung xử lý điểm nóng, vấn đề phức tạp trên địa bàn"),
    (F4, "Bí thư Huệ muốn dân vận tham gia giải quyết vụ việc có tác đông tới điều gì?",
         "Bí thư Huệ muốn dân vận tham gia giải quyết vụ việc có tác động tới điều gì?",
         ["ảnh hưởng lớn đến tâm tư, dư luận xã hội"], "Tâm tư, dư luận xã hội"),
    (F4, "Hà Nội phát huy vai trò nêu gươn của những ai?",
         "Hà Nội phát huy vai trò nêu gương của những ai?",
         ["vai trò nêu gương của đội ngũ cán bộ, đảng viên"],
         "Đội ngũ cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, tổ chức Đảng, cơ quan, địa phương, đơn vị"),
    (F4, "ban dan van ha noi quan tam giai quyet kien nghi nguyen vongg gi cua dan",
         "ban dan van ha noi quan tam giai quyet kien nghi nguyen vong gi cua dan",
         ["những kiến nghị, nguyện vọng hợp pháp, chính đáng của nhân dân"],
         "Những kiến nghị, nguyện vọng hợp pháp, chính đáng của nhân dân"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Hồ sơ xin trợ cấp hộ nghèo gồm những giấy tờ gì?",
    "thu tuc cap lai giay khai sinh bi mat",
    "Tiền điện bậc thang hiện nay tính thế nào?",
    "gia lua gao hom nay o an giang",
    "Giá thịt lợn ở chợ Hà Nội hôm nay bao nhiêu một cân?",
    "Cuối tuần này Hưng Yên có mưa không?",
    "thoi tiet ha nam ngay mai the nao",
    "Rét đậm rét hại năm nay khi nào bắt đầu?",
    "Đội tuyển bóng đá nữ Việt Nam đá World Cup năm nào?",
    "lich thi dau v-league vong toi",
    "Giải Hà Nội Marathon năm nay tổ chức ngày nào?",
    "Bị cao huyết áp có nên uống cà phê không?",
    "tiem vac xin covid mui 4 co can khong",
    "Trẻ bị ho về đêm thì làm sao?",
    "Chi bộ thôn sinh hoạt định kỳ mỗi tháng mấy lần?",
    "Thủ tục chuyển sinh hoạt đảng chính thức ra ngoài tỉnh thế nào?",
    "bi thu chi bo thon co duoc huong phu cap khong",
    "Nhiệm kỳ Đại hội chi bộ là mấy năm?",
    "Cách ghi phiếu đánh giá, xếp loại chất lượng đảng viên cuối năm",
    "Luật Đất đai mới bồi thường đất nông nghiệp bị thu hồi ra sao?",
    "Cán bộ công chức nghỉ hưu sớm theo Nghị định 178 được hưởng chế độ gì?",
    "Hà Nội có bao nhiêu phường sau khi sắp xếp năm 2025?",
    "cau giay co nhung diem vui choi nao cho tre em",
    "Hưng Yên có những đặc sản gì ngoài nhãn lồng?",
    "Hà Nam mua chè kho ở đâu ngon?",
    "MTTQ Việt Nam hiện có bao nhiêu tổ chức thành viên?",
    "dan van kheo tieng anh dich la gi",
    "Cách làm slide thuyết trình báo cáo tổng kết cho đẹp",
    "Tết Nguyên đán năm sau rơi vào ngày dương lịch nào?",
    "covid-19 lan dau xuat hien o viet nam khi nao",
    "Điều kiện để được kết nạp vào Hội Cựu chiến binh là gì?",
    "Quy trình tiếp công dân của UBND xã gồm mấy bước?",
    "đổi thẻ bảo hiểm y tế bị rách ở đâu",
    "Thủ đô của Canada là thành phố nào?",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 8, "quarter": 6, "date": 6, "not_said": 8,
         "document": 6, "person": 8, "organisation": 6}
MINS = {"answerable11": 60, "near_misses11": 70, "off_topic11": 30, "smalltalk11": 24, "slips11": 30}


def unmarked(q):
    return q == strip_marks(q)


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)

    answerable = answerable_rows(ANSWERABLE, 11, ANSWER_KINDS, gold_ok, errors)

    # --- near misses
    cross_used = []

    def no_place_swap_on_f2(tag, swapped, src):
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")

    near = near_miss_rows(NEAR_MISSES, 11, SWAPS, arts, CROSS, errors, cross_used, no_place_swap_on_f2)
    small = smalltalk_rows(SMALLTALK, 11, INTENTS, errors)

    # --- slips
    slips = []
    for i, (fname, q, correct, snips, ans) in enumerate(SLIPS, 1):
        tag = f"s11_{i:03d}"
        gold_ok(fname, snips, tag)
        a, b = q.split(), correct.split()
        if len(a) != len(b):
            errors.append(f"{tag}: slip has {len(a)} words, its correction {len(b)} (merged/split words)")
        changed = changed_words(q, correct)
        if q == correct or not 1 <= changed <= 2:
            errors.append(f"{tag}: slip differs from correction in {changed} words")
        if re.findall(r"\d+", q) != re.findall(r"\d+", correct):
            errors.append(f"{tag}: digits differ between slip and correction")
        if not ans.strip():
            errors.append(f"{tag}: empty answer")
        slips.append({"id": tag, "question": q, "correct": correct, "file": fname,
                      "gold_snippets": snips, "kind": "slip", "answer": ans})

    off = off_topic_rows(OFF_TOPIC, 11)

    # --- global checks
    sets = {"answerable11": answerable, "near_misses11": near, "off_topic11": off,
            "slips11": slips, "smalltalk11": small}
    check_repeats(sets, 11, errors)
    kc, sc = check_counts(sets, MINS, answerable, near, ANSWER_KINDS, SWAPS, errors)
    shares = {}
    for sname, rows, key, need in (("answerable11", answerable, "question", 0.22),
                                   ("near_misses11", near, "question", 0.25),
                                   ("off_topic11", off, "question", 0.25),
                                   ("slips11", slips, "correct", 0.15),
                                   ("smalltalk11", small, "question", 0.25)):
        n = sum(1 for r in rows if unmarked(r[key]))
        shares[sname] = (n, len(rows))
        if n < need * len(rows):
            errors.append(f"{sname}: only {n} of {len(rows)} without diacritics (< {need:.0%})")
    if len({r["file"] for r in slips}) != 5:
        errors.append("slips11: not all five articles used")
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 11)

    print("answerable kinds:", dict(sorted(kc.items())))
    print("answerable files:", dict(sorted(collections.Counter(r["file"][:3] for r in answerable).items())))
    print("near miss swapped:", dict(sorted(sc.items())), "| cross-article values:", cross_used)
    print("near miss source files:", dict(sorted(collections.Counter(s[3][:3] for s in NEAR_MISSES).items())))
    print("smalltalk intents:", dict(sorted(collections.Counter(r["intent"] for r in small).items())))
    print("slips files:", dict(sorted(collections.Counter(r["file"][:3] for r in slips).items())))
    print("without diacritics:", {k: f"{n}/{m}" for k, (n, m) in shares.items()})
    print("all checks passed")


if __name__ == "__main__":
    main()
