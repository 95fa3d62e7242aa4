"""Kolada's indicators on a hand-computed dataset."""

from __future__ import annotations

from datetime import date

import pytest

from riskapp.domain.stats.indicators import (
    IndicatorInputError,
    check_indicator_parameters,
    indicator_counts,
    publish_indicators,
)
from riskapp.domain.stats.records import StatCase, StatsSnapshot
from riskapp.domain.stats.table import SMALL

D = date


def _case(
    key: int,
    opened: date,
    reason: str | None = "close_relationship",
    closed: date | None = None,
    goal: str | None = None,
    starts: tuple[date, ...] = (),
) -> StatCase:
    return StatCase(
        key,
        opened,
        "self",
        reason,
        closed,
        goal,
        None if closed is None else "other",
        tuple(("support_talks", s) for s in starts),
    )


#: By hand, for 2025:
#: opened in 2025 with a counted reason: keys 1-12 -> 12 (13 has no reason, 14 opened 2024)
#: of those, an intervention started in 2025: 1-6 and 8 -> 7 (7's starts in 2026; 9-12
#:   have none)
#: closed in 2025 with goal full/partial and a counted reason: 14 (full), 1 (partial),
#:   2, 3, 4, 5 (full) -> 6; not 6 (goal none), not 13 (no reason), not 11 (closed 2026)
DATA = (
    _case(1, D(2025, 1, 10), closed=D(2025, 6, 1), goal="partial", starts=(D(2025, 1, 20),)),
    _case(2, D(2025, 2, 1), "honour", D(2025, 9, 1), "full", (D(2025, 2, 2), D(2025, 3, 1))),
    _case(3, D(2025, 3, 1), "both", D(2025, 12, 31), "full", (D(2025, 3, 1),)),
    _case(4, D(2025, 4, 1), closed=D(2025, 5, 1), goal="full", starts=(D(2025, 4, 2),)),
    _case(5, D(2025, 5, 1), closed=D(2025, 7, 1), goal="full", starts=(D(2025, 5, 5),)),
    _case(6, D(2025, 6, 1), closed=D(2025, 8, 1), goal="none", starts=(D(2025, 6, 6),)),
    _case(7, D(2025, 12, 20), starts=(D(2026, 1, 5),)),
    _case(8, D(2025, 7, 1), "honour", starts=(D(2025, 12, 31),)),
    _case(9, D(2025, 8, 1)),
    _case(10, D(2025, 9, 1), "both"),
    _case(11, D(2025, 10, 1), closed=D(2026, 1, 2), goal="full"),
    _case(12, D(2025, 11, 1), closed=D(2025, 11, 30), goal="unknown"),
    _case(13, D(2025, 1, 1), None, D(2025, 3, 1), "full", (D(2025, 1, 2),)),
    _case(14, D(2024, 6, 1), closed=D(2025, 2, 1), goal="full", starts=(D(2024, 7, 1),)),
)


def _snapshot(cases: tuple[StatCase, ...]) -> StatsSnapshot:
    return StatsSnapshot(D(2025, 1, 1), D(2025, 12, 31), (), (), (), cases)


def test_counts_match_the_hand_computed_values() -> None:
    assert indicator_counts(DATA, 2025) == (12, 7, 6)


def test_published_counts_and_rates_per_10000_adults() -> None:
    result = publish_indicators(_snapshot(DATA), 2025, 24_000)
    assert [(i.code, i.count, i.per_10000) for i in result.indicators] == [
        ("kolada.opened", 12, 5.0),
        ("kolada.intervention", 7, 2.9),
        ("kolada.goal_reached", 6, 2.5),
    ]


def test_counts_of_one_to_four_and_their_rates_are_suppressed() -> None:
    result = publish_indicators(_snapshot(DATA[:3]), 2025, 24_000)
    assert [(i.count, i.per_10000) for i in result.indicators] == [
        (SMALL, SMALL),
        (SMALL, SMALL),
        (SMALL, SMALL),
    ]
    empty = publish_indicators(_snapshot(()), 2025, 24_000)
    assert [i.count for i in empty.indicators] == [0, 0, 0]


@pytest.mark.parametrize(
    ("year", "adults", "code"),
    [
        (2027, 100, "indicators_bad_year"),
        (1899, 100, "indicators_bad_year"),
        (2025, 0, "indicators_bad_adults"),
        (2025, -1, "indicators_bad_adults"),
    ],
)
def test_bad_parameters(year: int, adults: int, code: str) -> None:
    with pytest.raises(IndicatorInputError) as info:
        check_indicator_parameters(year, adults, D(2026, 12, 2))
    assert info.value.code == code
