"""How much of the answer a reader sees before expanding the quote.

For each answerable question of a seed file, the bot's first reply is rendered as
Telegram HTML and cut to what shows before the collapsed quote is opened (the answer
line, the quote's first lines, the source).  Reported: the share of answerable
questions whose visible text holds a gold snippet, and the longest visible text.

    .venv/bin/python bench/visible_answer.py [eval/seed_questions_dev.jsonl]
"""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.formatting import hit_message, visible_before_expansion
from retrieval.text import normalize

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Visible:
    questions: int  # answerable questions
    held: int  # ... whose visible text holds a gold snippet
    lengths: list[int]  # characters visible, per answered question
    misses: list[str]  # ids not held

    @property
    def share(self) -> float:
        return self.held / self.questions if self.questions else 0.0


def _plain(text: str) -> str:
    return " ".join(normalize(text).lower().replace("“", '"').replace("”", '"').split())


def measure(search, questions_file: Path, k: int = 5) -> Visible:
    """``search(question, k) -> list[Hit]``; the figure over the answerable questions."""
    rows = [json.loads(line) for line in questions_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    answerable = [r for r in rows if r.get("file")]
    held, lengths, misses = 0, [], []
    for row in answerable:
        hits = search(row["question"], k)
        if not hits:
            misses.append(row["id"])
            continue
        visible = visible_before_expansion(hit_message(hits[0], len(hits)))
        lengths.append(len(visible))
        if any(_plain(s) in _plain(visible) for s in row["gold_snippets"]):
            held += 1
        else:
            misses.append(row["id"])
    return Visible(len(answerable), held, lengths, misses)


def main(argv: list[str]) -> int:
    from tests.conftest import open_corpus
    from retrieval import load_config

    questions = Path(argv[0]) if argv else ROOT / "eval" / "seed_questions_dev.jsonl"
    opened = open_corpus(load_config(ROOT / "config.yaml"), index_dir=ROOT / ".cache" / "bench-visible")
    result = measure(opened.search, questions)
    print(f"{questions.name}: gold snippet visible before expansion in {result.held}/{result.questions} "
          f"answerable questions ({result.share:.0%}); visible characters: median "
          f"{statistics.median(result.lengths):.0f}, max {max(result.lengths)}; misses: {', '.join(result.misses) or '-'}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
