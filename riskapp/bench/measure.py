"""Interleaved timing of an app path and its floor, and the result rows.

Each round runs the app once and its floor once (alternating which goes first, so neither
always sees the warmer cache); the reported figures are the medians over the rounds and
the ratio of the two medians. A row that cannot be measured reports ``value = None`` and
says why in ``note``: never a made-up number.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_ROUNDS = 5


@dataclass(frozen=True)
class Result:
    name: str
    value: float | None
    unit: str
    floor: str
    floor_value: float | None
    target: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor_value:
            return None
        return self.value / self.floor_value

    def to_json(self) -> dict[str, Any]:
        """Exactly the names of the issue's contract (``note`` is only printed)."""
        return {
            "name": self.name,
            "value": _round(self.value),
            "unit": self.unit,
            "floor": self.floor,
            "floor_value": _round(self.floor_value),
            "ratio": _round(self.ratio),
            "target": self.target,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def timed(work: Callable[[], object]) -> float:
    """Seconds one call of ``work`` takes (monotonic, high resolution)."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def interleaved(
    app: Callable[[], float],
    floor: Callable[[], float] | None,
    rounds: int,
) -> tuple[float, float | None]:
    """Medians of ``app()`` and ``floor()`` (each returns its own measured figure), run
    alternately for ``rounds`` rounds."""
    app_values: list[float] = []
    floor_values: list[float] = []
    for index in range(rounds):
        if floor is not None and index % 2:
            floor_values.append(floor())
        app_values.append(app())
        if floor is not None and not index % 2:
            floor_values.append(floor())
    return (
        statistics.median(app_values),
        statistics.median(floor_values) if floor_values else None,
    )


def unmeasured(name: str, unit: str, floor: str, target: str, reason: str) -> Result:
    return Result(name, None, unit, floor, None, target, note=f"not measured: {reason}")


def table(results: list[Result]) -> str:
    """The human-readable table ``riskapp bench`` prints."""
    lines = [f"{'name':<16} {'value':>10} {'floor':>10} {'ratio':>7}  unit  target"]
    for r in results:
        value = "-" if r.value is None else f"{r.value:.3f}"
        floor = "-" if r.floor_value is None else f"{r.floor_value:.3f}"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        lines.append(f"{r.name:<16} {value:>10} {floor:>10} {ratio:>7}  {r.unit:<4}  {r.target}")
        lines.append(f"{'':<16} floor: {r.floor}" + (f"; {r.note}" if r.note else ""))
    return "\n".join(lines)
