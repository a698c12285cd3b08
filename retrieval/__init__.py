"""danvan's retriever: Vietnamese passages ranked with BM25 behind one ``Searcher``."""

from .config import Config, ConfigError, load_config
from .corpus import CorpusError
from .searcher import RefreshReport, Searcher
from .types import Article, Hit

__all__ = ["Article", "Config", "ConfigError", "CorpusError", "Hit", "RefreshReport", "Searcher", "load_config"]
