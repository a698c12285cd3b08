#!/usr/bin/env python3
"""Round 8 evaluation sets for the danvan bot (written independently, from the
five corpus articles only; the retrieval and bot code were not read, nor any
*_test.jsonl file).

Data file style: every question is written inline below.  Running the script

  * checks that every gold snippet of an answerable / slip question is an exact
    substring and that all snippets of one question occur together in ONE line
    of the named article (and that a snippet has at most 15 words),
  * checks that the swapped value of a near miss appears in the question but
    NOT in its source article (case-insensitive, and again with diacritics
    stripped); a value that another article does hold is allowed only when it
    is listed in CROSS (the fact asked is still not given for it),
  * checks a few formatting rules (no_diacritics really has no marks and no
    capitals, keywords are 3-6 words, a slip differs from its correction in
    1-2 words, ids and questions are unique, no question repeats an earlier
    round exactly, minimum counts),
  * splits each set ONCE: shuffle with a fresh random.Random(8), first half
    (rounded down) -> *8_tune.jsonl, the rest -> *8_test.jsonl (each half
    sorted by id),

and writes ten files into the folder of this script.
"""
import collections

from rounds import (
    ANSWER_KINDS, INTENTS, F0, F1, F2, F3, F4, answerable_rows, check_counts, check_repeats, fail_on, gold_checker, load_corpus, near_miss_rows,
    off_topic_rows, slip_rows, smalltalk_rows, split_and_write, strip_marks,
)



# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- ai ---
    ("ai", F0, "Lãnh đạo Ban Dân vận tỉnh ủy nào xuống dự giao ban dân vận của thành phố Hưng Yên hồi tháng 7/2020?",
     ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực"],
     "Đồng chí Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"),
    ("ai", F0, "Ai đưa tin về hội nghị giao ban dân vận của Thành ủy Hưng Yên năm 2020?",
     ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"],
     "Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"),
    ("ai", F1, "Hội nghị tổng kết Dân vận khéo 2022 ở Hà Nam có những lãnh đạo tỉnh nào dự?",
     ["Đinh Thị Lụa", "Nguyễn Anh Chức"],
     "Đồng chí Đinh Thị Lụa (Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy) và đồng chí "
     "Nguyễn Anh Chức (Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh)"),
    ("ai", F1, "Theo bài tổng kết ở Hà Nam, những ai tham gia thực hiện các mô hình Dân vận khéo?",
     ["cán bộ chiến sĩ lực lượng vũ trang, đoàn viên, hội viên và Nhân dân"],
     "Đông đảo cán bộ công chức, viên chức, cán bộ chiến sĩ lực lượng vũ trang, đoàn viên, hội viên và Nhân dân"),
    ("ai", F2, "Ai phải phối hợp tổ chức Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ mới?",
     ["Mặt trận Tổ quốc phối hợp với các cơ quan tổ chức tốt Đại hội"],
     "Mặt trận Tổ quốc phối hợp với các cơ quan (Đại hội nhiệm kỳ 2019 – 2024)"),
    ("ai", F2, "Quý I/2019 những lực lượng nào tuyên truyền, vận động hội viên và nhân dân thi đua yêu nước?",
     ["lực lượng vũ trang, MTTQ, các tổ chức chính trị - xã hội"],
     "Lực lượng vũ trang, MTTQ, các tổ chức chính trị - xã hội"),
    ("ai", F3, "Ai vừa là Phó Bí thư Thường trực Quận ủy vừa là Chủ tịch HĐND quận, có mặt ở hội nghị cụm thi đua?",
     ["Phương Kiến Quốc - Phó Bí thư Thường trực Quận ủy"],
     "Đồng chí Phương Kiến Quốc"),
    ("ai", F3, "Nguyễn Văn Chiến là ai trong hội nghị cụm thi đua dân vận các quận ủy?",
     ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"],
     "UVTV, Trưởng Ban Dân vận Quận ủy; thay mặt cụm thi đua trình bày báo cáo đề dẫn tọa đàm"),
    ("ai", F4, "Ai phát biểu kết luận buổi làm việc với Ban Dân vận Thành ủy Hà Nội hôm 28/4?",
     ["Kết luận buổi làm việc, Bí thư Thành ủy Hà Nội Vương Đình Huệ"],
     "Bí thư Thành ủy Hà Nội Vương Đình Huệ"),
    ("ai", F4, "Ông Huệ đề nghị Ban Dân vận tham mưu cho ai đối thoại chuyên đề về rác thải, kẹt xe?",
     ["tham mưu giúp Thường trực Thành ủy, Ban Thường vụ Thành ủy"],
     "Thường trực Thành ủy, Ban Thường vụ Thành ủy (Ban Dân vận phối hợp các Ban Đảng, Văn phòng Thành ủy tham mưu)"),

    # --- khi_nao ---
    ("khi_nao", F0, "giao ban dân vận nửa đầu 2020 của thành phố Hưng Yên họp bữa nào vậy",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban"], "Chiều ngày 2/7 (2020)"),
    ("khi_nao", F0, "Đề án 02 của Tỉnh ủy về dân vận chính quyền đề ngày mấy tháng mấy năm 2016?",
     ["đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"], "Ngày 15/8/2016"),
    ("khi_nao", F1, "Ở Hà Nam, các mô hình Dân vận khéo được rà soát lại từ năm nào trở về trước?",
     ["của năm 2021 và giai đoạn trước"], "Các mô hình của năm 2021 và giai đoạn trước"),
    ("khi_nao", F1, "Hà Nam xác định năm nào là năm giữa nhiệm kỳ, có ý nghĩa quan trọng?",
     ["năm 2023 là năm giữa nhiệm kỳ"], "Năm 2023"),
    ("khi_nao", F2, "Các đoàn công tác đi thăm gia đình khó khăn, người có công được tổ chức vào dịp nào?",
     ["dịp Tết Nguyên đán Kỷ Hợi đã tổ chức 12 đoàn công tác thăm"], "Dịp Tết Nguyên đán Kỷ Hợi (2019)"),
    ("khi_nao", F2, "Ban Dân vận Tỉnh uỷ họp giao ban quý đầu năm 2019 hôm nào?",
     ["Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức Hội nghị giao ban"], "Ngày 28/3/2019"),
    ("khi_nao", F3, "Cụm thi đua dân vận các quận ủy triển khai nhiệm vụ trọng tâm cho giai đoạn nào của năm 2019?",
     ["triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2019"], "6 tháng cuối năm 2019"),
    ("khi_nao", F3, "Ông Phương Kiến Quốc điểm lại thành tích của quận Cầu Giấy trong khoảng thời gian nào?",
     ["quận Cầu Giấy trong những tháng đầu năm 2019"], "Những tháng đầu năm 2019"),
    ("khi_nao", F4, "Hà Nội tăng cường phối hợp nắm tình hình nhân dân, tôn giáo nhất là vào dịp nào?",
     ["nhất là dịp trước, trong và sau Đại hội Đảng bộ các cấp"],
     "Trước, trong và sau Đại hội Đảng bộ các cấp, tiến tới Đại hội XVII của Đảng bộ thành phố, Đại hội XIII "
     "của Đảng, và trước diễn biến dịch COVID-19"),

    # --- bao_nhieu ---
    ("bao_nhieu", F0, "Chương trình số mấy của BCH Đảng bộ thành phố Hưng Yên được yêu cầu thực hiện có hiệu quả?",
     ["10 của BCH"], "Chương trình số 10"),
    ("bao_nhieu", F0, "TP Hưng Yên tuyên truyền chào mừng đại hội đảng các cấp tiến tới Đại hội Đảng toàn quốc lần thứ mấy?",
     ["tiến tới Đại hội Đảng toàn quốc lần thứ XIII"], "Lần thứ XIII"),
    ("bao_nhieu", F0, "Có mấy lãnh đạo phát biểu ghi nhận kết quả dân vận của thành phố Hưng Yên tại hội nghị?",
     ["Phát biểu tại hội nghị, đồng chí Cao Quang Hưng", "Nguyễn Chí Thanh, PPhó Bí thư thường trực Thành ủy ghi nhận"],
     "2 đồng chí: Cao Quang Hưng và Nguyễn Chí Thanh"),
    ("bao_nhieu", F1, "Tổng kết năm 2022, bao nhiêu mô hình dân vận khéo cấp tỉnh của Hà Nam được UBND tỉnh tặng bằng khen?",
     ["có 10 mô hình", "được nhận Bằng khen của UBND tỉnh"], "10 mô hình"),
    ("bao_nhieu", F2, "Chủ đề Năm Dân vận chính quyền 2019 ghép từ mấy cụm từ?",
     ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
     "5: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("bao_nhieu", F2, "Có mấy lãnh đạo tỉnh được nêu tên dự giao ban dân vận ngày 28/3/2019?",
     ["Hoàng Văn Nghiệm", "Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"],
     "2: Hoàng Văn Nghiệm và Nguyễn Long Hải (cùng lãnh đạo các sở, ban, ngành, đoàn thể tỉnh)"),
    ("bao_nhieu", F3, "Phong trào Dân vận khéo ở các quận gắn với Nghị quyết Trung ương mấy khóa XII?",
     ["Nghị quyết Trung ương 4 (khóa XII)"], "Nghị quyết Trung ương 4 (khóa XII)"),
    ("bao_nhieu", F4, "Buổi làm việc ngày 28/4 điểm lại kết quả năm 2019 và bao nhiêu tháng đầu năm 2020?",
     ["năm 2019, ba tháng đầu năm"], "Ba tháng đầu năm 2020"),
    ("bao_nhieu", F4, "Ông Huệ nhắc lập thành tích chào mừng Đại hội toàn quốc của Đảng lần thứ bao nhiêu?",
     ["toàn quốc lần thứ XIII của Đảng"], "Lần thứ XIII"),

    # --- o_dau ---
    ("o_dau", F0, "Ban Dân vận Thành ủy Hưng Yên tham mưu giải quyết các vấn đề mới phát sinh ở đâu?",
     ["giải quyết những vấn đề mới nảy sinh tại địa phương"], "Tại địa phương"),
    ("o_dau", F1, "Ban Chỉ đạo Dân vận khéo Hà Nam hướng dẫn triển khai phong trào từ cấp nào xuống tới đâu?",
     ["trong hệ thống chính trị từ tỉnh đến cơ sở"], "Từ tỉnh đến cơ sở"),
    ("o_dau", F1, "Hà Nam muốn giải quyết đơn thư, bức xúc của dân ngay từ đâu?",
     ["những vấn đề bức xúc của Nhân dân ngay từ cơ sở"], "Ngay từ cơ sở"),
    ("o_dau", F1, "Năm 2022 Ban Dân vận các cấp ở Hà Nam quán triệt văn bản mới của những cấp nào?",
     ["các văn bản mới của Trung ương, của Tỉnh ủy về công tác dân vận"], "Của Trung ương và của Tỉnh ủy"),
    ("o_dau", F2, "Giao ban quý I/2019, lãnh đạo tỉnh dặn phải tăng cường nắm tình hình ở đâu?",
     ["tăng cường nắm bắt tình hình cơ sở"], "Ở cơ sở"),
    ("o_dau", F3, "Cán bộ văn phòng nào của Thành ủy có mặt tại hội nghị cụm thi đua Dân vận các Quận ủy?",
     ["Văn phòng Ban Dân vận Thành ủy"], "Văn phòng Ban Dân vận Thành ủy (cùng lãnh đạo các phòng chuyên môn)"),
    ("o_dau", F4, "Ông Huệ yêu cầu dân vận Hà Nội bám sát chỉ đạo của những cấp nào?",
     ["bám sát chỉ đạo của Trung ương và Thành ủy"], "Của Trung ương và Thành ủy"),
    ("o_dau", F4, "Tin Bí thư Hà Nội làm việc với Ban Dân vận được lấy từ nguồn nào?",
     ["Nguồn: Tin tức TTXVN"], "Tin tức TTXVN"),
    ("o_dau", F4, "Theo bà Hoa, chỉ thị, nghị quyết về dân vận ở Hà Nội được triển khai từ đâu đến đâu?",
     ["từ thành phố đến cơ sở triển khai đồng bộ"], "Từ thành phố đến cơ sở"),

    # --- nhu_the_nao ---
    ("nhu_the_nao", F0, "UBND TP Hưng Yên yêu cầu giải phóng mặt bằng các công trình trọng điểm phải đảm bảo điều gì?",
     ["GPMB các công trình trọng điểm đảm bảo đúng tiến độ, thời gian"], "Đảm bảo đúng tiến độ, thời gian"),
    ("nhu_the_nao", F0, "Mặt trận và các đoàn thể TP Hưng Yên hoạt động ra sao trong nửa đầu năm 2020?",
     ["tiếp tục có những cách làm hiệu quả, thiết thực"], "Tiếp tục có những cách làm hiệu quả, thiết thực"),
    ("nhu_the_nao", F1, "Tâm tư, nguyện vọng của nhân dân Hà Nam phải được phản ánh lên như thế nào?",
     ["phản ánh đầy đủ, kịp thời, chính xác"], "Đầy đủ, kịp thời, chính xác"),
    ("nhu_the_nao", F1, "Năm 2023 Hà Nam yêu cầu MTTQ và các đoàn thể đổi mới hoạt động ra sao?",
     ["đổi mới nội dung, phương thức hoạt động đảm bảo thực chất"],
     "Tiếp tục đổi mới nội dung, phương thức hoạt động, đảm bảo thực chất, hiệu quả"),
    ("nhu_the_nao", F1, "Chính quyền các cấp ở Hà Nam năm 2022 triển khai công tác dân vận gắn với những gì?",
     ["công tác dân vận gắn với thực hiện các nhiệm vụ"],
     "Gắn với nhiệm vụ, giải pháp phát triển kinh tế - xã hội, đảm bảo an ninh chính trị, trật tự an toàn xã hội"),
    ("nhu_the_nao", F2, "Ông Nghiệm muốn các mô hình, cách làm hay được làm gì tiếp?",
     ["tích cực nhân rộng các mô hình, cách làm hay"], "Tích cực nhân rộng"),
    ("nhu_the_nao", F3, "Bà Tuyến đề nghị các quận chú trọng những việc gì về kinh tế và mặt bằng?",
     ["Chú trọng phát triển kinh tế, giải phóng mặt bằng"],
     "Phát triển kinh tế, giải phóng mặt bằng, thực hiện các dự án đầu tư, tạo điều kiện cho doanh nghiệp"),
    ("nhu_the_nao", F4, "Mức độ phối hợp của khối dân vận thành phố Hà Nội với các cơ quan, đơn vị ra sao?",
     ["ngày càng chặt chẽ, hiệu quả"], "Ngày càng chặt chẽ, hiệu quả"),
    ("nhu_the_nao", F4, "Ông Huệ muốn dân vận thủ đô vừa bao quát toàn diện vừa phải làm gì?",
     ["bên cạnh bao quát toàn diện", "tập trung vào những lĩnh vực, vấn đề trọng tâm, trọng điểm"],
     "Tập trung vào những lĩnh vực, vấn đề trọng tâm, trọng điểm, nhất là vụ việc “nóng”"),

    # --- la_gi ---
    ("la_gi", F0, "Công tác dự báo tình hình của dân vận TP Hưng Yên nhằm phục vụ nhiệm vụ gì?",
     ["phục vụ cho nhiệm vụ phát triển KT-XH, an ninh – quốc phòng"],
     "Nhiệm vụ phát triển KT-XH, an ninh – quốc phòng trên địa bàn"),
    ("la_gi", F0, "Công tác dân vận nửa đầu năm 2020 góp phần thúc đẩy điều gì ở thành phố Hưng Yên?",
     ["góp phần thúc đẩy phát triển KT-XH trên địa bàn"], "Thúc đẩy phát triển KT-XH trên địa bàn"),
    ("la_gi", F1, "Mục đích của việc rà soát các mô hình Dân vận khéo cũ ở Hà Nam là gì?",
     ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"],
     "Loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"),
    ("la_gi", F1, "Năm 2022 chính quyền các cấp ở Hà Nam nêu cao tinh thần gì của cán bộ công chức?",
     ["nêu cao tinh thần trách nhiệm, ý thức phục vụ nhân dân"],
     "Tinh thần trách nhiệm, ý thức phục vụ nhân dân"),
    ("la_gi", F2, "Hôm 28/3/2019 bên Ban Dân vận Tỉnh uỷ họp hội nghị gì, bàn nhiệm vụ quý nào?",
     ["Hội nghị giao ban công tác dân vận quý I", "triển khai nhiệm vụ quý II"],
     "Hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2019"),
    ("la_gi", F3, "Phong trào Dân vận khéo của các quận góp phần quan trọng thúc đẩy những gì?",
     ["thúc đẩy phát triển kinh tế - xã hội, giữ vững ổn định chính trị"],
     "Phát triển kinh tế - xã hội, giữ vững ổn định chính trị, quốc phòng - an ninh"),
    ("la_gi", F4, "Tít bài về Bí thư Thành ủy Hà Nội nói gì về phong trào dân vận khéo?",
     ["đẩy mạnh phong trào 'dân vận khéo'"], "Tiếp tục đẩy mạnh phong trào 'dân vận khéo'"),
    ("la_gi", F4, "Những “mặt trận” chính ông Huệ giao cho dân vận Hà Nội đến cuối năm 2020 gồm những gì?",
     ["tâm thế chuyển sang trạng thái bình thường mới", "chi trả hỗ trợ theo các gói an sinh của Chính phủ"],
     "Chuẩn bị cho dân tâm thế bình thường mới, sống chung với dịch; chi trả gói an sinh; sàng lọc cán bộ, "
     "củng cố tổ chức cơ sở Đảng yếu kém"),
    ("la_gi", F4, "Để chào mừng các kỳ đại hội, ông Huệ yêu cầu tập trung xử lý những gì trên địa bàn?",
     ["tập trung xử lý điểm nóng, vấn đề phức tạp trên địa bàn"], "Điểm nóng, vấn đề phức tạp trên địa bàn"),

    # --- paraphrase (few words shared with the passage) ---
    ("paraphrase", F0, "Ở TP Hưng Yên, mấy nhà có thương binh liệt sĩ có được chính quyền để ý lo chế độ không?",
     ["giải quyết các chế độ chính sách cho các hộ"],
     "Có, quan tâm giải quyết chế độ chính sách cho các hộ, đối tượng gia đình chính sách"),
    ("paraphrase", F0, "Anh em làm dân vận dưới phường xã ở Hưng Yên có bám theo việc chính của địa phương không?",
     ["khối dân vận cơ sở đã bám sát nhiệm vụ chính trị của địa phương"],
     "Có, khối dân vận cơ sở bám sát nhiệm vụ chính trị của địa phương"),
    ("paraphrase", F1, "Tỉnh Hà Nam dặn không được để xảy ra những chuyện đột xuất, rối ren gì?",
     ["không để xảy ra các vụ việc bất ngờ, phức tạp"],
     "Các vụ việc bất ngờ, phức tạp ảnh hưởng đến an ninh chính trị, trật tự an toàn xã hội"),
    ("paraphrase", F1, "Mấy mô hình vận động khéo của Hà Nam có được bà con đồng lòng, khen ngợi không?",
     ["được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ"],
     "Có, được cán bộ, đảng viên và Nhân dân đồng tình ủng hộ, ghi nhận, đánh giá cao"),
    ("paraphrase", F1, "Năm tới Hà Nam muốn mô hình dân vận khéo nhắm vào chuyện dễ hay chuyện khó?",
     ["tập trung vào những việc mới, việc khó"],
     "Những việc mới, việc khó, vấn đề bức thiết của địa phương, đơn vị"),
    ("paraphrase", F2, "Đầu năm 2019 việc đi vận động dân có được cấp trên để mắt, đốc thúc không?",
     ["được các cấp uỷ đảng, chính quyền quan tâm đôn đốc triển khai thực hiện"],
     "Có, được các cấp uỷ đảng, chính quyền quan tâm đôn đốc triển khai thực hiện"),
    ("paraphrase", F3, "Quận Cầu Giấy có quyết tâm bắt kịp, đi cùng các quận bạn không?",
     ["quận Cầu Giấy luôn phát huy tiềm năng vươn lên"],
     "Có, Cầu Giấy luôn phát huy tiềm năng vươn lên cùng các đơn vị trong cụm"),
    ("paraphrase", F3, "Bà Tuyến có nhắc chuyện giữ yên ổn, trật tự cho bà con không?",
     ["an ninh chính trị và trật tự an toàn xã hội"],
     "Có, đảm bảo an sinh xã hội, an ninh chính trị và trật tự an toàn xã hội"),
    ("paraphrase", F4, "Ông Huệ có muốn lãnh đạo thành phố mở các buổi trao đổi riêng về chuyện rác, kẹt xe không?",
     ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Có, đối thoại chuyên đề về xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("paraphrase", F4, "Theo ông Huệ, làm dân vận tốt có giúp thủ đô yên ổn, làm ăn khấm khá không?",
     ["góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội"],
     "Có, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội, phát triển kinh tế, xã hội Thủ đô"),

    # --- keywords (3-6 words, search-box style) ---
    ("keywords", F0, "đô thị văn minh Hưng Yên",
     ["gắn với xây dựng nông thôn mới, đô thị văn minh"],
     "Quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới, đô thị văn minh"),
    ("keywords", F0, "Lương Công Chanh chức vụ",
     ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy"],
     "Ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN thành phố"),
    ("keywords", F1, "giám sát phản biện Hà Nam",
     ["phát huy tốt hơn nữa vai trò giám sát, phản biện xã hội"],
     "MTTQ và các tổ chức chính trị - xã hội phát huy tốt hơn vai trò giám sát, phản biện xã hội"),
    ("keywords", F1, "tiếp công dân Hà Nam 2022",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Người đứng đầu cấp ủy, chính quyền thực hiện tốt việc tiếp công dân, đối thoại với Nhân dân"),
    ("keywords", F2, "62 nghìn lượt quà Kỷ Hợi",
     ["với trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng"),
    ("keywords", F2, "tập huấn bồi dưỡng dân vận",
     ["tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực"],
     "Tiếp tục tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho cán bộ làm dân vận"),
    ("keywords", F3, "chuyên viên thi đua Cụm trưởng",
     ["chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó"],
     "Phó Trưởng Ban, chuyên viên theo dõi thi đua của đơn vị Cụm trưởng, Cụm phó dự hội nghị"),
    ("keywords", F3, "Chỉ thị 05-CT/TW dân vận khéo",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị"],
     "Phong trào “Dân vận khéo” gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("keywords", F4, "Hội Cựu chiến binh Hà Nội",
     ["Chủ tịch Hội Cựu chiến binh thành phố Hà Nội"],
     "Chủ tịch Hội Cựu chiến binh thành phố đồng quan điểm tại buổi làm việc với Bí thư Thành ủy"),
    ("keywords", F4, "Ban Tuyên giáo chống dịch COVID",
     ["Ban Dân vận cùng Ban Tuyên giáo và Ủy ban Mặt trận"],
     "Ban Dân vận cùng Ban Tuyên giáo, Ủy ban MTTQ thành phố, các đoàn thể góp phần quan trọng kiểm soát dịch"),

    # --- no_diacritics (lower case, no marks) ---
    ("no_diacritics", F0, "thanh pho hung yen nam 2020 co nhieu du an khong",
     ["Đặc biệt năm 2020 trên địa bàn thành phố có nhiều dự án"], "Có, năm 2020 thành phố có nhiều dự án"),
    ("no_diacritics", F0, "nguyen chi thanh va cao quang hung de nghi tuyen truyen van ban nao",
     ["nhất là Kế hoạch thực hiện đề án số 02"],
     "Các văn bản của các cấp, nhất là Kế hoạch thực hiện đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy"),
    ("no_diacritics", F1, "chi thi 08 ha nam ve nang cao hieu qua cong tac gi",
     ["Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo"],
     "Công tác tôn giáo của hệ thống chính trị trong tình hình mới"),
    ("no_diacritics", F1, "nhung ai duoc truong ban dan van tinh uy ha nam khen thuong",
     ["Nhiều tập thể, cá nhân có thành tích xuất sắc"],
     "Nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022"),
    ("no_diacritics", F2, "ong hoang van nghiem chi ra gi ngoai ghi nhan ket qua",
     ["chỉ rõ một số tồn tại, hạn chế"], "Chỉ rõ một số tồn tại, hạn chế"),
    ("no_diacritics", F2, "ban dan van cac cap quy 1 nam 2019 nang cao chat luong phoi hop huong dan the nao",
     ["nâng cao chất lượng, hiệu quả công tác phối hợp, hướng dẫn"],
     "Tiếp tục nâng cao chất lượng, hiệu quả phối hợp, hướng dẫn, triển khai chuyên môn, nghiệp vụ"),
    ("no_diacritics", F3, "tran viet ha giu chuc vu gi o quan",
     ["Trần Việt Hà, UVTV - Phó Chủ tịch UBND quận"], "UVTV, Phó Chủ tịch UBND quận (Cầu Giấy)"),
    ("no_diacritics", F3, "ba nguyen thi tuyen danh gia ket qua cac quan trong cum the nao",
     ["đánh giá cao những kết quả đạt được của ban Dân vận các quận"],
     "Đánh giá cao kết quả đạt được của ban Dân vận các quận trong cụm thi đua"),
    ("no_diacritics", F4, "pham hai hoa bao cao ket qua nam 2019 va quy may nam 2020",
     ["năm 2019 và quý I/2020"], "Quý I/2020"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file)
# value: the swapped-in string (must be in the question, not in the source
# article); None for not_said (a detail the article does not give).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place (never on F2: its province is not named) ---
    ("place", "Nam Định năm 2022 xem xét công nhận tất cả bao nhiêu mô hình Dân vận khéo?", "Nam Định", F1),
    ("place", "Hội nghị tổng kết dân vận khéo chiều 20/12 có Phó Chủ tịch Thường trực UBND tỉnh nào dự ở Thái Bình?", "Thái Bình", F1),
    ("place", "tinh nam dinh nam 2023 tap trung quan triet quy che so may ve cong tac dan van", "tinh nam dinh", F1),
    ("place", "TP Hải Dương giao ban dân vận 6 tháng đầu năm 2020, Phó chủ tịch UBND thành phố nào dự?", "Hải Dương", F0),
    ("place", "thanh uy bac ninh giao ban dan van thang 7/2020 de ra phong trao gi ve moi truong", "bac ninh", F0),
    ("place", "Ở TP Thái Nguyên năm 2020, khối dân vận phường xã vận động dân giải phóng mặt bằng ra sao?", "Thái Nguyên", F0),
    ("place", "Hải Phòng 2019: cụm thi đua dân vận các quận ủy chia sẻ kinh nghiệm gì về quy chế dân chủ?", "Hải Phòng", F3),
    ("place", "Tham luận của lãnh đạo quận Long Biên ở hội nghị cụm thi đua dân vận tháng 7/2019 nói về GPMB thế nào?", "Long Biên", F3),
    ("place", "Đà Nẵng: Bí thư Thành ủy làm việc với Ban Dân vận ngày 28/4/2020 đề nghị đối thoại chuyên đề về gì?", "Đà Nẵng", F4),
    ("place", "Trưởng ban Dân vận huyện Sóc Sơn phát biểu gì tại buổi làm việc với Bí thư Thành ủy Hà Nội?", "Sóc Sơn", F4),
    ("place", "dan van tp ho chi minh gop phan kiem soat dich covid-19 the nao theo bi thu thanh uy", "tp ho chi minh", F4),
    ("place", "Năm 2022 tỉnh Ninh Bình trao bằng khen UBND tỉnh cho mấy mô hình dân vận khéo?", "Ninh Bình", F1),
    ("place", "vinh phuc 6 thang dau nam 2020 ban dan van thanh uy tham muu giai quyet van de gi", "vinh phuc", F0),
    ("place", "Phú Thọ: Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh năm 2023 là năm gì với tỉnh?", "Phú Thọ", F1),
    # --- year ---
    ("year", "Số mô hình Dân vận khéo Hà Nam được công nhận trong năm 2018 là bao nhiêu?", "năm 2018", F1),
    ("year", "thanh uy hung yen hop giao ban dan van giua nam 2017, ai chi dao hoi nghi", "nam 2017", F0),
    ("year", "Dịp Tết Mậu Tuất tỉnh tổ chức bao nhiêu đoàn công tác đi thăm gia đình có hoàn cảnh khó khăn?", "Mậu Tuất", F2),
    ("year", "Bí thư Hà Nội làm việc với Ban Dân vận ngày 28/4/2019 nêu những kết quả nổi bật gì?", "28/4/2019", F4),
    ("year", "nam 2018 cum thi dua dan van quan uy ha noi toa dam ve chu de gi", "nam 2018", F3),
    ("year", "Tổng kết Dân vận khéo năm 2024, Hà Nam có bao nhiêu mô hình cấp tỉnh nhận bằng khen?", "năm 2024", F1),
    ("year", "ha noi nam 2016 ban dan van thanh uy bao cao bi thu vuong dinh hue nhung han che gi", "nam 2016", F4),
    ("year", "Năm Dân vận chính quyền 2017 có chủ đề công tác là gì?", "2017", F2),
    ("year", "Giao ban công tác dân vận 6 tháng đầu năm 2025 của Thành ủy TP Hưng Yên đạt kết quả gì?", "năm 2025", F0),
    ("year", "tet nguyen dan giap thin mat tran ha nam cham lo an sinh the nao", "giap thin", F1),
    # --- quarter / half / period ---
    ("quarter", "Giao ban công tác dân vận quý III năm 2019 của Ban Dân vận Tỉnh uỷ có những ai dự?", "quý III năm 2019", F2),
    ("quarter", "cum thi dua dan van cac quan uy so ket 9 thang nam 2019 co gi noi bat", "9 thang", F3),
    ("quarter", "Hà Nam chỉ trong 6 tháng đầu năm 2022 đã công nhận mấy mô hình dân vận khéo?", "6 tháng đầu năm 2022", F1),
    ("quarter", "Quý II/2020 Ban Dân vận Thành ủy Hà Nội báo cáo với Bí thư những kết quả gì?", "Quý II/2020", F4),
    ("quarter", "quy iv nam 2019 ban dan van tinh uy giao ban, trien khai nhiem vu quy nao", "quy iv nam 2019", F2),
    ("quarter", "Hà Nam sơ kết dân vận 6 tháng cuối năm 2023 có kết quả gì?", "6 tháng cuối năm 2023", F1),
    ("quarter", "quy 3 nam 2020 ban dan van thanh uy ha noi lam viec voi bi thu ve noi dung gi", "quy 3 nam 2020", F4),
    # --- date ---
    ("date", "Chiều ngày 5/7/2020 Thành ủy Hưng Yên giao ban dân vận, ai dự và chỉ đạo?", "5/7/2020", F0),
    ("date", "Ngày 15/6/2021 Bộ Chính trị ra Quyết định số 23 về việc gì?", "15/6/2021", F1),
    ("date", "hoi nghi giao ban dan van ngay 28/6/2019 cua ban dan van tinh uy danh gia gi", "28/6/2019", F2),
    ("date", "Ngày 16/7/2019 Cụm thi đua Dân vận các Quận ủy Hà Nội tổ chức hội nghị gì?", "16/7/2019", F3),
    ("date", "bí thư vương đình huệ làm việc với ban dân vận thành ủy ngày 5/5/2020 về nội dung gì", "5/5/2020", F4),
    ("date", "Chỉ thị 08 ban hành ngày 20/10/2021 về tôn giáo ở Hà Nam yêu cầu những gì?", "20/10/2021", F1),
    # --- document ---
    ("document", "Bộ Chính trị ký Quyết định số 25 về quy chế dân vận của hệ thống chính trị vào hôm nào?", "Quyết định số 25", F1),
    ("document", "Chỉ thị 08 của Ban Thường vụ Thành ủy Hưng Yên về dân vận chính quyền yêu cầu gì?", "Chỉ thị 08", F0),
    ("document", "Hà Nội tổng kết 10 năm thực hiện Quyết định số 23 của Bộ Chính trị, Bí thư Huệ kiểm tra thế nào?", "Quyết định số 23", F4),
    ("document", "quy che so 07 ngay 09/12/2021 cua btv tinh uy ha nam ten la gi", "quy che so 07", F1),
    ("document", "Bí thư Huệ kiểm tra việc chuẩn bị tổng kết Quyết định 299-QĐ/TW ra sao?", "299-QĐ/TW", F4),
    ("document", "phong trao dan van kheo o cac quan gan voi chi thi 03-ct/tw ra sao", "03-ct/tw", F3),
    ("document", "Đề án số 04 ngày 15/8/2016 của BTV Tỉnh ủy về dân vận chính quyền có nội dung gì?", "Đề án số 04", F0),
    ("document", "MTTQ Hà Nam giám sát đạo đức lối sống cán bộ theo Quy định 102 của Ban Bí thư ra sao?", "Quy định 102", F1),
    ("document", "Phong trào Dân vận khéo các quận gắn với Nghị quyết Trung ương 5 khóa XII thế nào?", "Trung ương 5", F3),
    # --- person ---
    ("person", "Bà Nguyễn Thị Hoa, Trưởng Ban Dân vận Thành ủy Hà Nội, chỉ đạo gì tại hội nghị cụm thi đua năm 2019?", "Nguyễn Thị Hoa", F3),
    ("person", "dong chi tran van thuan pho chu tich ubnd thanh pho hung yen du giao ban co phat bieu gi", "tran van thuan", F0),
    ("person", "Đồng chí Nguyễn Anh Tuấn trao bằng khen cho bao nhiêu mô hình Dân vận khéo cấp tỉnh Hà Nam?", "Nguyễn Anh Tuấn", F1),
    ("person", "Ông Hoàng Văn Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, đề nghị gì ở giao ban quý I/2019?", "Hoàng Văn Nghĩa", F2),
    ("person", "Ông Đinh Tiến Dũng làm việc với Ban Dân vận Thành ủy Hà Nội hôm 28/4/2020 yêu cầu những gì?", "Đinh Tiến Dũng", F4),
    ("person", "Đồng chí Lê Thị Thủy phát biểu chỉ đạo hội nghị tổng kết dân vận Hà Nam 2022 thế nào?", "Lê Thị Thủy", F1),
    ("person", "pho truong ban thuong truc ban dan van thanh uy ha noi nguyen van phong bao cao gi voi bi thu hue", "nguyen van phong", F4),
    ("person", "Đồng chí Phạm Quang Hưng, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy, nói gì ở giao ban TP Hưng Yên?", "Phạm Quang Hưng", F0),
    # --- organisation (another body) ---
    ("organisation", "Giao ban dân vận giữa năm 2020 của Huyện ủy Văn Lâm do ai chỉ đạo?", "Huyện ủy Văn Lâm", F0),
    ("organisation", "HĐND tỉnh Hà Nam tổng kết phong trào Dân vận khéo năm 2022 công nhận bao nhiêu mô hình?", "HĐND tỉnh Hà Nam", F1),
    ("organisation", "Cụm thi đua của Đoàn Thanh niên các quận ở Hà Nội chọn mô hình điểm nào năm 2019?", "Đoàn Thanh niên", F3),
    ("organisation", "Ban Tổ chức Thành ủy Hà Nội làm việc với Bí thư Vương Đình Huệ ngày 28/4 báo cáo gì?", "Ban Tổ chức", F4),
    ("organisation", "so noi vu tinh to chuc giao ban quy i nam 2019 danh gia gi", "so noi vu", F2),
    ("organisation", "Hội Phụ nữ thành phố Hưng Yên giao ban 6 tháng đầu năm 2020 có ai chỉ đạo?", "Hội Phụ nữ", F0),
    ("organisation", "Ủy ban Kiểm tra Tỉnh ủy Hà Nam khen thưởng tập thể làm dân vận xuất sắc năm 2022 thế nào?", "Ủy ban Kiểm tra", F1),
    # --- not_said (a detail the article does not give) ---
    ("not_said", "Hội nghị giao ban dân vận TP Hưng Yên tháng 7/2020 có bao nhiêu đại biểu tham dự?", None, F0),
    ("not_said", "10 mô hình Dân vận khéo cấp tỉnh được bằng khen ở Hà Nam năm 2022 gồm những mô hình nào?", None, F1),
    ("not_said", "Hà Nam đã tổ chức bao nhiêu cuộc đối thoại giữa người đứng đầu với dân trong năm 2022?", None, F1),
    ("not_said", "giao ban quy i 2019 cua ban dan van tinh uy hop o hoi truong nao", None, F2),
    ("not_said", "Quà Tết Kỷ Hợi do những doanh nghiệp nào tài trợ?", None, F2),
    ("not_said", "12 đơn vị trong Cụm thi đua Dân vận các Quận ủy gồm những quận nào?", None, F3),
    ("not_said", "tham luan cua tran viet ha dua ra may giai phap cu the", None, F3),
    ("not_said", "Hà Nội đã tổ chức bao nhiêu cuộc đối thoại chuyên đề về ùn tắc giao thông trong năm 2019?", None, F4),
    ("not_said", "ong vuong dinh hue lam viec voi ban dan van thanh uy luc may gio", None, F4),
]
# values that another article holds, allowed on purpose (the fact asked is
# still not given: Quyết định số 23 is Hà Nam's 2021 text, not one Hà Nội
# reviews after ten years; "thái bình" only matches inside "trạng thái bình
# thường" in article 004)
CROSS = {"quyết định số 23", "thái bình"}

# ---------------------------------------------------------------------------
# smalltalk: (intent, line)
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "chào bot, chúc một ngày tốt lành"),
    ("greeting", "hi bot 👋"),
    ("greeting", "xin chao, co ai o day khong"),
    ("greeting", "Chào buổi tối bot"),
    ("greeting", "alo bot oi"),
    ("thanks", "cảm ơn bot nhé, rõ ràng lắm"),
    ("thanks", "thanks bot 🙏"),
    ("thanks", "cam on ban nhieu nha"),
    ("thanks", "em cảm ơn ạ, thông tin rất hữu ích"),
    ("farewell", "thôi chào bot, hẹn hôm khác"),
    ("farewell", "bye bye bot nhé"),
    ("farewell", "tam biet, chuc ban ngu ngon"),
    ("farewell", "mình off đây"),
    ("identity", "bạn là ai thế?"),
    ("identity", "bot do cơ quan nào lập ra vậy"),
    ("identity", "ban la robot a"),
    ("capability", "bạn làm được những việc gì vậy"),
    ("capability", "bot trả lời được những câu hỏi kiểu gì"),
    ("capability", "ban biet nhung bai bao nao"),
    ("help", "giúp tôi với bot ơi"),
    ("help", "/start@danvan_bot"),
    ("help", "huong dan minh dung voi"),
    ("help", "mình nên hỏi thế nào cho đúng"),
    ("ack", "ok bot"),
    ("ack", "ờ ok"),
    ("ack", "dạ vâng"),
    ("ack", "okie luôn"),
    ("ack", "rồi rồi"),
    ("emoji", "👍👍👍"),
    ("emoji", "🙏🙏"),
    ("emoji", "😊"),
    ("emoji", "👌👌"),
    ("laughter", "hihi 😁"),
    ("laughter", "hahaha"),
    ("laughter", "hehe"),
    ("praise", "bot trả lời hay quá"),
    ("praise", "bot xịn thật đấy"),
    ("praise", "tra loi nhanh ghe"),
    ("complaint", "sai rồi bot ơi"),
    ("complaint", "bot trả lời chẳng liên quan gì cả"),
    ("complaint", "chán thế, hỏi mãi không ra"),
    ("chitchat", "bot có người yêu chưa"),
    ("chitchat", "hôm nay trời đẹp nhỉ"),
    ("chitchat", "bot mấy tuổi rồi"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# ---------------------------------------------------------------------------
SLIPS = [
    (F0, "Ai là Phó chủ tịch UBND thành phố Hưng Yên dự giao ban dân vận thangs 7/2020?",
         "Ai là Phó chủ tịch UBND thành phố Hưng Yên dự giao ban dân vận tháng 7/2020?",
         ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Đồng chí Vũ Văn Thuần"),
    (F0, "6 tháng cuối năm 2020 dân vận TP Hưng Yên giám xát phong trào nào?",
         "6 tháng cuối năm 2020 dân vận TP Hưng Yên giám sát phong trào nào?",
         ["giám sát thực hiện phong trào", "Vì môi trường thành phố Hưng Yên sạch - đẹp"],
         "Phong trào “Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”"),
    (F0, "Khối dân vận cơ sở ở TP Hưng Yên nắm diễn biến tư tưởg của ai?",
         "Khối dân vận cơ sở ở TP Hưng Yên nắm diễn biến tư tưởng của ai?",
         ["nắm tình hình diễn biến tư tưởng của các tầng lớp nhân dân"], "Của các tầng lớp nhân dân"),
    (F0, "Thành ủy Hưng Yên động viên nhân dân phòng chống dịch bênh gì nawm 2020?",
         "Thành ủy Hưng Yên động viên nhân dân phòng chống dịch bệnh gì năm 2020?",
         ["động viên các tầng lớp nhân dân phòng chống dịch bệnh Covid - 19"], "Dịch bệnh Covid-19"),
    (F0, "Ban Dân vận Thành ủy Hưng Yên nắm tình hình hoạt đông của những tổ chức nào?",
         "Ban Dân vận Thành ủy Hưng Yên nắm tình hình hoạt động của những tổ chức nào?",
         ["nắm tình hình hoạt động của MTTQ, các đoàn thể, hội quần chúng"],
         "MTTQ, các đoàn thể, hội quần chúng"),
    (F0, "Năm 2020 UBND thành phố Hưng Yên tập trung chỉ đạo GPMB từ khii nào?",
         "Năm 2020 UBND thành phố Hưng Yên tập trung chỉ đạo GPMB từ khi nào?",
         ["Ngay từ đầu năm UBND tành phố đã tập trung chỉ đạo công tác GPMB"], "Ngay từ đầu năm 2020"),
    (F0, "Nửa đầu năm 2020 các cấp ủy TP Hưng Yên lãnh đạo thực hiện tốt công tác gii?",
         "Nửa đầu năm 2020 các cấp ủy TP Hưng Yên lãnh đạo thực hiện tốt công tác gì?",
         ["chỉ đạo thực hiện tốt công tác vận động quần chúng"], "Công tác vận động quần chúng"),
    (F1, "Hà Nam năm 2022 công tác dân vận thu đươc kết quả thế nào?",
         "Hà Nam năm 2022 công tác dân vận thu được kết quả thế nào?",
         ["công tác dân vận của hệ thống chính trị đã thu được những kết quả"], "Những kết quả khích lệ"),
    (F1, "Ban Chỉ đạo phong trào Dân vận khéo Hà Nam tham mưu ban hành văn bảm gì?",
         "Ban Chỉ đạo phong trào Dân vận khéo Hà Nam tham mưu ban hành văn bản gì?",
         ["chỉ đạo về thực hiện phong trào thi đua"],
         "Các văn bản lãnh đạo, chỉ đạo về thực hiện phong trào thi đua"),
    (F1, "Mô hình Dân vận khéo ở Hà Nam đem lại lơi ích gì cho dân?",
         "Mô hình Dân vận khéo ở Hà Nam đem lại lợi ích gì cho dân?",
         ["đem lại lợi ích thiết thực, giải quyết được nguyện vọng hợp pháp, chính đáng"],
         "Lợi ích thiết thực, giải quyết nguyện vọng hợp pháp, chính đáng của Nhân dân"),
    (F1, "Đinh Thị Lụa đánh giá kết quả dân vận năm 2022 ra sau?",
         "Đinh Thị Lụa đánh giá kết quả dân vận năm 2022 ra sao?",
         ["biểu dương, ghi nhận và đánh giá cao những kết quả đạt được"],
         "Biểu dương, ghi nhận và đánh giá cao"),
    (F1, "Trong năm 2022 các mô hình Dân vận khéo ở Hà Nam đuợc ra mắt như thế nào?",
         "Trong năm 2022 các mô hình Dân vận khéo ở Hà Nam được ra mắt như thế nào?",
         ["tổ chức ra mắt và đi vào hoạt động đảm bảo kế hoạch đề ra"],
         "Được tổ chức ra mắt, đi vào hoạt động đảm bảo kế hoạch đề ra"),
    (F1, "Mô hình Dân vận khéo ở Hà Nam được triển khai trên những lĩnh vưc nào?",
         "Mô hình Dân vận khéo ở Hà Nam được triển khai trên những lĩnh vực nào?",
         ["trên tất cả các lĩnh vực của đời sống xã hội"], "Trên tất cả các lĩnh vực của đời sống xã hội"),
    (F1, "Ở Hà Nam ai được nhận Giấy khen của Ban Dân vân Tỉnh ủy?",
         "Ở Hà Nam ai được nhận Giấy khen của Ban Dân vận Tỉnh ủy?",
         ["Các đơn vị nhận Giấy khen của Ban Dân vận Tỉnh ủy."], "Các đơn vị (ảnh tại hội nghị tổng kết 2022)"),
    (F1, "Khối Dân vận cơ sở Hà Nam tạo được sự đồng thuận thế nào trong xã hôi năm 2022?",
         "Khối Dân vận cơ sở Hà Nam tạo được sự đồng thuận thế nào trong xã hội năm 2022?",
         ["tạo sự đồng thuận cao trong xã hội"], "Tạo sự đồng thuận cao trong xã hội"),
    (F2, "Các đại biểu dự giao ban quý I năm 2019 đưa ra nhữngg gì?",
         "Các đại biểu dự giao ban quý I năm 2019 đưa ra những gì?",
         ["đưa ra các giải pháp nhằm thực hiện tốt công tác dân vận"],
         "Các giải pháp nhằm thực hiện tốt công tác dân vận trong thời gian tới"),
    (F2, "Ban Dân vận các cấp quý I/2019 tham mưu cho cấp ủy thực hiện quy chê gì?",
         "Ban Dân vận các cấp quý I/2019 tham mưu cho cấp ủy thực hiện quy chế gì?",
         ["tham mưu cho cấp uỷ lãnh đạo", "thực hiện quy chế dân chủ ở cơ sở"], "Quy chế dân chủ ở cơ sở"),
    (F2, "Phó Bí thư Thường trực Tỉnh ủy đề nghị tuyên chuyền thực hiện tốt những gì?",
         "Phó Bí thư Thường trực Tỉnh ủy đề nghị tuyên truyền thực hiện tốt những gì?",
         ["thực hiện tốt các chủ trương của Đảng, chính sách pháp luật của Nhà nước"],
         "Các chủ trương của Đảng, chính sách pháp luật của Nhà nước"),
    (F2, "Quý I/2019 các tổ chức chính trị - xã hội vận động nhân dân thực hiện chính sach gì?",
         "Quý I/2019 các tổ chức chính trị - xã hội vận động nhân dân thực hiện chính sách gì?",
         ["thực hiện tốt chính sách an sinh xã hội"], "Chính sách an sinh xã hội"),
    (F2, "Phó Chủ tịch UBND tỉnh dự giao ban dân vận tháng 3/2019 teen gì?",
         "Phó Chủ tịch UBND tỉnh dự giao ban dân vận tháng 3/2019 tên gì?",
         ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    (F2, "Đại hội Dân tộc thiểu số tỉnh năm 2019 do ban nào thưc hiện?",
         "Đại hội Dân tộc thiểu số tỉnh năm 2019 do ban nào thực hiện?",
         ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Ban Dân tộc"),
    (F3, "Hội nghị cụm thi đua dân vận các quận ủy Hà Nội có những ai của Ban Dân vận Thành ủy đến dưj?",
         "Hội nghị cụm thi đua dân vận các quận ủy Hà Nội có những ai của Ban Dân vận Thành ủy đến dự?",
         ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy", "Đào Ngọc Triệu"],
         "Đồng chí Nguyễn Thị Tuyến (Trưởng ban), Đào Ngọc Triệu (Phó Trưởng ban Thường trực), "
         "lãnh đạo các phòng chuyên môn và Văn phòng Ban"),
    (F3, "Năm 2019 các quận Hà Nội phát huy vai trò làm chủ của aii?",
         "Năm 2019 các quận Hà Nội phát huy vai trò làm chủ của ai?",
         ["phát huy vai trò làm chủ của nhân dân"], "Của nhân dân"),
    (F3, "Phong trào Dân vận khéo ở các quận giúp củng cố lòng tinh của nhân dân với ai?",
         "Phong trào Dân vận khéo ở các quận giúp củng cố lòng tin của nhân dân với ai?",
         ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"], "Với Đảng, Nhà nước"),
    (F3, "Hội nghị cụm thi đua sơ kết phong trào thi đau của khoảng thời gian nào?",
         "Hội nghị cụm thi đua sơ kết phong trào thi đua của khoảng thời gian nào?",
         ["sơ kết phong trào thi đua 6 tháng đầu năm"], "6 tháng đầu năm 2019"),
    (F3, "Bà Tuyến đề nghị tiếp tục thực hiện nhiệm vụ gì của nawm 2019?",
         "Bà Tuyến đề nghị tiếp tục thực hiện nhiệm vụ gì của năm 2019?",
         ["tiếp tục thực hiện nhiệm vụ “Năm Dân vận chính quyền” 2019"], "Nhiệm vụ “Năm Dân vận chính quyền” 2019"),
    (F3, "Trong công tác dân vận 2019, các quận phối hợp với các nghành thực hiện chính sách gì?",
         "Trong công tác dân vận 2019, các quận phối hợp với các ngành thực hiện chính sách gì?",
         ["phối hợp với các ngành thực hiện tốt chính sách dân tộc, tôn giáo"], "Chính sách dân tộc, tôn giáo"),
    (F4, "Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận về định hướng nhiệm vụ thời gan nào?",
         "Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận về định hướng nhiệm vụ thời gian nào?",
         ["định hướng nhiệm vụ các tháng cuối năm 2020"], "Các tháng cuối năm 2020"),
    (F4, "Thời gian tới Ban Dân vận Hà Nội tăng cường chỉ đạo dân vận ở những cơ quann nào?",
         "Thời gian tới Ban Dân vận Hà Nội tăng cường chỉ đạo dân vận ở những cơ quan nào?",
         ["công tác dân vận của cơ quan Nhà nước, chính quyền các cấp"], "Cơ quan Nhà nước, chính quyền các cấp"),
    (F4, "Công tác tôn giáo, dân tôc ở Hà Nội được đánh giá ra sao?",
         "Công tác tôn giáo, dân tộc ở Hà Nội được đánh giá ra sao?",
         ["Công tác tôn giáo, dân tộc được chú trọng và thực hiện hiệu quả"], "Được chú trọng và thực hiện hiệu quả"),
    (F4, "Theo ông Huệ, cán bộ dân vận phải đến với nhân dân bằng tấm long thế nào?",
         "Theo ông Huệ, cán bộ dân vận phải đến với nhân dân bằng tấm lòng thế nào?",
         ["thành tâm đến với nhân dân để hiểu dân"], "Thành tâm"),
    (F4, "Việc đối thoại trực tiếp giữa người đứng đầu với nhân dân ở Hà Nội có được duy tri không?",
         "Việc đối thoại trực tiếp giữa người đứng đầu với nhân dân ở Hà Nội có được duy trì không?",
         ["nhân dân được duy trì tốt"], "Có, được duy trì tốt"),
    (F4, "Phong trào Dân vận khéo ở Hà Nội góp phần phát huy sức mạnhh gì?",
         "Phong trào Dân vận khéo ở Hà Nội góp phần phát huy sức mạnh gì?",
         ["phát huy sức mạnh đại đoàn kết toàn dân"], "Sức mạnh đại đoàn kết toàn dân"),
    (F4, "Ông Huệ kiểm tra công tác chuẩn bị hooij nghị gì?",
         "Ông Huệ kiểm tra công tác chuẩn bị hội nghị gì?",
         ["chuẩn bị Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"],
         "Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"),
    (F4, "Ban Dân vận Hà Nội làm tốt tuyên truyền các phong trào thi đua do ai phat động?",
         "Ban Dân vận Hà Nội làm tốt tuyên truyền các phong trào thi đua do ai phát động?",
         ["phong trào thi đua yêu nước do địa phương, đơn vị phát động"], "Do địa phương, đơn vị phát động"),
    (F4, "Ông Huệ muốn phát huy tinh thầm gì của các đơn vị, tổ chức?",
         "Ông Huệ muốn phát huy tinh thần gì của các đơn vị, tổ chức?",
         ["tinh thần chủ động, sáng tạo của các đơn vị, tổ chức"], "Tinh thần chủ động, sáng tạo"),
]

# ---------------------------------------------------------------------------
# off topic
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Thủ đô của Pháp là gì?",
    "dân vận là gì theo từ điển tiếng Việt",
    "Bác Hồ viết bài báo Dân vận năm nào?",
    "Ngày truyền thống công tác dân vận của Đảng là ngày nào?",
    "Ban Dân vận Trung ương có trụ sở ở đâu?",
    "Đảng viên dự bị phải qua bao nhiêu tháng mới được xét chuyển chính thức?",
    "Điều lệ Đảng hiện hành có bao nhiêu chương?",
    "cách làm thẻ căn cước cho trẻ dưới 14 tuổi",
    "Đổi giấy phép lái xe hết hạn ở đâu?",
    "dự báo thời tiết hưng yên ngày mai",
    "Nhãn lồng Hưng Yên mùa nào thì chín?",
    "Đi chùa Tam Chúc ở Hà Nam bằng xe khách thế nào?",
    "Hồ Gươm thuộc quận nào của Hà Nội?",
    "uong bao nhieu nuoc moi ngay la du",
    "Triệu chứng hậu COVID-19 kéo dài bao lâu?",
    "Giải Ngoại hạng Anh mùa này đội nào đang dẫn đầu?",
    "Việt Nam giành bao nhiêu huy chương vàng ở SEA Games 32?",
    "cach chua dau da day tai nha",
    "Năm 2027 là năm con gì?",
    "Tháp Eiffel cao bao nhiêu mét?",
    "Luật Đất đai 2024 có hiệu lực từ ngày nào?",
    "thu tuc dang ky ket hon can giay to gi",
    "Ai là Tổng Bí thư đầu tiên của Đảng Cộng sản Việt Nam?",
    "Bộ Chính trị khóa XIII có bao nhiêu ủy viên?",
    "Hội Cựu chiến binh Việt Nam thành lập ngày nào?",
    "phường Dịch Vọng Hậu có bao nhiêu tổ dân phố",
    "Cách tính điểm thi đua khen thưởng cuối năm cho công chức",
    "viết giúp tôi bài thơ về mùa thu Hà Nội",
    "Mẫu báo cáo tổng kết công tác dân vận năm của chi bộ",
    "Giá thuê hội trường tổ chức hội nghị ở Hà Nội bao nhiêu?",
    "Lương giáo viên mầm non năm nay tăng bao nhiêu?",
    "Bệnh tay chân miệng lây qua đường nào?",
    "Luật Thực hiện dân chủ ở cơ sở có bao nhiêu chương, bao nhiêu điều?",
    "doi tuyen bong chuyen nu viet nam gom nhung ai",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 10, "year": 8, "quarter": 5, "date": 5, "not_said": 6,
         "document": 6, "person": 6, "organisation": 5}
MINS = {"answerable8": 70, "near_misses8": 55, "smalltalk8": 35, "slips8": 35, "off_topic8": 30}


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)

    answerable = answerable_rows(ANSWERABLE, 8, ANSWER_KINDS, gold_ok, errors)
    cross_used = []
    near = near_miss_rows(NEAR_MISSES, 8, SWAPS, arts, CROSS, errors, cross_used)
    small = smalltalk_rows(SMALLTALK, 8, INTENTS, errors)
    slips = slip_rows(SLIPS, 8, gold_ok, errors)
    off = off_topic_rows(OFF_TOPIC, 8)

    # --- global checks
    sets = {"answerable8": answerable, "near_misses8": near, "smalltalk8": small,
            "slips8": slips, "off_topic8": off}
    check_repeats(sets, 8, errors)
    kc, sc = check_counts(sets, MINS, answerable, near, ANSWER_KINDS, SWAPS, errors)
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 8)

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
