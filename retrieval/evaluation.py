"""Retrieval quality on question sets in the format of ``shared/eval`` (JSON Lines).

A retrieved passage is a hit when it comes from the gold article and contains one of
the gold snippets (any passage of the article counts when there are none).
"""

from __future__ import annotations

import json
import re
from collections import Counter
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from retrieval.ranking.evidence import holds_kind
from retrieval.records import Hit
from retrieval.text import fold_accents, normalize

if TYPE_CHECKING:
    from retrieval.ranking.result import Ranking


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    file: str | None
    gold_snippets: tuple[str, ...]
    kind: str = "all"


@dataclass
class Outcome:
    question: Question
    rank: int | None  # 1-based rank of the first correct passage, None if not in top k
    found: bool  # the searcher returned something
    seconds: float
    coverage: float = 0.0  # evidence behind the answer (see Searcher.rank)
    similarity: float = 0.0  # the best answer's cosine with the question (meaning match on)
    unseen: float = 0.0  # share of the question's words the corpus never uses
    names_found: bool = True
    ranked: int | None = None  # rank of the correct passage had the answer not been refused
    sentence_holds_gold: bool | None = None  # the correct hit's answer sentence holds a gold snippet
    reason: str | None = None  # why it was not answered (Ranking.why_not)
    confidence: str = "high"
    asks: str | None = None  # the kind of answer the question asks for (number, date, person)
    typed: bool | None = None  # the first answer sentence holds an answer of that kind


@dataclass
class Report:
    k: int
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self, kind: str | None = None) -> dict[str, float]:
        rows = [o for o in self.outcomes if kind in (None, o.question.kind)]
        answerable = [o for o in rows if o.question.file is not None]
        unanswerable = [o for o in rows if o.question.file is None]
        n = len(answerable)
        figures: dict[str, float] = {"questions": len(rows), "answerable": n}
        if n:
            for cut in (1, 3, 5, 10):
                figures[f"R@{cut}"] = sum(1 for o in answerable if o.rank and o.rank <= cut) / n
            figures["MRR@10"] = sum(1 / o.rank for o in answerable if o.rank and o.rank <= 10) / n
            figures["not_found_answerable"] = sum(1 for o in answerable if not o.found) / n
        if unanswerable:
            figures["unanswerable"] = len(unanswerable)
            figures["not_found_unanswerable"] = sum(1 for o in unanswerable if not o.found) / len(unanswerable)
        return figures

    def kinds(self) -> list[str]:
        return sorted({o.question.kind for o in self.outcomes})

    def latency_ms(self) -> tuple[float, float]:
        times = sorted(o.seconds * 1000 for o in self.outcomes)
        if not times:
            return 0.0, 0.0
        return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]


def read_questions(path: Path) -> list[Question]:
    questions = []
    with path.open("rb") as fh:  # decoded line by line: a bad byte is reported with its line
        for number, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")  # a Windows editor's BOM opens line 1
            except UnicodeDecodeError:
                raise ValueError(f"{path.name}:{number}: dòng không phải văn bản UTF-8, hãy lưu tệp câu hỏi dạng UTF-8 "
                                 "(not UTF-8)") from None
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("question"), str):
                    raise TypeError("not an object with a text 'question'")
                if "file" not in row or not isinstance(row["file"], (str, type(None))):
                    # without it a question would silently count as unanswerable
                    raise ValueError(f"{path.name}:{number}: thiếu trường \"file\": tên bài chứa đáp án, hoặc null nếu "
                                     "kho không trả lời được câu này (missing \"file\")")
                snippets = row.get("gold_snippets") or []
                if not isinstance(snippets, list) or not all(isinstance(s, str) and s.strip() for s in snippets):
                    # a string would count each of its letters as a snippet, "" would match any passage
                    raise ValueError(f"{path.name}:{number}: \"gold_snippets\" phải là danh sách các đoạn văn bản không rỗng "
                                     "(gold_snippets must be a list of non-empty strings)")
                if not isinstance(row.get("kind") or "all", str):
                    raise ValueError(f"{path.name}:{number}: \"kind\" phải là một chuỗi (kind must be a string)")
                questions.append(
                    Question(
                        id=str(row.get("id", number)),
                        question=row["question"],
                        file=row.get("file"),
                        gold_snippets=tuple(snippets),
                        kind=row.get("kind") or "all",
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, RecursionError) as exc:
                raise ValueError(f"{path.name}:{number}: câu hỏi không hợp lệ, cần một đối tượng JSON có \"question\" ({exc.__class__.__name__})") from None
    return questions


def _canonical(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


def is_correct(hit: Hit, question: Question) -> bool:
    if hit.article_id != question.file:
        return False
    if not question.gold_snippets:
        return True
    text = _canonical(hit.text)
    return any(_canonical(s) in text for s in question.gold_snippets)


def answer_sentence_holds_gold(hit: Hit, question: Question) -> bool | None:
    """Does the answer sentence the hit marks hold one of the gold snippets?  ``None``
    when the question has no snippet to check."""
    if not question.gold_snippets:
        return None
    start, end = hit.answer_span or (0, 0)
    sentence = _canonical(hit.text[start:end])
    return any(_canonical(s) in sentence for s in question.gold_snippets)


def evaluate(
    rank: Callable[[str, int], Ranking],
    questions: Iterable[Question],
    k: int = 10,
    strip_accents: bool = False,
    progress: bool = False,
) -> Report:
    """Ask every question with ``rank`` (``Searcher.rank``), keeping the evidence and
    the verdict behind each answer or refusal."""
    report = Report(k=k)
    questions = list(questions)
    for q in tqdm(questions, desc="Đánh giá", unit="câu", file=sys.stderr, disable=not progress, mininterval=0.5):
        text = fold_accents(q.question) if strip_accents else q.question
        start = time.perf_counter()
        ranked = rank(text, k)
        elapsed = time.perf_counter() - start
        hits = ranked.hits if ranked.answerable() else []
        correct = next((h for h in hits if is_correct(h, q)), None)
        outcome = Outcome(q, correct.rank if correct else None, bool(hits), elapsed)
        if correct is not None:
            outcome.sentence_holds_gold = answer_sentence_holds_gold(correct, q)
        outcome.coverage, outcome.names_found = ranked.coverage, ranked.names_found
        outcome.similarity, outcome.unseen = ranked.similarity or 0.0, ranked.unseen
        outcome.ranked = next((h.rank for h in ranked.hits if is_correct(h, q)), None)
        outcome.reason, outcome.confidence, outcome.asks = ranked.why_not, ranked.confidence, ranked.query.asks
        if hits and ranked.query.asks:
            first = hits[0]
            outcome.typed = holds_kind(first.text[slice(*(first.answer_span or (0, 0)))], ranked.query.asks, ranked.query.known_numbers,
                                       ranked.query.defines, ranked.query.counted, ranked.query.measure,
                                       ranked.query.office)
        report.outcomes.append(outcome)
    return report


def format_refusals(report: Report) -> str:
    """Per kind of unanswerable question: how many were refused, and why."""
    rows = [o for o in report.outcomes if o.question.file is None]
    lines = ["Câu không có đáp án: tỷ lệ từ chối và lý do"] if rows else []
    for kind in sorted({o.question.kind for o in rows}):
        group = [o for o in rows if o.question.kind == kind]
        refused = sum(1 for o in group if not o.found)
        reasons = Counter(o.reason for o in group if not o.found)
        detail = ", ".join(f"{r}: {n}" for r, n in reasons.most_common())
        lines.append(f"  {kind}: {refused}/{len(group)} ({refused / len(group):.3f}) — {detail}")
    answered = Counter(o.reason for o in report.outcomes if o.question.file and not o.found)
    if answered:
        lines.append("Câu có đáp án bị từ chối, theo lý do: " + ", ".join(f"{r}: {n}" for r, n in answered.most_common()))
    return "\n".join(lines)


def format_answer_kinds(report: Report) -> str:
    """Per kind of answer asked for: how often the first answer sentence holds one."""
    rows = [o for o in report.outcomes if o.question.file and o.asks and o.typed is not None]
    if not rows:
        return ""
    parts = []
    for asks in ("number", "date", "person", "definition"):
        group = [o for o in rows if o.asks == asks]
        if group:
            held = sum(1 for o in group if o.typed)
            parts.append(f"{asks} {held}/{len(group)} ({held / len(group):.3f})")
    low = sum(1 for o in report.outcomes if o.found and o.confidence == "low")
    return "câu trả lời chứa đúng loại được hỏi: " + "; ".join(parts) + f"; trả lời với độ tin cậy thấp: {low}"


def format_tradeoff(
    report: Report, thresholds: Iterable[float], current: float, score: Callable[[Outcome], float] = lambda o: o.coverage
) -> str:
    """How the "not found" threshold trades answers kept against refusals: ``score``
    is what the threshold is compared with (coverage, or meaning and coverage)."""
    answerable = [o for o in report.outcomes if o.question.file]
    unanswerable = [o for o in report.outcomes if not o.question.file]
    lines = ["ngưỡng  trả lời (có đáp án)  đúng hạng 1  từ chối (không đáp án)"]
    for t in sorted(set(thresholds) | {current}):
        kept = sum(1 for o in answerable if o.names_found and score(o) >= t)
        right = sum(1 for o in answerable if o.names_found and score(o) >= t and o.ranked == 1)
        refused = sum(1 for o in unanswerable if not (o.names_found and score(o) >= t))
        mark = " ←" if t == current else ""
        lines.append(
            f"{t:<7.2f}  {_share(kept, answerable):<20}  {_share(right, answerable):<11}  {_share(refused, unanswerable)}{mark}"
        )
    return "\n".join(lines)


def _share(count: int, rows: list) -> str:
    return f"{count / len(rows):.3f}" if rows else "-"


def format_report(report: Report) -> str:
    """A plain-text table: overall, then one row per kind."""
    cols = ["questions", "R@1", "R@3", "R@5", "R@10", "MRR@10", "not_found_answerable", "not_found_unanswerable"]
    heads = ["kind", "n", "R@1", "R@3", "R@5", "R@10", "MRR@10", "không thấy (có đáp án)", "không thấy (không đáp án)"]
    rows = [["all", *_cells(report.figures(), cols)]]
    kinds = report.kinds()
    if len(kinds) > 1:
        rows += [[kind, *_cells(report.figures(kind), cols)] for kind in kinds]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    p50, p95 = report.latency_ms()
    lines.append(f"k={report.k}; độ trễ p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    checked = [o for o in report.outcomes if o.question.gold_snippets and o.question.file]
    if checked:
        held = sum(1 for o in checked if o.sentence_holds_gold)
        lines.append(f"câu trả lời (câu được gạch chân) chứa đoạn đáp án: {held}/{len(checked)} ({held / len(checked):.3f})")
    return "\n".join(lines)


def _cells(figures: dict[str, float], cols: list[str]) -> list[str]:
    out = []
    for c in cols:
        if c not in figures:
            out.append("-")
        elif c == "questions":
            out.append(str(int(figures[c])))
        else:
            out.append(f"{figures[c]:.3f}")
    return out


def misses(report: Report, cut: int = 1) -> list[Outcome]:
    """Answerable questions whose answer is not within the top ``cut``."""
    return [o for o in report.outcomes if o.question.file and not (o.rank and o.rank <= cut)]
