"""`python -m pitstop_desktop` is the same as the `pitstop` command."""

import sys

from pitstop_desktop.cli import main

sys.exit(main())
