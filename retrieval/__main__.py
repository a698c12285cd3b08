"""``python -m retrieval`` is the ``danvan`` command."""

import sys

from .cli import main

sys.exit(main())
