"""Finding the article ``/bai`` names, and the pages of an article view.

``/bai 2`` is the second article of ``/nguon`` (``/bai 002`` too: the list's number,
never a file name's); ``/bai Hà Nam`` finds the articles whose title, places or
publisher hold those words in that order, typed with or without diacritics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.records import Article
from retrieval.text import fold_accents, has_diacritics, normalize

from .formatting import places_of
from .pages import article_pages, marked_page


def _words(text: str, marked: bool) -> list[str]:
    """Words to compare: lowercased, without diacritics unless the reference has them."""
    text = normalize(text).lower()
    return re.findall(r"\w+", text if marked else fold_accents(text))


def find_articles(ref: str, articles: Sequence[Article]) -> list[Article]:
    """Every article ``ref`` may mean, best first: one for a number or an id, possibly
    several for words."""
    ref = ref.strip()
    if not ref:
        return []
    if ref.isascii() and ref.isdigit():  # str.isdigit takes "²" and "٣" too; int() does not
        number = int(ref)
        return [articles[number - 1]] if 1 <= number <= len(articles) else []
    for article in articles:
        if ref in (article.id, article.id.rsplit(".", 1)[0]):
            return [article]
    starting = [a for a in articles if a.id.startswith(ref)]
    if len(starting) == 1:
        return starting
    marked = has_diacritics(ref)  # "Hà Nam" is not "Hà Năm"; "ha nam" may be either
    words = _words(ref, marked)
    if not words:
        return []
    phrase = f" {' '.join(words)} "
    return [a for a in articles if phrase in f" {' '.join(_words(' '.join([a.title, *places_of(a), a.source or '']), marked))} "]


def find_article(ref: str, articles: Sequence[Article]) -> Article | None:
    """The one article ``ref`` names, or ``None`` when none or several match."""
    found = find_articles(ref, articles)
    return found[0] if len(found) == 1 else None


def article_view(article: Article, paragraph: int = -1) -> tuple[list[str], int]:
    """The pages of an article and the page to open on: the one holding ``paragraph``
    (marked), or the first."""
    pages = article_pages(article, mark=paragraph)
    return pages, marked_page(pages) if paragraph >= 0 else 0
