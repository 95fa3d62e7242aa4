"""One client's page: details, assessment history + trend, repeat indicator, plans, actions.

The overview is read from the vault when the page opens (``show_client``) and after an
editor reports a save. The assessment wizard and the safety-plan editor are embedded in
place of the overview by ``EditorHost``; the page listens to its ``record_saved`` and
``closed`` signals and reloads. Printing and saving PDFs are ``riskapp.ui.printouts.actions``;
the journal summary goes through ``SensitiveClipboard``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    Client,
    ClientId,
)
from riskapp.domain.review import review_state
from riskapp.services import clients as clients_svc
from riskapp.ui.clients.assessment_table import assessment_columns, assessment_table_model
from riskapp.ui.clients.details import ClientDetailsBox
from riskapp.ui.clients.editor_host import Editor, EditorHost, Location
from riskapp.ui.clients.formatting import format_personnummer
from riskapp.ui.clients.journal import copy_journal_summary
from riskapp.ui.clients.plan_table import plan_table_model
from riskapp.ui.clients.trend import TrendWidget, trend_data
from riskapp.ui.common.clipboard import SensitiveClipboard
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import keep_quiet, operation
from riskapp.ui.common.record_view import configure_record_table
from riskapp.ui.printouts import actions as printouts
from riskapp.vault import Session


class ClientPage(QWidget):
    #: The user wants the client list back.
    back_requested = Signal()
    #: The user wants to edit the client's details.
    edit_requested = Signal()
    #: Something was saved or completed (assessment or plan): others may refresh.
    record_saved = Signal()

    def __init__(
        self,
        registry: FormRegistry | None,
        clipboard: SensitiveClipboard,
        language: str = "sv",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._clipboard = clipboard
        self._language = language
        self.session: Session | None = None
        self.client: Client | None = None
        self._assessments: list[Assessment] = []
        self._pnr_visible = False

        self.stack = QStackedWidget(self)
        self.overview = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        outer.setContentsMargins(0, 0, 0, 0)
        self.editors = EditorHost(self.stack, language)

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
        for widget in (self.name_label, self.pnr_label, self.pnr_toggle):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.edit_button)

        # details (the box's labels stay reachable as attributes of the page)
        details = self.details = ClientDetailsBox(self)
        self.phone_value, self.safe_value = details.phone_value, details.safe_value
        self.address_value, self.notes_value = details.address_value, details.notes_value

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
        self.assessment_model = assessment_table_model(registry, language, self)
        self.assessment_table = QTableView(history)
        self.assessment_table.setAccessibleName(self.tr("Bedömningar"))
        self.assessment_table.setModel(self.assessment_model)
        configure_record_table(self.assessment_table)
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
        self.plan_model = plan_table_model(self)
        self.plan_table = QTableView(plans)
        self.plan_table.setAccessibleName(self.tr("Säkerhetsplaner"))
        self.plan_table.setModel(self.plan_model)
        configure_record_table(self.plan_table)
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
        self.editors.record_saved.connect(self.record_saved)
        self.editors.closed.connect(self.close_editor)

    # --- loading ------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        self.session = session

    def set_registry(self, registry: FormRegistry) -> None:
        """Use ``registry`` for forms (built after unlock, or after the forms dir changed)."""
        self._registry = registry
        self.assessment_model.set_columns(assessment_columns(registry, self._language))

    def detach(self) -> None:
        """Forget everything personal (on lock); the editor is dropped too."""
        self._close_editor()
        self.session = None
        self.client = None
        self._assessments = []
        self.assessment_model.set_records([])
        self.plan_model.set_records([])
        self.trend.set_data([], [])
        for label in (
            self.name_label,
            self.pnr_label,
            self.review_label,
        ):
            label.clear()
        self.details.clear()

    def _session(self) -> Session:
        assert self.session is not None, "attach() a session first"
        return self.session

    def show_client(self, client_id: ClientId) -> None:
        """Load and show ``client_id`` (raises RiskappError, e.g. RecordNotFound)."""
        self._close_editor()
        self.client = clients_svc.get_client(self._session(), client_id)
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
        self.details.show_client(c)
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
        """The latest forms; none (and no dialog) when the registry cannot be read."""
        if self._registry is None:
            return []
        with operation(self, on_error=keep_quiet):
            return list(self._registry.latest_forms())
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
            button.clicked.connect(lambda _c=False, fid=form.id: self.start_assessment(fid))
            self.start_layout.addWidget(button)
            self.start_buttons[form.id] = button

    def reload_records(self) -> None:
        assert self.client is not None
        session = self._session()
        self._assessments = list(session.assessments.list_for_client(self.client.id))
        self.assessment_model.set_records(self._assessments)
        self.plan_model.set_records(session.plans.list_for_client(self.client.id))
        self._update_review()
        self._update_trend()
        if self.assessment_model.rowCount():
            self.assessment_table.selectRow(0)
        self._update_buttons()

    def _update_review(self) -> None:
        state = review_state(self._assessments, self._session().clock.today())
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
        labels, points = trend_data(self._assessments, self._forms(), self._language)
        self.trend.set_data(labels, points)
        self.trend.setVisible(bool(points))
        self.trend_title.setText(
            self.tr("Bedömd risknivå över tid:")
            if points
            else self.tr("Bedömd risknivå över tid: ingen slutförd riskbedömning ännu.")
        )

    def selected_assessment(self) -> Assessment | None:
        rows = self.assessment_table.selectionModel().selectedRows()
        return self.assessment_model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_assessment()
        self.resume_button.setEnabled(selected is not None)
        self.journal_button.setEnabled(selected is not None)
        self.summary_button.setEnabled(
            selected is not None and selected.status is AssessmentStatus.COMPLETED
        )
        self.save_summary_button.setEnabled(self.summary_button.isEnabled())
        has_plan = self.plan_model.rowCount() > 0
        self.print_plan_button.setEnabled(has_plan)
        self.print_discreet_button.setEnabled(has_plan)
        self.save_plan_button.setEnabled(has_plan)

    # --- actions ------------------------------------------------------------------------
    def copy_journal_summary(self) -> None:
        selected = self.selected_assessment()
        if selected is not None and self._registry is not None:
            copy_journal_summary(self, self._clipboard, self._registry, selected, self._language)

    def start_assessment(self, form_id: str) -> None:
        self._open_editor("assessment", form_id=form_id)

    def open_selected_assessment(self) -> None:
        selected = self.selected_assessment()
        if selected is not None:
            self._open_editor("assessment", assessment_id=selected.id)

    def open_plan_editor(self) -> None:
        self._open_editor("plan")

    def _open_editor(
        self,
        kind: str,
        *,
        form_id: str | None = None,
        assessment_id: AssessmentId | None = None,
        position: int | None = None,
    ) -> None:
        assert self.client is not None
        assert self._registry is not None
        self.editors.open(
            self._session(),
            self._registry,
            self.client,
            kind,
            form_id=form_id,
            assessment_id=assessment_id,
            position=position,
        )

    def close_editor(self) -> None:
        self._close_editor()
        if self.client is not None and self.session is not None:
            self.reload_records()
        self.back_button.setFocus()

    def _close_editor(self) -> None:
        if self.session is None:
            # Locked already: nothing can be stored any more (and nothing is open).
            self.editors.discard()
        else:
            self.editors.close()

    @property
    def editor(self) -> Editor | None:
        return self.editors.editor

    # --- lock / restore ---------------------------------------------------------------
    def location(self) -> Location | None:
        """Where the user is; saves an open editor's work first, so nothing is lost."""
        if self.client is None:
            return None
        return self.editors.location(self.client.id)

    def restore(self, location: Location) -> None:
        self.show_client(location.client_id)
        if location.editor == "assessment":
            if location.assessment_id is not None:
                self._open_editor(
                    "assessment",
                    assessment_id=location.assessment_id,
                    position=location.editor_state,
                )
            elif location.form_id:
                self._open_editor(
                    "assessment", form_id=location.form_id, position=location.editor_state
                )
        elif location.editor == "plan":
            self._open_editor("plan")

    # --- printouts (riskapp/ui/printouts/actions.py) -----------------------------------
    def _target(self) -> tuple[Session, FormRegistry, ClientId] | None:
        """What a printout needs: the session, the forms and the client shown."""
        if self.session is None or self._registry is None or self.client is None:
            return None
        return self.session, self._registry, self.client.id

    def print_plan(self, *, discreet: bool) -> None:
        target = self._target()
        if target and printouts.print_plan(
            self, *target, discreet=discreet, language=self._language
        ):
            self.reload_records()

    def print_summary(self) -> None:
        selected, target = self.selected_assessment(), self._target()
        if (
            selected
            and target
            and printouts.print_summary(self, *target, selected.id, language=self._language)
        ):
            self.reload_records()

    def save_plan_pdf(self) -> None:
        self._save_pdf(None)

    def save_summary_pdf(self) -> None:
        selected = self.selected_assessment()
        if selected is not None:
            self._save_pdf(selected.id)

    def _save_pdf(self, assessment_id: AssessmentId | None) -> None:
        target = self._target()
        if target is None:
            return
        path = printouts.save_pdf(
            self, *target, assessment_id=assessment_id, language=self._language
        )
        if path is None:
            return
        self.reload_records()
        Dialogs.information(
            self, self.tr("Sparad"), self.tr("PDF-filen är sparad: {name}").format(name=path.name)
        )
