"""Unlock screen: distinct messages for wrong passphrase and damaged file; visible throttle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from riskapp.domain.clock import FixedClock
from riskapp.ui.shell.unlock import UnlockPage
from tests.ui.conftest import LEADER, PASSPHRASE
from tests.ui.manual_clock import ManualClock

WRONG = "Fel användarnamn eller lösenfras. Kontrollera stavningen och Caps Lock och försök igen."
DAMAGED = (
    "Valvfilen är skadad och kan inte öppnas. Lösenfrasen var rätt. Återställ den "
    "senaste säkerhetskopian eller kontakta din teamledare."
)


def _page(qtbot: Any, path: Path, clock: FixedClock) -> UnlockPage:
    page = UnlockPage(path, clock)
    qtbot.addWidget(page)
    page.show()
    page.prepare()
    return page


def _try(qtbot: Any, page: UnlockPage, user: str, passphrase: str) -> None:
    page.user.setText(user)
    page.passphrase.setText(passphrase)  # QTest.keyClicks cannot type non-ASCII
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def test_correct_passphrase_emits_the_session(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = _page(qtbot, vault_path, clock)
    with qtbot.waitSignal(page.unlocked, timeout=5000) as blocker:
        _try(qtbot, page, LEADER, PASSPHRASE)
    session = blocker.args[0]
    try:
        assert session.user.name == LEADER
        assert page.passphrase.text() == ""
    finally:
        session.close()


def test_wrong_passphrase_shows_the_wrong_passphrase_message(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = _page(qtbot, vault_path, clock)
    _try(qtbot, page, LEADER, "inte alls rätt lösenfras")
    assert page.error_label.text() == WRONG
    assert page.passphrase.text() == ""


def test_unknown_user_gets_the_same_message_as_a_wrong_passphrase(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = _page(qtbot, vault_path, clock)
    _try(qtbot, page, "okand", PASSPHRASE)
    assert page.error_label.text() == WRONG


def test_damaged_file_shows_the_damaged_message(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    data = bytearray(vault_path.read_bytes())
    for i in range(100, 4000):
        data[i] ^= 0x55
    vault_path.write_bytes(bytes(data))
    page = _page(qtbot, vault_path, clock)
    _try(qtbot, page, LEADER, PASSPHRASE)
    assert page.error_label.text() == DAMAGED


def test_repeated_failures_show_a_countdown_and_block_the_button(
    qtbot: Any, vault_path: Path, clock: FixedClock, manual_clock: ManualClock
) -> None:
    page = UnlockPage(vault_path, clock, tick=manual_clock.timer())
    qtbot.addWidget(page)
    page.show()
    page.prepare()
    for _ in range(3):
        _try(qtbot, page, LEADER, "fel fel fel fel fel")
    assert not page.unlock_button.isEnabled()
    assert page.countdown_label.text() == (
        "För många misslyckade försök. Du kan försöka igen om 2 s."
    )
    # A further attempt (Enter) is ignored while throttled: nothing is tried.
    _try(qtbot, page, LEADER, PASSPHRASE)
    assert not page.unlock_button.isEnabled()
    clock.advance(seconds=3)
    manual_clock.advance(250)  # the countdown's next tick, without waiting
    assert page.unlock_button.isEnabled()
    assert page.countdown_label.text() == ""


def test_empty_fields_are_reported_without_trying(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = _page(qtbot, vault_path, clock)
    page.user.setText(LEADER)
    page.try_unlock()
    assert page.error_label.text() == "Fyll i användarnamn och lösenfras."


def test_demo_credentials_are_shown_and_marked(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = UnlockPage(vault_path, clock, demo_credentials=("demo", "demo lösenfras"))
    qtbot.addWidget(page)
    assert page.demo_label.text().startswith("DEMO")
    assert "demo lösenfras" in page.demo_label.text()
    assert page.user.text() == "demo"


def test_after_a_lock_the_user_name_is_kept(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    page = _page(qtbot, vault_path, clock)
    page.prepare(locked_user=LEADER)
    assert page.user.text() == LEADER
    assert page.title.text() == "Låst – lås upp för att fortsätta"


def test_tab_goes_from_user_to_passphrase_to_the_button(
    qtbot: Any, vault_path: Path, clock: FixedClock
) -> None:
    from PySide6.QtWidgets import QApplication

    page = _page(qtbot, vault_path, clock)
    page.activateWindow()
    page.user.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.user)
    qtbot.keyClick(page.user, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.passphrase
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.unlock_button
