"""Vietnamese text typed in the pre-Unicode 8-bit encodings TCVN3 (ABC) and VNI.

Files made with the fonts ".VnTime"/".VnArial" (TCVN3) or "VNI-Times" (VNI) store
Latin-1 letters that only look Vietnamese in those fonts: "B¸o c¸o c«ng t¸c d©n vËn"
(TCVN3), "Baùo caùo coâng taùc daân vaän" (VNI).  This module tells such text from
Unicode by character statistics (or by the font a Word run names), converts it to
Unicode NFC, and says when the result is still not Vietnamese, so that the file is
skipped rather than indexed as mojibake.

The TCVN3 table follows TCVN 5712:1993 VN3 (the ABC fonts): one byte per lower-case
letter, upper case only for ĂÂĐÊÔƠƯ; capitals with tone marks are written with the
lower-case bytes in an all-capitals font (".VnTimeH").  VNI writes a base letter
followed by a mark byte ("a" + "ù" = "á").  Both were checked against two
independent public converters; ``encode`` (used to make test fixtures) inverts
``decode`` exactly for every Vietnamese letter.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# -- TCVN3 -------------------------------------------------------------------------------
_TCVN3_LETTERS = (
    "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị "
    "ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ Ă Â Đ Ê Ô Ơ Ư"
).split()
_TCVN3_BYTES = bytes.fromhex(
    "b5 b8 b6 b7 b9 a8 bb be bc bd c6 a9 c7 ca c8 c9 cb ae cc d0 ce cf d1 aa d2 d5 d3 d4 d6 d7 dd d8 dc de"
    " df e3 e1 e2 e4 ab e5 e8 e6 e7 e9 ac ea ed eb ec ee ef f3 f1 f2 f4 ad f5 f8 f6 f7 f9 fa fd fb fc fe"
    " a1 a2 a7 a3 a4 a5 a6"
)
assert len(_TCVN3_LETTERS) == len(_TCVN3_BYTES)
TCVN3_DECODE = {chr(b): u for b, u in zip(_TCVN3_BYTES, _TCVN3_LETTERS)}
_TCVN3_ENCODE = {u: chr(b) for b, u in zip(_TCVN3_BYTES, _TCVN3_LETTERS)}
_TCVN3_TABLE = str.maketrans(TCVN3_DECODE)

# -- VNI ---------------------------------------------------------------------------------
_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # sắc huyền hỏi ngã nặng
_VNI_TONE = "ùøûõï"  # the mark byte of each tone, in _TONES order
_VNI_CIRCUMFLEX_TONE = "áàåãä"  # â/ê/ô with a tone
_VNI_BREVE_TONE = "éèúüë"  # ă with a tone
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_lower(letter: str) -> str | None:
    """VNI spelling of one lower-case Vietnamese letter (None for plain ASCII)."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((_TONES[m] for m in marks if m in _TONES), None)
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
    if shape == "\u031b":  # horn: ơ, ư are letters of their own in VNI
        base, shape = _VNI_SINGLE[unicodedata.normalize("NFC", base + shape)], None
    if shape == "\u0302":
        return base + ("â" if tone is None else _VNI_CIRCUMFLEX_TONE[tone])
    if shape == "\u0306":
        return base + ("ê" if tone is None else _VNI_BREVE_TONE[tone])
    if tone is None:
        return None if base == letter else base
    return base + _VNI_TONE[tone]


def _vietnamese_letters() -> list[str]:
    letters = []
    for base in "aăâeêioôơuưy":
        for tone in ("", *_TONES):
            letters.append(unicodedata.normalize("NFC", base + tone))
    return [*letters, "đ"]


VNI_ENCODE: dict[str, str] = {}
for _letter in _vietnamese_letters():
    _spelled = _vni_lower(_letter)
    if _spelled is not None:
        VNI_ENCODE[_letter] = _spelled
        VNI_ENCODE[_letter.upper()] = _spelled.upper()
VNI_DECODE = {spelled: letter for letter, spelled in VNI_ENCODE.items()}
# A capital letter followed by a lower-case mark byte (or the reverse) is read too.
for _spelled, _letter in list(VNI_DECODE.items()):
    if len(_spelled) == 2:
        for variant in (_spelled[0] + _spelled[1].swapcase(),):
            VNI_DECODE.setdefault(variant, _letter)
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_DECODE, key=len, reverse=True)))

# -- detection ---------------------------------------------------------------------------
#: Letters only Unicode Vietnamese text has (TCVN3/VNI text is all below U+0100).
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
_HIGH_LATIN = re.compile("[\u00a0-\u00ff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?"
)
_TONE_MARKS = set(_TONES)


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelt like one Vietnamese syllable (at most one tone mark)."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_MARKS for ch in nfd) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONE_MARKS))
    return bool(_SYLLABLE.fullmatch(bare))


def vietnamese_share(text: str) -> tuple[float, int]:
    """(share of the words with a non-ASCII letter that are Vietnamese syllables, how
    many such words): near 1 for Vietnamese, low for mojibake."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 1.0, 0
    return sum(map(is_syllable, words)) / len(words), len(words)


def decode(text: str, encoding: Encoding, capitals: bool = False) -> str:
    """Unicode NFC of legacy ``text``.  ``capitals``: the run was set in an all-capitals
    font (".VnTimeH"), so the lower-case bytes stand for capitals."""
    if encoding == "tcvn3":
        out = _fix_capitals(text.translate(_TCVN3_TABLE))
    else:
        out = _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group()], text)
    return unicodedata.normalize("NFC", out.upper() if capitals else out)


_SENTENCE_START = re.compile(r"[.!?…]\s*\Z")


def _fix_capitals(text: str) -> str:
    """TCVN3 has no capitals with tone marks: "TØNH ñY Hµ NAM" is "TỈNH ỦY HÀ NAM".  A
    word whose ASCII letters are two or more capitals is a capital word; a word with
    one (Hà, Về) or with none but a capital first letter (Đề) only beside a capital
    word on the same line; a word like "ở" takes a capital at the start of a sentence."""
    pieces = _WORD.split(text)
    words = _WORD.findall(text)

    def ascii_caps(word: str) -> int:
        letters = [c for c in word if c.isascii() and c.isalpha()]
        return len(letters) if letters and all(c.isupper() for c in letters) else 0

    capital = [ascii_caps(w) >= 2 or (w.isupper() and len(w) > 1) for w in words]
    beside = lambda i, j: 0 <= j < len(words) and capital[j] and pieces[max(i, j)] in (" ", "\u00a0")  # noqa: E731
    out = []
    for i, word in enumerate(words):
        caps = ascii_caps(word)
        short = caps == 1 or (word[0].isupper() and not any(c.isascii() for c in word))  # "Hà", "Đề"
        if caps >= 2 or (short and (beside(i, i - 1) or beside(i, i + 1))):
            word = word.upper()
        elif not any(c.isascii() for c in word) and word[0].islower() and _SENTENCE_START.search(pieces[i] if i else "." + pieces[0]):
            word = word[0].upper() + word[1:]
        out += [pieces[i], word]
    out.append(pieces[-1])
    return "".join(out)


def encode(text: str, encoding: Encoding) -> str:
    """The legacy spelling of Unicode ``text`` as Latin-1 characters (for fixtures):
    TCVN3 writes capitals with tone marks in lower case, as an all-capitals font would."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "vni":
        return "".join(VNI_ENCODE.get(ch, ch) for ch in text)
    out = []
    for ch in text:
        if ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch.lower() in _TCVN3_ENCODE and ch.lower() != ch:
            out.append(_TCVN3_ENCODE[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def detect(text: str) -> Encoding | None:
    """The legacy encoding ``text`` is written in, or None when it reads as it is
    (Unicode Vietnamese, or text with no Vietnamese letters)."""
    letters = sum(ch.isalpha() for ch in text)
    if not letters:
        return None
    if len(_UNICODE_VIETNAMESE.findall(text)) > 0.01 * letters:
        return None
    high = len(_HIGH_LATIN.findall(text))
    if high < max(2, 0.01 * letters):
        return None
    as_is, _ = vietnamese_share(text)
    best: tuple[float, Encoding | None] = (as_is, None)
    for encoding in ("tcvn3", "vni"):
        share, _ = vietnamese_share(decode(text, encoding))  # type: ignore[arg-type]
        if share > best[0] + 0.05:
            best = (share, encoding)  # type: ignore[assignment]
    return best[1]


class LegacyTextError(ValueError):
    """Text that still is not Vietnamese after every conversion we know."""


_TCVN3_SYMBOLS = re.compile("[µ¸¶·¹¨»¾¼½©«¬®ª\u00ad]")
_VNI_MARKS = re.compile("[aeiouyAEIOUY][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]")


def looks_legacy(text: str) -> bool:
    """Whether ``text`` carries the marks of TCVN3 or VNI spelling (whatever else it is)."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(_TCVN3_SYMBOLS.findall(text)) + len(_VNI_MARKS.findall(text)) >= 0.02 * letters


def repair(text: str, name: str = "") -> tuple[str, Encoding | None]:
    """(Unicode NFC text, the legacy encoding it was in or None).  Raises
    :class:`LegacyTextError` when the text looks legacy-encoded but no conversion
    makes it read as Vietnamese."""
    encoding = detect(text)
    if encoding is None:
        if looks_legacy(text) and not _UNICODE_VIETNAMESE.search(text) and vietnamese_share(text)[0] < 0.8:
            raise LegacyTextError(f"{name or 'văn bản'}: không đọc được bảng mã (not Unicode, TCVN3 or VNI)")
        return unicodedata.normalize("NFC", text), None
    fixed = decode(text, encoding)
    share, words = vietnamese_share(fixed)
    if words >= 20 and share < 0.8:
        raise LegacyTextError(f"{name or 'văn bản'}: chuyển từ {encoding.upper()} vẫn không ra tiếng Việt (unreadable {encoding})")
    return fixed, encoding


def font_encoding(font: str | None) -> tuple[Encoding | None, bool]:
    """(encoding, all-capitals) a font name implies: ".VnTime" -> TCVN3, ".VnTimeH" ->
    TCVN3 in capitals, "VNI-Times" -> VNI; (None, False) for any other font."""
    name = (font or "").strip()
    if name.upper().startswith(("VNI-", "VNI ")):
        return "vni", False
    if name.startswith(".Vn") or re.fullmatch(r"Vn[A-Z][A-Za-z]*", name):
        return "tcvn3", name.endswith("H")
    return None, False


def decode_bytes(data: bytes, name: str = "") -> tuple[str, str]:
    """Text of a file that is not UTF-8: (Unicode NFC text, "tcvn3"/"vni"/"cp1258"/"cp1252").
    Raises :class:`LegacyTextError` when no encoding makes it Vietnamese."""
    try:  # Windows editors saved legacy text with Windows-1252 quotes and dashes
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = data.decode("latin-1")
    encoding = detect(latin)
    if encoding is not None:
        fixed = decode(latin, encoding)
        if vietnamese_share(fixed)[0] >= 0.8:
            return fixed, encoding
    try:
        windows = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        windows = ""
    share, words = vietnamese_share(windows)
    if windows and words and share >= 0.8 and _UNICODE_VIETNAMESE.search(windows):
        return windows, "cp1258"
    if any(c.isalpha() for c in latin) and all(c.isascii() or not c.isalpha() for c in latin):
        # typed without marks in a Windows editor: ASCII letters, Windows-1252 quotes and dashes
        return unicodedata.normalize("NFC", latin), "cp1252"
    raise LegacyTextError(f"{name or 'tệp'}: không phải UTF-8, TCVN3 hay VNI (unknown encoding)")
