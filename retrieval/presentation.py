"""What the CLI and the bot both say and show, in one place: dates, the marked-up
runs of a quote, and the wording of a reply that finds nothing.

Each front end renders these in its own markup (terminal escapes, Telegram HTML);
neither decides on its own how a date looks or which words are marked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from retrieval.records import Article
from retrieval.text import fold_accents, has_diacritics

NOT_FOUND = "Không tìm thấy đoạn nào trong các bài viết trả lời câu hỏi này."
NOT_FOUND_HINT = "Hãy thử diễn đạt khác hoặc thêm từ khoá cụ thể (tên đơn vị, địa phương, năm, tên phong trào…)."


def format_date(iso: str | None) -> str | None:
    """``2022-12-20`` -> ``20/12/2022``, the way Vietnamese readers write dates."""
    if not iso:
        return None
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def sections(article: Article) -> list[str]:
    """The top-level sections of a structured document ("I. KẾT QUẢ …"), in order."""
    found: list[str] = []
    for location in article.locations:
        section = location.split(" · ")[-1].split(" › ")[0] if location else ""
        if section and not section.startswith(("Đầu văn bản", "trang ")) and section not in found:
            found.append(section)
    return found


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters,
    with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


class Run(NamedTuple):
    """A stretch of a quote with one style: bold (matched words) inside or outside the
    answer sentence.  Runs nest properly: a bold stretch never crosses the sentence's edge."""

    text: str
    bold: bool
    answer: bool


def marked_runs(text: str, highlights: Sequence[tuple[int, int]] = (), answer: tuple[int, int] | None = None) -> list[Run]:
    """Cut ``text`` into :class:`Run` s at the edges of the bold spans and of the answer
    sentence.  Spans may overlap or fall outside the text."""
    n = len(text)
    edges = {0, n}
    bold = [False] * n
    for start, end in highlights:
        start, end = max(start, 0), min(end, n)
        for i in range(start, end):
            bold[i] = True
    for i in range(1, n):
        if bold[i] != bold[i - 1]:
            edges.add(i)
    if answer is not None:
        edges |= {min(max(answer[0], 0), n), min(max(answer[1], 0), n)}
    cuts = sorted(edges)
    inside = (lambda i: answer[0] <= i < answer[1]) if answer is not None else (lambda i: False)
    return [Run(text[a:b], bold[a], inside(a)) for a, b in zip(cuts, cuts[1:]) if a < b]


# -- the answer first ------------------------------------------------------------------------

#: The answer line is the answer sentence; past this many characters it is cut to the
#: clauses that hold the most matched words (an official reads it in five seconds).
ANSWER_LINE_MAX = 180
#: At most this many phrases are bolded in a quote: more pulls the eye away from the answer.
MAX_PHRASES = 5

_BETWEEN_WORDS = re.compile(r"[ \t]*")


def answer_span(text: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """The answer sentence's span, or the whole passage's first sentence-sized stretch."""
    if span is not None and 0 <= span[0] < span[1] <= len(text):
        return span
    return 0, len(text)


def answer_line(text: str, span: tuple[int, int] | None, highlights: Sequence[tuple[int, int]] = (), limit: int = ANSWER_LINE_MAX) -> str:
    """The answer sentence on one line; a long one is cut, with "…", to ``limit``
    characters around the densest cluster of the question's words: what a question
    asks for usually follows the words that frame it ("… đề nghị đối thoại về các vấn
    đề như *xử lý rác thải*…")."""
    start, end = answer_span(text, span)
    a, b = _answer_window(text, start, end, highlights, limit)
    line = " ".join(text[a:b].split()).strip(" ,;:–—-")
    lead = _LEAD_TIME.match(text, start) if a > start else None
    if lead and lead.end() <= a:  # "Ngày 28/4, … làm việc với …": when, for a "khi nào" question
        return lead.group().rstrip(" ,") + ", …" + line + ("…" if b < end else "")
    return ("…" if a > start else "") + line + ("…" if b < end else "")


# A sentence opening with when it happened: "Ngày 28/4,", "Chiều 20/12,", "Sáng ngày 9/7/2019,".
_LEAD_TIME = re.compile(r"(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:[Nn]gày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*,")


_WORD = re.compile(r"\w+")
MAX_NAME_WORDS = 4  # a window's start moves back over at most this many capitalised words


def _answer_window(text: str, start: int, end: int, highlights: Sequence[tuple[int, int]], limit: int) -> tuple[int, int]:
    if end - start <= limit:
        return start, end
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    marked = [any(s < we and ws < e for s, e in highlights) for ws, we in words]
    best, anchor = 0, None
    for i, (ws, _) in enumerate(words):  # distinct matched words among the last ten; ties go to the later
        if marked[i]:
            distinct = {text[slice(*words[j])].lower() for j in range(max(0, i - 9), i + 1) if marked[j]}
            score = sum(2 if w[:1].isdigit() else 1 for w in distinct)  # a number the question names weighs more
            if score >= best:
                best, anchor = score, i
    if anchor is None:
        return start, _word_cut(text, start, start + limit)
    cluster = max(0, anchor - 9)
    while not marked[cluster]:
        cluster += 1
    a = max(start, min(words[cluster][0], words[anchor][1] - limit // 3))
    clause = max(text.rfind(sep, start, a) for sep in (", ", "; ", ": "))  # start at a clause when close
    if clause >= 0 and a - clause <= limit // 5:
        a = clause + 2
    b = min(end, a + limit)
    if b == end:
        a = max(start, end - limit)
    a = a if a == start or text[a - 1].isspace() else (text.find(" ", a) + 1 or a)
    # not inside a name: "… Hà Nội Vương Đình Huệ", not "…Nội Vương Đình Huệ"
    for _ in range(MAX_NAME_WORDS):
        before = text.rfind(" ", start, a - 1)
        word = text[before + 1 : a - 1]
        if a <= start or not word[:1].isupper() or not text[a : a + 1].isupper() or not word.isalpha():
            break
        a = before + 1 if before >= start else start
    return a, _word_cut(text, a, b) if b < end else end


def _word_cut(text: str, a: int, b: int) -> int:
    cut = text.rfind(" ", a, b)
    return cut if cut > a else b


def phrase_spans(text: str, highlights: Sequence[tuple[int, int]], answer: tuple[int, int] | None = None, limit: int = MAX_PHRASES) -> tuple[tuple[int, int], ...]:
    """Matched words joined into phrases ("Dân vận khéo", not three bold syllables), at
    most ``limit`` of them: the longest first, those in the answer sentence before others."""
    merged: list[list[int]] = []
    for start, end in sorted(highlights):
        if merged and _BETWEEN_WORDS.fullmatch(text[merged[-1][1] : start]) and start - merged[-1][1] <= 3:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    spans = [(a, b) for a, b in merged if b > a]

    def rank(span: tuple[int, int]) -> tuple[int, int, int]:
        inside = answer is not None and answer[0] <= span[0] < answer[1]
        words = len(text[span[0] : span[1]].split())
        return (-int(inside), -words, span[0])

    # One of each phrase: "mô hình" bolded once says as much as five times.
    chosen: list[tuple[int, int]] = []
    seen: set[str] = set()
    for span in sorted(spans, key=rank):
        key = text[span[0] : span[1]].lower()
        if key in seen:
            continue
        seen.add(key)
        chosen.append(span)
        if len(chosen) == limit:
            break
    return tuple(sorted(chosen))


def excerpt(text: str, span: tuple[int, int] | None, limit: int, highlights: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """A stretch of at most ``limit`` characters around the answer sentence, cut at
    sentence ends where it can be, else at spaces: what a terminal shows by default.
    An answer sentence longer than that is cut like the answer line."""
    if len(text) <= limit:
        return 0, len(text)
    start, end = answer_span(text, span)
    if end - start >= limit:
        return _answer_window(text, start, end, highlights, limit)
    room = limit - (end - start)
    before = text.rfind(". ", max(0, start - room // 2), start)
    a = before + 2 if before >= 0 else max(0, start - room // 2)
    if a > 0 and before < 0:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else start
    b = min(len(text), a + limit)
    if b < len(text):
        cut = text.rfind(" ", end, b)
        b = cut if cut >= end else end
    return a, b


# -- what each kind of reply says -------------------------------------------------------------

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_HALVES = {1: "6 tháng đầu năm", 2: "6 tháng cuối năm", 3: "9 tháng đầu năm", 4: "cả năm"}

#: Small talk gets a short reply of its own, never a search ("{example}": one question to try).
SMALL_TALK = {
    "greeting": "Xin chào! 👋 Tôi tìm đoạn trả lời trong các bài viết về công tác dân vận. Bạn thử hỏi xem, ví dụ: “{example}”",
    "thanks": "Không có gì ạ! Bạn cần tra cứu gì thêm cứ hỏi tôi nhé.",
    "farewell": "Tạm biệt! Khi cần tra cứu về công tác dân vận, bạn cứ nhắn tôi nhé.",
    "identity": (
        "Tôi là bot tra cứu các bài viết về công tác dân vận: tôi trích nguyên văn đoạn trả lời kèm tên bài, "
        "ngày đăng và nguồn, chứ không tự viết câu trả lời. Ví dụ, bạn có thể hỏi: “{example}”"
    ),
    "help": "Bạn cứ gõ câu hỏi về công tác dân vận, có dấu hay không dấu đều được, ví dụ: “{example}”. Tôi sẽ trích đoạn trả lời kèm nguồn.",
    "praise": "Cảm ơn bạn! 😊 Bạn cần tra cứu gì thêm cứ hỏi tôi nhé.",
    "complaint": (
        "Xin lỗi bạn vì câu trả lời chưa đúng ý. Bạn thử hỏi cụ thể hơn (nêu địa phương, năm, tên hội nghị…), "
        "hoặc bấm 👎 dưới câu trả lời để tôi ghi nhận."
    ),
    "chitchat": "Tôi là bot nên lúc nào cũng sẵn sàng 🙂 Tôi chỉ trả lời được câu hỏi về các bài viết công tác dân vận, ví dụ: “{example}”",
    "ack": "👍",
    "compose": (
        "Tôi không soạn văn bản được: tôi chỉ trích nguyên văn đoạn trả lời trong các bài viết về công tác dân vận, "
        "kèm nguồn. Bạn thử hỏi, ví dụ: “{example}”"
    ),
}
LOW_CONFIDENCE = "🤔 Có thể chưa đúng ý bạn: đây là đoạn gần nhất tôi tìm được, nhưng nó chưa nói rõ điều bạn hỏi."
NEAREST_LABEL = "Đoạn gần nhất tôi có, nhưng KHÔNG nói về {what}:"
OFF_TOPIC = "Tôi không tìm thấy bài nào nói về điều này trong các bài viết tôi có."


def question_cut_note(limit: int) -> str:
    """Said with the answer to a question longer than ``search.max_query_chars``."""
    return f"✂️ Câu hỏi dài hơn {limit} ký tự nên tôi chỉ tìm theo phần đầu của câu."


def printable(text: str) -> str:
    """``text`` without control characters (a line break is a space): what a question
    holds is echoed, never an escape sequence that clears or recolours a terminal."""
    return "".join(" " if ch in "\n\r\t" else ch for ch in text if ch in "\n\r\t" or unicodedata.category(ch) != "Cc")


#: The example question of small-talk replies, when the corpus answers it (else one it does).
EXAMPLE_QUESTION = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo?"


def small_talk_reply(intent: str, example: str = EXAMPLE_QUESTION) -> str:
    """The reply to a greeting, thanks, farewell, "who are you", "help" or "ok"."""
    return SMALL_TALK.get(intent, SMALL_TALK["help"]).format(example=example)


class Refusal(NamedTuple):
    """Why there is no answer, in the user's terms: ``headline`` what is missing,
    ``detail`` what the corpus holds instead, ``nearest_label`` the caption over the
    closest passage (which is *not* about what was asked), ``hint`` how to ask better."""

    reason: str
    headline: str
    detail: str | None = None
    nearest_label: str | None = None
    hint: str | None = None


def _listing(items: Sequence[str], kind: str = "mục", most: int = 6) -> str:
    """The first ``most`` items, and how many more of their ``kind`` ("Hà Nam, Hưng Yên
    … và 3 nơi khác" says more than a trailing "…")."""
    items = list(dict.fromkeys(i for i in items if i))
    shown = ", ".join(items[:most])
    return shown + (f" và {len(items) - most} {kind} khác" if len(items) > most else "")


def refusal(ranking: object) -> Refusal:
    """The wording for a ranking that does not answer (``ranking.why_not``)."""
    reason = getattr(ranking, "why_not", None) or "off_topic"
    query = getattr(ranking, "query", None)
    c = getattr(query, "constraints", None)
    holdings = tuple(str(h) for h in getattr(ranking, "holdings", ()) or ())
    places = tuple(getattr(c, "places", ()) or ())
    years = tuple(getattr(c, "years", ()) or ())
    place = _named_place(c, places[0], getattr(query, "text", "")) if places else None
    # the year the corpus lacks, of the question's years ("… năm 2022? … năm 2019?")
    year = next((y for y in years if str(y) not in holdings), years[0]) if years else None
    # a name no place list holds ("Thanh Hà") says what the question is about, as typed
    names = getattr(query, "unread_names", None) or []
    subject = place or (_as_typed(" ".join(names[0]), getattr(query, "text", "")) if names else None)
    if reason == "missing_place" and place and places[0] in holdings:  # the place is there, not this about it
        return Refusal(reason, f"Các bài tôi có về {place} không nói về điều này.", None, NEAREST_LABEL.format(what="điều bạn hỏi"), NOT_FOUND_HINT)
    if reason == "missing_place" and place:
        named = place
        detail = f"Các bài hiện có nói về {_listing(holdings, 'nơi')}." if holdings else None
        return Refusal(reason, f"Tôi chưa có bài nào về {named}.", detail, NEAREST_LABEL.format(what=named))
    if reason == "missing_year" and year:
        where = f" về {subject}" if subject else ""
        if holdings:
            detail = f"Các bài{where} tôi có nói về năm {_listing(sorted(holdings), 'năm')}."
        else:
            detail = None
        return Refusal(reason, f"Tôi chưa có bài nào{where} năm {year}.", detail, NEAREST_LABEL.format(what=f"năm {year}"))
    if reason == "missing_document":
        docs = tuple(getattr(c, "documents", ()) or ())
        what = str(docs[0]) if docs else "văn bản này"
        detail = f"Các văn bản được nhắc đến: {_listing(holdings, 'văn bản')}." if holdings else None
        return Refusal(reason, f"Tôi chưa có bài nào nói về {what}.", detail, NEAREST_LABEL.format(what=what))
    if reason in ("missing_quarter", "missing_half"):
        quarters, halves = getattr(c, "quarters", ()) or (), getattr(c, "halves", ()) or ()
        if reason == "missing_quarter" and quarters and not 1 <= quarters[0] <= 4:
            return Refusal(reason, f"Một năm chỉ có 4 quý, không có quý {quarters[0]}.", None, None,
                           "Bạn hãy hỏi về quý I, II, III hoặc IV, ví dụ “quý I năm 2019”.")
        period = f"quý {_ROMAN.get(quarters[0], quarters[0])}" if reason == "missing_quarter" and quarters else (
            _HALVES.get(halves[0], "giai đoạn này") if halves else "giai đoạn này")
        if year:  # "6 tháng đầu năm 2019", "quý I năm 2019"
            period += f" {year}" if period.endswith(" năm") else f" năm {year}"
        detail = f"Các bài tôi có nói về: {_listing(holdings)}." if holdings else None
        return Refusal(reason, f"Tôi chưa có bài nào về {period}.", detail, NEAREST_LABEL.format(what=period))
    if reason == "missing_date":
        dates = tuple(getattr(c, "dates", ()) or ())
        day = f"ngày {dates[0]}" if dates else "ngày bạn hỏi"
        if dates and dates[0].as_date() is None:  # "31/02/2022"
            return Refusal(reason, f"Không có {day} trong lịch.", None, None, "Bạn xem lại ngày tháng trong câu hỏi nhé.")
        return Refusal(reason, f"Tôi chưa có bài nào về {day}.", None, NEAREST_LABEL.format(what=day), NOT_FOUND_HINT)
    if reason == "missing_month":
        months = tuple(getattr(c, "months", ()) or ())
        month = (f"tháng {months[0][0]}" + (f"/{months[0][1]}" if months[0][1] else "")) if months else "tháng bạn hỏi"
        return Refusal(reason, f"Tôi chưa có bài nào về {month}.", None, NEAREST_LABEL.format(what=month), NOT_FOUND_HINT)
    if reason == "missing_person":
        persons = tuple(getattr(c, "persons", ()) or ())
        who = _as_typed(persons[0], getattr(query, "text", "")).title() if persons else "người được hỏi"
        return Refusal(reason, f"Các bài viết tôi có không nhắc đến {who}.", None, NEAREST_LABEL.format(what=who))
    missing = str(getattr(ranking, "missing", "") or "")
    if reason == "missing_office" and missing:  # "Thủ tướng dự hội nghị không?"
        return Refusal(reason, f"Các bài viết tôi có về điều này không nhắc đến {missing}.", None,
                       NEAREST_LABEL.format(what=missing), NOT_FOUND_HINT)
    if reason == "missing_office":
        pairs = tuple(getattr(query, "person_offices", ()) or ())
        who = _as_typed(pairs[0][0], getattr(query, "text", "")).title() if pairs else "người được hỏi"
        # "Chủ tịch UBND" as "chủ tịch UBND": a council's initials keep their capitals
        office = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in pairs[0][2].split()) if pairs else "chức vụ đó"
        return Refusal(reason, f"Các bài viết tôi có không nêu {who} là {office}.", None,
                       NEAREST_LABEL.format(what=f"{who} với chức vụ {office}"), NOT_FOUND_HINT)
    if reason == "missing_body":
        mentions = tuple(getattr(c, "body_mentions", ()) or ())
        what = mentions[0][1] if mentions else "cơ quan, tổ chức được hỏi"
        where = f" ở {subject}" if subject else ""
        return Refusal(reason, f"Các bài viết{where} tôi có không nói về {what}.", None, NEAREST_LABEL.format(what=what), NOT_FOUND_HINT)
    if reason == "missing_name":
        names = [_as_typed(" ".join(t), getattr(query, "text", "")) for t in getattr(query, "specific", ()) or () if not (len(t) == 1 and t[0].isdigit())]
        what = f"“{names[0]}”" if names else "tên riêng trong câu hỏi"
        return Refusal(reason, f"Các bài viết tôi có không nhắc đến {what}.", None, None, NOT_FOUND_HINT)
    if reason == "missing_aspect":  # "Hạn chế … năm 2022 là gì?" of articles that name none
        aspect = tuple(getattr(query, "aspect", ()) or ())
        what = _as_typed(aspect[0], getattr(query, "text", "")).lower() if aspect else "điều bạn hỏi"
        scope = " ".join(x for x in (subject, f"năm {year}" if year else None) if x)
        about = f" về {scope}" if scope else ""
        return Refusal(reason, f"Các bài viết{about} tôi có không nêu {what}.", None, NEAREST_LABEL.format(what=what), NOT_FOUND_HINT)
    if reason == "no_answer_type" and getattr(query, "asks", None) == "definition":
        term = getattr(query, "defines", "") or "điều này"
        return Refusal(reason, f"Tôi không tìm thấy định nghĩa “{term}” trong các bài viết tôi có.", None,
                       NEAREST_LABEL.format(what="định nghĩa bạn hỏi"), NOT_FOUND_HINT)
    if reason == "no_answer_type":
        asked = {"number": "con số", "date": "thời gian", "person": "người", "venue": "địa điểm"}.get(getattr(query, "asks", None) or "", "câu trả lời")
        scope = " ".join(x for x in (subject, f"năm {year}" if year else None) if x)
        about = f" về {scope}" if scope else ""
        return Refusal(reason, f"Các bài viết{about} tôi có không nêu {asked} mà bạn hỏi.", None,
                       NEAREST_LABEL.format(what="điều bạn hỏi"), NOT_FOUND_HINT)
    if reason == "empty":
        return Refusal(reason, "Câu này chưa có từ khoá nào để tôi tìm.", None, None,
                       "Bạn hãy hỏi cụ thể hơn, ví dụ nêu tên đơn vị, địa phương, năm hoặc tên phong trào.")
    return Refusal("off_topic", OFF_TOPIC, None, None, NOT_FOUND_HINT)


def _named_place(constraints: object, canonical: str, question: str = "") -> str:
    """A place as the reply names it: as the question spelt it when that was the place
    list's name with marks and capitals ("Thanh Hóa", not the list's "Thanh Hoá"), else
    the list's name ("Nam Định" for "nam dinh"); a lower unit with its level, as typed
    ("huyện Lý Nhân", not "li nhan")."""
    for mention in getattr(constraints, "place_mentions", ()) or ():
        if mention.canonical == canonical and not mention.in_gazetteer:
            return " ".join(x for x in (mention.level, mention.name) if x)
    typed = _as_typed(canonical, question)
    return typed if typed[:1].isupper() and has_diacritics(typed) else canonical


def _as_typed(name: str, question: str) -> str:
    """``name`` (lowercased, perhaps folded, by the parser) with the capitals and marks
    the question gave it ("dinh tien dung" -> "Đinh Tiến Dũng")."""
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question, re.IGNORECASE)
    if match:
        return match.group(0)
    folded = fold_accents(question)
    if len(folded) == len(question):  # one character for one: the span is the same
        match = re.search(rf"(?<!\w){re.escape(fold_accents(name))}(?!\w)", folded, re.IGNORECASE)
        if match:
            return question[match.start() : match.end()]
    return name


def corrected_question(query: object) -> str | None:
    """The question as it was read when slips were corrected ("Tôi hiểu là: …"), else None."""
    corrections = tuple(getattr(query, "corrections", ()) or ())
    if not corrections:
        return None
    text = getattr(query, "asked", "") or getattr(query, "text", "")
    for typed, read in corrections:  # in the case it was typed: "Kỷ Hơi" is read as "Kỷ Hợi"
        text = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", lambda m: read.capitalize() if m.group()[0].isupper() else read,
                      text, flags=re.IGNORECASE)  # fmt: skip
    return text if text != (getattr(query, "asked", "") or getattr(query, "text", "")) else None
