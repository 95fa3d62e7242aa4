"""Run a slow call (Argon2id unlock, vault creation: about a second) with visible feedback.

The vault's SQLite connection is bound to the thread that opened it (sqlite3's
``check_same_thread``), so the session must be created in the GUI thread. Instead of a
worker thread we show a message and a busy cursor, let Qt paint them, then block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

T = TypeVar("T")


def run_busy(status: QLabel | None, message: str, call: Callable[[], T]) -> T:
    """Show ``message`` in ``status`` and a wait cursor while ``call()`` runs."""
    previous = status.text() if status is not None else ""
    if status is not None:
        status.setText(message)
        status.repaint()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        return call()
    finally:
        QGuiApplication.restoreOverrideCursor()
        if status is not None and status.text() == message:
            status.setText(previous)
