"""danvan's retriever: Vietnamese passages ranked with BM25 behind one ``Searcher``.

The flow, one stage per sub-package: ``documents`` (files -> articles -> passages),
``analysis`` (token views, sentence masks, meaning vectors), ``index`` (segments,
BM25, compiled top-k), ``ranking`` (the parsed question, evidence, fusion).  The
:class:`Indexer` builds and refreshes an index; the :class:`Searcher` answers from it.
"""

from retrieval.config import Config, ConfigError, load_config
from retrieval.documents.readers import CorpusError
from retrieval.indexer import Indexer, RefreshReport
from retrieval.records import Article, Hit
from retrieval.searcher import Ranking, Searcher

__all__ = ["Article", "Config", "ConfigError", "CorpusError", "Hit", "Indexer", "Ranking", "RefreshReport", "Searcher", "load_config"]
