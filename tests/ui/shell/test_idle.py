"""InactivityTimer fires after the timeout without input, and input restarts it.

Time is a ``ManualClock``: the tests advance it, nothing waits on the wall clock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from riskapp.ui.shell.idle import InactivityTimer
from tests.ui.manual_clock import ManualClock


def _timer(clock: ManualClock, ms: int) -> tuple[InactivityTimer, list[bool]]:
    timer = InactivityTimer(timer=clock.timer())
    timer.set_timeout_ms(ms)
    fired: list[bool] = []
    timer.inactivity_detected.connect(lambda: fired.append(True))
    return timer, fired


def test_fires_once_after_the_shortened_timeout(qapp: Any) -> None:
    clock = ManualClock()
    timer, fired = _timer(clock, 50)
    timer.activate()
    clock.advance(49)
    assert fired == []
    clock.advance(1)
    assert fired == [True]
    assert not timer.active
    clock.advance(10_000)
    assert fired == [True]


def test_key_presses_postpone_the_signal(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    clock = ManualClock()
    timer, fired = _timer(clock, 300)
    timer.activate()
    for _ in range(4):
        clock.advance(250)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert fired == []
    clock.advance(299)
    assert fired == []
    clock.advance(1)
    assert fired == [True]


def test_deactivated_timer_never_fires(qapp: Any) -> None:
    clock = ManualClock()
    timer, fired = _timer(clock, 30)
    timer.activate()
    timer.deactivate()
    clock.advance(10_000)
    assert fired == []


def test_the_real_timer_is_the_default(qapp: Any) -> None:
    timer = InactivityTimer()
    timer.set_timeout_minutes(5)
    assert timer.timeout_ms() == 5 * 60_000
