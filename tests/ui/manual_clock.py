"""A manually advanced clock for Qt timers: tests move time, nothing waits on the wall clock.

``ManualClock.timer()`` makes a ``QTimer`` subclass that is never started for real: its
deadline lives on the manual clock, and ``ManualClock.advance(ms)`` fires every timer whose
deadline falls within the step, in deadline order, with the clock set to that deadline
(a slot that restarts a timer schedules it from there). Hand the timer to the code under
test through its ``timer=`` seam (``InactivityTimer``, ``SensitiveClipboard``) or through
``AppContext.make_timer``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class ManualTimer(QTimer):
    """A QTimer whose time is a ``ManualClock``'s (start/stop/isActive/remainingTime)."""

    def __init__(self, clock: ManualClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline: int | None = None

    def start(self, msec: int | None = None) -> None:
        if msec is not None:
            self.setInterval(msec)
        self._deadline = self._clock.now_ms + self.interval()

    def stop(self) -> None:
        self._deadline = None

    def isActive(self) -> bool:  # noqa: N802 (Qt override)
        return self._deadline is not None

    def remainingTime(self) -> int:  # noqa: N802 (Qt override)
        if self._deadline is None:
            return -1
        return max(0, self._deadline - self._clock.now_ms)

    @property
    def deadline(self) -> int | None:
        return self._deadline

    def fire(self) -> None:
        """Time is up: single-shot timers stop, repeating ones are rescheduled."""
        if self.isSingleShot():
            self._deadline = None
        else:
            self._deadline = self._clock.now_ms + max(1, self.interval())
        self.timeout.emit()


class ManualClock:
    """Milliseconds that pass only when a test calls ``advance``."""

    def __init__(self) -> None:
        self.now_ms = 0
        self._timers: list[ManualTimer] = []

    def timer(self, parent: QObject | None = None) -> ManualTimer:
        timer = ManualTimer(self, parent)
        self._timers.append(timer)
        return timer

    def advance(self, ms: int) -> None:
        """Move time on by ``ms``, firing each timer that falls due on the way."""
        end = self.now_ms + ms
        while True:
            due = [t for t in self._timers if t.deadline is not None and t.deadline <= end]
            if not due:
                break
            first = min(due, key=lambda t: t.deadline or 0)
            self.now_ms = first.deadline or self.now_ms
            first.fire()
        self.now_ms = end
