"""SIGTERM, SIGINT and SIGHUP end the GUI through its normal exit path (the demo vault's
directory is deleted, the key dropped, the clipboard cleared) instead of killing it where
it stands (issue 13: ``--demo`` killed by SIGTERM left its vault behind).

Python runs a signal handler only between byte codes, and Qt's event loop sits in C: a
timer wakes the interpreter a few times a second so the handler runs promptly. Before the
loop runs, the handler raises ``SystemExit`` (``finally`` blocks and ``atexit`` clean up);
while it runs, it asks the loop to quit. SIGKILL cannot be handled: nothing can.
"""

from __future__ import annotations

import signal
from types import FrameType

from PySide6.QtCore import QCoreApplication, QTimer

#: How often the interpreter is woken to run a pending signal handler (milliseconds).
WAKE_MS = 200

_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class StopSignals:
    """Install with ``install()`` before slow start-up work; ``loop_started()`` once the
    event loop is about to run; ``uninstall()`` restores the previous handlers."""

    def __init__(self) -> None:
        self._previous: dict[int, object] = {}
        self._in_loop = False
        self._timer: QTimer | None = None
        self.received: int | None = None

    def install(self) -> None:
        for signum in _SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handle)

    def loop_started(self, app: QCoreApplication) -> None:
        self._in_loop = True
        self._timer = QTimer(app)
        self._timer.timeout.connect(lambda: None)
        self._timer.start(WAKE_MS)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.received = signum
        if self._in_loop:
            QCoreApplication.quit()
        else:
            raise SystemExit(128 + signum)

    def uninstall(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()


def exit_code(stop: StopSignals, code: int) -> int:
    """The loop's exit code, or 128 + the signal number if a signal ended it."""
    return 128 + stop.received if stop.received is not None else code


__all__ = ["StopSignals", "exit_code"]
