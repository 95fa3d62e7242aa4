"""The main window: unlock screen, client list, client page, team-leader area, quick hide.

It owns the session's life cycle: ``on_unlocked`` receives a session from the unlock page
(or the setup wizard), ``lock`` closes it (dropping the key) and returns to the unlock
screen, remembering where the user was so that unlocking as the same user returns there.
Locking happens on idle time (``InactivityTimer``), Ctrl+L, the screen locker (where the
platform reports it) and on closing. Quick hide (F12) blanks the window to a neutral
screen at once without locking; F12 again brings the work back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from riskapp.domain.records import ClientId, Role
from riskapp.services import clients as clients_svc
from riskapp.services import settings as settings_svc
from riskapp.ui.common.clipboard import SensitiveClipboard
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.operations import operation
from riskapp.ui.shell.context import AppContext
from riskapp.ui.shell.hide_page import HidePage
from riskapp.ui.shell.idle import InactivityTimer
from riskapp.ui.shell.screen_lock import ScreenLockWatcher
from riskapp.ui.shell.unlock import UnlockPage

if TYPE_CHECKING:  # imported lazily at run time (start-up speed)
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.ui.clients.editor_host import Location
    from riskapp.ui.clients.list_view import ClientListView
    from riskapp.ui.clients.page import ClientPage
    from riskapp.ui.team.area import TeamLeaderArea
    from riskapp.vault import Session

QUICK_HIDE_KEY = "F12"


class MainWindow(QMainWindow):
    #: A session was opened (after unlock or setup).
    vault_unlocked = Signal()
    #: The session was closed and the unlock screen shown.
    vault_locked = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.ctx = context
        self.session: Session | None = None
        self._registry: FormRegistry | None = None
        self._location: Location | str | None = None
        self._locked_user: str | None = None
        self._hidden_from: QWidget | None = None
        self._title = self.tr("riskapp")
        self.setWindowTitle(self._title)
        self.clipboard = SensitiveClipboard(self, timer=context.make_timer())
        self.idle = InactivityTimer(self, timer=context.make_timer())
        self.idle.set_timeout_minutes(context.settings.idle_minutes_cache)
        self.idle.inactivity_detected.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self._on_screen_locked)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_page = UnlockPage(
            context.vault_path, context.clock, self, demo_credentials=context.demo_credentials
        )
        # The client list and page (and their imports) are built on first use, so the
        # unlock screen appears quickly; see the properties below.
        self._client_list: ClientListView | None = None
        self._client_page: ClientPage | None = None
        self.hide_page = HidePage(self)
        self.team_leader: TeamLeaderArea | None = None
        for page in (self.unlock_page, self.hide_page):
            self.stack.addWidget(page)

        self.unlock_page.unlocked.connect(self.on_unlocked)
        self.hide_page.resume.clicked.connect(self.toggle_quick_hide)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._build_menus()
        self._restore_geometry()
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_actions()

    # --- pages built on first use ---------------------------------------------------------
    @property
    def client_list(self) -> ClientListView:
        if self._client_list is None:
            from riskapp.ui.clients.list_view import ClientListView

            view = ClientListView(self)
            self._client_list = view
            self.stack.addWidget(view)
            view.client_activated.connect(lambda cid: self.open_client(ClientId(cid)))
            view.new_client_requested.connect(self.new_client)
            self.act_show_pnr.toggled.connect(view.show_pnr.setChecked)
            view.show_pnr.toggled.connect(self.act_show_pnr.setChecked)
        return self._client_list

    @property
    def client_page(self) -> ClientPage:
        if self._client_page is None:
            from riskapp.ui.clients.page import ClientPage

            # The form registry (YAML + pydantic: ~0.2 s) is set after unlock/warm-up.
            page = ClientPage(self._registry, self.clipboard, self.ctx.language, self)
            self._client_page = page
            self.stack.addWidget(page)
            page.back_requested.connect(self.show_client_list)
            page.edit_requested.connect(self.edit_client)
            page.record_saved.connect(lambda: self.client_list.mark_stale())
        return self._client_page

    # --- registry -----------------------------------------------------------------------
    def _get_registry(self) -> FormRegistry:
        if self._registry is None:
            factory = self.ctx.registry_factory
            if factory is None:
                from riskapp.services.forms import shipped_registry

                factory = shipped_registry
            self._registry = factory(self.ctx.settings.forms_dir)
        return self._registry

    # --- menus --------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[..., Any],
        *,
        context: Qt.ShortcutContext | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        arkiv = bar.addMenu(self.tr("&Arkiv"))
        self.act_new_client = self._action(self.tr("&Ny klient …"), "Ctrl+N", self.new_client)
        self.act_clients = self._action(self.tr("&Klientlistan"), "Ctrl+K", self.show_client_list)
        self.act_settings = self._action(self.tr("&Inställningar …"), "Ctrl+,", self.open_settings)
        self.act_lock = self._action(
            self.tr("&Lås"), "Ctrl+L", self.lock, context=Qt.ShortcutContext.ApplicationShortcut
        )
        self.act_hide = self._action(
            self.tr("&Dölj snabbt"),
            QUICK_HIDE_KEY,
            self.toggle_quick_hide,
            context=Qt.ShortcutContext.ApplicationShortcut,
        )
        self.act_hide.setToolTip(
            self.tr("Visar genast en neutral skärm. Tryck F12 igen för att fortsätta.")
        )
        self.act_quit = self._action(self.tr("A&vsluta"), "Ctrl+Q", self.close)
        for act in (self.act_new_client, self.act_clients):
            arkiv.addAction(act)
        arkiv.addSeparator()
        arkiv.addAction(self.act_settings)
        arkiv.addSeparator()
        arkiv.addAction(self.act_lock)
        arkiv.addAction(self.act_hide)
        arkiv.addSeparator()
        arkiv.addAction(self.act_quit)

        visa = bar.addMenu(self.tr("&Visa"))
        self.act_show_pnr = QAction(self.tr("Visa &personnummer"), self)
        self.act_show_pnr.setCheckable(True)
        self.act_show_pnr.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.addAction(self.act_show_pnr)
        visa.addAction(self.act_show_pnr)

        self.team_menu = bar.addMenu(self.tr("&Teamledare"))
        self.act_team = self._action(
            self.tr("&Användare, logg och statistik"), "Ctrl+T", self.show_team_leader
        )
        self.team_menu.addAction(self.act_team)

        hjalp = bar.addMenu(self.tr("&Hjälp"))
        self.act_about = self._action(self.tr("&Om riskapp"), None, self.show_about)
        self.act_keys = self._action(self.tr("&Kortkommandon"), None, self.show_shortcuts)
        hjalp.addAction(self.act_keys)
        hjalp.addAction(self.act_about)

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        for act in (
            self.act_new_client,
            self.act_clients,
            self.act_settings,
            self.act_lock,
            self.act_show_pnr,
        ):
            act.setEnabled(unlocked)
        leader = self.session is not None and self.session.user.role is Role.TEAMLEADER
        self.act_team.setEnabled(leader)
        self.team_menu.menuAction().setVisible(leader)

    # --- session life cycle -----------------------------------------------------------
    def on_unlocked(self, session: Session) -> None:
        self.session = session
        with operation(self):
            minutes = int(settings_svc.organisation_settings(session).idle_lock_minutes)
            self.ctx.settings.idle_minutes_cache = minutes
            self.idle.set_timeout_minutes(minutes)
        if self.ctx.demo_credentials is None:
            # A throwaway demo vault must not become this machine's "last vault".
            self.ctx.settings.last_vault_path = self.ctx.vault_path
        self.client_list.attach(clients_svc.ClientSearch(session))
        self.client_page.set_registry(self._get_registry())
        self.client_page.attach(session)
        self._update_actions()
        location, locked_user = self._location, self._locked_user
        self._location, self._locked_user = None, None
        self.show_client_list()
        if location is not None and locked_user == session.user.name:
            self._restore_location(location)
        self.idle.activate()
        self.vault_unlocked.emit()

    def warm_up(self) -> None:
        """Import the vault and build the form registry while the user types the
        passphrase, so the unlock screen appears first and unlocking stays quick."""
        import riskapp.vault  # noqa: F401  (import only: start-up order)

        if self.session is None:
            self.unlock_page.refresh_throttle()
        with operation(self) as op:
            registry = self._get_registry()
        if op.failed:
            return
        if self._client_page is not None:
            self._client_page.set_registry(registry)

    def _restore_location(self, location: Location | str) -> None:
        from riskapp.ui.clients.editor_host import Location

        with operation(self):
            if isinstance(location, Location):
                self.client_page.restore(location)
                self.stack.setCurrentWidget(self.client_page)
            elif location == "team" and self.session and self.session.user.role is Role.TEAMLEADER:
                self.show_team_leader()

    def _current_location(self) -> Location | str | None:
        current = self._hidden_from or self.stack.currentWidget()
        if current is not None and current is self._client_page:
            return self.client_page.location()
        if self.team_leader is not None and current is self.team_leader:
            return "team"
        return None

    def lock(self) -> None:
        """Close the session (drops the key) and show the unlock screen."""
        if self.session is None:
            return
        self._location = self._current_location()
        self._locked_user = self.session.user.name
        self._close_modal_dialogs()
        self._hidden_from = None
        self.idle.deactivate()
        # A copied summary must not outlive the session on the clipboard.
        self.clipboard.clear_now()
        if self._client_page is not None:
            self._client_page.detach()
        if self._client_list is not None:
            self._client_list.detach()
        if self.team_leader is not None:
            self.stack.removeWidget(self.team_leader)
            self.team_leader.deleteLater()
            self.team_leader = None
        session, self.session = self.session, None
        try:
            session.close()
        finally:
            self.menuBar().show()  # it is hidden while quick-hidden
            self.setWindowTitle(self._title)
            self._update_actions()
            self.unlock_page.prepare(locked_user=self._locked_user)
            self.stack.setCurrentWidget(self.unlock_page)
            self.vault_locked.emit()

    def _close_modal_dialogs(self) -> None:
        for _ in range(10):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self:
                break
            modal.close()
            if hasattr(modal, "reject"):
                modal.reject()
            QCoreApplication.processEvents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a modal dialog is open, window shortcuts of this window do not fire; quick
        # hide must work anyway.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F12
            and QApplication.activeModalWidget() is not None
            and QApplication.activeModalWidget() is not self
        ):
            self.toggle_quick_hide()
            return True
        return False

    def _on_screen_locked(self) -> None:
        if self.ctx.settings.lock_on_screen_lock:
            self.lock()

    # --- quick hide ---------------------------------------------------------------------
    @property
    def is_hidden_quickly(self) -> bool:
        return self._hidden_from is not None

    def toggle_quick_hide(self) -> None:
        if self._hidden_from is None:
            # Hiding must be instant, also over an open dialog: the dialog is cancelled
            # (what was typed in it and not saved is lost; the shown data matters more).
            self._close_modal_dialogs()
            self._hidden_from = self.stack.currentWidget()
            self.stack.setCurrentWidget(self.hide_page)
            self.menuBar().hide()
            self.setWindowTitle(self.tr("Dokument"))
            self.hide_page.setFocus()
        else:
            target, self._hidden_from = self._hidden_from, None
            self.menuBar().show()
            self.setWindowTitle(self._title)
            self.stack.setCurrentWidget(target)
            target.setFocus()

    # --- navigation -------------------------------------------------------------------
    def show_client_list(self) -> None:
        if self.session is None:
            return
        self.client_page.detach()
        self.client_page.attach(self.session)
        self.client_list.refresh_if_stale()
        self.stack.setCurrentWidget(self.client_list)
        self.client_list.search.setFocus()

    def open_client(self, client_id: ClientId) -> None:
        with operation(self) as op:
            self.client_page.show_client(client_id)
        if op.failed:
            return
        self.stack.setCurrentWidget(self.client_page)

    def new_client(self) -> None:
        if self.session is None:
            return
        from riskapp.ui.clients.dialog import ClientDialog

        dialog = ClientDialog(self, today=self.session.clock.today())
        if not dialog.exec() or dialog.result_client() is None:
            return
        new = dialog.result_client()
        assert new is not None
        with operation(self) as op:
            if new.personnummer:
                existing = clients_svc.find_by_personnummer(self.session, new.personnummer)
                if existing is not None:
                    if Dialogs.question(
                        self,
                        self.tr("Klienten finns redan"),
                        self.tr(
                            "Det finns redan en klient med det personnumret. Vill du öppna den?"
                        ),
                    ):
                        self.open_client(existing.id)
                    return
            client = clients_svc.create_client(self.session, new)
        if op.failed:
            return
        self.client_list.refresh()
        self.open_client(client.id)

    def edit_client(self) -> None:
        client = self.client_page.client
        if self.session is None or client is None:
            return
        from riskapp.ui.clients.dialog import ClientDialog

        dialog = ClientDialog(self, today=self.session.clock.today(), client=client)
        if not dialog.exec() or dialog.result_client() is None:
            return
        new = dialog.result_client()
        assert new is not None
        with operation(self) as op:
            clients_svc.update_client(self.session, client.id, new)
        if op.failed:
            return
        self.client_list.refresh()
        self.open_client(client.id)

    def show_team_leader(self) -> None:
        if self.session is None or self.session.user.role is not Role.TEAMLEADER:
            return
        if self.team_leader is None:
            from riskapp.ui.team.area import TeamLeaderArea

            self.team_leader = TeamLeaderArea(self.session, self, language=self.ctx.language)
            self.team_leader.back_requested.connect(self.show_client_list)
            self.team_leader.session_ended.connect(self.lock)
            self.stack.addWidget(self.team_leader)
        self.team_leader.refresh()
        self.stack.setCurrentWidget(self.team_leader)

    def open_settings(self) -> None:
        if self.session is None:
            return
        from riskapp.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.session, self.ctx.settings, self, screen_lock_available=self.screen_lock.available
        )
        if dialog.exec():
            self.idle.set_timeout_minutes(self.ctx.settings.idle_minutes_cache)
            self._registry = None
            self.client_page.set_registry(self._get_registry())

    def show_about(self) -> None:
        from riskapp import __version__

        Dialogs.information(
            self,
            self.tr("Om riskapp"),
            self.tr(
                "riskapp {version}\nRiskbedömning och säkerhetsplanering för "
                "relationsvåldsteam. Alla uppgifter sparas krypterat på den här datorn."
            ).format(version=__version__),
        )

    def show_shortcuts(self) -> None:
        Dialogs.information(
            self,
            self.tr("Kortkommandon"),
            self.tr(
                "Ctrl+N  Ny klient\nCtrl+K  Klientlistan\nCtrl+Shift+P  Visa personnummer\n"
                "Ctrl+L  Lås\nF12  Dölj snabbt / visa igen\nCtrl+T  Teamledare\n"
                "Ctrl+,  Inställningar\nCtrl+Q  Avsluta"
            ),
        )

    # --- geometry and closing ---------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.window_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            line = self.fontMetrics().lineSpacing()
            self.resize(
                min(line * 75, int(screen.width() * 0.9)),
                min(line * 48, int(screen.height() * 0.9)),
            )
        state = self.ctx.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.window_geometry = self.saveGeometry()
        self.ctx.settings.window_state = self.saveState()
        self.ctx.settings.sync()
        if self.session is not None:
            self.lock()
        self.clipboard.clear_now()
        event.accept()
