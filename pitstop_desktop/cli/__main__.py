"""`python -m pitstop_desktop.cli`."""

import sys

from pitstop_desktop.cli import main

sys.exit(main())
