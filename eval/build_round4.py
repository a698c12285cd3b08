"""Round 4 of the eval sets: the questions as written (from the five articles only), checked
(gold snippets are exact substrings of one line; swapped values appear in no article) and split
once with random.Random(4) into *_tune / *_test.  python3 eval/build_round4.py rewrites them."""
import json, random, re, unicodedata
from pathlib import Path
EVAL = Path(__file__).resolve().parent
C = str(EVAL.parent / 'corpus') + '/'
F0='000_5a9b3b7dfacef25e.txt';F1='001_27ba131a02d350d8.txt';F2='002_ef43287c4973310c.txt';F3='003_ca5f81a200f39648.txt';F4='004_33644b7a64d47b6f.txt'
LINES={f:open(C+f,encoding='utf-8').read().split('\n') for f in [F0,F1,F2,F3,F4]}
def check(f,snips):
    for ln in LINES[f]:
        if all(s in ln for s in snips): return True
    return False

A=[ # (file, kind, question, snippets, answer)
# ---- 000 (13)
(F0,'ai','Trưởng Ban Dân vận Thành ủy TP Hưng Yên năm 2020 là ai?',['Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy'],'Đồng chí Lương Công Chanh, Ủy viên BTV Thành ủy, Trưởng Ban Dân vận Thành ủy, kiêm Chủ tịch UBMTTQVN thành phố.'),
(F0,'ai','cho mình hỏi ai phát biểu ghi nhận kết quả dân vận 6 tháng đầu năm 2020 của thành phố vậy',['Cao Quang Hưng - Tỉnh ủy viên','ghi nhận những kết quả ban Dân vận thành phố'],'Đồng chí Cao Quang Hưng (Tỉnh ủy viên, Phó trưởng Ban Thường trực Ban Dân vận Tỉnh ủy) và đồng chí Nguyễn Chí Thanh (Phó Bí thư thường trực Thành ủy).'),
(F0,'khi_nao','Thành ủy giao ban công tác dân vận 6 tháng đầu năm 2020 hôm nào?',['Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban'],'Chiều ngày 2/7/2020.'),
(F0,'khi_nao','Đề án 02 của BTV Tỉnh ủy về dân vận của cơ quan hành chính ban hành ngày nào vậy ad',['đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy'],'Ngày 15/8/2016.'),
(F0,'la_gi','đề án số 02 của BTV tỉnh ủy là về nội dung gì?',['công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp'],'Nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp, giai đoạn 2016–2020.'),
(F0,'o_dau','Phong trào "Chiều thứ 6" vì môi trường sạch đẹp là của thành phố nào?',['Vì môi trường thành phố Hưng Yên sạch - đẹp'],'Thành phố Hưng Yên (phong trào “Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”).'),
(F0,'nhu_the_nao','Khối dân vận phường, xã đã làm gì để phục vụ GPMB các dự án năm 2020?',['khối dân vận các phường, xã đã tập trung tuyên truyền, vận động nhân dân'],'Tập trung tuyên truyền, vận động nhân dân chấp hành và thực hiện tốt công tác giải phóng mặt bằng phục vụ các dự án.'),
(F0,'nhu_the_nao','Ban dân vận Thành ủy đã tham mưu cho cấp ủy như thế nào trong 6 tháng đầu 2020?',['nắm tình hình hoạt động của MTTQ, các đoàn thể, hội quần chúng','duy trì nề nếp giao ban công tác dân vận'],'Tham mưu giúp cấp ủy nắm tình hình hoạt động của MTTQ, đoàn thể, hội quần chúng; duy trì giao ban dân vận; thực hiện quy chế dân chủ ở cơ sở; giải quyết vấn đề mới nảy sinh.'),
(F0,'paraphrase','Nửa sau năm 2020, mảng vận động quần chúng của thành phố đặt trọng tâm vào việc gì?',['Tiếp tục đẩy mạnh công tác tuyên truyền, vận động các tầng lớp nhân dân'],'Đẩy mạnh tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, pháp luật; chào mừng Đại hội đại biểu thành phố khóa XXI; rà soát lĩnh vực còn bức xúc; thực hiện Chương trình 10; phong trào “Chiều thứ 6”; quy chế dân chủ.'),
(F0,'paraphrase','Hồi đầu 2020 dịch corona, bà con thành phố được khuyến khích những gì?',['động viên các tầng lớp nhân dân phòng chống dịch bệnh Covid - 19'],'Động viên nhân dân phòng chống dịch Covid-19 và tích cực lao động, phát triển sản xuất sau dịch.'),
(F0,'bao_nhieu','Đại hội đại biểu Đảng bộ thành phố sắp tới (2020) là khóa thứ mấy?',['Đại hội đại biểu thành phố khóa XXI'],'Khóa XXI.'),
(F0,'keywords','chương trình 10 BCH đảng bộ thành phố',['Chương trình 10 của BCH đảng bộ thành phố'],'Ban Dân vận tham mưu giúp BTV Thành ủy chỉ đạo, hướng dẫn tiếp tục thực hiện có hiệu quả Chương trình 10 của BCH Đảng bộ thành phố.'),
(F0,'no_diacritics','luc luong vu trang thanh pho 6 thang dau nam 2020 lam duoc gi',['Lực lượng vũ trang thành phố tiếp tục bám sát địa bàn','đảm bảo an ninh chính trị, TTATXH tại các cơ sở'],'Tiếp tục bám sát địa bàn, triển khai tốt nhiệm vụ, đảm bảo an ninh chính trị, TTATXH tại cơ sở.'),
# ---- 001 (20)
(F1,'khi_nao','Hà Nam tổng kết công tác dân vận năm 2022 vào ngày nào?',['Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết'],'Chiều ngày 20/12 (năm 2022).'),
(F1,'ai','Trưởng Ban Dân vận Tỉnh ủy Hà Nam là ai',['Đinh Thị Lụa','kiêm Trưởng Ban Dân vận Tỉnh ủy'],'Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy.'),
(F1,'ai','ai trao bằng khen cho 10 mô hình DVK cấp tỉnh ở Hà Nam?',['Nguyễn Anh Chức','Phó Chủ tịch Thường trực UBND tỉnh trao Bằng khen'],'Đồng chí Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.'),
(F1,'bao_nhieu','Hà Nam năm 2022 công nhận được bao nhiêu mô hình Dân vận khéo?',['306 mô hình “Dân vận khéo” của các cơ quan, tổ chức, đơn vị'],'306 mô hình “Dân vận khéo”.'),
(F1,'bao_nhieu','có mấy mô hình dân vận khéo cấp tỉnh được UBND tỉnh Hà Nam tặng bằng khen',['Tại hội nghị có 10 mô hình'],'10 mô hình.'),
(F1,'la_gi','Quyết định 23 của Bộ Chính trị ngày 30/7/2021 ban hành cái gì?',['Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị','Quy chế công tác dân vận của hệ thống chính trị'],'Ban hành “Quy chế công tác dân vận của hệ thống chính trị”.'),
(F1,'la_gi','Chỉ thị 08 BTV Tỉnh ủy Hà Nam là về vấn đề gì',['Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo'],'“Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo của hệ thống chính trị trong tình hình mới” (ngày 13/10/2021).'),
(F1,'khi_nao','Quy chế số 05 của BTV Tỉnh ủy Hà Nam ra ngày nào?',['Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy'],'Ngày 09/12/2021.'),
(F1,'khi_nao','Quy định 124 của Ban Bí thư ban hành khi nào?',['Quy định số 124, ngày 02/02/2018 của Ban Bí thư'],'Ngày 02/02/2018.'),
(F1,'o_dau','mô hình Chính quyền thân thiện vì Nhân dân phục vụ được thực hiện ở cấp nào?',['Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'],'Ở cấp huyện và cấp xã.'),
(F1,'o_dau','Quy chế 05 về công tác dân vận của hệ thống chính trị là của tỉnh nào?',['Công tác dân vận của hệ thống chính trị tỉnh Hà Nam'],'Tỉnh Hà Nam (Quy chế số 05 ngày 09/12/2021 của BTV Tỉnh ủy).'),
(F1,'o_dau','bài tổng kết dân vận năm 2022 của Ban Dân vận Tỉnh ủy Hà Nam lấy nguồn ở đâu?',['Nguồn Báo Hà Nam'],'Báo Hà Nam.'),
(F1,'nhu_the_nao','BCĐ phong trào Dân vận khéo Hà Nam xử lý các mô hình làm hình thức như thế nào?',['loại bỏ những mô hình hoạt động hình thức, kém hiệu quả'],'Rà soát, đánh giá các mô hình năm 2021 và giai đoạn trước để loại bỏ mô hình hình thức, kém hiệu quả.'),
(F1,'nhu_the_nao','Năm 2022 Ban Dân vận cấp ủy Hà Nam nắm tình hình tôn giáo ra sao?',['tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn','kịp thời tham mưu, đề xuất các giải pháp'],'Chủ động phối hợp nắm tình hình nhân dân, hoạt động tín ngưỡng, tôn giáo; kịp thời tham mưu, đề xuất giải pháp giúp cấp ủy, chính quyền giải quyết.'),
(F1,'paraphrase','Dịp đón năm Dần, Mặt trận và các hội đoàn thể Hà Nam lo cho đời sống bà con ra sao?',['Phối hợp thực hiện tốt các chính sách an sinh xã hội','nhất là dịp Tết Nguyên đán Nhâm Dần 2022'],'Phối hợp thực hiện tốt các chính sách an sinh xã hội, nhất là dịp Tết Nhâm Dần 2022.'),
(F1,'paraphrase','Lãnh đạo chính quyền Hà Nam có gặp gỡ, trò chuyện trực tiếp với người dân không?',['thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân'],'Có: người đứng đầu cấp ủy, chính quyền thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân.'),
(F1,'keywords','Hà Nam Tết Quý Mão 2023 nắm tâm tư',['nhất là dịp trước, trong và sau Tết Nguyên đán Quý Mão 2023','nắm chắc tình hình tâm tư, nguyện vọng của Nhân dân, công nhân lao động'],'Nắm chắc tâm tư, nguyện vọng của Nhân dân, công nhân lao động, nhất là trước, trong và sau Tết Quý Mão 2023.'),
(F1,'keywords','dân vận khéo Hà Nam 2023 việc mới việc khó',['tập trung vào những việc mới, việc khó'],'Mô hình “Dân vận khéo” hướng vào nhiệm vụ chính trị trọng tâm, tập trung vào việc mới, việc khó, vấn đề bức thiết của địa phương.'),
(F1,'no_diacritics','tiep dan giai quyet don thu o ha nam nam 2023 can lam gi',['nâng cao chất lượng công tác tiếp dân, giải quyết đơn thư'],'Nâng cao chất lượng công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo, những vấn đề bức xúc ngay từ cơ sở.'),
(F1,'no_diacritics','mttq va cac to chuc chinh tri xa hoi ha nam nam 2022 lam gi',['đổi mới nội dung, phương thức hoạt động trong tập hợp, vận động Nhân dân'],'Đổi mới nội dung, phương thức tập hợp, vận động Nhân dân; tham gia các phong trào thi đua, phòng chống Covid-19; phát triển đoàn viên, hội viên; an sinh xã hội.'),
# ---- 002 (8)
(F2,'khi_nao','Giao ban dân vận quý I năm 2019 của Ban Dân vận Tỉnh ủy tổ chức ngày nào?',['Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban'],'Ngày 28/3/2019.'),
(F2,'ai','Chủ tịch HĐND tỉnh dự giao ban dân vận quý 1/2019 là ai',['Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh'],'Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.'),
(F2,'bao_nhieu','Tết Kỷ Hợi tổ chức bao nhiêu đoàn đi thăm, chúc tết gia đình khó khăn, người có công?',['đã tổ chức 12 đoàn công tác thăm, chúc tết'],'12 đoàn công tác.'),
(F2,'bao_nhieu','kinh phí quà tết Kỷ Hợi được bao nhiêu tiền?',['trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng'],'Trên 26 tỷ đồng (trên 62 nghìn lượt quà).'),
(F2,'la_gi','Chủ đề công tác năm 2019 mà Phó Bí thư Thường trực Tỉnh ủy nhắc tới là gì?',['thực hiện chủ đề công tác “Năm Dân vận chính quyền” 2019','kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả'],'“Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả.'),
(F2,'nhu_the_nao','quý I/2019 các cấp chính quyền làm gì để phục vụ dân và doanh nghiệp tốt hơn?',['tăng cường kỷ luật, kỷ cương hành chính','hiệu quả phục vụ người dân và doanh nghiệp'],'Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp.'),
(F2,'paraphrase','Mặt trận được giao lo việc gì cho kỳ đại hội 5 năm 2019-2024?',['Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024'],'MTTQ phối hợp tổ chức tốt Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2019–2024.'),
(F2,'keywords','Đại hội Dân tộc thiểu số tỉnh 2019',['Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019'],'Ban Dân tộc được giao thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019 đảm bảo yêu cầu.'),
# ---- 003 (12)
(F3,'khi_nao','Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm 2019 ngày nào?',['Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội'],'Ngày 09/7/2019.'),
(F3,'ai','Năm 2019 Trưởng Ban Dân vận Thành ủy Hà Nội là ai?',['Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy'],'Đồng chí Nguyễn Thị Tuyến, UVTV Thành ủy, Trưởng Ban Dân vận Thành ủy.'),
(F3,'ai','ai trình bày báo cáo đề dẫn tọa đàm của cụm thi đua dân vận các quận?',['Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy','trình bày báo cáo đề dẫn tọa đàm'],'Đồng chí Nguyễn Văn Chiến, UVTV, Trưởng Ban Dân vận Quận ủy, thay mặt cụm thi đua.'),
(F3,'o_dau','Đ/c Trần Việt Hà là PCT UBND quận nào?',['Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy'],'Quận Cầu Giấy.'),
(F3,'bao_nhieu','hội nghị sơ kết cụm thi đua có đại biểu tham luận của mấy đơn vị?',['đại biểu tham luận của 12 đơn vị trong Cụm'],'12 đơn vị trong Cụm.'),
(F3,'la_gi','Chủ đề buổi tọa đàm của cụm thi đua dân vận các quận ủy HN năm 2019 là gì?',['Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ','trong công tác quản lý trật tự xây dựng'],'“Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ trong công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng”.'),
(F3,'la_gi','Phong trào Dân vận khéo ở các quận gắn với thực hiện chỉ thị nào?',['gắn với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị'],'Chỉ thị số 05-CT/TW của Bộ Chính trị (và Nghị quyết Trung ương 4 khóa XII).'),
(F3,'nhu_the_nao','bà Nguyễn Thị Tuyến đề nghị Ban Dân vận trong cụm phải làm những gì?',['nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức','Đẩy mạnh hơn nữa phong trào thi đua'],'Nâng cao nhận thức về công tác dân vận; rà soát bất cập về giảm nghèo, sáp nhập tổ dân phố; chú trọng kinh tế, GPMB, an sinh; đẩy mạnh “Dân vận khéo”, “Năm Dân vận chính quyền” 2019.'),
(F3,'paraphrase','Năm 2019 ban dân vận quận và UBND quận có ký kết bắt tay gì với nhau không?',['chương trình, kế hoạch phối hợp giữa Ban Dân vận Quận ủy với UBND quận'],'Có: ký kết chương trình, kế hoạch phối hợp giữa Ban Dân vận Quận ủy với UBND quận thực hiện “Năm Dân vận chính quyền” 2019.'),
(F3,'keywords','giảm nghèo sát nhập tổ dân phố',['bất cập trong công tác giảm nghèo, sát nhập các tổ dân phố'],'Đồng chí Nguyễn Thị Tuyến đề nghị tập trung rà soát các chỉ tiêu, vấn đề còn bất cập trong giảm nghèo, sáp nhập tổ dân phố.'),
(F3,'no_diacritics','chu tich hdnd quan cau giay nam 2019 la ai',['Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận','quận Cầu Giấy'],'Đồng chí Phương Kiến Quốc, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận Cầu Giấy.'),
(F3,'no_diacritics','toa dam cum thi dua dan van cac quan chia se kinh nghiem gi',['trong công tác quản lý trật tự xây dựng và giải phóng mặt bằng'],'Kinh nghiệm thực hiện “Quy chế dân chủ” trong quản lý trật tự xây dựng và GPMB; đề ra phương pháp, lựa chọn mô hình điểm phù hợp.'),
# ---- 004 (17)
(F4,'khi_nao','Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội hôm nào?',['Ngày 28/4, Ủy viên Bộ Chính trị, Bí thư Thành ủy'],'Ngày 28/4 (năm 2020).'),
(F4,'ai','Ai báo cáo tại buổi làm việc giữa Bí thư Thành ủy và Ban Dân vận Thành ủy Hà Nội?',['Báo cáo tại buổi làm việc, Phó Trưởng ban Thường trực','Phạm Hải Hoa'],'Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa.'),
(F4,'o_dau','Trưởng ban dân vận quận, huyện nào phát biểu đồng quan điểm ở buổi làm việc với bí thư Huệ?',['Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì'],'Quận Hoàn Kiếm và huyện Ba Vì (cùng Chủ tịch Hội Cựu chiến binh thành phố).'),
(F4,'bao_nhieu','hội nghị tổng kết bao nhiêu năm thực hiện QĐ 290-QĐ/TW?',['Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW'],'10 năm.'),
(F4,'bao_nhieu','Đại hội Đảng bộ TP Hà Nội tiếp theo (năm 2020) là lần thứ mấy?',['Đại hội Đại biểu lần thứ XVII của Đảng bộ thành phố'],'Lần thứ XVII.'),
(F4,'la_gi','QĐ 290-QĐ/TW của Bộ Chính trị khóa X là về việc gì?',['Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị'],'Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị.'),
(F4,'la_gi','Bí thư Huệ muốn đối thoại chuyên đề về những vấn đề gì?',['xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông'],'Xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông...'),
(F4,'o_dau','Công tác nắm tình hình nhân dân ở Hà Nội chưa sâu sát nhất là ở địa bàn nào?',['đặc biệt là ở những địa bàn phức tạp, nhạy cảm'],'Ở những địa bàn phức tạp, nhạy cảm.'),
(F4,'o_dau','ông Vương Đình Huệ là trưởng đoàn ĐBQH của tỉnh thành nào',['Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội Vương Đình Huệ'],'Thành phố Hà Nội.'),
(F4,'nhu_the_nao','Bí thư Huệ yêu cầu cán bộ dân vận phải làm thế nào để hiểu dân?',['phải đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân'],'Phải đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân, nắm chắc tâm tư, nguyện vọng.'),
(F4,'nhu_the_nao','Thời gian tới Ban Dân vận Thành ủy HN sẽ khắc phục hạn chế ra sao?',['nâng cao hiệu quả công tác dự báo tình hình','tham mưu giải quyết kịp thời những vấn đề dân sinh'],'Nâng cao hiệu quả dự báo tình hình, tham mưu giải quyết kịp thời vấn đề dân sinh, bức xúc; tuyên truyền; quản lý nhà nước về dân tộc, tôn giáo.'),
(F4,'paraphrase','Trong đợt chống dịch corona, khối dân vận Thủ đô góp sức ra sao?',['có đóng góp quan trọng vào kết quả kiểm soát dịch của thành phố'],'Ban Dân vận cùng Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể đóng góp quan trọng vào kết quả kiểm soát dịch.'),
(F4,'paraphrase','tới cuối năm 2020 dân vận HN phải giúp người dân sẵn sàng thích nghi thế nào với covid?',['chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới','sống chung với dịch COVID-19'],'Chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19.'),
(F4,'keywords','gói an sinh Chính phủ chi trả Hà Nội',['chi trả hỗ trợ theo các gói an sinh của Chính phủ'],'Hệ thống dân vận Hà Nội phải thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ.'),
(F4,'keywords','đời sống đồng bào dân tộc thiểu số Hà Nội',['Đời sống đồng bào dân tộc thiểu số của thành phố được cải thiện'],'Đời sống đồng bào dân tộc thiểu số của thành phố được cải thiện rõ rệt.'),
(F4,'no_diacritics','bi thu thanh uy ha noi nam 2020 la ai',['Bí thư Thành ủy Hà Nội Vương Đình Huệ'],'Đồng chí Vương Đình Huệ.'),
(F4,'no_diacritics','han che trong giai quyet khieu nai to cao cua dan o ha noi la gi',['có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài'],'Việc tiếp nhận, xử lý phản ánh, giải quyết khiếu nại, tố cáo có nơi, có lúc chưa kịp thời, dứt điểm để vụ việc kéo dài.'),
]

N=[ # (question, swapped, swapped_value_for_grep)
('Bắc Ninh năm 2022 công nhận bao nhiêu mô hình Dân vận khéo?','place','Bắc Ninh'),
('Ban Dân vận Tỉnh ủy Thái Bình tổng kết công tác dân vận năm 2022 vào ngày nào?','place','Tỉnh ủy Thái Bình'),
('truong ban dan van thanh uy hai phong nam 2019 la ai','place','Hải Phòng'),
('Phó Chủ tịch UBND quận Đống Đa trình bày tham luận gì về quy chế dân chủ trong GPMB?','place','Đống Đa'),
('phong trao chieu thu 6 vi moi truong sach dep o thanh pho hai duong','place','Hải Dương'),
('Quy chế số 05 của BTV Tỉnh ủy về công tác dân vận của hệ thống chính trị tỉnh Ninh Bình ban hành ngày nào?','place','Ninh Bình'),
('Đà Nẵng: Bí thư Thành ủy làm việc với Ban Dân vận Thành ủy ngày nào?','place','Đà Nẵng'),
('Giao ban công tác dân vận 6 tháng đầu năm 2020 của Thành ủy Nam Định có những ai dự?','place','Nam Định'),
('cum thi dua dan van cac quan uy tp can tho so ket 6 thang dau nam 2019 ngay nao','place','Cần Thơ'),
('Hà Nam năm 2017 công nhận bao nhiêu mô hình Dân vận khéo?','year','2017'),
('Giao ban công tác dân vận quý I năm 2017 tổ chức ngày nào?','year','2017'),
('giao ban dan van 6 thang dau nam 2025 cua thanh uy hung yen co ai du','year','2025'),
('Năm 2025, Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm vào ngày nào?','year','2025'),
('Tết Giáp Thìn tỉnh tổ chức bao nhiêu đoàn đi thăm, chúc tết gia đình khó khăn?','year','Giáp Thìn'),
('bi thu thanh uy ha noi lam viec voi ban dan van nam 2014 ve van de gi','year','2014'),
('nam 2013 ban dan van tinh uy ha nam trien khai nhiem vu gi','year','2013'),
('Giao ban công tác dân vận quý III năm 2019 tổ chức ngày nào?','quarter','quý III'),
('quy 4 nam 2019 ban dan van tinh uy to chuc giao ban ngay nao','quarter','quý IV'),
('Quý III/2020 Ban Dân vận Thành ủy Hà Nội đạt những kết quả gì?','quarter','Quý III'),
('Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 9 tháng năm 2019 ngày nào?','quarter','9 tháng'),
('Hưng Yên tổng kết công tác dân vận quý III năm 2020 có gì nổi bật?','quarter','quý III'),
('Quý I năm 2022 Hà Nam công nhận bao nhiêu mô hình dân vận khéo?','quarter','Quý I năm 2022'),
('Quyết định số 25 ngày 30/7/2021 của Bộ Chính trị về quy chế công tác dân vận nói gì?','document','Quyết định số 25'),
('quy che so 06 cua btv tinh uy ha nam ve cong tac dan van ban hanh ngay nao','document','Quy chế số 06'),
('Chỉ thị số 09 của Ban Thường vụ Tỉnh ủy Hà Nam về công tác tôn giáo ban hành ngày nào?','document','Chỉ thị số 09'),
('quy dinh so 125 cua ban bi thu ban hanh ngay nao','document','125'),
('Đề án số 03 của BTV Tỉnh ủy về dân vận của cơ quan hành chính nhà nước ban hành ngày nào?','document','Đề án số 03'),
('chuong trinh so 15 cua bch dang bo thanh pho hung yen la gi','document','Chương trình số 15'),
('Hội nghị tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW được chuẩn bị thế nào?','document','217'),
('Đồng chí Nguyễn Văn Tuấn phát biểu chỉ đạo gì tại hội nghị tổng kết dân vận Hà Nam năm 2022?','person','Nguyễn Văn Tuấn'),
('Bí thư Thành ủy Hoàng Trung Hải làm việc với Ban Dân vận Thành ủy Hà Nội ngày nào?','person','Hoàng Trung Hải'),
('pho bi thu thuong truc tinh uy tran van hai phat bieu gi o giao ban dan van quy 1 2019','person','Trần Văn Hải'),
('Đồng chí Lê Thị Mai trình bày báo cáo đề dẫn tọa đàm của cụm thi đua dân vận các quận gồm những gì?','person','Lê Thị Mai'),
('ong do minh duc pho chu tich ubnd thanh pho phat bieu gi tai giao ban dan van 6 thang dau nam 2020','person','Đỗ Minh Đức'),
('Trưởng Ban Dân vận Thành ủy Hà Nội Nguyễn Thị Lan đề nghị gì tại hội nghị sơ kết cụm thi đua 2019?','person','Nguyễn Thị Lan'),
('Ban Tổ chức Tỉnh ủy Hà Nam tổng kết công tác năm 2022 vào ngày nào?','organisation','Ban Tổ chức'),
('Hội Nông dân tỉnh Hà Nam năm 2022 có bao nhiêu mô hình Dân vận khéo được công nhận?','organisation','Nông dân'),
('doan thanh nien tp hung yen 6 thang dau nam 2020 lam duoc gi','organisation','Thanh niên'),
('Hội Liên hiệp Phụ nữ Hà Nội đóng góp gì trong phòng chống dịch COVID-19?','organisation','Phụ nữ'),
('Cụm thi đua Dân vận các Huyện ủy Hà Nội sơ kết 6 tháng đầu năm 2019 ngày nào?','organisation','Huyện ủy'),
('ban noi chinh thanh uy ha noi lam viec voi bi thu vuong dinh hue ngay nao','organisation','Nội chính'),
('Hà Nam năm 2022 có bao nhiêu tập thể, cá nhân được Trưởng Ban Dân vận Tỉnh ủy khen thưởng?','not_said',None),
('ten 10 mo hinh dan van kheo cap tinh ha nam nam 2022 la gi','not_said',None),
('Hội nghị giao ban dân vận 6 tháng đầu năm 2020 của Thành ủy có bao nhiêu đại biểu tham dự?','not_said',None),
('Tổng kinh phí chi trả hỗ trợ theo các gói an sinh ở Hà Nội năm 2020 là bao nhiêu tiền?','not_said',None),
]

O=['Thời tiết Hà Nội ngày mai có mưa không?','giá vàng SJC hôm nay bao nhiêu','Tối nay Việt Nam đá với Thái Lan mấy giờ?','cách nấu phở bò ngon tại nhà','Chiến thắng Điện Biên Phủ diễn ra năm nào?','Thủ tục ly hôn đơn phương cần giấy tờ gì?','bị sốt xuất huyết nên ăn gì','Máy tính của mình không kết nối được wifi, sửa sao ạ?','Điều kiện để được kết nạp vào Đảng là gì?','thu tuc chuyen sinh hoat dang chinh thuc ra ngoai tinh','Nghị quyết 57-NQ/TW về khoa học công nghệ có nội dung chính gì?','Mức đóng đảng phí hằng tháng của đảng viên hưu trí là bao nhiêu?','Lương cơ sở năm 2025 là bao nhiêu?','cach lam banh chung','Ai là vua đầu tiên của nhà Lý?','gia xang ron 95 hom nay','MU tối qua thắng hay thua vậy?','Vi phạm nồng độ cồn khi đi xe máy bị phạt bao nhiêu tiền?','làm sao để ngủ ngon hơn','Cách đổi mật khẩu Zalo trên điện thoại','ty gia do la my hom nay','Hồ Gươm còn có tên gọi nào khác?','Bản kiểm điểm đảng viên cuối năm cần viết những nội dung gì?','dich cum a lay qua duong nao','Sau sáp nhập năm 2025 cả nước còn bao nhiêu tỉnh thành?']

S=[('chào bạn','greeting'),('hello bot','greeting'),('alo alo','greeting'),('Xin chào ạ','greeting'),('ad ơi','greeting'),('chao buoi sang','greeting'),
('cảm ơn nhé','thanks'),('thanks bot','thanks'),('tks ad nhiều','thanks'),('cam on ban nhieu','thanks'),('ok cảm ơn, rất hữu ích','thanks'),
('tạm biệt','farewell'),('bye bye','farewell'),('thôi mình đi họp đây, chào nhé','farewell'),('pp nha','farewell'),
('bạn là ai?','identity'),('ban la nguoi that hay may vay','identity'),('bot này do ai làm thế?','identity'),
('bạn làm được gì?','help'),('giúp tôi với','help'),('hướng dẫn mình cách dùng bot này','help'),('huong dan su dung','help'),
('ok','ack'),('oke con dê','ack'),('👍','ack'),('đc r','ack'),
('bot ngu quá','other'),('trả lời sai bét rồi','other'),('hay quá, bot xịn ghê','other'),('😂😂😂','other')]

SL=[ # (file, slipped, correct, snippets)
(F0,'Phó Bí thư thường trực Thành ủy dự giao ban dân vận 6 thang đầu năm 2020 là aii?','Phó Bí thư thường trực Thành ủy dự giao ban dân vận 6 tháng đầu năm 2020 là ai?',['Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy']),
(F0,'Chủ tịhc UBMTTQVN thành phố Hưng Yeen là ai?','Chủ tịch UBMTTQVN thành phố Hưng Yên là ai?',['Lương Công Chanh','Chủ tịch UBMTTQVN thành phố']),
(F0,'6 tháng cuối năm 2020 TP Hưng Yên rà soát nhữn lĩnh vực nào?','6 tháng cuối năm 2020 TP Hưng Yên rà soát những lĩnh vực nào?',['chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc']),
(F0,'Ban dân vận thành ủy nắm bắt tâm tư nguyện vongj của nhân dân để làm gì?','Ban dân vận thành ủy nắm bắt tâm tư nguyện vọng của nhân dân để làm gì?',['dự báo tình hình phục vụ cho nhiệm vụ phát triển KT-XH']),
(F0,'Giao ban dân vận giũa năm 2020 ở TP Hưng Yên, đại biểu đề xuát gì?','Giao ban dân vận giữa năm 2020 ở TP Hưng Yên, đại biểu đề xuất gì?',['đề xuất một số giải pháp']),
(F0,'Đồng chis Cao Quang Hưng giữ chức vụ gì?','Đồng chí Cao Quang Hưng giữ chức vụ gì?',['Cao Quang Hưng, tỉnh ủy viên','Phó trưởng ban thường trực Ban Dân vận tỉnh ủy']),
(F1,'Tại hội nghị tổng kết dân vận Hà Nam, các đơn vị nhận giấy khen của aai?','Tại hội nghị tổng kết dân vận Hà Nam, các đơn vị nhận giấy khen của ai?',['Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy']),
(F1,'Nhiều tập thể cá nhân xuất sắc dân vận 2022 ở Hà Nam được ai khen thuưởng?','Nhiều tập thể cá nhân xuất sắc dân vận 2022 ở Hà Nam được ai khen thưởng?',['có thành tích xuất sắc trong công tác dân vận năm 2022','Ban Dân vận Tỉnh ủy']),
(F1,'Phong trào Dân vận khéo năm 2022 ở Hà Nam gắn vơi học tập làm theo gì?','Phong trào Dân vận khéo năm 2022 ở Hà Nam gắn với học tập làm theo gì?',['học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh']),
(F1,'Các mô hình dân vận khéo Hà Nam thu hút nhữg ai tham gia?','Các mô hình dân vận khéo Hà Nam thu hút những ai tham gia?',['thu hút được đông đảo cán bộ công chức, viên chức']),
(F1,'Hà Nam giám sát người đứng đầu theo Quy ddinhj nào của Ban Bí thư?','Hà Nam giám sát người đứng đầu theo Quy định nào của Ban Bí thư?',['theo Quy định số 124, ngày 02/02/2018 của Ban Bí thư']),
(F1,'Chính quyền Hà Nam năm 2022 đẩy mạnh cải cách gi?','Chính quyền Hà Nam năm 2022 đẩy mạnh cải cách gì?',['đẩy mạnh cải cách thủ tục hành chính']),
(F1,'MTTQ Hà Nam năm 2022 chú trọng phát triễn những gì?','MTTQ Hà Nam năm 2022 chú trọng phát triển những gì?',['phát triển đảng viên, đoàn viên, hội viên mới']),
(F1,'Chỉ thị 08 của BTV Tỉnh ủy Hà Nam ban hành ngayf nào?','Chỉ thị 08 của BTV Tỉnh ủy Hà Nam ban hành ngày nào?',['Chỉ thị số 08, ngày 13/10/2021 của Ban Thường vụ Tỉnh ủy']),
(F1,'Hà Nam yêu cầu tăng cường đối thoai trực tiếp giữa ai với Nhân dân?','Hà Nam yêu cầu tăng cường đối thoại trực tiếp giữa ai với Nhân dân?',['đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân']),
(F1,'Quyêt định 23 cua Bộ Chính trị ban hành ngày nào?','Quyết định 23 của Bộ Chính trị ban hành ngày nào?',['Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị']),
(F1,'Phó chủ tịch thường trưc UBND tỉnh Hà Nam dự hội nghị tổng kết dân vận là ai?','Phó chủ tịch thường trực UBND tỉnh Hà Nam dự hội nghị tổng kết dân vận là ai?',['Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh']),
(F2,'Quý I/2019 có bao nhiu đoàn kiểm tra các lực lượng trực phục vụ tết?','Quý I/2019 có bao nhiêu đoàn kiểm tra các lực lượng trực phục vụ tết?',['8 đoàn kiểm tra các lực lượng trực phục vụ tết']),
(F2,'Phó Chủ tịch UBND tỉnh dự giao ban dân vận quý I/2019 laf ai?','Phó Chủ tịch UBND tỉnh dự giao ban dân vận quý I/2019 là ai?',['Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh']),
(F2,'Phó Bí thư Thường trực Tỉnh ủy đề nghị gì về đào tạo cán bộ dân vân?','Phó Bí thư Thường trực Tỉnh ủy đề nghị gì về đào tạo cán bộ dân vận?',['tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực']),
(F3,'Pho Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nôi năm 2019 là ai?','Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội năm 2019 là ai?',['Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy']),
(F3,'Phong trào Dân vận khéo ở các quận góp phần tăng cuờng gì?','Phong trào Dân vận khéo ở các quận góp phần tăng cường gì?',['tăng cường khối đại đoàn kết toàn dân tộc']),
(F3,'Các quận tham mưu bổ sung hương ướt quy ước thế nào?','Các quận tham mưu bổ sung hương ước quy ước thế nào?',['tham mưu chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước']),
(F3,'Quận ủy và chính quyền quận năm 2019 lên kế hoạch đối thoại vói dân ra sao?','Quận ủy và chính quyền quận năm 2019 lên kế hoạch đối thoại với dân ra sao?',['đối thoại giữa người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân']),
(F3,'Bà Nguyễn Thị Tuyến yêu cầu chú trọng nhưng việc gì về kinh tê?','Bà Nguyễn Thị Tuyến yêu cầu chú trọng những việc gì về kinh tế?',['Chú trọng phát triển kinh tế, giải phóng mặt bằng']),
(F3,'Ông Phương Kiến Quốc nêu bật kết quả gì của quận Cầu Giáy?','Ông Phương Kiến Quốc nêu bật kết quả gì của quận Cầu Giấy?',['kết quả đạt được về kinh tế - xã hội, quốc phòng, an ninh']),
(F4,'Bí thư Thành ủy Hà Nội chỉ đạo giải quyết vụ việc nongs thế nào?','Bí thư Thành ủy Hà Nội chỉ đạo giải quyết vụ việc nóng thế nào?',['xây dựng kế hoạch, đề án giải quyết cụ thể từng vụ việc']),
(F4,'Ban Dân vận Hà Nội phối hợp vowis ai trong chống dịch COVID-19?','Ban Dân vận Hà Nội phối hợp với ai trong chống dịch COVID-19?',['cùng Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố']),
(F4,'Bí thư Huệ yêu cầu tham gia sàng lọc cán bộ và cung cố gì?','Bí thư Huệ yêu cầu tham gia sàng lọc cán bộ và củng cố gì?',['củng cố tổ chức cơ sở Đảng yếu kém']),
(F4,'Hệ thống dân vận Hà Nội lập thành tích chào mừn những đại hội nào?','Hệ thống dân vận Hà Nội lập thành tích chào mừng những đại hội nào?',['lập thành tích chào mừng Đại hội Đảng bộ các cấp']),
(F4,'Công tác dân vận của hệ thống chính trị Hà Nội có chỗ nào chưa đòng bộ?','Công tác dân vận của hệ thống chính trị Hà Nội có chỗ nào chưa đồng bộ?',['Công tác dân vận của hệ thống chính trị có nơi còn chưa đồng bộ']),
(F4,'Xủ lý vấn đề phức tạp trong nhân dân ở HN còn vuớng gì?','Xử lý vấn đề phức tạp trong nhân dân ở HN còn vướng gì?',['còn lúng túng về thẩm quyền, trách nhiệm cụ thể']),
(F4,'Ban Dân vận Thành ủy HN tăng cường lãnh đạo công tác dân vận của cơ quan nàoo?','Ban Dân vận Thành ủy HN tăng cường lãnh đạo công tác dân vận của cơ quan nào?',['công tác dân vận của cơ quan Nhà nước, chính quyền các cấp']),
(F4,'Phó trưởng ban Phạm Hải Hoa cho biết Ban Dân vận tạo chuyênr biến về gì?','Phó trưởng ban Phạm Hải Hoa cho biết Ban Dân vận tạo chuyển biến về gì?',['tạo chuyển biến về nhận thức, nội dung và phương thức']),
(F4,'Phong trào Dân vận khéo ở HN góp phần củng cố quan hệ gì giữa Đảngg với dân?','Phong trào Dân vận khéo ở HN góp phần củng cố quan hệ gì giữa Đảng với dân?',['mối quan hệ gắn bó máu thịt giữa Đảng với nhân dân']),
]

errs=[]
ALLTXT='\n'.join('\n'.join(v) for v in LINES.values()).lower()
def strip(s):
    s=unicodedata.normalize('NFD',s); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return s.replace('đ','d').replace('Đ','D').lower()
ALLSTRIP=strip(ALLTXT)
ans=[];ids=0
for i,(f,k,q,sn,a) in enumerate(A,1):
    for s in sn:
        if len(s.split())>15: errs.append(('long',q,s))
    if not check(f,sn): errs.append(('nosnip',q,sn))
    ans.append(dict(id=f'a4_{i:03d}',question=q,file=f,gold_snippets=sn,kind=k,answer=a))
nm=[]
for i,(q,sw,v) in enumerate(N,1):
    if v and (v.lower() in ALLTXT or re.search(r'\b'+re.escape(strip(v))+r'\b',ALLSTRIP)): errs.append(('swapped present',q,v))
    nm.append(dict(id=f'n4_{i:03d}',question=q,file=None,gold_snippets=[],kind='near_miss',swapped=sw))
ot=[dict(id=f'o4_{i:03d}',question=q,file=None,gold_snippets=[],kind='off_topic') for i,q in enumerate(O,1)]
st=[dict(id=f'st4_{i:03d}',question=q,file=None,gold_snippets=[],kind='smalltalk',intent=t) for i,(q,t) in enumerate(S,1)]
sl=[]
for i,(f,q,c,sn) in enumerate(SL,1):
    for s in sn:
        if len(s.split())>15: errs.append(('long',q,s))
    if not check(f,sn): errs.append(('nosnip',q,sn))
    if q==c: errs.append(('noslip',q))
    sl.append(dict(id=f's4_{i:03d}',question=q,correct=c,file=f,gold_snippets=sn,kind='slip'))
# duplicates across a4 and s4 questions
aq={x['question'].lower() for x in ans}
for x in sl:
    if x['correct'].lower() in aq: errs.append(('dup',x['correct']))
print('ERRORS:',errs)
out=str(EVAL)+'/'
sets={'answerable4':ans,'near_misses4':nm,'off_topic4':ot,'smalltalk4':st,'slips4':sl}
for name,items in sets.items():
    sh=list(items); random.Random(4).shuffle(sh); h=len(sh)//2
    for suf,part in (('_tune',sh[:h]),('_test',sh[h:])):
        with open(out+name+suf+'.jsonl','w',encoding='utf-8') as fh:
            for it in part: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
