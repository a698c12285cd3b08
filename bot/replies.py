"""Every kind of reply to a message, as Telegram HTML: an answer (with how the
question was read and whether it is certain), a refusal that says what is missing,
and small talk.  The wording is :mod:`retrieval.presentation`'s, shared with the CLI;
this module only adds markup and the bot's own hints (/nguon, /help).
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.presentation import LOW_CONFIDENCE, answer_line, corrected_question, refusal, small_talk_reply
from retrieval.records import Hit

from .formatting import MAX_ECHO, MAX_TITLE, escape, shorten, source_lines

#: Longest "what the corpus holds instead" line of a refusal: it lists places, years or
#: document numbers read from user-written files, which may be of any length.
MAX_REFUSAL_DETAIL = 500

#: Intents whose reply is worth sending in a group even when it is a reply to the bot
#: ("cảm ơn" there gets an acknowledgement, never "not found").
GROUP_SILENT = frozenset({"ack"})


def small_talk_message(intent: str, example: str, group: bool = False) -> str | None:
    """The reply to small talk, or ``None`` when silence is the polite answer (an
    "ok" to the bot in a group)."""
    if group and intent in GROUP_SILENT:
        return None
    if group and intent == "thanks":
        return "🙏 Không có gì ạ!"
    if group and intent == "praise":
        return "😊 Cảm ơn bạn!"
    # the example may be the newest article's title (from a sidecar or a .jsonl: any length)
    text = escape(small_talk_reply(intent, shorten(example, MAX_ECHO)))
    if intent in ("help", "identity", "greeting"):
        text += "\nGõ /help để xem hướng dẫn đầy đủ."
    return text


def lead_lines(ranking: object, read_as: str | None = None) -> list[str]:
    """HTML lines above an answer: how a follow-up or a question with slips was read,
    and a warning when the answer is uncertain."""
    lines = []
    if read_as:
        lines.append(f"🔁 Hiểu là: <i>{escape(shorten(read_as, MAX_ECHO))}</i>")
    corrected = corrected_question(getattr(ranking, "query", None))
    if corrected:
        lines.append(f"✏️ Tôi hiểu là: <i>{escape(shorten(corrected, MAX_ECHO))}</i>")
    if getattr(ranking, "confidence", "high") == "low":
        lines.append(escape(LOW_CONFIDENCE))
    return lines


def refusal_message(ranking: object, question: str, note: str | None = None, read_as: str | None = None) -> str:
    """Why nothing answers, what the corpus holds instead, and — clearly labelled as
    NOT about what was asked — the nearest passage when there is one.  What names the
    corpus (places, numbers) is cut: a sidecar may hold a "place" of any length, and
    Telegram refuses a message over 4096 units."""
    r = refusal(ranking)
    lines = [f"🤷 {escape(shorten(r.headline, MAX_TITLE))}", f"<i>{escape(shorten(question, MAX_ECHO))}</i>"]
    if read_as:
        lines.append(f"🔁 Hiểu là: <i>{escape(shorten(read_as, MAX_ECHO))}</i>")
    if r.detail:
        lines.append(escape(shorten(r.detail, MAX_REFUSAL_DETAIL)))
    nearest: Sequence[Hit] = getattr(ranking, "nearest", ()) or ()
    if r.nearest_label and nearest:
        hit = nearest[0]
        lines += [
            "",
            f"⚠️ {escape(shorten(r.nearest_label, MAX_TITLE))}",
            f"<blockquote>{escape(answer_line(hit.text, hit.answer_span, hit.highlights))}</blockquote>",
            *source_lines(hit.title, hit.date, hit.source, hit.url, title_max=80),
        ]
    hint = f"{r.hint} " if r.hint else ""
    lines += ["", f"{escape(hint)}Gõ /nguon để xem các bài viết tôi có."]
    if note:
        lines += ["", escape(note)]
    return "\n".join(lines)
