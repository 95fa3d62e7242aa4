"""Embeds the assessment wizard or the safety-plan editor on a client's page.

The host creates the editor in place of the overview (a page of the client page's
stack, under a one-line reminder of whose record it is), forwards its ``*_saved``
signals, and before the editor goes away (another client, the client list, a lock)
stores what it holds. ``Location`` is where the user was, to return there after a lock.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QStyle, QVBoxLayout, QWidget

from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import AssessmentId, Client, ClientId
from riskapp.ui.assessment.wizard import AssessmentWizard
from riskapp.ui.clients.formatting import format_personnummer
from riskapp.ui.common.operations import operation
from riskapp.ui.plans.editor import PlanEditor
from riskapp.vault import Session

Editor = AssessmentWizard | PlanEditor


@dataclass(frozen=True)
class Location:
    """Where the user was on this page, to return there after a lock."""

    client_id: ClientId
    editor: str | None = None  # None, "assessment" or "plan"
    assessment_id: AssessmentId | None = None
    form_id: str | None = None
    #: The wizard page's position among its visible pages.
    editor_state: int | None = None


class EditorHost(QObject):
    """Opens and closes the editors shown in ``stack`` (page 0 is the overview)."""

    #: An editor stored something (a draft, a completed assessment, a plan version).
    record_saved = Signal()
    #: The user closed the editor (its work is stored).
    closed = Signal()

    def __init__(self, stack: QStackedWidget, language: str) -> None:
        super().__init__(stack)
        self._stack = stack
        self._language = language
        self._editor: Editor | None = None
        self._container: QWidget | None = None

    @property
    def editor(self) -> Editor | None:
        return self._editor

    def open(
        self,
        session: Session,
        registry: FormRegistry,
        client: Client,
        kind: str,
        *,
        form_id: str | None = None,
        assessment_id: AssessmentId | None = None,
        position: int | None = None,
    ) -> None:
        """Show a new editor of ``kind`` ("assessment" or "plan"); a failure to open it
        is shown and leaves the overview."""
        self.close()
        editor: Editor | None = None
        with operation(self._stack) as op:
            editor = self._create(session, registry, client.id, kind, form_id, assessment_id)
        if op.failed or editor is None:
            return
        editor.closed_requested.connect(self.closed)
        self._editor = editor
        container = QWidget(self._stack)
        who = QLabel(_client_line(client), container)
        who.setObjectName("editor_client")
        margin = self._stack.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        who.setContentsMargins(margin, margin // 2, margin, 0)  # aligned with the editor
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(who)
        box.addWidget(editor, 1)
        self._container = container
        self._stack.addWidget(container)
        self._stack.setCurrentWidget(container)
        if isinstance(editor, AssessmentWizard) and position is not None:
            _go_to_wizard_page(editor, position)
        editor.setFocus()

    def _create(
        self,
        session: Session,
        registry: FormRegistry,
        client_id: ClientId,
        kind: str,
        form_id: str | None,
        assessment_id: AssessmentId | None,
    ) -> Editor:
        if kind == "assessment":
            wizard = AssessmentWizard(
                session,
                registry,
                client_id,
                form_id=None if assessment_id is not None else form_id,
                assessment_id=assessment_id,
                language=self._language,
            )
            wizard.assessment_saved.connect(self.record_saved)
            wizard.assessment_completed.connect(self.record_saved)
            return wizard
        plan = PlanEditor(session, registry, client_id, language=self._language)
        plan.plan_saved.connect(self.record_saved)
        return plan

    def keep_work(self, *, force_draft: bool = False) -> None:
        """Store what the open editor holds before it goes away: the assessment's draft,
        or the plan's unsaved changes as a new version. ``force_draft`` creates an
        assessment draft even before the first answer (a lock returns to it). Editors
        report their own save failures."""
        editor = self._editor
        if isinstance(editor, AssessmentWizard):
            if not editor.is_read_only():
                editor.save_now(force=force_draft)
        elif editor is not None and editor.has_unsaved_changes():
            editor.save()

    def close(self) -> None:
        """Store the editor's work, remove it and show the overview."""
        self.keep_work()
        self.discard()

    def discard(self) -> None:
        """Remove the editor without storing anything (the session is closed already)."""
        if self._container is not None:
            self._stack.removeWidget(self._container)
            self._container.deleteLater()
        self._editor, self._container = None, None
        self._stack.setCurrentIndex(0)

    def location(self, client_id: ClientId) -> Location:
        """Where the user is; stores the editor's work first (a draft even if empty)."""
        editor = self._editor
        if editor is None:
            return Location(client_id)
        self.keep_work(force_draft=True)
        if isinstance(editor, AssessmentWizard):
            aid = editor.current_assessment_id()
            return Location(
                client_id,
                "assessment",
                None if aid is None else AssessmentId(aid),
                editor.form.id,
                _visible_position(editor),
            )
        return Location(client_id, "plan")


def _client_line(client: Client) -> str:
    """A one-line reminder of whose record is open, above the embedded editor."""
    if client.personnummer:
        return QCoreApplication.translate("ClientPage", "Klient: {name} ({pnr})").format(
            name=client.full_name, pnr=format_personnummer(client.personnummer, masked=True)
        )
    return QCoreApplication.translate("ClientPage", "Klient: {name}").format(name=client.full_name)


def _visible_position(editor: AssessmentWizard) -> int:
    """The current page's position among the wizard's visible pages (its page list)."""
    index = editor.page_list.currentIndex()
    return index.row() if index.isValid() else 0


def _go_to_wizard_page(editor: AssessmentWizard, position: int) -> None:
    # The wizard has no public "go to page"; its page list (one row per visible page)
    # navigates when its current row changes.
    model = editor.page_list.model()
    if 0 <= position < model.rowCount():
        editor.page_list.setCurrentIndex(model.index(position, 0))
