#!/usr/bin/env bash
# Build the Linux bundle and prove it works (CI on Linux; the Windows workflow does the same with pitstop.exe):
# PyInstaller (installer/pitstop.spec) into $DIST/pitstop, then `pitstop --self-test` offscreen, then the
# bundle's size and file count. Exits non-zero when the build or any self-test check fails.
#
#   bash installer/build_linux.sh            # dist/pitstop, PyInstaller's work files in build/pyinstaller
#   PYTHON=/path/to/python DIST=/tmp/out bash installer/build_linux.sh
#
# PyInstaller (the `build` extra of pyproject.toml) is installed into $PYTHON's environment when missing. The work
# folder is kept between runs: PyInstaller then skips the analysis when nothing changed, and caches the binaries'
# dependency scan, so a second build takes a fraction of the first.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "installing the build tools (pyproject.toml [project.optional-dependencies] build)"
  mapfile -t requirements < <("$PYTHON" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["build"]))')
  "$PYTHON" -m pip install --quiet "${requirements[@]}"
fi

SECONDS=0
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" installer/pitstop.spec
echo "bundle built in ${SECONDS} s: $DIST/pitstop"

QT_QPA_PLATFORM=offscreen "$DIST/pitstop/pitstop" --self-test

echo "bundle size: $(du -sh "$DIST/pitstop" | cut -f1), $(find "$DIST/pitstop" -type f | wc -l) files"
