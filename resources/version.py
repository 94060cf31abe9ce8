"""The Windows version resource of pitstop.exe (Explorer's Properties → Details), made from
``pitstop_desktop.__version__`` so the package, the executable and the installer never disagree.

installer/pitstop.spec writes it at build time into PyInstaller's text form (``VSVersionInfo(...)``, what
``pyi-grab_version`` prints and ``EXE(version=FILE)`` reads); PyInstaller's own classes for it import ``pefile``,
which exists only on Windows, so the text is written here by hand. By hand too::

    python resources/version.py build/file_version_info.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRODUCT = "Pit Stop Desktop"
COMPANY = "Pit Stop"
DESCRIPTION = "Pit Stop Desktop: a Agenda do help desk"
EXECUTABLE = "pitstop"
LANGUAGE, CODEPAGE = 0x0416, 1200  # Portuguese (Brazil), Unicode: the program's own language


def package_version() -> str:
    """``__version__`` read from the source without importing the package (the build may run another Python)."""
    text = (ROOT / "pitstop_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if found is None:
        raise SystemExit("pitstop_desktop/__init__.py has no __version__")
    return found.group(1)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers: "0.2.0" → (0, 2, 0, 0); a suffix ("1.0.0rc1", "1.2.dev3") is dropped."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(min(int(digits.group()), 0xFFFF))
        if digits.end() != len(part):  # "0rc1": the number, then the suffix ends the version
            break
    if not numbers:
        raise ValueError(f"not a version: {version!r}")
    padded = (*numbers, 0, 0, 0, 0)
    return padded[0], padded[1], padded[2], padded[3]


def version_text(version: str) -> str:
    """The resource in PyInstaller's text form."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": EXECUTABLE,
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "# UTF-8\n"
        "# Written by resources/version.py from pitstop_desktop.__version__; do not edit.\n"
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers},\n"
        f"    prodvers={numbers},\n"
        "    mask=0x3f,\n"
        "    flags=0x0,\n"
        "    OS=0x40004,\n"  # Windows NT, 32-bit Windows API
        "    fileType=0x1,\n"  # an application
        "    subtype=0x0,\n"
        "    date=(0, 0)\n"
        "  ),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        f"      StringTable('{LANGUAGE:04X}{CODEPAGE:04X}', [\n"
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        f"    VarFileInfo([VarStruct('Translation', [{LANGUAGE:#06x}, {CODEPAGE}])])\n"
        "  ]\n"
        ")\n"
    )


def write_version_file(path: Path, version: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_text(version or package_version()), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python resources/version.py OUTPUT_FILE")
    print(write_version_file(Path(sys.argv[1])))
