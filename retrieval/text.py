"""Vietnamese text normalisation: Unicode form, tone-mark placement, accent folding
(and its inverse, guessed from example text).

Indexing and querying both go through these functions so that the same word always
becomes the same term, whichever keyboard or website produced it.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (combining)
_MARKS = "\u0300-\u036f"

# New-style placement puts the tone on the first vowel of an open oa/oe/uy rhyme
# (hòa, khỏe, thủy); old-style puts it on the second (hoà, khoẻ, thuỷ).  pyvi's
# dictionary is old-style, so both corpus and query are moved to old style.  In NFD
# the tone is a combining mark, so the move is a swap of two code points.
_NEW_STYLE_OA_OE = re.compile(rf"([oO])([{_TONES}])([aAeE])(?![\w{_MARKS}])")
_NEW_STYLE_UY = re.compile(rf"(?<![qQ])([uU])([{_TONES}])([yY])(?![\w{_MARKS}])")

# After "qu" and "gi" the u/i is part of the consonant, so a tone typed on it belongs
# to the vowel after ("qùa" is "quà", "gìa" is "già"; "gìn" has no vowel after).
_TONE_ON_QU_GI = re.compile(rf"([qQ][uU]|[gG][iI])([{_TONES}])([aAeEiIoOuUyY][\u0302\u0306\u031b]?)")

# A tone typed before the vowel's own mark ("o" + sắc + mũ): NFC cannot compose it into
# "ố" (both marks sit in one canonical class, so their order is kept); the vowel mark
# goes first.
_TONE_BEFORE_VOWEL_MARK = re.compile(rf"([{_TONES}]+)([\u0302\u0306\u031b])")

_COMBINING = re.compile(f"[{_MARKS}]")

_INVISIBLES = re.compile("[\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates (undecodable bytes from argv) and control characters other than
# line breaks and tabs (no word contains them, and pyvi's tagger crashes on
# surrogates), and the many kinds of space, the zero-width one too (it parts words:
# "Lê\u200bLợi"): all become a plain space.
_TO_SPACE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_SPACES = re.compile(" {2,}")
# Full-width letters, digits and punctuation (East Asian keyboards) and the bold, italic
# and script letters of "fancy text" generators pasted into chats ("𝐃𝐚̂𝐧 𝐯𝐚̣̂𝐧"): plain forms.
_PLAIN_FORMS: dict[int, int | str] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    code: plain for code in range(0x1D400, 0x1D800) if (plain := unicodedata.normalize("NFKC", chr(code))) != chr(code)
} | {  # the styled letters Unicode had before, which fill the gaps of that block ("ℎ", "ℬ")
    code: plain for code in range(0x2100, 0x2140) if len(plain := unicodedata.normalize("NFKC", chr(code))) == 1 and plain.isascii() and plain.isalpha()
}
_HAS_STYLED_FORMS = re.compile("[\uff01-\uff5e\u2100-\u213f\U0001d400-\U0001d7ff]")  # searched first: translate() costs more
# Cyrillic and Greek letters drawn as Latin ones ("Hà Nаm" with a Cyrillic а, from a
# converted file or typed to slip past a filter): Latin within a word that has Latin
# letters too; a word all in Cyrillic or Greek is left as it is.
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТХаеорсухіјѕԁһӏІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", "ABEKMHOPCTXaeopcyxijsdhlIJSABEHIKMNOPTXYZov")
_HAS_LOOK_ALIKES = re.compile("[\u0370-\u03ff\u0400-\u052f]")  # searched first, as above
_LATIN_WORD = re.compile(r"[\w\u0300-\u036f]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff][\w\u0300-\u036f]*")
# In NFC text, where a new-style tone mark may be (a superset of the rules above).
_MAYBE_NEW_STYLE = re.compile("[òóõỏọÒÓÕỎỌ][aAeE]|[ùúũủụÙÚŨỦỤ][yY]|[qQ][ùúũủụÙÚŨỦỤ]|[gG][ìíĩỉịÌÍĨỈỊ][^\\W\\d_]")


def normalize(text: str) -> str:
    """NFC text with one tone-mark style (and tones typed on the u of "qu" or the i of
    "gi" moved to their vowel), plain single spaces, plain letters for full-width and
    styled ones and for Cyrillic or Greek look-alikes in Latin words, and no zero-width
    characters.

    Offsets are not preserved; use it for analysis, never for the text we quote.
    Most text is already NFC with old-style marks: it is only checked, not rebuilt.
    """
    text = _TO_SPACE.sub(" ", _INVISIBLES.sub("", text))
    if "  " in text:  # "Hà  Nam": one space, as phrases and names are matched
        text = _SPACES.sub(" ", text)
    if _HAS_STYLED_FORMS.search(text):
        text = text.translate(_PLAIN_FORMS)
    if _HAS_LOOK_ALIKES.search(text):
        text = _LATIN_WORD.sub(lambda word: word[0].translate(_LOOK_ALIKES), text)
    typed_marks = _COMBINING.search(text) is not None  # marks typed apart may be out of order
    if not typed_marks and unicodedata.is_normalized("NFC", text) and not _MAYBE_NEW_STYLE.search(text):
        return text
    nfd = unicodedata.normalize("NFD", text)
    if typed_marks:
        nfd = _TONE_BEFORE_VOWEL_MARK.sub(r"\2\1", nfd)
    nfd = _NEW_STYLE_OA_OE.sub(r"\1\3\2", nfd)
    nfd = _NEW_STYLE_UY.sub(r"\1\3\2", nfd)
    nfd = _TONE_ON_QU_GI.sub(r"\1\3\2", nfd)
    return unicodedata.normalize("NFC", nfd)


def fold_accents(text: str) -> str:
    """Remove Vietnamese diacritics the way phone users type: "Đảng ủy" -> "Dang uy".

    đ/Đ are not decomposable in Unicode, so they are mapped first.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _COMBINING.sub("", nfd))


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese mark (so it was not typed folded)."""
    return fold_accents(text) != unicodedata.normalize("NFC", text)


#: Syllables and numbers: runs of letters/digits, keeping decimal and date separators
#: inside numbers ("26,5", "09/7/2019") together.
WORD_RE = re.compile(r"\d+(?:[.,/]\d+)*|[^\W\d_]+|\d+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Lowercased syllables and numbers of already-normalised text."""
    return WORD_RE.findall(text.lower())


def restore_diacritics(text: str, examples: Iterable[str], phrases: Iterable[str] = ()) -> str:
    """``text`` typed without diacritics, given the marks that ``examples`` use.

    Each syllable may take any marked form that its folded form has in the examples;
    the choice maximises how often the chosen syllables, and above all the chosen
    neighbouring pairs, occur there (a pair says more: "ha nam" is "Hà Nam" where "nam"
    alone is more often "năm").  ``phrases`` ("ở đâu", "bao nhiêu") count as examples,
    and those of two or more syllables are written as given wherever their folded form
    occurs.  Syllables found nowhere stay as typed; capitals stay capitals.  Why: a
    sentence encoder reads "dân vận khéo", not "dan van kheo", and the passages a
    question's words retrieved are the best guide to the marks its writer left out.
    """
    marked_phrases = [syllables(normalize(p)) for p in phrases]
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for marked in [syllables(normalize(e)) for e in examples] + marked_phrases:
        counts.update(marked)
        pairs.update(itertools.pairwise(marked))
    singles: dict[str, Counter[str]] = defaultdict(Counter)
    for syllable, count in counts.items():
        singles[fold_accents(syllable)][syllable] = count
    text = normalize(text)
    typed = WORD_RE.findall(text)
    words = [w.lower() for w in typed]
    restored = _likeliest(words, singles, pairs)
    for marked in (p for p in marked_phrases if len(p) > 1):
        folded = [fold_accents(s) for s in marked]
        for i in range(len(words) - len(folded) + 1):
            if words[i : i + len(folded)] == folded:
                restored[i : i + len(folded)] = marked
    cased = iter(r.capitalize() if t[:1].isupper() else r for t, r in zip(typed, restored))
    return WORD_RE.sub(lambda _: next(cased), text)


def _likeliest(words: list[str], singles: dict[str, Counter[str]], pairs: Counter[tuple[str, str]]) -> list[str]:
    """The marked syllables that best explain ``words`` (Viterbi: log counts of each
    syllable, plus twice those of each neighbouring pair)."""
    if not words:
        return []
    options = [list(singles[w]) if w in singles else [w] for w in words]
    best = {o: math.log1p(singles[words[0]][o]) if words[0] in singles else 0.0 for o in options[0]}
    back: list[dict[str, str]] = []
    for i in range(1, len(words)):
        step: dict[str, float] = {}
        came: dict[str, str] = {}
        for o in options[i]:
            emit = math.log1p(singles[words[i]][o]) if words[i] in singles else 0.0
            prev = max(best, key=lambda p: best[p] + 2 * math.log1p(pairs[(p, o)]))
            step[o] = best[prev] + 2 * math.log1p(pairs[(prev, o)]) + emit
            came[o] = prev
        best = step
        back.append(came)
    path = [max(best, key=best.__getitem__)]
    for came in reversed(back):
        path.append(came[path[-1]])
    return path[::-1]


def cut_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space when there is one in
    the second half (a question is never cut inside a word if it can be helped)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip()
