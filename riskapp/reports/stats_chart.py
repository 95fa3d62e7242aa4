"""The statistics PDF's bar chart: one table's column totals, drawn as plain rectangles.

reportlab's chart widgets (``VerticalBarChart``) build and validate a tree of helper
objects per chart; a year's PDF has dozens of charts and spent about half its time there.
This draws the same picture directly: a value axis with ticks, one bar per column (a
hidden total draws no bar), the column labels below (angled when there are many), and
the note under the chart.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from riskapp.domain.stats.table import PublishedTable, Suppressed
from riskapp.reports import stats_labels as words
from riskapp.reports.fonts import register_fonts

SERIES = colors.HexColor("#3b6ea5")
_NOTE = colors.HexColor("#555555")
_TICKS = 5


def _step(top: int) -> int:
    """A round tick step so that about ``_TICKS`` ticks cover 0..top."""
    raw = max(1, -(-top // _TICKS))
    for nice in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if nice >= raw:
            return nice
    return raw


def bar_chart(table: PublishedTable, language: str, width: float) -> Drawing | None:
    """Column totals as bars (over periods too: a line would be drawn across hidden
    periods and suggest values); None when there is nothing to draw."""
    values: list[int | None] = [
        None if isinstance(v, Suppressed) else v for v in table.column_totals
    ]
    if not any(values):
        return None
    fonts = register_fonts()
    height = 55 * mm
    drawing = Drawing(width, height)
    # The renderer's starting font is Helvetica (not embedded) unless the drawing says so.
    drawing.initialFontName = fonts.regular
    drawing.initialFontSize = 7
    many = len(values) > 6
    x0, y0 = 12 * mm, (22 if many else 14) * mm
    plot_w, plot_h = width - 16 * mm, height - (28 if many else 20) * mm
    top = max(v for v in values if v is not None)
    step = _step(max(5, int(top * 1.15) + 1))
    value_max = step * -(-max(5, int(top * 1.15) + 1) // step)
    scale = plot_h / value_max
    axis = colors.black
    drawing.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=axis, strokeWidth=0.5))
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=axis, strokeWidth=0.5))
    for tick in range(0, value_max + 1, step):
        y = y0 + tick * scale
        drawing.add(Line(x0 - 2, y, x0, y, strokeColor=axis, strokeWidth=0.5))
        drawing.add(
            String(x0 - 3, y - 2.5, str(tick), fontName=fonts.regular, fontSize=7, textAnchor="end")
        )
    slot = plot_w / len(values)
    bar_w = slot * 0.6
    for index, (value, column) in enumerate(zip(values, table.columns, strict=True)):
        left = x0 + index * slot
        if value:
            drawing.add(
                Rect(
                    left + (slot - bar_w) / 2,
                    y0,
                    bar_w,
                    value * scale,
                    fillColor=SERIES,
                    strokeColor=None,
                )
            )
        label = words.short_label(column, language) if many else words.label(column, language)
        centre = left + slot / 2
        if many:
            # Rotated 30 degrees, its end at the bar's centre (as the chart widget's "ne").
            text = String(0, -5, label, fontName=fonts.regular, fontSize=6.5, textAnchor="end")
            drawing.add(Group(text, transform=(0.866, 0.5, -0.5, 0.866, centre, y0 - 2)))
        else:
            drawing.add(
                String(
                    centre, y0 - 9, label, fontName=fonts.regular, fontSize=6.5, textAnchor="middle"
                )
            )
    drawing.add(
        String(
            0,
            2,
            words.word("note_chart", language),
            fontName=fonts.regular,
            fontSize=6.5,
            fillColor=_NOTE,
        )
    )
    return drawing
