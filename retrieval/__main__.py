"""``python -m retrieval`` is the ``danvan`` command."""

import sys

from retrieval.cli import main

sys.exit(main())
