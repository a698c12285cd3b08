#!/usr/bin/env python3
"""Round 9 evaluation sets for the danvan bot: the hard cases only (near misses,
off-topic questions, answerable questions with typing slips).  Written
independently, from the five corpus articles only; the retrieval and bot code
were not read, nor any *_test.jsonl file (earlier *_tune.jsonl files were read
only to avoid repeating their questions).

Data file style: every question is written inline below.  Running the script

  * checks that every gold snippet of a slip question is an exact substring and
    that all snippets of one question occur together in ONE line of the named
    article (and that a snippet has at most 15 words),
  * checks that the swapped value of a near miss appears in the question but
    NOT in its source article (case-insensitive, and again with diacritics
    stripped); a value that another article does hold is allowed only when it
    is listed in CROSS (the fact asked is still not given for it); no place is
    swapped on article 002 (its province is not named),
  * checks a few formatting rules (a slip differs from its correction in 1-2
    words, keeps the same number of syllables (no merged or split words) and
    the same digits; ids and questions are unique; no question repeats an
    earlier round exactly; minimum counts; the slips cover all five articles),
  * splits each set ONCE: shuffle with a fresh random.Random(9), first half
    (rounded down) -> *9_tune.jsonl, the rest -> *9_test.jsonl (each half
    sorted by id),

and writes six files into the folder of this script.  No answerable or
smalltalk set this round.
"""
import collections
import re

from rounds import (
    F0, F1, F2, F3, F4, changed_words, check_counts, check_repeats, fail_on, gold_checker, load_corpus, near_miss_rows,
    split_and_write, strip_marks,
)



# ---------------------------------------------------------------------------
# near misses: (swapped, question, value, source file)
# Each starts from a real fact of the source article and changes ONE thing the
# question pins.  value: the swapped-in string (must be in the question, not in
# the source article); None for not_said (a detail the article does not give).
# ---------------------------------------------------------------------------
NEAR_MISSES = [
    # --- place (never on F2: its province is not named) ---
    ("place", "Bình Định năm 2022 Ban Chỉ đạo Dân vận khéo các cấp xem xét công nhận tổng cộng bao nhiêu mô hình?",
     "Bình Định", F1),
    ("place", "hà tĩnh tăng cường lãnh đạo mô hình chính quyền thân thiện vì nhân dân phục vụ ở cấp huyện hay cấp xã", "hà tĩnh", F1),
    ("place", "mat tran to quoc tinh quang nam phoi hop lam chinh sach an sinh dip tet nham dan 2022 ra sao",
     "quang nam", F1),
    ("place", "Quy chế số 05 ngày 09/12/2021 về công tác dân vận của hệ thống chính trị tỉnh Hưng Yên quy định những gì?",
     "tỉnh Hưng Yên", F1),
    ("place", "Ở Ninh Thuận, năm 2022 đơn vị nào trao Giấy khen cho các tập thể làm dân vận?", "Ninh Thuận", F1),
    ("place", "TP Phủ Lý giao ban công tác dân vận 6 tháng đầu năm 2020, Phó Bí thư thường trực Thành ủy nói gì?",
     "Phủ Lý", F0),
    ("place", "chủ tịch ủy ban mặt trận tổ quốc tp nam định kiêm trưởng ban dân vận thành ủy năm 2020 là ai",
     "nam định", F0),
    ("place", "Lạng Sơn triển khai kế hoạch thực hiện đề án số 02 ngày 15/8/2016 về dân vận chính quyền thế nào?",
     "Lạng Sơn", F0),
    ("place", "tp bac lieu nam 2020 tap trung chi dao gpmb cac cong trinh trong diem ra sao", "bac lieu", F0),
    ("place", "Phó trưởng ban thường trực Ban Dân vận Tỉnh ủy Hà Giang về dự giao ban dân vận thành phố hồi tháng 7/2020 là ai?",
     "Hà Giang", F0),
    ("place", "cụm thi đua dân vận các quận ủy ở sài gòn sơ kết 6 tháng đầu 2019 tọa đàm chủ đề gì", "sài gòn", F3),
    ("place", "Phó Bí thư Thường trực Quận ủy Thanh Xuân phát biểu chào mừng hội nghị cụm thi đua dân vận năm 2019 là ai?",
     "Thanh Xuân", F3),
    ("place", "tham luan ve quy che dan chu trong gpmb tren dia ban quan hai ba trung do ai trinh bay",
     "hai ba trung", F3),
    ("place", "quan tay ho nhung thang dau nam 2019 dat ket qua kinh te xa hoi quoc phong an ninh gi", "quan tay ho", F3),
    ("place", "Phong trào Dân vận khéo ở các quận của Đà Nẵng gắn với Chỉ thị 05-CT/TW ra sao?", "Đà Nẵng", F3),
    ("place", "Trưởng ban Dân vận huyện Mê Linh nói gì khi làm việc với Bí thư Thành ủy Hà Nội ngày 28/4?", "Mê Linh", F4),
    ("place", "chu tich hoi cuu chien binh tinh quang ninh danh gia gi ve dan van cua luc luong vu trang",
     "quang ninh", F4),
    ("place", "Bí thư Thành ủy Buôn Ma Thuột đề nghị đối thoại chuyên đề về rác thải, ùn tắc giao thông thế nào?",
     "Buôn Ma Thuột", F4),
    ("place", "doi song dong bao dan toc thieu so o hoa binh duoc cai thien ra sao theo ban dan van", "hoa binh", F4),
    ("place", "Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương tổng kết Quyết định 290 làm việc tại Thanh Hóa ngày nào?",
     "Thanh Hóa", F4),
    # --- year ---
    ("year", "Thành ủy Hưng Yên giao ban dân vận 6 tháng đầu năm 2021, đồng chí nào dự và chỉ đạo?", "năm 2021", F0),
    ("year", "nam 2018 ban dan van thanh uy hung yen tham muu giai quyet nhung van de moi nay sinh nao", "nam 2018", F0),
    ("year", "Đề án số 02 của BTV Tỉnh ủy về dân vận chính quyền giai đoạn 2021 – 2025 gồm những nội dung gì?",
     "2021 – 2025", F0),
    ("year", "Tổng kết năm 2014, Ban Chỉ đạo Dân vận khéo các cấp ở Hà Nam công nhận tổng cộng bao nhiêu mô hình?",
     "năm 2014", F1),
    ("year", "năm 2024 ban dân vận tỉnh ủy hà nam đề ra những nhiệm vụ trọng tâm gì cho hệ thống dân vận", "năm 2024", F1),
    ("year", "dip tet at ty 2025 ha nam yeu cau nam chac tam tu cong nhan lao dong the nao", "at ty 2025", F1),
    ("year", "quy i nam 2015 ban dan van tinh uy giao ban, dip tet co bao nhieu luot qua tang", "nam 2015", F2),
    ("year", "Năm 2021, đồng chí nào là Phó Bí thư Thường trực Tỉnh uỷ kiêm Chủ tịch HĐND tỉnh dự giao ban dân vận quý I?",
     "Năm 2021", F2),
    ("year", "Hồi 2012 tỉnh lấy chủ đề gì cho Năm Dân vận chính quyền?", "2012", F2),
    ("year", "nam 2013 cum thi dua dan van cac quan uy ha noi co bao nhieu don vi tham luan", "nam 2013", F3),
    ("year", "nam 2026 ban dan van quan uy ky ket chuong trinh phoi hop voi ubnd quan ra sao", "nam 2026", F3),
    ("year", "Tháng 4 năm 2018, Bí thư Thành ủy Hà Nội làm việc với Ban Dân vận, đề nghị đối thoại chuyên đề về vấn đề gì?",
     "năm 2018", F4),
    ("year", "nam 2014 ha noi chuan bi hoi nghi tong ket quyet dinh 290 the nao", "nam 2014", F4),
    ("year", "Theo bà Phạm Hải Hoa, năm 2017 Ban Dân vận Thành ủy Hà Nội tập trung tham mưu những gì?", "năm 2017", F4),
    # --- quarter / half / period ---
    ("quarter", "Quý III năm 2019 Ban Dân vận Tỉnh uỷ đề nghị tập huấn cán bộ dân vận thế nào?", "Quý III", F2),
    ("quarter", "hoi nghi giao ban dan van quy 4/2019 co pho chu tich ubnd tinh nao du", "quy 4/2019", F2),
    ("quarter", "Trong quý III/2019 lực lượng vũ trang, MTTQ vận động hội viên tham gia phong trào gì?", "quý III/2019", F2),
    ("quarter", "Nửa đầu năm 2021 khối dân vận cơ sở TP Hưng Yên nắm diễn biến tư tưởng nhân dân thế nào?",
     "Nửa đầu năm 2021", F0),
    ("quarter", "quý 4 năm 2020 thành ủy hưng yên giao ban dân vận có ai chỉ đạo, đánh giá gì", "quý 4 năm 2020", F0),
    ("quarter", "quy 2 nam 2022 ban chi dao dan van kheo ha nam cong nhan bao nhieu mo hinh",
     "quy 2 nam 2022", F1),
    ("quarter", "6 tháng đầu năm 2023 Hà Nam quán triệt Quyết định số 23 của Bộ Chính trị đạt kết quả gì?",
     "6 tháng đầu năm 2023", F1),
    ("quarter", "Quý 1/2019 các quận ủy Hà Nội trong cụm thi đua dân vận có họp sơ kết không, hôm nào?", "quý 1/2019", F3),
    ("quarter", "tổng kết cả năm 2019 cụm thi đua dân vận các quận ủy hà nội xếp loại thi đua ra sao", "cả năm 2019", F3),
    ("quarter", "quy iv nam 2020 ban dan van thanh uy ha noi lam duoc nhung viec gi", "quy iv nam 2020", F4),
    ("quarter", "Quý I/2021 Ban Dân vận Thành ủy Hà Nội báo cáo những tồn tại, hạn chế nào?", "Quý I/2021", F4),
    ("quarter", "6 tháng cuối năm 2020 Ban Dân vận Thành ủy Hà Nội đạt những kết quả gì?", "6 tháng cuối năm 2020", F4),
    # --- date (day or month swapped) ---
    ("date", "Hội nghị giao ban dân vận của Thành ủy Hưng Yên chiều ngày 15/3/2020 có những ai dự?", "15/3/2020", F0),
    ("date", "chieu ngay 20/8/2020 thanh uy hung yen to chuc hoi nghi gi ve dan van", "20/8/2020", F0),
    ("date", "Chiều ngày 5/12, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị gì?", "5/12", F1),
    ("date", "hội nghị tổng kết dân vận khéo hà nam sáng 8/11/2022 có những ai dự", "8/11/2022", F1),
    ("date", "Quyết định số 23 của Bộ Chính trị ký ngày 12/3/2021 ban hành quy chế gì?", "12/3/2021", F1),
    ("date", "ngay 15/10/2019 ban dan van tinh uy to chuc hoi nghi gi", "15/10/2019", F2),
    ("date", "Ngày 25/7/2019, Cụm thi đua Dân vận các Quận ủy Hà Nội tọa đàm về nội dung gì?", "25/7/2019", F3),
    ("date", "Ngày 12/6/2020 ông Vương Đình Huệ làm việc với Ban Dân vận Thành ủy, kết luận những gì?", "12/6/2020", F4),
    # --- document ---
    ("document", "Quyết định 1234 của UBND tỉnh Hưng Yên về dân vận chính quyền giai đoạn 2016 – 2020 có nội dung gì?",
     "Quyết định 1234", F0),
    ("document", "Nghị quyết số 10 của BCH Đảng bộ thành phố Hưng Yên được tuyên truyền thực hiện ra sao?",
     "Nghị quyết số 10", F0),
    ("document", "ke hoach so 135 cua btv tinh uy hung yen ve dan van chinh quyen noi gi", "ke hoach so 135", F0),
    ("document", "Chỉ thị số 08-CT/TW của Ban Bí thư về công tác tôn giáo được Hà Nam quán triệt thế nào?", "08-CT/TW", F1),
    ("document", "kết luận 114 về dân vận chính quyền được tỉnh hà nam triển khai ra sao năm 2022", "kết luận 114", F1),
    ("document", "Hà Nam yêu cầu quán triệt Quy chế số 50 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong năm 2023 ra sao?",
     "Quy chế số 50", F1),
    ("document", "quy dinh so 214 cua ban bi thu ve giam sat nguoi dung dau duoc ha nam ap dung ra sao",
     "quy dinh so 214", F1),
    ("document", "Chỉ thị số 16 của Tỉnh uỷ về Năm Dân vận chính quyền 2019 yêu cầu những gì?", "Chỉ thị số 16", F2),
    ("document", "Ở các quận Hà Nội, phong trào Dân vận khéo gắn với thực hiện Chỉ thị số 49-CT/TW ra sao?",
     "49-CT/TW", F3),
    ("document", "nghi quyet trung uong 6 khoa xii gan voi dan van kheo cac quan ha noi ra sao", "trung uong 6", F3),
    ("document", "Bí thư Huệ kiểm tra khâu chuẩn bị tổng kết Quyết định 99-QĐ/TW ra sao?", "99-QĐ/TW", F4),
    ("document", "ke hoach 151 cua thanh uy ha noi ve nam dan van kheo 2020 co noi dung gi", "ke hoach 151", F4),
    # --- person (another full name, or a real name with another office) ---
    ("person", "Chủ tịch UBND TP Hưng Yên Nguyễn Chí Thanh phát biểu gì ở giao ban dân vận 6 tháng đầu năm 2020?",
     "Chủ tịch UBND TP Hưng Yên Nguyễn Chí Thanh", F0),
    ("person", "Đồng chí Đỗ Tiến Sỹ dự giao ban dân vận thành phố Hưng Yên tháng 7/2020 chỉ đạo những gì?",
     "Đỗ Tiến Sỹ", F0),
    ("person", "bà đinh thị lụa, chủ tịch hđnd tỉnh hà nam, nhấn mạnh năm 2023 là năm gì", "chủ tịch hđnd tỉnh hà nam", F1),
    ("person", "Ông Trần Anh Chức, Phó Chủ tịch Thường trực UBND tỉnh Hà Nam, trao bằng khen cho bao nhiêu mô hình dân vận khéo?",
     "Trần Anh Chức", F1),
    ("person", "ong le tri thanh trao bang khen cho bao nhieu mo hinh dan van kheo cap tinh ha nam nam 2022",
     "le tri thanh", F1),
    ("person", "dong chi hoang van nghiem pho chu tich ubnd tinh phat bieu gi tai giao ban quy i 2019",
     "hoang van nghiem pho chu tich ubnd tinh", F2),
    ("person", "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh, dự giao ban dân vận ngày 28/3/2019 có ý kiến gì?",
     "Nguyễn Văn Hải", F2),
    ("person", "Bà Nguyễn Thị Thanh Tâm, Trưởng Ban Dân vận Thành ủy Hà Nội, đề nghị các quận rà soát những vấn đề gì?",
     "Nguyễn Thị Thanh Tâm", F3),
    ("person", "dong chi le hong son chu tich hdnd quan cau giay phat bieu chao mung hoi nghi noi gi", "le hong son", F3),
    ("person", "Bà Bùi Huyền Mai đánh giá gì về kết quả của ban dân vận các quận trong cụm thi đua năm 2019?",
     "Bùi Huyền Mai", F3),
    ("person", "Ông Nguyễn Đức Chung làm việc với Ban Dân vận Thành ủy Hà Nội ngày 28/4/2020 chỉ đạo những gì?",
     "Nguyễn Đức Chung", F4),
    ("person", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Hà Nội Phạm Thị Thanh Mai báo cáo những tồn tại gì?",
     "Phạm Thị Thanh Mai", F4),
    ("person", "pho thu tuong vuong dinh hue chi dao ban dan van thanh uy ha noi nhung gi hom 28/4", "pho thu tuong", F4),
    # --- organisation (another body) ---
    ("organisation", "Huyện ủy Khoái Châu tổ chức giao ban công tác dân vận 6 tháng đầu năm 2020 vào chiều ngày nào?",
     "Huyện ủy Khoái Châu", F0),
    ("organisation", "dang uy phuong lam son giao ban dan van 6 thang dau nam 2020 co ai du", "dang uy phuong lam son", F0),
    ("organisation", "Đảng ủy xã Liêm Tuyền tổng kết phong trào Dân vận khéo năm 2022 công nhận mấy mô hình?",
     "Đảng ủy xã Liêm Tuyền", F1),
    ("organisation", "ban dan van huyen uy kim bang tong ket dan van kheo nam 2022 vao ngay nao", "huyen uy kim bang", F1),
    ("organisation", "Hội Nông dân tỉnh Hà Nam trao bao nhiêu giấy khen cho hội viên làm dân vận khéo năm 2022?",
     "Hội Nông dân", F1),
    ("organisation", "Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban quý I năm 2019 có những ai dự?",
     "Ban Tuyên giáo Tỉnh ủy", F2),
    ("organisation", "uy ban mttq tinh to chuc giao ban quy i/2019 vao ngay nao", "uy ban mttq tinh", F2),
    ("organisation", "Cụm thi đua Dân vận các Đảng ủy khối ở Hà Nội sơ kết 6 tháng đầu năm 2019 tọa đàm về gì?",
     "Đảng ủy khối", F3),
    ("organisation", "Mặt trận Tổ quốc quận ký kết chương trình phối hợp với UBND quận thực hiện Năm Dân vận chính quyền 2019 ra sao?",
     "Mặt trận Tổ quốc quận", F3),
    ("organisation", "Ban Nội chính Thành ủy Hà Nội làm việc với Bí thư Vương Đình Huệ ngày 28/4 báo cáo những gì?",
     "Ban Nội chính", F4),
    ("organisation", "theo bi thu hue, cong an thanh pho ha noi dong gop gi vao ket qua kiem soat dich covid-19",
     "cong an thanh pho", F4),
    ("organisation", "Thành đoàn Hà Nội báo cáo gì với Bí thư Vương Đình Huệ hôm 28/4/2020?", "Thành đoàn", F4),
    # --- not_said (a detail the article does not give) ---
    ("not_said", "hội nghị giao ban dân vận thành phố hưng yên tháng 7/2020 tổ chức ở hội trường nào", None, F0),
    ("not_said", "Năm 2020 TP Hưng Yên có bao nhiêu dự án phải giải phóng mặt bằng?", None, F0),
    ("not_said", "tong kinh phi den bu gpmb cac cong trinh trong diem o tp hung yen nam 2020 la bao nhieu", None, F0),
    ("not_said", "Trong 306 mô hình dân vận khéo Hà Nam năm 2022, bao nhiêu phần trăm là mô hình cấp xã?", None, F1),
    ("not_said", "Mô hình dân vận khéo nào của Hà Nam năm 2022 được đánh giá hay nhất?", None, F1),
    ("not_said", "co bao nhieu tap the ca nhan duoc truong ban dan van tinh uy ha nam khen thuong nam 2022", None, F1),
    ("not_said", "Quyết định công nhận mô hình Dân vận khéo cấp tỉnh năm 2022 của Hà Nam là quyết định số mấy?", None, F1),
    ("not_said", "12 đoàn công tác thăm chúc Tết dịp Kỷ Hợi do những ai dẫn đầu?", None, F2),
    ("not_said", "kinh phi tren 26 ty dong dip tet ky hoi lay tu nguon ngan sach nao", None, F2),
    ("not_said", "Trong quý I/2019 tỉnh tập huấn được bao nhiêu cán bộ làm công tác dân vận?", None, F2),
    ("not_said", "Đơn vị nào là Cụm trưởng, Cụm phó của Cụm thi đua Dân vận các Quận ủy Hà Nội năm 2019?", None, F3),
    ("not_said", "nam 2019 cac quan trong cum to chuc duoc bao nhieu hoi nghi doi thoai giua nguoi dung dau voi nhan dan",
     None, F3),
    ("not_said", "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số ở Hà Nội năm 2019 còn bao nhiêu phần trăm?", None, F4),
    ("not_said", "Buổi làm việc của Bí thư Huệ với Ban Dân vận Thành ủy ngày 28/4 diễn ra ở trụ sở nào?", None, F4),
    ("not_said", "truong ban dan van quan hoan kiem phat bieu o buoi lam viec voi bi thu hue ten la gi", None, F4),
]
# values that another article holds, allowed on purpose (the fact asked is
# still not given for them): "năm 2021" occurs only in 001 (Hà Nam's models "của
# năm 2021", documents of 2021), not for Hưng Yên's giao ban (000) nor for the
# quý I giao ban of 002.
CROSS = {"năm 2021"}

# ---------------------------------------------------------------------------
# slips: (file, question with slips, correct question, [gold snippets], answer)
# one or two word-level slips; syllables stay separated; digits never changed
# ---------------------------------------------------------------------------
SLIPS = [
    # --- 000 TP Hưng Yên ---
    (F0, "Ai là Chủ tịch UBMTTQVN thành phố Hưng Yênn năm 2020?",
         "Ai là Chủ tịch UBMTTQVN thành phố Hưng Yên năm 2020?",
         ["Lương Công Chanh, ủy viên BTV Thành ủy", "Chủ tịch UBMTTQVN thành phố"],
         "Đồng chí Lương Công Chanh (ủy viên BTV Thành ủy, trưởng Ban Dân vận Thành ủy)"),
    (F0, "Nực lượng vũ trang thành phố Hưng Yên đảm bảo điều gì tại các cơ sở?",
         "Lực lượng vũ trang thành phố Hưng Yên đảm bảo điều gì tại các cơ sở?",
         ["đảm bảo an ninh chính trị, TTATXH tại các cơ sở"],
         "Đảm bảo an ninh chính trị, trật tự an toàn xã hội tại các cơ sở"),
    (F0, "Bài giao ban dân vận TP Hưng Yên 6 tháng đầu năm 2020 được ddawng ngày nào?",
         "Bài giao ban dân vận TP Hưng Yên 6 tháng đầu năm 2020 được đăng ngày nào?",
         ["09/07/2020 | 2522"], "Ngày 09/07/2020"),
    (F0, "Ban Dân vận Thành ủy Hưng Yên duy chì nề nếp gì?",
         "Ban Dân vận Thành ủy Hưng Yên duy trì nề nếp gì?",
         ["duy trì nề nếp giao ban công tác dân vận"], "Nề nếp giao ban công tác dân vận"),
    (F0, "Hưng Yên động viên nhân dân tích cực lao động phát triển xản xuất sau gì?",
         "Hưng Yên động viên nhân dân tích cực lao động phát triển sản xuất sau gì?",
         ["tích cực lao động phát triển sản xuất sau đại dịch Covid - 19"], "Sau đại dịch Covid-19"),
    (F0, "khoi dan van phuong xa tp hung yen tuyen chuyen dan chap hanh cong tac gi",
         "khoi dan van phuong xa tp hung yen tuyen truyen dan chap hanh cong tac gi",
         ["chấp hành và thực hiện tốt công tác giải phóng mặt bằng"],
         "Công tác giải phóng mặt bằng phục vụ các dự án"),
    (F0, "Phóng viên đơn vị nào đưa tinh giao ban dân vận thành phố Hưng Yên?",
         "Phóng viên đơn vị nào đưa tin giao ban dân vận thành phố Hưng Yên?",
         ["Phương Thu – Công Hiếu (Đài truyền thanh thành phố)"],
         "Đài truyền thanh thành phố (Phương Thu – Công Hiếu)"),
    (F0, "TP Hưng Yên 6 tháng cuối năm 2020 tiếp tục thực hiện Chuwowng trình số mấy của BCH Đảng bộ?",
         "TP Hưng Yên 6 tháng cuối năm 2020 tiếp tục thực hiện Chương trình số mấy của BCH Đảng bộ?",
         ["Chương trình 10 của BCH đảng bộ thành phố"], "Chương trình số 10"),
    (F0, "6 tháng cuối năm TP Hưng Yên chủ động rà soát những lĩn vực nào?",
         "6 tháng cuối năm TP Hưng Yên chủ động rà soát những lĩnh vực nào?",
         ["chủ động rà soát những lĩnh vực nhân dân còn nhiều bức xúc"],
         "Những lĩnh vực nhân dân còn nhiều bức xúc, những vấn đề mới nảy sinh"),
    (F0, "de an so 02 cua btv tinh uy ap dung giai doan naof",
         "de an so 02 cua btv tinh uy ap dung giai doan nao",
         ["đề án số 02 ngày 15/8/2016 của BTV Tỉnh ủy", "giai đoạn 2016 – 2020"], "Giai đoạn 2016 – 2020"),
    (F0, "Hội nghị giao ban TP Hưng Yên đề xuất giải phát cho khoảng thời gian nào?",
         "Hội nghị giao ban TP Hưng Yên đề xuất giải pháp cho khoảng thời gian nào?",
         ["đề xuất một số giải pháp", "6 tháng cuối năm"], "Cho 6 tháng cuối năm (2020)"),
    # --- 001 Hà Nam ---
    (F1, "ban dân vận tỉnh ủy hà nam họp tổng kết năm 2022 vào chiều ngayf mấy",
         "ban dân vận tỉnh ủy hà nam họp tổng kết năm 2022 vào chiều ngày mấy",
         ["Chiều ngày 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết"], "Chiều ngày 20/12 (2022)"),
    (F1, "Năm 2022 Ban Chỉ đạo Dân vận khéo các cấp ở Hà Nam công nhận tổng cộg bao nhiêu mô hình?",
         "Năm 2022 Ban Chỉ đạo Dân vận khéo các cấp ở Hà Nam công nhận tổng cộng bao nhiêu mô hình?",
         ["đã xem xét công nhận\u00a0306 mô hình"], "306 mô hình"),
    (F1, "Năm 2022 Mặt trận Hà Nam phối hợp thực hiện chính sách an xinh xã hội nhất là dịp Tết nào?",
         "Năm 2022 Mặt trận Hà Nam phối hợp thực hiện chính sách an sinh xã hội nhất là dịp Tết nào?",
         ["nhất là dịp Tết Nguyên đán Nhâm Dần 2022"], "Tết Nguyên đán Nhâm Dần 2022"),
    (F1, "Ban Thường vụ Tỉnh ủy Hà Nam ban hàng Quy chế số 05 về dân vận hôm nào vậy",
         "Ban Thường vụ Tỉnh ủy Hà Nam ban hành Quy chế số 05 về dân vận hôm nào vậy",
         ["Quy chế số 05, ngày 09/12/2021 của Ban Thường vụ Tỉnh ủy"], "Ngày 09/12/2021"),
    (F1, "Hệ thống dân vận Hà Nam phải tích cực đấu chanh phản bác những gì?",
         "Hệ thống dân vận Hà Nam phải tích cực đấu tranh phản bác những gì?",
         ["tích cực đấu tranh phản bác các quan điểm, luận điệu sai trái, thù địch"],
         "Các quan điểm, luận điệu sai trái, thù địch"),
    (F1, "mttq ha nam giam xat viec tu duong ren luyen cua nhung ai",
         "mttq ha nam giam sat viec tu duong ren luyen cua nhung ai",
         ["giám sát việc tu dưỡng, rèn luyện đạo đức lối sống của người đứng đầu"],
         "Của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên (theo Quy định số 124 của Ban Bí thư)"),
    (F1, "Hà Nam tuyên truyền những mô hình hiệu quả để các địa phươg làm gì?",
         "Hà Nam tuyên truyền những mô hình hiệu quả để các địa phương làm gì?",
         ["để các địa phương, đơn vị thăm quan, học tập, trao đổi kinh nghiệm"],
         "Để thăm quan, học tập, trao đổi kinh nghiệm, nhân rộng mô hình tại địa phương mình"),
    (F1, "Năm 2022 phong trào Dân vận khéo Hà Nam gắn với học tập và làm theo tư tưởn của ai?",
         "Năm 2022 phong trào Dân vận khéo Hà Nam gắn với học tập và làm theo tư tưởng của ai?",
         ["học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"],
         "Chủ tịch Hồ Chí Minh (theo chuyên đề năm 2022)"),
    (F1, "Năm 2022 ban dân vận cấp ủy Hà Nam ban hành văn bẳn chỉ đạo về những lĩnh vực gì?",
         "Năm 2022 ban dân vận cấp ủy Hà Nam ban hành văn bản chỉ đạo về những lĩnh vực gì?",
         ["ban hành các văn bản lãnh đạo, chỉ đạo công tác dân vận"],
         "Công tác dân vận, thực hiện quy chế dân chủ ở cơ sở, công tác tôn giáo và phong trào thi đua Dân vận khéo"),
    (F1, "Tập thể, cá nhân làm dân vận xuấc sắc năm 2022 ở Hà Nam được ai khen thưởng?",
         "Tập thể, cá nhân làm dân vận xuất sắc năm 2022 ở Hà Nam được ai khen thưởng?",
         ["đã được Trưởng\u00a0Ban Dân vận Tỉnh ủy\u00a0khen thưởng"], "Trưởng Ban Dân vận Tỉnh ủy"),
    (F1, "nam 2022 ban dan van cap uy o ha nam tham muwu giai phap de tao ra dieu gi",
         "nam 2022 ban dan van cap uy o ha nam tham muu giai phap de tao ra dieu gi",
         ["tạo sự đồng thuận cao trong xã hội"], "Tạo sự đồng thuận cao trong xã hội"),
    # --- 002 giao ban quý I/2019 (province not named) ---
    (F2, "Giao ban quý I/2019 có bao nhiêu đoàng kiểm tra các lực lượng trực phục vụ tết?",
         "Giao ban quý I/2019 có bao nhiêu đoàn kiểm tra các lực lượng trực phục vụ tết?",
         ["8 đoàn kiểm tra các lực lượng trực phục vụ tết"], "8 đoàn"),
    (F2, "Ai viếc bài hội nghị giao ban công tác dân vận quý I năm 2019?",
         "Ai viết bài hội nghị giao ban công tác dân vận quý I năm 2019?",
         ["Thùy Linh"], "Thùy Linh"),
    (F2, "Trong quý I/2019 các cấp chín quyền chỉ đạo tăng cường những gì?",
         "Trong quý I/2019 các cấp chính quyền chỉ đạo tăng cường những gì?",
         ["chỉ đạo tăng cường kỷ luật, kỷ cương hành chính"],
         "Kỷ luật, kỷ cương hành chính; nâng cao trách nhiệm, hiệu quả phục vụ người dân và doanh nghiệp"),
    (F2, "quy i 2019 chinh quyen cac cap nang cao hieu qua phuc vuj nhung ai",
         "quy i 2019 chinh quyen cac cap nang cao hieu qua phuc vu nhung ai",
         ["hiệu quả phục vụ người dân và doanh nghiệp"], "Người dân và doanh nghiệp"),
    (F2, "Ngoài lãnh đạo tỉnh, giao ban dân vận quý I/2019 còn có lãnh đạo những cơ quang nào dự?",
         "Ngoài lãnh đạo tỉnh, giao ban dân vận quý I/2019 còn có lãnh đạo những cơ quan nào dự?",
         ["lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"], "Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh"),
    (F2, "Ông Hoàng Văn Nghiệm chỉ rỏ điều gì bên cạnh việc ghi nhận kết quả dân vận?",
         "Ông Hoàng Văn Nghiệm chỉ rõ điều gì bên cạnh việc ghi nhận kết quả dân vận?",
         ["đồng thời chỉ rõ một số tồn tại, hạn chế"], "Một số tồn tại, hạn chế"),
    (F2, "Dịp Tết Kỷ Hợi 12 đoàn công tác đi thăm, chúc tết những đối tượn nào?",
         "Dịp Tết Kỷ Hợi 12 đoàn công tác đi thăm, chúc tết những đối tượng nào?",
         ["các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"],
         "Các gia đình có hoàn cảnh đặc biệt khó khăn, người có công"),
    (F2, "giao ban quy i 2019 dua ra giai phap nham muc dic gi",
         "giao ban quy i 2019 dua ra giai phap nham muc dich gi",
         ["nhằm thực hiện tốt công tác dân vận trong thời gian tới"],
         "Để thực hiện tốt công tác dân vận trong thời gian tới"),
    (F2, "khẩu hiêu đi kèm Năm Dân vận chính quyền 2019 gồm những chữ gì?",
         "khẩu hiệu đi kèm Năm Dân vận chính quyền 2019 gồm những chữ gì?",
         ["kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"],
         "Kỷ cương, liêm chính, sáng tạo, bứt phá, hiệu quả"),
    (F2, "nguoi co cong va gia dinh kho khan duoc bao nhieu daon cong tac tham chuc tet ky hoi",
         "nguoi co cong va gia dinh kho khan duoc bao nhieu doan cong tac tham chuc tet ky hoi",
         ["tổ chức 12 đoàn công tác thăm, chúc tết các gia đình"], "12 đoàn công tác"),
    # --- 003 Cụm thi đua Dân vận các Quận ủy Hà Nội ---
    (F3, "hooij nghị sơ kết cụm thi đua dân vận các quận ủy Hà Nội tọa đàm về quy chế dân chủ trong những công tác nào?",
         "hội nghị sơ kết cụm thi đua dân vận các quận ủy Hà Nội tọa đàm về quy chế dân chủ trong những công tác nào?",
         ["quy chế dân chủ trong công tác quản lý trật tự xây dựng"],
         "Công tác quản lý trật tự xây dựng và công tác giải phóng mặt bằng"),
    (F3, "Bài về cụm thi đua dân vận các quận ủy Hà Nội có bao nhiêu lượt xen?",
         "Bài về cụm thi đua dân vận các quận ủy Hà Nội có bao nhiêu lượt xem?",
         ["View count: 324"], "324 lượt xem"),
    (F3, "Đồng chí Trần Việt Hà giữ chức vụ dì ở quận Cầu Giấy?",
         "Đồng chí Trần Việt Hà giữ chức vụ gì ở quận Cầu Giấy?",
         ["Trần Việt Hà, UVTV - Phó Chủ tịch UBND quận"], "UVTV, Phó Chủ tịch UBND quận Cầu Giấy"),
    (F3, "Báo cáo đề dẩn tọa đàm ở hội nghị cụm thi đua dân vận các quận ủy do ông nào trình bày?",
         "Báo cáo đề dẫn tọa đàm ở hội nghị cụm thi đua dân vận các quận ủy do ông nào trình bày?",
         ["Nguyễn Văn Chiến, UVTV - Trưởng Ban Dân vận Quận ủy"],
         "Đồng chí Nguyễn Văn Chiến, UVTV, Trưởng Ban Dân vận Quận ủy"),
    (F3, "bà tuyến đề nghị tiếp tục thực hiện nhiệm vũ của năm gì",
         "bà tuyến đề nghị tiếp tục thực hiện nhiệm vụ của năm gì",
         ["tiếp tục thực hiện nhiệm vụ “Năm Dân vận chính quyền” 2019"], "Năm Dân vận chính quyền 2019"),
    (F3, "Phong trào Dân vận khéo ở các quận giúp củng cố lòng tinh của ai với ai?",
         "Phong trào Dân vận khéo ở các quận giúp củng cố lòng tin của ai với ai?",
         ["củng cố lòng tin của Nhân dân với Đảng, Nhà nước"], "Lòng tin của Nhân dân với Đảng, Nhà nước"),
    (F3, "Năm 2019 công tác dân vận của chính quyền, lực lượng vũ trang các quận dduwowcj đổi mới ra sao?",
         "Năm 2019 công tác dân vận của chính quyền, lực lượng vũ trang các quận được đổi mới ra sao?",
         ["Chất lượng thực hiện các hoạt động có nhiều đổi mới"],
         "Đạt nhiều kết quả; chất lượng thực hiện các hoạt động có nhiều đổi mới"),
    (F3, "Ban Dân vận Quận ủy lấy ý kiến của ai khi xây dựng chính sách, quy hoặch?",
         "Ban Dân vận Quận ủy lấy ý kiến của ai khi xây dựng chính sách, quy hoạch?",
         ["tiếp thu ý kiến của MTTQ, các đoàn thể và nhân dân"], "Của MTTQ, các đoàn thể và nhân dân"),
    (F3, "cac don vi trong cum chia xe kinh nghiem thuc hien quy che dan chu o linh vuc nao",
         "cac don vi trong cum chia se kinh nghiem thuc hien quy che dan chu o linh vuc nao",
         ["chia sẻ những kinh nghiệm thực hiện “Quy chế dân chủ”", "trật tự xây dựng và giải phóng mặt bằng"],
         "Quản lý trật tự xây dựng và giải phóng mặt bằng"),
    (F3, "bà nguyễn thị tuyến đề nghị tạo điều kiện cho ai sản suất kinh doanh",
         "bà nguyễn thị tuyến đề nghị tạo điều kiện cho ai sản xuất kinh doanh",
         ["tạo điều kiện cho doanh nghiệp sản xuất, kinh doanh"], "Cho doanh nghiệp"),
    # --- 004 Hà Nội, Bí thư Vương Đình Huệ ---
    (F4, "Ông Vương Đình Huệ giữ nhữgn chức vụ gì khi làm việc với Ban Dân vận Thành ủy Hà Nội ngày 28/4?",
         "Ông Vương Đình Huệ giữ những chức vụ gì khi làm việc với Ban Dân vận Thành ủy Hà Nội ngày 28/4?",
         ["Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội"],
         "Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    (F4, "Ảnh bài Bí thư Hà Nội làm việc với Ban Dân vận do ai trụp?",
         "Ảnh bài Bí thư Hà Nội làm việc với Ban Dân vận do ai chụp?",
         ["Ảnh: Văn Điệp/TTXVN"], "Văn Điệp/TTXVN"),
    (F4, "Bí thư Huệ muốn Thường trực Thành ủy đối thoạy chuyên đề về những vấn đề nào?",
         "Bí thư Huệ muốn Thường trực Thành ủy đối thoại chuyên đề về những vấn đề nào?",
         ["xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông"],
         "Xử lý rác thải, ô nhiễm môi trường, ùn tắc giao thông…"),
    (F4, "Chủ tịch Hội Cựu chiến binh Hà Nội nhận xét gì về dân vận của lực lượng vũ tran Thủ đô?",
         "Chủ tịch Hội Cựu chiến binh Hà Nội nhận xét gì về dân vận của lực lượng vũ trang Thủ đô?",
         ["công tác dân vận của các lực lượng vũ trang Thủ đô được tăng cường"], "Được tăng cường"),
    (F4, "Ở Hà Nội việc tổ chức đối thoại chực tiếp giữa người đứng đầu với nhân dân được duy trì ra sao?",
         "Ở Hà Nội việc tổ chức đối thoại trực tiếp giữa người đứng đầu với nhân dân được duy trì ra sao?",
         ["tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền", "được duy trì tốt"],
         "Được duy trì tốt"),
    (F4, "Song song với quản lý Nhà nước, Ban Dân vận Hà Nội giải quyết các vấn đề liên quang đến gì?",
         "Song song với quản lý Nhà nước, Ban Dân vận Hà Nội giải quyết các vấn đề liên quan đến gì?",
         ["giải quyết hiệu quả các vấn đề liên quan đến dân tộc, tôn giáo"], "Dân tộc, tôn giáo"),
    (F4, "Bí thư Huệ cho rằng nỗ lực của cán bộ dân vận góp phần giữ vửng điều gì?",
         "Bí thư Huệ cho rằng nỗ lực của cán bộ dân vận góp phần giữ vững điều gì?",
         ["góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội"],
         "An ninh chính trị, trật tự an toàn xã hội (và phát triển kinh tế, xã hội Thủ đô)"),
    (F4, "ban dan van ha noi nang cao hieu qua cong tac gi de giai quyet kip thoi van de dan xinh",
         "ban dan van ha noi nang cao hieu qua cong tac gi de giai quyet kip thoi van de dan sinh",
         ["nâng cao hiệu quả công tác dự báo tình hình"], "Công tác dự báo tình hình"),
    (F4, "Bí thư Huệ chỉ đạo nhân rộg những gì trong công tác dân vận?",
         "Bí thư Huệ chỉ đạo nhân rộng những gì trong công tác dân vận?",
         ["nhân rộng mô hình hay, cách làm hiệu quả trong công tác dân vận"],
         "Mô hình hay, cách làm hiệu quả"),
    (F4, "ban dan van thanh uy ha noi tiep tuc day mnah thuc hien noi dung cong tac dan van cua ai",
         "ban dan van thanh uy ha noi tiep tuc day manh thuc hien noi dung cong tac dan van cua ai",
         ["các nội dung công tác dân vận của chính quyền"], "Của chính quyền (các cấp)"),
    (F4, "Hà Nội tăng cường phối hợp nắm tình hình nhân dân trước diễn biếng phức tạp của dịch gì?",
         "Hà Nội tăng cường phối hợp nắm tình hình nhân dân trước diễn biến phức tạp của dịch gì?",
         ["trước diễn biến phức tạp của dịch COVID-19"], "Dịch COVID-19"),
]

# ---------------------------------------------------------------------------
# off topic (none answered by the five articles)
# ---------------------------------------------------------------------------
OFF_TOPIC = [
    "quy trình kết nạp đảng viên mới gồm những bước nào",
    "Lương cơ sở từ ngày 1/7/2024 tăng lên bao nhiêu?",
    "ai là bí thư tỉnh ủy nghệ an",
    "Thủ tục chuyển sinh hoạt đảng tạm thời cần giấy tờ gì?",
    "phu cap hang thang cua bi thu chi bo thon la bao nhieu",
    "Tỉnh Hà Nam sáp nhập với tỉnh nào năm 2025?",
    "Ngày thành lập Mặt trận Tổ quốc Việt Nam là ngày nào?",
    "hoc phi dai hoc kinh te quoc dan nam nay bao nhieu",
    "mau ban kiem diem vien chuc cuoi nam",
    "Nghị quyết 18-NQ/TW về tinh gọn bộ máy có nội dung chính gì?",
    "Cuối tuần này Hà Nội có rét đậm không?",
    "bao so 3 nam nay do bo vao dau",
    "Đội tuyển Việt Nam đã vô địch AFF Cup 2024 chưa?",
    "Messi hiện đá cho câu lạc bộ nào?",
    "ket qua ngoai hang anh dem qua",
    "Cách gõ tiếng Việt có dấu trên điện thoại Android",
    "zalo bi khoa tai khoan thi lam sao mo lai",
    "Làm sao tải video YouTube về máy tính?",
    "Vịnh Hạ Long được UNESCO công nhận di sản thiên nhiên thế giới năm nào?",
    "Trận Bạch Đằng năm 938 do ai chỉ huy?",
    "chien dich ho chi minh ket thuc ngay nao",
    "Người bị tiểu đường type 2 nên kiêng ăn gì?",
    "tre bi sot cao co giat phai so cuu the nao",
    "Trẻ mấy tháng tuổi thì tiêm vắc xin sởi mũi đầu?",
    "Bị mất thẻ căn cước thì làm lại ở đâu, mất bao lâu?",
    "dang ky tam tru online tren vneid the nao",
    "Không đội mũ bảo hiểm khi đi xe máy bị phạt bao nhiêu?",
    "Luật Đất đai 2024 quy định bồi thường khi thu hồi đất ra sao?",
    "HĐND xã có bao nhiêu đại biểu theo luật?",
    "Đảng viên sinh con thứ ba có bị kỷ luật không?",
    "ai la chu tich uy ban trung uong mttq viet nam hien nay",
    "Bác Hồ sinh ngày tháng năm nào?",
    "Chế độ phụ cấp trách nhiệm cấp ủy viên được tính thế nào?",
    "doan vien cong doan dong doan phi bao nhieu mot thang",
    "Phố cổ Hoàn Kiếm có những điểm tham quan nổi tiếng nào?",
    "Từ trung tâm Hà Nội lên Ba Vì bao nhiêu km?",
    "pho nam dinh voi pho ha noi khac nhau the nao",
    "Giá lúa hôm nay ở đồng bằng sông Cửu Long bao nhiêu một ký?",
    "1 luong vang bang may chi",
    "1 inch bang bao nhieu cm",
    "Điều hòa 1 HP chạy cả đêm tốn bao nhiêu số điện?",
    "Vương Đình Huệ quê ở tỉnh nào?",
    "dinh thi lua sinh nam bao nhieu",
    "Mùng 1 Tết Nguyên đán 2026 là thứ mấy, ngày mấy dương lịch?",
    "Virus COVID-19 bắt nguồn từ đâu?",
    "Giá đền bù đất nông nghiệp khi giải phóng mặt bằng ở Hưng Yên bao nhiêu một mét vuông?",
    "quy che dan chu o co so co tu nam nao",
    "Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?",
    "Hội Cựu chiến binh Hà Nội có bao nhiêu hội viên?",
    "tieng anh cua ban dan van la gi",
    "Ban Dân vận Thành ủy Hà Nội hiện nay có trụ sở ở đâu?",
    "Hôm nay âm lịch là ngày bao nhiêu?",
]

# ---------------------------------------------------------------------------
SWAPS = {"place": 15, "year": 10, "quarter": 8, "date": 6, "not_said": 10,
         "document": 8, "person": 8, "organisation": 8}
MINS = {"near_misses9": 90, "off_topic9": 45, "slips9": 50}


def unmarked(q):
    return q == strip_marks(q)


def main():
    arts = load_corpus()
    errors = []
    gold_ok = gold_checker(arts, errors)

    # --- near misses
    cross_used = []

    def no_place_swap_on_f2(tag, swapped, src):
        if swapped == "place" and src == F2:
            errors.append(f"{tag}: place swap on article 002 (its province is not named)")

    near = near_miss_rows(NEAR_MISSES, 9, SWAPS, arts, CROSS, errors, cross_used, no_place_swap_on_f2)

    # --- slips
    slips = []
    for i, (fname, q, correct, snips, ans) in enumerate(SLIPS, 1):
        tag = f"s9_{i:03d}"
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

    # --- off topic
    off = [{"id": f"o9_{i:03d}", "question": q, "file": None, "gold_snippets": [],
            "kind": "off_topic"} for i, q in enumerate(OFF_TOPIC, 1)]

    # --- global checks
    sets = {"near_misses9": near, "off_topic9": off, "slips9": slips}
    check_repeats(sets, 9, errors)
    # no answerable set this round: the slips stand in for it in the shared
    # check (all five articles used); no answer kinds are required
    _, sc = check_counts(sets, MINS, slips, near, [], SWAPS, errors)
    n_unmarked = sum(1 for r in near if unmarked(r["question"]))
    if n_unmarked * 4 < len(near):
        errors.append(f"near misses: only {n_unmarked} of {len(near)} without diacritics")
    o_unmarked = sum(1 for r in off if unmarked(r["question"]))
    if o_unmarked * 4 < len(off):
        errors.append(f"off topic: only {o_unmarked} of {len(off)} without diacritics")
    fail_on(errors)

    # --- split once per set and write
    split_and_write(sets, 9)

    print("near miss swapped:", dict(sorted(sc.items())),
          "| without diacritics:", n_unmarked, "of", len(near),
          "| cross-article values:", cross_used)
    print("near miss source files:",
          dict(sorted(collections.Counter(s[3][:3] for s in NEAR_MISSES).items())))
    print("off topic without diacritics:", o_unmarked, "of", len(off))
    print("slips files:", dict(sorted(collections.Counter(r["file"][:3] for r in slips).items())),
          "| without diacritics:", sum(1 for r in slips if unmarked(r["correct"])))
    print("all checks passed")


if __name__ == "__main__":
    main()
