"""Progress of long CLI work on stderr: an updating line on a terminal, plain lines otherwise.

Services never know about terminals: a long service function takes
``progress: Callable[[int, int], None] | None = None`` and calls ``progress(done, total)``
as it goes (``services.demo.generate_demo_data``, ``services.clients.import_clients``).
A command handler passes a ``Progress``::

    with Progress(console.stderr, "Skapar demodata", "creating demo data") as progress:
        summary = generate_demo_data(session, clients=n, seed=s, progress=progress)

* stderr is a terminal: one line, rewritten in place (``\\r``) at most ten times a second,
  ``Skapar demodata (creating demo data): 4200/20000 (21 %)``; a newline when the work
  ends (also on an error, so the error line starts on a line of its own).
* stderr is redirected (a log file, a script, a scheduled task): one plain line at every
  further 10 % and at least every ``interval`` seconds while work moves on, and the last
  one at 100 %; nothing is rewritten.
* Nothing during the first ``delay`` seconds (one by default): quick work stays silent.
* Never on stdout: scripts parse stdout.

Reuse it for backup, verify, restore or key rotation the same way: give the service a
``progress`` parameter and pass a ``Progress`` from the handler. The line holds counts
only, never personal data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import IO

__all__ = ["Progress"]

#: Seconds between rewrites of the terminal line.
TTY_REFRESH = 0.1
#: Seconds after which a redirected stream gets a line even if no 10 % step was passed.
PLAIN_INTERVAL = 30.0
#: Seconds of work before anything is shown: quick work stays silent.
DELAY = 1.0


class Progress:
    """A ``progress(done, total)`` callback that shows progress on ``stream`` (stderr)."""

    def __init__(
        self,
        stream: IO[str],
        label_sv: str,
        label_en: str,
        *,
        interval: float = PLAIN_INTERVAL,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        tty: bool | None = None,
    ) -> None:
        self._stream = stream
        self._label = f"{label_sv} ({label_en})"
        self._interval = interval
        self._clock = clock
        self._quiet_until = clock() + (DELAY if delay is None else delay)
        self._tty = _isatty(stream) if tty is None else tty
        self._last_time: float | None = None
        self._last_step = -1  # the last 10 % step printed (plain lines)
        self._last_done = -1
        self._line_open = False  # a terminal line waits for its newline
        self._width = 0  # length of the terminal line last written

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        done = max(0, min(done, total))
        now = self._clock()
        if now < self._quiet_until:
            return
        if self._tty:
            self._tty_update(done, total, now)
        else:
            self._plain_update(done, total, now)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.finish()

    def finish(self) -> None:
        """End the terminal line (nothing to do for plain lines)."""
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False

    def _text(self, done: int, total: int) -> str:
        percent = done * 100 // total
        return f"{self._label}: {done}/{total} ({percent} %)"

    def _tty_update(self, done: int, total: int, now: float) -> None:
        due = self._last_time is None or now - self._last_time >= TTY_REFRESH
        if not (due or done == total) or done == self._last_done:
            return
        self._last_time, self._last_done = now, done
        text = self._text(done, total)
        # Spaces rather than an ANSI "erase line": old Windows consoles print escapes raw.
        self._stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self._stream.flush()
        self._line_open = True

    def _plain_update(self, done: int, total: int, now: float) -> None:
        """The first call after the delay, every further 10 %, and a line after
        ``interval`` seconds of moving work."""
        if done == self._last_done:
            return
        step = done * 10 // total
        first = self._last_time is None
        waited = self._last_time is not None and now - self._last_time >= self._interval
        if not (first or step > self._last_step or waited):
            return
        self._last_time, self._last_done, self._last_step = now, done, max(step, self._last_step)
        self._stream.write(self._text(done, total) + "\n")
        self._stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
