"""InactivityTimer fires after the timeout without input, and input restarts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from riskapp.ui.shell.idle import InactivityTimer


def test_fires_once_after_the_shortened_timeout(qtbot: Any) -> None:
    timer = InactivityTimer()
    timer.set_timeout_ms(50)
    timer.activate()
    with qtbot.waitSignal(timer.inactivity_detected, timeout=2000):
        pass
    assert not timer.active


def test_key_presses_postpone_the_signal(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    timer = InactivityTimer()
    timer.set_timeout_ms(300)
    fired: list[bool] = []
    timer.inactivity_detected.connect(lambda: fired.append(True))
    timer.activate()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)


def test_deactivated_timer_never_fires(qtbot: Any) -> None:
    timer = InactivityTimer()
    timer.set_timeout_ms(30)
    fired: list[bool] = []
    timer.inactivity_detected.connect(lambda: fired.append(True))
    timer.activate()
    timer.deactivate()
    qtbot.wait(120)
    assert fired == []
