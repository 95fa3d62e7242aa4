"""The DejaVu fonts every riskapp PDF embeds, registered with reportlab once per process.

reportlab's built-in Helvetica is not embedded and covers only Latin-1 through the
printer's own font, so å ä ö and names such as "Łukasz" or "Đorđe" could print as boxes.
We ship DejaVu Sans (regular, bold, oblique; licence in ``resources/fonts``) and register
it as TrueType, which makes reportlab embed a subset (``FontFile2``) in each document.

What does not live here: page layout (``page.py``) and the documents themselves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from riskapp.paths import resources_dir
from riskapp.reports.errors import ReportError

#: reportlab font names (also the base names that appear, subset-prefixed, in the PDF).
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontSet:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC


def fonts_dir() -> Path:
    """Where the shipped TrueType files are."""
    return resources_dir() / "fonts"


def register_fonts() -> FontSet:
    """Register DejaVu Sans with reportlab (idempotent, thread-safe) and return the names.

    Raises ReportError (code ``report_fonts_missing``) when a font file is not installed,
    rather than silently falling back to a non-embedded font.
    """
    global _registered
    with _lock:
        if not _registered:
            directory = fonts_dir()
            for name, file_name in _FILES.items():
                path = directory / file_name
                if not path.is_file():
                    raise ReportError(
                        f"font file missing: {file_name}",
                        code="report_fonts_missing",
                        file=file_name,
                    )
                pdfmetrics.registerFont(TTFont(name, str(path)))
            # <b>/<i> inside Paragraph markup map to our faces, not to Helvetica.
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return FontSet()
