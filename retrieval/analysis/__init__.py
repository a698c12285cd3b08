"""Stage 2: text -> what the index stores: token views, sentence masks, meaning vectors."""
