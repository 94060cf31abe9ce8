"""Draw the files the Windows executable and its installer need into resources/ (committed; run again after
changing the icon in pitstop_desktop/views/icon.py)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_resources.py [OUT_DIR]

- ``pitstop.ico``: the application icon at 16, 24, 32, 48, 64, 128 and 256 pixels (PyInstaller puts it into
  pitstop.exe; the installer and its shortcuts use it too). Sizes below 256 are 32-bit bitmaps with an alpha
  channel and their AND mask, 256 is PNG-compressed: the layout Windows' own icons use, which every resource
  compiler and NSIS read. Qt's ICO writer stores one image per file, so the file is written here.
- ``icons/pitstop-<size>.png``: the same pictures as PNG.
- ``installer/welcome.bmp`` (164×314) and ``installer/header.bmp`` (150×57): the NSIS Modern UI's welcome-page
  side picture and page header, 24-bit BMP as NSIS wants them.

Everything is drawn with Qt from :func:`pitstop_desktop.views.icon.render_icon`, so the running program, the
executable and the installer show one icon. Same Qt and fonts, same bytes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed copy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter  # noqa: E402

from pitstop_desktop.views.icon import BLUE, ICON_SIZES, render_icon  # noqa: E402

WELCOME_SIZE = (164, 314)  # MUI_WELCOMEFINISHPAGE_BITMAP
HEADER_SIZE = (150, 57)  # MUI_HEADERIMAGE_BITMAP
PNG_FROM = 256  # entries this big are stored as PNG inside the .ico


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as an .ico entry holds it: the header says twice the height (the
    colour rows, then the AND mask), rows bottom-up, the mask 1 where the pixel is fully transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory: B, G, R, A
    width, height = image.width(), image.height()
    raw = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = [raw[y * stride:y * stride + width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image (0 stands for 256 in the width and height bytes), then the images."""
    bodies = [png_bytes(i) if i.width() >= PNG_FROM else dib_bytes(i) for i in images]
    offset = 6 + 16 * len(images)
    entries = []
    for image, body in zip(images, bodies, strict=True):
        side = image.width() if image.width() < 256 else 0
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(body), offset))
        offset += len(body)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(bodies)


def _title_font(pixels: int) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(pixels)
    return font


def welcome_bitmap() -> QImage:
    """The welcome and finish pages' left picture: the icon on the desk's blue, the name under it."""
    width, height = WELCOME_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    gradient = QLinearGradient(0, 0, 0, height)
    gradient.setColorAt(0.0, QColor(BLUE))
    gradient.setColorAt(1.0, QColor("#0b3d91"))
    painter.fillRect(0, 0, width, height, gradient)
    side = 96
    ring = QRectF((width - side) / 2 - 6, 58 - 6, side + 12, side + 12)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(ring)  # the blue icon stands out on the blue page
    painter.drawImage(QRectF((width - side) / 2, 58, side, side), render_icon(256))
    painter.setPen(QColor("white"))
    painter.setFont(_title_font(24))
    painter.drawText(QRectF(0, 180, width, 34), Qt.AlignmentFlag.AlignCenter, "Pit Stop")
    painter.setFont(_title_font(15))
    painter.drawText(QRectF(0, 212, width, 24), Qt.AlignmentFlag.AlignCenter, "Agenda")
    painter.end()
    return image


def header_bitmap() -> QImage:
    """The pages' header picture (top right of every page but the welcome and finish ones): white, as the header
    band is, with the icon and the name."""
    width, height = HEADER_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    side = 44
    painter.drawImage(QRectF(width - side - 6, (height - side) / 2, side, side), render_icon(256))
    painter.setPen(QColor(BLUE))
    painter.setFont(_title_font(17))
    painter.drawText(QRectF(4, 0, width - side - 14, height),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "Pit Stop")
    painter.end()
    return image


def bmp_bytes(image: QImage) -> bytes:
    """24-bit BMP (Qt writes 24 bits per pixel for an RGB888 image), checked rather than trusted."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "BMP")
    buffer.close()
    body = bytes(data.data())
    bits = struct.unpack_from("<H", body, 28)[0]
    if body[:2] != b"BM" or bits != 24:
        raise SystemExit(f"Qt wrote a {bits}-bit BMP; NSIS needs 24 bits")
    return body


def make_resources(out: Path) -> list[Path]:
    """Write every file into ``out`` (resources/ by default); returns their paths."""
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    images = [render_icon(size) for size in ICON_SIZES]
    write(out / "pitstop.ico", ico_bytes(images))
    for size, image in zip(ICON_SIZES, images, strict=True):
        write(out / "icons" / f"pitstop-{size}.png", png_bytes(image))
    write(out / "installer" / "welcome.bmp", bmp_bytes(welcome_bitmap()))
    write(out / "installer" / "header.bmp", bmp_bytes(header_bitmap()))
    del app
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources"
    for path in make_resources(out):
        print(f"{path.relative_to(out.parent) if path.is_relative_to(out.parent) else path} "
              f"({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
