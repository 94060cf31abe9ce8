"""resources/: the icon and the installer's pictures that tools/make_resources.py draws (committed, at the paths
installer/pitstop.spec and installer/pitstop.nsi name), and the Windows version resource of resources/version.py."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import pitstop_desktop
from pitstop_desktop.views.icon import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_pitstop_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ico_entries(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, bits per pixel, image bytes) of each entry of an .ico file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        width, _height, _colours, _r, _planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        entries.append((width or 256, bits, data[offset:offset + size]))
    return entries


def bmp_shape(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:2] == b"BM"
    width, height = struct.unpack_from("<ii", data, 18)
    (bits,) = struct.unpack_from("<H", data, 28)
    return width, abs(height), bits


def check_resources(folder: Path) -> None:
    entries = ico_entries((folder / "pitstop.ico").read_bytes())
    assert [width for width, _, _ in entries] == list(ICON_SIZES)
    for width, bits, body in entries:
        assert bits == 32
        if width == 256:
            assert body[:8] == b"\x89PNG\r\n\x1a\n"
        else:  # a 32-bit DIB: its header says twice the height (colours, then the AND mask)
            size, dib_width, dib_height, _planes, dib_bits = struct.unpack_from("<IiiHH", body, 0)
            assert (size, dib_width, dib_height, dib_bits) == (40, width, 2 * width, 32)
            assert len(body) == 40 + width * width * 4 + ((width + 31) // 32) * 4 * width
    for size in ICON_SIZES:
        assert (folder / "icons" / f"pitstop-{size}.png").read_bytes()[:4] == b"\x89PNG"
    assert bmp_shape(folder / "installer" / "welcome.bmp") == (164, 314, 24)
    assert bmp_shape(folder / "installer" / "header.bmp") == (150, 57, 24)


def test_committed_resources_are_what_the_installer_needs() -> None:
    check_resources(RESOURCES)


def test_the_script_draws_them_and_qt_reads_the_icon_back(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImageReader

    from pitstop_desktop.views.icon import BLUE

    make = _load(ROOT / "tools" / "make_resources.py")
    written = make.make_resources(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in written} == {
        "pitstop.ico", "installer/welcome.bmp", "installer/header.bmp",
        *(f"icons/pitstop-{size}.png" for size in ICON_SIZES)}
    check_resources(tmp_path)
    reader = QImageReader(str(tmp_path / "pitstop.ico"))
    assert reader.imageCount() == len(ICON_SIZES)
    for index, size in enumerate(ICON_SIZES):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # the corner, outside the disc, is transparent
        assert image.pixelColor(size // 2, size // 8).name() == QColor(BLUE).name()


@pytest.fixture(scope="module")
def version() -> ModuleType:
    return _load(RESOURCES / "version.py")


@pytest.mark.parametrize(("text", "numbers"), [("0.2.0", (0, 2, 0, 0)), ("1.10", (1, 10, 0, 0)),
                                               ("1.0.0rc1", (1, 0, 0, 0)), ("2.3.dev4", (2, 3, 0, 0)),
                                               ("1.2.3.4.5", (1, 2, 3, 4))])
def test_windows_version_numbers(version: ModuleType, text: str, numbers: tuple[int, ...]) -> None:
    assert version.version_numbers(text) == numbers


def test_the_version_resource_says_the_package_version(version: ModuleType, tmp_path: Path) -> None:
    """The text PyInstaller evaluates (with its own classes, Windows only): evaluated here with stand-ins."""
    assert version.package_version() == pitstop_desktop.__version__
    path = version.write_version_file(tmp_path / "file_version_info.txt")

    def record(kind: str) -> Any:
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    info = eval(path.read_text(encoding="utf-8"), {name: record(name) for name in names})
    fixed = info[2]["ffi"][2]
    numbers = version.version_numbers(pitstop_desktop.__version__)
    assert fixed["filevers"] == fixed["prodvers"] == numbers
    table = info[2]["kids"][0][1][0][0]
    strings = {entry[1][0]: entry[1][1] for entry in table[1][1]}
    assert strings["ProductVersion"] == strings["FileVersion"] == pitstop_desktop.__version__
    assert strings["OriginalFilename"] == "pitstop.exe"
