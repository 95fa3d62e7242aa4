"""The team leader's statistics view (riskapp.ui.team.statistics) against a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from riskapp.domain.personnummer import test_numbers
from riskapp.domain.records import NewClient
from riskapp.domain.stats.table import SMALL, Suppressed
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.team.bar_chart import BarChart
from riskapp.ui.team.published_table import VALUE_ROLE
from riskapp.ui.team.statistics import StatisticsView, previous_quarter
from tests.ui.conftest import CASEWORKER, PASSPHRASE


def _fill(session: Any, n: int = 12) -> None:
    """Clients (Skatteverket test numbers) with a danger assessment each, on the clock's
    day (2026-01-15)."""
    for index, pnr in enumerate(test_numbers()[:n]):
        client = session.clients.create(NewClient("Test", f"Efternamn{index}", pnr))
        a = session.assessments.start(client.id, "danger-assessment", 1)
        session.assessments.complete(
            a.id,
            answers={},
            score=1,
            client_estimate=None,
            judgement_level=("high", "medium", "low")[index % 3],
            judgement_rationale="r",
            review_due=None,
            form_kind="danger_assessment",
            stat_facts=frozenset({"violence.physical"}),
        )


@pytest.fixture
def view(qtbot: Any, session: Any) -> StatisticsView:
    _fill(session)
    widget = StatisticsView(session)
    qtbot.addWidget(widget)
    widget.from_edit.setDate(QDate(2026, 1, 1))
    widget.to_edit.setDate(QDate(2026, 3, 31))
    return widget


def _preview(qtbot: Any, view: StatisticsView) -> None:
    with qtbot.waitSignal(view.preview_updated, timeout=5000):
        qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)


def test_default_period_is_the_last_complete_quarter() -> None:
    assert previous_quarter(date(2026, 1, 15)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert previous_quarter(date(2026, 7, 1)) == (date(2026, 4, 1), date(2026, 6, 30))


def test_exports_are_disabled_until_a_preview_exists(view: StatisticsView) -> None:
    assert not view.csv_button.isEnabled()
    assert view.result() is None


def test_preview_shows_the_published_tables_with_less_than_five(
    qtbot: Any, view: StatisticsView, qtmodeltester: Any
) -> None:
    view.by_sex.setChecked(True)
    _preview(qtbot, view)
    result = view.result()
    assert result is not None
    assert view.table_combo.count() == len(result.tables)
    assert view.table_combo.itemText(0) == "Aktiva klienter, per månad"
    assert view.csv_button.isEnabled()
    index = next(
        i
        for i in range(view.table_combo.count())
        if view.table_combo.itemData(i) == "risk_levels.sex"
    )
    view.table_combo.setCurrentIndex(index)
    model = view.model
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kvinnor"
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Totalt"
    shown = {
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    assert "<5" in shown  # 4 clients per level: every level count is hidden
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            value = model.index(r, c).data(VALUE_ROLE)
            assert value in ("<5", "..") or value == 0 or value >= 5
    table = result.table("risk_levels.sex")
    assert model.rowCount() == len(table.rows) + 1


def test_chart_shows_column_totals_and_hides_suppressed_bars(
    qtbot: Any, view: StatisticsView
) -> None:
    view.by_age.setChecked(True)
    _preview(qtbot, view)
    index = next(
        i for i in range(view.table_combo.count()) if view.table_combo.itemData(i) == "clients.age"
    )
    view.table_combo.setCurrentIndex(index)
    table = view.result().table("clients.age")  # type: ignore[union-attr]
    bars = view.chart.bars()
    assert [label for label, _ in bars][:2] == ["0–17 år", "18–24 år"]
    for (_, value), total in zip(bars, table.column_totals, strict=True):
        assert value == (None if isinstance(total, Suppressed) else total)
    assert view.chart.grab().width() > 0  # paints without error


def test_bar_chart_paints_hidden_values_as_text_only(qtbot: Any) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_data(["Kvinnor", "Män"], [12, SMALL])
    assert chart.bars() == [("Kvinnor", 12), ("Män", None)]
    assert "Män: <5" in chart.accessibleDescription()
    assert not chart.grab().isNull()


def test_changing_an_option_makes_the_preview_stale(qtbot: Any, view: StatisticsView) -> None:
    _preview(qtbot, view)
    assert view.result() is not None
    view.period_combo.setCurrentIndex(1)
    assert view.result() is None
    assert not view.pdf_button.isEnabled()
    _preview(qtbot, view)
    assert view.result().period == "quarter"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fmt", "magic"), [("csv", b"\xef\xbb\xbf"), ("xlsx", b"PK"), ("pdf", b"%PDF")]
)
def test_export_writes_the_previewed_result_and_audits_it(
    qtbot: Any, view: StatisticsView, session: Any, tmp_path: Path, fmt: str, magic: bytes
) -> None:
    _preview(qtbot, view)
    out = tmp_path / "utdata" / "statistik"
    out.parent.mkdir()
    Dialogs.set_next_answer(out)
    button = {"csv": view.csv_button, "xlsx": view.xlsx_button, "pdf": view.pdf_button}[fmt]
    with qtbot.waitSignal(view.export_written, timeout=10000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written = blocker.args[0]
    assert written == out.with_name(f"statistik.{fmt}")
    assert written.read_bytes().startswith(magic)
    assert ("save_file", "Spara statistik", "") in Dialogs.shown
    (entry,) = session.audit.list(action="stats.export")
    assert f"format={fmt}" in entry.detail


def test_cancelled_file_dialog_writes_nothing(
    qtbot: Any, view: StatisticsView, session: Any, tmp_path: Path
) -> None:
    _preview(qtbot, view)
    Dialogs.set_next_answer(None)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.csv")) == []
    assert session.audit.list(action="stats.export") == []


def test_unwritable_destination_shows_a_swedish_message(
    qtbot: Any, view: StatisticsView, tmp_path: Path
) -> None:
    _preview(qtbot, view)
    Dialogs.set_next_answer(tmp_path / "saknas" / "s.csv")
    Dialogs.set_next_answer(True)  # acknowledges the message box
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert Dialogs.shown[-1] == (
        "critical",
        "Statistik",
        "Filen kunde inte sparas. Välj en annan mapp och försök igen.",
    )


def test_start_after_end_is_explained_and_nothing_is_built(
    qtbot: Any, view: StatisticsView
) -> None:
    view.from_edit.setDate(QDate(2026, 4, 1))
    Dialogs.set_next_answer(True)
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert Dialogs.shown[-1] == (
        "warning",
        "Statistik",
        "Startdatum ligger efter slutdatum. Ändra perioden.",
    )
    assert view.result() is None


def test_caseworker_gets_a_permission_message(qtbot: Any, vault_path: Path, clock: Any) -> None:
    from riskapp.vault import Vault

    caseworker = Vault.open(vault_path, CASEWORKER, PASSPHRASE, clock=clock)
    try:
        widget = StatisticsView(caseworker)
        qtbot.addWidget(widget)
        Dialogs.set_next_answer(True)
        qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
        kind, _, text = Dialogs.shown[-1]
        assert kind == "critical"
        assert "behörighet" in text
        assert widget.result() is None
    finally:
        caseworker.close()


def test_english_labels_when_asked(qtbot: Any, session: Any) -> None:
    _fill(session, 5)
    widget = StatisticsView(session, language="en")
    qtbot.addWidget(widget)
    widget.from_edit.setDate(QDate(2026, 1, 1))
    widget.to_edit.setDate(QDate(2026, 1, 31))
    widget.by_sex.setChecked(True)
    _preview(qtbot, widget)
    assert widget.table_combo.itemText(0) == "Active clients, by month"
    index = next(
        i
        for i in range(widget.table_combo.count())
        if widget.table_combo.itemData(i) == "clients.sex"
    )
    widget.table_combo.setCurrentIndex(index)
    assert widget.model.headerData(0, Qt.Orientation.Horizontal) == "Women"
