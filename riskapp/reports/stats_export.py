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
* **XLSX** (openpyxl): a notes sheet first that is also the index (each sheet's short,
  unique name linked beside the table's full title), then one sheet per table with its
  header row and label column frozen and, where the PDF draws one, a native bar chart of
  the column totals; numbers are numbers, the markers are text, every text cell is stored
  as a string (no formulas anywhere).
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
    index_row = len(lines) + 2
    _set(notes, index_row, 1, words.word("index_heading", language), bold=True)
    notes.column_dimensions["B"].width = 34

    for number, table in enumerate(result.tables):
        title = words.table_title(table, result.period, language)
        sheet = workbook.create_sheet(
            _sheet_name(words.sheet_label(table, result.period, language), used)
        )
        at = index_row + 1 + number
        _set(notes, at, 1, title)
        _set(notes, at, 2, sheet.title)
        notes.cell(row=at, column=2).hyperlink = f"#'{sheet.title}'!A1"
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
        sheet.freeze_panes = "B4"  # the header row (3) and the label column stay in view
        _fit_to_page_width(sheet)
        if _has_chart(table):
            _xlsx_chart(sheet, table, title, len(grid))
    workbook.properties.creator = "riskapp"
    workbook.properties.title = words.word("document_title", language)
    return workbook_bytes(workbook)  # never workbook.save: it writes temp files


def _has_chart(table: PublishedTable) -> bool:
    """Whether the PDF draws a chart: some column total is shown and not zero."""
    return any(not isinstance(v, Suppressed) and v for v in table.column_totals)


def _xlsx_chart(sheet: Any, table: PublishedTable, title: str, grid_rows: int) -> None:
    """A native bar chart of the totals row (hidden "<5" totals are text: no bar)."""
    from openpyxl.chart import BarChart, Reference

    totals_row = 2 + grid_rows
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 7.5, max(16.0, 1.2 * len(table.columns))
    data = Reference(sheet, min_col=2, max_col=1 + len(table.columns), min_row=totals_row)
    cats = Reference(sheet, min_col=2, max_col=1 + len(table.columns), min_row=3)
    chart.add_data(data, from_rows=True, titles_from_data=False)
    chart.set_categories(cats)
    sheet.add_chart(chart, f"A{totals_row + 3}")


# --- PDF --------------------------------------------------------------------------------------

#: At most this many period columns side by side in one PDF table; longer periods are cut
#: into slices (a calendar year of months, or three years of quarters) one below the other.
MAX_PDF_COLUMNS = 12


def column_slices(columns: tuple[str, ...]) -> list[range]:
    """Index ranges of the columns each PDF table shows: all when they fit, else whole
    years of periods ("2026-03", "2026-Q1": the first four characters) packed into slices
    of at most ``MAX_PDF_COLUMNS`` (a year of months, three years of quarters)."""
    n = len(columns)
    if n <= MAX_PDF_COLUMNS:
        return [range(n)]
    years: list[range] = []
    first = 0
    for j in range(1, n + 1):
        if j == n or columns[j][:4] != columns[first][:4] or j - first == MAX_PDF_COLUMNS:
            years.append(range(first, j))
            first = j
    slices: list[range] = []
    for year in years:
        if slices and len(slices[-1]) + len(year) <= MAX_PDF_COLUMNS:
            slices[-1] = range(slices[-1].start, year.stop)
        else:
            slices.append(year)
    return slices


def _pdf_tables(table: PublishedTable, language: str, width: float) -> list[Flowable]:
    """The table as one or more reportlab tables that fit ``width``: the label column,
    a slice of the periods, and the totals column on the last slice."""
    fonts = register_fonts()
    rows = _grid(table, language)
    header_style = ParagraphStyle(
        "stats_header", fontName=fonts.bold, fontSize=7, leading=8.5, alignment=TA_RIGHT
    )
    slices = column_slices(table.columns)
    widest = max(len(s) for s in slices) + 2
    size = 7 if widest > 8 else 8.5
    label_style = ParagraphStyle(
        "stats_label", fontName=fonts.regular, fontSize=size, leading=size * 1.2
    )
    total_style = ParagraphStyle("stats_total", parent=label_style, fontName=fonts.bold)
    # Abbreviated months ("sep 2026") so no header breaks inside a word.
    headers = [words.short_label(c, language) for c in table.columns]
    first = min(55 * mm, width * 0.4) if widest <= 8 else 42 * mm
    padding = (2, 3) if widest > 8 else (6, 6)
    total_width = stringWidth(str(rows[0][-1]), fonts.bold, 7) + sum(padding) + 2
    out: list[Flowable] = []
    for number, part in enumerate(slices):
        last = number == len(slices) - 1
        keep = [1 + j for j in part] + ([len(rows[0]) - 1] if last else [])
        grid: list[list[Any]] = [
            [""]
            + [Paragraph(escape(headers[j]), header_style) for j in part]
            + ([Paragraph(escape(str(rows[0][-1])), header_style)] if last else [])
        ]
        # Row labels wrap inside their column instead of running into the numbers.
        grid += [
            [Paragraph(escape(str(row[0])), label_style), *(str(row[k]) for k in keep)]
            for row in rows[1:-1]
        ]
        grid.append(
            [Paragraph(escape(str(rows[-1][0])), total_style), *(str(rows[-1][k]) for k in keep)]
        )
        n_cols = len(grid[0])
        periods = max(1, n_cols - 1 - int(last))
        rest = (width - first - (total_width if last else 0)) / periods
        widths = [first, *([rest] * (n_cols - 1 - int(last)))] + ([total_width] if last else [])
        pdf_table = PdfTable(grid, colWidths=widths, repeatRows=1)
        pdf_table.setStyle(
            table_style(
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                ("FONTNAME", (0, -1), (-1, -1), fonts.bold),
                *([("FONTNAME", (-1, 0), (-1, -1), fonts.bold)] if last else []),
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
        out.append(pdf_table)
    return out


def to_pdf(result: StatisticsResult, language: str = "sv", organisation: str = "") -> bytes:
    """A committee report: title, period, notes, then each table with a chart."""
    styles = make_styles()
    story: list[Flowable] = [para(words.word("document_title", language), styles.title)]
    subtitle = words.header_lines(result, language)
    if organisation:
        subtitle.insert(0, organisation)
    story.append(para("\n".join(subtitle), styles.subtitle))
    for line in words.notes(language):
        story.append(para(line, styles.small))
    width = 170 * mm
    for table in result.tables:
        parts = _pdf_tables(table, language, width)
        block: list[Flowable] = [
            para(words.table_title(table, result.period, language), styles.heading),
            parts[0],
        ]
        chart = bar_chart(table, language, width)
        # Wide tables continue below, one block per slice of periods (each fits the page).
        rest: list[Flowable] = []
        for part in parts[1:]:
            rest += [Spacer(1, 2 * mm), part]
        if chart is not None:
            rest += [Spacer(1, 3 * mm), chart]
        story.append(KeepTogether(block))
        story.extend(rest)
    return render_report(story, words.word("document_title", language))


def render_report(story: list[Flowable], title: str) -> bytes:
    """A statistics report's pages: its title as the only metadata, "n / total" footers
    (shared by the statistics and the indicators PDFs)."""
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
