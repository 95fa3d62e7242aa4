"""SensitiveClipboard: sensitivity hints, and clearing only its own text after the timeout."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from riskapp.ui.common.clipboard import DEFAULT_CLEAR_MS, SensitiveClipboard


def test_default_timeout_is_thirty_seconds(qapp: Any) -> None:
    assert SensitiveClipboard().clear_after_ms == DEFAULT_CLEAR_MS == 30_000


def test_text_is_cleared_after_the_shortened_timeout(qtbot: Any) -> None:
    clip = SensitiveClipboard(clear_after_ms=50)
    clip.set_text("Sammanfattning")
    assert QGuiApplication.clipboard().text() == "Sammanfattning"
    with qtbot.waitSignal(clip.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_text_copied_by_the_user_meanwhile_is_left_alone(qtbot: Any) -> None:
    clip = SensitiveClipboard(clear_after_ms=50)
    cleared: list[bool] = []
    clip.cleared.connect(lambda: cleared.append(True))
    clip.set_text("Sammanfattning")
    QGuiApplication.clipboard().setText("något annat")
    qtbot.wait(200)
    assert QGuiApplication.clipboard().text() == "något annat"
    assert cleared == []


def test_mime_data_carries_the_password_manager_hint(qapp: Any) -> None:
    clip = SensitiveClipboard(clear_after_ms=10_000)
    clip.set_text("x")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    clip.clear_now()
