"""An immutable piece of the index: postings, lengths, passages and their articles.

A segment is a directory of numpy arrays (memory-mapped on load, never pickled) and a
JSON Lines file of articles.  Term postings are sorted by term, so the postings of a
query term are one contiguous slice; terms are found by binary search in a sorted
UTF-8 blob, so opening a segment reads no vocabulary into Python objects.
"""

from __future__ import annotations

import json
import mmap
import os
import shutil
import zlib
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from retrieval.index import kernels
from retrieval.index.bounds import check_bounds
from retrieval.analysis.views import VIEWS, sentence_masks
from retrieval.records import Article, ArticleFacts, Chunk

SEP = "\x1f"  # between view number and token in a term key
FORMAT_VERSION = 13  # 9: passage locations and article numbers; 10: article places and documents; 11: persons; 12: bodies; 13: no per-term max tf


#: What :meth:`SegmentWriter.write` does, in turn (shown as a segment is written).
WRITE_STEPS = ("sắp xếp từ", "gom chỉ mục ngược", "ghi tệp", "kiểm tra tổng")


def term_key(view: int, token: str) -> str:
    return f"{view}{SEP}{token}"


class IndexDamaged(ValueError):
    """A file of the index is damaged behind the size and time it was written with
    (opening trusts those; ``danvan index --verify`` reads every checksum)."""


class _StringTable(Sequence[str]):
    """Read-only list of strings stored as a UTF-8 blob plus offsets (the sorted terms,
    searched by :meth:`find` in compiled code, and the passage texts).

    Both files are plain bytes mapped with :mod:`mmap`; indexing a ``memoryview`` is
    several times faster than indexing a numpy memmap, and nothing is read up front.
    """

    def __init__(self, blob_path: Path, offsets_path: Path) -> None:
        self._maps = [_map(blob_path), _map(offsets_path)]
        self.blob = memoryview(self._maps[0])
        self.offsets = memoryview(self._maps[1]).cast("q")
        # The same bytes as numpy arrays, for the compiled binary search.
        self.blob_array: np.ndarray | None = np.frombuffer(self.blob, dtype=np.uint8)
        self.offsets_array: np.ndarray | None = np.frombuffer(self.offsets, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        # "replace": a byte damaged behind an unchanged file time (trusted when opened;
        # index --verify finds it) shows as U+FFFD, not a traceback for every question.
        return str(self.blob[self.offsets[i] : self.offsets[i + 1]], "utf-8", "replace")

    def find(self, keys: Sequence[str]) -> np.ndarray:
        """Position of each key in these sorted strings, or -1 when absent."""
        encoded = [key.encode("utf-8") for key in keys]
        key_offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=key_offsets[1:])
        key_blob = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        return kernels.find_terms(self.blob_array, self.offsets_array, key_blob, key_offsets)

    def close(self) -> None:
        self.blob_array = self.offsets_array = None  # release the buffers first
        self.blob.release()
        self.offsets.release()
        for m in self._maps:
            if isinstance(m, mmap.mmap):  # an empty file is b"", not a map
                m.close()


def _map(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return b""  # type: ignore[return-value]
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def file_crc32(path: Path) -> int:
    """CRC-32 of a file, read in blocks (about 1 GB/s: cheap next to a rebuild)."""
    crc = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 22):
            crc = zlib.crc32(block, crc)
    return crc


def _article_record(article: Article) -> dict:
    record = asdict(article)
    record["paragraphs"] = list(article.paragraphs)
    return record


def _write_strings(directory: Path, name: str, items: Sequence[bytes]) -> None:
    """A list of UTF-8 strings as ``NAME_blob.bin`` + ``NAME_offsets.bin`` (see :class:`_StringTable`)."""
    offsets = np.zeros(len(items) + 1, dtype="<i8")
    np.cumsum([len(t) for t in items], out=offsets[1:])
    (directory / f"{name}_offsets.bin").write_bytes(offsets.tobytes())
    (directory / f"{name}_blob.bin").write_bytes(b"".join(items))


def _save_array(path: Path, values: np.ndarray) -> None:
    """One array as .npy, never pickled (the segment as a whole is renamed into place)."""
    with open(path, "wb") as fh:
        np.save(fh, values, allow_pickle=False)


class SegmentWriter:
    """Accumulates passages and their tokens, then writes one segment directory.

    What a passage adds goes into flat arrays, not Python objects of its own: a
    segment of a long document holds millions of postings."""

    def __init__(self) -> None:
        self.vocabs: list[dict[str, int]] = [{} for _ in VIEWS]  # per view: token -> term id
        self.keys: list[str] = []  # term id -> term key
        self.term_ids = array("i")  # each passage's distinct term ids, passage after passage
        self.tfs = array("f")  # how often each of them is in its passage
        self.masks = array("I")  # which sentences of its passage hold each of them
        self.row_lengths = array("q")  # distinct terms per passage
        self.doc_len = array("i")  # tokens per passage and view, passage after passage
        self.chunks = array("i")  # article, paragraph, start, length per passage
        self.texts: list[bytes] = []  # each passage's text, UTF-8 (read by the re-ranker)
        self.locations: list[bytes] = []  # each passage's page/section, UTF-8 ("" when unknown)
        self.articles: list[Article] = []

    @property
    def n_docs(self) -> int:
        """Passages added."""
        return len(self.row_lengths)

    def _ids(self, view: int, tokens: list[str]) -> list[int]:
        vocab = self.vocabs[view]
        ids = list(map(vocab.get, tokens))  # the hot loop, kept in C
        if None in ids:
            for i, token in enumerate(tokens):
                if ids[i] is None:
                    tid = vocab.get(token)
                    if tid is None:
                        tid = vocab[token] = len(self.keys)
                        self.keys.append(term_key(view, token))
                    ids[i] = tid
        return ids  # type: ignore[return-value]

    def _masks(self, text: str, terms: np.ndarray) -> np.ndarray:
        """The sentence mask of each of a passage's terms (0 for the views without)."""
        by_id: dict[int, int] = {}
        for view, masks in sentence_masks(text).items():
            vocab = self.vocabs[VIEWS.index(view)]
            for token, mask in masks.items():
                tid = vocab.get(token)
                if tid is not None:
                    by_id[tid] = mask
        return np.fromiter((by_id.get(t, 0) for t in terms.tolist()), dtype=np.uint32, count=len(terms))

    def add_article(self, article: Article, chunks: Sequence[Chunk], views: Iterable[dict[str, list[str]]]) -> None:
        """Add an article's passages; ``views``, their token views, may come one at a time."""
        article_number = len(self.articles)
        self.articles.append(article)
        for chunk, chunk_views in zip(chunks, views):
            ids: list[int] = []
            for v, name in enumerate(VIEWS):
                tokens = chunk_views[name]
                self.doc_len.append(len(tokens))
                ids += self._ids(v, tokens)
            terms, counts = np.unique(np.asarray(ids, dtype=np.int32), return_counts=True)
            self.term_ids.frombytes(terms.tobytes())
            self.tfs.frombytes(counts.astype(np.float32).tobytes())
            self.masks.frombytes(self._masks(chunk.text, terms).tobytes())
            self.row_lengths.append(len(terms))
            self.chunks.extend((article_number, chunk.paragraph, chunk.start, len(chunk.text)))
            self.texts.append(chunk.text.encode("utf-8"))
            self.locations.append((article.location(chunk.paragraph) or "").encode("utf-8"))

    def passage_texts(self) -> list[str]:
        return [t.decode("utf-8") for t in self.texts]

    def write(self, directory: Path, vectors: np.ndarray | None = None, progress: Callable[[str], None] | None = None) -> None:
        """Write atomically: into ``directory.tmp``, then rename.  ``vectors``: the
        passages' meaning vectors (see :mod:`retrieval.analysis.meaning`), one row each.
        ``progress`` is told each step of :data:`WRITE_STEPS` as it begins."""
        step = progress or (lambda name: None)
        tmp = directory.with_name(directory.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        n_docs = self.n_docs
        step(WRITE_STEPS[0])
        order_of_terms = sorted(range(len(self.keys)), key=self.keys.__getitem__)
        terms = [self.keys[i] for i in order_of_terms]
        new_id = np.empty(len(terms), dtype=np.int32)
        new_id[np.asarray(order_of_terms, dtype=np.int64)] = np.arange(len(terms), dtype=np.int32)
        del order_of_terms
        step(WRITE_STEPS[1])
        # The passages' postings, by term; each array is freed once used: a million
        # passages hold hundreds of millions of postings.
        lengths = np.frombuffer(self.row_lengths, dtype=np.int64)
        term_ids = new_id[np.frombuffer(self.term_ids, dtype=np.int32)]
        self.term_ids = array("i")
        tfs = np.frombuffer(self.tfs, dtype=np.float32)
        masks = np.frombuffer(self.masks, dtype=np.uint32)
        ptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_ids, minlength=len(terms)), out=ptr[1:])
        docs, sorted_tfs, sorted_masks = kernels.group_postings(term_ids, lengths, tfs, masks, ptr)
        del term_ids, tfs, masks
        self.tfs, self.masks = array("f"), array("I")
        step(WRITE_STEPS[2])
        n_terms = len(terms)
        _write_strings(tmp, "terms", [t.encode("utf-8") for t in terms])
        del terms
        _write_strings(tmp, "texts", self.texts)
        _write_strings(tmp, "locations", self.locations)
        _save_array(tmp / "postings_ptr.npy", ptr)
        _save_array(tmp / "postings_doc.npy", docs)
        _save_array(tmp / "postings_sentences.npy", sorted_masks)
        _save_array(tmp / "postings_tf.npy", sorted_tfs)
        del docs, sorted_tfs, sorted_masks
        _save_array(tmp / "doc_len.npy", np.frombuffer(self.doc_len, dtype=np.int32).reshape(n_docs, len(VIEWS)).T.copy())
        _save_array(tmp / "chunks.npy", np.frombuffer(self.chunks, dtype=np.int32).reshape(n_docs, 4))
        if vectors is not None:
            if len(vectors) != n_docs:
                raise ValueError(f"{len(vectors)} vectors for {n_docs} passages")
            _save_array(tmp / "vectors.npy", np.asarray(vectors, dtype=np.float16))
        offsets_a = [0]
        with open(tmp / "articles.jsonl", "wb") as fh:
            for article in self.articles:
                line = json.dumps(_article_record(article), ensure_ascii=False).encode("utf-8") + b"\n"
                fh.write(line)
                offsets_a.append(offsets_a[-1] + len(line))
        _save_array(tmp / "articles_offsets.npy", np.asarray(offsets_a, dtype=np.int64))
        ids = [[a.id, a.digest, a.title, a.date or "", a.source or "", a.url or "", list(a.places), list(a.documents), list(a.persons), list(a.bodies)] for a in self.articles]
        (tmp / "article_ids.json").write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8")
        numbers = [a.number or "" for a in self.articles]  # beside the catalogue: shown with each hit
        (tmp / "article_numbers.json").write_text(json.dumps(numbers, ensure_ascii=False), encoding="utf-8")
        step(WRITE_STEPS[3])
        files = {p.name: [p.stat().st_size, file_crc32(p), p.stat().st_mtime_ns] for p in sorted(tmp.iterdir())}
        meta = {"format": FORMAT_VERSION, "docs": n_docs, "terms": n_terms, "articles": len(self.articles), "files": files}
        (tmp / "segment.json").write_text(json.dumps(meta))
        if directory.exists():
            shutil.rmtree(directory)
        os.replace(tmp, directory)


class Segment:
    """A written segment, opened read-only with memory maps."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        meta = json.loads((directory / "segment.json").read_text())
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"segment {directory.name}: unsupported format {meta.get('format')}")
        for name, (size, crc, mtime_ns) in meta["files"].items():
            # A file with the size and time it was written with is trusted; any other is
            # read in full and must match its checksum (a whole-index read costs ~1 s/GB).
            stat = (directory / name).stat()
            if stat.st_size != size or (stat.st_mtime_ns != mtime_ns and file_crc32(directory / name) != crc):
                raise ValueError(f"segment {directory.name}: {name} is damaged (size or checksum)")
        # Memory-mapped, then viewed as plain arrays: slicing a np.memmap costs more.
        load = lambda name: np.asarray(np.load(directory / name, mmap_mode="r", allow_pickle=False))  # noqa: E731
        self.terms = _StringTable(directory / "terms_blob.bin", directory / "terms_offsets.bin")
        self.texts = _StringTable(directory / "texts_blob.bin", directory / "texts_offsets.bin")
        self.locations = _StringTable(directory / "locations_blob.bin", directory / "locations_offsets.bin")
        self.ptr = load("postings_ptr.npy")
        self.docs = load("postings_doc.npy")
        self.tfs = load("postings_tf.npy")
        self.sentences = load("postings_sentences.npy")
        self.doc_len = load("doc_len.npy")
        self.chunks = load("chunks.npy")
        self.article_offsets = load("articles_offsets.npy")
        self.n_docs = int(meta["docs"])
        self.n_articles = int(meta["articles"])
        # Meaning vectors, float16, one row per passage; None when built without them.
        self.vectors: np.ndarray | None = load("vectors.npy") if "vectors.npy" in meta["files"] else None
        if self.vectors is not None and self.vectors.shape[0] != self.n_docs:
            raise ValueError(f"segment {directory.name}: vectors do not match the passages")
        if self.doc_len.shape != (len(VIEWS), self.n_docs) or len(self.ptr) != len(self.terms) + 1 or len(self.sentences) != len(self.docs) or len(self.texts) != self.n_docs or len(self.locations) != self.n_docs:
            raise ValueError(f"segment {directory.name}: arrays do not match")
        check_bounds(self, meta["files"]["articles.jsonl"][0])
        self._articles_file = open(directory / "articles.jsonl", "rb")  # noqa: SIM115
        self._rows: list[list[str]] | None = None
        self._numbers: list[str] | None = None

    def verify(self) -> list[str]:
        """The files of this segment whose full checksum does not match (slow: reads
        everything; ``danvan index --verify``)."""
        meta = json.loads((self.directory / "segment.json").read_text())
        return [name for name, (_, crc, _) in meta["files"].items() if file_crc32(self.directory / name) != crc]

    def close(self) -> None:
        self._articles_file.close()
        for blob in (self.terms, self.texts, self.locations):
            try:
                blob.close()
            except BufferError:  # a search still holds a slice; the map closes with it
                pass

    def term_numbers(self, keys: Sequence[str]) -> np.ndarray:
        """Each term key's number in this segment, -1 when absent."""
        return self.terms.find(keys)

    def postings(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """(documents, term frequencies) of a term key; empty arrays when absent."""
        i = int(self.term_numbers([key])[0])
        if i < 0:
            return self.docs[:0], self.tfs[:0]
        s, e = int(self.ptr[i]), int(self.ptr[i + 1])
        return self.docs[s:e], self.tfs[s:e]

    def article(self, number: int) -> Article:
        s, e = int(self.article_offsets[number]), int(self.article_offsets[number + 1])
        # pread: no shared file position, so searches may run in several threads
        try:
            record = json.loads(os.pread(self._articles_file.fileno(), e - s, s))
        except ValueError:  # JSON or UTF-8 damaged behind an unchanged file time
            raise IndexDamaged(f"chỉ mục bị hỏng ({self.directory.name}/articles.jsonl): hãy chạy danvan index --verify "
                               "để kiểm tra và xây lại (index damaged: run danvan index --verify)") from None
        for key in ("paragraphs", "locations", "places", "documents", "persons", "bodies", "page_info"):
            record[key] = tuple(record.get(key) or ())
        return Article(**record)

    def article_ids(self) -> list[tuple[str, str]]:
        """(id, digest) of every article, by article number."""
        return [(row[0], row[1]) for row in self._catalogue()]

    def heading(self, doc: int) -> tuple[str, str, str]:
        """(title, date, places) of a passage's article, without reading the article:
        what names it besides its text (a place given only in the article's metadata
        is named by each of its passages)."""
        row = self._catalogue()[int(self.chunks[doc][0])]
        return row[2], row[3] or "", ", ".join(row[6])

    def citation(self, doc: int) -> tuple[str, str, str | None, str | None, str | None]:
        """(id, title, date, source, url) of a passage's article, without reading it."""
        article_id, _, title, date, source, url = self._catalogue()[int(self.chunks[doc][0])][:6]
        return article_id, title, date or None, source or None, url or None

    def context(self, doc: int) -> ArticleFacts:
        """What the question's constraints are checked against: the passage's article's
        title, date, source, places, documents, persons and bodies, without reading the article."""
        return self.article_context(int(self.chunks[doc][0]))

    def article_context(self, number: int) -> ArticleFacts:
        """:meth:`context` by article number."""
        _, _, title, date, source, _, places, documents, persons, bodies = self._catalogue()[number]
        return ArticleFacts(title, date or None, source or None, tuple(places), tuple(documents), tuple(persons), tuple(bodies),
                            self._article_numbers()[number] or None)

    def location(self, doc: int) -> str | None:
        """The page/section a passage stands in, None when its document has none."""
        return self.locations[doc] or None

    def number(self, doc: int) -> str | None:
        """The number of a passage's document ("45-BC/BDVTU"), without reading it."""
        return self._article_numbers()[int(self.chunks[doc][0])] or None

    def _article_numbers(self) -> list[str]:
        if self._numbers is None:
            self._numbers = json.loads((self.directory / "article_numbers.json").read_text(encoding="utf-8"))
        return self._numbers

    def read_catalogues(self) -> None:
        """Read the small JSON files now that are otherwise read on first use: a
        writer may delete this segment (once merged) while this process still uses it."""
        self._catalogue()
        if (self.directory / "article_numbers.json").exists() and self._numbers is None:
            self._numbers = json.loads((self.directory / "article_numbers.json").read_text(encoding="utf-8"))

    def _catalogue(self) -> list[list[str]]:
        if self._rows is None:
            self._rows = json.loads((self.directory / "article_ids.json").read_text(encoding="utf-8"))
        return self._rows
