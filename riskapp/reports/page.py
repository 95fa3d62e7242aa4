"""Shared A4 page setup for riskapp's PDFs: paragraph styles, a document template, and
"page X of Y" numbering with an optional header line on every page.

Documents (``safety_plan.py``, ``summary.py``) build a list of flowables from these styles
and call ``render``; this module knows nothing about plans or assessments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate

from riskapp.reports.fonts import register_fonts

PAGE_SIZE = A4
MARGIN = 20 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle


def make_styles(scale: float = 1.0) -> Styles:
    """Paragraph styles in DejaVu Sans; ``scale`` enlarges everything (the client's plan
    uses larger type than the case-file summary so it can be read in a hurry)."""
    fonts = register_fonts()

    def style(name: str, font: str, size: float, lead: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name, fontName=font, fontSize=size * scale, leading=lead * scale, **kw
        )

    return Styles(
        title=style("title", fonts.bold, 22, 27, spaceAfter=2 * mm),
        subtitle=style("subtitle", fonts.regular, 11, 15, textColor=MUTED, spaceAfter=5 * mm),
        heading=style(
            "heading", fonts.bold, 13.5, 18, spaceBefore=5 * mm, spaceAfter=1.5 * mm, keepWithNext=1
        ),
        body=style("body", fonts.regular, 10.5, 14.5, spaceAfter=1.5 * mm),
        item=style(
            "item",
            fonts.regular,
            10.5,
            14.5,
            leftIndent=7 * mm,
            firstLineIndent=-5 * mm,
            spaceAfter=1.2 * mm,
        ),
        label=style("label", fonts.bold, 10.5, 14.5, keepWithNext=1),
        small=style("small", fonts.regular, 8.5, 11, textColor=MUTED),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells use DejaVu: reportlab's table default is Helvetica, which
    would otherwise be named (not embedded) in the page resources."""
    fonts = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Defers each page until the end so the footer can say "page X of Y"."""

    page_label: Callable[[int, int], str] = staticmethod(lambda n, total: "")
    header_text: str = ""
    footer_left: str = ""
    font_name: str = "DejaVuSans"
    header_font: str = "DejaVuSans-Bold"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this every page's resources also name Helvetica (reportlab's initial
        # font), a font that is not embedded.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = self.font_name
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab override)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = PAGE_SIZE
        self.saveState()
        self.setFillColor(MUTED)
        if self.header_text:
            self.setFillColor(INK)
            self.setFont(self.header_font, 9)
            self.drawRightString(width - MARGIN, height - 12 * mm, self.header_text)
            self.setFillColor(MUTED)
        self.setFont(self.font_name, 8.5)
        label = self.page_label(number, total)
        if label:
            self.drawRightString(width - MARGIN, 10 * mm, label)
        if self.footer_left:
            self.drawString(MARGIN, 10 * mm, self.footer_left)
        self.restoreState()


def render(
    story: Sequence[Flowable],
    *,
    metadata: dict[str, str],
    page_label: Callable[[int, int], str] | None = None,
    header_text: str = "",
    footer_left: str = "",
) -> bytes:
    """Lay ``story`` out on A4 pages in memory and return the PDF bytes.

    ``page_label(number, total)`` gives the footer text of each page (None: no footer);
    ``header_text`` is drawn at the top and ``footer_left`` at the bottom left of every
    page. ``metadata`` (title, author, subject, creator, producer, keywords) is passed to
    reportlab; callers normally replace it
    afterwards with ``pdf_security.finalise_pdf`` to control every metadata byte.
    """
    fonts = register_fonts()
    buffer = BytesIO()
    top = MARGIN + (6 * mm if header_text else 0)
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=MARGIN,
        title=metadata.get("Title", ""),
        author=metadata.get("Author", ""),
        subject=metadata.get("Subject", ""),
        creator=metadata.get("Creator", ""),
        producer=metadata.get("Producer", ""),
        keywords=metadata.get("Keywords", ""),
        # Fixed dates and ids: the same input gives the same bytes, and no timestamp is
        # written that could date the visit (the printed text carries the date).
        invariant=1,
        initialFontName=fonts.regular,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        PAGE_SIZE[0] - 2 * MARGIN,
        PAGE_SIZE[1] - top - MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    label = page_label or (lambda number, total: "")
    canvas_class = type(
        "DocCanvas",
        (_NumberedCanvas,),
        {
            "page_label": staticmethod(label),
            "header_text": header_text,
            "footer_left": footer_left,
            "font_name": fonts.regular,
            "header_font": fonts.bold,
        },
    )
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue()
