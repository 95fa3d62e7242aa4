"""The log tab: the audit log filtered on user, action and date range, and the chain check."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskapp.services import audit as audit_svc
from riskapp.services import users as users_svc
from riskapp.ui.common.operations import operation
from riskapp.ui.team.audit_table import ACTION_LABELS, AuditTableModel
from riskapp.vault import Session


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = QComboBox(self)
        self.user.setAccessibleName(self.tr("Filtrera på användare"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Filtrera på händelse"))
        self.action.addItem(self.tr("Alla händelser"), None)
        for code, label in ACTION_LABELS.items():
            self.action.addItem(QCoreApplication.translate("AuditTableModel", label), code)
        # "Who has seen this client": every row about a client carries its id.
        self.client = QLineEdit(self)
        self.client.setAccessibleName(self.tr("Filtrera på klient"))
        self.client.setPlaceholderText(self.tr("Klient-id eller personnummer"))
        self.client.setClearButtonEnabled(True)
        day = session.clock.today()
        today = QDate(day.year, day.month, day.day)
        self.since = QDateEdit(today.addDays(-30), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setAccessibleName(self.tr("Från och med datum"))
        self.until = QDateEdit(today, self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Till och med datum"))
        self.apply_button = QPushButton(self.tr("&Visa"), self)
        self.model = AuditTableModel(audit_svc.AuditLog(session), self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Logg"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Kontrollera loggkedjan"), self)
        # Two rows: one row of four filters does not fit at 200 % font size.
        filters = QGridLayout()
        filter_rows: tuple[tuple[int, int, str, QWidget], ...] = (
            (0, 0, self.tr("Användare:"), self.user),
            (0, 2, self.tr("Händelse:"), self.action),
            (1, 0, self.tr("Från:"), self.since),
            (1, 2, self.tr("Till:"), self.until),
            (2, 0, self.tr("Klient:"), self.client),
        )
        for row, col, text, widget in filter_rows:
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            filters.addWidget(buddy, row, col)
            filters.addWidget(widget, row, col + 1)
        filters.addWidget(self.apply_button, 1, 4)
        filters.setColumnStretch(5, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.chain_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.apply_button.clicked.connect(self.apply_filter)
        self.user.activated.connect(lambda _i: self.apply_filter())
        self.action.activated.connect(lambda _i: self.apply_filter())
        self.client.returnPressed.connect(self.apply_filter)
        self.since.dateChanged.connect(lambda _d: self.apply_filter())
        self.until.dateChanged.connect(lambda _d: self.apply_filter())
        self.verify_button.clicked.connect(self.verify_chain)

    def refresh(self) -> None:
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Alla användare"), None)
        with operation(self):
            for u in sorted(users_svc.list_users(self.session), key=lambda u: u.name.casefold()):
                self.user.addItem(u.name, u.name)
        index = self.user.findData(current)
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        since_d = _pydate(self.since.date())
        until_d = _pydate(self.until.date())
        local = datetime.now().astimezone().tzinfo
        since = datetime.combine(since_d, time.min, tzinfo=local).astimezone(UTC)
        until = datetime.combine(until_d + timedelta(days=1), time.min, tzinfo=local).astimezone(
            UTC
        )
        with operation(self):
            client_id = audit_svc.client_filter(
                self.session, self.client.text(), self.session.clock.today()
            )
            self.model.set_filter(
                user=self.user.currentData(),
                action=self.action.currentData(),
                client_id=client_id,
                since=since,
                until=until,
            )

    def verify_chain(self) -> None:
        with operation(self) as op:
            problems = audit_svc.verify_chain(self.session)
        if op.failed:
            return
        if problems:
            self.chain_label.setText(
                self.tr(
                    "Loggkedjan är bruten ({count} problem). Kontakta systemförvaltaren och spara "
                    "en säkerhetskopia."
                ).format(count=len(problems))
            )
        else:
            self.chain_label.setText(
                self.tr("Loggkedjan är hel: ingen rad har ändrats eller tagits bort.")
            )
