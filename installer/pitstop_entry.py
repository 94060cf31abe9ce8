"""What the frozen ``pitstop`` executable runs (installer/pitstop.spec): see pitstop_desktop/frozen.py."""

import sys

from pitstop_desktop.frozen import run

sys.exit(run())
