"""InactivityTimer: emits ``inactivity_detected`` after a period without user input (T2).

Like KeePassXC's InactivityTimer: an application-wide event filter restarts a single-shot
timer on every key press, mouse press/move and wheel event. The owner (the main window)
locks the vault when the signal arrives.

The single-shot timer is a seam: pass ``timer=`` (a ``QTimer`` or a subclass) and tests
drive it with a manually advanced clock instead of waiting on the wall clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class InactivityTimer(QObject):
    #: No user input for the configured time while active.
    inactivity_detected = Signal()

    def __init__(self, parent: QObject | None = None, *, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._timer = timer if timer is not None else QTimer()
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._active = False

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, int(ms)))
        if self._active:
            self._timer.start()

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(max(1, minutes) * 60_000)

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def activate(self) -> None:
        if not self._active:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._active = True
        self._timer.start()

    def deactivate(self) -> None:
        if self._active:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        if self._active:
            self.deactivate()
            self.inactivity_detected.emit()
