"""The help lines of the organisation settings (printed on a client's safety plan) as an
editable ``RecordTableModel``: text columns edit in place, "För klienter" is a check box."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt

from riskapp.domain.records import HelpLine
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import Column, Index, RecordTableModel


def _text_column(header: str, field: str) -> Column[HelpLine]:
    def value(line: HelpLine) -> str:
        return str(getattr(line, field))

    return Column(header, value, roles={Qt.ItemDataRole.EditRole: value})


def _for_clients(line: HelpLine) -> Qt.CheckState:
    return Qt.CheckState.Checked if line.for_clients else Qt.CheckState.Unchecked


HELP_LINE_COLUMNS: tuple[Column[HelpLine], ...] = (
    _text_column(QT_TRANSLATE_NOOP("HelpLineTableModel", "Namn"), "name"),
    _text_column(QT_TRANSLATE_NOOP("HelpLineTableModel", "Nummer"), "number"),
    _text_column(QT_TRANSLATE_NOOP("HelpLineTableModel", "Målgrupp"), "audience"),
    _text_column(QT_TRANSLATE_NOOP("HelpLineTableModel", "Öppettider"), "hours"),
    _text_column(QT_TRANSLATE_NOOP("HelpLineTableModel", "Neutralt namn"), "neutral_name"),
    Column(
        QT_TRANSLATE_NOOP("HelpLineTableModel", "För klienter"),
        lambda _line: None,
        sort_key=lambda line: line.for_clients,
        roles={Qt.ItemDataRole.CheckStateRole: _for_clients},
    ),
)


def _with_text(line: HelpLine, field: str, text: str) -> HelpLine:
    """``line`` with one of its text fields replaced."""
    if field == "name":
        return replace(line, name=text)
    if field == "number":
        return replace(line, number=text)
    if field == "audience":
        return replace(line, audience=text)
    if field == "hours":
        return replace(line, hours=text)
    return replace(line, neutral_name=text)


class HelpLineTableModel(RecordTableModel[HelpLine]):
    COL_NAME, COL_NUMBER, COL_AUDIENCE, COL_HOURS, COL_NEUTRAL, COL_CLIENTS = range(6)
    _FIELDS = ("name", "number", "audience", "hours", "neutral_name")

    def __init__(
        self, lines: tuple[HelpLine, ...], *, editable: bool, parent: QObject | None = None
    ) -> None:
        super().__init__("HelpLineTableModel", HELP_LINE_COLUMNS, parent)
        self.set_records(lines)
        self._editable = editable

    def lines(self) -> tuple[HelpLine, ...]:
        """The lines with a name or a number (empty rows are dropped)."""
        return tuple(line for line in self.records() if line.name.strip() or line.number.strip())

    def add_line(self) -> int:
        row = self.rowCount()
        self.append_records([HelpLine(name="", number="")])
        return row

    def remove_line(self, row: int) -> None:
        self.remove_record(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._editable:
            return base
        if index.column() == self.COL_CLIENTS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable:
            return False
        row, col = index.row(), index.column()
        line = self.record_at(row)
        if col == self.COL_CLIENTS and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            line = replace(line, for_clients=checked)
        elif col < self.COL_CLIENTS and role == Qt.ItemDataRole.EditRole:
            line = _with_text(line, self._FIELDS[col], str(value).strip())
        else:
            return False
        self._records[row] = line
        self.dataChanged.emit(index, index, [role])
        return True
