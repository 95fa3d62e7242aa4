"""``riskapp-gui --smoke-test``: prove that an installed or bundled app starts, then exit.

Used by the bundle smoke test (``resources/packaging/smoke_test.py``), usually on a machine
without a display (``QT_QPA_PLATFORM=offscreen``). The window starts as usual on an existing
vault; once the unlock screen has been painted and the warm-up has run (vault package,
form registry: ``MainWindow.warm_up``), the process exits 0. It exits 1 when the unlock
screen is not the current page, a dialog is open (an error shown by the warm-up), the
application icon cannot be drawn (a missing Qt image plugin), or nothing was painted within
the time limit. It never unlocks anything, and it writes one line on stderr: no path, no
user name.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from riskapp.ui.shell.main_window import MainWindow

#: Give up when the unlock screen was not painted within this time (a loaded CI machine).
TIMEOUT_MS = 60_000
#: Wait after the first paint: the warm-up is scheduled 250 ms after the window is shown.
SETTLE_MS = 1_000


def report(line: str) -> None:
    """One line on stderr; a windowed executable on Windows has none (then nothing)."""
    if sys.stderr is not None:
        print(line, file=sys.stderr, flush=True)


class SmokeTest(QObject):
    """Watches ``window`` from the first paint of its unlock screen and ends the event loop."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._painted = False
        self._done = False
        window.unlock_page.installEventFilter(self)
        QTimer.singleShot(TIMEOUT_MS, self, self._timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(SETTLE_MS, self, self._check)
        return False

    def problems(self) -> list[str]:
        window = self._window
        found = []
        if not window.isVisible():
            found.append("window not visible")
        if window.stack.currentWidget() is not window.unlock_page:
            found.append("unlock screen not current")
        if QApplication.activeModalWidget() is not None:
            found.append("a dialog is open")
        if window.windowIcon().pixmap(32, 32).isNull():
            found.append("application icon not drawable")
        if "riskapp.vault" not in sys.modules:
            found.append("warm-up did not run")
        return found

    def _check(self) -> None:
        found = self.problems()
        self._finish(not found, ", ".join(found) or "unlock screen shown")

    def _timeout(self) -> None:
        self._finish(False, "unlock screen not painted in time")

    def _finish(self, ok: bool, detail: str) -> None:
        if self._done:
            return
        self._done = True
        report(f"riskapp: smoke test {'ok' if ok else 'FAILED'}: {detail}")
        # exit() also ends a nested loop (a modal dialog), so a failure never hangs.
        self._app.exit(0 if ok else 1)
