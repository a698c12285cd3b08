"""Stage 3: the on-disk index: immutable segments, BM25 over postings, compiled top-k."""
