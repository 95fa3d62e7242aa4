"""``RecordTableModel``: the one table model behind every list and table in the UI.

A table is a list of records (frozen dataclasses) and its columns, declared as data: a
``Column`` names its header (marked with ``QT_TRANSLATE_NOOP`` in the model's translation
context, translated when shown), what a cell displays, how it sorts, its alignment and
any further roles it answers. Every row answers ``RecordRole`` with its record and
``SortRole`` with the column's sort key (Vorta's ``ArchiveTableModel`` shape).
``set_records`` replaces the rows between ``beginResetModel``/``endResetModel``.

What does not live here: fetching pages from the vault (the client list and the audit
log subclass this with ``canFetchMore``/``fetchMore``) and editing (the help-line table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")

Index = QModelIndex | QPersistentModelIndex
#: The invalid (root) index, as a default argument (ruff B008: no calls in defaults).
NO_PARENT = QModelIndex()

#: The record of a row (any column).
RecordRole = Qt.ItemDataRole.UserRole + 1
#: The sort key of a cell (the column's ``sort_key``, else its displayed text).
SortRole = Qt.ItemDataRole.UserRole + 2
#: The first role a column may declare for itself in ``Column.roles``.
FirstColumnRole = Qt.ItemDataRole.UserRole + 3

#: What a cell answers for a role, given the row's record.
CellFunction = Callable[[R], object]


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a ``RecordTableModel``."""

    #: Untranslated header (``QT_TRANSLATE_NOOP(<model context>, ...)``), or a ready label
    #: when the model has no translation context.
    header: str
    #: The cell's text (``DisplayRole``); None shows nothing (a check box column).
    display: Callable[[R], str | None]
    #: The cell's ``SortRole`` value; None sorts by the displayed text.
    sort_key: CellFunction[R] | None = None
    #: ``TextAlignmentRole``; None leaves Qt's default.
    alignment: Qt.AlignmentFlag | None = None
    #: Further roles this column answers (tool tip, accessible text, edit value, ...).
    roles: Mapping[int, CellFunction[R]] = field(default_factory=dict)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` under ``columns``; headers translated in ``context`` (a class name
    kept from the hand-written models, so translations stay where they were)."""

    def __init__(
        self,
        context: str | None,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        row_header: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns: tuple[Column[R], ...] = tuple(columns)
        self._row_header = row_header
        self._records: list[R] = []

    # --- our API ----------------------------------------------------------------------
    def set_records(self, records: Iterable[R]) -> None:
        """Replace every row (a model reset: views drop their selection)."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        """Replace the columns, e.g. after the form registry changed: in place when their
        number is unchanged (the view keeps its selection), else a model reset."""
        columns = tuple(columns)
        if len(columns) != len(self._columns):
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()
            return
        self._columns = columns
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            if self._records:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._records) - 1, len(columns) - 1)
                )

    def update_records(self, records: Sequence[R]) -> None:
        """Replace the rows in place when their number is unchanged (``dataChanged``: the
        view keeps its current row and selection), else as ``set_records``."""
        if len(records) != len(self._records):
            self.set_records(records)
            return
        self._records = list(records)
        if self._records and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1)
            )

    def append_records(self, records: Sequence[R]) -> None:
        """Add rows at the end (a fetched page)."""
        if not records:
            return
        start = len(self._records)
        self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
        self._records.extend(records)
        self.endInsertRows()

    def replace_record(self, row: int, record: R) -> None:
        """Put ``record`` in ``row`` (an edit) and tell the views."""
        self._records[row] = record
        if self._columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def remove_record(self, row: int) -> None:
        if 0 <= row < len(self._records):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()

    def column_changed(self, column: int, roles: Sequence[int] = ()) -> None:
        """Every cell of ``column`` shows something else now (``dataChanged``)."""
        if self._records:
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._records) - 1, column), list(roles)
            )

    def records(self) -> list[R]:
        return list(self._records)

    def record_at(self, row: int) -> R:
        return self._records[row]

    # --- Qt -------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = NO_PARENT) -> QModelIndex:
        """As Qt's, with ``column`` 0 by default (one-column models shown in a list)."""
        return super().index(row, column, parent)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            header = self._columns[section].header
            if self._context is None:
                return header
            return QCoreApplication.translate(self._context, header)
        if (
            orientation == Qt.Orientation.Vertical
            and self._row_header is not None
            and 0 <= section < len(self._records)
        ):
            return self._row_header(self._records[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= col < len(self._columns)):
            return None
        record = self._records[row]
        if role == RecordRole:
            return record
        column = self._columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SortRole:
            return column.sort_key(record) if column.sort_key else column.display(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        function = column.roles.get(role)
        return None if function is None else function(record)
