"""Kolada's three indicators for adults exposed to violence (individual and family care),
for one calendar year, as counts and per 10,000 adults of the municipality.

* ``kolada.opened``: cases opened in the year because of violence in a close
  relationship, honour-related violence and oppression, or both;
* ``kolada.intervention``: of those, cases with at least one intervention started in the
  same year;
* ``kolada.goal_reached``: cases (with one of those reasons) closed in the year with the
  overall goal fully or partly reached.

Cases the version-5 migration opened for older records have no recorded reason and are
not counted (their reason was never asked). The number of adults is what the team leader
enters (Statistics Sweden's population aged 18 or more).

Each count is its own one-cell table under the same disclosure control as every other
table (``disclosure.protect``): a count of 1-4 is published as "<5" and so is
its rate; a published count's rate reveals nothing more (the adults are public).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from riskapp.domain.errors import DomainError
from riskapp.domain.stats.disclosure import protect
from riskapp.domain.stats.records import StatCase, StatsSnapshot
from riskapp.domain.stats.table import Cell, Suppressed, Table

INDICATORS: tuple[str, ...] = ("kolada.opened", "kolada.intervention", "kolada.goal_reached")
#: Case reasons Kolada counts (every CaseReason value).
COUNTED_REASONS = frozenset({"close_relationship", "honour", "both"})
REACHED = frozenset({"full", "partial"})
PER = 10_000
MAX_ADULTS = 100_000_000


class IndicatorInputError(DomainError):
    code = "indicators_input"
    other_codes = ("indicators_bad_year", "indicators_bad_adults")


@dataclass(frozen=True)
class Indicator:
    code: str
    count: Cell
    #: Per 10,000 adults, one decimal; hidden (the same marker) with its count.
    per_10000: float | Suppressed


@dataclass(frozen=True)
class IndicatorResult:
    year: int
    adults: int
    indicators: tuple[Indicator, ...]

    def get(self, code: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.code == code:
                return indicator
        raise KeyError(code)


def check_indicator_parameters(year: int, adults: int, today: date) -> None:
    """IndicatorInputError for a year in the future (or before 1900) or adults <= 0."""
    if year > today.year or year < 1900:
        raise IndicatorInputError("year out of range", code="indicators_bad_year", year=year)
    if adults <= 0 or adults > MAX_ADULTS:
        raise IndicatorInputError("adults must be positive", code="indicators_bad_adults")


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _in(day: date | None, year: int) -> bool:
    return day is not None and day.year == year


def indicator_counts(cases: tuple[StatCase, ...], year: int) -> tuple[int, int, int]:
    """The exact three counts (inside the domain only)."""
    opened = [c for c in cases if c.reason in COUNTED_REASONS and _in(c.opened_on, year)]
    helped = [c for c in opened if any(_in(start, year) for _, start in c.interventions)]
    reached = [
        c
        for c in cases
        if c.reason in COUNTED_REASONS and _in(c.closed_on, year) and c.goal in REACHED
    ]
    return len(opened), len(helped), len(reached)


def _rate(count: Cell, adults: int) -> float | Suppressed:
    if isinstance(count, Suppressed):
        return count  # the rate is hidden with its count, under the same marker
    return round(int(count) * PER / adults, 1)


def publish_indicators(snapshot: StatsSnapshot, year: int, adults: int) -> IndicatorResult:
    """The protected indicators for ``year`` from a snapshot covering that year."""
    if adults <= 0:
        raise IndicatorInputError("adults must be positive", code="indicators_bad_adults")
    counts = indicator_counts(snapshot.cases, year)
    tables = [
        Table(
            id=code,
            measure=code,
            dimension="none",
            title=f"table.{code}",
            rows=(code,),
            columns=(str(year),),
            cells=((count,),),
        )
        for code, count in zip(INDICATORS, counts, strict=True)
    ]
    published = protect(tables)
    return IndicatorResult(
        year=year,
        adults=adults,
        indicators=tuple(
            Indicator(t.id, t.cells[0][0], _rate(t.cells[0][0], adults)) for t in published
        ),
    )
