"""Synthetic corpora of real Vietnamese text at any size, for the scale benchmark.

Paragraphs are recombined from the sentences of the bundled corpus and the viquad_dev
passages, with their numbers varied, so every paragraph is distinct but reads like the
real thing (same vocabulary, sentence lengths and furniture-free shape).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from retrieval.documents.passages import sentence_spans
from retrieval.documents.readers import load_corpus

_DIGITS = re.compile(r"\d+")


def sentence_pool(*corpora: Path) -> list[str]:
    pool: list[str] = []
    for corpus in corpora:
        for article in load_corpus(corpus).articles:
            for paragraph in article.paragraphs:
                pool.extend(paragraph[s:e].strip() for s, e in sentence_spans(paragraph) if len(paragraph[s:e].split()) >= 5)
    return pool


def _vary(sentence: str, rng: random.Random) -> str:
    return _DIGITS.sub(lambda m: str(rng.randint(1, 2030)) if rng.random() < 0.5 else m.group(), sentence)


def write_corpus(target: Path, paragraphs: int, pool: list[str], seed: int = 0, per_article: int = 10) -> int:
    """Write ``paragraphs`` paragraphs as .txt articles of ``per_article`` paragraphs;
    returns the number of characters written."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    chars = 0
    for number in range(-(-paragraphs // per_article)):
        count = min(per_article, paragraphs - number * per_article)
        title = " ".join(rng.choice(pool).split()[:12])
        body = [" ".join(_vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
        text = f"{title}\n\nNgày {day}/{month}/{year}\n\n" + "\n\n".join(body) + "\n"
        (target / f"{number:07d}.txt").write_text(text, encoding="utf-8")
        chars += sum(len(p) for p in body)
    return chars


def real_questions(*files: Path, limit: int = 300, seed: int = 0) -> list[str]:
    # each once: a question asked again skips the meaning model (Encoder keeps its vector)
    questions = list(dict.fromkeys(json.loads(line)["question"] for f in files for line in f.open(encoding="utf-8") if line.strip()))
    random.Random(seed).shuffle(questions)
    return questions[:limit]


def write_long_document(target: Path, size: int, corpus: Path, seed: int = 0) -> int:
    """One long plain-text report of about ``size`` bytes: the body paragraphs of the
    articles in ``corpus`` over and over, their numbers varied each time (a page keeps
    a repeated paragraph once).  Returns the paragraphs written."""
    rng = random.Random(seed)
    paragraphs = [p for a in load_corpus(corpus).articles for p in a.paragraphs if len(p.split()) >= 8]
    lines = ["Báo cáo tổng hợp công tác dân vận các năm"]
    written = len(lines[0].encode())
    while written < size:
        lines.append(_DIGITS.sub(lambda m: str(rng.randint(1, 2030)), rng.choice(paragraphs)))
        written += len(lines[-1].encode()) + 2
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1
