"""``Searcher``: the one API the CLI and the bot use, in the spirit of pyserini's
``LuceneSearcher``: ``search(q, k)``, ``article(id)``, ``articles()``, ``stats()``.

The constructor only opens: it is handed an index (see
:class:`retrieval.indexer.Indexer`, which builds and refreshes it) and the analysis
the index was built with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from retrieval.analysis.abbreviations import Abbreviations
from retrieval.analysis.function_words import FOLDED_FUNCTION_WORDS, FUNCTION_WORDS, only_function_words
from retrieval.analysis.meaning import Encoder, model_name
from retrieval.analysis.vector_cache import VectorCache
from retrieval.analysis.views import QUESTION_PHRASES, Analyzer
from retrieval.config import Config
from retrieval.documents.structure import HEADER_LOCATION, document_naming, names_the_kind, passage_headings, section_headings
from retrieval.index import bm25
from retrieval.index.store import Index, Posting
from retrieval.ranking.constraints import DateRef, mentions, names_office, names_with_office, parse_cached, states_office
from retrieval.ranking.places import Gazetteer
from retrieval.ranking.evidence import (
    Evidence, QueryTerms, counts_the_thing, dates_the_document, deed_share, evidence, evidences, holds_asked_kind, known_places_seen,
    query_terms, terms_held, words_held,
)
from retrieval.ranking.fusion import fuse
from retrieval.ranking.highlight import highlight_spans
from retrieval.ranking.names import about_the_names, all_named, names_in_candidate
from retrieval.ranking.page_facts import PHOTO, PageAnswer, issue_line, page_answer, signature_block, title_line
from retrieval.ranking.result import Ranking
from retrieval.ranking.slips import SlipReader
from retrieval.ranking.small_talk_meaning import SmallTalkByMeaning
from retrieval.ranking.intents import names_the_bot, small_talk_in_part
from retrieval.ranking.query import NUMBERS, Query, QueryParser, asks_what_about, asks_when_issued, holds_measure, names_the_name
from retrieval.ranking.verdict import article_context, constrained, holdings, judge, pinned_to_a_report, published_day, sentence_verdict
from retrieval.records import Article, Hit
from retrieval.text import fold_accents, restore_diacritics, syllables

#: How many top passages are read together with their neighbouring paragraphs before a
#: question is declared unanswerable.
NEIGHBOUR_CHECKS = 5
NEAR_MISS = 0.75  # a passage holding this share of the floor is worth that second look
#: A constrained question asking for a number, a date or a name is refused when none of
#: this many top answers has a sentence holding one.
KIND_CHECKS = 3
#: Candidates among which a report's title and preamble give way to its sections (see _sections_before_title).
TITLE_CHECKS = 10
#: ... to a passage holding this share of what the title holds of the question, and more.
FRAMING_SHARE = 0.25
#: How much of an article is read for the offices it names: its opening, where a report
#: lists who attended and in what office (a 20 MB document is not read per question).
OFFICE_SCAN_CHARS = 50_000
#: How much of an article's opening says the day of the event it reports ("Sáng 15/5/2021, …").
LEAD_CHARS = 300
#: The best cosine among this many top answers says whether the question is on topic.
MEANING_CHECKS = 5
#: "… giữ chức vụ gì?": who someone is, as "… là ai?" asks.
ASKS_OFFICE = re.compile(r"\b(chức vụ|chuc vu|chức gì|chuc gi|giữ chức|giu chuc|cương vị|cuong vi)\b", re.IGNORECASE)
#: A question naming a document whose words a header line covers this much asks for
#: the document itself ("báo cáo số 45-BC/BDVTU"): its header line may come first.
NUMBER_ONLY_SHARE = 0.6
#: Two passages sharing this share of their words say the same thing (one article
#: copied to another site, a report and its news item): the second is not shown.
SAME_PASSAGE = 0.85
WARM_UP_QUESTION = "công tác dân vận"
#: Candidates for a "bao nhiêu" question within this share of the best score are a tie
#: that the asked year, stated in the answer sentence itself, breaks.
YEAR_TIE = 0.005
#: The words of a question's period ("quý III năm 2023", "6 tháng đầu năm"), besides its numbers: they name a report.
_PERIOD_WORDS = frozenset({"quy", "nam", "thang", "nua"})
_ROMAN = re.compile(r"[ivx]{1,4}")
#: Weight, beside a passage's score, of the share of the question it holds beyond the
#: words naming its article, when passages of one article are ordered (answers at rank 1
#: on the tune halves of rounds 1-18: 1846 of 2316 without; 1891, 1922, 1928 with 0.3, 1, 2).
BEYOND_THE_NAME = 1.0
#: "Ai ký …", "người ký", "do ai ký": who signed a document.
_SIGNED = re.compile(r"\b(?:ký|kí|ky|ki)\b", re.IGNORECASE)


def _opening(article: Article, limit: int) -> str:
    """The article's title and paragraphs up to about ``limit`` characters."""
    parts, size = [article.title], len(article.title)
    for paragraph in article.paragraphs:
        if size >= limit:
            break
        parts.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(parts)


def distinct(positions: list[int], passages: list[str], k: int) -> list[int]:
    """The first ``k`` of ``positions`` whose passage is no near-copy of one before it: one
    news item on two sites.  Passages that give other numbers are never copies ("Năm 2021
    … 45 mô hình" and "Năm 2022 … 60 mô hình": successive reports reuse their sentences)."""
    kept: list[int] = []
    seen: list[tuple[set[str], list[str]]] = []
    for i in positions:
        words, numbers = set(passages[i].lower().split()), NUMBERS.findall(passages[i])
        if any(numbers == other_numbers and len(words & other) >= SAME_PASSAGE * max(len(words), len(other), 1)
               for other, other_numbers in seen):
            continue
        kept.append(i)
        seen.append((words, numbers))
        if len(kept) == k:
            break
    return kept


class Searcher:
    """Ranks the passages of one open index."""

    def __init__(self, index: Index, analyzer: Analyzer, abbreviations: Abbreviations, config: Config, encoder: Encoder | None = None) -> None:
        self.index = index
        self.config = config
        self.encoder = encoder
        r = config.ranking
        self.params = bm25.BM25Params(variant=r.variant, k1=r.k1, b=r.b, delta=r.delta, epsilon=r.epsilon)
        self.parser = QueryParser(analyzer, abbreviations, config.search.max_query_chars)
        self.slips = SlipReader(index, self.parser)
        self._small_talk_meaning: SmallTalkByMeaning | None = None  # made on first use
        self._example: tuple[tuple[object, ...], str] | None = None  # (index state, example question)

    def warm_up(self) -> None:
        """Ask one question, so the compiled loops of the index are loaded (compiled,
        once per installation) before a user waits for them."""
        self.rank(WARM_UP_QUESTION, 1)
        matcher = self._small_talk_matcher()
        if matcher is not None:
            matcher.load()  # the small-talk phrases' vectors (encoded once, then cached)

    def search(self, question: str, k: int | None = None) -> list[Hit]:
        """The best passages for ``question``, best first; ``[]`` when nothing answers."""
        ranked = self.rank(question, k)
        return ranked.hits if ranked.answerable() else []

    def rank(self, question: str, k: int | None = None) -> Ranking:
        """The ranked passages and the evidence that decides whether they answer."""
        k = k or self.config.search.k
        if k < 1:
            raise ValueError("k must be at least 1")
        query = self.slips.read(self.parser.parse(question))
        if query.intent:
            return Ranking(query, [], reason="small_talk")
        if query.empty or only_function_words(query.normalized):  # "của và là" asks nothing
            return self._small_talk(query) or Ranking(query, [], reason="empty")
        ranking = self.config.ranking
        view_weights = ranking.folded_weights if query.folded else ranking.weights
        candidates = self.index.top_k(query.views, self.params, view_weights, max(k, ranking.rerank_depth))
        if not candidates or candidates[0].score <= 0:
            return self._small_talk(query) or Ranking(query, [], reason="off_topic")
        terms = known_places_seen(query, query_terms(query, self.index.document_frequencies, self.index.n_docs), self.index.held_places)
        masks = self.index.sentence_masks(terms.lookups, candidates)
        passages = [self.index.passage(p.segment, p.doc) for p in candidates]
        question_vector = self._question_vector(query, passages)
        found = evidences(passages, terms, masks)
        located = [self.index.location(p.segment, p.doc) for p in candidates]
        sections = [section_headings(location) for location, _ in located]
        headings = [self._headings(p, *where) for p, where in zip(candidates, located)]
        for i in range(len(candidates)):  # a report's title and sections: the words of their headings count
            if headings[i]:
                found[i] = evidence(passages[i], terms, headings[i])
        if query.asks == "person" and query.deed:
            found = [self._sentence_of_the_deed(query, terms, text, ev) for text, ev in zip(passages, found)]
        columns = {lookup: column for column, lookup in enumerate(terms.lookups)}
        named = [names_in_candidate(self.index, p, text, row, columns, query) for p, text, row in zip(candidates, passages, masks)]
        signals = {
            "bm25": np.array([p.score / candidates[0].score for p in candidates]),
            "sentence": np.array([ev.sentence_share for ev in found]),
            "meaning": self.index.vectors(candidates) @ question_vector if question_vector is not None else np.zeros(len(candidates)),
            "names": np.array([len(n) / len(query.specific) if query.specific else 0.0 for n in named]),
            "kind": np.array([float(bool(query.asks) and holds_asked_kind(text[slice(*ev.sentence)], terms)) for text, ev in zip(passages, found)]),
            "deed": np.array([deed_share(text[slice(*ev.sentence)], query.deed) for text, ev in zip(passages, found)]),
        }
        final = fuse(signals, ranking.signals)
        order = sorted(range(len(candidates)), key=lambda i: (-final[i], candidates[i].segment, candidates[i].doc))
        order = about_the_names(self.index, query, named, candidates, order)
        if query.asks == "number" and query.constraints.years and order:
            # nearly tied: a figure stated with the asked year itself ("Năm 2022, … 306 mô
            # hình") before one whose year only its article gives
            years = {str(y) for y in query.constraints.years}
            close = [i for i in order if final[i] >= final[order[0]] * (1 - YEAR_TIE)]
            states = {i: bool(years & set(NUMBERS.findall(passages[i][slice(*found[i].sentence)]))) for i in close}
            order = sorted(close, key=lambda i: not states[i]) + order[len(close):]
        if query.constraints.documents and query.asks != "date":
            # "Báo cáo số 45-BC/BDVTU nói gì về …": the header line "Số: 45-BC/BDVTU" shares
            # the number, and says nothing else (when the question is more than the number)
            order = sorted(order, key=lambda i: found[i].passage_share < NUMBER_ONLY_SHARE and self._in_header(candidates[i]))
        order = self._sections_before_title(order, candidates, passages, found, sections, headings, terms)
        order = self._beyond_the_document_named(query, order, candidates, passages, found, headings, terms, final)
        if query.asks == "person" and query.office:
            # "Who is the Trưởng ban?": a sentence naming someone with that office answers;
            # one naming only the deputy ("Phó Trưởng ban … Phạm Hải Hoa") never does.
            order = sorted(order, key=lambda i: not signals["kind"][i])
        # The articles' places and dates, read only when the question states constraints.
        contexts = [self.index.context(candidates[i].segment, candidates[i].doc) for i in order] if constrained(query) else []
        judgement = judge(query, [([passages[i][slice(*span)] for span in (found[i].sentence, *found[i].others)], passages[i]) for i in order],
                          contexts, enough=max(k, KIND_CHECKS))  # fmt: skip
        answers = [order[j] for j in judgement.satisfying]

        def answer_with(i: int, span: tuple[int, int]) -> None:
            """Make another sentence of candidate ``i`` its answer sentence."""
            found[i] = dataclasses.replace(found[i], sentence=span)
            signals["kind"][i] = float(bool(query.asks) and holds_asked_kind(passages[i][slice(*span)], terms))

        for j, sentence in judgement.sentences.items():
            if sentence:  # a later sentence of the passage is the one about the asked place, year ...
                answer_with(order[j], found[order[j]].others[sentence - 1])

        def hits_of(positions: list[int]) -> list[Hit]:
            shown = distinct(positions, passages, k)
            # A rule may put a hit above a slightly better-scored one (the figure stated with
            # the asked year, a sentence naming the office holder): each hit shows at most
            # the score of the one above it, so scores read in the order shown.
            scores = np.minimum.accumulate(final[shown]) if shown else []
            return [self._hit(rank, candidates[i], passages[i], float(score), found[i].sentence, terms)
                    for rank, (i, score) in enumerate(zip(shown, scores), 1)]

        # Without diacritics more syllables collide ("tiet", "tuan"), so more must match.
        floor = ranking.folded_min_coverage if query.folded else ranking.min_coverage
        coverage = max((found[i].passage_share for i in answers), default=0.0)
        if coverage < floor and not query.folded:  # before saying "not found": an answer may span two paragraphs
            # Only near misses, and only with diacritics: without them, more text means
            # more accidental matches.
            for i in answers[:NEIGHBOUR_CHECKS]:
                if found[i].passage_share >= NEAR_MISS * floor:
                    joined = "\n".join(self.index.neighbourhood(candidates[i].segment, candidates[i].doc))
                    coverage = max(coverage, evidence(joined, terms).passage_share)
        names_found = all_named(self.index, query, named, [candidates[i] for i in order])
        if judgement.reason:
            # about a name only some articles hold ("Thanh Hà"): what those articles hold
            held = contexts if len(order) < len(candidates) else self.index.contexts()
            return Ranking(query, [], coverage, names_found, floor, reason=judgement.reason, nearest=hits_of(order),
                           holdings=holdings(judgement.reason, query, held))  # fmt: skip
        unnamed = self._office_unnamed(query, [(candidates[i], passages[i]) for i in answers[:KIND_CHECKS]])
        if unnamed or self._office_unheld(query, passages):
            return Ranking(query, [], coverage, names_found, floor, reason="missing_office", nearest=hits_of(answers), missing=unnamed)
        if self._on_another_day(query, [(candidates[i], passages[i]) for i in answers[:KIND_CHECKS]]):
            return Ranking(query, [], coverage, names_found, floor, reason="missing_date", nearest=hits_of(answers),
                           holdings=holdings("missing_date", query, contexts))
        if query.aspect and not any(mentions("\n".join([*sections[i], passages[i]]), *query.aspect) for i in answers[:KIND_CHECKS]):
            # "Hạn chế trong công tác dân vận … năm 2022 là gì?" of an article on that year
            # that names no limitation, under no heading that does: it does not say
            return Ranking(query, [], coverage, names_found, floor, reason="missing_aspect", nearest=hits_of(answers))
        typed = [i for i in answers[:KIND_CHECKS] if signals["kind"][i]]
        moved = None
        if query.asks and not typed:
            # The best sentences lack the asked kind: another sentence of a top passage
            # may hold it ("… tổ chức hội nghị. Đồng chí X chỉ đạo hội nghị."), and answer
            # with lower confidence when it also meets the question's constraints.
            facts = dict(zip(order, contexts))
            moved = self._sentence_of_the_asked_kind(query, terms, [(i, passages[i], found[i].others, facts.get(i)) for i in answers[:KIND_CHECKS]])
            if moved is not None:
                answer_with(*moved)
                typed = [moved[0]]
        # "Báo cáo số 45-BC/BDVTU ban hành ngày nào / do ai ký?" of that report: its own lines
        # answer (asked of the signer even when a passage names someone: the people a report
        # speaks of did not sign it; asked when it was issued even when a passage holds a
        # date: "Kết luận số 41-KL/TU ngày 16/3/2023" is another document's)
        read = (issue_line if query.asks == "date" and asks_when_issued(query.normalized, query.asks)
                else signature_block if query.asks == "person" and _SIGNED.search(query.normalized)
                else title_line if query.asks in (None, "definition") and asks_what_about(query.normalized)  # "… nói về gì?": its title
                else None)  # fmt: skip
        own_line = self._own_line(query, [candidates[i] for i in answers[:KIND_CHECKS]], terms, read) if read else None
        if own_line is not None:
            hits = self._page_fact_first(query, hits_of(answers), k, own_line)
            similarity = max((float(signals["meaning"][i]) for i in answers[:MEANING_CHECKS]), default=0.0)
            # its number or its kind names the report: no share of the question's words is asked of it
            return Ranking(query, hits, coverage, names_found, min(floor, coverage), confidence="high", similarity=similarity,
                           unseen=terms.unseen_share)
        pinned = pinned_to_a_report(query)
        top = [passages[i] for i in answers[:KIND_CHECKS]]
        # an event no top passage names is not dated by them, pinned or not ("Ngày thành lập …")
        unnamed_event = bool(query.event) and not any(mentions(passage, *query.event) for passage in top)
        if unnamed_event or (pinned and self._detail_unsaid(query, top)):
            typed = []
        if query.asks and not typed and (constrained(query) or query.office or unnamed_event) and (query.asks != "venue" or pinned):
            # "How many in Nam Định in 2021?" and no answer sentence holds a count: the
            # passages found are about something else (moving a typed sentence up instead
            # cost 3.5 points of R@1 on viquad_dev; only such refusals are kept).  Likewise
            # "Ai là Chủ tịch nước?" when no top sentence names who holds that office.
            return Ranking(query, [], coverage, names_found, floor, reason="no_answer_type", nearest=hits_of(answers))
        confident = not query.asks or (bool(typed) and typed[0] == answers[0] and moved is None)
        hits = hits_of(answers)
        similarity = max(float(signals["meaning"][i]) for i in answers[:MEANING_CHECKS])
        first_sentence = passages[answers[0]][slice(*found[answers[0]].sentence)]
        # "Thủ tục sang tên xe cần giấy tờ gì?": how something is done in general, which a
        # report answers only when it speaks of that procedure
        off_topic = (bool(query.procedure) and not (constrained(query) or query.specific)
                     and not mentions(passages[answers[0]], query.procedure))
        photo = self._photo_asked(query, [candidates[i] for i in answers[:MEANING_CHECKS]], terms, ranking.min_coverage) if query.page_fact == PHOTO else None
        if self.encoder is not None and not off_topic:
            # On topic by meaning and words together: a paraphrase shares few words but
            # means the same; a question on another topic may share words, not meaning.
            # Words the corpus never uses ("Napoleon" asked of reports on dân vận) count against.
            floor = 0.0
            relevance = similarity + ranking.relevance_coverage_weight * coverage - ranking.relevance_unseen_weight * terms.unseen_share
            # "Nguyễn Thị Thuỷ là ai?": short, so unlike any passage by meaning; a sentence
            # naming her with her office says who she is
            says_who = (bool(query.asks == "person" or ASKS_OFFICE.search(query.normalized))
                        and names_with_office(first_sentence, query.constraints.persons)
                        ) or (query.asks == "person" and names_the_name(passages[answers[0]], query.name))  # fmt: skip
            # "Bài về Thái Bình đăng ngày nào?": about a page, which a place or year names;
            # "ai chụp ảnh quang cảnh buổi họp?": about a photo, which its caption describes
            about_a_page = bool(query.page_fact) and constrained(query) and coverage >= ranking.min_coverage
            about_a_page = about_a_page or bool(photo and photo[2] >= ranking.min_coverage)
            # "Quy chế 05 của Hà Nam tên là gì?": a document the answers were checked to name
            names_the_document = bool(query.constraints.documents) and coverage >= ranking.min_coverage
            folded_relevance = similarity - ranking.folded_unseen_pairs_weight * terms.unseen_pair_share
            unrelated = relevance < ranking.min_relevance or (query.folded and folded_relevance < ranking.folded_min_relevance)
            off_topic = unrelated and not (says_who or about_a_page or names_the_document)
        if off_topic:
            return self._small_talk(query, question_vector) or Ranking(
                query, [], coverage, names_found, floor, reason="off_topic", nearest=hits, similarity=similarity,
                unseen=terms.unseen_share,
            )
        if query.asks == "definition" and not typed and not names_the_name(first_sentence, query.name):
            # "dân vận là gì?": on topic, but nothing says what it is ("Opération Turquoise
            # là gì?": a name, which the sentences naming it say)
            return Ranking(query, [], coverage, names_found, floor, reason="no_answer_type", nearest=hits, similarity=similarity,
                           unseen=terms.unseen_share)
        if query.page_fact:
            hits = self._page_fact_first(query, hits, k, photo[:2] if photo else None)
        return Ranking(query, hits, coverage, names_found, floor, confidence="high" if confident else "low", similarity=similarity,
                       unseen=terms.unseen_share)

    @staticmethod
    def _office_unheld(query: Query, passages: list[str]) -> bool:
        """Whether the question gives someone an office no passage naming them gives
        ("Đinh Thị Lụa, chủ tịch HĐND tỉnh" of reports calling her Phó Bí thư): the
        reports are not about that person in that office."""
        for person, office, _ in query.person_offices:
            naming = [p for p in passages if mentions(p, person)]
            if naming and not any(states_office(p, person, office) for p in naming):
                return True
        return False

    def _office_unnamed(self, query: Query, top: list[tuple[Posting, str]]) -> str:
        """An office the question speaks of someone by ("Thủ tướng dự hội nghị không?")
        that neither the top passages nor their articles name, as typed; "" when they
        all do.  "Chủ tịch UBND tỉnh" of an article naming only its "Phó Chủ tịch" is
        not named: quoting the deputy as the head would be a wrong answer."""
        # offices given someone are _office_unheld's; the one a "who is" question asks, the kind check's
        given = {office for _, office, _ in query.person_offices} | {query.office}
        for office, typed in query.offices:
            if office in given or any(names_office(passage, office) for _, passage in top):
                continue
            articles = (self.index.article(self.index.citation(p.segment, p.doc)[0]) for p, _ in top)
            if not any(a is not None and names_office(_opening(a, OFFICE_SCAN_CHARS), office) for a in articles):
                return typed
        return ""

    def _on_another_day(self, query: Query, top: list[tuple[Posting, str]]) -> bool:
        """Whether a day the question names ("hội nghị ngày 12/5/2021") is unsaid by every
        top passage, whose articles each open on another day of that month ("Sáng
        15/5/2021, Hội Nông dân tổ chức …"): they report that other day."""
        def opens_on_another_day(asked: DateRef, posting: Posting, passage: str) -> bool:
            if any(asked.same_day(day) for day in parse_cached(passage, Gazetteer.load()).dates):
                return False
            article = self.index.article(self.index.citation(posting.segment, posting.doc)[0])
            posted = published_day(article.date) if article else None
            if posted and asked.same_day(posted):
                return False  # "bài đăng ngày 9/7/2020": the day the page was posted
            lead = parse_cached(_opening(article, LEAD_CHARS), Gazetteer.load()).event_dates if article else ()
            in_month = [day for day in lead if asked.same_month(day)]
            return bool(in_month) and not any(asked.same_day(day) for day in in_month)

        return bool(top) and any(all(opens_on_another_day(asked, posting, passage) for posting, passage in top)
                                 for asked in query.constraints.dates)

    @staticmethod
    def _detail_unsaid(query: Query, passages: list[str]) -> bool:
        """Whether the top passages hold the asked kind but not the asked detail: no count
        of what "bao nhiêu X" counts ("How many delegates came?" of a passage counting
        models), no name of the amount asked ("Dân số … là bao nhiêu?" of a passage that
        never says "dân số" nor gives a number of its unit), no mention of the deed an "ai" question asks the doer of ("Who hosted
        the meeting?"), no day next to the document a "ban hành ngày nào" question names.
        Asked only of a question pinned to a place, body, period, document or person
        (:func:`pinned_to_a_report`): on viquad_dev, "kể từ năm 1952, … bao nhiêu phe"
        and "tháng 7 năm 1990 … tại đâu" have answers these checks do not recognise."""
        if query.attribute and not any(mentions(passage, query.attribute) or (query.measure and holds_measure(passage, query.measure))
                                       for passage in passages):
            return True
        if query.asks == "number" and query.counted and not query.page_fact:
            return not any(counts_the_thing(passage, query.counted, query.known_numbers, query.level) for passage in passages)
        if query.asks == "person" and len(query.deed) > 1:
            return not any(deed_share(passage, query.deed) for passage in passages)
        if query.constraints.documents and asks_when_issued(query.normalized, query.asks):
            return not any(dates_the_document(passage, query.constraints.documents) for passage in passages)
        return False

    @staticmethod
    def _sentence_of_the_deed(query: Query, terms: QueryTerms, passage: str, found: Evidence) -> Evidence:
        """"Ai chủ trì hội nghị?": when the best sentence does not say the deed ("Ngày
        11/7, … tổ chức hội nghị"), the passage's next best that says it and names
        someone ("Đồng chí …, Trưởng Ban … chủ trì hội nghị") answers instead."""
        if deed_share(passage[slice(*found.sentence)], query.deed):
            return found
        for span in found.others:
            sentence = passage[slice(*span)]
            if deed_share(sentence, query.deed) and holds_asked_kind(sentence, terms):
                others = tuple(s for s in (found.sentence, *found.others) if s != span)
                return dataclasses.replace(found, sentence=span, others=others)
        return found

    @staticmethod
    def _sentence_of_the_asked_kind(query: Query, terms, candidates) -> tuple[int, tuple[int, int]] | None:
        """The first candidate's sentence (after its best) that holds the asked kind and,
        for a constrained question, meets its constraints: (candidate, span), or None."""
        for i, passage, others, facts in candidates:
            for span in others:
                sentence = passage[slice(*span)]
                # a later sentence answers "bao nhiêu đại biểu" only when it counts đại biểu
                if not holds_asked_kind(sentence, terms) or (query.asks == "number" and not counts_the_thing(sentence, query.counted, query.known_numbers, query.level)):
                    continue
                if facts is None or sentence_verdict(query, sentence, passage, article_context(facts)).ok:
                    return i, span
        return None

    def _own_line(self, query: Query, top: list[Posting], terms: QueryTerms,
                  read: Callable[[Article], PageAnswer | None]) -> tuple[Hit, PageAnswer] | None:
        """A line of the report the question names, as ``read`` finds it in the article of
        one of the ``top`` passages, with a hit of it: the report whose own number
        ("45-BC/BDVTU") it names, or, when it names no document, the best passage's
        report when it names its kind ("Ai ký báo cáo tổng kết năm 2023 của …?")."""
        for n, posting in enumerate(top):
            article = self.index.article(self.index.citation(posting.segment, posting.doc)[0])
            if article is None:
                continue
            if query.constraints.documents:
                if not article.number or not set(parse_cached(article.number, Gazetteer.load()).documents) & set(query.constraints.documents):
                    continue
            elif n > 0 or not names_the_kind(query.normalized, article.title):
                return None
            line = read(article)
            return None if line is None else (self._hit(1, posting, line.text, posting.score, (0, len(line.text)), terms), line)
        return None

    def _sections_before_title(self, order: list[int], candidates: list[Posting], passages: list[str], found: list[Evidence],
                               sections: list[list[str]], headings: list[list[str]], terms: QueryTerms) -> list[int]:
        """``order`` with each line of a report outside its sections (its title, the
        preamble before "I.") after the first passage of a section of the same report
        that answers as well: its best sentence, under its headings, holds as much of the
        question, or nearly as much and something the line does not.  The title ("Kết quả
        công tác dân vận năm 2022, phương hướng, nhiệm vụ năm 2023") and the preamble
        hold the report's place, period and topic, so the words of any question on it; the
        lines under "II. HẠN CHẾ" say the *hạn chế*.  A document without sections keeps
        its order."""
        top = order[:TITLE_CHECKS]
        if not any(sections[i] for i in top):
            return order
        held = {i: words_held(passages[i][slice(*found[i].sentence)], terms, headings[i]) for i in top}
        article = {i: self.index.article_of(candidates[i].segment, candidates[i].doc) for i in top}

        def says_as_much(body: int, line: int) -> bool:
            share, framing = found[body].sentence_share, found[line].sentence_share
            return article[body] == article[line] and (
                share >= framing or (share >= FRAMING_SHARE * framing and bool(held[body] - held[line])))

        shown: list[int] = []
        waiting: list[int] = []  # lines held back for a passage further down
        for n, i in enumerate(top):
            if not sections[i] and any(says_as_much(j, i) for j in top[n + 1 :] if sections[j]):
                waiting.append(i)
                continue
            shown.append(i)
            if sections[i]:
                shown += [w for w in waiting if says_as_much(i, w)]
                waiting = [w for w in waiting if not says_as_much(i, w)]
        return shown + order[TITLE_CHECKS:]

    def _beyond_the_document_named(self, query: Query, order: list[int], candidates: list[Posting], passages: list[str],
                                   found: list[Evidence], headings: list[list[str]], terms: QueryTerms, final: np.ndarray) -> list[int]:
        """``order`` with the passages of each article among the first ones reordered by
        what they hold of the question beyond the words that name the article: the
        question's places and periods, and the article's title (a numbered or sectioned
        document's kind and issuer).  Every passage of an article shares its name, so
        only the rest tells them apart.

        A numbered or sectioned document's passages are ordered by that alone: "Tồn tại,
        hạn chế trong công tác dân vận quý III năm 2023 của huyện Khoái Châu" names the
        report and asks its *tồn tại, hạn chế*; the passages under "I. KẾT QUẢ … QUÝ III
        NĂM 2023" hold the first part, the one that answers the second.  An article's,
        by their score plus :data:`BEYOND_THE_NAME` times the share of the rest they hold:
        "ai phát biểu chào mừng hội nghị sơ kết cụm thi đua …" of an article titled by
        that meeting.  Each article keeps the places it has in the order: only which of
        its passages comes first changes."""
        top = order[:TITLE_CHECKS]
        members: dict[tuple[int, int], list[int]] = {}
        for i in top:
            members.setdefault(self.index.article_of(candidates[i].segment, candidates[i].doc), []).append(i)
        groups = [held_by for held_by in members.values() if len(held_by) > 1]
        if not groups:
            return order
        # a place as typed and its level spelled out ("tp hưng yên": "thành phố" too)
        said_places = [*query.constraints.places, *(query.normalized[m.start : m.end] for m in query.constraints.place_mentions),
                       *(m.level for m in query.constraints.place_mentions if m.level)]
        places = {fold_accents(w) for place in said_places for w in syllables(place.lower())}
        naming = {w for w in terms.unigrams if w in FUNCTION_WORDS or w in FOLDED_FUNCTION_WORDS or fold_accents(w) in places
                  or fold_accents(w) in _PERIOD_WORDS or w.isdigit() or _ROMAN.fullmatch(w)}
        shown = list(top)
        for held_by in groups:
            _, title, _, source, _, _ = self.index.citation(candidates[held_by[0]].segment, candidates[held_by[0]].doc)
            sectioned = bool(headings[held_by[0]])  # its title is long and says what its sections say
            named = naming | words_held("\n".join([*document_naming(title, source), *([] if sectioned else [title])]), terms)

            def weight_beyond(words: Iterable[str], pairs: Iterable[str]) -> float:
                """The idf weight of ``words`` and ``pairs`` that do not name the article."""
                return (sum(terms.unigrams[w] for w in words if w not in named)
                        + sum(terms.bigrams[p] for p in pairs if not set(p.split()) <= named))

            rest = weight_beyond(terms.unigrams, terms.bigrams)
            if rest <= 0:
                continue

            def beyond(i: int) -> float:
                said = weight_beyond(*terms_held(passages[i][slice(*found[i].sentence)], terms, headings[i]))
                return said if sectioned else float(final[i]) + BEYOND_THE_NAME * said / rest

            said = {i: beyond(i) for i in held_by}
            slots = [n for n, i in enumerate(top) if i in said]
            for n, i in zip(slots, sorted(held_by, key=lambda i: -said[i])):  # stable: ties keep their order
                shown[n] = i
        return shown + order[TITLE_CHECKS:]

    def _headings(self, posting: Posting, location: str | None, number: str | None) -> list[str]:
        """What a passage is said under (its document's kind and issuer and its section's
        headings, :func:`passage_headings`), as the index analysed it."""
        _, title, _, source, _, _ = self.index.citation(posting.segment, posting.doc)
        return passage_headings(location, title, source, number)

    def _in_header(self, posting: Posting) -> bool:
        """Whether a passage is a line of its document's header block ("Số: 45-BC/BDVTU")."""
        location = self.index.location(posting.segment, posting.doc)[0] or ""
        return location.endswith(HEADER_LOCATION)

    def _page_fact_first(self, query: Query, hits: list[Hit], k: int, answer: tuple[Hit, PageAnswer] | None = None) -> list[Hit]:
        """The page's own line for a page fact ("Lượt xem: 591", its title, the caption
        of the photo asked about) as the first hit, when its page shows one: the best
        article's, or ``answer`` (a hit and its page's line, or a report's own line: its
        date of issue, its signature, its title); else the hits as they are (their citation still
        gives the article's date and source)."""
        if answer is None:
            article = self.index.article(hits[0].article_id)
            line = page_answer(article, query.page_fact, query.normalized, self.config.corpus.min_paragraph_words) if article and query.page_fact else None
            answer = (hits[0], line) if line else None
        if answer is None:
            return hits
        hit, line = answer
        first = hit._replace(rank=1, score=hits[0].score, paragraph=line.paragraph, text=line.text, highlights=(), answer_span=(0, len(line.text)),
                             location=line.location)
        return [first, *(h._replace(rank=h.rank + 1) for h in hits[: k - 1])]

    def _photo_asked(self, query: Query, top: list[Posting], terms: QueryTerms, floor: float) -> tuple[Hit, PageAnswer, float] | None:
        """The caption a question about a photo describes: (a hit of its article, the
        caption, the share of the question it holds).  The best article's, unless it
        holds less than ``floor`` of the question and a lower passage's article has one
        that does: captions are not indexed, so the passages found may hold little of
        "ai chụp ảnh quang cảnh buổi họp".  None when no such article has a caption."""
        found: list[tuple[Posting, PageAnswer, float]] = []
        seen: set[str] = set()
        for posting in top:
            article_id = self.index.citation(posting.segment, posting.doc)[0]
            article = None if article_id in seen else self.index.article(article_id)
            seen.add(article_id)
            caption = page_answer(article, PHOTO, query.normalized, self.config.corpus.min_paragraph_words) if article else None
            if caption:
                found.append((posting, caption, evidence(caption.text, terms).passage_share))
        held = [f for f in found if f[2] >= floor]
        chosen = held[0] if held else (found[0] if found and found[0][0] is top[0] else None)
        if chosen is None:
            return None
        posting, caption, share = chosen
        return self._hit(1, posting, caption.text, posting.score, (0, len(caption.text)), terms), caption, share

    def _hit(self, rank: int, posting: Posting, text: str, score: float, answer: tuple[int, int], terms) -> Hit:
        article_id, title, date, source, url, paragraph = self.index.citation(posting.segment, posting.doc)
        location, number = self.index.location(posting.segment, posting.doc)
        return Hit(
            rank=rank, score=round(score, 6), article_id=article_id, title=title, date=date, source=source, url=url,
            paragraph=paragraph, text=text, highlights=highlight_spans(text, terms, self.index.n_docs), answer_span=answer,
            location=location, number=number,
        )  # fmt: skip

    def _question_vector(self, query: Query, passages: list[str]) -> np.ndarray | None:
        """The question's meaning vector (None without vectors).  The model does not
        read Vietnamese without diacritics: such a question is given the marks its
        syllables carry in the candidate passages first."""
        if self.encoder is None or not self.index.has_vectors:
            return None
        text = restore_diacritics(query.normalized, passages, QUESTION_PHRASES) if query.folded else query.normalized
        return self.encoder.question(text)

    def _small_talk(self, query: Query, vector: np.ndarray | None = None) -> Ranking | None:
        """A message the corpus does not answer, read as small talk when it names the bot
        ("10 điểm cho bot": the bot's introduction), is small talk in part and asks
        nothing in the rest ("nhanh ghê, hơn hẳn tự đọc báo cáo"), or is short and means
        what one of the small-talk phrases means ("chúc bot một ngày vui")."""
        if names_the_bot(query.text):
            return Ranking(dataclasses.replace(query, intent="identity"), [], reason="small_talk")
        in_part = small_talk_in_part(query.text)  # "ok để t ghi lại": small talk, and the rest asks nothing
        if in_part:
            return Ranking(dataclasses.replace(query, intent=in_part), [], reason="small_talk")
        matcher = self._small_talk_matcher()
        if matcher is None or self.encoder is None or not SmallTalkByMeaning.applies(query.normalized):
            return None
        intent = matcher.intent(vector if vector is not None else self.encoder.question(query.normalized))
        return Ranking(dataclasses.replace(query, intent=intent), [], reason="small_talk") if intent else None

    def _small_talk_matcher(self) -> SmallTalkByMeaning | None:
        encoder = self.encoder
        if encoder is None or not self.config.ranking.small_talk_similarity:
            return None
        if self._small_talk_meaning is None:
            cache = VectorCache(self.config.resolve(self.config.index.vector_cache), model_name())
            self._small_talk_meaning = SmallTalkByMeaning(lambda texts: cache.vectors(texts, encoder), self.config.ranking.small_talk_similarity)
        return self._small_talk_meaning

    def article(self, article_id: str) -> Article | None:
        return self.index.article(article_id)

    def example_question(self, candidates: Sequence[str]) -> str:
        """A question to show in greetings and help that this corpus answers: the first
        of ``candidates`` it answers, else its newest article's title (a corpus about
        Khánh Hòa is not offered a question about Hà Nam).  Remembered until the index changes."""
        state = (id(self.index.segments), self.index.n_docs, tuple(candidates))
        if self._example is None or self._example[0] != state:
            example = next((c for c in candidates if self.search(c, 1)), None)
            if example is None:
                newest = max(self.index.live_articles(), key=lambda a: (a.date or "", a.id), default=None)
                example = newest.title if newest else (candidates[0] if candidates else "")
            self._example = (state, example)
        return self._example[1]

    def articles(self) -> list[Article]:
        return sorted(self.index.live_articles(), key=lambda a: a.id)

    def stats(self) -> dict[str, int | bool]:
        """Sizes a front end may show: articles, passages, segments, meaning vectors."""
        return {
            "articles": len(self.index.locations),
            "passages": self.index.n_docs,
            "segments": len(self.index.segments),
            "meaning": self.encoder is not None,
        }
