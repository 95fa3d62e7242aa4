"""From snapshot to published tables in one step (riskapp.domain.stats.publish)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from riskapp.domain.stats.aggregate import linked_counts
from riskapp.domain.stats.publish import publish
from riskapp.domain.stats.records import StatAssessment, StatClient, StatPlan, StatsSnapshot
from riskapp.domain.stats.table import StatisticsResult, Suppressed

START, END = date(2026, 1, 1), date(2026, 6, 30)


def _check(result: StatisticsResult) -> None:
    by_id = {t.id: t for t in result.tables}
    for table in result.tables:
        for line in table.augmented():
            for value in line:
                assert isinstance(value, Suppressed) or value == 0 or value >= 5
        # Margins shared by the tables of one measure: same value, or hidden everywhere.
        for other in result.tables:
            if other.measure == table.measure:
                assert table.row_totals == other.row_totals
                assert table.grand_total == other.grand_total
    for dim in ("period", *result.by):
        levels = by_id[f"risk_levels.{dim}"]
        kinds = by_id[f"assessments.{dim}"]
        row = kinds.rows.index("kind.danger_assessment")
        assert (*levels.column_totals, levels.grand_total) == (
            *kinds.cells[row],
            kinds.row_totals[row],
        )


_snapshots = st.builds(
    lambda clients, assessments, plans: StatsSnapshot(
        START,
        END,
        tuple(
            StatClient(k, sex, born, date(2026, 1, 1 + k % 28))
            for k, (sex, born) in enumerate(clients)
        ),
        tuple(
            StatAssessment(
                c % max(1, len(clients)), "danger-assessment", "danger_assessment", day, level=level
            )
            for c, day, level in assessments
        ),
        tuple(StatPlan(c, day) for c, day in plans),
    ),
    st.lists(
        st.tuples(
            st.sampled_from(["female", "male", "unknown"]),
            st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2008, 1, 1))),
        ),
        max_size=25,
    ),
    st.lists(
        st.tuples(
            st.integers(0, 30), st.dates(START, END), st.sampled_from(["low", "medium", "high"])
        ),
        max_size=60,
    ),
    st.lists(st.tuples(st.integers(0, 30), st.dates(START, END)), max_size=10),
)


@settings(max_examples=60, deadline=None)
@given(
    _snapshots,
    st.sampled_from([(), ("sex",), ("age",), ("sex", "age")]),
    st.sampled_from(["month", "quarter"]),
)
def test_published_numbers_are_safe_and_consistent(
    snapshot: StatsSnapshot, by: tuple[str, ...], period: str
) -> None:
    _check(publish(snapshot, by=by, period=period))


def test_publish_records_the_options_in_canonical_order() -> None:
    snapshot = StatsSnapshot(START, END, (), (), ())
    result = publish(snapshot, by=("age", "sex"), period="quarter")
    assert (result.start, result.end, result.period, result.by) == (
        START,
        END,
        "quarter",
        ("sex", "age"),
    )
    assert len(result.tables) == 8 * 3


def test_linked_counts_pair_level_totals_with_the_danger_row() -> None:
    from riskapp.domain.stats.aggregate import aggregate

    snapshot = StatsSnapshot(START, END, (), (), ())
    tables = aggregate(snapshot, by=("sex",))
    links = linked_counts(tables)
    assert (("risk_levels.sex", 0, 0), ("assessments.sex", 2, 0)) in links
    assert len(links) == (6 + 1) + (3 + 1)  # six months + grand, three sexes + grand
