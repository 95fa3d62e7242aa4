"""The one entry point from a statistics snapshot to publishable tables.

``publish(snapshot, by=..., period=...)`` aggregates (``aggregate``) and applies disclosure
control (``disclosure.protect``) in one step, so callers (services, UI, exports) never hold
unprotected counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from riskapp.domain.stats.aggregate import DIMENSIONS, aggregate, linked_counts
from riskapp.domain.stats.disclosure import protect
from riskapp.domain.stats.records import StatsSnapshot
from riskapp.domain.stats.table import StatisticsResult


def publish(
    snapshot: StatsSnapshot,
    *,
    by: Sequence[str] = (),
    period: str = "month",
    level_order: Sequence[str] = (),
) -> StatisticsResult:
    """Protected tables for the snapshot's period.

    ``level_order``: risk-level codes lowest first, as the forms list them.
    Raises ``StatsInputError`` for an unknown period kind or breakdown, or start > end.
    """
    tables = aggregate(snapshot, by=by, period=period, level_order=level_order)
    published = protect(tables, linked_counts(tables))
    ordered_by = tuple(d for d in DIMENSIONS if d in by)
    return StatisticsResult(
        start=snapshot.start,
        end=snapshot.end,
        period=period,
        by=ordered_by,
        tables=tuple(published),
    )
