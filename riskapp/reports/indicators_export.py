"""Kolada indicators as CSV, XLSX or PDF (``riskapp.domain.stats.indicators``: published
counts only, a count of 1-4 and its rate shown as "<5").

One table: indicator, count, per 10,000 adults; above it the year and the number of adults
the team leader entered. CSV and XLSX follow the statistics exports' rules (UTF-8 with a
byte-order mark and ``;``; text cells never formulas).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Table as PdfTable

from riskapp.domain.stats.indicators import IndicatorResult
from riskapp.domain.stats.table import Cell, Suppressed
from riskapp.reports.errors import ReportError
from riskapp.reports.page import RULE, make_styles, para, table_style
from riskapp.reports.stats_export import neutralise, render_report

FORMATS = ("csv", "xlsx", "pdf")

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Kolada: vuxna utsatta för våld", "Kolada: adults exposed to violence"),
    "year": ("År {year}, {adults} vuxna invånare", "Year {year}, {adults} adult residents"),
    "indicator": ("Indikator", "Indicator"),
    "count": ("Antal", "Count"),
    "per_10000": ("Per 10 000 vuxna", "Per 10,000 adults"),
    "note": (
        "Antal 1–4 redovisas inte (<5); inte heller deras andel.",
        "Counts of 1–4 are not shown (<5), nor are their rates.",
    ),
    "kolada.opened": (
        "Ärenden som inletts p.g.a. våld i nära relation eller hedersrelaterat våld",
        "Cases opened because of violence in a close relationship or honour-related violence",
    ),
    "kolada.intervention": (
        "Av dessa: ärenden som fått minst en insats",
        "Of these: cases given at least one intervention",
    ),
    "kolada.goal_reached": (
        "Avslutade ärenden där målet helt eller delvis uppnåtts",
        "Closed cases with the overall goal fully or partly reached",
    ),
}


def word(key: str, language: str = "sv", **params: Any) -> str:
    sv, en = _WORDS[key]
    return (en if language == "en" else sv).format(**params)


def _count(value: Cell) -> str | int:
    return str(value) if isinstance(value, Suppressed) else int(value)


def _rate(value: float | Suppressed, language: str) -> str:
    if isinstance(value, Suppressed):
        return str(value)
    text = f"{float(value):.1f}"
    return text if language == "en" else text.replace(".", ",")


def rows(result: IndicatorResult, language: str = "sv") -> list[list[str | int]]:
    """Header row and one row per indicator, worded."""
    out: list[list[str | int]] = [
        [word("indicator", language), word("count", language), word("per_10000", language)]
    ]
    for ind in result.indicators:
        out.append([word(ind.code, language), _count(ind.count), _rate(ind.per_10000, language)])
    return out


def _heading(result: IndicatorResult, language: str) -> list[str]:
    return [
        word("title", language),
        word("year", language, year=result.year, adults=result.adults),
        word("note", language),
    ]


def to_csv(result: IndicatorResult, language: str = "sv") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for line in _heading(result, language):
        writer.writerow([neutralise(line)])
    writer.writerow([])
    for row in rows(result, language):
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(result: IndicatorResult, language: str = "sv") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Kolada"
    line = 1
    for text in _heading(result, language):
        cell = sheet.cell(row=line, column=1, value=text)
        cell.data_type = "s"
        line += 1
    line += 1
    header = line
    for row in rows(result, language):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=line, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            if line == header:
                cell.font = Font(bold=True)
        line += 1
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    sheet.column_dimensions["A"].width = 80
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 18
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_pdf(result: IndicatorResult, language: str = "sv", organisation: str = "") -> bytes:
    styles = make_styles()
    heading = _heading(result, language)
    story: list[Flowable] = [para(heading[0], styles.title)]
    story.append(
        para(
            "\n".join([organisation, heading[1]] if organisation else heading[1:2]), styles.subtitle
        )
    )
    story.append(para(heading[2], styles.small))
    grid: list[list[Any]] = []
    for i, row in enumerate(rows(result, language)):
        first = para(str(row[0]), styles.body) if i else str(row[0])
        grid.append([first, str(row[1]), str(row[2])])
    table = PdfTable(grid, colWidths=[110 * mm, 25 * mm, 35 * mm], repeatRows=1)
    table.setStyle(
        table_style(
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        )
    )
    story.append(table)
    return render_report(story, heading[0])


def check_protected(result: IndicatorResult) -> None:
    for ind in result.indicators:
        if not isinstance(ind.count, Suppressed) and 0 < int(ind.count) < 5:
            raise ReportError(
                "unprotected statistics table", code="stats_unprotected", table=ind.code
            )


def render_indicators(
    result: IndicatorResult, fmt: str, *, language: str = "sv", organisation: str = ""
) -> bytes:
    check_protected(result)
    if fmt == "csv":
        return to_csv(result, language)
    if fmt == "xlsx":
        return to_xlsx(result, language)
    if fmt == "pdf":
        return to_pdf(result, language, organisation)
    raise ReportError("unknown statistics format", code="stats_format", format=fmt)
