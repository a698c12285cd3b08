"""Small talk is recognised only when the whole message is small talk (invented texts)."""

from __future__ import annotations

import pytest

from retrieval.ranking.intents import names_the_bot, small_talk, small_talk_in_part, strip_greeting


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("xin chào", "greeting"), ("Chào bạn!", "greeting"), ("chàoooo bot", "greeting"), ("chao ad oi", "greeting"),
        ("Hello 😊", "greeting"), ("@danvan_bot chào", "greeting"), ("alo", "greeting"), ("bn ơi", "greeting"),
        ("[sticker]", "ack"), ("thx bn", "thanks"), ("=))", "ack"), ("hay quá :D", "praise"), ("<3 <3", "praise"),
        ("bạn có thể giúp gì cho tôi", "help"), ("???", "help"), ("...", "help"),
        ("cảm ơn", "thanks"), ("Cảm ơn bạn nhiều nhé!", "thanks"), ("cam on nha", "thanks"), ("thankss", "thanks"),
        ("thanks ad 🙏", "thanks"), ("cảm ơn mọi người nhiều lắm ạ", "thanks"), ("ok cảm ơn nhé", "thanks"),
        ("tạm biệt", "farewell"), ("bye bye bot", "farewell"),
        ("bạn là ai?", "identity"), ("Bot là gì vậy", "identity"), ("ban la ai", "identity"),
        ("giúp tôi với", "help"), ("Bạn làm được gì?", "help"), ("bạn làm được những việc gì vậy", "help"), ("huong dan minh dung voi", "help"), ("huong dan minh cach hoi voi", "help"), ("mình nên hỏi thế nào cho đúng", "help"), ("hướng dẫn", "help"), ("cách dùng", "help"),
        ("ok", "ack"), ("OKE", "ack"), ("được rồi", "ack"), ("vâng ạ", "ack"), ("ừ", "ack"),
        ("👍", "ack"), ("❤️", "ack"), ("👍🏻", "ack"),
        ("bot thông minh ghê", "praise"), ("tra loi chuan luon", "praise"), ("💯", "praise"),
        ("không chính xác rồi", "complaint"), ("bot trả lời linh tinh quá", "complaint"), ("tra loi lung tung qua", "complaint"), ("câu trả lời chẳng đúng ý mình gì cả", "complaint"),
        ("thoi nghi day, bye", "farewell"), ("ai lập trình con bot này thế", "identity"), ("hoi bot kieu gi moi ra ket qua vay", "help"), ("bạn trả lời được những câu hỏi nào", "help"), ("tam biet bot nha, mai hoi tiep", "farewell"), ("ban la tro ly ao a", "identity"), ("bot co doc duoc file word khong", "help"), ("trả lời tào lao", "complaint"), ("sai bet", "complaint"),
        ("bạn có khỏe không", "chitchat"), ("bot mấy tuổi rồi", "chitchat"), ("dạo này bạn thế nào", "chitchat"),
        ("good morning bot", "greeting"), ("thôi về đây bot nhé", "farewell"), ("ai đứng sau bot này thế", "identity"), ("hỏi mãi không ra gì cả", "complaint"),
        ("sai rồi ad ơi, kiểm tra lại đi", "complaint"), ("hôm nay trời nóng quá bot nhỉ", "chitchat"), ("cuối tuần này làm gì vậy bot", "chitchat"),
        ("chúc ngủ ngon nhé", "farewell"), ("thôi mình đi đây", "farewell"), ("camon bot", "thanks"),
        ("tôi nên hỏi những gì", "help"), ("bot có những tài liệu nào", "help"), ("tên bạn là gì thế", "identity"),
        ("hữu ích lắm, cảm ơn bot", "thanks"), ("cam on bot nhieu, huu ich lam", "thanks"), ("đang nói chuyện với người thật hay máy vậy", "identity"),
        ("bot đọc những bài báo nào vậy", "help"), ("mình mới dùng, phải gõ lệnh gì trước ạ", "help"), ("haha vui ghê", "praise"),
        ("sao hỏi gì cũng không biết vậy", "complaint"), ("hôm nay trời nóng ghê nhỉ", "chitchat"), ("bot hài hước phết", "praise"),
        ("hổng hiểu", "help"), ("không hiểu", "help"), ("mình chưa hiểu", "help"),
    ],
)
def test_small_talk(text: str, intent: str) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "chào bot, năm 2021 Lạng Sơn công nhận bao nhiêu mô hình?",
        "Cảm ơn các đơn vị đã phối hợp được nêu trong báo cáo nào?",
        "hướng dẫn số 12 về công tác dân vận",
        "chào mừng kỷ niệm ngày truyền thống",
        "cách dùng vốn vay ưu đãi của hội nông dân",
        "ok vậy quý 3 thì sao",
        "sai phạm về đất đai ở xã được xử lý thế nào",
        "không chính xác ở khâu nào của báo cáo",
        "Hà Nam thế nào trong phong trào dân vận khéo",
        "hội nghị tổ chức ở đâu thế",
        "2022",
        "",
        "dân vận khéo",
        "chào bạn, mô hình dân vận khéo ở hà nam",  # a greeting, then keywords to search
        "cảm ơn, tôi muốn hỏi về dân vận khéo",
        "chào bạn, tôi là cán bộ xã, xã tôi có bao nhiêu mô hình",
    ],
)
def test_questions_are_not_small_talk(text: str) -> None:
    assert small_talk(text) is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("chào bot, năm 2021 Lạng Sơn công nhận bao nhiêu mô hình?", "năm 2021 Lạng Sơn công nhận bao nhiêu mô hình?"),
        ("Chào bạn năm 2021 có gì mới", "năm 2021 có gì mới"),
        ("Xin chào! Cho em hỏi quý 3 có gì mới", "quý 3 có gì mới"),
        ("cam on ban. thi dua nam nay the nao", "thi dua nam nay the nao"),
        ("cảm ơn các đơn vị đã phối hợp là nội dung gì", "cảm ơn các đơn vị đã phối hợp là nội dung gì"),
        ("chào mừng ngày thành lập", "chào mừng ngày thành lập"),
        ("Mô hình nào hay?", "Mô hình nào hay?"),
        ("chào bot", ""),
    ],
)
def test_strip_greeting(text: str, rest: str) -> None:
    assert strip_greeting(text) == rest


def test_more_ways_people_greet_ask_what_the_bot_is_and_agree() -> None:
    assert small_talk("alo có ai không") == "greeting" and small_talk("hế lô bot") == "greeting"
    assert small_talk("bạn là người hay máy?") == "identity" and small_talk("ai tạo ra bạn") == "identity"
    assert small_talk("dùng bot này như thế nào") == "help" and small_talk("okela") == "ack"
    assert small_talk("cảm ơn nhé, rất hữu ích!") == "thanks"
    # the same words inside a real question leave it a question
    assert small_talk("ai làm trưởng ban dân vận Hà Nam") is None
    assert small_talk("cảm ơn các đơn vị đã phối hợp tổ chức hội nghị") is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cảm ơn bạn, thông tin rất hữu ích cho công việc của tôi", "thanks"),
        ("chào bot, chúc bạn một ngày làm việc hiệu quả", "greeting"),
        ("bot trả lời hay quá, mình sẽ giới thiệu cho đồng nghiệp", "praise"),
        ("hello, mình là cán bộ xã, rất vui được làm quen", "greeting"),
        ("thank bot nhieu nhe, do phai luc bao", "thanks"),  # "đỡ phải lục báo": saves the digging
        ("cam on ban, can bo xa rat vui", "thanks"),  # "can bo" is "cán bộ": asks nothing ("cần")
    ],
)
def test_small_talk_followed_by_remarks(text: str, intent: str) -> None:
    """Small talk, then a remark about the speaker or the bot that asks nothing."""
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thôi mình đi họp đây, chào nhé", "farewell"),  # "chào" after remarks says goodbye
        ("mình đọc rồi, cảm ơn bot", "thanks"),
        ("tôi cần số liệu hà nam, cảm ơn", None),  # a request, then thanks: a question
        ("Hà Nam có bao nhiêu mô hình, cảm ơn", None),
        ("mình đang chuẩn bị báo cáo tổng kết công tác dân vận của xã năm nay, cảm ơn", None),  # too long for a remark
    ],
)
def test_short_remarks_then_a_goodbye_or_thanks(text: str, intent: str | None) -> None:
    assert small_talk(text) == intent


def test_asking_whether_the_bot_is_a_person() -> None:
    assert small_talk("ban la nguoi that hay may vay") == small_talk("Bạn là người thật hay máy?") == "identity"



@pytest.mark.parametrize(
    ("text", "intent"),
    [("haha", "ack"), ("hihi", "ack"), ("chào bác", "greeting"), ("🙏", "thanks"), ("trả lời giúp câu này", "help")],
)
def test_more_chat_lines_of_a_vietnamese_group(text: str, intent: str) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("trả lời chẳng đúng gì cả", "complaint"),  # the longest phrase first would leave "gì" alone
        ("tra loi chang dung gi ca", "complaint"),
        ("sai hết rồi bot ơi", "complaint"),
        ("ồ", "ack"),
        ("wow", "ack"),
        ("ôi trời", "ack"),
        ("có ai ở đây không", "greeting"),
        ("chúc mừng năm mới bot nhé", "greeting"),
        ("lol", "ack"),
    ],
)
def test_every_split_of_a_message_into_phrases_is_tried(text: str, intent: str) -> None:
    assert small_talk(text) == intent


def test_a_content_word_after_small_talk_phrases_is_still_a_question() -> None:
    assert small_talk("trả lời chẳng đúng gì về Hà Nam") is None
    assert small_talk("ồ Hà Nam năm 2022 thế nào") is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [("bạn giúp được gì cho cán bộ dân vận", "help"), ("bot ơi làm được gì cho người dân vậy", "help"),
     ("ban giup duoc gi cho can bo dan van", "help"),  # "can bo" is "cán bộ", not "cần"
     ("ban giup duoc gi cho can bo khong biet hoi", None),  # "khong biet" still asks
     ("Ban Dân vận giúp được gì cho người dân?", None),  # not asked of the bot
     ("bạn giúp gì cho hà nam năm 2022", None), ("bạn giúp được gì cho tôi ở đâu", None),
     ("bạn có phải là ChatGPT không?", "identity"), ("hẹn gặp lại bot lần sau", "farewell"),
     ("cau tra loi chua dung y minh", "complaint"), ("bot biết trả lời về chủ đề gì", "help"),
     ("chỉ mình cách dùng bot với", "help"), ("Hội nghị bàn chủ đề gì?", None),
     ("viết giúp mình bài phát biểu khai mạc hội nghị", "compose"), ("bot ơi soạn giúp tôi báo cáo tổng kết", "compose"),
     ("Ban Dân vận viết cho ai?", None), ("tóm tắt giúp tôi kết quả dân vận Hà Nam", None)],
)
def test_what_the_bot_can_do_for_someone(text: str, intent: str | None) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("mình là cán bộ dân vận xã, rất vui được làm quen", "greeting"), ("tôi là Lan, chào bot", "greeting"),
     ("thôi mình đi họp đây, chào nhé", "farewell"), ("mình cần trợ giúp", "help"), ("tạm biệt nhé hẹn mai gặp lại", "farewell"),
     ("bot trả lời nhanh ghê", "praise"), ("Hà Nam cần giúp gì cho người dân?", None)],
)
def test_who_the_speaker_is_then_a_greeting_greets(text: str, intent: str | None) -> None:
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("mình muốn hỏi chút", "help"), ("minh muon hoi chut", "help"), ("cho em hỏi với", "help"), ("chào bot, cho em hỏi tí", "help"),
     ("xin hỏi?", "help"), ("cho hỏi Hà Nam năm 2022", None), ("cho mình hỏi tí về dân vận khéo", None)],
)
def test_a_lead_in_with_nothing_asked_yet_asks_how_to_ask(text: str, intent: str | None) -> None:
    """"Cho mình hỏi chút" announces a question: the bot says how to ask, it searches nothing."""
    assert small_talk(text) == intent


def test_a_comrade_is_greeted_and_thanked() -> None:
    assert small_talk("Xin chào đồng chí!") == small_talk("chao cac dong chi") == "greeting"
    assert small_talk("cảm ơn đồng chí nhé") == "thanks"
    assert small_talk("chào đồng bào dân tộc thiểu số thế nào") is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [("uk", "ack"), ("nhận", "ack"), ("đồng ý", "ack"), ("nhất trí 👍", "ack"), ("dong y", "ack"), ("mơn nha", "thanks"),
     ("nhận được bao nhiêu bằng khen", None), ("đồng ý với đề xuất nào", None),
     ("+1", "ack"), ("10/10 bot ơi", "praise"), ("Hà Nam được 10/10 điểm thi đua không", None)],
)
def test_group_chat_agreement_and_short_thanks(text: str, intent: str | None) -> None:
    """A group's one-word replies ("nhận", "đồng ý", "uk") acknowledge; they search nothing."""
    assert small_talk(text) == intent


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("10 điểm cho bot", True), ("bot trả lời dài dòng quá", True), ("cuoi tuan nay bot lam gi", True), ("Bot ơi", True),
        ("chatbot này hay đấy", True), ("tro ly ao oi", True),
        # "BOT" in capitals is a toll road; "robot" is no bot; a long message asks something
        ("trạm BOT Cai Lậy thu phí bao nhiêu", False), ("robot hút bụi", False),
        ("bot ơi cho hỏi năm 2022 Hà Nam công nhận bao nhiêu mô hình dân vận khéo và huyện nào nhiều nhất vậy ạ", False),
    ],
)
def test_a_short_message_naming_the_bot(text: str, named: bool) -> None:
    assert names_the_bot(text) is named


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a clause of small talk, and the rest asks nothing
        ("nhanh quá, đỡ phải lật sổ sách", "praise"), ("ok, để tối mình đọc kỹ", "ack"),
        ("sai bét rồi, số liệu năm ngoái khác hẳn", "complaint"), ("kaka, để tối đọc lại", "ack"),
        # small talk or who the speaker is opening the message
        ("ok để mai mình gửi anh em trong chi bộ", "ack"), ("cảm ơn bot đã giúp mình viết báo cáo tuần", "thanks"),
        ("em là sinh viên năm ba, đang làm tiểu luận", "greeting"), ("bot ơi hay quá đỡ mất buổi chiều", "praise"),
        # anything asked, or no small talk at all: a question, left to the search
        ("ok, năm 2022 Hà Nam công nhận bao nhiêu mô hình", None), ("cảm ơn, thế còn Nam Định?", None),
        ("tôi là cán bộ xã, cần tìm quyết định khen thưởng", None), ("mô hình dân vận khéo ở Hà Nam", None),
        ("nhận xét về mô hình dân vận khéo", None), ("tốt nghiệp đại học năm 2010", None),
        ("đỉnh đèo cao nhất miền Bắc", None), ("thu tuc lam the can cuoc", None), ("trời hôm nay mưa to", None),
    ],
)
def test_small_talk_in_part_when_the_rest_asks_nothing(text: str, intent: str | None) -> None:
    assert small_talk_in_part(text) == intent
