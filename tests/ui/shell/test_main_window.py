"""The main window as a user meets it: setup, unlock, clients, lock (idle, Ctrl+L), quick
hide, returning to where one was, and what caseworkers do not see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from riskapp.domain.clock import FixedClock
from riskapp.domain.records import NewClient
from riskapp.ui.clients.dialog import ClientDialog
from riskapp.ui.shell.context import AppContext
from riskapp.ui.shell.main_window import MainWindow
from riskapp.ui.shell.settings import AppSettings
from riskapp.ui.shell.setup_wizard import SetupWizard
from riskapp.vault import Vault
from tests.ui.conftest import CASEWORKER, LEADER, PASSPHRASE, unlock
from tests.ui.manual_clock import ManualClock


def _fill_client_dialog(qtbot: Any) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ClientDialog)
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.last_name, "Berg")
    qtbot.keyClicks(dialog.pnr, "170101-2393")
    dialog.safe_contact.setPlainText("Ring efter kl 14, inga sms")
    dialog.buttons.accepted.emit()


def test_setup_unlock_create_client_lock_unlock_keeps_the_data(
    qtbot: Any,
    tmp_path: Path,
    app_settings: AppSettings,
    clock: FixedClock,
    fast_kdf: Any,
    registry: Any,
) -> None:
    path = tmp_path / "nytt.riskvault"
    ctx = AppContext(
        vault_path=path, settings=app_settings, clock=clock, registry_factory=lambda _d: registry
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wizard = SetupWizard(
        path,
        clock,
        window,
        creator=lambda p, org, user, secret: Vault.create(
            p, organisation=org, username=user, passphrase=secret, clock=clock, kdf=fast_kdf
        ),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.org_page.organisation.setText("Testkommunen")
    wizard.org_page.leader.setText(LEADER)
    wizard.next()
    wizard.pass_page.fields.first.setText(PASSPHRASE)
    wizard.pass_page.fields.second.setText(PASSPHRASE)
    wizard.next()
    wizard.recovery_page.stored.setChecked(True)
    wizard.accept()
    window.on_unlocked(wizard.take_session())
    assert window.stack.currentWidget() is window.client_list

    QTimer.singleShot(0, lambda: _fill_client_dialog(qtbot))
    assert window.act_new_client.shortcut().toString() == "Ctrl+N"
    window.act_new_client.trigger()  # window shortcuts need an active window (offscreen)
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.name_label.text() == "Anna Berg"
    assert window.client_page.pnr_label.text() == "20170101-****"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.client_page.name_label.text() == ""
    assert window.client_list.model is None

    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.name_label.text() == "Anna Berg"
    assert window.client_page.safe_value.text() == "Ring efter kl 14, inga sms"
    window.show_client_list()
    assert window.client_list.model is not None
    assert window.client_list.model.total == 1


def test_idle_lock_fires_after_the_configured_minutes(
    qtbot: Any, main_window: MainWindow, manual_clock: ManualClock
) -> None:
    unlock(qtbot, main_window)
    session = main_window.session
    locked: list[bool] = []
    main_window.vault_locked.connect(lambda: locked.append(True))
    manual_clock.advance(5 * 60_000 - 1)
    assert locked == []
    assert main_window.session is session
    manual_clock.advance(1)
    assert locked == [True]
    assert main_window.session is None
    assert session.closed
    assert main_window.stack.currentWidget() is main_window.unlock_page


def test_idle_minutes_come_from_the_vault_settings(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    unlock(qtbot, main_window)
    assert main_window.idle.timeout_ms() == 5 * 60_000
    assert app_settings.idle_minutes_cache == 5
    assert main_window.idle.active


def test_lock_returns_to_the_same_client_page(qtbot: Any, main_window: MainWindow) -> None:
    unlock(qtbot, main_window)
    client = main_window.session.clients.create(NewClient("Bo", "Ek"))
    main_window.open_client(client.id)
    main_window.lock()
    unlock(qtbot, main_window)
    assert main_window.stack.currentWidget() is main_window.client_page
    assert main_window.client_page.client is not None
    assert main_window.client_page.client.id == client.id


def test_saving_on_the_client_page_searches_again_only_when_the_list_is_shown(
    qtbot: Any, main_window: MainWindow
) -> None:
    unlock(qtbot, main_window)
    client = main_window.session.clients.create(NewClient("Bo", "Ek"))
    main_window.client_list.refresh()
    main_window.open_client(client.id)

    def searches() -> int:
        return int(
            main_window.session.conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'client.search'"
            ).fetchone()[0]
        )

    before = searches()
    for _ in range(3):  # e.g. autosaves of a draft
        main_window.client_page.record_saved.emit()
    assert searches() == before
    main_window.show_client_list()
    assert searches() == before + 1
    assert main_window.client_list.model is not None
    assert main_window.client_list.model.total == 1


def test_another_user_after_a_lock_starts_at_the_client_list(
    qtbot: Any, main_window: MainWindow
) -> None:
    unlock(qtbot, main_window)
    client = main_window.session.clients.create(NewClient("Bo", "Ek"))
    main_window.open_client(client.id)
    main_window.lock()
    unlock(qtbot, main_window, user=CASEWORKER)
    assert main_window.stack.currentWidget() is main_window.client_list


def test_team_leader_area_is_hidden_for_caseworkers(qtbot: Any, main_window: MainWindow) -> None:
    unlock(qtbot, main_window, user=CASEWORKER)
    assert not main_window.team_menu.menuAction().isVisible()
    assert not main_window.act_team.isEnabled()
    main_window.show_team_leader()
    assert main_window.team_leader is None
    main_window.lock()
    unlock(qtbot, main_window, user=LEADER)
    assert main_window.team_menu.menuAction().isVisible()
    main_window.act_team.trigger()
    assert main_window.stack.currentWidget() is main_window.team_leader


def test_quick_hide_blanks_at_once_and_f12_brings_the_work_back(
    qtbot: Any, main_window: MainWindow
) -> None:
    unlock(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F12)
    assert main_window.is_hidden_quickly
    assert main_window.stack.currentWidget() is main_window.hide_page
    assert main_window.windowTitle() == "Dokument"
    assert not main_window.menuBar().isVisible()
    assert main_window.session is not None  # hidden, not locked
    qtbot.keyClick(main_window, Qt.Key.Key_F12)
    assert main_window.stack.currentWidget() is main_window.client_list
    assert main_window.windowTitle() == "riskapp"


def test_quick_hide_is_shown_in_the_menu_with_its_key(main_window: MainWindow) -> None:
    assert main_window.act_hide.shortcut().toString() == "F12"
    assert main_window.act_lock.shortcut().toString() == "Ctrl+L"


def test_locking_closes_an_open_dialog(qtbot: Any, main_window: MainWindow) -> None:
    unlock(qtbot, main_window)
    seen: list[bool] = []

    def lock_while_open() -> None:
        seen.append(isinstance(QApplication.activeModalWidget(), ClientDialog))
        main_window.lock()

    QTimer.singleShot(0, lock_while_open)
    main_window.new_client()
    assert seen == [True]
    assert QApplication.activeModalWidget() is None
    assert main_window.session is None


def test_closing_the_window_closes_the_session_and_keeps_geometry(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    unlock(qtbot, main_window)
    session = main_window.session
    main_window.close()
    assert session.closed
    assert not app_settings.window_geometry.isEmpty()


def test_new_client_with_an_existing_personnummer_offers_the_existing_one(
    qtbot: Any, main_window: MainWindow
) -> None:
    from riskapp.ui.common.dialogs import Dialogs

    unlock(qtbot, main_window)
    existing = main_window.session.clients.create(NewClient("Anna", "Berg", "201701012393"))
    Dialogs.set_next_answer(True)
    QTimer.singleShot(0, lambda: _fill_client_dialog(qtbot))
    main_window.new_client()
    assert Dialogs.shown[-1][1] == "Klienten finns redan"
    assert main_window.client_page.client is not None
    assert main_window.client_page.client.id == existing.id
    assert main_window.session.clients.count("") == 1


def test_full_meeting_by_keyboard_four_instruments_then_lock_and_unlock(
    qtbot: Any, main_window: MainWindow
) -> None:
    """Unlock, create a client, complete the three assessment instruments and save a safety
    plan by keyboard through the embedded widgets, lock, unlock: everything is still there.
    Reuses the wizard/plan-editor tests' keyboard drivers (tests/ui/test_wizard.py,
    tests/ui/test_plan_editor.py) so the walk stays in step with those widgets."""
    from riskapp.domain.forms.model import QuestionKind
    from riskapp.domain.records import AssessmentStatus
    from tests.ui.assessment.test_wizard import complete_by_keyboard, drive, focused
    from tests.ui.plans.test_editor import tab_to

    window = main_window
    window.resize(1200, 900)
    unlock(qtbot, window)
    QTimer.singleShot(0, lambda: _fill_client_dialog(qtbot))
    window.act_new_client.trigger()
    page = window.client_page
    client_id = page.client.id
    window.activateWindow()
    registry = window._get_registry()

    for form_id in ("screening", "violence-description", "danger-assessment"):
        page.start_buttons[form_id].click()
        wizard = page.editor
        qtbot.waitUntil(lambda w=wizard: w.isAncestorOf(QApplication.focusWidget()))
        drive(qtbot, wizard, registry.latest(form_id))
        complete_by_keyboard(qtbot, wizard)
        wizard.close_button.click()
        assert page.editor is None

    page.plan_button.click()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    form = editor.form
    check = next(q for q in form.questions() if q.kind is QuestionKind.CHECK)
    box = tab_to(qtbot, editor, lambda w: w.property("question_id") == check.id)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.plan_saved, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    unlock(qtbot, window)
    session = window.session
    done = session.assessments.list_for_client(client_id)
    assert sorted(a.form_id for a in done) == [
        "danger-assessment",
        "screening",
        "violence-description",
    ]
    assert all(a.status is AssessmentStatus.COMPLETED for a in done)
    plan = session.plans.latest_for_client(client_id)
    assert plan is not None
    assert plan.answers[check.id] is True
    # Back where we were: the plan editor of the same client, with the saved plan.
    assert window.client_page.client.id == client_id
    assert type(window.client_page.editor).__name__ == "PlanEditor"
    window.client_page.close_editor()
    assert window.client_page.assessment_model.rowCount() == 3
    assert len(window.client_page.trend.points()) == 1


def test_screen_lock_locks_only_when_the_setting_is_on(
    qtbot: Any, main_window: MainWindow, app_settings: AppSettings
) -> None:
    unlock(qtbot, main_window)
    app_settings.lock_on_screen_lock = False
    main_window.screen_lock.screen_locked.emit()
    assert main_window.session is not None
    app_settings.lock_on_screen_lock = True
    main_window.screen_lock.screen_locked.emit()
    assert main_window.session is None


def test_locking_clears_our_text_from_the_clipboard(qtbot: Any, main_window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    unlock(qtbot, main_window)
    main_window.clipboard.set_text("Bedömning: hög risk")
    main_window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_f12_over_an_open_dialog_hides_at_once(qtbot: Any, main_window: MainWindow) -> None:
    unlock(qtbot, main_window)
    seen: list[bool] = []

    def press_f12_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, ClientDialog))
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_F12)

    QTimer.singleShot(0, press_f12_in_dialog)
    main_window.new_client()
    assert seen == [True]
    assert QApplication.activeModalWidget() is None
    assert main_window.is_hidden_quickly
    assert main_window.session.clients.count("") == 0


def test_locking_while_hidden_shows_the_unlock_screen_with_menus(
    qtbot: Any, main_window: MainWindow
) -> None:
    unlock(qtbot, main_window)
    main_window.toggle_quick_hide()
    main_window.lock()
    assert not main_window.is_hidden_quickly
    assert main_window.stack.currentWidget() is main_window.unlock_page
    assert not main_window.menuBar().isHidden()
    assert main_window.windowTitle() == "riskapp"
