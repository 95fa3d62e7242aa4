"""Team-leader area: users (add, reset passphrase, remove), the audit log, statistics.

Shown only to team leaders (the vault refuses the actions to others anyway). Removing a
user deletes their key slot and rotates the data key; the confirmation says so. The audit
log viewer is a lazily paged model over ``riskapp.services.audit.list_entries`` with
filters on user, action, client and date range. Statistics is
``riskapp.ui.statistics.StatisticsView`` (another module) when it is installed.
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskapp.domain.errors import RiskappError
from riskapp.domain.records import AuditEntry, Role, User
from riskapp.services import audit as audit_svc
from riskapp.services import users as users_svc
from riskapp.ui.client_page import module_available
from riskapp.ui.dialogs import Dialogs, ok_cancel_buttons
from riskapp.ui.errors import show_error
from riskapp.ui.setup_wizard import PassphraseFields

Index = QModelIndex | QPersistentModelIndex
#: The invalid (root) index, as a default argument (ruff B008: no calls in defaults).
_ROOT = QModelIndex()
RecordRole = Qt.ItemDataRole.UserRole + 1
AUDIT_PAGE = 200

ROLE_LABELS = {
    Role.TEAMLEADER: QT_TRANSLATE_NOOP("TeamLeaderArea", "Teamledare"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("TeamLeaderArea", "Handläggare"),
}

#: Audit actions with a Swedish label (vault_api.md); unknown actions show their code.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "Inloggning"),
    "login.failed": QT_TRANSLATE_NOOP("AuditTableModel", "Misslyckad inloggning"),
    "logout": QT_TRANSLATE_NOOP("AuditTableModel", "Utloggning"),
    "user.add": QT_TRANSLATE_NOOP("AuditTableModel", "Användare tillagd"),
    "user.remove": QT_TRANSLATE_NOOP("AuditTableModel", "Användare borttagen"),
    "user.passwd": QT_TRANSLATE_NOOP("AuditTableModel", "Lösenfras ändrad"),
    "client.create": QT_TRANSLATE_NOOP("AuditTableModel", "Klient skapad"),
    "client.read": QT_TRANSLATE_NOOP("AuditTableModel", "Klient läst"),
    "client.update": QT_TRANSLATE_NOOP("AuditTableModel", "Klient ändrad"),
    "client.search": QT_TRANSLATE_NOOP("AuditTableModel", "Klientsökning"),
    "client.listed": QT_TRANSLATE_NOOP("AuditTableModel", "Klient visad i lista"),
    "client.import": QT_TRANSLATE_NOOP("AuditTableModel", "Klienter importerade"),
    "client.export": QT_TRANSLATE_NOOP("AuditTableModel", "Registerutdrag"),
    "assessment.start": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning påbörjad"),
    "assessment.save": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning sparad"),
    "assessment.complete": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning slutförd"),
    "assessment.read": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning läst"),
    "assessment.delete": QT_TRANSLATE_NOOP("AuditTableModel", "Utkast raderat"),
    "plan.save": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan sparad"),
    "plan.read": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan läst"),
    "plan.print": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan utskriven"),
    "report.print": QT_TRANSLATE_NOOP("AuditTableModel", "Sammanfattning utskriven"),
    "stats.export": QT_TRANSLATE_NOOP("AuditTableModel", "Statistik exporterad"),
    "settings.update": QT_TRANSLATE_NOOP("AuditTableModel", "Inställningar ändrade"),
    "vault.backup": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetskopia"),
    "vault.restore": QT_TRANSLATE_NOOP("AuditTableModel", "Återställning"),
    "vault.verify": QT_TRANSLATE_NOOP("AuditTableModel", "Kontroll av valvet"),
    "key.rotate": QT_TRANSLATE_NOOP("AuditTableModel", "Nyckelbyte"),
}


#: Object types in audit rows (vault_api.md); unknown types show their code.
OBJECT_LABELS: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("AuditTableModel", "Klient"),
    "assessment": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning"),
    "safety_plan": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan"),
    "plan": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "Användare"),
    "settings": QT_TRANSLATE_NOOP("AuditTableModel", "Inställningar"),
    "assessment_list": QT_TRANSLATE_NOOP("AuditTableModel", "Lista över bedömningar"),
    "plan_list": QT_TRANSLATE_NOOP("AuditTableModel", "Lista över säkerhetsplaner"),
    "statistics": QT_TRANSLATE_NOOP("AuditTableModel", "Statistik"),
}


class UserTableModel(QAbstractTableModel):
    _HEADERS = (
        QT_TRANSLATE_NOOP("UserTableModel", "Användare"),
        QT_TRANSLATE_NOOP("UserTableModel", "Roll"),
        QT_TRANSLATE_NOOP("UserTableModel", "Skapad"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[User] = []

    def set_rows(self, rows: list[User]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda u: u.name.casefold())
        self.endResetModel()

    def user_at(self, row: int) -> User:
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
            return QCoreApplication.translate("UserTableModel", self._HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        user = self._rows[index.row()]
        if role == RecordRole:
            return user
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return user.name
        if index.column() == 1:
            return QCoreApplication.translate("TeamLeaderArea", ROLE_LABELS[user.role])
        if index.column() == 2:
            return user.created_at.astimezone().strftime("%Y-%m-%d")
        return None


class AuditTableModel(QAbstractTableModel):
    """Audit rows, newest first, fetched in pages with the current filter."""

    _HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Tid"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Användare"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Händelse"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Klient-id"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Objekt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Detalj"),
    )

    def __init__(self, audit: Any, parent: Any = None, *, page_size: int = AUDIT_PAGE) -> None:
        super().__init__(parent)
        self._audit = audit
        self._page = page_size
        self._filters: dict[str, Any] = {}
        self._rows: list[AuditEntry] = []
        self._exhausted = True

    def set_filter(
        self,
        *,
        user: str | None = None,
        action: str | None = None,
        client_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        self.beginResetModel()
        self._filters = {
            "user": user,
            "action": action,
            "client_id": client_id,
            "since": since,
            "until": until,
        }
        self._rows = list(self._audit.list(**self._filters, limit=self._page, offset=0))
        self._exhausted = len(self._rows) < self._page
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = list(self._audit.list(**self._filters, limit=self._page, offset=len(self._rows)))
        self._exhausted = len(page) < self._page
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("AuditTableModel", self._HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        if role == RecordRole:
            return e
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col == 1:
            return e.user
        if col == 2:
            label = ACTION_LABELS.get(e.action)
            return QCoreApplication.translate("AuditTableModel", label) if label else e.action
        if col == 3:
            return "" if e.client_id is None else str(e.client_id)
        if col == 4:
            if e.object_type is None:
                return ""
            label = OBJECT_LABELS.get(e.object_type)
            kind = QCoreApplication.translate("AuditTableModel", label) if label else e.object_type
            return f"{kind} {e.object_id}" if e.object_id is not None else kind
        if col == 5:
            return e.detail
        return None


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till användare"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Användarnamn"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Roll"))
        for role in (Role.CASEWORKER, Role.TEAMLEADER):
            self.role.addItem(QCoreApplication.translate("TeamLeaderArea", ROLE_LABELS[role]), role)
        self.passphrase = PassphraseFields(self)
        self.hint = QLabel(
            self.tr(
                "Ge lösenfrasen till personen muntligen, aldrig i e-post. "
                "Personen kan byta den själv."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Användarnamn:"), self.name)
        form.addRow(self.tr("&Roll:"), self.role)
        self.buttons = ok_cancel_buttons(self, self.tr("Lägg till"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (
            self.name.textChanged,
            self.passphrase.first.textChanged,
            self.passphrase.second.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.passphrase.user_name = self.name.text().strip()
        ok = bool(self.name.text().strip()) and self.passphrase.acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ResetPassphraseDialog(QDialog):
    def __init__(self, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny lösenfras för {user}").format(user=user_name))
        self.passphrase = PassphraseFields(self)
        self.passphrase.user_name = user_name
        self.buttons = ok_cancel_buttons(self, self.tr("Byt lösenfras"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.first.textChanged.connect(self._update)
        self.passphrase.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.passphrase.acceptable()
        )


class UsersPanel(QWidget):
    #: The session was closed under the panel (a key rotation failed: vault/keys.py).
    session_ended = Signal()

    def __init__(
        self,
        session: Any,
        parent: QWidget | None = None,
        *,
        add_dialog: Any = AddUserDialog,
        reset_dialog: Any = ResetPassphraseDialog,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._add_dialog, self._reset_dialog = add_dialog, reset_dialog
        self.model = UserTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Användare"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("&Lägg till …"), self)
        self.reset_button = QPushButton(self.tr("&Ny lösenfras …"), self)
        self.remove_button = QPushButton(self.tr("&Ta bort …"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_user)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        try:
            self.model.set_rows(users_svc.list_users(self.session))
        except RiskappError as exc:
            show_error(self, exc)
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.remove_button.setEnabled(user is not None and user.name != self.session.user.name)

    def add_user(self) -> None:
        dialog = self._add_dialog(self)
        if not dialog.exec():
            return
        try:
            users_svc.add_user(
                self.session,
                dialog.name.text().strip(),
                dialog.role.currentData(),
                dialog.passphrase.value(),
            )
        except RiskappError as exc:
            show_error(self, exc)
        self.refresh()

    def reset_passphrase(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = self._reset_dialog(user.name, self)
        if not dialog.exec():
            return
        try:
            users_svc.reset_user_passphrase(self.session, user.name, dialog.passphrase.value())
        except RiskappError as exc:
            show_error(self, exc)
            return
        Dialogs.information(
            self,
            self.tr("Lösenfrasen är bytt"),
            self.tr("{user} kan nu låsa upp med den nya lösenfrasen.").format(user=user.name),
        )

    def remove_user(self) -> None:
        user = self.selected()
        if user is None or user.name == self.session.user.name:
            return
        if not Dialogs.question(
            self,
            self.tr("Ta bort användare"),
            self.tr(
                "Vill du ta bort {user}? Personen kan inte längre låsa upp valvet. Valvets "
                "krypteringsnyckel byts samtidigt, så att en gammal kopia av personens "
                "nyckelfil inte längre fungerar på det här valvet. Det tar några sekunder. "
                "Loggen behåller personens tidigare händelser."
            ).format(user=user.name),
            yes_text=self.tr("Ta bort"),
            no_text=self.tr("Avbryt"),
            destructive=True,
        ):
            return
        try:
            users_svc.remove_user(self.session, user.name)
        except RiskappError as exc:
            show_error(self, exc)
            if self.session.closed:  # a failed rotation discards the session; unlock again
                self.session_ended.emit()
                return
        self.refresh()


class AuditPanel(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
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
        today = QDate(session.clock.today())
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
        for row, col, text, widget in (
            (0, 0, self.tr("Användare:"), self.user),
            (0, 2, self.tr("Händelse:"), self.action),
            (1, 0, self.tr("Från:"), self.since),
            (1, 2, self.tr("Till:"), self.until),
            (2, 0, self.tr("Klient:"), self.client),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, row, col)
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
        try:
            for u in sorted(users_svc.list_users(self.session), key=lambda u: u.name.casefold()):
                self.user.addItem(u.name, u.name)
        except RiskappError as exc:
            show_error(self, exc)
        index = self.user.findData(current)
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        since_d = self.since.date().toPython()
        until_d = self.until.date().toPython()
        local = datetime.now().astimezone().tzinfo
        since = datetime.combine(since_d, time.min, tzinfo=local).astimezone(UTC)
        until = datetime.combine(until_d + timedelta(days=1), time.min, tzinfo=local).astimezone(
            UTC
        )
        try:
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
        except RiskappError as exc:
            show_error(self, exc)

    def verify_chain(self) -> None:
        try:
            problems = audit_svc.verify_chain(self.session)
        except RiskappError as exc:
            show_error(self, exc)
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


class TeamLeaderArea(QWidget):
    #: The user wants the client list back.
    back_requested = Signal()
    #: The session was closed under the area (see UsersPanel.session_ended).
    session_ended = Signal()

    def __init__(
        self, session: Any, parent: QWidget | None = None, *, language: str = "sv"
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.back_button = QPushButton(self.tr("< Klientlistan"), self)
        title = QLabel(self.tr("Teamledare"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.tabs = QTabWidget(self)
        self.users = UsersPanel(session, self)
        self.users.session_ended.connect(self.session_ended)
        self.audit = AuditPanel(session, self)
        self.tabs.addTab(self.users, self.tr("&Användare"))
        self.tabs.addTab(self.audit, self.tr("&Logg"))
        self.statistics: QWidget | None = None
        if module_available("riskapp.ui.statistics"):
            module = importlib.import_module("riskapp.ui.statistics")
            self.statistics = module.StatisticsView(session, self, language=language)
            self.tabs.addTab(self.statistics, self.tr("&Statistik"))
        else:
            placeholder = QLabel(
                self.tr("Statistik är inte tillgänglig i den här versionen."), self
            )
            index = self.tabs.addTab(placeholder, self.tr("&Statistik"))
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("Inte tillgängligt i den här versionen."))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.back_button.clicked.connect(self.back_requested)

    def refresh(self) -> None:
        self.users.refresh()
        self.audit.refresh()
