"""Statistics exports: CSV, XLSX and PDF from a ``StatisticsResult`` (published tables only).

Input is what ``riskapp.domain.stats.publish`` returns: counts after disclosure control,
each an ``int`` or a marker (written "<5" for 1-4, ".." for secondary suppression). Nothing
else is written: the period, the breakdown, fixed notes and the words for codes
(``stats_labels``).

* **CSV**: UTF-8 with a byte-order mark (so Excel reads å ä ö), ``;`` as separator (what
  Excel expects in a Swedish locale). The first lines say which tables follow (title,
  period, breakdown, a numbered list of the tables with the row each starts on, notes),
  then one block per table (title row, header row, rows, totals row, empty row). Text
  cells starting with ``= + - @``, a tab or a carriage return get a leading apostrophe so
  a spreadsheet never runs them as formulas.
* **XLSX** (openpyxl): a notes sheet first, then one sheet per table; numbers are numbers,
  the markers are text, every text cell is stored as a string (no formulas anywhere).
* **PDF** (reportlab): a report for the social welfare committee with each table and a
  bar chart of its column totals (hidden values are not drawn, and no line joins across
  them), DejaVu fonts embedded.

``write_statistics`` builds the file in memory and writes it atomically to the chosen path
only (``riskapp.reports.files.write_atomic``): no temporary files elsewhere.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as PdfTable

from riskapp.domain.stats.table import Cell, PublishedTable, StatisticsResult, Suppressed
from riskapp.reports import stats_labels as words
from riskapp.reports.errors import ReportError
from riskapp.reports.files import write_atomic
from riskapp.reports.fonts import register_fonts
from riskapp.reports.page import RULE, make_styles, para, render, table_style
from riskapp.reports.stats_chart import bar_chart

FORMATS = ("csv", "xlsx", "pdf")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text safe for a spreadsheet cell: a leading apostrophe before formula starters."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _grid(table: PublishedTable, language: str) -> list[list[str | int]]:
    """Header row, body rows and totals row, labels worded; counts stay ints, "<5" text."""

    def value(cell: Cell) -> str | int:
        return str(cell) if isinstance(cell, Suppressed) else cell

    total = words.word("total", language)
    rows: list[list[str | int]] = [["", *(words.label(c, language) for c in table.columns), total]]
    for code, line, row_total in zip(table.rows, table.cells, table.row_totals, strict=True):
        rows.append([words.label(code, language), *(value(c) for c in line), value(row_total)])
    rows.append([total, *(value(c) for c in table.column_totals), value(table.grand_total)])
    return rows


# --- CSV --------------------------------------------------------------------------------------


def to_csv(result: StatisticsResult, language: str = "sv") -> bytes:
    """All published tables as one CSV document (UTF-8 with BOM, ``;``-separated).

    The first lines say what follows: the title, period and breakdown, then the list of
    tables in file order, each with the spreadsheet row its block starts on, then the
    notes; then one block per table.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")

    def put(cells: Iterable[str | int]) -> None:
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in cells])

    head = [words.word("document_title", language), *words.header_lines(result, language)]
    notes = words.notes(language)
    count = len(result.tables)
    grids = [_grid(table, language) for table in result.tables]
    # Rows: head, the contents heading and one line per table, the notes, an empty row.
    row = len(head) + 1 + count + len(notes) + 1 + 1
    starts = []
    for grid in grids:
        starts.append(row)
        row += 1 + len(grid) + 1  # title, grid, empty row
    for line in head:
        put([line])
    put([words.word("contents", language, count=str(count))])
    for number, (table, start) in enumerate(zip(result.tables, starts, strict=True), start=1):
        title = words.table_title(table, result.period, language)
        put(
            [words.word("contents_item", language, number=str(number), title=title, row=str(start))]
        )
    for line in notes:
        put([line])
    put([])
    for table, grid in zip(result.tables, grids, strict=True):
        put([words.table_title(table, result.period, language)])
        for cells in grid:
            put(cells)
        put([])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- XLSX -------------------------------------------------------------------------------------

_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(title: str, used: set[str]) -> str:
    base = title.translate(_SHEET_FORBIDDEN).strip()[:31] or "Tabell"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _set(sheet: Any, row: int, column: int, value: str | int, *, bold: bool = False) -> None:
    from openpyxl.styles import Font

    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, even if the text starts with "="
    else:
        cell.value = value
    if bold:
        cell.font = Font(bold=True)


def _fit_to_page_width(sheet: Any) -> None:
    """Print landscape, all columns on one page wide (a committee report is printed)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def to_xlsx(result: StatisticsResult, language: str = "sv") -> bytes:
    """A workbook: a notes sheet, then one sheet per table. No formulas."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    from riskapp.reports.xlsx_memory import workbook_bytes

    workbook = Workbook()
    notes = workbook.active
    used: set[str] = set()
    notes.title = _sheet_name(words.word("notes_sheet", language), used)
    lines = [
        words.word("notes_heading", language),
        *words.header_lines(result, language),
        "",
        *words.notes(language),
    ]
    notes_width = 90  # characters
    for index, text in enumerate(lines, start=1):
        _set(notes, index, 1, text, bold=index == 1)
        notes.cell(row=index, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        # Spreadsheet programs do not all grow rows for wrapped text on their own.
        wrapped = max(1, -(-len(text) // (notes_width - 5)))
        notes.row_dimensions[index].height = 15 * wrapped
    notes.column_dimensions["A"].width = notes_width
    _fit_to_page_width(notes)

    for table in result.tables:
        title = words.table_title(table, result.period, language)
        sheet = workbook.create_sheet(_sheet_name(title, used))
        _set(sheet, 1, 1, title, bold=True)
        grid = _grid(table, language)
        for r, row in enumerate(grid, start=3):
            for c, value in enumerate(row, start=1):
                header = r == 3 or c == 1 or r == 2 + len(grid)
                _set(sheet, r, c, value, bold=header and value != "")
                if c > 1:
                    sheet.cell(row=r, column=c).alignment = Alignment(horizontal="right")
        sheet.column_dimensions["A"].width = max(12, *(len(str(row[0])) + 2 for row in grid))
        for c in range(2, len(grid[0]) + 1):
            widest = max(len(str(row[c - 1])) for row in grid)
            sheet.column_dimensions[get_column_letter(c)].width = max(8, widest + 2)
        _fit_to_page_width(sheet)
    workbook.properties.creator = "riskapp"
    workbook.properties.title = words.word("document_title", language)
    return workbook_bytes(workbook)  # never workbook.save: it writes temp files


# --- PDF --------------------------------------------------------------------------------------


def to_pdf(result: StatisticsResult, language: str = "sv", organisation: str = "") -> bytes:
    """A committee report: title, period, notes, then each table with a chart."""
    styles = make_styles()
    fonts = register_fonts()
    story: list[Flowable] = [para(words.word("document_title", language), styles.title)]
    subtitle = words.header_lines(result, language)
    if organisation:
        subtitle.insert(0, organisation)
    story.append(para("\n".join(subtitle), styles.subtitle))
    for line in words.notes(language):
        story.append(para(line, styles.small))
    width = 170 * mm
    for table in result.tables:
        rows = _grid(table, language)
        header_style = ParagraphStyle(
            "stats_header", fontName=fonts.bold, fontSize=7, leading=8.5, alignment=TA_RIGHT
        )
        n_cols = len(rows[0])
        size = 7 if n_cols > 8 else 8.5
        label_style = ParagraphStyle(
            "stats_label", fontName=fonts.regular, fontSize=size, leading=size * 1.2
        )
        total_style = ParagraphStyle("stats_total", parent=label_style, fontName=fonts.bold)
        # Abbreviated months ("sep 2026") so no header breaks inside a word.
        headers = [words.short_label(c, language) for c in table.columns]
        grid: list[list[Any]] = [
            [""]
            + [Paragraph(escape(h), header_style) for h in headers]
            + [Paragraph(escape(str(rows[0][-1])), header_style)]
        ]
        # Row labels wrap inside their column instead of running into the numbers.
        grid += [
            [Paragraph(escape(str(row[0])), label_style), *(str(v) for v in row[1:])]
            for row in rows[1:-1]
        ]
        grid.append(
            [Paragraph(escape(str(rows[-1][0])), total_style), *(str(v) for v in rows[-1][1:])]
        )
        first = min(55 * mm, width * 0.4) if n_cols <= 8 else 42 * mm
        # The totals column is as wide as its bold heading needs; the periods share the rest.
        padding = (2, 3) if n_cols > 8 else (6, 6)
        total_width = stringWidth(str(rows[0][-1]), fonts.bold, 7) + sum(padding) + 2
        rest = (width - first - total_width) / max(1, n_cols - 2)
        pdf_table = PdfTable(
            grid, colWidths=[first, *([rest] * (n_cols - 2)), total_width], repeatRows=1
        )
        pdf_table.setStyle(
            table_style(
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                ("FONTNAME", (0, -1), (-1, -1), fonts.bold),
                ("FONTNAME", (-1, 0), (-1, -1), fonts.bold),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (1, 0), (-1, -1), padding[0]),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding[1]),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            )
        )
        block: list[Flowable] = [
            para(words.table_title(table, result.period, language), styles.heading),
            pdf_table,
        ]
        chart = bar_chart(table, language, width)
        if chart is not None:
            block += [Spacer(1, 3 * mm), chart]
        story.append(KeepTogether(block))
    title = words.word("document_title", language)
    return render(
        story,
        metadata={
            "Title": title,
            "Author": "",
            "Subject": "",
            "Creator": "riskapp",
            "Producer": "riskapp",
            "Keywords": "",
        },
        page_label=lambda n, total: f"{n} / {total}",
    )


# --- writing ----------------------------------------------------------------------------------


def check_protected(result: StatisticsResult) -> None:
    """Refuse tables with a visible count from 1 to 4 (defence in depth: published tables
    come from ``riskapp.domain.stats.publish``, which never shows one)."""
    for table in result.tables:
        for line in table.augmented():
            for value in line:
                if not isinstance(value, Suppressed) and 0 < value < 5:
                    raise ReportError(
                        "unprotected statistics table",
                        code="stats_unprotected",
                        table=table.id,
                    )


def render_statistics(
    result: StatisticsResult, fmt: str, *, language: str = "sv", organisation: str = ""
) -> bytes:
    """The export's bytes.

    Raises ReportError: ``stats_format`` for an unknown format, ``stats_unprotected`` when
    a table holds a count from 1 to 4 (it did not come through disclosure control).
    """
    check_protected(result)
    if fmt == "csv":
        return to_csv(result, language)
    if fmt == "xlsx":
        return to_xlsx(result, language)
    if fmt == "pdf":
        return to_pdf(result, language, organisation)
    raise ReportError("unknown statistics format", code="stats_format", format=fmt)


def write_statistics(
    result: StatisticsResult,
    fmt: str,
    path: Path,
    *,
    language: str = "sv",
    organisation: str = "",
) -> None:
    """Build the export in memory and write it atomically to ``path`` (owner-only)."""
    data = render_statistics(result, fmt, language=language, organisation=organisation)
    write_atomic(Path(path), data)
