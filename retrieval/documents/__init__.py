"""Stage 1: corpus files -> articles (clean paragraphs + metadata) -> passages."""
