"""Run a child Python process that reports the steps it reaches, and kill it there.

The child prints one line per step (``at STEP``) and flushes. ``Child.wait_for(step)``
reads its stdout until that line arrives, bounded by ``timeout`` seconds, so a kill loop
kills a child that has really reached the step, however slow the machine is, instead of
guessing how long importing and unlocking take.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
#: Upper bound for one step of a child (start, import, unlock): generous, never a guess
#: of how long it takes; the wait ends as soon as the line arrives.
STEP_TIMEOUT = 120.0


class Child:
    """``with Child(code, *argv) as child``: the child is killed and reaped on exit."""

    def __init__(self, code: str, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
        )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._buffer = b""
        self.lines: list[str] = []

    def wait_for(self, step: str, timeout: float = STEP_TIMEOUT) -> None:
        """Block until the child printed ``at STEP`` (fails on exit or after ``timeout``)."""
        wanted = f"at {step}"
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self._fd, selectors.EVENT_READ)
            while True:
                while b"\n" in self._buffer:
                    raw, self._buffer = self._buffer.split(b"\n", 1)
                    line = raw.decode("utf-8", "replace")
                    self.lines.append(line)
                    if line == wanted:
                        return
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"child did not reach {step!r}: {self._report()}")
                if selector.select(remaining):
                    chunk = os.read(self._fd, 65536)
                    if not chunk:
                        self.process.wait()
                        raise AssertionError(f"child exited before {step!r}: {self._report()}")
                    self._buffer += chunk

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()

    def kill(self) -> None:
        """SIGKILL (if still running), reap, close the pipes."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.close()

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self._stderr.close()

    def _report(self) -> str:
        self._stderr.seek(0)
        err = self._stderr.read().decode("utf-8", "replace")[-2000:]
        return f"exit={self.process.poll()} lines={self.lines[-5:]} stderr={err}"
