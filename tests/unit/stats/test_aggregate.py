"""Aggregation of statistics snapshots into count tables (riskapp.domain.stats.aggregate)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riskapp.domain.stats.aggregate import (
    AGE_COLUMNS,
    KNOWN_VIOLENCE,
    MEASURES,
    SEX_COLUMNS,
    StatsInputError,
    aggregate,
    period_columns,
)
from riskapp.domain.stats.records import (
    StatAssessment,
    StatCase,
    StatClient,
    StatPlan,
    StatsSnapshot,
)
from riskapp.domain.stats.table import Table

START, END = date(2026, 1, 1), date(2026, 6, 30)


def _snapshot(
    clients: list[StatClient],
    assessments: list[StatAssessment] = (),  # type: ignore[assignment]
    plans: list[StatPlan] = (),  # type: ignore[assignment]
    start: date = START,
    end: date = END,
) -> StatsSnapshot:
    return StatsSnapshot(start, end, tuple(clients), tuple(assessments), tuple(plans))


def _by_id(tables: list[Table]) -> dict[str, Table]:
    return {t.id: t for t in tables}


def _cell(table: Table, row: str, column: str) -> int:
    return table.cells[table.rows.index(row)][table.columns.index(column)]


ANNA = StatClient(1, "female", date(1990, 5, 1), date(2025, 11, 3))
BERIT = StatClient(2, "female", date(2000, 2, 29), date(2026, 2, 10))
CARL = StatClient(3, "male", None, date(2026, 3, 5))
DANA = StatClient(4, "unknown", date(1950, 7, 7), date(2026, 7, 1))  # created after the end


def test_period_columns_cover_every_month_or_quarter_touched() -> None:
    assert period_columns(date(2025, 11, 20), date(2026, 2, 1), "month") == (
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    )
    assert period_columns(date(2025, 11, 20), date(2026, 4, 1), "quarter") == (
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
    )


def test_every_measure_is_tabulated_by_period_then_each_breakdown_in_order() -> None:
    tables = aggregate(_snapshot([ANNA]), by=("age", "sex"))
    assert [t.id for t in tables] == [
        f"{m}.{d}" for m in MEASURES for d in ("period", "sex", "age")
    ]
    by_id = _by_id(tables)
    assert by_id["clients.sex"].columns == SEX_COLUMNS
    assert by_id["clients.age"].columns == AGE_COLUMNS
    assert by_id["violence.period"].rows[: len(KNOWN_VIOLENCE)] == KNOWN_VIOLENCE


def test_clients_active_are_those_with_an_open_case_and_new_counted_once() -> None:
    assessments = [
        StatAssessment(1, "f", "screening", date(2026, 3, 2)),
        StatAssessment(1, "f", "screening", date(2026, 1, 20), repeat=True),
        StatAssessment(2, "f", "description", date(2026, 4, 1)),
    ]
    cases = (
        StatCase(1, date(2025, 12, 1), "self", "both", date(2026, 2, 1), "full"),  # earlier
        StatCase(1, date(2026, 3, 1), "self", "both"),  # reopened: Anna counts once
        StatCase(2, date(2026, 2, 10), "police", "honour"),
        StatCase(3, date(2026, 3, 5), "self", "both"),
        StatCase(4, date(2025, 1, 1), "self", "both", date(2025, 6, 1), "none"),  # closed
    )
    snapshot = _snapshot([ANNA, BERIT, CARL], assessments)
    snapshot = StatsSnapshot(
        snapshot.start, snapshot.end, snapshot.clients, snapshot.assessments, (), cases
    )
    tables = _by_id(aggregate(snapshot, by=("sex",)))
    active = tables["clients.period"]
    assert _cell(active, "clients.active", "2026-01") == 1  # Anna: case open from before
    assert _cell(active, "clients.active", "2026-02") == 1  # Berit: case opened
    assert _cell(active, "clients.active", "2026-03") == 1  # Carl: case opened
    assert active.grand_total == 3
    # Screened only, no case: not an active client.
    screened = _by_id(aggregate(_snapshot([ANNA, BERIT, CARL], assessments)))
    assert screened["clients.period"].grand_total == 0
    new = tables["new_clients.sex"]
    assert new.cells == ((1, 1, 0),)  # Berit (female) and Carl (male); Anna is older
    assert tables["clients.sex"].cells == ((2, 1, 0),)


def test_assessments_by_kind_levels_and_repeats() -> None:
    assessments = [
        StatAssessment(1, "f", "danger_assessment", date(2026, 1, 5), level="high"),
        StatAssessment(1, "f", "danger_assessment", date(2026, 2, 5), level="medium", repeat=True),
        StatAssessment(2, "f", "danger_assessment", date(2026, 2, 6), level="high"),
        StatAssessment(2, "f", "screening", date(2026, 2, 6)),
        StatAssessment(3, "own", "other", date(2026, 5, 6)),
        StatAssessment(3, "f", "screening", date(2025, 12, 31)),  # before the period
    ]
    tables = _by_id(aggregate(_snapshot([ANNA, BERIT, CARL], assessments)))
    kinds = tables["assessments.period"]
    assert kinds.rows == (
        "kind.screening",
        "kind.description",
        "kind.danger_assessment",
        "kind.other",
    )
    assert kinds.row_totals == (1, 0, 3, 1)
    levels = tables["risk_levels.period"]
    assert levels.rows == ("level.medium", "level.high")
    assert levels.row_totals == (1, 2)
    assert _cell(levels, "level.high", "2026-02") == 1
    repeats = tables["repeats.period"]
    assert repeats.rows == kinds.rows
    assert _cell(repeats, "kind.danger_assessment", "2026-02") == 1
    assert repeats.grand_total == 1


def test_violence_and_children_count_distinct_clients_at_their_first_report() -> None:
    physical = frozenset({"violence.physical", "children.exposed", "safety.other"})
    assessments = [
        StatAssessment(1, "f", "description", date(2026, 3, 1), facts=physical),
        StatAssessment(1, "f", "description", date(2026, 1, 9), facts=physical),
        StatAssessment(
            2,
            "f",
            "description",
            date(2026, 2, 1),
            facts=frozenset({"violence.digital", "violence.spiritual"}),
        ),
    ]
    tables = _by_id(aggregate(_snapshot([ANNA, BERIT], assessments)))
    violence = tables["violence.period"]
    assert violence.rows[-1] == "violence.spiritual"  # unknown categories follow, sorted
    assert _cell(violence, "violence.physical", "2026-01") == 1
    assert _cell(violence, "violence.physical", "2026-03") == 0
    assert _cell(violence, "violence.digital", "2026-02") == 1
    assert violence.grand_total == 3
    children = tables["children.period"]
    assert children.rows == ("children.exposed", "children.harmed")
    assert children.row_totals == (1, 0)
    assert "safety.other" not in violence.rows


def test_plans_counted_in_their_creation_period() -> None:
    plans = [
        StatPlan(1, date(2026, 4, 30)),
        StatPlan(1, date(2026, 5, 1)),
        StatPlan(2, date(2027, 1, 1)),
    ]
    tables = _by_id(aggregate(_snapshot([ANNA, BERIT], plans=plans), period="quarter"))
    assert tables["plans.period"].columns == ("2026-Q1", "2026-Q2")
    assert tables["plans.period"].cells == ((0, 2),)


def test_age_band_uses_age_at_the_event_and_leap_day_birthdays() -> None:
    # Born 29 February 2008: still 17 on 28 February 2026, 18 on 1 March 2026.
    leap = StatClient(2, "female", date(2008, 2, 29), date(2026, 2, 10))
    assessments = [
        StatAssessment(2, "f", "screening", date(2026, 2, 28)),
        StatAssessment(2, "f", "screening", date(2026, 3, 1)),
        StatAssessment(3, "f", "screening", date(2026, 3, 1)),  # Carl: no birth date
    ]
    ages = _by_id(aggregate(_snapshot([leap, CARL], assessments), by=("age",)))
    table = ages["assessments.age"]
    assert _cell(table, "kind.screening", "age.0-17") == 1
    assert _cell(table, "kind.screening", "age.18-24") == 1
    assert _cell(table, "kind.screening", "age.unknown") == 1


def test_breakdowns_share_row_totals_and_grand_total() -> None:
    assessments = [
        StatAssessment(k % 3 + 1, "f", kind, date(2026, 1 + k % 6, 1 + k % 28))
        for k, kind in enumerate(["screening", "description", "danger_assessment"] * 7)
    ]
    tables = aggregate(_snapshot([ANNA, BERIT, CARL], assessments), by=("sex", "age"))
    for measure in MEASURES:
        group = [t for t in tables if t.measure == measure]
        assert len({t.row_totals for t in group}) == 1
        assert len({t.grand_total for t in group}) == 1


def test_client_created_after_the_period_is_not_new() -> None:
    tables = _by_id(aggregate(_snapshot([DANA])))
    assert tables["new_clients.period"].grand_total == 0


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"period": "week"}, "stats_period"),
        ({"by": ("municipality",)}, "stats_by"),
    ],
)
def test_bad_parameters_raise_coded_errors(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(StatsInputError) as info:
        aggregate(_snapshot([ANNA]), **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code


def test_start_after_end_is_refused() -> None:
    with pytest.raises(StatsInputError) as info:
        aggregate(_snapshot([], start=date(2026, 2, 1), end=date(2026, 1, 1)))
    assert info.value.code == "stats_range"


_days = st.dates(min_value=date(2025, 10, 1), max_value=date(2026, 9, 30))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 4), st.sampled_from(["screening", "description"]), _days, st.booleans()
        ),
        max_size=40,
    )
)
def test_assessment_totals_match_a_naive_count(
    rows: list[tuple[int, str, date, bool]],
) -> None:
    assessments = [StatAssessment(c, "f", k, d, repeat=r) for c, k, d, r in rows]
    tables = _by_id(aggregate(_snapshot([ANNA, BERIT, CARL, DANA], assessments), by=("sex", "age")))
    inside = [a for a in assessments if START <= a.completed_on <= END]
    naive = Counter(f"kind.{a.form_kind}" for a in inside)
    for dim in ("period", "sex", "age"):
        table = tables[f"assessments.{dim}"]
        assert dict(zip(table.rows, table.row_totals, strict=True)) == {
            row: naive.get(row, 0) for row in table.rows
        }
        assert tables[f"repeats.{dim}"].grand_total == sum(a.repeat for a in inside)
    months = Counter(f"{a.completed_on:%Y-%m}" for a in inside)
    period = tables["assessments.period"]
    assert dict(zip(period.columns, period.column_totals, strict=True)) == {
        c: months.get(c, 0) for c in period.columns
    }


def test_risk_levels_are_listed_from_lowest_to_highest() -> None:
    from riskapp.domain.stats.aggregate import _level_rows

    observed = {"acute", "own-code", "high", "low", "raised"}
    assert _level_rows(observed) == (
        "level.low",
        "level.raised",
        "level.high",
        "level.acute",
        "level.own-code",
    )


def test_level_rows_follow_the_forms_order_then_known_codes() -> None:
    assessments = [
        StatAssessment(1, "own", "danger_assessment", date(2026, 1, 5), level=code)
        for code in ("zeta", "alpha", "high", "mid")
    ]
    tables = _by_id(aggregate(_snapshot([ANNA], assessments), level_order=("zeta", "mid", "alpha")))
    assert tables["risk_levels.period"].rows == (
        "level.zeta",
        "level.mid",
        "level.alpha",
        "level.high",
    )
