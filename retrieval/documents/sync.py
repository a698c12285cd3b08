"""What differs between the corpus files and what the index holds.

Every start lists the corpus and compares each file's size and time (and its
sidecar's) with what the index recorded, so only new and changed files are read.  A
national archive is a hundred thousand files: listing must stay cheap.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from retrieval.documents.files import FilePolicy
from retrieval.documents.readers import (
    SIDECAR_SUFFIX,
    CorpusError,
    LoadedCorpus,
    corpus_files,
    load_corpus,
    read_file,
)
from retrieval.records import Article

log = logging.getLogger(__name__)

#: A file's state as recorded in the index: [size, mtime_ns, ctime_ns] of the page, then of
#: its sidecar (-1 each when it has none).
FileState = list[int]


def file_state(path: Path) -> FileState:
    """Size and times of a page and of its metadata sidecar.  The change time too: an
    edit that keeps the size, its modification time set back (``cp -p``, ``touch -r``,
    one digit corrected), still changes it; a file whose state changed is read again and
    re-indexed only when its content did."""
    st = os.stat(path)
    try:
        side = os.stat(f"{path}{SIDECAR_SUFFIX}")
    except FileNotFoundError:
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, -1, -1, -1]
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, side.st_size, side.st_mtime_ns, side.st_ctime_ns]


class Changes(NamedTuple):
    """What differs between the corpus and the index."""

    files: dict[str, FileState]  # every corpus file's current state
    changed: list[str]  # files new or changed since the index was built
    loaded: LoadedCorpus  # the articles read from them (and the files skipped)
    fresh: list[Article]  # those articles whose content the index does not hold

    def removed(self, indexed: Mapping[str, object], is_folder: bool) -> list[str]:
        """Indexed article ids whose file is gone or no longer yields an article."""
        if not is_folder:  # one JSON Lines file: every id it no longer holds
            current = {a.id for a in self.loaded.articles}
            return [a for a in indexed if a not in current] if self.changed else []
        by_file = {a.path for a in self.loaded.articles}
        gone = [f for f in indexed if f not in self.files]
        return list(dict.fromkeys(gone + [f for f in self.changed if f not in by_file and f in indexed]))


def scan(corpus: Path, policy: FilePolicy | None = None, skipped: list[tuple[str, str]] | None = None) -> dict[str, FileState]:
    """The state of every corpus file, by article id (its path in the corpus); what
    cannot be listed safely goes to ``skipped``."""
    if not corpus.is_dir():
        return {corpus.name: file_state(corpus)}
    files = {}
    skip = len(str(corpus)) + 1  # the corpus folder and a separator
    for path in corpus_files(corpus, policy, skipped):
        try:
            files[str(path)[skip:].replace(os.sep, "/")] = file_state(path)
        except FileNotFoundError:  # deleted while we were listing: it is gone
            continue
        except OSError as exc:  # e.g. a path too long for the system
            if skipped is not None:
                skipped.append((str(path)[skip:], f"không đọc được ({exc.strerror})"))
    return files


def read_changed(corpus: Path, names: Iterable[str], extra_furniture: Iterable[str], policy: FilePolicy | None = None) -> LoadedCorpus:
    """The articles of the named files (every article of a JSON Lines corpus)."""
    if not corpus.is_dir():
        return load_corpus(corpus, extra_furniture, policy)
    loaded = LoadedCorpus()
    for name in names:
        try:
            loaded.articles.append(read_file(corpus / name, name, extra_furniture, policy, corpus, loaded.warnings))
        except (OSError, ValueError) as exc:
            loaded.skipped.append((name, str(exc)))
            log.debug("bỏ qua %s: %s", name, exc)
    return loaded


def changes(
    corpus: Path,
    indexed_files: Mapping[str, FileState],
    digests: Mapping[str, str],
    extra_furniture: Iterable[str],
    policy: FilePolicy | None = None,
) -> Changes:
    """Compare the corpus with the index's record of it (see :class:`Changes`).

    A file that could not be read is left out of the record, so that it is read
    again (and warned about again) at every refresh until it can be: fixing its
    permissions is enough, nobody has to touch it."""
    listing_skipped: list[tuple[str, str]] = []
    files = scan(corpus, policy, listing_skipped)
    changed = [name for name, state in files.items() if indexed_files.get(name) != state]
    loaded = read_changed(corpus, changed, extra_furniture, policy) if changed else LoadedCorpus()
    if corpus.is_dir():
        unread = {name for name, _ in loaded.skipped}
        files = {name: state for name, state in files.items() if name not in unread}
    loaded.skipped[:0] = listing_skipped
    fresh = [a for a in loaded.articles if digests.get(a.id) != a.digest]
    return Changes(files, changed, loaded, fresh)


__all__ = ["Changes", "CorpusError", "FileState", "changes", "corpus_files", "file_state", "scan"]
