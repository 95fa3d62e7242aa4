"""XLSX: unique readable sheet names, the index on the first sheet, frozen headers and a
native chart per table where the PDF has one."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from riskapp.domain.stats.publish import publish
from riskapp.domain.stats.records import StatClient, StatsSnapshot
from riskapp.reports.stats_export import _has_chart, to_xlsx


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("period", ["month", "quarter"])
def test_sheet_names_index_frozen_headers_and_charts(language: str, period: str) -> None:
    clients = tuple(
        StatClient(k, "female" if k % 3 else "male", date(1970 + k % 40, 1, 1), date(2026, 1, 5))
        for k in range(1, 60)
    )
    result = publish(
        StatsSnapshot(date(2026, 1, 1), date(2026, 6, 30), clients, (), ()),
        by=("sex", "age"),
        period=period,
    )
    book = load_workbook(io.BytesIO(to_xlsx(result, language)))
    names = book.sheetnames[1:]
    assert len(names) == len(result.tables)
    assert len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= 31 and "(" not in n for n in names)
    index = {
        row[1]: row[0]
        for row in book.worksheets[0].iter_rows(values_only=True)
        if row[1] is not None
    }
    assert set(names) <= set(index)
    for table, sheet in zip(result.tables, book.worksheets[1:], strict=True):
        assert sheet.freeze_panes == "B4"
        assert len(sheet._charts) == int(_has_chart(table))  # noqa: SLF001
    assert any(_has_chart(t) for t in result.tables)
