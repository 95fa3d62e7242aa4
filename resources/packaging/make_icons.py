"""Draw the platform icons from the one source drawing, resources/icons/riskapp.svg.

    .venv/bin/python resources/packaging/make_icons.py

Writes resources/packaging/icons/: riskapp-<N>.png (N = 16 ... 512, the Linux hicolor
theme sizes), riskapp.ico (Windows: 16 ... 256 in one file) and riskapp.icns (macOS:
32 ... 1024). Each size is rendered from the SVG (QtSvg), not scaled from another bitmap,
so small sizes stay sharp. The outputs are committed; run this again after changing the
SVG. Needs Pillow (the `bundle` extra) to write .ico/.icns. The app itself keeps using the
SVG at run time (window icon).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "riskapp.svg"
OUT = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at size x size pixels, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    images = {size: render(renderer, size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    for size in PNG_SIZES:
        images[size].save(OUT / f"riskapp-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        OUT / "riskapp.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        OUT / "riskapp.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    del app
    print(f"wrote {len(PNG_SIZES)} PNGs, riskapp.ico and riskapp.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
