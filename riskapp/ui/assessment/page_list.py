"""The wizard's page list: the visible pages, each with a text marker (✓ done, ⚠ needs
attention, ○ open) and how many prefilled answers still await confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QListView, QSizePolicy, QWidget

from riskapp.domain.assessment_input import JUDGEMENT_ID, AssessmentInput
from riskapp.ui.assessment.pages import ClientEstimatePage, JudgementPage, SectionPage, WizardPage
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


def page_row(
    page: WizardPage,
    data: AssessmentInput,
    *,
    language: str,
    visited: bool,
    missing: bool,
    read_only: bool,
) -> PageRow:
    """How far ``page`` is: a problem marked on it, done (visited with nothing required
    missing, nothing left to confirm), or open; and how many answers await confirmation."""
    title = page.section.title.get(language)
    problem = False
    done = visited
    unconfirmed = 0
    if isinstance(page, SectionPage):
        shown = [w for w in page.questions.values() if not w.isHidden()]
        problem = any(w.has_error() for w in shown)
        done = done and not missing
        unconfirmed = sum(1 for w in shown if w.question.id in data.unconfirmed)
    elif isinstance(page, ClientEstimatePage):
        problem = not page.error.isHidden()
        done = data.client_estimate is not None
    elif isinstance(page, JudgementPage):
        problem = not (page.level_error.isHidden() and page.rationale_error.isHidden())
        done = bool(data.judgement_level and data.judgement_rationale)
        unconfirmed = int(JUDGEMENT_ID in data.unconfirmed)
    if read_only:
        problem, done, unconfirmed = False, True, 0
    done = done and not unconfirmed
    state = PageState.PROBLEM if problem else PageState.DONE if done else PageState.OPEN
    return PageRow(title, state, unconfirmed)


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


class PageListView(QListView):
    """The page list beside the wizard's pages: narrow, wrapped, one row per visible page."""

    def __init__(self, model: PageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setAccessibleName(QCoreApplication.translate("AssessmentWizard", "Sidor i formuläret"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setWordWrap(True)
        self.setSpacing(max(1, self.fontMetrics().lineSpacing() // 6))
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)

    def mark_current(self, row: int) -> None:
        """Make ``row`` current without telling listeners (the wizard is already there)."""
        sel = self.selectionModel()
        if sel.currentIndex().row() != row:
            sel.blockSignals(True)
            sel.setCurrentIndex(
                self._model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            sel.blockSignals(False)
            self.viewport().update()
