"""Vietnamese function words: a question made of nothing else asks nothing.

"của và là" shares every syllable with most paragraphs, so by coverage alone it
would be "answered" with whichever paragraph ranks first.  Such a question is
treated like an empty one: not found.  The list is closed-class words only
(particles, conjunctions, prepositions, copulas, pronoun-like fillers).
"""

from __future__ import annotations

from retrieval.text import fold_accents, syllables

FUNCTION_WORDS = frozenset(
    """của và là thì mà với cho các những một có được bị đã đang sẽ này kia đó ấy nào
    gì sao ở tại trong ngoài trên dưới về từ đến tới bởi vì nên nếu hay hoặc cũng
    rằng thế như để do theo khi lúc còn vẫn chỉ rất lắm quá nhưng tuy dù mỗi cả
    không chưa chẳng ra vào lên xuống nhé ạ à ơi ư nhỉ vậy thôi đây""".split()
)
FOLDED_FUNCTION_WORDS = frozenset(fold_accents(w) for w in FUNCTION_WORDS)


def only_function_words(text: str) -> bool:
    """True when ``text`` has syllables and every one of them is a function word
    (compared without diacritics when it was typed without any)."""
    words = [w.lower() for w in syllables(text)]
    if not words or any(c.isdigit() for w in words for c in w):
        return False
    return all(w in FUNCTION_WORDS or (w == fold_accents(w) and w in FOLDED_FUNCTION_WORDS) for w in words)
