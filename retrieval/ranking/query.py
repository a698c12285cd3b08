"""A question, parsed once: everything later stages need to know about it.

Normalising, deciding whether it was typed without diacritics, finding its token
views, the kind of answer it asks for and the names and years it is about used to be
done again by each stage, each in its own way.  :class:`QueryParser` does it once and
every stage reads the resulting :class:`Query`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.function_words import FOLDED_FUNCTION_WORDS, FUNCTION_WORDS
from retrieval.analysis.views import Analyzer
from retrieval.ranking.constraints import Constraints, asked_aspect, asked_attribute, asked_event, asked_office, offices_named, offices_with_names, parse_constraints
from retrieval.ranking.intents import small_talk, strip_greeting
from retrieval.ranking.names import specific_terms
from retrieval.ranking.page_facts import PageFacts
from retrieval.ranking.phrases import Token, is_function_word, tokenize
from retrieval.ranking.shorthand import Shorthand
from retrieval.text import cut_at_word, fold_accents, has_diacritics, normalize

# How a question may end after what it asks: closing particles and any run of marks
# ("… là gì vậy ạ??", "… không nhỉ?!", "… mấy …").
_ENDS = r"(?:\s+(?:vậy|vay|thế|the|ạ|a|nhỉ|nhi|nhé|nhe|hả|ha|à)){0,2}[\s?!.…]*$"
# What kind of answer a question asks for, from its wh-words (with and without marks).
# A "how"/"what" after "mấy" makes it a determiner ("mấy vụ việc … thế nào": those cases).
# So does "những … nào" ("mấy văn bản, gồm những văn bản nào": a list answers it).
_ASKS_MANNER = re.compile(r"\b(thế nào|the nao|ra sao|kiểu gì|kieu gi|cách nào|cach nao|làm gì|lam gi|là gì|la gi|gì|gi)\b"
                          r"|\b(những|nhung)(?:\s+\w+){1,3}\s+(nào|nao)\b", re.IGNORECASE)
# So does a question that ends asking yes or no ("có chống lại mấy luận điệu … không?":
# any of them; "ở mấy quận, dân có được hỏi … không?": in those districts).
_ASKS_YES_NO = re.compile(r"\b(không|khong|chưa|chua)" + _ENDS, re.IGNORECASE)
# Typed without marks, "may" alone may be "máy" or "may mắn": only "thứ mấy", "số mấy",
# "mấy lần", "mấy giờ" and a final "mấy" ask for a number.
_ASKS_NUMBER = re.compile(
    r"\b(bao nhiêu|bao nhieu|mấy|số lượng|tỷ lệ|bao lâu|so luong|ty le|bao lau|thu may|so may|may lan|may gio)\b|\bmay" + _ENDS, re.IGNORECASE
)
_ASKS_DATE = re.compile(
    r"\b(khi nào|khi nao|lúc nào|luc nao|bao giờ|bao gio|ngày nào|ngay nao|năm nào|nam nao|tháng nào|thang nao|thời gian nào|ngày mấy|ngay may|hôm nào|hom nao|thời điểm nào|thoi diem nao)\b",
    re.IGNORECASE,
)
# "Ngày tổ chức Đại hội …?", "thoi gian dien ra hoi nghi": a question that opens by
# naming the day of one of these deeds asks for it
_DATED_DEEDS = "tổ chức|diễn ra|ban hành|ký|thành lập|khai mạc|bế mạc|họp"
_ASKS_DATE_OF = re.compile(
    rf"^\s*(ngày|ngay|thời gian|thoi gian|thời điểm|thoi diem)\s+({_DATED_DEEDS}|{fold_accents(_DATED_DEEDS)})\b", re.IGNORECASE
)
_ASKS_PERSON = re.compile(r"(^|\s)(ai|là ai|la ai|người nào|nguoi nao|đồng chí nào|dong chi nao|lãnh đạo nào|lanh dao nao"
                          r"|phóng viên nào|phong vien nao|cán bộ nào|can bo nao)(\s|\?|$)", re.IGNORECASE)
# "nguyện vọng của những ai", "tặng quà cho ai": whom, mostly a group ("Nhân dân",
# "hộ nghèo"), which a name need not answer ("tác phẩm của ai" still asks a person)
_ASKS_WHOM = re.compile(r"\b(?:(?:của|cua)\s+(?:những|nhung)|(?:cho|với|voi)(?:\s+những|\s+nhung)?)\s+ai\b", re.IGNORECASE)
_ASKS_NAME = re.compile(r"\b(tên gì|ten gi|tên là gì|ten la gi|họ tên|ho ten|họ và tên|ho va ten)\b", re.IGNORECASE)
# "dân vận là gì": a short term asked to be defined (the whole question).
_ASKS_DEFINITION = re.compile(
    r"^(?P<term>[^?,.:;!0-9]{2,40}?)\s+(?:là gì|la gi|là cái gì|la cai gi|nghĩa là gì|nghia la gi|có nghĩa là gì|co nghia la gi|được hiểu là gì|duoc hieu la gi)" + _ENDS,
    re.IGNORECASE,
)
MAX_DEFINED_SYLLABLES = 4
# "Theo từ điển, …", "Cho mình hỏi, …": a few words before a comma open a question
_OPENER = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*,\s*")
# "bao nhiêu lần", "mấy nhánh": the thing counted, which a count in words may answer ("hai lần").
# Not after "số"/"thứ" ("đề án số mấy", "lần thứ mấy": a number or an ordinal, not a count).
_SINCE = frozenset({"kể", "ke", "tính"})  # "bao nhiêu kể từ năm 2002", "tính đến nay"
_COUNTED = re.compile(r"(?<!\bsố )(?<!\bso )(?<!\bthứ )(?<!\bthu )\b(?:bao nhiêu|bao nhieu|mấy|may)\s+(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", re.IGNORECASE)
# Classifiers, which many nouns take ("phần quà", "suất quà", "lượt quà"): the noun after
# one is what is counted, whichever classifier a report chose
_CLASSIFIERS = frozenset({"phần", "suất", "phan", "suat", "chiếc", "chiec", "cái", "cai", "vị", "vi"})
#: Officials counted ("mấy đồng chí lãnh đạo dự"), whom a report names rather than counts
#: ("Dự hội nghị có đồng chí A …; đồng chí B …"): two-word nouns, folded.
PEOPLE_COUNTED = frozenset({"lanh dao", "dong chi"})
#: A level of the administration a count may be of ("mô hình cấp huyện"), matched folded.
LEVEL = re.compile(r"\bcap\s+(tinh|huyen|xa|co so|thanh pho|quan|phuong|trung uong|thi xa)\b")
#: A day written with digits ("14/11", "9/7/2019"); "37/42 vụ việc" is a count, no day.
DAY = r"(?<![\d/.,])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?(?![\d/])"
# A "bao nhiêu" question about money, a share or a length of time is answered by a
# number of that measure ("26 tỷ đồng", "85%", "3 giờ"), not by any number.  The words
# that ask are written with marks (a question typed without any is matched folded:
# "tiền" is not "tiến"); the units are matched in sentences without marks.
_MAGNITUDE = r"\d[\d.,]*\s*(?:(?:nghin|ngan|trieu|ty|ti)\s+)?"
_MEASURES: dict[str, tuple[str, str]] = {
    "money": (r"\b(tiền|kinh phí|chi phí|ngân sách|trị giá|vốn|(tỷ|tỉ|triệu|nghìn|ngàn) đồng|bao nhiêu (tỷ|tỉ|triệu))\b",
              r"\d[\d.,]*\s*(ty|ti|trieu|nghin|ngan|dong|vnd|usd|d)\b|\$\s*\d|\d\s*\$"),
    # a rate is a share: "lãi suất bao nhiêu", "tăng trưởng bao nhiêu" ("4,6 tỷ đồng" is no rate)
    "percent": (r"\b(bao nhiêu|mấy)\s*%|\b(phần trăm|tỷ lệ|tỉ lệ|lãi suất|tăng trưởng|lạm phát)\b", r"\d[\d.,]*\s*(%|phan tram\b)"),
    # "bao nhiêu tấn / ha / km": a number with that unit ("18,6 ha"), not a count of households
    # ("1,4 triệu km²": a magnitude may stand between the number and its unit)
    "mass": (r"\b(bao nhiêu|mấy)\s+(tấn|tạ|kg|ki-lô-gam)\b", _MAGNITUDE + r"(tan|ta|kg|ki-lo-gam)\b"),
    "area": (r"\b(bao nhiêu|mấy)\s+(ha|héc-ta|hecta|m2|m²|mét vuông|km2|km²)(?!\w)|\bdiện tích\b",
             _MAGNITUDE + r"(ha|hec-ta|hecta|m2|m²|met vuong|km2|km²|km vuong|kilomet vuong|ki-lo-met vuong|dam vuong)(?!\w)"),
    "length": (r"\b(bao nhiêu|mấy)\s+(km|ki-lô-mét|cây số|mét)\b", _MAGNITUDE + r"(km|ki-lo-met|kilomet|cay so|m|met)\b"),
    # "… ngày nào?" asks for a day: "năm 2019" or "nhiệm kỳ 2019 – 2024" does not say it
    "day": (rf"\b(ngày nào|hôm nào|ngày mấy)\b|^\s*ngày\s+({_DATED_DEEDS})\b", DAY + r"|\bngay\s+\d|\b(thu (hai|ba|tu|nam|sau|bay)|chu nhat)\b"),
    # ("6 tháng đầu năm" names a period, not a length of time; "số 02 ngày 15/3" a document's day)
    "duration": (r"\b(bao lâu|mấy tiếng)\b",
                 r"\b(\d[\d.,]*|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|nhieu|hang)\s+(phut|gio|tieng|ngay|tuan|thang|nam|thap ky|the ky)\b(?!\s+(dau|cuoi)\b)(?!\s*\d)"
                 r"|\btu\s+(ngay|gio|luc|thang|nam|\d)[^.;]{0,40}\b(den|toi)\s+(ngay|gio|luc|thang|nam|nay|\d)"),
}
# Typed without marks, "tien" is also "tiến" ("tiến tới"), "tiên" and "Tiên", "Tiền" of
# places ("Duy Tiên", "Tiền Hải"): it asks for money only next to what asks an amount.
_FOLDED_ASKED = {
    "money": r"\b(bao nhieu|may|so|khoan|tong|het|tong so) tien\b|\btien\s+(la\s+)?(bao nhieu|may)\b|\bbao nhieu (ty|ti|trieu)\b"
             r"|\b(kinh phi|chi phi|ngan sach|tri gia|von|(ty|ti|trieu|nghin|ngan) dong)\b",
}
MEASURES = {name: (re.compile(asked), re.compile(_FOLDED_ASKED.get(name) or fold_accents(asked)), re.compile(units))
            for name, (asked, units) in _MEASURES.items()}
#: Numbers as a question or a sentence writes them ("306", "26,5", "1.200").
NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")


def defined_term(question: str) -> str:
    """The term a "X là gì" question asks to define, as typed ("dân vận", also after
    an opener: "Theo từ điển, dân vận nghĩa là gì"); "" for any other question (a
    longer subject asks about something, not a word)."""
    m = _ASKS_DEFINITION.match(question.strip()) or _ASKS_DEFINITION.match(_OPENER.sub("", question, count=1).strip())
    if not m or len(m["term"].split()) > MAX_DEFINED_SYLLABLES:
        return ""
    if {"của", "cua", "tên", "ten", "gọi", "goi"} & set(m["term"].lower().split()):
        return ""  # "Quốc tịch của X là gì", "X tên thật là gì": an attribute, not a definition
    return " ".join(m["term"].split())


# "Mendès-France là ai?", "Opération Turquoise là gì?": a name, every word capitalised.
_ASKS_ABOUT_A_NAME = re.compile(r"^(?P<name>[^?,:;!0-9]{2,60}?)\s+(?:là ai|la ai|là gì|la gi)" + _ENDS, re.IGNORECASE)
MAX_NAME_WORDS = 5


def asked_name(question: str) -> str:
    """The name a "X là ai / X là gì" question asks about when X is a name written
    with capitals ("James W. Gerard"), else "".  A sentence that names it answers: such
    a short question is unlike any passage by meaning, and a name is rarely "defined"."""
    m = _ASKS_ABOUT_A_NAME.match(question.strip())
    words = m["name"].split() if m else []
    if not words or len(words) > MAX_NAME_WORDS or not all(w[0].isupper() and (len(w.rstrip(".")) == 1 or not w.isupper()) for w in words):
        return ""
    if len(words) == 1 and "-" not in words[0]:
        return ""  # "Huệ là ai?": one word may be part of many names ("Mendès-France" is one)
    return " ".join(words)


def names_the_name(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name``, in any case (without marks only when the name
    has none: "Lan" is not "lần")."""
    if not name:
        return False
    if not has_diacritics(name):
        name, text = fold_accents(name), fold_accents(text)
    return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text.lower()) is not None


_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\((?:https?://|www\.)[^)\s]*\)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def without_pasted_markup(question: str) -> str:
    """The question without the links and HTML tags pasted in it ("… [bài này](http://…)
    nói gì", "https://baohanam.com.vn/…", "<b>dân vận</b>"): their letters are no words
    to search for, nor slips."""
    return " ".join(_URL.sub(" ", _MARKDOWN_LINK.sub(r"\1", _HTML_TAG.sub(" ", question))).split())


def capitals_say_nothing(tokens: list[Token]) -> bool:
    """A question typed in capitals ("HÀ NAM CÓ BAO NHIÊU …") or with every word
    capitalised ("Ai Là Trưởng Ban …"): its capitals mark no names."""
    words = [t for t in tokens if t.text[0].isalpha()]
    if len(words) < 3:
        return False
    if all(t.text.isupper() for t in words):
        return True
    # a name has at most four syllables and no "là", "của" inside
    return all(t.text[0].isupper() for t in words) and (len(words) > 4 or any(is_function_word(t) for t in words[1:]))


_ISSUED = re.compile(r"\b(ban hành|ban hanh|ký|ky|kí|ki|ra đời|ra doi|có hiệu lực|co hieu luc)\b", re.IGNORECASE)


# "… nói về nội dung gì?", "… về việc gì?", "tiêu đề của …": what a document is about (folded)
_ABOUT = re.compile(r"(?<!\w)(?:(?:noi ve|ve viec|noi dung)\s+(?:gi|chinh)|tieu de|trich yeu)(?!\w)")


def asks_what_about(question: str) -> bool:
    """"Báo cáo số 38-BC/BDVHU nói về nội dung gì?": what a document is about, which its
    title says (not "nói gì về mô hình …", which asks what it says of something)."""
    return _ABOUT.search(fold_accents(question).lower()) is not None


def asks_when_issued(question: str, asks: str | None) -> bool:
    """"Quyết định 290 ban hành ngày nào?": the day a document was issued (not the day
    of a meeting about it); ``asks`` is the kind the question asks for (:attr:`Query.asks`)."""
    return asks == "date" and _ISSUED.search(question) is not None


def asked_level(question: str) -> str:
    """The level a "bao nhiêu X cấp huyện" question counts at, folded ("huyen"), else ""."""
    folded = fold_accents(question).lower()
    number = _ASKS_NUMBER.search(folded)
    level = LEVEL.search(folded, number.end()) if number else None
    return level[1] if level else ""


def counted_noun(question: str) -> str:
    """The word a "bao nhiêu …" question counts ("lần" in "bao nhiêu lần"), else ""."""
    m = _COUNTED.search(question)
    if not m or m[1][0].isdigit():
        return ""
    word = m[1].lower()

    def no_noun(word: str) -> bool:
        # "bao nhiêu về …", "mấy được …", "bao nhiêu kể từ 2002": no noun follows
        # (folded only when the question is: "bao nhiêu ca nhiễm" counts "ca", no "cả")
        return word in FUNCTION_WORDS or word in _SINCE or (not has_diacritics(question) and word in FOLDED_FUNCTION_WORDS)

    following = [w.lower() for w in m.groups()[1:] if w]
    if word in _CLASSIFIERS and following and not following[0][0].isdigit() and not no_noun(following[0]):
        word = following.pop(0)
    if following and fold_accents(f"{word} {following[0]}") in PEOPLE_COUNTED:
        word = f"{word} {following[0]}"  # "lãnh đạo", not "lãnh"
    return "" if no_noun(word) or asked_measure(question) else word  # "bao nhiêu tiền" is a measure


# "Ai phát biểu chỉ đạo hội nghị?": the deed whose doer is asked for follows "ai" (or
# "do ai", "được ai"); at most this many syllables of it, up to punctuation or a number.
MAX_DEED_SYLLABLES = 4
_WHO_DID = re.compile(r"(?:^|\s)(?:do |được |duoc )?(?:ai|người nào|nguoi nao)\s+(?:đã |da |sẽ |se |đang |dang )?(?P<deed>[^\W\d][^?,.;:!\d]*)", re.IGNORECASE)


def asked_deed(question: str) -> tuple[str, ...]:
    """The deed an "ai" question asks the doer of ("phát biểu chỉ đạo hội nghị" in "Ai
    phát biểu chỉ đạo hội nghị?"), lowercase and folded, at most
    :data:`MAX_DEED_SYLLABLES`; () for "ai là …" (who holds an office) and other questions."""
    m = _WHO_DID.search(question)
    if not m:
        return ()
    words = fold_accents(m["deed"]).lower().split()
    if not words or words[0] in ("la", "vay", "the", "a", "nhi", "ha") or words[0] in FOLDED_FUNCTION_WORDS:
        return ()  # "ai là …", "giữa ai với ai": no deed
    return tuple(words[:MAX_DEED_SYLLABLES])


def asked_measure(question: str) -> str:
    """"money", "percent" or "duration" when a "bao nhiêu" question asks for a number
    of that measure, "day" when a "khi nào" question asks which day, else ""."""
    asks = asked_type(question)
    if asks not in ("number", "date"):
        return ""
    lower = question.lower()
    folded = not has_diacritics(lower)
    # a date is asked by the day, a number in the other measures ("đầu tiên" folded is no "tiền")
    measures = [name for name in MEASURES if (name == "day") == (asks == "date")]
    return next((name for name in measures if (MEASURES[name][1] if folded else MEASURES[name][0]).search(lower)), "")


def holds_measure(sentence: str, measure: str) -> bool:
    """Whether ``sentence`` holds a number of ``measure`` (any number when "")."""
    return not measure or MEASURES[measure][2].search(fold_accents(sentence).lower()) is not None


# "Hội nghị … được tổ chức ở đâu / tại hội trường nào?": where an event took place.
_ASKS_VENUE = re.compile(
    r"\b(tổ chức|diễn ra|khai mạc|họp|to chuc|dien ra|khai mac|hop)\s+(ở|tại|o|tai)\s+(đâu|dau)\b"
    r"|\b(hội trường|địa điểm|hoi truong|dia diem)\s+(nào|nao)\b", re.IGNORECASE)


# "Cách làm hộ chiếu …", "Thủ tục sang tên xe …", "Các hình thức khen thưởng …", "Điều kiện để …", "Mẫu báo cáo …": a
# question opening with how something is done in general.  Reports tell what was done,
# so such a question is on their topic only when a passage speaks of that procedure.
_ASKS_PROCEDURE = re.compile(
    r"^\W*(?:các\s+|cac\s+|mức\s+|muc\s+)?(cách|cach|thủ tục|thu tuc|quy trình|quy trinh|tiêu chí|tieu chi|hình thức|hinh thuc"
    r"|phụ cấp|phu cap|giấy tờ|giay to|mức|điều kiện để|dieu kien de|mẫu)\s+\w", re.IGNORECASE)  # not "muc", "mau": "mục tiêu", "mau chóng"
# "… được nghỉ mấy ngày theo quy định?": what a rule says in general (not "theo Quy định số 08")
_ASKS_RULE = re.compile(r"\b(?:theo|trong)\s+(quy định|quy dinh|điều lệ|dieu le)\b(?!\s+(?:số|so|\d))", re.IGNORECASE)


def asked_procedure(question: str) -> str:
    """The procedure word a question opens with, folded ("thu tuc" in "Thủ tục sang tên xe cần
    giấy tờ gì?"), or the rule it asks by ("quy dinh" in "… theo quy định?"), else ""."""
    m = _ASKS_PROCEDURE.match(question) or _ASKS_RULE.search(question)
    return fold_accents(m[1]).lower() if m else ""


def asked_type(question: str) -> str | None:
    """"number", "date", "person", "venue" or "definition" when the question's wh-words ask for one."""
    if defined_term(question):
        return "definition"
    if _ASKS_VENUE.search(question):
        return "venue"
    if _ASKS_DATE.search(question):
        return "date"
    number = _ASKS_NUMBER.search(question)
    determiner = number is not None and number[0].lower() in ("mấy", "may") and bool(
        _ASKS_MANNER.search(question, number.end()) or _ASKS_YES_NO.search(question, number.end()))
    if number and not determiner:
        return "number"  # but "xử lý mấy vụ việc nóng kiểu gì": "mấy" is "those", the question asks how
    if _ASKS_PERSON.search(_ASKS_WHOM.sub(" ", question)) or (_ASKS_NAME.search(question) and asked_office(question)):
        return "person"  # "phó ban thường trực tên gì": an office holder's name
    if _ASKS_DATE_OF.search(question):
        return "date"  # "Ngày tổ chức Đại hội …?", when nothing else is asked
    return None


@dataclass(frozen=True)
class Query:
    """One question as every stage reads it."""

    text: str  # as asked, cut to the configured length: what the front ends echo
    normalized: str  # NFC, one tone-mark style, plain spaces
    truncated: bool  # the question was longer than ``search.max_query_chars``
    folded: bool  # typed without any diacritic: only the folded views can match
    views: Mapping[str, list[str]]  # tokens per index view, question words removed
    asks: str | None  # the kind of answer asked for: "number", "date", "person", "venue", "definition"
    known_numbers: frozenset[str]  # numbers the question names (they answer nothing)
    specific: tuple[tuple[str, ...], ...]  # names and years some hit must name
    constraints: Constraints = Constraints()  # places, years, quarters, documents … a hit must satisfy
    intent: str | None = None  # small talk ("greeting", "thanks" …): not a question at all
    corrections: tuple[tuple[str, str], ...] = ()  # slips read as another word: (typed, read)
    asked: str = ""  # the text as the user typed it, when slips were corrected
    defines: str = ""  # the term a "X là gì" question asks to define, else ""
    page_fact: str | None = None  # asked of the page, not its text: "views", "posted", "source"
    counted: str = ""  # what a "bao nhiêu …" question counts ("lần")
    level: str = ""  # the level it counts at, folded: "huyen" in "bao nhiêu mô hình cấp huyện"
    measure: str = ""  # what a number or date must be: "money", "percent", "duration"; "day"
    attribute: str = ""  # what a number question asks the amount of, folded ("dan so"), else ""
    event: tuple[str, ...] = ()  # the ways of saying the event a date question asks the date of, folded ("thanh lap", "ra doi" …)
    # what it asks of a report, every folded way of saying it ("han che", "ton tai" …), else ()
    aspect: tuple[str, ...] = ()
    office: str = ""  # the head's office an "ai" question names, folded ("truong ban"), else ""
    deed: tuple[str, ...] = ()  # what an "ai" question asks the doer of, folded ("phat", "bieu", "chi", "dao")
    name: str = ""  # the name a "X là ai / là gì" question asks about ("James W. Gerard"), else ""
    # what the question says someone is: (person, office, office as typed), "Đinh Thị Lụa, chủ tịch HĐND"
    person_offices: tuple[tuple[str, str, str], ...] = ()
    # every office the question names, with or without a name: (office, as typed), "Thủ tướng"
    offices: tuple[tuple[str, str], ...] = ()
    procedure: str = ""  # the procedure word a general "how is it done" question opens with, folded ("thu tuc")

    @property
    def unread_names(self) -> list[tuple[str, ...]]:
        """The names (not years) the constraint reader did not take as a place or a
        person ("Thanh Hà", a commune no place list holds): those it took are checked
        with more care there."""
        c = self.constraints
        read = {fold_accents(name).lower() for name in (*c.places, *(m.name for m in c.place_mentions), *c.persons)}
        return [t for t in self.specific if len(t) > 1 and fold_accents(" ".join(t)) not in read]

    @property
    def empty(self) -> bool:
        """Nothing to search for (punctuation, question words only)."""
        return not any(self.views.values())


class QueryParser:
    """Turns question text into a :class:`Query` with the index's own analysis."""

    def __init__(self, analyzer: Analyzer, abbreviations: Abbreviations, max_chars: int) -> None:
        self.analyzer = analyzer
        self.max_chars = max_chars
        # Capitalised words that are no names: the abbreviations (UBND, HĐND …).
        self.generic_words = frozenset(fold_accents(abbr).lower() for abbr in abbreviations.mapping)
        self.page_facts = PageFacts.load()
        self.shorthand = Shorthand.load()

    def parse(self, question: str) -> Query:
        text = cut_at_word(question, self.max_chars).strip()
        truncated = len(question.strip()) > self.max_chars
        intent = small_talk(text)
        if intent is None and (spelled := self.shorthand.spell_out(text)) != text:
            intent = small_talk(spelled)  # "hướng dẫn sử dụng bot vs ạ"
        # "chào bot, năm 2022 …": the greeting is not part of the question; nor is a link
        normalized = normalize(text) if intent else self.shorthand.spell_out(normalize(without_pasted_markup(strip_greeting(text) or text)))
        # "bài … đăng lúc mấy giờ": the rest of the question finds the article
        page_fact = None if intent else self.page_facts.asked(normalized)
        if page_fact is not None and page_fact.rest:
            normalized = page_fact.rest
        folded = not has_diacritics(normalized)
        named = normalized.lower() if capitals_say_nothing(tokenize(normalized)) else normalized
        constraints, asks = parse_constraints(normalized), asked_type(normalized)
        return Query(
            text=text,
            normalized=normalized,
            truncated=truncated,
            folded=folded,
            views=self.analyzer.query_views(normalized, folded),
            asks=asks,
            known_numbers=frozenset(NUMBERS.findall(normalized)),
            specific=tuple(specific_terms(named, self.generic_words, folded)),
            constraints=constraints,
            person_offices=offices_with_names(normalized, constraints.persons),
            offices=offices_named(normalized),
            intent=intent,
            defines=defined_term(normalized),
            page_fact=page_fact.fact if page_fact else None,
            counted=counted_noun(normalized),
            level=asked_level(normalized),
            measure=asked_measure(normalized),
            attribute=asked_attribute(normalized) if asks == "number" else "",
            event=asked_event(normalized) if asks in ("date", "number") else (),
            aspect=asked_aspect(normalized),
            office=asked_office(normalized),
            deed=asked_deed(normalized),
            name=asked_name(normalized),
            procedure=asked_procedure(normalized),
        )
