"""One published statistics table as a ``RecordTableModel``: a record per row (its label
and cells, the row total last), the totals row last; "<5" for hidden counts.

Headers are the code labels of ``riskapp.reports.stats_labels`` (as in the exported
files), so the model has no translation context of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from riskapp.domain.stats.table import SMALL, Cell, PublishedTable, Suppressed
from riskapp.reports import stats_labels
from riskapp.ui.common.record_model import Column, FirstColumnRole, RecordTableModel

#: Role holding the raw published value of a cell (an int, or the marker "<5" / "..").
VALUE_ROLE = FirstColumnRole


@dataclass(frozen=True)
class PublishedRow:
    label: str
    cells: tuple[Cell, ...]


def _raw(value: Cell) -> int | str:
    """The value, or its marker ("<5" / "..") when hidden."""
    return str(value) if isinstance(value, Suppressed) else value


def _tooltip(value: Cell) -> str | None:
    if not isinstance(value, Suppressed):
        return None
    if value is SMALL:
        return QCoreApplication.translate("PublishedTableModel", "Dolt värde: 1–4.")
    return QCoreApplication.translate(
        "PublishedTableModel",
        "Dolt för att ett annat dolt värde inte ska kunna räknas fram.",
    )


def _column(label: str, j: int) -> Column[PublishedRow]:
    return Column(
        label,
        lambda r: stats_labels.cell_text(r.cells[j]),
        sort_key=lambda r: -1 if isinstance(r.cells[j], Suppressed) else r.cells[j],
        alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        roles={
            VALUE_ROLE: lambda r: (
                str(r.cells[j]) if isinstance(r.cells[j], Suppressed) else r.cells[j]
            ),
            Qt.ItemDataRole.ToolTipRole: lambda r: _tooltip(r.cells[j]),
        },
    )


class PublishedTableModel(RecordTableModel[PublishedRow]):
    """One published table with its totals row and column."""

    def __init__(self, parent: QObject | None = None, language: str = "sv") -> None:
        super().__init__(None, (), parent, row_header=lambda r: r.label)
        self._table: PublishedTable | None = None
        self._language = language

    def set_table(self, table: PublishedTable | None) -> None:
        self._table = table
        if table is None:
            self.set_columns(())
            self.set_records([])
            return
        total = stats_labels.word("total", self._language)
        labels = [stats_labels.label(c, self._language) for c in table.columns] + [total]
        row_labels = [stats_labels.label(r, self._language) for r in table.rows] + [total]
        self.set_columns([_column(label, j) for j, label in enumerate(labels)])
        self.set_records(
            PublishedRow(label, tuple(cells))
            for label, cells in zip(row_labels, table.augmented(), strict=True)
        )

    def table(self) -> PublishedTable | None:
        return self._table

    def value(self, row: int, column: int) -> Cell:
        """The published value at (row, column), totals in the last row and column."""
        return self.record_at(row).cells[column]
