"""danvan's Telegram bot: quotes the best paragraph and its source for each question.

Start it with ``danvan bot`` (or ``python -m bot``); the token comes from the
environment variable named by ``telegram.token_env`` in ``config.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bot [--config F] [--corpus D] [--index-dir D]``: same as ``danvan bot``."""
    import sys

    from retrieval.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    return cli_main([*args, "bot"])


__all__ = ["main"]
