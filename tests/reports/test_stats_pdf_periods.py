"""The statistics PDF over every period length from one day to ten years.

The layout depends on the period columns only, so: every length in days, by month and by
quarter, gives slices of at most ``MAX_PDF_COLUMNS`` whole years in order; every distinct
column count lays out (reportlab ``wrap``, where the old layout raised ValueError) with
header columns wide enough for their words; and whole reports render for the edges.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from riskapp.domain.stats.aggregate import period_columns
from riskapp.domain.stats.publish import publish
from riskapp.domain.stats.records import StatClient, StatsSnapshot
from riskapp.domain.stats.table import PublishedTable
from riskapp.reports import stats_labels
from riskapp.reports.fonts import register_fonts
from riskapp.reports.stats_export import MAX_PDF_COLUMNS, _pdf_tables, column_slices, to_pdf

START = date(2017, 3, 15)
TEN_YEARS = (date(2027, 3, 15) - START).days + 1
WIDTH = 170 * mm


def _columns(days: int, period: str) -> tuple[str, ...]:
    return period_columns(START, START + timedelta(days=days - 1), period)


@pytest.mark.parametrize("period", ["month", "quarter"])
def test_every_length_in_days_slices_into_whole_years_that_fit(period: str) -> None:
    for days in range(1, TEN_YEARS + 1):
        columns = _columns(days, period)
        slices = column_slices(columns)
        assert [j for part in slices for j in part] == list(range(len(columns)))
        assert all(0 < len(part) <= MAX_PDF_COLUMNS for part in slices)
        if len(slices) > 1:  # cut only where a year ends
            assert all(columns[p.start][:4] != columns[p.start - 1][:4] for p in slices[1:])


def _table(columns: tuple[str, ...]) -> PublishedTable:
    rows = ("kind.screening", "kind.danger_assessment")
    cells = tuple(tuple(12_345 for _ in columns) for _ in rows)
    return PublishedTable(
        id="assessments",
        measure="assessments",
        dimension="period",
        title="table.assessments",
        rows=rows,
        columns=columns,
        cells=cells,
        row_totals=tuple(99_999 for _ in rows),
        column_totals=tuple(24_690 for _ in columns),
        grand_total=199_998,
    )


def _counts() -> list[tuple[str, int]]:
    months = {len(_columns(d, "month")) for d in range(1, TEN_YEARS + 1)}
    quarters = {len(_columns(d, "quarter")) for d in range(1, TEN_YEARS + 1)}
    return [("month", n) for n in sorted(months)] + [("quarter", n) for n in sorted(quarters)]


@pytest.mark.parametrize(("period", "n"), _counts())
def test_every_column_count_lays_out_with_unbroken_words(period: str, n: int) -> None:
    days = next(d for d in range(1, TEN_YEARS + 1) if len(_columns(d, period)) == n)
    columns = _columns(days, period)
    fonts = register_fonts()
    for part in _pdf_tables(_table(columns), "sv", WIDTH):
        width, _ = part.wrap(WIDTH, 250 * mm)  # the old layout raised ValueError here
        assert width <= WIDTH + 0.01
        widths = part._colWidths  # noqa: SLF001 - reportlab keeps them here
        assert all(w > 0 for w in widths)
        for j, cell in enumerate(part._cellvalues[0][1:], start=1):  # noqa: SLF001
            flowable = cell[0] if isinstance(cell, (list, tuple)) else cell
            text = flowable.getPlainText()
            widest = max(stringWidth(word, fonts.bold, 7) for word in text.split())
            padding = 5  # at least the table's left + right padding
            assert widest <= widths[j] - padding, f"header {text!r} breaks inside a word"


def _snapshot(days: int) -> StatsSnapshot:
    end = START + timedelta(days=days - 1)
    clients = tuple(
        StatClient(k, "female" if k % 2 else "male", date(1980, 1, 1), START) for k in range(1, 40)
    )
    return StatsSnapshot(START, end, clients, (), ())


@pytest.mark.parametrize(
    ("period", "days", "by"),
    [
        ("month", 1, ("sex", "age")),
        ("month", 548, ()),
        ("month", 5 * 365 + 40, ()),
        ("month", TEN_YEARS, ("sex", "age")),
        ("quarter", TEN_YEARS, ()),
    ],
)
def test_whole_reports_render_at_the_edges(period: str, days: int, by: tuple[str, ...]) -> None:
    result = publish(_snapshot(days), by=by, period=period)
    data = to_pdf(result, "sv")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert stats_labels.word("document_title", "sv") in text
