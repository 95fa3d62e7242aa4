"""The generic record table model: columns as data, record and sort roles, resets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import (
    Column,
    FirstColumnRole,
    RecordRole,
    RecordTableModel,
    SortRole,
)


@dataclass(frozen=True)
class Item:
    name: str
    count: int


COLUMNS = (
    Column[Item](QT_TRANSLATE_NOOP("TestModel", "Namn"), lambda i: i.name),
    Column[Item](
        QT_TRANSLATE_NOOP("TestModel", "Antal"),
        lambda i: str(i.count),
        sort_key=lambda i: i.count,
        alignment=Qt.AlignmentFlag.AlignRight,
        roles={FirstColumnRole: lambda i: i.count * 2},
    ),
)
ITEMS = [Item("b", 10), Item("a", 9)]


def _model() -> RecordTableModel[Item]:
    model = RecordTableModel[Item]("TestModel", COLUMNS)
    model.set_records(ITEMS)
    return model


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = _model()
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_columns_declare_header_display_sort_alignment_and_roles() -> None:
    model = _model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert model.headerData(1, Qt.Orientation.Vertical) is None
    assert model.data(model.index(0, 1)) == "10"
    assert model.data(model.index(0, 1), SortRole) == 10
    assert model.data(model.index(1, 0), SortRole) == "a"  # the text when no sort key
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(1, 1), FirstColumnRole) == 18
    assert model.data(model.index(1, 0), RecordRole) == Item("a", 9)
    assert model.record_at(0) == Item("b", 10)


def test_set_records_resets_and_preserves_order(qtbot: Any) -> None:
    model = _model()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_records([Item("z", 1), Item("y", 2), Item("x", 3)])
    assert [model.record_at(r).name for r in range(model.rowCount())] == ["z", "y", "x"]


def test_update_records_keeps_rows_when_the_count_is_unchanged(qtbot: Any) -> None:
    model = _model()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.update_records([Item("b", 11), Item("a", 9)])
    assert model.data(model.index(0, 1)) == "11"


def test_append_replace_and_remove_rows(qtmodeltester: Any) -> None:
    model = _model()
    model.append_records([Item("c", 1)])
    model.replace_record(0, Item("B", 10))
    model.remove_record(1)
    assert [r.name for r in model.records()] == ["B", "c"]
    qtmodeltester.check(model, force_py=True)


def test_a_model_without_context_shows_ready_labels_and_row_headers() -> None:
    model = RecordTableModel[Item](None, COLUMNS[:1], row_header=lambda i: i.name.upper())
    model.set_records(ITEMS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert model.headerData(1, Qt.Orientation.Vertical) == "A"


def test_set_columns_with_the_same_number_keeps_the_rows(qtbot: Any) -> None:
    model = _model()
    renamed = (Column[Item]("Namn", lambda i: i.name.upper()), COLUMNS[1])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_columns(renamed)
    assert model.data(model.index(0, 0)) == "B"
    with qtbot.waitSignal(model.modelReset):
        model.set_columns(COLUMNS[:1])
    assert model.columnCount() == 1
