"""One client's page: details, assessment history + trend, repeat indicator, plans, actions.

The overview is read from the vault when the page opens (``show_client``) and after an
editor reports a save. The assessment wizard and the safety-plan editor (built by their
own modules) are embedded in place of the overview; the page only creates them, listens
to their ``*_saved``/``closed_requested`` signals and reloads. Printing and the journal
summary call service functions; the summary goes through ``SensitiveClipboard``.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.errors import RiskappError
from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    Client,
    ClientId,
    SafetyPlan,
)
from riskapp.domain.review import review_state
from riskapp.services import clients as clients_svc
from riskapp.ui.client_list import format_personnummer
from riskapp.ui.clipboard import SensitiveClipboard
from riskapp.ui.dialogs import Dialogs
from riskapp.ui.errors import show_error
from riskapp.ui.trend import TrendPoint, TrendWidget

Index = QModelIndex | QPersistentModelIndex
#: The invalid (root) index, as a default argument (ruff B008: no calls in defaults).
_ROOT = QModelIndex()
RecordRole = Qt.ItemDataRole.UserRole + 1


def module_available(name: str) -> bool:
    """True when an optional sibling module (built by another helper) is installed."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@dataclass(frozen=True)
class Location:
    """Where the user was on this page, to return there after a lock."""

    client_id: ClientId
    editor: str | None = None  # None, "assessment" or "plan"
    assessment_id: AssessmentId | None = None
    form_id: str | None = None
    editor_state: Any = None


def form_title(registry: Any, form_id: str, version: int, language: str) -> str:
    try:
        return str(registry.get(form_id, version).title.get(language))
    except (RiskappError, KeyError, LookupError):
        return form_id


class AssessmentTableModel(QAbstractTableModel):
    COL_DATE, COL_FORM, COL_STATUS, COL_LEVEL, COL_SCORE = range(5)
    _HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentTableModel", "Datum"),
        QT_TRANSLATE_NOOP("AssessmentTableModel", "Instrument"),
        QT_TRANSLATE_NOOP("AssessmentTableModel", "Status"),
        QT_TRANSLATE_NOOP("AssessmentTableModel", "Bedömd nivå"),
        QT_TRANSLATE_NOOP("AssessmentTableModel", "Stöd (summa)"),
    )
    _STATUS = {
        AssessmentStatus.DRAFT: QT_TRANSLATE_NOOP("AssessmentTableModel", "Utkast"),
        AssessmentStatus.COMPLETED: QT_TRANSLATE_NOOP("AssessmentTableModel", "Slutförd"),
        AssessmentStatus.VOIDED: QT_TRANSLATE_NOOP("AssessmentTableModel", "Makulerad"),
    }

    def __init__(self, registry: Any, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._language = language
        self._rows: list[Assessment] = []

    def set_rows(self, rows: list[Assessment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def assessment_at(self, row: int) -> Assessment:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("AssessmentTableModel", self._HEADERS[section])
        return None

    def _level(self, a: Assessment) -> str:
        if not a.judgement_level:
            return ""
        try:
            form: Form = self._registry.get(a.form_id, a.form_version)
            return str(form.level(a.judgement_level).label.get(self._language))
        except (RiskappError, KeyError, LookupError):
            return a.judgement_level

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a = self._rows[index.row()]
        if role == RecordRole:
            return a
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_DATE:
            when = a.completed_at or a.updated_at
            return when.astimezone().strftime("%Y-%m-%d")
        if col == self.COL_FORM:
            return form_title(self._registry, a.form_id, a.form_version, self._language)
        if col == self.COL_STATUS:
            return QCoreApplication.translate("AssessmentTableModel", self._STATUS[a.status])
        if col == self.COL_LEVEL:
            return self._level(a)
        if col == self.COL_SCORE:
            return "" if a.score is None else str(a.score)
        return None


class PlanTableModel(QAbstractTableModel):
    COL_DATE, COL_AUTHOR, COL_PRINTED = range(3)
    _HEADERS = (
        QT_TRANSLATE_NOOP("PlanTableModel", "Senast ändrad"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Av"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Utskriven"),
    )
    _PRINTED = {
        None: QT_TRANSLATE_NOOP("PlanTableModel", "Nej"),
        "normal": QT_TRANSLATE_NOOP("PlanTableModel", "Vanlig version"),
        "discreet": QT_TRANSLATE_NOOP("PlanTableModel", "Diskret version"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SafetyPlan] = []

    def set_rows(self, rows: list[SafetyPlan]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def plan_at(self, row: int) -> SafetyPlan:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("PlanTableModel", self._HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        plan = self._rows[index.row()]
        if role == RecordRole:
            return plan
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_DATE:
            return plan.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == self.COL_AUTHOR:
            return plan.author
        if col == self.COL_PRINTED:
            text = self._PRINTED.get(plan.printed_version, plan.printed_version or "")
            return QCoreApplication.translate("PlanTableModel", text)
        return None


class ClientPage(QWidget):
    #: The user wants the client list back.
    back_requested = Signal()
    #: The user wants to edit the client's details.
    edit_requested = Signal()
    #: Something was saved or completed (assessment or plan): others may refresh.
    record_saved = Signal()

    def __init__(
        self,
        registry: Any,
        clipboard: SensitiveClipboard,
        language: str = "sv",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._clipboard = clipboard
        self._language = language
        self.session: Any = None
        self.client: Client | None = None
        self._assessments: list[Assessment] = []
        self._editor: QWidget | None = None
        self._editor_kind: str | None = None
        self._editor_container: QWidget | None = None
        self._pnr_visible = False

        self.stack = QStackedWidget(self)
        self.overview = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        self.stack.addWidget(scroll)
        QVBoxLayout(self).addWidget(self.stack)
        self.layout().setContentsMargins(0, 0, 0, 0)

        # header
        self.back_button = QPushButton(self.tr("< Klientlistan"), self)
        self.back_button.setAccessibleName(self.tr("Tillbaka till klientlistan"))
        self.name_label = QLabel(self)
        self.name_label.setObjectName("client_name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.pnr_label = QLabel(self)
        self.pnr_toggle = QToolButton(self)
        self.pnr_toggle.setCheckable(True)
        self.pnr_toggle.setText(self.tr("Visa"))
        self.pnr_toggle.setAccessibleName(self.tr("Visa hela personnumret"))
        self.protected_label = QLabel(
            self.tr("Skyddade personuppgifter – adressen skrivs aldrig ut"), self
        )
        self.protected_label.setObjectName("protected_banner")
        self.edit_button = QPushButton(self.tr("&Redigera uppgifter …"), self)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.name_label)
        header.addWidget(self.pnr_label)
        header.addWidget(self.pnr_toggle)
        header.addStretch(1)
        header.addWidget(self.edit_button)

        # details
        details = QGroupBox(self.tr("Uppgifter"), self)
        self.phone_value = QLabel(details)
        self.safe_value = QLabel(details)
        self.address_value = QLabel(details)
        self.notes_value = QLabel(details)
        for label in (self.phone_value, self.safe_value, self.address_value, self.notes_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dform = QFormLayout(details)
        dform.addRow(self.tr("Nås säkert:"), self.safe_value)
        dform.addRow(self.tr("Telefon:"), self.phone_value)
        dform.addRow(self.tr("Adress:"), self.address_value)
        dform.addRow(self.tr("Anteckningar:"), self.notes_value)

        # review indicator + start buttons
        self.review_label = QLabel(self)
        self.review_label.setObjectName("review_indicator")
        self.review_label.setWordWrap(True)
        start_box = QGroupBox(self.tr("Nytt instrument"), self)
        # Stacked, not side by side: instrument titles are long (and twice as wide at 200 %).
        self.start_layout = QVBoxLayout(start_box)
        self.start_buttons: dict[str, QPushButton] = {}

        # assessments
        history = QGroupBox(self.tr("Bedömningar"), self)
        self.assessment_model = AssessmentTableModel(registry, language, self)
        self.assessment_table = QTableView(history)
        self.assessment_table.setAccessibleName(self.tr("Bedömningar"))
        self.assessment_table.setModel(self.assessment_model)
        self._table_defaults(self.assessment_table)
        self.resume_button = QPushButton(self.tr("&Öppna"), history)
        self.resume_button.setToolTip(
            self.tr("Fortsätt ett utkast eller läs en slutförd bedömning")
        )
        self.journal_button = QPushButton(self.tr("&Kopiera journalsammanfattning"), history)
        self.journal_button.setToolTip(
            self.tr(
                "Kopierar en kort sammanfattning utan namn och personnummer. Urklippet töms efter "
                "30 sekunder."
            )
        )
        self.summary_button = QPushButton(self.tr("Skriv ut sammanfattning …"), history)
        self.save_summary_button = QPushButton(self.tr("Spara sammanfattning som PDF …"), history)
        self.trend = TrendWidget(history)
        hbuttons = QHBoxLayout()
        hbuttons.addWidget(self.resume_button)
        hbuttons.addWidget(self.journal_button)
        hbuttons.addWidget(self.summary_button)
        hbuttons.addWidget(self.save_summary_button)
        hbuttons.addStretch(1)
        hl = QVBoxLayout(history)
        hl.addWidget(self.assessment_table)
        hl.addLayout(hbuttons)
        self.trend_title = QLabel(self.tr("Bedömd risknivå över tid:"), history)
        hl.addWidget(self.trend_title)
        hl.addWidget(self.trend)

        # plans
        plans = QGroupBox(self.tr("Säkerhetsplaner"), self)
        self.plan_model = PlanTableModel(self)
        self.plan_table = QTableView(plans)
        self.plan_table.setAccessibleName(self.tr("Säkerhetsplaner"))
        self.plan_table.setModel(self.plan_model)
        self._table_defaults(self.plan_table)
        self.plan_button = QPushButton(self.tr("Säkerhets&plan …"), plans)
        self.print_plan_button = QPushButton(self.tr("Skriv ut plan …"), plans)
        self.print_discreet_button = QPushButton(self.tr("Skriv ut diskret plan …"), plans)
        self.save_plan_button = QPushButton(self.tr("Spara plan som PDF …"), plans)
        pbuttons = QHBoxLayout()
        pbuttons.addWidget(self.plan_button)
        pbuttons.addWidget(self.print_plan_button)
        pbuttons.addWidget(self.print_discreet_button)
        pbuttons.addWidget(self.save_plan_button)
        pbuttons.addStretch(1)
        pl = QVBoxLayout(plans)
        pl.addWidget(self.plan_table)
        pl.addLayout(pbuttons)

        grid = QGridLayout(self.overview)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.protected_label, 1, 0, 1, 2)
        grid.addWidget(self.review_label, 2, 0, 1, 2)
        grid.addWidget(details, 3, 0)
        grid.addWidget(start_box, 3, 1)
        grid.addWidget(history, 4, 0, 1, 2)
        grid.addWidget(plans, 5, 0, 1, 2)
        grid.setRowStretch(4, 2)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.pnr_toggle.toggled.connect(self._on_pnr_toggle)
        self.resume_button.clicked.connect(self.open_selected_assessment)
        self.assessment_table.activated.connect(lambda _i: self.open_selected_assessment())
        self.journal_button.clicked.connect(self.copy_journal_summary)
        self.summary_button.clicked.connect(self.print_summary)
        self.save_summary_button.clicked.connect(self.save_summary_pdf)
        self.save_plan_button.clicked.connect(self.save_plan_pdf)
        self.plan_button.clicked.connect(self.open_plan_editor)
        self.print_plan_button.clicked.connect(lambda: self.print_plan(discreet=False))
        self.print_discreet_button.clicked.connect(lambda: self.print_plan(discreet=True))
        self.assessment_table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Which sibling modules exist is looked up on first use, not at start-up: finding
        # riskapp.ui.assessment imports it, and the unlock screen should appear quickly.
        self.has_wizard = self.has_plan_editor = self.has_printing = False
        self._features_checked = False

    @staticmethod
    def _table_defaults(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(table.fontMetrics().lineSpacing() * 6)

    # --- optional modules built by other helpers ---------------------------------------
    def _setup_optional_features(self) -> None:
        if self._features_checked:
            return
        self._features_checked = True
        self.has_wizard = module_available("riskapp.ui.assessment.wizard")
        self.has_plan_editor = module_available("riskapp.ui.plan_editor")
        self.has_printing = module_available("riskapp.ui.printing") and module_available(
            "riskapp.services.printing"
        )
        missing = self.tr("Inte tillgängligt i den här versionen.")
        if not self.has_plan_editor:
            self.plan_button.setToolTip(missing)
        if not self.has_printing:
            for button in (
                self.print_plan_button,
                self.print_discreet_button,
                self.summary_button,
                self.save_plan_button,
                self.save_summary_button,
            ):
                button.setToolTip(missing)

    # --- loading ------------------------------------------------------------------------
    def attach(self, session: Any) -> None:
        self._setup_optional_features()
        self.session = session

    def set_registry(self, registry: Any) -> None:
        """Use ``registry`` for forms (built after unlock, or after the forms dir changed)."""
        self._registry = registry
        self.assessment_model._registry = registry

    def detach(self) -> None:
        """Forget everything personal (on lock); the editor is dropped too."""
        self._close_editor()
        self.session = None
        self.client = None
        self._assessments = []
        self.assessment_model.set_rows([])
        self.plan_model.set_rows([])
        self.trend.set_data([], [])
        for label in (
            self.name_label,
            self.pnr_label,
            self.phone_value,
            self.safe_value,
            self.address_value,
            self.notes_value,
            self.review_label,
        ):
            label.clear()

    def show_client(self, client_id: ClientId) -> None:
        """Load and show ``client_id`` (raises RiskappError, e.g. RecordNotFound)."""
        self._close_editor()
        self.client = clients_svc.get_client(self.session, client_id)
        self._pnr_visible = False
        self.pnr_toggle.setChecked(False)
        self._fill_details()
        self._build_start_buttons()
        self.reload_records()
        self.stack.setCurrentIndex(0)
        self.back_button.setFocus()

    def _fill_details(self) -> None:
        c = self.client
        assert c is not None
        self.name_label.setText(c.full_name)
        self._show_pnr()
        self.pnr_toggle.setVisible(bool(c.personnummer))
        none = self.tr("–")
        self.phone_value.setText(c.phone or none)
        self.safe_value.setText(c.safe_contact or self.tr("Inte angivet – fråga klienten"))
        self.address_value.setText(c.address or none)
        self.notes_value.setText(c.notes or none)
        self.protected_label.setVisible(c.protected_identity)

    def _show_pnr(self) -> None:
        c = self.client
        if c is None:
            return
        if c.personnummer:
            self.pnr_label.setText(
                format_personnummer(c.personnummer, masked=not self._pnr_visible)
            )
        else:
            self.pnr_label.setText(self.tr("(utan personnummer)"))

    def _on_pnr_toggle(self, checked: bool) -> None:
        self._pnr_visible = checked
        self.pnr_toggle.setText(self.tr("Dölj") if checked else self.tr("Visa"))
        self._show_pnr()

    def _forms(self) -> list[Form]:
        try:
            return list(self._registry.latest_forms())
        except RiskappError:
            return []

    def _build_start_buttons(self) -> None:
        for button in self.start_buttons.values():
            button.deleteLater()
        self.start_buttons.clear()
        for form in self._forms():
            if form.kind is FormKind.SAFETY_PLAN:
                continue
            button = QPushButton(form.title.get(self._language), self)
            button.setAccessibleName(
                self.tr("Starta {title}").format(title=form.title.get(self._language))
            )
            button.setEnabled(self.has_wizard)
            if not self.has_wizard:
                button.setToolTip(self.tr("Inte tillgängligt i den här versionen."))
            button.clicked.connect(lambda _c=False, fid=form.id: self.start_assessment(fid))
            self.start_layout.addWidget(button)
            self.start_buttons[form.id] = button

    def reload_records(self) -> None:
        assert self.client is not None
        self._assessments = list(self.session.assessments.list_for_client(self.client.id))
        self.assessment_model.set_rows(self._assessments)
        self.plan_model.set_rows(list(self.session.plans.list_for_client(self.client.id)))
        self._update_review()
        self._update_trend()
        if self.assessment_model.rowCount():
            self.assessment_table.selectRow(0)
        self._update_buttons()

    def _update_review(self) -> None:
        state = review_state(self._assessments, self.session.clock.today())
        if state is None:
            self.review_label.setText(self.tr("Ingen ny riskbedömning inplanerad."))
            self.review_label.setProperty("state", "none")
        else:
            kind, due = state
            if kind == "overdue":
                text = self.tr("Ny riskbedömning är försenad: den skulle ha gjorts senast {date}.")
            elif kind == "soon":
                text = self.tr("Ny riskbedömning ska göras senast {date}.")
            else:
                text = self.tr("Nästa riskbedömning: senast {date}.")
            self.review_label.setText(text.format(date=due.isoformat()))
            self.review_label.setProperty("state", kind)
        self.review_label.style().unpolish(self.review_label)
        self.review_label.style().polish(self.review_label)

    def _update_trend(self) -> None:
        danger = [
            a
            for a in self._assessments
            if a.counts and a.judgement_level  # not voided, not replaced by a correction
        ]
        labels: list[str] = []
        points: list[TrendPoint] = []
        latest = next((f for f in self._forms() if f.kind is FormKind.DANGER_ASSESSMENT), None)
        if latest is not None:
            labels = [lv.label.get(self._language) for lv in latest.levels]
            ids = [lv.id for lv in latest.levels]
            for a in danger:
                if a.form_id != latest.id or a.judgement_level not in ids:
                    continue
                when = a.completed_at or a.updated_at
                points.append(TrendPoint(when.astimezone().date(), ids.index(a.judgement_level)))
        self.trend.set_data(labels, points)
        self.trend.setVisible(bool(points))
        self.trend_title.setText(
            self.tr("Bedömd risknivå över tid:")
            if points
            else self.tr("Bedömd risknivå över tid: ingen slutförd riskbedömning ännu.")
        )

    def selected_assessment(self) -> Assessment | None:
        rows = self.assessment_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.assessment_model.assessment_at(rows[0].row())

    def _update_buttons(self) -> None:
        selected = self.selected_assessment()
        self.resume_button.setEnabled(selected is not None and self.has_wizard)
        self.journal_button.setEnabled(selected is not None)
        self.summary_button.setEnabled(
            selected is not None
            and self.has_printing
            and selected.status is AssessmentStatus.COMPLETED
        )
        self.save_summary_button.setEnabled(self.summary_button.isEnabled())
        has_plan = self.plan_model.rowCount() > 0
        self.plan_button.setEnabled(self.has_plan_editor)
        self.print_plan_button.setEnabled(has_plan and self.has_printing)
        self.print_discreet_button.setEnabled(has_plan and self.has_printing)
        self.save_plan_button.setEnabled(has_plan and self.has_printing)

    # --- actions ------------------------------------------------------------------------
    def copy_journal_summary(self) -> None:
        from riskapp.services.journal import journal_summary

        selected = self.selected_assessment()
        if selected is None:
            return
        try:
            form = self._registry.get(selected.form_id, selected.form_version)
            text = journal_summary(selected, form, language=self._language)
        except RiskappError as exc:
            show_error(self, exc)
            return
        self._clipboard.set_text(text)
        Dialogs.information(
            self,
            self.tr("Kopierat"),
            self.tr(
                "Sammanfattningen finns i urklipp i {seconds} sekunder. Klistra in den i "
                "journalen nu."
            ).format(seconds=self._clipboard.clear_after_ms // 1000),
        )

    def start_assessment(self, form_id: str) -> None:
        self._open_editor("assessment", form_id=form_id)

    def open_selected_assessment(self) -> None:
        selected = self.selected_assessment()
        if selected is not None and self.has_wizard:
            self._open_editor("assessment", assessment_id=selected.id)

    def open_plan_editor(self) -> None:
        if self.has_plan_editor:
            self._open_editor("plan")

    def _open_editor(
        self,
        kind: str,
        *,
        form_id: str | None = None,
        assessment_id: AssessmentId | None = None,
        state: Any = None,
    ) -> None:
        assert self.client is not None
        self._close_editor()
        try:
            if kind == "assessment":
                module = importlib.import_module("riskapp.ui.assessment.wizard")
                if assessment_id is not None:
                    editor = module.AssessmentWizard(
                        self.session,
                        self._registry,
                        self.client.id,
                        assessment_id=assessment_id,
                        language=self._language,
                    )
                else:
                    editor = module.AssessmentWizard(
                        self.session,
                        self._registry,
                        self.client.id,
                        form_id=form_id,
                        language=self._language,
                    )
                editor.assessment_saved.connect(self._on_saved)
                editor.assessment_completed.connect(self._on_saved)
            else:
                module = importlib.import_module("riskapp.ui.plan_editor")
                editor = module.PlanEditor(
                    self.session, self._registry, self.client.id, language=self._language
                )
                editor.plan_saved.connect(self._on_saved)
        except RiskappError as exc:
            show_error(self, exc)
            return
        editor.closed_requested.connect(self.close_editor)
        self._editor, self._editor_kind = editor, kind
        # A one-line reminder of whose record this is, above the embedded editor.
        container = QWidget(self)
        if self.client.personnummer:
            text = self.tr("Klient: {name} ({pnr})").format(
                name=self.client.full_name,
                pnr=format_personnummer(self.client.personnummer, masked=True),
            )
        else:
            text = self.tr("Klient: {name}").format(name=self.client.full_name)
        who = QLabel(text, container)
        who.setObjectName("editor_client")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        who.setContentsMargins(margin, margin // 2, margin, 0)  # aligned with the editor
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(who)
        box.addWidget(editor, 1)
        self._editor_container = container
        self.stack.addWidget(container)
        self.stack.setCurrentWidget(container)
        if kind == "assessment" and isinstance(state, int):
            self._go_to_wizard_page(editor, state)
        editor.setFocus()

    @staticmethod
    def _visible_position(editor: Any) -> int:
        """The current page's position among the wizard's visible pages (its page list)."""
        index = editor.page_list.currentIndex()
        return index.row() if index.isValid() else 0

    @staticmethod
    def _go_to_wizard_page(editor: Any, position: int) -> None:
        # The wizard has no public "go to page"; its page list (one row per visible page)
        # navigates when its current row changes.
        model = editor.page_list.model()
        if 0 <= position < model.rowCount():
            editor.page_list.setCurrentIndex(model.index(position, 0))

    def _on_saved(self, *_args: Any) -> None:
        self.record_saved.emit()

    def close_editor(self) -> None:
        self._close_editor()
        if self.client is not None and self.session is not None:
            self.reload_records()
        self.back_button.setFocus()

    def _keep_editor_work(self, *, force_draft: bool = False) -> None:
        """Store what an open editor holds before it goes away (another client, the client
        list, a lock): the assessment's draft, or the plan's unsaved changes as a new
        version. ``force_draft`` creates an assessment draft even before the first answer
        (a lock returns to it). Editors report their own save failures."""
        editor: Any = self._editor
        if editor is None or self.session is None:
            return
        if self._editor_kind == "assessment":
            if not editor.is_read_only():
                editor.save_now(force=force_draft)
        elif editor.has_unsaved_changes():
            editor.save()

    def _close_editor(self) -> None:
        self._keep_editor_work()
        if self._editor_container is not None:
            self.stack.removeWidget(self._editor_container)
            self._editor_container.deleteLater()
        self._editor, self._editor_kind, self._editor_container = None, None, None
        self.stack.setCurrentIndex(0)

    @property
    def editor(self) -> QWidget | None:
        return self._editor

    # --- lock / restore ---------------------------------------------------------------
    def location(self) -> Location | None:
        """Where the user is; saves an open editor's work first, so nothing is lost."""
        if self.client is None:
            return None
        editor: Any = self._editor
        if editor is None:
            return Location(self.client.id)
        self._keep_editor_work(force_draft=True)
        if self._editor_kind == "assessment":
            aid = editor.current_assessment_id()
            return Location(
                self.client.id,
                "assessment",
                None if aid is None else AssessmentId(aid),
                editor.form.id,
                self._visible_position(editor),
            )
        return Location(self.client.id, "plan")

    def restore(self, location: Location) -> None:
        self.show_client(location.client_id)
        if location.editor == "assessment":
            if location.assessment_id is not None:
                self._open_editor(
                    "assessment", assessment_id=location.assessment_id, state=location.editor_state
                )
            elif location.form_id:
                self._open_editor(
                    "assessment", form_id=location.form_id, state=location.editor_state
                )
        elif location.editor == "plan":
            self._open_editor("plan", state=location.editor_state)

    # --- printing (riskapp/ui/printing.py + riskapp/services/printing.py) ----------------
    def print_plan(self, *, discreet: bool) -> None:
        if not self.has_printing or self.client is None:
            return
        self._print("plan", discreet=discreet)

    def print_summary(self) -> None:
        selected = self.selected_assessment()
        if not self.has_printing or selected is None:
            return
        self._print("summary", assessment=selected)

    def save_plan_pdf(self) -> None:
        if self.has_printing and self.client is not None:
            self._save_pdf("plan")

    def save_summary_pdf(self) -> None:
        selected = self.selected_assessment()
        if self.has_printing and self.client is not None and selected is not None:
            self._save_pdf("summary", assessment=selected)

    def _save_pdf(self, what: str, **kwargs: Any) -> None:
        """Ask for the version (plans) and an optional password, then for the file; write
        our own PDF only there and record what was handed out (riskapp/ui/pdf_save.py)."""
        from PySide6.QtCore import QStandardPaths

        from riskapp.reports.safety_plan import default_plan_filename
        from riskapp.reports.summary import default_summary_filename
        from riskapp.services import printing as service
        from riskapp.ui import printing as ui_printing
        from riskapp.ui.pdf_save import SavePdfDialog

        assert self.client is not None
        options = SavePdfDialog(self, plan=what == "plan")
        try:
            if not ui_printing.accepted(ui_printing.exec_dialog(options)):
                return
            discreet = options.discreet()
            name = default_plan_filename(discreet) if what == "plan" else default_summary_filename()
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path = Dialogs.save_file(
                self,
                self.tr("Spara som PDF"),
                (Path(documents) if documents and Path(documents).is_dir() else Path.home()) / name,
                self.tr("PDF-filer (*.pdf)"),
            )
            if path is None:
                return
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            if what == "plan":
                service.export_plan_pdf(
                    self.session,
                    self.client.id,
                    path,
                    discreet=discreet,
                    password=options.chosen_password(),
                    registry=self._registry,
                    language=self._language,
                )
            else:
                service.export_summary_pdf(
                    self.session,
                    self.client.id,
                    kwargs["assessment"].id,
                    path,
                    self._registry,
                    password=options.chosen_password(),
                    language=self._language,
                )
        except RiskappError as exc:
            show_error(self, exc)
            return
        finally:
            options.clear_secrets()
            options.deleteLater()
        self.reload_records()
        Dialogs.information(
            self, self.tr("Sparad"), self.tr("PDF-filen är sparad: {name}").format(name=path.name)
        )

    def _print(self, what: str, **kwargs: Any) -> None:
        """Build the PDF in memory, show Qt's print preview, record the print if printed."""
        from riskapp.services import printing as service
        from riskapp.ui import printing as ui_printing

        assert self.client is not None
        try:
            if what == "plan":
                printout = service.prepare_plan_print(
                    self.session,
                    self.client.id,
                    discreet=kwargs["discreet"],
                    registry=self._registry,
                    language=self._language,
                )
            else:
                printout = service.prepare_summary_print(
                    self.session,
                    self.client.id,
                    kwargs["assessment"].id,
                    registry=self._registry,
                    language=self._language,
                )
            if not ui_printing.preview_pdf(self, printout.pdf, document_name=printout.filename):
                return
            if what == "plan":
                service.record_plan_print(self.session, printout)
            else:
                service.record_summary_print(self.session, printout)
        except RiskappError as exc:
            show_error(self, exc)
            return
        self.reload_records()
