#!/usr/bin/env python3
"""Round 5 evaluation set for the danvan bot (written independently, from the
five corpus articles only).

Data file style: every question is written inline below.  Running the script

  * checks that every gold snippet list of an answerable / slip question is
    found together (exact substrings) in ONE line of the named article,
  * checks that every swapped value of a near miss appears in NO article
    (case-insensitive, and again with diacritics stripped) but does appear in
    the question,
  * checks a few formatting rules (no_diacritics really has no marks,
    keywords are 3-6 words, slips differ from their correction in 1-2 words,
    ids and questions are unique, minimum counts),
  * splits each set ONCE: shuffle with a fresh random.Random(5), first half
    -> *_tune.jsonl, second half -> *_test.jsonl (each half sorted by id),

and writes ten files into the folder of this script.
"""
import collections

from rounds import (
    ANSWER_KINDS, F0, F1, F2, F3, F4, answerable_rows, changed_words, check_counts, fail_on, gold_checker, load_corpus,
    near_miss_rows, off_topic_rows, smalltalk_rows, split_and_write,
)



# ---------------------------------------------------------------------------
# answerable: (kind, file, question, [gold snippets], short answer)
# ---------------------------------------------------------------------------
ANSWERABLE = [
    # --- ai ---
    ("ai", F0, "Ai là trưởng Ban Dân vận Thành ủy thành phố Hưng Yên dự giao ban dân vận 6 tháng đầu năm 2020?",
     ["Lương Công Chanh", "trưởng Ban Dân vận Thành ủy"], "Đồng chí Lương Công Chanh"),
    ("ai", F0, "cho em hỏi đồng chí Cao Quang Hưng là ai ạ?",
     ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"],
     "Tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận Tỉnh ủy"),
    ("ai", F1, "Ai trao Bằng khen cho 10 mô hình Dân vận khéo cấp tỉnh của Hà Nam?",
     ["Nguyễn Anh Chức", "trao Bằng khen cho 10 mô hình"],
     "Đồng chí Nguyễn Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh"),
    ("ai", F1, "Trưởng Ban Dân vận Tỉnh ủy Hà Nam năm 2022 là ai vậy?",
     ["Đinh Thị Lụa", "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"],
     "Đồng chí Đinh Thị Lụa"),
    ("ai", F2, "Ai là Phó Chủ tịch UBND tỉnh tham dự giao ban công tác dân vận quý I năm 2019?",
     ["Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh"], "Đồng chí Nguyễn Long Hải"),
    ("ai", F2, "Bài về hội nghị giao ban dân vận quý I/2019 do ai viết?",
     ["Thùy Linh"], "Thùy Linh"),
    ("ai", F3, "Ai thay mặt cụm thi đua trình bày báo cáo đề dẫn tọa đàm?",
     ["Nguyễn Văn Chiến", "thay mặt cụm thi đua trình bày báo cáo đề dẫn tọa đàm"],
     "Đồng chí Nguyễn Văn Chiến, Trưởng Ban Dân vận Quận ủy"),
    ("ai", F3, "ad ơi, ai phát biểu chào mừng hội nghị sơ kết của Cụm thi đua Dân vận các Quận ủy?",
     ["Phương Kiến Quốc", "phát biểu chào mừng Hội nghị"],
     "Đồng chí Phương Kiến Quốc, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận"),
    ("ai", F4, "Ai báo cáo với Bí thư Vương Đình Huệ tại buổi làm việc ngày 28/4?",
     ["Báo cáo tại buổi làm việc", "Phạm Hải Hoa"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"),
    ("ai", F4, "Trong chống dịch COVID-19, Ban Dân vận Thành ủy Hà Nội đã cùng những cơ quan nào góp sức?",
     ["Ban Dân vận cùng Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố"],
     "Ban Tuyên giáo, Ủy ban MTTQ thành phố và các đoàn thể"),

    # --- khi_nao ---
    ("khi_nao", F0, "Thành ủy Hưng Yên giao ban công tác dân vận 6 tháng đầu năm 2020 vào hôm nào?",
     ["Chiều ngày 2/7, Thành ủy tổ chức hội nghị giao ban công tác Dân vận 6 tháng đầu năm"], "Chiều ngày 2/7/2020"),
    ("khi_nao", F0, "Đề án số 02 của BTV Tỉnh ủy về công tác dân vận của cơ quan hành chính ban hành ngày nào?",
     ["đề án số 02 ngày 15/8/2016"], "15/8/2016"),
    ("khi_nao", F1, "Hội nghị tổng kết phong trào Dân vận khéo năm 2022 của Hà Nam diễn ra khi nào?",
     ["Chiều ngày 20/12", "phong trào thi đua “Dân vận khéo” năm 2022"], "Chiều ngày 20/12"),
    ("khi_nao", F1, "Quy chế số 05 về công tác dân vận của hệ thống chính trị tỉnh Hà Nam ra đời ngày nào?",
     ["Quy chế số 05, ngày 09/12/2021"], "09/12/2021"),
    ("khi_nao", F2, "Ban Dân vận Tỉnh uỷ tổ chức giao ban công tác dân vận quý I năm 2019 vào ngày bao nhiêu?",
     ["Ngày 28/3/2019"], "28/3/2019"),
    ("khi_nao", F3, "Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm 2019 khi nào vậy?",
     ["Ngày 09/7/2019, Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội"], "09/7/2019"),
    ("khi_nao", F4, "Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội vào ngày nào?",
     ["Ngày 28/4", "làm việc với Ban Dân vận Thành ủy Hà Nội"], "Ngày 28/4 (năm 2020)"),
    ("khi_nao", F4, "Ban Dân vận Thành ủy Hà Nội báo cáo kết quả của những khoảng thời gian nào với Bí thư?",
     ["năm 2019 và quý I/2020"], "Năm 2019 và quý I/2020"),
    ("khi_nao", F1, "Quy định số 124 của Ban Bí thư có từ ngày nào?",
     ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"], "02/02/2018"),

    # --- bao_nhieu ---
    ("bao_nhieu", F1, "Năm 2022 các cấp ở Hà Nam công nhận tổng cộng bao nhiêu mô hình Dân vận khéo?",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình"),
    ("bao_nhieu", F1, "Có mấy mô hình Dân vận khéo cấp tỉnh được UBND tỉnh Hà Nam tặng Bằng khen?",
     ["có 10 mô hình", "được nhận Bằng khen của UBND tỉnh"], "10 mô hình"),
    ("bao_nhieu", F2, "Tết Kỷ Hợi tỉnh đã tổ chức bao nhiêu đoàn công tác đi thăm, chúc tết?",
     ["tổ chức 12 đoàn công tác thăm, chúc tết"], "12 đoàn"),
    ("bao_nhieu", F2, "Kinh phí quà tết Kỷ Hợi hết bao nhiêu tiền?",
     ["kinh phí trên 26 tỷ đồng"], "Trên 26 tỷ đồng"),
    ("bao_nhieu", F2, "cho mình hỏi có bao nhiêu đoàn kiểm tra các lực lượng trực phục vụ tết?",
     ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),
    ("bao_nhieu", F2, "Dịp Tết Nguyên đán Kỷ Hợi đã trao bao nhiêu lượt quà?",
     ["trên 62 nghìn lượt quà tặng"], "Trên 62 nghìn lượt quà"),
    ("bao_nhieu", F3, "Có bao nhiêu đơn vị trong Cụm thi đua Dân vận các Quận ủy có đại biểu tham luận?",
     ["đại biểu tham luận của 12 đơn vị trong Cụm"], "12 đơn vị"),
    ("bao_nhieu", F4, "Hà Nội chuẩn bị hội nghị tổng kết mấy năm thực hiện Quyết định 290-QĐ/TW?",
     ["Hội nghị Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"], "10 năm"),
    ("bao_nhieu", F0, "Đại hội đại biểu Đảng bộ thành phố Hưng Yên sắp tới là khóa thứ mấy?",
     ["Đại hội đại biểu thành phố khóa XXI"], "Khóa XXI"),

    # --- o_dau ---
    ("o_dau", F0, "Bài giao ban dân vận 6 tháng đầu năm 2020 của Thành ủy Hưng Yên được lấy từ đâu?",
     ["Đài truyền thanh thành phố"], "Đài truyền thanh thành phố (Phương Thu – Công Hiếu)"),
    ("o_dau", F0, "Lực lượng vũ trang thành phố Hưng Yên giữ an ninh trật tự ở đâu?",
     ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"], "Tại các cơ sở"),
    ("o_dau", F1, "Mô hình 'Chính quyền thân thiện vì Nhân dân phục vụ' ở Hà Nam được làm ở cấp nào?",
     ['"Chính quyền thân thiện vì Nhân dân phục vụ" cấp huyện, cấp xã'], "Cấp huyện, cấp xã"),
    ("o_dau", F1, "Tin tổng kết công tác dân vận 2022 của tỉnh Hà Nam được đăng từ nguồn nào?",
     ["Nguồn Báo Hà Nam"], "Báo Hà Nam"),
    ("o_dau", F3, "Đồng chí Trần Việt Hà là Phó Chủ tịch UBND của quận nào?",
     ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("o_dau", F3, "Đồng chí Phương Kiến Quốc nêu kết quả kinh tế - xã hội của địa phương nào?",
     ["Phương Kiến Quốc", "của quận Cầu Giấy"], "Quận Cầu Giấy"),
    ("o_dau", F4, "Trưởng ban dân vận ở những nơi nào đã phát biểu đồng quan điểm tại buổi làm việc với Bí thư Hà Nội?",
     ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"], "Quận Hoàn Kiếm và huyện Ba Vì"),
    ("o_dau", F4, "Bài Bí thư Thành ủy Hà Nội nói về dân vận khéo lấy nguồn ở đâu?",
     ["Nguồn: Tin tức TTXVN"], "Tin tức TTXVN"),
    ("o_dau", F4, "Ông Vương Đình Huệ làm Trưởng Đoàn đại biểu Quốc hội của địa phương nào?",
     ["Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội Vương Đình Huệ"], "Thành phố Hà Nội"),

    # --- nhu_the_nao ---
    ("nhu_the_nao", F0, "Khối dân vận các phường, xã ở TP Hưng Yên đã hỗ trợ công tác giải phóng mặt bằng như thế nào?",
     ["khối dân vận các phường, xã đã tập trung tuyên truyền, vận động nhân dân chấp hành và thực hiện tốt công tác giải phóng mặt bằng"],
     "Tập trung tuyên truyền, vận động nhân dân chấp hành và thực hiện tốt GPMB"),
    ("nhu_the_nao", F1, "Với các mô hình Dân vận khéo hoạt động hình thức thì Hà Nam xử lý thế nào?",
     ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"], "Rà soát, đánh giá để loại bỏ"),
    ("nhu_the_nao", F1, "Người đứng đầu cấp ủy, chính quyền Hà Nam năm 2022 gần dân bằng cách nào?",
     ["thực hiện tốt việc tiếp công dân và tổ chức đối thoại với Nhân dân"],
     "Tiếp công dân và tổ chức đối thoại với Nhân dân"),
    ("nhu_the_nao", F2, "Đồng chí Hoàng Văn Nghiệm đề nghị nâng cao năng lực cán bộ dân vận ra sao?",
     ["tổ chức tập huấn, bồi dưỡng nâng cao trình độ, năng lực cho đội ngũ cán bộ làm công tác dân vận"],
     "Tiếp tục tổ chức tập huấn, bồi dưỡng"),
    ("nhu_the_nao", F2, "Quý I/2019 các cấp chính quyền đã chỉ đạo thế nào để phục vụ người dân và doanh nghiệp?",
     ["tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"],
     "Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm, hiệu quả phục vụ"),
    ("nhu_the_nao", F3, "Đồng chí Nguyễn Thị Tuyến chỉ đạo Ban Dân vận trong cụm tiếp tục làm gì?",
     ["nâng cao nhận thức cho cán bộ Đảng viên, công chức, viên chức về công tác dân vận"],
     "Nâng cao nhận thức về công tác dân vận; rà soát chỉ tiêu giảm nghèo, sát nhập tổ dân phố; đẩy mạnh Dân vận khéo"),
    ("nhu_the_nao", F3, "Tại buổi tọa đàm các đơn vị trong cụm đã trao đổi những gì?",
     ["chia sẻ những kinh nghiệm thực hiện “Quy chế dân chủ”", "lựa chọn mô hình điểm"],
     "Chia sẻ kinh nghiệm thực hiện Quy chế dân chủ trong quản lý trật tự xây dựng và GPMB; đề ra phương pháp, chọn mô hình điểm"),
    ("nhu_the_nao", F4, "Theo ông Vương Đình Huệ, cán bộ dân vận Hà Nội cần làm việc như thế nào để hiểu dân?",
     ["đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"],
     "Đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân"),
    ("nhu_the_nao", F4, "Thời gian tới Ban Dân vận Thành ủy Hà Nội sẽ khắc phục hạn chế như thế nào?",
     ["nâng cao hiệu quả công tác dự báo tình hình và tham mưu giải quyết kịp thời những vấn đề dân sinh"],
     "Nâng cao hiệu quả dự báo tình hình, tham mưu giải quyết kịp thời vấn đề dân sinh, làm tốt tuyên truyền..."),

    # --- la_gi ---
    ("la_gi", F0, "Phong trào 'Chiều thứ 6' mà thành phố Hưng Yên đôn đốc thực hiện là gì?",
     ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"],
     "“Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp”"),
    ("la_gi", F0, "Đề án số 02 ngày 15/8/2016 của Ban Thường vụ Tỉnh ủy có nội dung gì?",
     ["nâng cao chất lượng, hiệu quả thực hiện công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"],
     "Nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp giai đoạn 2016–2020"),
    ("la_gi", F1, "Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy Hà Nam là về vấn đề gì?",
     ["Chỉ thị số 08, ngày 13/10/2021",
      "Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo của hệ thống chính trị trong tình hình mới"],
     "Nâng cao chất lượng, hiệu quả thực hiện công tác tôn giáo của hệ thống chính trị trong tình hình mới"),
    ("la_gi", F1, "Quyết định số 23 của Bộ Chính trị ban hành văn bản gì?",
     ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị về ban hành “Quy chế công tác dân vận của hệ thống chính trị”"],
     "Quy chế công tác dân vận của hệ thống chính trị"),
    ("la_gi", F2, "Chủ đề công tác năm 2019 mà Phó Bí thư Thường trực Tỉnh ủy nhắc tới là gì?",
     ["“Năm Dân vận chính quyền” 2019 kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
     "“Năm Dân vận chính quyền” 2019: kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    ("la_gi", F2, "Ban Dân tộc tỉnh được giao thực hiện tốt sự kiện gì trong năm 2019?",
     ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"], "Đại hội Dân tộc thiểu số tỉnh năm 2019"),
    ("la_gi", F3, "Chủ đề buổi tọa đàm của Cụm thi đua Dân vận các Quận ủy Hà Nội là gì?",
     ["tọa đàm về “Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ trong công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng”"],
     "Nâng cao chất lượng, hiệu quả thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("la_gi", F3, "Phong trào Dân vận khéo ở các quận gắn với việc thực hiện văn bản nào?",
     ["Chỉ thị số 05-CT/TW của Bộ Chính trị, Nghị quyết Trung ương 4 (khóa XII)"],
     "Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII)"),
    ("la_gi", F4, "Những tồn tại, hạn chế trong công tác dân vận mà Ban Dân vận Thành ủy Hà Nội nêu ra là gì?",
     ["công tác nắm, đánh giá, dự báo tình hình nhân dân đặc biệt là ở những địa bàn phức tạp, nhạy cảm chưa kịp thời, sâu sát"],
     "Nắm, dự báo tình hình chưa kịp thời; hệ thống chính trị có nơi chưa đồng bộ; xử lý khiếu nại, tố cáo có lúc chưa dứt điểm"),
    ("la_gi", F4, "Quyết định số 290-QĐ/TW của Bộ Chính trị khóa X là về việc gì?",
     ["290-QĐ/TW của Bộ Chính trị (khoá X)", "Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị"],
     "Ban hành Quy chế công tác dân vận của hệ thống chính trị"),

    # --- paraphrase (few words shared with the passage) ---
    ("paraphrase", F0, "Hồi giữa năm 2020 ở TP Hưng Yên, chuyện thu hồi đất làm công trình lớn được chính quyền lo thế nào?",
     ["tập trung chỉ đạo công tác GPMB các công trình trọng điểm đảm bảo đúng tiến độ"],
     "UBND thành phố tập trung chỉ đạo GPMB các công trình trọng điểm đúng tiến độ"),
    ("paraphrase", F0, "Hết dịch rồi thì bên dân vận Hưng Yên khuyến khích bà con làm gì?",
     ["tích cực lao động phát triển sản xuất sau đại dịch Covid - 19"],
     "Tích cực lao động, phát triển sản xuất sau đại dịch"),
    ("paraphrase", F1, "ad ơi sao năm 2023 lại được coi là năm bản lề với Hà Nam vậy?",
     ["năm 2023 là năm giữa nhiệm kỳ"],
     "Vì là năm giữa nhiệm kỳ, quan trọng để hoàn thành Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
    ("paraphrase", F1, "Quanh Tết con mèo 2023, cán bộ tỉnh Hà Nam được dặn phải để ý điều gì ở người dân và công nhân?",
     ["nắm chắc tình hình tâm tư, nguyện vọng của Nhân dân, công nhân lao động", "Tết Nguyên đán Quý Mão 2023"],
     "Nắm chắc tâm tư, nguyện vọng của Nhân dân, công nhân lao động"),
    ("paraphrase", F2, "Tết con heo năm 2019, tỉnh đến thăm hỏi những nhà nào?",
     ["thăm, chúc tết các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
     "Gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    ("paraphrase", F3, "Các quận ở Hà Nội có ngồi lại bàn cách cho dân được biết, được bàn khi xây dựng và giải tỏa đất không?",
     ["quy chế dân chủ trong công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng"],
     "Có, tọa đàm về thực hiện quy chế dân chủ trong quản lý trật tự xây dựng và GPMB"),
    ("paraphrase", F3, "Năm 2019 bên dân vận quận với ủy ban quận có bắt tay làm chung việc gì không?",
     ["ký kết và triển khai thực có hiệu quả chương trình, kế hoạch phối hợp giữa Ban Dân vận Quận ủy với UBND quận"],
     "Ký kết chương trình, kế hoạch phối hợp thực hiện “Năm Dân vận chính quyền” 2019"),
    ("paraphrase", F4, "Hà Nội có định nói chuyện thẳng với dân về rác với kẹt xe không?",
     ["đối thoại chuyên đề về các vấn đề như xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
     "Có, đề nghị tham mưu đối thoại chuyên đề về rác thải, ô nhiễm môi trường, ùn tắc giao thông"),
    ("paraphrase", F4, "Cuộc sống bà con người dân tộc ít người ở thủ đô giờ khá hơn chưa?",
     ["Đời sống đồng bào dân tộc thiểu số của thành phố được cải thiện rõ rệt"], "Được cải thiện rõ rệt"),
    ("paraphrase", F4, "Từ giờ tới cuối năm 2020, Hà Nội muốn người dân quen dần với việc gì khi còn dịch?",
     ["chuẩn bị cho người dân tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"],
     "Tâm thế chuyển sang trạng thái bình thường mới, sống chung với dịch COVID-19"),

    # --- keywords (3-6 words, search-box style) ---
    ("keywords", F1, "dân vận khéo hà nam 2022",
     ["306 mô hình “Dân vận khéo” của các cơ quan"], "306 mô hình được công nhận; 10 mô hình cấp tỉnh nhận Bằng khen"),
    ("keywords", F1, "quy chế 05 tỉnh ủy",
     ["Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy"],
     "Quy chế số 05 ngày 09/12/2021 về công tác dân vận của hệ thống chính trị tỉnh Hà Nam"),
    ("keywords", F2, "quà tết Kỷ Hợi kinh phí",
     ["trên 62 nghìn lượt quà tặng, kinh phí trên 26 tỷ đồng"], "Trên 62 nghìn lượt quà, trên 26 tỷ đồng"),
    ("keywords", F2, "giao ban dân vận quý I/2019",
     ["Ngày 28/3/2019"], "Ngày 28/3/2019, Ban Dân vận Tỉnh uỷ tổ chức"),
    ("keywords", F0, "hưng yên dân vận cuối năm",
     ["6 tháng cuối năm công tác Dân vận của thành phố tập trung vào một số nhiệm vụ chính"],
     "Tuyên truyền chào mừng Đại hội, rà soát lĩnh vực bức xúc, thực hiện Chương trình 10, phong trào Chiều thứ 6..."),
    ("keywords", F0, "phong trào Chiều thứ 6",
     ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"], "Vì môi trường thành phố Hưng Yên sạch - đẹp"),
    ("keywords", F3, "tọa đàm dân chủ GPMB",
     ["tọa đàm về “Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ"],
     "Tọa đàm của Cụm thi đua Dân vận các Quận ủy Hà Nội ngày 09/7/2019"),
    ("keywords", F4, "Vương Đình Huệ dân vận khéo",
     ["Vương Đình Huệ cho rằng phải tiếp tục đẩy mạnh phong trào 'dân vận khéo'"],
     "Phải tiếp tục đẩy mạnh phong trào dân vận khéo"),
    ("keywords", F4, "hạn chế dân vận Hà Nội",
     ["thẳng thắn nêu rõ những tồn tại, hạn chế trong công tác dân vận"],
     "Nắm, dự báo tình hình chưa kịp thời; có nơi chưa đồng bộ; xử lý khiếu nại chưa dứt điểm"),
    ("keywords", F3, "Nguyễn Thị Tuyến chỉ đạo",
     ["Nguyễn Thị Tuyến, UVTV - Trưởng ban Dân vận Thành ủy đánh giá cao"],
     "Đánh giá cao kết quả; đề nghị nâng cao nhận thức, rà soát chỉ tiêu, đẩy mạnh Dân vận khéo"),

    # --- no_diacritics (lower-case, no marks) ---
    ("no_diacritics", F0, "nguyen chi thanh giu chuc vu gi",
     ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"], "Phó Bí thư thường trực Thành ủy (TP Hưng Yên)"),
    ("no_diacritics", F0, "vu van thuan la ai",
     ["Vũ Văn Thuần, Phó chủ tịch UBND thành phố"], "Phó chủ tịch UBND thành phố Hưng Yên"),
    ("no_diacritics", F1, "dai hoi dang bo tinh ha nam lan thu may",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"], "Lần thứ XX"),
    ("no_diacritics", F1, "ai khen thuong cac tap the ca nhan xuat sac cong tac dan van nam 2022 o ha nam",
     ["Nhiều tập thể, cá nhân có thành tích xuất sắc", "đã được Trưởng"], "Trưởng Ban Dân vận Tỉnh ủy"),
    ("no_diacritics", F2, "giao ban dan van quy 1 nam 2019 trien khai nhiem vu quy may",
     ["triển khai nhiệm vụ quý II năm 2019"], "Quý II năm 2019"),
    ("no_diacritics", F2, "mat tran to quoc to chuc dai hoi nhiem ky nao",
     ["Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"], "Nhiệm kỳ 2019 – 2024"),
    ("no_diacritics", F3, "dao ngoc trieu la ai vay",
     ["Đào Ngọc Triệu - Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    ("no_diacritics", F3, "truong ban dan van thanh uy ha noi nam 2019 la ai",
     ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"], "Đồng chí Nguyễn Thị Tuyến"),
    ("no_diacritics", F4, "pham hai hoa giu chuc gi",
     ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Hải Hoa"],
     "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội"),
    ("no_diacritics", F4, "dai hoi dang bo thanh pho ha noi lan thu may",
     ["Đại hội đại biểu lần thứ XVII của Đảng bộ thành phố"], "Lần thứ XVII"),
    ("no_diacritics", F4, "ong vuong dinh hue giu nhung chuc vu gi",
     ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội Vương Đình Huệ"],
     "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hà Nội"),
]

# ---------------------------------------------------------------------------
# near misses: (swapped, question, value-that-no-article-holds, source file)
# value is None only for not_said (checked by reading; see notes).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place ---
    ("place", "Bắc Giang: hội nghị giao ban công tác dân vận 6 tháng đầu năm 2020 của Thành ủy diễn ra chiều ngày nào?", "Bắc Giang", F0),
    ("place", "Năm 2022 tỉnh Nam Định công nhận bao nhiêu mô hình Dân vận khéo?", "Nam Định", F1),
    ("place", "Ai là Phó Bí thư Thường trực kiêm Trưởng Ban Dân vận Tỉnh ủy Ninh Bình?", "Ninh Bình", F1),
    ("place", "cum thi dua dan van cac quan uy thanh pho hai phong so ket 6 thang dau nam 2019 ngay nao", "hai phong", F3),
    ("place", "Bí thư Thành ủy Đà Nẵng nói gì về phong trào dân vận khéo khi làm việc với Ban Dân vận Thành ủy?", "Đà Nẵng", F4),
    ("place", "bi thu thanh uy can tho lam viec voi ban dan van ngay nao", "can tho", F4),
    ("place", "Hải Dương giao ban dân vận 6 tháng đầu năm 2020, những ai dự và chỉ đạo?", "Hải Dương", F0),
    ("place", "Phong trào 'Chiều thứ 6: Vì môi trường sạch - đẹp' ở Bắc Ninh được triển khai ra sao?", "Bắc Ninh", F0),
    ("place", "nghệ an có bao nhiêu mô hình dân vận khéo cấp tỉnh được nhận bằng khen năm 2022", "nghệ an", F1),
    ("place", "Theo Ban Dân vận, đời sống đồng bào dân tộc thiểu số được cải thiện thế nào ở Lâm Đồng?", "Lâm Đồng", F4),
    ("place", "Thành phố Vĩnh Yên tập trung nhiệm vụ dân vận gì trong 6 tháng cuối năm 2020?", "Vĩnh Yên", F0),
    ("place", "Quy chế số 05 về công tác dân vận của hệ thống chính trị tỉnh Quảng Ninh ban hành ngày nào?", "Quảng Ninh", F1),
    ("place", "de an so 02 ngay 15/8/2016 cua btv tinh uy phu tho noi ve gi", "phu tho", F0),
    ("place", "Cụm thi đua Dân vận các Quận ủy ở Sài Gòn tọa đàm chủ đề gì năm 2019?", "Sài Gòn", F3),
    ("place", "những hạn chế trong công tác dân vận mà ban dân vận thành ủy thái nguyên nêu ra là gì", "thái nguyên", F4),
    # --- year ---
    ("year", "Ban Dân vận Tỉnh ủy Hà Nam tổng kết phong trào Dân vận khéo năm 2017 vào ngày nào?", "2017", F1),
    ("year", "Năm 2025 Hà Nam công nhận bao nhiêu mô hình dân vận khéo?", "2025", F1),
    ("year", "Giao ban công tác dân vận quý I năm 2014 được tổ chức ngày nào?", "2014", F2),
    ("year", "dịp tết nguyên đán 2013 tỉnh tổ chức mấy đoàn đi thăm chúc tết", "2013", F2),
    ("year", "Hội nghị giao ban dân vận 6 tháng đầu năm 2017 của thành phố Hưng Yên có những ai dự?", "2017", F0),
    ("year", "Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm 2012 vào ngày nào?", "2012", F3),
    ("year", "Năm 2011 Ban Dân vận Thành ủy Hà Nội có những kết quả nổi bật nào?", "2011", F4),
    ("year", "cho em hỏi năm 2026 có ý nghĩa gì với nhiệm kỳ của tỉnh Hà Nam?", "2026", F1),
    ("year", "Quyết định số 23 ngày 30/7/2017 của Bộ Chính trị ban hành quy chế gì?", "30/7/2017", F1),
    ("year", "Đề án số 02 ngày 15/8/2014 của Ban Thường vụ Tỉnh ủy nói về gì?", "15/8/2014", F0),
    ("year", "Chủ đề “Năm Dân vận chính quyền” 2027 gồm những tiêu chí nào?", "2027", F2),
    ("year", "trong quy 1 nam 2010 ban dan van thanh uy ha noi tham muu nhung gi", "2010", F4),
    ("year", "Năm 2013 Ban Dân vận Quận ủy ký kết chương trình phối hợp với UBND quận về nội dung gì?", "2013", F3),
    # --- quarter / period ---
    ("quarter", "Giao ban công tác dân vận quý III năm 2019 của Ban Dân vận Tỉnh ủy diễn ra ngày nào?", "quý III", F2),
    ("quarter", "hội nghị giao ban dân vận quý 4 năm 2019 có những ai tham dự", "quý 4", F2),
    ("quarter", "Trong quý 3/2019 tỉnh trao bao nhiêu lượt quà tặng cho người có công?", "quý 3", F2),
    ("quarter", "Thành ủy Hưng Yên giao ban công tác dân vận 9 tháng đầu năm 2020 vào ngày nào?", "9 tháng", F0),
    ("quarter", "Giao ban dân vận quý III/2020 của Thành ủy Hưng Yên có ai dự?", "quý III", F0),
    ("quarter", "Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 9 tháng năm 2019 vào ngày nào?", "9 tháng", F3),
    ("quarter", "cum thi dua dan van cac quan uy ha noi giao ban quy 3 nam 2019 toa dam chu de gi", "quy 3", F3),
    ("quarter", "Kết quả công tác dân vận quý IV/2020 của Ban Dân vận Thành ủy Hà Nội thế nào?", "quý IV", F4),
    ("quarter", "Trong quý III/2020, Ban Dân vận Thành ủy Hà Nội đã tham mưu những việc gì?", "quý III", F4),
    ("quarter", "Ban Dân vận Tỉnh ủy Hà Nam sơ kết 6 tháng đầu năm 2022 vào ngày nào?", "6 tháng đầu năm 2022", F1),
    ("quarter", "Quý I năm 2023 Hà Nam đã công nhận thêm bao nhiêu mô hình dân vận khéo?", "quý I năm 2023", F1),
    ("quarter", "Ban Dân vận Thành ủy Hà Nội báo cáo kết quả quý II/2020 với Bí thư ra sao?", "quý II/2020", F4),
    ("quarter", "Giao ban quý IV năm 2019 của cụm thi đua dân vận các quận ủy có bao nhiêu đơn vị tham luận?", "quý IV", F3),
    # --- document ---
    ("document", "Quyết định số 24 ngày 30/7/2021 của Bộ Chính trị ban hành quy chế gì?", "Quyết định số 24", F1),
    ("document", "Chỉ thị số 09 của Ban Thường vụ Tỉnh ủy Hà Nam về công tác tôn giáo ban hành ngày nào?", "Chỉ thị số 09", F1),
    ("document", "Quy chế số 07 của BTV Tỉnh ủy Hà Nam nói về gì?", "Quy chế số 07", F1),
    ("document", "Quy định số 125 của Ban Bí thư yêu cầu giám sát những gì?", "Quy định số 125", F1),
    ("document", "Chương trình số 12 của BCH Đảng bộ thành phố Hưng Yên là gì?", "Chương trình số 12", F0),
    ("document", "đề án số 04 của btv tỉnh ủy hưng yên giai đoạn 2016 - 2020 về nội dung gì", "đề án số 04", F0),
    ("document", "Phong trào Dân vận khéo ở các quận Hà Nội gắn với Chỉ thị số 12-CT/TW thế nào?", "Chỉ thị số 12", F3),
    ("document", "Hà Nội tổng kết mấy năm thực hiện Quyết định số 57 về quy chế công tác dân vận?", "Quyết định số 57", F4),
    ("document", "Nghị quyết Trung ương 7 khóa XII gắn với phong trào dân vận khéo ở các quận thế nào?", "Nghị quyết Trung ương 7", F3),
    # --- person ---
    ("person", "Ông Nguyễn Văn Hùng phát biểu chỉ đạo gì tại hội nghị giao ban dân vận quý I/2019?", "Nguyễn Văn Hùng", F2),
    ("person", "Bà Trần Thị Lan, Trưởng Ban Dân vận Tỉnh ủy Hà Nam, đánh giá năm 2022 ra sao?", "Trần Thị Lan", F1),
    ("person", "Đồng chí Lê Minh Tuấn trình bày báo cáo đề dẫn tọa đàm của cụm thi đua dân vận ngày nào?", "Lê Minh Tuấn", F3),
    ("person", "pham van duc pho chu tich ubnd thanh pho hung yen noi gi o hoi nghi giao ban dan van", "pham van duc", F0),
    ("person", "Bí thư Thành ủy Hà Nội Đỗ Quang Vinh chỉ đạo gì về phong trào dân vận khéo?", "Đỗ Quang Vinh", F4),
    ("person", "Ông Bùi Xuân Trường trao bao nhiêu bằng khen cho mô hình dân vận khéo?", "Bùi Xuân Trường", F1),
    ("person", "Hoàng Thị Mai Anh giữ chức gì trong Ban Dân vận Thành ủy Hà Nội?", "Hoàng Thị Mai Anh", F4),
    ("person", "Theo đồng chí Vũ Đức Thắng, kết quả công tác dân vận 6 tháng đầu năm 2020 của TP Hưng Yên thế nào?", "Vũ Đức Thắng", F0),
    # --- organisation ---
    ("organisation", "Hội Nông dân tỉnh Hà Nam tổng kết phong trào thi đua năm 2022 vào ngày nào?", "Hội Nông dân", F1),
    ("organisation", "Tỉnh đoàn tổ chức hội nghị giao ban công tác dân vận quý I năm 2019 ngày nào?", "Tỉnh đoàn", F2),
    ("organisation", "Hội Liên hiệp Phụ nữ thành phố Hưng Yên giao ban 6 tháng đầu năm 2020, có những ai dự?", "Hội Liên hiệp Phụ nữ", F0),
    ("organisation", "Đoàn Thanh niên thành phố Hà Nội báo cáo gì với Bí thư Vương Đình Huệ ngày 28/4?", "Đoàn Thanh niên", F4),
    ("organisation", "Liên đoàn Lao động tỉnh Hà Nam trao Bằng khen cho bao nhiêu mô hình dân vận khéo?", "Liên đoàn Lao động", F1),
    ("organisation", "Ban Tổ chức Tỉnh ủy Hà Nam tặng giấy khen cho những đơn vị nào năm 2022?", "Ban Tổ chức", F1),
    ("organisation", "Ủy ban Kiểm tra Thành ủy Hà Nội nêu những hạn chế gì tại buổi làm việc với Bí thư?", "Ủy ban Kiểm tra", F4),
    ("organisation", "Cụm thi đua Công an các quận Hà Nội sơ kết 6 tháng đầu năm 2019 vào ngày nào?", "Công an", F3),
    ("organisation", "Sở Nội vụ tổ chức giao ban công tác dân vận quý I/2019 vào ngày nào?", "Sở Nội vụ", F2),
    # --- not_said (the articles never state this detail; verified by reading all five) ---
    ("not_said", "Hội nghị giao ban dân vận 6 tháng đầu năm 2020 của Thành ủy Hưng Yên có bao nhiêu đại biểu tham dự?", None, F0),
    ("not_said", "Hội nghị tổng kết công tác dân vận năm 2022 của Ban Dân vận Tỉnh ủy Hà Nam được tổ chức tại hội trường nào?", None, F1),
    ("not_said", "Ai là Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận quý I năm 2019?", None, F2),
    ("not_said", "Có bao nhiêu tập thể, cá nhân được Ban Dân vận Tỉnh ủy Hà Nam tặng Giấy khen năm 2022?", None, F1),
    ("not_said", "Buổi làm việc của Bí thư Vương Đình Huệ với Ban Dân vận Thành ủy bắt đầu lúc mấy giờ?", None, F4),
    ("not_said", "Năm 2020 thành phố Hưng Yên có tổng cộng bao nhiêu dự án phải giải phóng mặt bằng?", None, F0),
    ("not_said", "ai là bí thư thành ủy thành phố hưng yên năm 2020 vậy", None, F0),
    ("not_said", "Đại hội Dân tộc thiểu số tỉnh năm 2019 được tổ chức vào ngày nào?", None, F2),
    ("not_said", "Chương trình số 10 của BCH Đảng bộ thành phố Hưng Yên được ban hành ngày nào?", None, F0),
    ("not_said", "Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương do ai làm trưởng đoàn?", None, F4),
    ("not_said", "Hội nghị sơ kết của Cụm thi đua Dân vận các Quận ủy Hà Nội ngày 09/7/2019 có bao nhiêu người tham dự?", None, F3),
    ("not_said", "Trong quý I/2019 tỉnh đã công nhận bao nhiêu mô hình dân vận khéo?", None, F2),
    ("not_said", "Mỗi mô hình Dân vận khéo cấp tỉnh của Hà Nam được thưởng bao nhiêu tiền?", None, F1),
    ("not_said", "Năm 2019 Hà Nội có bao nhiêu mô hình dân vận khéo được công nhận?", None, F4),
    ("not_said", "ban dan van thanh uy ha noi co bao nhieu can bo cong chuc", None, F4),
    ("not_said", "Hội nghị giao ban dân vận quý I/2019 được tổ chức ở hội trường nào?", None, F2),
]

# ---------------------------------------------------------------------------
# smalltalk: (intent, text)
# ---------------------------------------------------------------------------
SMALLTALK = [
    ("greeting", "xin chào"), ("greeting", "chào bạn"), ("greeting", "chao ban"), ("greeting", "alo"),
    ("greeting", "alo alo có ai không"), ("greeting", "hi ad"), ("greeting", "hello"),
    ("greeting", "chào buổi sáng"), ("greeting", "chao buoi toi bot"), ("greeting", "chào ad ạ"),
    ("greeting", "hế lô"), ("greeting", "/start"),
    ("thanks", "cảm ơn nhiều nha"), ("thanks", "thanks bot"), ("thanks", "tks"), ("thanks", "cam on ban nhieu"),
    ("thanks", "cảm ơn ad ạ"), ("thanks", "ok cảm ơn"), ("thanks", "thank you"), ("thanks", "cám ơn nhé 🙏"),
    ("farewell", "tạm biệt"), ("farewell", "bye"), ("farewell", "bai bai"), ("farewell", "chúc ngủ ngon"),
    ("farewell", "thôi mình đi đây"), ("farewell", "hẹn gặp lại nha"),
    ("identity", "bạn là ai"), ("identity", "ban la ai vay"), ("identity", "bot tên gì"),
    ("identity", "bạn là người hay máy vậy"), ("identity", "ai tạo ra bạn thế"),
    ("capability", "bạn làm được gì"), ("capability", "bot biết những gì"),
    ("capability", "ban giup duoc gi cho toi"), ("capability", "bạn trả lời được những câu hỏi nào"),
    ("help", "giúp tôi với"), ("help", "hướng dẫn sử dụng"), ("help", "huong dan su dung bot"),
    ("help", "dùng bot này thế nào"), ("help", "/help"),
    ("ack", "ok"), ("ack", "ừ"), ("ack", "vâng"), ("ack", "uh"), ("ack", "oke"), ("ack", "dạ"),
    ("ack", "uk"), ("ack", "ờ được rồi"),
    ("feedback", "bot trả lời sai rồi"), ("feedback", "hay quá"), ("feedback", "bot ngu thế"),
    ("feedback", "trả lời chậm quá"), ("feedback", "tuyệt vời"), ("feedback", "sai bét"),
    ("feedback", "bot xịn ghê"), ("feedback", "tra loi chang dung gi ca"),
    ("other", "👍"), ("other", "😂😂😂"), ("other", "haha"), ("other", "hihi"), ("other", "kkk"),
    ("other", "🙏"), ("other", "?"), ("other", "thế à"), ("other", "ồ"), ("other", "wow"),
]

# ---------------------------------------------------------------------------
# slips: (file, question with slip, corrected question, [gold snippets])
# ---------------------------------------------------------------------------
SLIPS = [
    (F0, "Hội nghị giao ban dân vận 6 tháng đầu nawm 2020 ở Hưng Yên diễn ra ngày nào?",
         "Hội nghị giao ban dân vận 6 tháng đầu năm 2020 ở Hưng Yên diễn ra ngày nào?", ["Chiều ngày 2/7"]),
    (F0, "cho em hỏi Phó Bí thư thường trực Thành ủy Hưng Yen là ai ạ?",
         "cho em hỏi Phó Bí thư thường trực Thành ủy Hưng Yên là ai ạ?",
         ["Nguyễn Chí Thanh, Phó Bí thư thường trực Thành ủy"]),
    (F0, "Phong trào Chiều thứ 6 ở Hưng Yên hướng tới cái gìf?",
         "Phong trào Chiều thứ 6 ở Hưng Yên hướng tới cái gì?",
         ["Chiều thứ 6: Vì môi trường thành phố Hưng Yên sạch - đẹp"]),
    (F0, "Đồng chí Lương Công Chang giữ những chức vụ gì?",
         "Đồng chí Lương Công Chanh giữ những chức vụ gì?",
         ["Lương Công Chanh, ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy, Chủ tịch UBMTTQVN thành phố"]),
    (F0, "Đề án sốo 02 về dân vận của cơ quan hành chính nhà nước ban hành ngày nào?",
         "Đề án số 02 về dân vận của cơ quan hành chính nhà nước ban hành ngày nào?",
         ["đề án số 02 ngày 15/8/2016"]),
    (F0, "6 thang cuối năm 2020 dân vận thành phố Hưng Yên tập trung làm gì?",
         "6 tháng cuối năm 2020 dân vận thành phố Hưng Yên tập trung làm gì?",
         ["6 tháng cuối năm công tác Dân vận của thành phố tập trung vào một số nhiệm vụ chính"]),
    (F0, "Tin giao ban dân vạn 6 tháng đầu năm 2020 của thành phố do ai đưa?",
         "Tin giao ban dân vận 6 tháng đầu năm 2020 của thành phố do ai đưa?",
         ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"]),
    (F0, "Cao Quang Hưnng là ai vậy?", "Cao Quang Hưng là ai vậy?",
         ["Cao Quang Hưng, tỉnh ủy viên, Phó trưởng ban thường trực Ban Dân vận tỉnh ủy"]),
    (F0, "Lực lượng vũ trag thành phố Hưng Yên bảo đảm an ninh ở đâu?",
         "Lực lượng vũ trang thành phố Hưng Yên bảo đảm an ninh ở đâu?",
         ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"]),
    (F0, "Năm 2020 UBND thành phố Hưng Yên chỉ đạo GPMB các công trình trọng điểmm ra sao?",
         "Năm 2020 UBND thành phố Hưng Yên chỉ đạo GPMB các công trình trọng điểm ra sao?",
         ["tập trung chỉ đạo công tác GPMB các công trình trọng điểm đảm bảo đúng tiến độ, thời gian"]),
    (F1, "Ban Dân vận Tỉnh ủy Hà Nam tổng kêt năm 2022 vào ngày nào?",
         "Ban Dân vận Tỉnh ủy Hà Nam tổng kết năm 2022 vào ngày nào?", ["Chiều ngày 20/12"]),
    (F1, "Năm 2022 Hà Nam công nhận được bao nhiêu mô hinh Dân vận khéo?",
         "Năm 2022 Hà Nam công nhận được bao nhiêu mô hình Dân vận khéo?", ["306 mô hình “Dân vận khéo” của các cơ quan"]),
    (F1, "Ai trao Bằng khen cho các mô hình Dân vận kheos cấp tỉnh?",
         "Ai trao Bằng khen cho các mô hình Dân vận khéo cấp tỉnh?",
         ["Nguyễn Anh Chức", "trao Bằng khen cho 10 mô hình"]),
    (F1, "Quyết định số 23 của Bộ Chính trj ban hành quy chế gì?",
         "Quyết định số 23 của Bộ Chính trị ban hành quy chế gì?",
         ["Quyết định số 23, ngày 30/7/2021 của Bộ Chính trị về ban hành “Quy chế công tác dân vận của hệ thống chính trị”"]),
    (F1, "Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy Hà Nam nói về vấn đề gi?",
         "Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy Hà Nam nói về vấn đề gì?",
         ["Chỉ thị số 08, ngày 13/10/2021", "công tác tôn giáo"]),
    (F1, "ad ơi bà Đinh Thị Lua giữ chức vụ gì?", "ad ơi bà Đinh Thị Lụa giữ chức vụ gì?",
         ["Đinh Thị Lụa", "Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy"]),
    (F1, "Với tỉnh Hà Nam, năm 2023 là năm gì của nhiệm kỷ?",
         "Với tỉnh Hà Nam, năm 2023 là năm gì của nhiệm kỳ?", ["năm 2023 là năm giữa nhiệm kỳ"]),
    (F1, "Quy đinh số 124 của Ban Bí thư ra ngày nào?", "Quy định số 124 của Ban Bí thư ra ngày nào?",
         ["Quy định số 124, ngày 02/02/2018 của Ban Bí thư"]),
    (F1, "Có bao nhiêu mô hình cấp tỉnh được nhận Bằg khen của UBND tỉnh Hà Nam?",
         "Có bao nhiêu mô hình cấp tỉnh được nhận Bằng khen của UBND tỉnh Hà Nam?",
         ["có 10 mô hình", "được nhận Bằng khen của UBND tỉnh"]),
    (F1, "Đồng chí Nguyễn Anh Chuwsc giữ chức vụ gì?", "Đồng chí Nguyễn Anh Chức giữ chức vụ gì?",
         ["Nguyễn Anh Chức, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"]),
    (F1, "Hà Nam rà soát mô hình dân vận khéo kém hiệu quả đẻ làm gì?",
         "Hà Nam rà soát mô hình dân vận khéo kém hiệu quả để làm gì?",
         ["loại bỏ những mô hình hoạt động hình thức, kém hiệu quả"]),
    (F2, "Hội nghị giao ban công tác dân vận quys I năm 2019 tổ chức ngày nào?",
         "Hội nghị giao ban công tác dân vận quý I năm 2019 tổ chức ngày nào?", ["Ngày 28/3/2019"]),
    (F2, "Dịp Tết Kỷ Hợi đã tổ chức bao nhiêu đoàn công tác thăm, chúc têt?",
         "Dịp Tết Kỷ Hợi đã tổ chức bao nhiêu đoàn công tác thăm, chúc tết?",
         ["tổ chức 12 đoàn công tác thăm, chúc tết"]),
    (F2, "Kinh phí quà tặng dịp Tết Kỷ Hợi là bao nhiểu?", "Kinh phí quà tặng dịp Tết Kỷ Hợi là bao nhiêu?",
         ["kinh phí trên 26 tỷ đồng"]),
    (F2, "Ai là Chủ tịch HĐND tỉnh dự giao bam dân vận quý I năm 2019?",
         "Ai là Chủ tịch HĐND tỉnh dự giao ban dân vận quý I năm 2019?",
         ["Hoàng Văn Nghiệm", "Chủ tịch HĐND tỉnh"]),
    (F2, "Tết Kỷ Hợi có bao nhiêu lươt quà tặg?", "Tết Kỷ Hợi có bao nhiêu lượt quà tặng?",
         ["trên 62 nghìn lượt quà tặng"]),
    (F2, "Chủ đề công tác năm 2019 là gi vậy?", "Chủ đề công tác năm 2019 là gì vậy?",
         ["“Năm Dân vận chính quyền” 2019"]),
    (F2, "Ban Daan tộc cần làm tốt đại hội nào năm 2019?", "Ban Dân tộc cần làm tốt đại hội nào năm 2019?",
         ["Ban Dân tộc thực hiện tốt Đại hội Dân tộc thiểu số tỉnh năm 2019"]),
    (F2, "Đại hội Ủy ban MTTQ Việt Nam các cấp là nhiệmm kỳ nào?",
         "Đại hội Ủy ban MTTQ Việt Nam các cấp là nhiệm kỳ nào?",
         ["Đại hội Đại biểu Ủy ban MTTQ Việt Nam các cấp nhiệm kỳ 2019 – 2024"]),
    (F3, "Cụm thi đua Dân vận các Quân ủy Hà Nội sơ kêt 6 tháng đầu năm 2019 vào ngày nào?",
         "Cụm thi đua Dân vận các Quận ủy Hà Nội sơ kết 6 tháng đầu năm 2019 vào ngày nào?", ["Ngày 09/7/2019"]),
    (F3, "Buổi tọa dàm của cụm thi đua dân vận các quận bàn về chủ đề gì?",
         "Buổi tọa đàm của cụm thi đua dân vận các quận bàn về chủ đề gì?",
         ["Nâng cao chất lượng, hiệu quả việc thực hiện quy chế dân chủ trong công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng"]),
    (F3, "Trưởng Ban Dân vận Thành ủy Hà Nôi năm 2019 là ai?", "Trưởng Ban Dân vận Thành ủy Hà Nội năm 2019 là ai?",
         ["Nguyễn Thị Tuyến, UVTV Thành ủy - Trưởng Ban Dân vận Thành ủy"]),
    (F3, "Có bao nhiêu đơn vị trong cụm thi đua cử đại biểu tham luân?",
         "Có bao nhiêu đơn vị trong cụm thi đua cử đại biểu tham luận?",
         ["đại biểu tham luận của 12 đơn vị trong Cụm"]),
    (F3, "Ai trình bày báo cáo đề dẫn tọa đàmm?", "Ai trình bày báo cáo đề dẫn tọa đàm?",
         ["Nguyễn Văn Chiến", "trình bày báo cáo đề dẫn tọa đàm"]),
    (F3, "Phó Chủ tịch UBND quận Cầu Giáy trình bày tham luận là ai?",
         "Phó Chủ tịch UBND quận Cầu Giấy trình bày tham luận là ai?",
         ["Trần Việt Hà - UVTV - PCT UBND quận Cầu Giấy"]),
    (F3, "Phong trào Dân vận khéo của các quận gắn với chỉ thi nào của Bộ Chính trị?",
         "Phong trào Dân vận khéo của các quận gắn với chỉ thị nào của Bộ Chính trị?",
         ["Chỉ thị số 05-CT/TW của Bộ Chính trị"]),
    (F3, "Bà Nguyễn Thị Tuyeens đề nghị rà soát những vấn đề gì?",
         "Bà Nguyễn Thị Tuyến đề nghị rà soát những vấn đề gì?",
         ["rà soát các chỉ tiêu, vấn đề còn bất cập trong công tác giảm nghèo, sát nhập các tổ dân phố"]),
    (F4, "Bí thư Vương Đình Huê làm việc với Ban Dân vận Thành ủy Hà Nội ngày nào?",
         "Bí thư Vương Đình Huệ làm việc với Ban Dân vận Thành ủy Hà Nội ngày nào?", ["Ngày 28/4"]),
    (F4, "Ai baos cáo tại buổi làm viêc với Bí thư Thành ủy Hà Nội?",
         "Ai báo cáo tại buổi làm việc với Bí thư Thành ủy Hà Nội?",
         ["Báo cáo tại buổi làm việc", "Phạm Hải Hoa"]),
    (F4, "Bí thư Thành ủy Hà Nội muốn đối thoạ chuyên đề về những vấn đề nào?",
         "Bí thư Thành ủy Hà Nội muốn đối thoại chuyên đề về những vấn đề nào?",
         ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"]),
    (F4, "Cán bộ dân vận Hà Nội phải làm gì để hiêu dân?", "Cán bộ dân vận Hà Nội phải làm gì để hiểu dân?",
         ["đắm mình vào thực tiễn, gần dân, thành tâm đến với nhân dân để hiểu dân"]),
    (F4, "Những hạn chế trong công tác dân vận của Hà Nội laf gì?",
         "Những hạn chế trong công tác dân vận của Hà Nội là gì?", ["chưa kịp thời, sâu sát"]),
    (F4, "Hội nghị tổng kết bao nhieu năm thực hiện Quyêt định 290?",
         "Hội nghị tổng kết bao nhiêu năm thực hiện Quyết định 290?",
         ["Tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW"]),
    (F4, "Chống dịch COVID-19, Ban Dân vận Hà Nội phối hơp với những cơ quan nào?",
         "Chống dịch COVID-19, Ban Dân vận Hà Nội phối hợp với những cơ quan nào?",
         ["Ban Dân vận cùng Ban Tuyên giáo và Ủy ban Mặt trận Tổ quốc thành phố"]),
    (F4, "vậy từ nay đến cuối năm 2020 Hà Nội chuẩn bị cho người dân tâm thê gì?",
         "vậy từ nay đến cuối năm 2020 Hà Nội chuẩn bị cho người dân tâm thế gì?",
         ["tâm thế chuyển sang trạng thái bình thường mới"]),
    (F4, "Đời sống đồng bào dân tộc thiêu số ở Hà Nội thế nào?",
         "Đời sống đồng bào dân tộc thiểu số ở Hà Nội thế nào?",
         ["Đời sống đồng bào dân tộc thiểu số của thành phố được cải thiện rõ rệt"]),
    (F4, "Trưởng ban Dân vận của những quận huyện nào phát biểu đồng quan điêm?",
         "Trưởng ban Dân vận của những quận huyện nào phát biểu đồng quan điểm?",
         ["Trưởng ban Dân vận quận Hoàn Kiếm, huyện Ba Vì"]),
]

# ---------------------------------------------------------------------------
# off topic
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "Hôm nay Hà Nội có mưa không?",
    "thoi tiet hung yen ngay mai the nao",
    "Tối nay Việt Nam đá với Thái Lan mấy giờ?",
    "ai vo dich world cup 2022",
    "Cách nấu phở bò ngon tại nhà?",
    "cong thuc lam banh chung",
    "Thủ tục ly hôn đơn phương cần giấy tờ gì?",
    "Mức phạt xe máy vượt đèn đỏ năm 2024 là bao nhiêu?",
    "Làm sao đổi mật khẩu Telegram?",
    "may tinh bi cham phai lam sao",
    "Sông dài nhất Việt Nam là sông nào?",
    "Thủ đô của Úc là gì?",
    "Đỉnh núi cao nhất Việt Nam tên gì?",
    "gia vang hom nay bao nhieu",
    "Tỷ giá đô la hôm nay thế nào?",
    "Cách tính thuế thu nhập cá nhân cho người làm công ăn lương?",
    "Viết giúp mình đoạn code Python sắp xếp một danh sách",
    "Nhãn lồng Hưng Yên mua ở đâu ngon?",
    "Đền Trần Nam Định mở cửa mấy giờ?",
    "Cách đăng ký xe máy online?",
    "Bao giờ được nghỉ Tết Nguyên đán năm sau?",
    "Việt Nam có bao nhiêu tỉnh thành sau sáp nhập?",
    "Hồ Gươm có bao nhiêu con rùa?",
    "cach lam sua chua tai nha",
    "Lịch thi tốt nghiệp THPT năm nay khi nào?",
    "iPhone 15 giá bao nhiêu?",
    "Bài hát nào đang hot trên TikTok?",
    "Bệnh sốt xuất huyết có triệu chứng gì?",
    "Làm thế nào để xin visa đi Nhật?",
    "Chùa Một Cột được xây năm nào?",
    "ket qua xo so mien bac hom nay",
    "Luật Đất đai 2024 có hiệu lực từ khi nào?",
    "Cách gõ tiếng Việt trên Windows?",
    "Messi đang đá cho câu lạc bộ nào?",
    "lam sao de het mat ngu",
    "Cho em hỏi wifi nhà em chập chờn thì làm sao ạ?",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 12, "year": 12, "quarter": 12, "not_said": 12,
         "document": 6, "person": 6, "organisation": 6}
INTENTS = {"greeting", "thanks", "farewell", "identity", "capability", "help",
           "ack", "feedback", "other"}


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors, max_words=None)
    answerable = answerable_rows(ANSWERABLE, 5, ANSWER_KINDS, gold_ok, errors)
    near = near_miss_rows(NEAR_MISSES, 5, SWAPS, arts, set(), errors, [])
    small = smalltalk_rows(SMALLTALK, 5, INTENTS, errors)

    # --- slips (this round's carry no answer)
    slips = []
    for i, (fname, q, correct, snips) in enumerate(SLIPS, 1):
        tag = f"s5_{i:03d}"
        gold_ok(fname, snips, tag)
        changed = changed_words(q, correct)
        if q == correct or not 1 <= changed <= 2:
            errors.append(f"{tag}: slip differs from correction in {changed} words")
        slips.append({"id": tag, "question": q, "correct": correct, "file": fname,
                      "gold_snippets": snips, "kind": "slip"})

    off = off_topic_rows(OFF_TOPIC, 5)

    # --- global checks
    sets = {"answerable5": answerable, "near_misses5": near, "smalltalk5": small,
            "slips5": slips, "off_topic5": off}
    seen = {}
    for sname, rows in sets.items():
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            errors.append(f"{sname}: duplicate ids")
        for r in rows:
            key = r["question"].strip().lower()
            if key in seen:
                errors.append(f"{r['id']}: duplicate question (also {seen[key]})")
            seen[key] = r["id"]
    mins = {"answerable5": 70, "near_misses5": 70, "smalltalk5": 50, "slips5": 40, "off_topic5": 30}
    kc, sc = check_counts(sets, mins, answerable, near, ANSWER_KINDS, SWAPS, errors)
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 5)

    print("answerable kinds:", dict(sorted(kc.items())))
    print("answerable files:", dict(sorted(collections.Counter(r["file"][:3] for r in answerable).items())))
    print("near miss swapped:", dict(sorted(sc.items())))
    print("smalltalk intents:", dict(sorted(collections.Counter(r["intent"] for r in small).items())))
    print("slips files:", dict(sorted(collections.Counter(r["file"][:3] for r in slips).items())))
    print("all checks passed")


if __name__ == "__main__":
    main()
