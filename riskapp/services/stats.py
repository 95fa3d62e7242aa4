"""Statistics use cases shared by the GUI and the CLI (team leaders only).

* ``build_statistics`` reads the vault's coded snapshot for a period and returns only
  published tables (aggregation and disclosure control in ``riskapp.domain.stats``): the
  exact counts never leave this function.
* ``export_statistics`` words the tables (``riskapp.reports.stats_export``), audit-logs
  ``stats.export`` with the period, breakdown and format, and writes the file atomically to
  the chosen path only.

The audit row is written before the file: if writing then fails, the log shows an
attempted export rather than the disk holding an export the log does not know about.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from riskapp.domain.records import Role
from riskapp.domain.stats.aggregate import check_parameters
from riskapp.domain.stats.indicators import (
    IndicatorResult,
    check_indicator_parameters,
    publish_indicators,
    year_bounds,
)
from riskapp.domain.stats.publish import publish
from riskapp.domain.stats.table import StatisticsResult
from riskapp.reports.files import write_atomic
from riskapp.reports.indicators_export import FORMATS as INDICATOR_FORMATS
from riskapp.reports.indicators_export import render_indicators
from riskapp.reports.stats_export import FORMATS, render_statistics

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.domain.forms.registry import FormRegistry
    from riskapp.vault import Session

__all__ = [
    "EXPORT_ACTION",
    "IndicatorResult",
    "StatisticsResult",
    "build_indicators",
    "build_statistics",
    "export_indicators",
    "export_statistics",
]

#: Audit action of a statistics export (docs/vault_api.md §5).
EXPORT_ACTION = "stats.export"


def _require_team_leader(session: Session) -> None:
    from riskapp.vault import PermissionDenied

    if session.user.role is not Role.TEAMLEADER:
        raise PermissionDenied("team leaders only", action_role=Role.TEAMLEADER.value)


def build_statistics(
    session: Session,
    start: date,
    end: date,
    *,
    by: Sequence[str] = (),
    period: str = "month",
    level_order: Sequence[str] = (),
) -> StatisticsResult:
    """Published (disclosure-controlled) tables for ``start``..``end`` inclusive.

    ``by``: any of "sex", "age"; ``period``: "month" or "quarter"; ``level_order``: the
    forms' risk levels, lowest first (``level_order_of``).
    Raises ``PermissionDenied`` unless the user is a team leader, ``StatsInputError``
    (``stats_range``, ``stats_period``, ``stats_by``) for bad parameters.
    """
    _require_team_leader(session)
    check_parameters(start, end, by, period)
    snapshot = session.stats_snapshot(start, end)
    return publish(snapshot, by=by, period=period, level_order=level_order)


def level_order_of(registry: FormRegistry) -> tuple[str, ...]:
    """Every danger-assessment form's level codes, lowest first, latest versions first."""
    order: dict[str, None] = {}
    for form in sorted(registry.all_forms(), key=lambda f: (f.id, -f.version)):
        for level in form.levels:
            order.setdefault(level.id)
    return tuple(order)


def export_statistics(
    session: Session,
    result: StatisticsResult,
    fmt: str,
    out_path: Path,
    *,
    language: str = "sv",
) -> None:
    """Write ``result`` as ``fmt`` ("csv", "xlsx", "pdf") to ``out_path`` and audit it.

    Raises ``PermissionDenied`` for non-team leaders, ``ReportError`` (``stats_format``,
    ``report_write_failed``) when the file cannot be made.
    """
    from riskapp.reports.errors import ReportError

    _require_team_leader(session)
    if fmt not in FORMATS:
        raise ReportError("unknown statistics format", code="stats_format", format=fmt)
    organisation = session.settings.get().organisation_name
    data = render_statistics(result, fmt, language=language, organisation=organisation)
    by = "+".join(result.by) or "none"
    session.log_event(
        EXPORT_ACTION,
        object_type="statistics",
        detail=(
            f"period={result.start.isoformat()}..{result.end.isoformat()} "
            f"per={result.period} by={by} format={fmt}"
        ),
    )
    write_atomic(Path(out_path), data)


def build_indicators(session: Session, year: int, adults: int) -> IndicatorResult:
    """Kolada's three indicators for ``year`` (published counts, per 10,000 ``adults``).

    Raises ``PermissionDenied`` unless a team leader, ``IndicatorInputError``
    (``indicators_bad_year``: in the future; ``indicators_bad_adults``: not positive)."""
    _require_team_leader(session)
    check_indicator_parameters(year, adults, session.clock.today())
    start, end = year_bounds(year)
    return publish_indicators(session.stats_snapshot(start, end), year, adults)


def export_indicators(
    session: Session,
    result: IndicatorResult,
    fmt: str,
    out_path: Path,
    *,
    language: str = "sv",
) -> None:
    """Write the indicators as ``fmt`` ("csv", "xlsx", "pdf") and audit ``stats.export``."""
    from riskapp.reports.errors import ReportError

    _require_team_leader(session)
    if fmt not in INDICATOR_FORMATS:
        raise ReportError("unknown statistics format", code="stats_format", format=fmt)
    organisation = session.settings.get().organisation_name
    data = render_indicators(result, fmt, language=language, organisation=organisation)
    session.log_event(
        EXPORT_ACTION,
        object_type="statistics",
        detail=f"indicators year={result.year} format={fmt}",
    )
    write_atomic(Path(out_path), data)
