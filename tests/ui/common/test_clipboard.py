"""SensitiveClipboard: sensitivity hints, and clearing only its own text after the timeout.

Time is a ``ManualClock``: the tests advance it, nothing waits on the wall clock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from riskapp.ui.common.clipboard import DEFAULT_CLEAR_MS, SensitiveClipboard
from tests.ui.manual_clock import ManualClock


def test_default_timeout_is_thirty_seconds(qapp: Any) -> None:
    assert SensitiveClipboard().clear_after_ms == DEFAULT_CLEAR_MS == 30_000


def test_text_is_cleared_after_the_timeout(qapp: Any) -> None:
    clock = ManualClock()
    clip = SensitiveClipboard(timer=clock.timer())
    cleared: list[bool] = []
    clip.cleared.connect(lambda: cleared.append(True))
    clip.set_text("Sammanfattning")
    assert QGuiApplication.clipboard().text() == "Sammanfattning"
    clock.advance(DEFAULT_CLEAR_MS - 1)
    assert QGuiApplication.clipboard().text() == "Sammanfattning"
    clock.advance(1)
    assert cleared == [True]
    assert QGuiApplication.clipboard().text() == ""


def test_text_copied_by_the_user_meanwhile_is_left_alone(qapp: Any) -> None:
    clock = ManualClock()
    clip = SensitiveClipboard(clear_after_ms=50, timer=clock.timer())
    cleared: list[bool] = []
    clip.cleared.connect(lambda: cleared.append(True))
    clip.set_text("Sammanfattning")
    QGuiApplication.clipboard().setText("något annat")
    clock.advance(10_000)
    assert QGuiApplication.clipboard().text() == "något annat"
    assert cleared == []


def test_mime_data_carries_the_password_manager_hint(qapp: Any) -> None:
    clip = SensitiveClipboard(clear_after_ms=10_000)
    clip.set_text("x")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    clip.clear_now()
