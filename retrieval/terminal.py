"""How answers look on a terminal and in ``danvan ask --json``: the answer sentence
first, the passage cut around it, then its source; colour only on a terminal.

The wording is shared with the bot (:mod:`retrieval.presentation`); this module only
lays it out for a terminal.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from typing import TextIO

from retrieval.presentation import (
    EXAMPLE_QUESTION, LOW_CONFIDENCE, answer_line, corrected_question, excerpt, format_date, marked_runs, phrase_spans, printable, question_cut_note, refusal,
    small_talk_reply,
)
from retrieval.ranking.result import Ranking
from retrieval.records import Hit
from retrieval.searcher import Searcher


class CliError(Exception):
    """A problem to report in one line."""


#: Results shown by ``danvan ask`` unless ``-k`` says otherwise: a terminal is not a report.
DEFAULT_SHOWN = 3
#: Characters of a passage shown around its answer sentence (``--full``: all of it).
EXCERPT_CHARS = 400


def use_colour(stream: TextIO) -> bool:
    """Escapes only on a terminal, and never when ``NO_COLOR`` is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def emphasise(text: str, spans: Sequence[tuple[int, int]], answer: tuple[int, int] | None, tty: bool) -> str:
    """Matched phrases in bold and the answer sentence underlined on a terminal;
    elsewhere **matched** phrases and the answer sentence between ⟦ ⟧."""
    bold_on, bold_off = ("\033[1m", "\033[22m") if tty else ("**", "**")
    under_on, under_off = ("\033[4m", "\033[24m") if tty else ("⟦", "⟧")
    out: list[str] = []
    in_answer = False
    for run in marked_runs(text, spans, answer):
        if run.answer != in_answer:
            out.append(under_on if run.answer else under_off)
            in_answer = run.answer
        out.append(f"{bold_on}{run.text}{bold_off}" if run.bold else run.text)
    if in_answer:
        out.append(under_off)
    return "".join(out)


# Control characters but line breaks and tabs: ESC (CSI, OSC title and link sequences)
# and the C1 controls a terminal obeys as well.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(hit: Hit) -> Hit:
    """``hit`` as a terminal may print it: what its document says holds no escape that
    clears or recolours the screen, retitles the window or hides a link.  The passage's
    controls become spaces, so its spans stay where they were."""
    plain = lambda text: printable(text) if text else text  # noqa: E731
    return hit._replace(
        text=_CONTROLS.sub(" ", hit.text), title=printable(hit.title), source=plain(hit.source), url=plain(hit.url),
        article_id=printable(hit.article_id), location=plain(hit.location), number=plain(hit.number),
        places=tuple(printable(p) for p in hit.places),
    )


def format_hit(hit: Hit, tty: bool, full: bool = False) -> str:
    """The answer sentence first, then the passage (cut around it unless ``full``),
    then the source (with the document's number, page and section when known)."""
    hit = shown(hit)
    line = answer_line(hit.text, hit.answer_span, hit.highlights)
    lines = [f"{hit.rank}. " + (f"\033[1m{line}\033[22m" if tty else line)]
    start, end = (0, len(hit.text)) if full else excerpt(hit.text, hit.answer_span, EXCERPT_CHARS, hit.highlights)
    text = hit.text[start:end]
    shift = lambda span: (span[0] - start, span[1] - start)  # noqa: E731
    phrases = [shift(s) for s in phrase_spans(hit.text, hit.highlights, hit.answer_span) if start <= s[0] and s[1] <= end]
    answer = shift(hit.answer_span) if hit.answer_span else None
    quote = ("… " if start > 0 else "") + emphasise(text, phrases, answer, tty) + (" …" if end < len(hit.text) else "")
    lines.append("   « " + quote + " »")
    source = " · ".join(x for x in (hit.title, format_date(hit.date) or "không rõ ngày", hit.source, "về " + ", ".join(hit.places) if hit.places else None) if x)
    where = ", ".join(x for x in (f"số {hit.number}" if hit.number else None, hit.location) if x)
    paragraph = f", đoạn {hit.paragraph + 1}" if hit.paragraph >= 0 else ""  # -1: a line of the page, not of its text
    lines.append(f"   {source} · {hit.article_id}{', ' + where if where else ''}{paragraph}")
    if hit.url:
        lines.append(f"   {hit.url}")
    return "\n".join(lines)


def hit_json(hit: Hit) -> dict:
    return {
        "rank": hit.rank,
        "score": hit.score,
        "file": hit.article_id,
        "title": hit.title,
        "date": hit.date,
        "source": hit.source,
        "url": hit.url,
        "paragraph": hit.paragraph,
        "location": hit.location,
        "number": hit.number,
        "text": hit.text,
        "answer_span": list(hit.answer_span) if hit.answer_span else None,
    }




def ranking_json(question: str, ranking: Ranking) -> dict:
    """One ``--json`` row: the question as asked (cut to ``search.max_query_chars``, and
    said so; ``read_as``: as read when slips were corrected), the results when answered,
    else why not (and what the corpus holds instead)."""
    intent = ranking.query.intent
    found = ranking.answerable() and not intent
    row: dict = {"question": ranking.query.asked or ranking.query.text or question, "truncated": ranking.query.truncated, "found": found,
                 "results": [hit_json(h) for h in ranking.hits] if found else []}  # fmt: skip
    row["confidence"] = ranking.confidence if found else None
    if not found:
        row["reason"] = "small_talk" if intent else ranking.why_not
        row["holdings"] = list(ranking.holdings)
        if intent:
            row["intent"] = intent
    corrected = corrected_question(ranking.query)
    if corrected:
        row["read_as"] = corrected
    return row


def valid_text(text: str) -> str:
    """``text`` with bytes that were not UTF-8 (read as lone surrogates) shown as �,
    so that what is echoed is always valid UTF-8."""
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return text
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def answer(searcher: Searcher, question: str, k: int, as_json: bool, out: TextIO, tty: bool, full: bool = False) -> None:
    question = valid_text(question).strip()
    if not question:
        raise CliError("Câu hỏi trống.")
    ranking = searcher.rank(question, k)
    if as_json:
        line = json.dumps(ranking_json(question[: searcher.config.search.max_query_chars], ranking), ensure_ascii=False) + "\n"
        buffer = getattr(out, "buffer", None)
        if buffer is not None:  # JSON is UTF-8 whatever the locale says
            out.flush()
            buffer.write(line.encode("utf-8"))
        else:
            out.write(line)
        return
    out.write(f"❓ {printable(ranking.query.asked or ranking.query.text or question)}\n")
    if ranking.query.truncated:
        out.write(question_cut_note(searcher.config.search.max_query_chars) + "\n")
    if ranking.query.intent:
        # the example may be the newest article's title, from a sidecar: printable
        out.write(small_talk_reply(ranking.query.intent, printable(searcher.example_question((EXAMPLE_QUESTION,)))) + "\n\n")
        return
    corrected = corrected_question(ranking.query)
    if corrected:
        out.write(f"✏️ Tôi hiểu là: {printable(corrected)}\n")
    if not ranking.answerable():
        out.write(refusal_text(ranking, tty) + "\n\n")
        return
    if ranking.confidence == "low":
        out.write(LOW_CONFIDENCE + "\n")
    out.write("\n\n".join(format_hit(h, tty, full) for h in ranking.hits) + "\n\n")


def refusal_text(ranking: Ranking, tty: bool) -> str:
    """Why nothing answers; the nearest passage, labelled as not about what was asked."""
    r = refusal(ranking)  # names what the corpus holds (places from sidecars): printable
    lines = [f"🤷 {printable(r.headline)}"] + ([printable(r.detail)] if r.detail else [])
    if r.nearest_label and ranking.nearest:
        hit = shown(ranking.nearest[0])
        lines += [f"⚠️ {printable(r.nearest_label)}", f"   « {answer_line(hit.text, hit.answer_span, hit.highlights)} »",
                  f"   {hit.title} · {format_date(hit.date) or 'không rõ ngày'} · {hit.article_id}"]
    lines.append(((r.hint + " ") if r.hint else "") + "Xem các bài hiện có: danvan sources")
    return "\n".join(lines)
