"""Benchmarks for statistics: aggregation of 100,000 assessments, then disclosure control.

Run with ``pytest tests/benchmarks --benchmark-enable``; the target is well under 0.5 s
for aggregating 100,000 assessments (docs/DESIGN.md §5).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from riskapp.domain.stats.aggregate import aggregate
from riskapp.domain.stats.disclosure import protect
from riskapp.domain.stats.records import StatAssessment, StatClient, StatPlan, StatsSnapshot

START, END = date(2025, 1, 1), date(2025, 12, 31)
KINDS = ("screening", "description", "danger_assessment")
FACTS = (
    "violence.physical",
    "violence.psychological",
    "violence.sexual",
    "violence.economic",
    "violence.digital",
    "children.exposed",
)


@pytest.fixture(scope="module")
def snapshot() -> StatsSnapshot:
    rnd = random.Random(7)
    n_clients = 20_000
    clients = tuple(
        StatClient(
            key,
            rnd.choice(("female", "female", "male", "unknown")),
            date(1945, 1, 1) + timedelta(days=rnd.randint(0, 22_000))
            if rnd.random() < 0.9
            else None,
            START + timedelta(days=rnd.randint(-400, 364)),
        )
        for key in range(n_clients)
    )
    assessments = tuple(
        StatAssessment(
            rnd.randrange(n_clients),
            "form",
            rnd.choice(KINDS),
            START + timedelta(days=rnd.randint(0, 364)),
            rnd.choice((None, "low", "medium", "high")),
            frozenset(rnd.sample(FACTS, rnd.randint(0, 3))),
            rnd.random() < 0.2,
        )
        for _ in range(100_000)
    )
    plans = tuple(
        StatPlan(rnd.randrange(n_clients), START + timedelta(days=rnd.randint(0, 364)))
        for _ in range(10_000)
    )
    return StatsSnapshot(START, END, clients, assessments, plans)


def test_aggregate_100k_assessments_by_sex_and_age(benchmark, snapshot: StatsSnapshot) -> None:  # type: ignore[no-untyped-def]
    tables = benchmark(aggregate, snapshot, by=("sex", "age"), period="month")
    assert len(tables) == 24
    assert sum(t.grand_total for t in tables if t.id == "assessments.period") == 100_000


def test_protect_all_tables_of_a_full_year(benchmark, snapshot: StatsSnapshot) -> None:  # type: ignore[no-untyped-def]
    tables = aggregate(snapshot, by=("sex", "age"), period="month")
    published = benchmark(protect, tables)
    assert len(published) == len(tables)
