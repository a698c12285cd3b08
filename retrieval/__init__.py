"""danvan's retriever: Vietnamese passages ranked with BM25 behind one ``Searcher``."""

from retrieval.config import Config, ConfigError, load_config
from retrieval.documents.readers import CorpusError
from retrieval.searcher import RefreshReport, Searcher
from retrieval.records import Article, Hit

__all__ = ["Article", "Config", "ConfigError", "CorpusError", "Hit", "RefreshReport", "Searcher", "load_config"]
