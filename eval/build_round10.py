#!/usr/bin/env python3
"""Round 10 evaluation sets for the danvan bot (written independently, from the
five corpus articles only; the retrieval and bot code were not read, nor any
*_test.jsonl file; earlier *_tune.jsonl files were read only to avoid repeating
their questions).

Data file style: every question is written inline below, typed the way people
ask in a Telegram chat (everyday paraphrases, keyword-only queries, lower case
without diacritics, abbreviations UBND / HĐND / MTTQ / BDV / TP, place or year
first).  Running the script

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
  * splits each set ONCE: shuffle with a fresh random.Random(10), first half
    (rounded down) -> *10_tune.jsonl, the rest -> *10_test.jsonl (each half
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
    ("ai", F0, "Phó chủ tịch UBND thành phố có mặt ở buổi giao ban dân vận TP Hưng Yên hôm 2/7 là ai?",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    ("ai", F0, "trang tin dang bai giao ban dan van tp hung yen do don vi nao giu ban quyen",
     ["Copyright by VNPT Hưng Yên"], "VNPT Hưng Yên (© 2016)"),
    ("paraphrase", F0, "MTTQ với các đoàn thể ở TP Hưng Yên nửa đầu 2020 có cách làm gì hay không?",
     ["MTTQ và các đoàn thể tiếp tục có những cách làm hiệu quả"],
     "Có: MTTQ và các đoàn thể tiếp tục có những cách làm hiệu quả, thiết thực"),
    ("nhu_the_nao", F0, "Dân vận chính quyền ở thành phố Hưng Yên 6 tháng đầu 2020 được đánh giá ra sao?",
     ["Công tác dân vận của chính quyền ngày càng được quan tâm thực hiện"],
     "Ngày càng được quan tâm thực hiện"),
    ("la_gi", F0, "BDV Thành ủy Hưng Yên nắm tâm tư nhân dân, dự báo tình hình để phục vụ nhiệm vụ gì?",
     ["phát triển KT-XH, an ninh – quốc phòng trên địa bàn"],
     "Nhiệm vụ phát triển KT-XH, an ninh – quốc phòng trên địa bàn"),
    ("keywords", F0, "dân chủ nông thôn mới",
     ["gắn với xây dựng nông thôn mới, đô thị văn minh"],
     "TP Hưng Yên đẩy mạnh quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới, đô thị văn minh"),
    ("o_dau", F0, "Thành ủy Hưng Yên muốn tăng cường đi đâu để đôn đốc phong trào Chiều thứ 6?",
     ["tăng cường đi cơ sở, đôn đốc, giám sát thực hiện phong trào"], "Đi cơ sở"),
    ("nhu_the_nao", F0, "Tại giao ban dân vận thành phố Hưng Yên, các đại biểu đã làm gì?",
     ["các đại biểu đã tiến hành thảo luận, bổ sung, làm rõ thêm"],
     "Thảo luận, bổ sung, làm rõ kết quả 6 tháng đầu năm và đề xuất giải pháp cho 6 tháng cuối năm"),
    ("no_diacritics", F0, "tp hung yen dau nam 2020 dong vien dan phong chong dich benh gi",
     ["phòng chống dịch bệnh Covid - 19"], "Dịch bệnh Covid-19"),
    ("no_diacritics", F0, "o tp hung yen, mttq va doan the co duoc ban dan van theo doi hoat dong khong",
     ["nắm tình hình hoạt động của MTTQ, các đoàn thể, hội quần chúng"],
     "MTTQ, các đoàn thể, hội quần chúng"),
    ("paraphrase", F0, "Ở Hưng Yên, lãnh đạo dặn văn bản cấp trên gửi xuống thì phải làm sao?",
     ["phổ biến sâu rộng và thực hiện nghiêm các văn bản"],
     "Tuyên truyền, phổ biến sâu rộng và thực hiện nghiêm các văn bản của các cấp"),
    ("o_dau", F0, "Phương Thu, Công Hiếu là phóng viên ở đâu?",
     ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"], "Đài truyền thanh thành phố (Hưng Yên)"),
    ("bao_nhieu", F0, "de an 02 cua btv tinh uy hung yen ve dan van chinh quyen keo dai may nam",
     ["giai đoạn 2016 – 2020"], "5 năm, giai đoạn 2016 – 2020"),
    ("khi_nao", F0, "TP Hưng Yên giao ban dân vận nửa đầu 2020 vào buổi sáng hay chiều?",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Buổi chiều, ngày 2/7/2020"),
    ("nhu_the_nao", F0, "2020, dân vận TP Hưng Yên góp phần thúc đẩy điều gì trên địa bàn?",
     ["góp phần thúc đẩy phát triển KT-XH trên địa bàn"], "Thúc đẩy phát triển kinh tế - xã hội trên địa bàn"),
    ("la_gi", F0, "Cuối năm 2020 dân vận TP Hưng Yên rà soát vấn đề mới nảy sinh để làm gì?",
     ["để hướng dẫn, chỉ đạo cụ thể về công tác dân vận"],
     "Để hướng dẫn, chỉ đạo cụ thể về công tác dân vận"),
    ("keywords", F0, "che do chinh sach hung yen",
     ["giải quyết các chế độ chính sách cho các hộ"],
     "Quan tâm giải quyết các chế độ chính sách cho các hộ, đối tượng gia đình chính sách"),

    # --- 001 Hà Nam, tổng kết dân vận / Dân vận khéo 2022 ---
    ("paraphrase", F1, "Năm 2022 ở Hà Nam, Mặt trận và đoàn thể có lo kết nạp thêm người mới không?",
     ["phát triển đảng viên, đoàn viên, hội viên mới"],
     "Có: chú trọng phát triển tổ chức, phát triển đảng viên, đoàn viên, hội viên mới"),
    ("la_gi", F1, "Hà Nam 2022: Ban Dân vận tham mưu quán triệt những văn bản mới của cấp nào?",
     ["các văn bản mới của Trung ương, của Tỉnh ủy về công tác dân vận"],
     "Văn bản mới của Trung ương và của Tỉnh ủy về công tác dân vận"),
    ("ai", F1, "Ai là Phó Chủ tịch Thường trực UBND tỉnh dự tổng kết dân vận Hà Nam cuối năm 2022?",
     ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"],
     "Đồng chí Nguyễn Anh Chức"),
    ("paraphrase", F1, "mo hinh dan van kheo hay cua ha nam co cho noi khac toi tham quan hoc hoi khong",
     ["thăm quan, học tập, trao đổi kinh nghiệm"],
     "Có: tuyên truyền mô hình hiệu quả để các địa phương, đơn vị thăm quan, học tập, trao đổi kinh nghiệm"),
    ("o_dau", F1, "Các mô hình Dân vận khéo của Hà Nam thực hiện trong những lĩnh vực nào?",
     ["trên tất cả các lĩnh vực của đời sống xã hội"], "Trên tất cả các lĩnh vực của đời sống xã hội"),
    ("nhu_the_nao", F1, "Năm 2022 Ban Chỉ đạo Dân vận khéo các cấp ở Hà Nam làm tốt những khâu nào?",
     ["tập trung làm tốt công tác nắm tình hình, đôn đốc chỉ đạo, hướng dẫn"],
     "Nắm tình hình, đôn đốc chỉ đạo, hướng dẫn các cơ quan, đơn vị"),
    ("paraphrase", F1, "mô hình dân vận khéo mới ở Hà Nam được bà con, đảng viên đón nhận ra sao?",
     ["được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ"],
     "Được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ, ghi nhận, đánh giá cao"),
    ("khi_nao", F1, "BDV tỉnh ủy Hà Nam tổng kết năm 2022 vào chiều ngày mấy?",
     ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Chiều ngày 20/12 (2022)"),
    ("la_gi", F1, "ngày 09/12/2021 Ban Thường vụ Tỉnh ủy Hà Nam ban hành văn bản gì?",
     ["Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy"],
     "Quy chế số 05 về “Công tác dân vận của hệ thống chính trị tỉnh Hà Nam”"),
    ("bao_nhieu", F1, "2/2/2018 Ban Bí thư ra quy định số mấy mà Hà Nam nhắc tới?",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "Quy định số 124"),
    ("bao_nhieu", F1, "nghe noi ha nam cong nhan hon 300 mo hinh dan van kheo, chinh xac la bao nhieu",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình (năm 2022)"),
    ("no_diacritics", F1, "ha nam nam 2022 lanh dao cac cap co tiep cong dan va doi thoai voi dan khong",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Có: người đứng đầu cấp ủy, chính quyền thực hiện tốt việc tiếp công dân và đối thoại với Nhân dân"),
    ("no_diacritics", F1, "ha nam 2023 mttq giam sat dao duc loi song cua nhung ai",
     ["giám sát việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu"],
     "Người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên (theo Quy định số 124)"),
    ("keywords", F1, "Hà Nam luận điệu thù địch",
     ["đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
     "Tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"),
    ("keywords", F1, "Hà Nam quản lý tôn giáo",
     ["Thực hiện tốt công tác quản lý Nhà nước đối với các tôn giáo"],
     "Thực hiện tốt công tác quản lý Nhà nước đối với các tôn giáo"),
    ("la_gi", F1, "Ảnh các đơn vị cầm quyết định trong bài tổng kết dân vận Hà Nam là quyết định gì?",
     ["nhận Quyết định công nhận mô hình \"Dân vận khéo\" cấp tỉnh năm 2022"],
     "Quyết định công nhận mô hình Dân vận khéo cấp tỉnh năm 2022"),
    ("keywords", F1, "ý thức phục vụ nhân dân",
     ["nêu cao tinh thần trách nhiệm, ý thức phục vụ nhân dân"],
     "Nêu cao tinh thần trách nhiệm, ý thức phục vụ nhân dân của cán bộ công chức, viên chức"),
    ("o_dau", F1, "Phong trào Dân vận khéo 2022 ở Hà Nam triển khai từ cấp nào đến cấp nào?",
     ["trong hệ thống chính trị từ tỉnh đến cơ sở"], "Từ tỉnh đến cơ sở"),
    ("paraphrase", F1, "Hà Nam có dẹp mấy mô hình dân vận khéo làm cho có không?",
     ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Có: rà soát để loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"),
    ("ai", F1, "ai vua la pho bi thu thuong truc vua dung dau ban dan van tinh uy ha nam",
     ["Đinh Thị Lụa,\u00a0Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban"],
     "Đồng chí Đinh Thị Lụa"),
    ("o_dau", F1, "Hà Nam muốn giải quyết những vấn đề bức xúc của dân từ đâu?",
     ["những vấn đề bức xúc của Nhân dân ngay từ cơ sở"], "Ngay từ cơ sở"),
    ("paraphrase", F1, "tỉnh hà nam có yêu cầu cán bộ đảng viên làm gương không",
     ["phát huy vai trò nêu gương của đội ngũ cán bộ, đảng viên"],
     "Có: phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu"),
    ("nhu_the_nao", F1, "Năm 2022 BDV cấp ủy Hà Nam đề xuất giải pháp giúp tạo ra điều gì trong xã hội?",
     ["tạo sự đồng thuận cao trong xã hội"], "Tạo sự đồng thuận cao trong xã hội"),
    ("no_diacritics", F1, "anh ba dinh thi lua trong bai tong ket dan van ha nam chup luc ba dang lam gi",
     ["Đinh Thị Lụa", "Tỉnh ủy phát biểu chỉ đạo hội nghị"],
     "Bà Đinh Thị Lụa phát biểu chỉ đạo hội nghị"),
    ("khi_nao", F1, "Ở Hà Nam, các mô hình Dân vận khéo mới được Ban Chỉ đạo công nhận vào năm nào?",
     ["được Ban Chỉ đạo các cấp xem xét công nhận trong năm 2022"], "Năm 2022"),

    # --- 002 giao ban dân vận quý I/2019 (tỉnh không nêu tên) ---
    ("ai", F2, "nguyen long hai giu chuc gi khi du giao ban dan van quy 1/2019",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Phó Chủ tịch UBND tỉnh"),
    ("paraphrase", F2, "giao ban dan van 28/3/2019 co moi cac so nganh tinh khong",
     ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Có: lãnh đạo các sở, ban, ngành, đoàn thể tỉnh dự"),
    ("nhu_the_nao", F2, "Đầu năm 2019 chính quyền các cấp siết chặt điều gì?",
     ["tăng cường kỷ luật, kỷ cương hành chính"], "Kỷ luật, kỷ cương hành chính"),
    ("ai", F2, "8 đoàn kiểm tra dịp Tết Kỷ Hợi đi kiểm tra lực lượng nào?",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "Các lực lượng trực phục vụ tết"),
    ("paraphrase", F2, "tiền quà Tết 2019 tặng hộ khó khăn, người có công tổng cộng hết bao nhiêu tỷ",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng (trên 62 nghìn lượt quà)"),
    ("la_gi", F2, "Năm 2019 được tỉnh chọn làm năm gì trong công tác dân vận?",
     ["thực hiện chủ đề công tác “Năm Dân vận chính quyền” 2019"], "“Năm Dân vận chính quyền” 2019"),
    ("nhu_the_nao", F2, "Ông Nghiệm muốn nhân rộng những gì trong công tác dân vận?",
     ["tích cực nhân rộng các mô hình, cách làm hay"], "Các mô hình, cách làm hay"),
    ("nhu_the_nao", F2, "Giao ban quý I/2019: Phó Bí thư đề nghị tăng cường phối hợp giữa ai?",
     ["tăng cường phối hợp giữa các cơ quan, đơn vị"], "Giữa các cơ quan, đơn vị"),
    ("la_gi", F2, "28/3/2019 co hoi nghi dan van nao vay",
     ["tổ chức Hội nghị giao ban công tác dân vận quý I"],
     "Hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2019"),
    ("paraphrase", F2, "đầu năm 2019 chính quyền có đặt yêu cầu phục vụ dân và doanh nghiệp tốt hơn không",
     ["hiệu quả phục vụ người dân và doanh nghiệp"],
     "Có: nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    ("keywords", F2, "tập huấn cán bộ dân vận",
     ["tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho đội ngũ"],
     "Tiếp tục tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho đội ngũ cán bộ làm dân vận"),
    ("no_diacritics", F2, "giao ban dan van quy 1 2019 ngoai ket qua lanh dao tinh con chi ra gi",
     ["chỉ rõ một số tồn tại, hạn chế"], "Chỉ rõ một số tồn tại, hạn chế"),
    ("no_diacritics", F2, "chu tich hdnd tinh du giao ban quy i 2019 con giu chuc gi o tinh uy",
     ["Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"],
     "Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy"),
    ("o_dau", F2, "12 đoàn công tác dịp Tết Kỷ Hợi đến thăm những nhà nào?",
     ["các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
     "Các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    ("bao_nhieu", F2, "Có mấy lãnh đạo tỉnh được nêu tên dự giao ban dân vận quý I/2019?",
     ["Hoàng Văn Nghiệm", "Nguyễn Long Hải"], "Hai: Hoàng Văn Nghiệm và Nguyễn Long Hải"),
    ("khi_nao", F2, "Đại hội MTTQ các cấp nhiệm kỳ mới bắt đầu từ năm nào?",
     ["Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024, tức từ năm 2019"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội, 2019 ---
    ("ai", F3, "Ở hội nghị cụm thi đua dân vận các quận ủy, ai là Phó Chủ tịch UBND quận?",
     ["Trần Việt Hà, UVTV - Phó Chủ tịch UBND quận"], "Đồng chí Trần Việt Hà"),
    ("khi_nao", F3, "Tin sơ kết cụm thi đua dân vận các quận ủy HN lên trang ngày nào?",
     ["Ngày đăng 09/07/2019"], "Ngày 09/07/2019"),
    ("nhu_the_nao", F3, "Năm 2019 các quận trong cụm làm gì với hương ước, quy ước?",
     ["tiếp tục bổ sung hương ước, quy ước"], "Tham mưu chỉ đạo cơ sở tiếp tục bổ sung hương ước, quy ước"),
    ("ai", F3, "Năm 2019 Ban Dân vận Quận ủy ký chương trình phối hợp với ai để làm Năm Dân vận chính quyền?",
     ["giữa Ban Dân vận Quận ủy với UBND quận"], "Với UBND quận"),
    ("o_dau", F3, "Ban Dân vận Thành ủy Hà Nội cử những bộ phận nào đến hội nghị cụm thi đua các quận ủy?",
     ["các phòng chuyên môn và Văn phòng Ban Dân vận Thành ủy"],
     "Lãnh đạo các phòng chuyên môn và Văn phòng Ban Dân vận Thành ủy"),
    ("nhu_the_nao", F3, "Tại buổi tọa đàm, các quận chọn mô hình điểm theo cách nào?",
     ["lựa chọn mô hình điểm phù hợp với thực tiễn từng địa phương"],
     "Chọn mô hình điểm phù hợp với thực tiễn từng địa phương"),
    ("paraphrase", F3, "dan van kheo o cac quan ha noi co lam dan tin dang hon khong",
     ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"],
     "Có: củng cố lòng tin của Nhân dân với Đảng, Nhà nước"),
    ("no_diacritics", F3, "cac quan ha noi 2019 thuc hien chinh sach dan toc ton giao the nao",
     ["thực hiện tốt chính sách dân tộc, tôn giáo"],
     "Tham mưu cho cấp ủy, phối hợp với các ngành thực hiện tốt chính sách dân tộc, tôn giáo"),
    ("no_diacritics", F3, "ba tuyen dan cac quan dam bao nhung gi cho dan",
     ["an sinh xã hội, an ninh chính trị và trật tự an toàn xã hội"],
     "Đảm bảo an sinh xã hội, an ninh chính trị và trật tự an toàn xã hội"),
    ("keywords", F3, "Cầu Giấy phát huy tiềm năng",
     ["quận Cầu Giấy luôn phát huy tiềm năng vươn lên"],
     "Quận Cầu Giấy luôn phát huy tiềm năng vươn lên cùng các đơn vị trong cụm"),
    ("keywords", F3, "quận đối thoại nhân dân 2019",
     ["chính quyền quận, phường với Nhân dân trên địa bàn năm 2019"],
     "Kế hoạch hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền quận, phường với Nhân dân năm 2019"),
    ("ai", F3, "Những ai từ các quận đến dự hội nghị cụm thi đua dân vận?",
     ["các đồng chí Trưởng Ban Dân vận các Quận ủy"],
     "Các Trưởng Ban Dân vận các Quận ủy, đại biểu tham luận của 12 đơn vị, Phó Trưởng Ban, chuyên viên"),
    ("ai", F3, "Chỉ thị 05-CT/TW gắn với phong trào dân vận khéo ở các quận là của cơ quan nào?",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị"], "Của Bộ Chính trị"),
    ("nhu_the_nao", F3, "Sau phần báo cáo tóm tắt, hội nghị cụm thi đua chuyển sang làm gì?",
     ["Hội nghị đã tọa đàm với nội dung"],
     "Tọa đàm về nâng cao hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("khi_nao", F3, "Ông Phương Kiến Quốc phát biểu vào lúc nào của hội nghị?",
     ["Trước khi vào hội nghị, đồng chí Phương Kiến Quốc"], "Trước khi vào hội nghị"),
    ("paraphrase", F3, "2019 chính quyền với bộ đội các quận làm dân vận có ra kết quả gì không",
     ["lực lượng vũ trang đạt được nhiều kết quả"],
     "Có: đạt được nhiều kết quả, chất lượng hoạt động có nhiều đổi mới"),
    ("la_gi", F3, "Phong trào Dân vận khéo ở các quận góp phần giữ vững điều gì?",
     ["giữ vững ổn định chính trị, quốc phòng - an ninh"], "Ổn định chính trị, quốc phòng - an ninh"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ làm việc với Ban Dân vận, 28/4/2020 ---
    ("nhu_the_nao", F4, "Theo ông Chủ tịch Hội CCB thành phố, bộ đội, công an thủ đô làm dân vận có khá lên không?",
     ["công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"], "Được tăng cường"),
    ("nhu_the_nao", F4, "Ở Hà Nội, đối thoại giữa người đứng đầu với Mặt trận và nhân dân được giữ thế nào?",
     ["các tổ chức chính trị, xã hội và nhân dân được duy trì tốt"], "Được duy trì tốt"),
    ("nhu_the_nao", F4, "Phối hợp giữa khối dân vận Hà Nội với các ngành, đơn vị ra sao?",
     ["cơ quan, đơn vị ngày càng chặt chẽ, hiệu quả"], "Ngày càng chặt chẽ, hiệu quả"),
    ("bao_nhieu", F4, "Quyết định 290 do Bộ Chính trị khóa mấy ban hành?",
     ["Quyết định số 290-QĐ/TW của Bộ Chính trị (khoá X)"], "Khóa X"),
    ("ai", F4, "Bí thư Huệ ghi nhận, biểu dương nỗ lực của những ai?",
     ["biểu dương những nỗ lực của cán bộ, đảng viên làm công tác dân vận"],
     "Cán bộ, đảng viên làm công tác dân vận trên địa bàn thành phố"),
    ("nhu_the_nao", F4, "Ông Huệ muốn phát huy tinh thần gì ở các đơn vị, tổ chức?",
     ["tinh thần chủ động, sáng tạo của các đơn vị, tổ chức"], "Tinh thần chủ động, sáng tạo"),
    ("la_gi", F4, "Theo Bí thư Hà Nội, dân vận phải tham gia sàng lọc cái gì?",
     ["sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"],
     "Sàng lọc cán bộ, củng cố tổ chức cơ sở Đảng yếu kém"),
    ("o_dau", F4, "Ngoài cấp ủy, BDV Hà Nội còn siết lãnh đạo công tác dân vận trong khối cơ quan nào?",
     ["công tác dân vận của cơ quan Nhà nước, chính quyền các cấp"],
     "Cơ quan Nhà nước, chính quyền các cấp"),
    ("khi_nao", F4, "Hôm 28/4 Bí thư Huệ định hướng nhiệm vụ cho khoảng thời gian nào của năm 2020?",
     ["định hướng nhiệm vụ các tháng cuối năm 2020"], "Các tháng cuối năm 2020"),
    ("o_dau", F4, "Hà Nội: các phong trào thi đua yêu nước do đâu phát động?",
     ["phong trào thi đua yêu nước do địa phương, đơn vị phát động"], "Do địa phương, đơn vị phát động"),
    ("paraphrase", F4, "dan keu chuyen com ao, buc xuc thi ban dan van thu do tinh lam gi",
     ["giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"],
     "Tham mưu giải quyết kịp thời những vấn đề dân sinh, bức xúc trong nhân dân"),
    ("keywords", F4, "Hà Nội sống chung với dịch",
     ["sống chung với dịch COVID-19"],
     "Chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"),
    ("keywords", F4, "chi tra goi an sinh",
     ["chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Thực hiện tốt việc chi trả hỗ trợ theo các gói an sinh của Chính phủ"),
    ("no_diacritics", F4, "ong hue noi dan van ha noi gop phan giu vung dieu gi",
     ["góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội"],
     "An ninh chính trị, trật tự an toàn xã hội"),
    ("no_diacritics", F4, "ban dan van thanh uy ha noi tham muu cho ai lanh dao cac cap uy dang",
     ["tham mưu cho Thành ủy lãnh đạo, chỉ đạo các cấp ủy Đảng"], "Cho Thành ủy"),
    ("no_diacritics", F4, "tieu de bai bi thu thanh uy ha noi noi gi ve dan van kheo",
     ["Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"],
     "“Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào 'dân vận khéo'”"),
    ("bao_nhieu", F4, "Ông Vương Đình Huệ khi đó kiêm mấy chức vụ?",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
     "Ba: Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hà Nội"),
    ("bao_nhieu", F4, "BDV Hà Nội báo cáo kết quả năm 2019 và mấy tháng đầu năm 2020?",
     ["nhiệm vụ năm 2019, ba tháng đầu năm"], "Ba tháng đầu năm 2020"),
    ("paraphrase", F4, "ha noi co cham lo chuyen ton giao, dong bao dan toc khong",
     ["Công tác tôn giáo, dân tộc được chú trọng và thực hiện hiệu quả"],
     "Có: công tác tôn giáo, dân tộc được chú trọng và thực hiện hiệu quả"),
    ("ai", F4, "Ông Huệ yêu cầu những ai phải đắm mình vào thực tiễn?",
     ["hệ thống dân vận thành phố phải đắm mình vào thực tiễn"],
     "Cán bộ Ban Dân vận Thành ủy và hệ thống dân vận thành phố"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file)
# Each starts from a real fact of the source article and changes ONE thing the
# question pins.  value: the swapped-in string (must be in the question, not in
# any article); None for not_said (a detail the article does not give).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- 000 TP Hưng Yên ---
    ("place", "Thành ủy TP Thái Nguyên giao ban dân vận 6 tháng đầu năm 2020 có những lãnh đạo nào dự?",
     "Thái Nguyên", F0),
    ("place", "tp vinh 2020 khoi dan van phuong xa van dong dan chap hanh gpmb the nao", "tp vinh", F0),
    ("place", "Phong trào Chiều thứ 6 vì môi trường thành phố Cẩm Phả sạch đẹp do ai đôn đốc?", "Cẩm Phả", F0),
    ("place", "Ở thị xã Mỹ Hào, khối dân vận phường xã nửa đầu năm 2020 làm gì cho công tác GPMB?", "Mỹ Hào", F0),
    ("place", "ban dan van tinh uy bac giang cu ai ve du giao ban dan van thanh pho hoi thang 7/2020",
     "bac giang", F0),
    ("year", "Năm 2017 Thành ủy Hưng Yên giao ban dân vận nửa đầu năm, lãnh đạo tỉnh nào về dự?", "Năm 2017", F0),
    ("year", "Đề án 02 của BTV Tỉnh ủy Hưng Yên giai đoạn 2011 – 2015 về dân vận chính quyền có gì?",
     "2011 – 2015", F0),
    ("year", "nam 2024 tp hung yen tuyen truyen chao mung dai hoi dang bo thanh pho khoa may", "nam 2024", F0),
    ("quarter", "Nửa cuối năm 2019 công tác dân vận TP Hưng Yên đạt kết quả gì?", "Nửa cuối năm 2019", F0),
    ("quarter", "Tổng kết cả năm 2020, dân vận thành phố Hưng Yên làm được những gì?", "cả năm 2020", F0),
    ("date", "Chiều 9/9/2020 Thành ủy Hưng Yên giao ban dân vận có ai dự?", "9/9/2020", F0),
    ("date", "de an so 02 ngay 20/5/2016 cua btv tinh uy hung yen ve van de gi", "20/5/2016", F0),
    ("document", "Chương trình 12 của BCH Đảng bộ thành phố Hưng Yên được chỉ đạo thực hiện thế nào?",
     "Chương trình 12", F0),
    ("document", "đề án số 07 của btv tỉnh ủy hưng yên về dân vận chính quyền giai đoạn 2016 – 2020 nói gì",
     "đề án số 07", F0),
    ("person", "Đồng chí Nguyễn Văn Phóng, Phó Bí thư thường trực Thành ủy Hưng Yên, phát biểu gì ở giao ban dân vận?",
     "Nguyễn Văn Phóng", F0),
    ("person", "ong luong cong chanh pho chu tich ubnd thanh pho hung yen noi gi o giao ban dan van",
     "luong cong chanh pho chu tich", F0),
    ("organisation", "Hội Phụ nữ TP Hưng Yên họp giao ban nửa đầu 2020 vào hôm nào?", "Hội Phụ nữ", F0),
    ("organisation", "Ban Tuyên giáo Thành ủy Hưng Yên nửa đầu năm 2020 tham mưu những gì?",
     "Ban Tuyên giáo Thành ủy", F0),
    ("not_said", "Bao nhiêu người ngồi dự giao ban dân vận ở Thành ủy Hưng Yên chiều 2/7?", None, F0),
    ("not_said", "nua dau 2020 tp hung yen giai quyet che do cho bao nhieu ho gia dinh chinh sach", None, F0),
    ("not_said", "Chương trình 10 của BCH Đảng bộ thành phố Hưng Yên là chương trình về nội dung gì?", None, F0),

    # --- 001 Hà Nam ---
    ("place", "Ninh Bình năm 2022 trao bằng khen cho bao nhiêu mô hình dân vận khéo cấp tỉnh?", "Ninh Bình", F1),
    ("place", "huyen ly nhan nam 2022 ra soat mo hinh dan van kheo hinh thuc ra sao", "ly nhan", F1),
    ("place", "Thanh Hóa có Quy chế số 05 về công tác dân vận của hệ thống chính trị tỉnh không, ban hành hôm nào?",
     "Thanh Hóa", F1),
    ("place", "Nghệ An: Phó Bí thư Thường trực kiêm Trưởng Ban Dân vận Tỉnh ủy năm 2022 là ai?", "Nghệ An", F1),
    ("place", "dân vận khéo năm 2022 ở thành phố Phủ Lý công nhận bao nhiêu mô hình", "Phủ Lý", F1),
    ("year", "Hà Nam hồi năm 2018 có tổng cộng mấy mô hình dân vận khéo được công nhận vậy", "năm 2018", F1),
    ("year", "Tết Giáp Thìn 2024 Hà Nam yêu cầu nắm tâm tư công nhân lao động ra sao?", "Giáp Thìn 2024", F1),
    ("year", "nam 2025 ban dan van tinh uy ha nam trien khai nhiem vu trong tam gi", "nam 2025", F1),
    ("quarter", "Tới nửa đầu năm 2022 thì Hà Nam đã có mấy mô hình dân vận khéo được công nhận rồi?",
     "Nửa đầu năm 2022", F1),
    ("quarter", "quy i nam 2023 he thong dan van ha nam trien khai quy che so 05 duoc gi", "quy i nam 2023", F1),
    ("date", "Bộ Chính trị ký Quyết định số 23 hôm 15/5/2021 để ban hành quy chế gì?", "15/5/2021", F1),
    ("date", "hà nam có chỉ thị 08 ký ngày 25/10/2021 về tôn giáo không, nội dung thế nào", "25/10/2021", F1),
    ("date", "Chiều 27/11, Ban Dân vận Tỉnh ủy Hà Nam tổng kết phong trào gì?", "27/11", F1),
    ("document", "BTV Tỉnh ủy Hà Nam ban hành Quy chế số 15 về công tác dân vận khi nào?", "Quy chế số 15", F1),
    ("document", "Hà Nam 2023 giám sát người đứng đầu theo Quy định số 205 của Ban Bí thư thế nào?",
     "Quy định số 205", F1),
    ("document", "nghi quyet dai hoi dang bo tinh ha nam lan thu xxi de ra muc tieu gi cho nam 2023",
     "lan thu xxi", F1),
    ("document", "Chỉ thị số 18 của BTV Tỉnh ủy Hà Nam về công tác tôn giáo được triển khai ra sao?",
     "Chỉ thị số 18", F1),
    ("person", "Bà Lê Thị Thủy, Phó Bí thư Thường trực Tỉnh ủy Hà Nam, nhấn mạnh năm 2023 là năm gì?",
     "Lê Thị Thủy", F1),
    ("person", "ong truong quoc huy trao bang khen cho may mo hinh dan van kheo ha nam", "truong quoc huy", F1),
    ("organisation", "Hội Phụ nữ tỉnh Hà Nam trao bao nhiêu giấy khen dân vận khéo năm 2022?", "Hội Phụ nữ", F1),
    ("organisation", "Liên đoàn Lao động tỉnh Hà Nam tổng kết Dân vận khéo 2022 vào hôm nào?",
     "Liên đoàn Lao động", F1),
    ("organisation", "Ban Tổ chức Tỉnh ủy Hà Nam khen thưởng tập thể làm dân vận năm 2022 thế nào?",
     "Ban Tổ chức", F1),
    ("not_said", "10 mô hình dân vận khéo cấp tỉnh Hà Nam được bằng khen năm 2022 tên là gì?", None, F1),
    ("not_said", "hoi nghi tong ket dan van ha nam ngay 20/12 to chuc o hoi truong nao", None, F1),
    ("not_said", "Ở Hà Nam, mô hình Dân vận khéo cấp tỉnh được thưởng kèm bao nhiêu tiền mỗi mô hình?", None, F1),
    ("not_said", "Năm 2022 Hà Nam tổ chức bao nhiêu cuộc đối thoại giữa người đứng đầu với dân?", None, F1),

    # --- 002 giao ban quý I/2019 (no place swap: its province is not named) ---
    ("year", "Giao ban dân vận quý I năm 2017 của Ban Dân vận Tỉnh uỷ diễn ra ngày nào?", "năm 2017", F2),
    ("year", "dip tet canh ty 2020 co bao nhieu luot qua tang ho ngheo", "canh ty 2020", F2),
    ("year", "chủ đề công tác của tỉnh cho Năm Dân vận chính quyền 2018 gồm những chữ gì", "chính quyền 2018", F2),
    ("year", "Đại hội Đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2024 - 2029 được chuẩn bị thế nào?",
     "2024 - 2029", F2),
    ("quarter", "quy iv/2019 ban dan van tinh uy giao ban co ai du", "quy iv/2019", F2),
    ("quarter", "Nửa cuối năm 2019 tỉnh trao bao nhiêu lượt quà cho người có công?", "Nửa cuối năm 2019", F2),
    ("quarter", "Tổng kết cả năm 2019 công tác dân vận của tỉnh đạt những kết quả gì?", "cả năm 2019", F2),
    ("date", "Ngày 15/4/2019 Ban Dân vận Tỉnh ủy giao ban dân vận có những ai dự?", "15/4/2019", F2),
    ("date", "hoi nghi giao ban dan van ngay 5/3/2019 trien khai nhiem vu gi", "5/3/2019", F2),
    ("document", "Nghị quyết số 09 của Tỉnh ủy về Năm Dân vận chính quyền 2019 yêu cầu gì?",
     "Nghị quyết số 09", F2),
    ("document", "ke hoach 27 ve nam dan van chinh quyen 2019 cua tinh co noi dung gi", "ke hoach 27", F2),
    ("person", "Ông Nguyễn Văn Thắng, Phó Chủ tịch UBND tỉnh, có ý kiến gì ở giao ban dân vận quý I/2019?",
     "Nguyễn Văn Thắng", F2),
    ("person", "pho bi thu thuong truc tinh uy tran quoc toan chi dao gi tai giao ban quy 1 nam 2019",
     "tran quoc toan", F2),
    ("organisation", "Hội Liên hiệp Phụ nữ tỉnh giao ban quý I/2019 vào ngày nào?", "Hội Liên hiệp Phụ nữ", F2),
    ("organisation", "Sở Lao động - Thương binh và Xã hội tổ chức mấy đoàn thăm chúc tết Kỷ Hợi?",
     "Sở Lao động", F2),
    ("organisation", "huyen uy giao ban dan van quy i nam 2019 co lanh dao tinh nao ve du khong", "huyen uy", F2),
    ("not_said", "62 nghìn lượt quà Tết Kỷ Hợi, mỗi suất trị giá bao nhiêu tiền?", None, F2),
    ("not_said", "Giao ban quý I/2019 nêu cụ thể những tồn tại, hạn chế nào trong công tác dân vận?", None, F2),
    ("not_said", "ban dan toc tinh moi bao nhieu dai bieu du dai hoi dan toc thieu so 2019", None, F2),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội ---
    ("place", "Cụm thi đua Dân vận các Quận ủy TP Hải Phòng sơ kết 6 tháng đầu năm 2019 tọa đàm về gì?",
     "Hải Phòng", F3),
    ("place", "quan dong da 2019 ky ket chuong trinh phoi hop giua ban dan van quan uy voi ubnd quan ra sao",
     "dong da", F3),
    ("place", "Trần Việt Hà, Phó Chủ tịch UBND quận Long Biên, tham luận về nội dung gì?", "Long Biên", F3),
    ("place", "tp hcm: cụm thi đua dân vận các quận ủy có bao nhiêu đơn vị tham luận năm 2019", "tp hcm", F3),
    ("place", "Quận Hà Đông những tháng đầu năm 2019 đạt kết quả kinh tế - xã hội gì theo Phó Bí thư Quận ủy?",
     "Hà Đông", F3),
    ("year", "Hồi giữa năm 2018 các quận ủy Hà Nội trong cụm thi đua dân vận sơ kết phong trào hôm nào?", "năm 2018", F3),
    ("year", "nam 2016 ban dan van quan uy phoi hop ubnd quan thuc hien nam dan van chinh quyen the nao",
     "nam 2016", F3),
    ("quarter", "9 tháng đầu năm 2019 cụm thi đua dân vận các quận ủy Hà Nội đạt kết quả gì?",
     "9 tháng đầu năm 2019", F3),
    ("quarter", "quy 3/2019 cac quan trong cum thi dua dan van chia se kinh nghiem gpmb gi", "quy 3/2019", F3),
    ("date", "hôm 16/8/2019 các quận ủy hà nội trong cụm thi đua dân vận họp bàn chuyện gì", "16/8/2019", F3),
    ("document", "Chỉ thị số 15-CT/TW được các quận ủy Hà Nội gắn với Dân vận khéo thế nào?", "15-CT/TW", F3),
    ("document", "dan van kheo cac quan ha noi co gan voi nghi quyet trung uong 7 khoa xii khong",
     "trung uong 7", F3),
    ("person", "Trưởng Ban Dân vận Thành ủy Hà Nội Nguyễn Thị Bích Ngọc đánh giá ban dân vận các quận thế nào năm 2019?",
     "Nguyễn Thị Bích Ngọc", F3),
    ("person", "ong dao ngoc trieu truong ban dan van thanh uy ha noi phat bieu gi o hoi nghi cum thi dua",
     "dao ngoc trieu truong ban", F3),
    ("person", "Ông Nguyễn Văn Tùng, Trưởng Ban Dân vận Quận ủy, trình bày báo cáo đề dẫn gì?",
     "Nguyễn Văn Tùng", F3),
    ("organisation", "Ban Dân vận Quận ủy ký kết chương trình phối hợp với Công an quận năm 2019 ra sao?",
     "Công an quận", F3),
    ("organisation", "Hội Nông dân các quận Hà Nội chia sẻ kinh nghiệm gì tại tọa đàm 2019?", "Hội Nông dân", F3),
    ("organisation", "cum thi dua dan van cac huyen uy ngoai thanh ha noi nam 2019 toa dam chu de gi",
     "cac huyen uy", F3),
    ("not_said", "12 đơn vị trong Cụm thi đua Dân vận các Quận ủy Hà Nội gồm những quận nào?", None, F3),
    ("not_said", "Quận nào dẫn đầu Cụm thi đua Dân vận các Quận ủy 6 tháng đầu năm 2019?", None, F3),
    ("not_said", "hoi nghi so ket cum thi dua dan van cac quan uy nam 2019 co bao nhieu dai bieu du", None, F3),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ ---
    ("place", "Bí thư Thành ủy TP.HCM làm việc với Ban Dân vận Thành ủy ngày 28/4/2020 chỉ đạo gì?", "TP.HCM", F4),
    ("place", "Trưởng ban Dân vận quận Ba Đình nói gì tại buổi làm việc với Bí thư Vương Đình Huệ?", "Ba Đình", F4),
    ("place", "doan kiem tra so 1 tong ket quyet dinh 290 lam viec o hai duong hom nao", "hai duong", F4),
    ("place", "Đời sống đồng bào dân tộc thiểu số huyện Sóc Sơn được cải thiện thế nào theo báo cáo ngày 28/4?",
     "Sóc Sơn", F4),
    ("place", "đà nẵng: ban dân vận thành ủy phối hợp ban tuyên giáo chống dịch covid-19 thế nào", "đà nẵng", F4),
    ("year", "Năm 2016 Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận, kết luận những gì?", "Năm 2016", F4),
    ("year", "nam 2018 ban dan van thanh uy ha noi neu ra nhung ton tai han che nao", "nam 2018", F4),
    ("year", "Hà Nội chuẩn bị Hội nghị Tổng kết Quyết định 290 vào năm 2015 thế nào?", "năm 2015", F4),
    ("quarter", "Quý III/2020 Ban Dân vận Thành ủy Hà Nội đạt những kết quả nổi bật gì?", "Quý III/2020", F4),
    ("quarter", "quy 2/2020 ban dan van thanh uy ha noi lam duoc nhung gi", "quy 2/2020", F4),
    ("date", "Ngày 15/6 ông Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội về nội dung gì?", "15/6", F4),
    ("date", "ngay 20/3/2020 bi thu thanh uy ha noi lam viec voi ban dan van ra sao", "20/3/2020", F4),
    ("document", "Bí thư Huệ kiểm tra chuẩn bị tổng kết 10 năm Quyết định số 217-QĐ/TW thế nào?", "217-QĐ/TW", F4),
    ("document", "Hà Nội tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW ra sao, Bí thư Huệ kiểm tra thế nào?", "25-NQ/TW", F4),
    ("person", "Ông Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội, làm việc với Ban Dân vận ngày 28/4/2020 nói gì?",
     "Đinh Tiến Dũng", F4),
    ("person", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Lê Thị Thu Hằng báo cáo gì?",
     "Lê Thị Thu Hằng", F4),
    ("person", "chu tich ubnd tp ha noi chu ngoc anh de nghi gi voi ban dan van thanh uy", "chu ngoc anh", F4),
    ("organisation", "Ban Tổ chức Thành ủy Hà Nội báo cáo những tồn tại gì với Bí thư Vương Đình Huệ?",
     "Ban Tổ chức Thành ủy", F4),
    ("organisation", "Hội Nông dân thành phố Hà Nội góp gì vào kết quả kiểm soát dịch COVID-19?", "Hội Nông dân", F4),
    ("organisation", "Ủy ban Kiểm tra Thành ủy Hà Nội làm việc với Bí thư Huệ hôm 28/4 về gì?", "Ủy ban Kiểm tra", F4),
    ("not_said", "Buổi làm việc của Bí thư Huệ với Ban Dân vận Thành ủy ngày 28/4/2020 có bao nhiêu người dự?",
     None, F4),
    ("not_said", "Bao giờ Hà Nội tổ chức hội nghị tổng kết 10 năm Quyết định 290?", None, F4),
    ("not_said", "chu tich hoi cuu chien binh thanh pho ha noi ten la gi", None, F4),
    ("not_said", "Hà Nội đã chi trả gói an sinh của Chính phủ cho bao nhiêu người?", None, F4),
]
CROSS = set()  # no value another article holds is allowed this round

# ---------------------------------------------------------------------------
# smalltalk: (intent, line)
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào buổi chiều bot nhé"),
    ("greeting", "xin chào danvan bot"),
    ("greeting", "hello ad ơi"),
    ("greeting", "chao bot, minh moi vao nhom"),
    ("thanks", "cảm ơn bot, mình hiểu rồi"),
    ("thanks", "cam on nhieu nhe bot"),
    ("thanks", "thank bot nhiều 🙏"),
    ("thanks", "em cảm ơn ad nhiều ạ"),
    ("farewell", "mình out nhé, chào bot"),
    ("farewell", "thoi nghi day, bye"),
    ("farewell", "hẹn mai nói chuyện tiếp nha bot"),
    ("identity", "bot tên gì vậy"),
    ("identity", "ai lập trình con bot này thế"),
    ("identity", "ban co phai nguoi that khong"),
    ("capability", "bot có tra cứu được văn bản không"),
    ("capability", "ban tra loi duoc nhung gi"),
    ("help", "bắt đầu dùng bot thế nào nhỉ"),
    ("help", "/help hướng dẫn với"),
    ("help", "hoi bot kieu gi moi ra ket qua vay"),
    ("ack", "ừ, được"),
    ("ack", "ok noted"),
    ("ack", "vâng ạ, em biết rồi"),
    ("ack", "oke bot"),
    ("emoji", "🤝"),
    ("emoji", "💯"),
    ("emoji", "😅😅"),
    ("laughter", "hihihi"),
    ("laughter", "kkkk 😆"),
    ("praise", "hay quá bot ơi 👍"),
    ("praise", "bot trả lời chuẩn luôn"),
    ("praise", "bot gioi that"),
    ("complaint", "bot ơi trả lời sai rồi đó"),
    ("complaint", "tra loi lung tung qua"),
    ("complaint", "câu trả lời chẳng đúng ý mình gì cả"),
    ("chitchat", "bot ăn trưa chưa đấy"),
    ("chitchat", "hôm nay mưa to quá"),
    ("chitchat", "bot có biết hát không"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# one or two word-level slips; syllables stay separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 TP Hưng Yên ---
    (F0, "Ban Dân vận Thành ủy Hưng Yên chủ đông tham mưu giải quyết những vấn đề gì?",
         "Ban Dân vận Thành ủy Hưng Yên chủ động tham mưu giải quyết những vấn đề gì?",
         ["giải quyết những vấn đề mới nảy sinh tại địa phương"], "Những vấn đề mới nảy sinh tại địa phương"),
    (F0, "UBND thành phố Hưng Yên chỉ đạo GPMB các công trình trọng điễm từ lúc nào?",
         "UBND thành phố Hưng Yên chỉ đạo GPMB các công trình trọng điểm từ lúc nào?",
         ["Ngay từ đầu năm UBND tành phố đã tập trung chỉ đạo công tác GPMB"], "Ngay từ đầu năm 2020"),
    (F0, "lãnh đạo nào đánh giá thành tích dân vận tp hưng yên nửa đàu 2020",
         "lãnh đạo nào đánh giá thành tích dân vận tp hưng yên nửa đầu 2020",
         ["Cao Quang Hưng - Tỉnh ủy viên", "Nguyễn Chí Thanh, PPhó Bí thư thường trực Thành ủy ghi nhận"],
         "Đồng chí Cao Quang Hưng và đồng chí Nguyễn Chí Thanh"),
    (F0, "nawm 2020 thanh pho hung yen tuyen truyen chao mung dai hoi dang toan quoc lan thu may",
         "nam 2020 thanh pho hung yen tuyen truyen chao mung dai hoi dang toan quoc lan thu may",
         ["tiến tới Đại hội Đảng toàn quốc lần thứ XIII"], "Lần thứ XIII"),
    (F0, "Khối dân vận cơ sở ở TP Hưng Yên theo dõi diễn biếng tư tưởng của ai?",
         "Khối dân vận cơ sở ở TP Hưng Yên theo dõi diễn biến tư tưởng của ai?",
         ["nắm tình hình diễn biến tư tưởng của các tầng lớp nhân dân"], "Của các tầng lớp nhân dân"),
    (F0, "Hội nghị giao ban dân vận TP Hưng Yên đề suất giải pháp cho giai đoạn nào?",
         "Hội nghị giao ban dân vận TP Hưng Yên đề xuất giải pháp cho giai đoạn nào?",
         ["hiệu quả công tác dân vận 6 tháng cuối năm"], "6 tháng cuối năm 2020"),
    (F0, "Đề án 02 của BTV Tỉnh ủy Hưng Yên nhằm nâng cao dân vận của nhữn cơ quan nào?",
         "Đề án 02 của BTV Tỉnh ủy Hưng Yên nhằm nâng cao dân vận của những cơ quan nào?",
         ["của cơ quan hành chính nhà nước, chính quyền các cấp"],
         "Cơ quan hành chính nhà nước, chính quyền các cấp"),
    (F0, "phong trao chieu thuw 6 o tp hung yen vi dieu gi",
         "phong trao chieu thu 6 o tp hung yen vi dieu gi",
         ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"],
         "Vì môi trường thành phố Hưng Yên sạch - đẹp"),

    # --- 001 Hà Nam ---
    (F1, "Năm 2022 Ban Dân vận cấp ury Hà Nam nắm bắt những tình hình gì?",
         "Năm 2022 Ban Dân vận cấp ủy Hà Nam nắm bắt những tình hình gì?",
         ["tình hình nhân dân, tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn"],
         "Tình hình nhân dân, tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn"),
    (F1, "Ở Hà Nam, mô hình Dân vận khéo được tổ chức ra mát có đảm bảo kế hoạch không?",
         "Ở Hà Nam, mô hình Dân vận khéo được tổ chức ra mắt có đảm bảo kế hoạch không?",
         ["tổ chức ra mắt và đi vào hoạt động đảm bảo kế hoạch đề ra"],
         "Có: ra mắt và đi vào hoạt động đảm bảo kế hoạch đề ra"),
    (F1, "hà nam 2022 mặt trận tham gia phong trào thi đua yêu nươc và phòng chống dịch gì",
         "hà nam 2022 mặt trận tham gia phong trào thi đua yêu nước và phòng chống dịch gì",
         ["phong trào thi đua yêu nước; công tác phòng, chống dịch Covid-19"], "Dịch Covid-19"),
    (F1, "Bà Đinh Thị Lụa đề nghị hệ thống dân vận trong tỉnh tập trung triển khia gì?",
         "Bà Đinh Thị Lụa đề nghị hệ thống dân vận trong tỉnh tập trung triển khai gì?",
         ["tập trung triển khai thực hiện tốt một số nhiệm vụ trọng tâm"],
         "Một số nhiệm vụ trọng tâm, trọng tâm là quán triệt Quyết định 23, Quy chế 05, Chỉ thị 08"),
    (F1, "Bộ Chính trị ra Quyết định số 23 năm 2021 để ban hàn quy chế nào?",
         "Bộ Chính trị ra Quyết định số 23 năm 2021 để ban hành quy chế nào?",
         ["ban hành “Quy chế công tác dân vận của hệ thống chính trị”"],
         "Quy chế công tác dân vận của hệ thống chính trị"),
    (F1, "Hà Nam ra Chỉ thị số 08 năm 2021 về viêc gì?",
         "Hà Nam ra Chỉ thị số 08 năm 2021 về việc gì?",
         ["Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo"],
         "Nâng cao chất lượng, hiệu quả công tác tôn giáo của hệ thống chính trị trong tình hình mới"),
    (F1, "Mô hình Dân vận khéo năm 2023 ở Hà Nam cần đem lại điều gì cho dânn?",
         "Mô hình Dân vận khéo năm 2023 ở Hà Nam cần đem lại điều gì cho dân?",
         ["đem lại lợi ích thiết thực, giải quyết được nguyện vọng hợp pháp"],
         "Lợi ích thiết thực, giải quyết nguyện vọng hợp pháp, chính đáng của Nhân dân"),
    (F1, "ha nam 2022 chinh quyen dam bao chin sach gi cho dan",
         "ha nam 2022 chinh quyen dam bao chinh sach gi cho dan",
         ["đảm bảo tốt chính sách an sinh xã hội"], "Chính sách an sinh xã hội"),
    (F1, "Năm 2023 Hà Nam muốn nâng cao chất lượg công tác gì ngay từ cơ sở?",
         "Năm 2023 Hà Nam muốn nâng cao chất lượng công tác gì ngay từ cơ sở?",
         ["công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo"],
         "Công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo"),
    (F1, "Ban Chỉ đạo Dân vận khéo Hà Nam tham mưu tăng cường lảnh đạo với mô hình nào?",
         "Ban Chỉ đạo Dân vận khéo Hà Nam tham mưu tăng cường lãnh đạo với mô hình nào?",
         ["Chính quyền thân thiện vì Nhân dân phục vụ"],
         "Mô hình “Chính quyền thân thiện vì Nhân dân phục vụ” cấp huyện, cấp xã"),
    (F1, "Hà Nam yêu cầu MTTQ phát huy vai trò tham gia xây dựg những gì?",
         "Hà Nam yêu cầu MTTQ phát huy vai trò tham gia xây dựng những gì?",
         ["tham gia xây dựng Đảng, xây dựng chính quyền"], "Xây dựng Đảng, xây dựng chính quyền"),

    # --- 002 giao ban quý I/2019 ---
    (F2, "Hội nghị giao ban quý I/2019 do cơ quan nào tổ chuwcs?",
         "Hội nghị giao ban quý I/2019 do cơ quan nào tổ chức?",
         ["Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ban Dân vận Tỉnh ủy"),
    (F2, "Quý I/2019 Ban Dân vận các cấp nâng cao chất lượng phối hợp, hướng dẩn về mặt nào?",
         "Quý I/2019 Ban Dân vận các cấp nâng cao chất lượng phối hợp, hướng dẫn về mặt nào?",
         ["hướng dẫn, triển khai về chuyên môn, nghiệp vụ"], "Về chuyên môn, nghiệp vụ"),
    (F2, "dip tet ky hoi 2019 co may doan di chuc tet ho kho khna",
         "dip tet ky hoi 2019 co may doan di chuc tet ho kho khan",
         ["12 đoàn công tác thăm, chúc tết"], "12 đoàn công tác"),
    (F2, "Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết qủa gì ở giao ban quý I/2019?",
         "Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả gì ở giao ban quý I/2019?",
         ["ghi nhận những kết quả trong thực hiện công tác dân vận"],
         "Những kết quả trong thực hiện công tác dân vận (đồng thời chỉ rõ tồn tại, hạn chế)"),
    (F2, "Ban Dân tộc được giao thực hiện tốt viẹc gì trong năm 2019?",
         "Ban Dân tộc được giao thực hiện tốt việc gì trong năm 2019?",
         ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"],
         "Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    (F2, "Đầu năm 2019 mặt trận, đoàn thể vận độg bà con làm tốt chính sách nào?",
         "Đầu năm 2019 mặt trận, đoàn thể vận động bà con làm tốt chính sách nào?",
         ["thực hiện tốt chính sách an sinh xã hội"], "Chính sách an sinh xã hội"),
    (F2, "Đồng chí Hoàng Văn Nghiệm đề nghị tuyên chuyền thực hiện tốt những gì?",
         "Đồng chí Hoàng Văn Nghiệm đề nghị tuyên truyền thực hiện tốt những gì?",
         ["thực hiện tốt các chủ trương của Đảng, chính sách pháp luật của Nhà nước"],
         "Các chủ trương của Đảng, chính sách pháp luật của Nhà nước"),
    (F2, "o giao ban quy i/2019 dai bieu dua ra giai phap de lam gii",
         "o giao ban quy i/2019 dai bieu dua ra giai phap de lam gi",
         ["các giải pháp nhằm thực hiện tốt công tác dân vận trong thời gian tới"],
         "Để thực hiện tốt công tác dân vận trong thời gian tới"),

    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội ---
    (F3, "Cụm thi đua Dân vận các Quận ủy tọa đàm về quy chế dân chủ trong lĩnh vưc nào?",
         "Cụm thi đua Dân vận các Quận ủy tọa đàm về quy chế dân chủ trong lĩnh vực nào?",
         ["quy chế dân chủ trong công tác quản lý trật tự xây dựng"],
         "Quản lý trật tự xây dựng và giải phóng mặt bằng"),
    (F3, "Năm 2019 các quận trong cụm tham mưu cho cấp ủy xây dựng kế hoạc gì?",
         "Năm 2019 các quận trong cụm tham mưu cho cấp ủy xây dựng kế hoạch gì?",
         ["Kế hoạch tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy"],
         "Kế hoạch tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"),
    (F3, "Phong trào Dân vận khéo ở các quận có sức lan tõa không?",
         "Phong trào Dân vận khéo ở các quận có sức lan tỏa không?",
         ["có sức lan tỏa, góp phần quan trọng"],
         "Có: nhiều mô hình, điển hình hiệu quả, có sức lan tỏa"),
    (F3, "Bà Nguyễn Thị Tuyến giữ chức vụ gì ở Thành ủy Hà Nọi?",
         "Bà Nguyễn Thị Tuyến giữ chức vụ gì ở Thành ủy Hà Nội?",
         ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"],
         "UVTV Thành ủy, Trưởng Ban Dân vận Thành ủy Hà Nội"),
    (F3, "Người phat biểu chỉ đạo ở hội nghị cụm thi đua của các quận ủy là ai vậy",
         "Người phát biểu chỉ đạo ở hội nghị cụm thi đua của các quận ủy là ai vậy",
         ["Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Thị Tuyến"], "Đồng chí Nguyễn Thị Tuyến"),
    (F3, "cum thi dua dan van cac quan uy ha noi nam 2019 co ai tham luan ve gpmb cau giya",
         "cum thi dua dan van cac quan uy ha noi nam 2019 co ai tham luan ve gpmb cau giay",
         ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy trình bày tham luận"], "Đồng chí Trần Việt Hà"),
    (F3, "Ông Phương Kiến Quốc nêu bậc kết quả của quận Cầu Giấy trên những lĩnh vực nào?",
         "Ông Phương Kiến Quốc nêu bật kết quả của quận Cầu Giấy trên những lĩnh vực nào?",
         ["về kinh tế - xã hội, quốc phòng, an ninh của quận Cầu Giấy"],
         "Kinh tế - xã hội, quốc phòng, an ninh"),
    (F3, "Bà Tuyến đề nghị đẩy mạn hơn nữa phong trào nào?",
         "Bà Tuyến đề nghị đẩy mạnh hơn nữa phong trào nào?",
         ["Đẩy mạnh hơn nữa phong trào thi đua “Dân vận khéo”"], "Phong trào thi đua “Dân vận khéo”"),

    # --- 004 Hà Nội, Bí thư Vương Đình Huệ ---
    (F4, "Bí thư Vương Đình Huệ nhấn mạnh cán bộ dân vận phải thành tâm đến vơi ai?",
         "Bí thư Vương Đình Huệ nhấn mạnh cán bộ dân vận phải thành tâm đến với ai?",
         ["thành tâm đến với nhân dân để hiểu dân"], "Đến với nhân dân để hiểu dân"),
    (F4, "Theo Ban Dân vận Hà Nội, giải quyết khiếu nại tố cáo có nơi còn để vụ viêc thế nào?",
         "Theo Ban Dân vận Hà Nội, giải quyết khiếu nại tố cáo có nơi còn để vụ việc thế nào?",
         ["chưa kịp thời, dứt điểm để vụ việc kéo dài"], "Chưa kịp thời, dứt điểm, để vụ việc kéo dài"),
    (F4, "Ban Dân vận Hà Nội phát huy sức mạng gì qua phong trào Dân vận khéo?",
         "Ban Dân vận Hà Nội phát huy sức mạnh gì qua phong trào Dân vận khéo?",
         ["góp phần phát huy sức mạnh đại đoàn kết toàn dân"], "Sức mạnh đại đoàn kết toàn dân"),
    (F4, "hà nội: đồng bào dân tộc thiễu số sống ra sao",
         "hà nội: đồng bào dân tộc thiểu số sống ra sao",
         ["đồng bào dân tộc thiểu số của thành phố được cải thiện rõ rệt"], "Được cải thiện rõ rệt"),
    (F4, "Bí thư Thành ủy Hà Nội kiểm tra việc chuẩn bi hội nghị gì?",
         "Bí thư Thành ủy Hà Nội kiểm tra việc chuẩn bị hội nghị gì?",
         ["chuẩn bị Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"],
         "Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"),
    (F4, "ông huệ yêu cầu dân vận tham gia giải quyết nhữn vụ việc gì",
         "ông huệ yêu cầu dân vận tham gia giải quyết những vụ việc gì",
         ["tham gia giải quyết vụ việc \"nóng\""],
         "Vụ việc “nóng”, có tác động, ảnh hưởng lớn đến tâm tư, dư luận xã hội"),
    (F4, "Ban Dân vận Thành ủy Hà Nội tham mưu triển khai chỉ thị nghị quyết như thế nàoo?",
         "Ban Dân vận Thành ủy Hà Nội tham mưu triển khai chỉ thị nghị quyết như thế nào?",
         ["triển khai đồng bộ, hiệu quả chỉ thị, nghị quyết của Đảng"],
         "Đồng bộ, hiệu quả, từ thành phố đến cơ sở"),
    (F4, "Hà Nội cần làm gì với các vấn đề liên quan đến dân tộc, tông giáo?",
         "Hà Nội cần làm gì với các vấn đề liên quan đến dân tộc, tôn giáo?",
         ["giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"],
         "Tăng cường quản lý Nhà nước, giải quyết hiệu quả các vấn đề đó"),
    (F4, "vuong dinh hue la uy vien co quan nao cua dangg",
         "vuong dinh hue la uy vien co quan nao cua dang",
         ["Ủy viên Bộ Chính trị, Bí thư Thành ủy"], "Ủy viên Bộ Chính trị"),
    (F4, "Phó ban thường trực BDV Thành ủy Hà Nooij hồi 2020 tên là gì?",
         "Phó ban thường trực BDV Thành ủy Hà Nội hồi 2020 tên là gì?",
         ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"], "Bà Phạm Hải Hoa"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Thuế thu nhập cá nhân giảm trừ gia cảnh cho bản thân bao nhiêu một tháng?",
    "quyet toan thue tncn online lam the nao",
    "Đóng bảo hiểm xã hội tự nguyện mức thấp nhất là bao nhiêu?",
    "bao hiem that nghiep duoc huong may thang",
    "Thủ tục cấp sổ đỏ lần đầu cho đất ông bà để lại gồm những bước nào?",
    "Chuyển đất nông nghiệp lên đất ở thì nộp tiền sử dụng đất thế nào?",
    "Mai Hà Nội có rét không?",
    "thoi tiet da nang cuoi tuan nay",
    "Có cơn bão nào sắp vào miền Trung không?",
    "Kết quả trận Việt Nam gặp Indonesia hôm qua thế nào?",
    "Ai vô địch Champions League mùa trước?",
    "world cup 2026 da o nhung nuoc nao",
    "Giá heo hơi hôm nay ở miền Bắc bao nhiêu?",
    "gia ca phe dak lak hom nay",
    "Giá vé tàu Hà Nội - Sài Gòn dịp Tết này bao nhiêu?",
    "Bị cảm cúm uống thuốc gì cho nhanh khỏi?",
    "dau lung keo dai nen kham khoa nao",
    "Người tiểu đường nên ăn trái cây gì?",
    "Đại hội XIV của Đảng bầu ai làm Tổng Bí thư?",
    "dai hoi dang toan quoc lan thu 14 hop bao nhieu ngay",
    "Cán bộ bị kỷ luật cảnh cáo thì bao lâu mới được bổ nhiệm lại?",
    "Các hình thức kỷ luật đảng viên gồm những gì?",
    "Quy định 69 về kỷ luật tổ chức đảng, đảng viên có gì mới?",
    "Bộ Chính trị khóa XIV có bao nhiêu ủy viên?",
    "dân vận khéo được chấm điểm theo những tiêu chí nào của Trung ương?",
    "Mô hình nuôi tôm công nghệ cao có lãi không?",
    "mo hinh kinh doanh nhuong quyen la gi",
    "Hội nghị APEC năm nay tổ chức ở nước nào?",
    "Cách viết biên bản hội nghị tiếp xúc cử tri",
    "Vận đơn đường biển là gì?",
    "dan so viet nam hien nay bao nhieu nguoi",
    "Xe khách Hà Nội đi Hưng Yên bắt ở bến nào?",
    "Cách đăng ký thường trú cho con mới sinh",
    "lam can cuoc cho tre duoi 14 tuoi can gi",
    "Thủ đô của Úc là thành phố nào?",
    "Ai là người phát minh ra bóng đèn điện?",
    "1 sào Bắc Bộ bằng bao nhiêu mét vuông?",
    "Lễ Quốc khánh 2/9 năm nay được nghỉ mấy ngày?",
    "lich nghi tet am lich nam nay cua cong chuc",
    "Chủ tịch nước Việt Nam hiện nay là ai?",
    "Ứng dụng iHanoi dùng để phản ánh những gì?",
    "phu cap cong vu cua can bo cong chuc hien nay bao nhieu phan tram",
    "Quy trình xét tặng Huy hiệu 30 năm tuổi Đảng thế nào?",
    "Trưởng thôn được hưởng phụ cấp bao nhiêu một tháng?",
    "hội nông dân việt nam thành lập ngày nào",
    "ty gia yen nhat hom nay",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 15, "year": 10, "quarter": 8, "date": 8, "not_said": 10,
         "document": 8, "person": 8, "organisation": 8}
MINS = {"answerable10": 90, "near_misses10": 90, "off_topic10": 40, "smalltalk10": 30, "slips10": 40}


def unmarked(q):
    return q == strip_marks(q)


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)

    answerable = answerable_rows(ANSWERABLE, 10, ANSWER_KINDS, gold_ok, errors)

    # --- near misses
    cross_used = []

    def no_place_swap_on_f2(tag, swapped, src):
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")

    near = near_miss_rows(NEAR_MISSES, 10, SWAPS, arts, CROSS, errors, cross_used, no_place_swap_on_f2)
    small = smalltalk_rows(SMALLTALK, 10, INTENTS, errors)

    # --- slips
    slips = []
    for i, (fname, q, correct, snips, ans) in enumerate(SLIPS, 1):
        tag = f"s10_{i:03d}"
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

    off = off_topic_rows(OFF_TOPIC, 10)

    # --- global checks
    sets = {"answerable10": answerable, "near_misses10": near, "off_topic10": off,
            "slips10": slips, "smalltalk10": small}
    check_repeats(sets, 10, errors)
    kc, sc = check_counts(sets, MINS, answerable, near, ANSWER_KINDS, SWAPS, errors)
    shares = {}
    for sname, rows, key, need in (("answerable10", answerable, "question", 0.22),
                                   ("near_misses10", near, "question", 0.25),
                                   ("off_topic10", off, "question", 0.25),
                                   ("slips10", slips, "correct", 0.15)):
        n = sum(1 for r in rows if unmarked(r[key]))
        shares[sname] = (n, len(rows))
        if n < need * len(rows):
            errors.append(f"{sname}: only {n} of {len(rows)} without diacritics (< {need:.0%})")
    if len({r["file"] for r in slips}) != 5:
        errors.append("slips10: not all five articles used")
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 10)

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
