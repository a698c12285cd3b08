"""Bounds of a segment's arrays, checked when it is opened.

The compiled loops index arrays with offsets and ids read from the segment's files.
Bit rot keeps a file's size and time, so the checksum is not read at every open
(``danvan index --verify`` reads it); these cheap checks make sure that whatever the
files hold, no offset or id points outside its array: damage is then a rebuild,
never a segfault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from retrieval.index.segment import Segment


def check_bounds(segment: Segment, articles_size: int) -> None:
    """Every offset and id the compiled loops follow stays inside its array, whatever
    the files hold (bit rot keeps a file's size and time, so the checksum is not
    read at open): one vectorised pass, about 1 ms per million postings."""

    def check(ok: bool, what: str) -> None:
        if not ok:
            raise ValueError(f"segment {segment.directory.name}: {what} out of bounds (damaged)")

    def offsets_ok(offsets: np.ndarray, end: int) -> bool:
        return len(offsets) >= 1 and offsets[0] == 0 and offsets[-1] == end and bool((np.diff(offsets) >= 0).all())

    kinds = {"ptr": "i", "docs": "i", "tfs": "f", "sentences": "u", "doc_len": "i", "chunks": "i", "article_offsets": "i"}
    for name, kind in kinds.items():
        check(getattr(segment, name).dtype.kind == kind, f"{name} type")
    check(segment.ptr.ndim == 1 and offsets_ok(segment.ptr, len(segment.docs)), "postings_ptr")
    check(len(segment.tfs) == len(segment.docs), "postings sizes")
    check(not len(segment.docs) or (int(segment.docs.min()) >= 0 and int(segment.docs.max()) < segment.n_docs), "postings_doc")
    check(offsets_ok(segment.terms.offsets_array, len(segment.terms.blob_array)), "terms_offsets")
    check(offsets_ok(segment.texts.offsets_array, len(segment.texts.blob_array)), "texts_offsets")
    check(offsets_ok(segment.locations.offsets_array, len(segment.locations.blob_array)), "locations_offsets")
    check(segment.chunks.shape == (segment.n_docs, 4), "chunks")
    check(not segment.n_docs or (int(segment.chunks[:, 0].min()) >= 0 and int(segment.chunks[:, 0].max()) < segment.n_articles), "chunks")
    check(len(segment.article_offsets) == segment.n_articles + 1 and offsets_ok(segment.article_offsets, articles_size), "articles_offsets")
