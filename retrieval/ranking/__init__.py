"""Stage 4: a question -> ranked, checked hits: the parsed query, evidence, meaning, fusion."""
