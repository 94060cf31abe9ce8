"""Byte-compile the package before a benchmark times new processes.

A user's copy runs from bytecode: the installer's bundle carries it (PyInstaller), and Python writes it beside the
sources on a first run. This machine sets ``PYTHONDONTWRITEBYTECODE``, so without this step every process a
benchmark starts would compile our ~200 modules from source again (0.1-0.4 s of a cold start here), a cost no
user pays, while the libraries on both sides (PySide6, SQLAlchemy) come with their bytecode from pip. Python reads
existing bytecode whatever that setting says, and recompiles a module whose source changed since.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

import pitstop_desktop

PACKAGE = Path(pitstop_desktop.__file__).resolve().parent
HERE = Path(__file__).resolve().parent


def compile_package() -> None:
    """Write the bytecode of the package and of the benchmarks' helpers (both sides import those); says so."""
    ok = compileall.compile_dir(PACKAGE, quiet=1) and compileall.compile_dir(HERE, quiet=1, maxlevels=0)
    setting = os.environ.get("PYTHONDONTWRITEBYTECODE")
    note = f"PYTHONDONTWRITEBYTECODE={setting} here" if setting else "as Python would on a first run"
    print(f"bytecode: {PACKAGE.name} and the benchmarks' helpers compiled ({note})"
          + ("" if ok else "; some files failed to compile, so those are compiled in every process"), flush=True)
