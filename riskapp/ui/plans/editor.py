"""``PlanEditor``: the client's safety plan as a themed checklist, with version history.

The checklist comes from the safety-plan form: one group per theme (section), a check box
per item and a text field per free-text field, each with a "leave out of the discreet
printout" box (pre-set and locked for items the form itself leaves out). Saving always
stores a new version through ``riskapp.services.plans``; earlier versions open read-only
from the history list, and a new version can start from any of them. Print buttons are the
shell's: it asks ``current_plan_id()``.

No business logic here: cleaning answers, the discreet rules and the link to the latest
danger assessment live in the services and the domain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form
from riskapp.domain.records import AssessmentStatus, ClientId, SafetyPlan
from riskapp.services import plans as services
from riskapp.ui.assessment.questions import QuestionWidget
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import keep_quiet, operation
from riskapp.ui.plans.history_model import PlanHistoryModel
from riskapp.ui.plans.item_row import ItemRow

if TYPE_CHECKING:  # pragma: no cover
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session


class PlanEditor(QWidget):
    """Edit a new version of a client's safety plan, or view an earlier one read-only."""

    #: A new plan version was stored (plan id).
    plan_saved = Signal(int)
    #: The user asked to close the editor.
    closed_requested = Signal()

    def __init__(
        self,
        session: Session,
        registry: FormRegistry,
        client_id: ClientId,
        *,
        plan_id: int | None = None,
        language: str = "sv",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._registry = registry
        self._client_id = client_id
        self._language = language
        self._dirty = False
        self._viewed: SafetyPlan | None = None  # the version shown read-only, if any
        self._based_on: SafetyPlan | None = None  # the version the working copy started from
        self._working: dict[str, Any] = {}
        self._working_omit: set[str] = set()
        self._rows: dict[str, ItemRow] = {}
        self._shown_once = False
        self._built: object = None  # "work" or the viewed plan id: what the checklist shows
        self.form: Form = services.plan_form(registry)
        self.setWindowTitle(self.form.title.get(language))  # never client data
        self._build()
        self._reload_history()
        plans = self.history_model.plans()
        start: SafetyPlan | None = None
        if plan_id is not None:
            start = next((p for p in plans if p.id == plan_id), None)
            if start is None:
                raise ValueError("plan does not belong to this client")
        latest = plans[0] if plans else None
        self._start_working_copy(latest)
        if start is not None and latest is not None and start.id != latest.id:
            self._show_version(start)
        else:
            self._show_working_copy()

    # --- construction ------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(self.form.title.get(self._language), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self.mode_label.setObjectName("mode")
        outer.addWidget(self.mode_label)
        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)
        self.link_label.setObjectName("link")
        outer.addWidget(self.link_label)

        body = QHBoxLayout()
        # Items are created before the buttons and the history (Tab follows creation order).
        self.items_area = QScrollArea(self)
        self.items_area.setWidgetResizable(True)
        self.items_area.setFrameShape(QFrame.Shape.NoFrame)
        self.items_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Spara ny version"), self)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setAccessibleDescription(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("Ny version utifrån denna"), self)
        self.edit_button.clicked.connect(self._edit_from_viewed)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        self.close_button.clicked.connect(self.request_close)
        buttons.addStretch(1)
        for b in (self.save_button, self.edit_button, self.close_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)

        history_box = QVBoxLayout()
        history_label = QLabel(self.tr("Versioner"), self)
        self.history_model = PlanHistoryModel(self)
        self.history = QListView(self)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Tidigare versioner av säkerhetsplanen"))
        self.history.setWordWrap(True)
        self.history.setMaximumWidth(self.history.fontMetrics().averageCharWidth() * 40)
        self.history.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        history_label.setBuddy(self.history)
        self.history.selectionModel().currentChanged.connect(self._on_history)
        history_box.addWidget(history_label)
        history_box.addWidget(self.history, 1)

        body.addWidget(self.items_area, 1)
        body.addLayout(history_box)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    def _build_items(self, form: Form) -> None:
        """A fresh checklist for ``form`` (a plan renders with its own form version)."""
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(self.fontMetrics().lineSpacing() // 2)
        if form.description is not None:
            intro = QLabel(form.description.get(self._language), content)
            intro.setWordWrap(True)
            column.addWidget(intro)
        self._rows = {}
        for section in form.sections:
            title = section.title.get(self._language)
            if section.discreet_omit:
                title = self.tr("{title} (hela temat utelämnas i diskret utskrift)").format(
                    title=title
                )
            group = QGroupBox(title, content)
            group.setObjectName(f"section_{section.id}")
            group_layout = QVBoxLayout(group)
            if section.intro is not None:
                intro = QLabel(section.intro.get(self._language), group)
                intro.setWordWrap(True)
                group_layout.addWidget(intro)
            for q in section.questions:
                row = ItemRow(q, section, self._language, group)
                row.input.answer_changed.connect(self._on_item)
                row.omit.clicked.connect(self._on_omit)
                self._rows[q.id] = row
                group_layout.addWidget(row)
            column.addWidget(group)
        column.addStretch(1)
        self.items_area.setWidget(content)  # deletes the previous checklist

    # --- state -------------------------------------------------------------------------
    def _reload_history(self) -> None:
        self.history_model.set_plans(services.plan_history(self._session, self._client_id))

    def _start_working_copy(self, base: SafetyPlan | None) -> None:
        self._based_on = base
        self._working = dict(base.answers) if base else {}
        self._working_omit = set(base.discreet_omit) if base else set()
        self._dirty = False

    def _select_row(self, row: int) -> None:
        sel = self.history.selectionModel()
        sel.blockSignals(True)
        sel.setCurrentIndex(
            self.history_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        sel.blockSignals(False)
        self.history.viewport().update()

    def _fill(self, form: Form, answers: Any, omit: Any) -> None:
        for qid, row in self._rows.items():
            row.input.set_value(answers.get(qid))
            if not row.form_omits:
                row.omit.setChecked(qid in omit)
        visible = {q.id for q in engine.visible_questions(form, dict(answers))}
        for qid, row in self._rows.items():
            row.setHidden(qid not in visible)

    def _show_working_copy(self) -> None:
        self._viewed = None
        if self._built != "work":  # keep the widgets (and the keyboard focus) after a save
            self._build_items(self.form)
            self._built = "work"
        self._fill(self.form, self._working, self._working_omit)
        for row in self._rows.values():
            row.set_read_only(False)
        self.save_button.show()
        self.edit_button.hide()
        if self._based_on is not None:
            number = self._version_number(self._based_on)
            self.mode_label.setText(
                self.tr(
                    "Ny version, utgår från version {n}. Spara skapar en ny version; tidigare "
                    "versioner finns kvar."
                ).format(n=number)
            )
        else:
            self.mode_label.setText(self.tr("Första versionen av säkerhetsplanen."))
        linked = services.latest_danger_assessment(self._session, self._registry, self._client_id)
        if linked is not None and linked.completed_at is not None:
            self.link_label.setText(
                self.tr("Kopplas till riskbedömningen slutförd {date}.").format(
                    date=linked.completed_at.astimezone().strftime("%Y-%m-%d")
                )
            )
        else:
            self.link_label.setText(
                self.tr("Det finns ingen slutförd riskbedömning att koppla planen till.")
            )
        self._select_row(0)

    def _show_version(self, plan: SafetyPlan) -> None:
        opened = services.open_plan(self._session, self._registry, plan.id)
        self._viewed = opened.plan
        self._build_items(opened.form)
        self._built = int(opened.plan.id)
        self._fill(opened.form, opened.plan.answers, opened.plan.discreet_omit)
        for row in self._rows.values():
            row.set_read_only(True)
        self.save_button.hide()
        self.edit_button.show()
        number = self._version_number(opened.plan)
        if opened.superseded:
            text = self.tr("Version {n} (en senare version finns). Visas skrivskyddad.")
        else:
            text = self.tr("Version {n} (senaste sparade). Visas skrivskyddad.")
        self.mode_label.setText(text.format(n=number))
        self.link_label.setText(self._link_text(opened.plan))
        self._select_row(self.history_model.row_of(plan.id))

    def _link_text(self, plan: SafetyPlan) -> str:
        if plan.assessment_id is None:
            return self.tr("Planen är inte kopplad till någon riskbedömning.")
        a = None
        with operation(self, on_error=keep_quiet):
            a = self._session.assessments.get(plan.assessment_id)
        if a is None:
            return self.tr("Den kopplade riskbedömningen kunde inte läsas.")
        if a.status is AssessmentStatus.COMPLETED and a.completed_at is not None:
            return self.tr("Kopplad till riskbedömningen slutförd {date}.").format(
                date=a.completed_at.astimezone().strftime("%Y-%m-%d")
            )
        return self.tr("Kopplad till en riskbedömning.")

    def _version_number(self, plan: SafetyPlan) -> int:
        plans = self.history_model.plans()
        ids = [p.id for p in plans]
        return len(plans) - ids.index(plan.id) if plan.id in ids else 0

    # --- slots -------------------------------------------------------------------------
    def _on_history(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        plan_id = current.data(PlanHistoryModel.PlanIdRole)
        if plan_id is None:
            self._show_working_copy()
            return
        plan = next(p for p in self.history_model.plans() if p.id == plan_id)
        self._show_version(plan)

    def _on_item(self, qid: str) -> None:
        if self._viewed is not None:
            return
        value = self._rows[qid].input.value()
        if value is None:
            self._working.pop(qid, None)
        else:
            self._working[qid] = value
        visible = {q.id for q in engine.visible_questions(self.form, self._working)}
        for item_id, row in self._rows.items():
            row.setHidden(item_id not in visible)
        self._mark_dirty()

    def _on_omit(self) -> None:
        if self._viewed is not None:
            return
        self._working_omit = {
            qid for qid, row in self._rows.items() if row.omit.isChecked() and not row.form_omits
        }
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.message.setText(self.tr("Ändringar som inte är sparade. Spara med Ctrl+S."))

    def _edit_from_viewed(self) -> None:
        if self._viewed is None:
            return
        if self._dirty:
            self.message.setText(
                self.tr(
                    "Den pågående versionen har osparade ändringar. Spara eller välj "
                    '"Ny version (redigeras)" först.'
                )
            )
            return
        self._start_working_copy(self._viewed)
        self._show_working_copy()
        self._dirty = True
        self.message.setText(self.tr("Ny version utifrån en tidigare version. Spara med Ctrl+S."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # start with the keyboard on the first item
            self._shown_once = True
            rows = [r for r in self._rows.values() if not r.isHidden()]
            target = rows[0].input if rows and self._viewed is None else self.history
            QTimer.singleShot(
                0, target.focus_first if isinstance(target, QuestionWidget) else target.setFocus
            )

    # --- public --------------------------------------------------------------------------
    def current_plan_id(self) -> int | None:
        """The stored version shown: the viewed one, else the latest the working copy is
        based on or was saved as (None when the client has no plan yet)."""
        if self._viewed is not None:
            return int(self._viewed.id)
        return None if self._based_on is None else int(self._based_on.id)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def request_close(self) -> None:
        """Close, asking first when there are unsaved changes: save them as a new version
        (the default), close without saving, or stay."""
        if self._dirty:
            answer = Dialogs.save_changes(
                self,
                self.tr("Osparade ändringar"),
                self.tr(
                    "Planen har ändringar som inte är sparade. Vill du spara dem som en ny "
                    "version innan du stänger?"
                ),
            )
            if answer == "cancel":
                return
            if answer == "save" and self.save() is None:
                return  # refused: the changes stay here and the message says so
            if answer == "discard":
                self._dirty = False
        self.closed_requested.emit()

    def save(self) -> int | None:
        """Store the working copy as a new version; returns its id (None if refused)."""
        if self._viewed is not None:
            return None
        with operation(self, on_error=lambda _exc: self._save_failed()) as op:
            plan = services.save_plan(
                self._session,
                self._registry,
                self._client_id,
                self._working,
                discreet_omit=self._working_omit,
                form=self.form,
            )
        if op.failed:
            return None
        self._reload_history()
        self._start_working_copy(plan)
        self._show_working_copy()
        self.message.setText(self.tr("Version {n} sparad.").format(n=self._version_number(plan)))
        self.plan_saved.emit(int(plan.id))
        return int(plan.id)

    def _save_failed(self) -> None:
        # The changes stay in the editor: the person can try again.
        self.message.setText(
            self.tr("Planen kunde inte sparas. Ändringarna finns kvar här; försök igen.")
        )
