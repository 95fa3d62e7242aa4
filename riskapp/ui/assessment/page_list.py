"""The wizard's page list: the visible pages, each with a text marker (✓ done, ⚠ needs
attention, ○ open) and how many prefilled answers still await confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt

from riskapp.ui.common.record_model import Column, RecordTableModel


class PageState(Enum):
    OPEN = "open"
    DONE = "done"
    PROBLEM = "problem"


@dataclass
class PageRow:
    title: str
    state: PageState
    unconfirmed: int = 0


def page_label(row: PageRow) -> str:
    if row.state is PageState.PROBLEM:
        text = QCoreApplication.translate("PageListModel", "⚠ {title}").format(title=row.title)
    elif row.state is PageState.DONE:
        text = QCoreApplication.translate("PageListModel", "✓ {title}").format(title=row.title)
    else:
        text = QCoreApplication.translate("PageListModel", "○ {title}").format(title=row.title)
    if row.unconfirmed:
        text = QCoreApplication.translate("PageListModel", "{text} ({n} att bekräfta)").format(
            text=text, n=row.unconfirmed
        )
    return text


_PAGE_COLUMN: Column[PageRow] = Column(
    "", page_label, roles={Qt.ItemDataRole.AccessibleTextRole: page_label}
)


class PageListModel(RecordTableModel[PageRow]):
    """The visible pages, each with a text marker: ✓ done, ⚠ needs attention."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(None, (_PAGE_COLUMN,), parent)

    def set_rows(self, rows: list[PageRow]) -> None:
        """Update in place while the same pages are shown (the view keeps its current row);
        a reset when pages appear or disappear."""
        if [r.title for r in rows] == [r.title for r in self.records()]:
            self.update_records(rows)
        else:
            self.set_records(rows)
