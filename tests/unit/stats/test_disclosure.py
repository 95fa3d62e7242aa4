"""Disclosure control (riskapp.domain.stats.disclosure): k = 5 and secondary suppression.

The property tests play the attacker. From a published table (or a group of tables that
share margins) they know every shown number, that a "<5" is 1-4 and a ".." at least 5
(zeros are always shown) and that each row/column sums to its total. ``_feasible_ranges``
finds, by constraint propagation plus exhaustive search, which values each hidden number
can still take; no hidden number may be pinned to a single value. (The LP attack over all
tables of a real export is tests/security/test_stats_attack.py.)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskapp.domain.stats.disclosure import THRESHOLD, protect
from riskapp.domain.stats.table import SECONDARY, SMALL, PublishedTable, Suppressed, Table

# --- the attacker ---------------------------------------------------------------------------

Var = Hashable
#: A linear constraint: sum(coeff * var) == rhs.
Constraint = tuple[dict[Var, int], int]


def _constraints(
    published: Sequence[PublishedTable], shared: bool
) -> tuple[list[Constraint], list[Var]]:
    """Line constraints of the published tables; hidden shared margins become one variable."""
    constraints: list[Constraint] = []
    variables: list[Var] = []
    for t_index, table in enumerate(published):
        aug = table.augmented()
        n_rows, n_cols = len(aug), len(aug[0])

        def var(
            i: int,
            j: int,
            t_index: int = t_index,
            table: PublishedTable = table,
            n_rows: int = n_rows,
            n_cols: int = n_cols,
        ) -> Var:
            if shared and j == n_cols - 1:
                return ("grand",) if i == n_rows - 1 else ("row", table.rows[i])
            return (t_index, i, j)

        for i in range(n_rows):
            for j in range(n_cols):
                if isinstance(aug[i][j], Suppressed) and var(i, j) not in variables:
                    variables.append(var(i, j))
        lines = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
        lines += [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
        for line in lines:
            coeffs: dict[Var, int] = {}
            rhs = 0
            for k, (i, j) in enumerate(line):
                sign = -1 if k == len(line) - 1 else 1  # inner entries minus the total
                value = aug[i][j]
                if isinstance(value, Suppressed):
                    v = var(i, j)
                    coeffs[v] = coeffs.get(v, 0) + sign
                else:
                    rhs -= sign * value
            coeffs = {v: c for v, c in coeffs.items() if c}
            if coeffs or rhs:
                constraints.append((coeffs, rhs))
    return constraints, variables


def _propagate(constraints: list[Constraint], lo: dict[Var, int], hi: dict[Var, int]) -> bool:
    """Tighten integer bounds until stable; False when infeasible."""
    changed = True
    while changed:
        changed = False
        for coeffs, rhs in constraints:
            if not coeffs:
                if rhs != 0:
                    return False
                continue
            for v, c in coeffs.items():
                low_rest = high_rest = 0
                for u, d in coeffs.items():
                    if u == v:
                        continue
                    a, b = d * lo[u], d * hi[u]
                    low_rest += min(a, b)
                    high_rest += max(a, b)
                # c * x_v = rhs - rest, rest in [low_rest, high_rest]; c is +1 or -1.
                bounds = sorted(((rhs - high_rest) * c, (rhs - low_rest) * c))
                new_lo, new_hi = max(lo[v], bounds[0]), min(hi[v], bounds[1])
                if new_lo > new_hi:
                    return False
                if (new_lo, new_hi) != (lo[v], hi[v]):
                    lo[v], hi[v] = new_lo, new_hi
                    changed = True
    return True


def _marker_bounds(
    published: Sequence[PublishedTable], cap: int, shared: bool
) -> tuple[dict[Var, int], dict[Var, int]]:
    """What the markers say: "<5" is 1-4, ".." at least 5 (zeros are shown, 1-4 is "<5")."""
    _, variables = _constraints(published, shared)
    lo: dict[Var, int] = {}
    hi: dict[Var, int] = {}
    for t_index, table in enumerate(published):
        aug = table.augmented()
        for i, line in enumerate(aug):
            for j, value in enumerate(line):
                if not isinstance(value, Suppressed):
                    continue
                if shared and j == len(line) - 1:
                    var: Var = ("grand",) if i == len(aug) - 1 else ("row", table.rows[i])
                else:
                    var = (t_index, i, j)
                lo[var], hi[var] = (1, THRESHOLD - 1) if value is SMALL else (THRESHOLD, cap)
    assert set(lo) == set(variables)
    return lo, hi


def _feasible_ranges(
    published: Sequence[PublishedTable], cap: int, shared: bool = False
) -> dict[Var, set[int]]:
    """Values each hidden number takes in the integer solutions found (search stops once
    every hidden number has shown two different values)."""
    constraints, variables = _constraints(published, shared)
    seen: dict[Var, set[int]] = {v: set() for v in variables}

    def done() -> bool:
        return all(len(values) >= 2 for values in seen.values())

    def search(lo: dict[Var, int], hi: dict[Var, int]) -> None:
        if done() or not _propagate(constraints, lo, hi):
            return
        free = [v for v in variables if lo[v] < hi[v]]
        if not free:
            for v in variables:
                seen[v].add(lo[v])
            return
        v = min(free, key=lambda u: hi[u] - lo[u])
        for value in range(lo[v], hi[v] + 1):
            lo2, hi2 = dict(lo), dict(hi)
            lo2[v] = hi2[v] = value
            search(lo2, hi2)
            if done():
                return

    search(*_marker_bounds(published, cap, shared))
    return seen


def _true_values(tables: Sequence[Table], shared: bool) -> dict[Var, int]:
    truth: dict[Var, int] = {}
    for t_index, table in enumerate(tables):
        body = [
            list(line) + [total] for line, total in zip(table.cells, table.row_totals, strict=True)
        ]
        aug = [*body, [*table.column_totals, table.grand_total]]
        n_rows, n_cols = len(aug), len(aug[0])
        for i in range(n_rows):
            for j in range(n_cols):
                if shared and j == n_cols - 1:
                    key: Var = ("grand",) if i == n_rows - 1 else ("row", table.rows[i])
                else:
                    key = (t_index, i, j)
                truth[key] = aug[i][j]
    return truth


def _withheld(table: Table, pub: PublishedTable) -> bool:
    """Published with every number ".." although some are 0-4 (an all-".." table whose
    counts are all 5 or more is an ordinary table)."""
    if not all(v is SECONDARY for line in pub.augmented() for v in line):
        return False
    numbers = [*(v for line in table.cells for v in line), *table.row_totals]
    return any(v < THRESHOLD for v in (*numbers, *table.column_totals, table.grand_total))


def _assert_protected(tables: Sequence[Table], shared: bool = False) -> None:
    published = protect(tables)
    if any(_withheld(t, p) for t, p in zip(tables, published, strict=True)):
        # Too small to protect: every number hidden, zeros included, in every table that
        # shares a number with it (here: all of them), so 0 and twice the truth both fit.
        assert all(all(v is SECONDARY for line in p.augmented() for v in line) for p in published)
        return
    truth = _true_values(tables, shared)
    for table, pub in zip(tables, published, strict=True):
        _assert_shown_values_true_and_small_hidden(table, pub)
        _assert_no_line_with_one_unknown(pub)
    cap = 2 * max(t.grand_total for t in tables) + 5
    constraints, _ = _constraints(published, shared)
    for coeffs, rhs in constraints:  # the attacker's model holds for the true table
        assert sum(c * truth[v] for v, c in coeffs.items()) == rhs
    ranges = _feasible_ranges(published, cap, shared)
    for var, values in ranges.items():
        assert values, "the true table is a solution, so the search finds one"
        assert len(values) >= 2, f"hidden value {truth[var]} at {var} is pinned"


def _assert_shown_values_true_and_small_hidden(table: Table, pub: PublishedTable) -> None:
    true_aug = [
        list(line) + [total] for line, total in zip(table.cells, table.row_totals, strict=True)
    ]
    true_aug.append([*table.column_totals, table.grand_total])
    for true_line, shown_line in zip(true_aug, pub.augmented(), strict=True):
        for true, shown in zip(true_line, shown_line, strict=True):
            if isinstance(shown, Suppressed):
                assert true > 0, "zeros are always shown"
            else:
                assert shown == true
                assert shown == 0 or shown >= THRESHOLD


def _assert_no_line_with_one_unknown(pub: PublishedTable) -> None:
    aug = pub.augmented()
    for line in aug:
        assert sum(1 for c in line if isinstance(c, Suppressed)) != 1
    for j in range(len(aug[0])):
        assert sum(1 for line in aug if isinstance(line[j], Suppressed)) != 1


# --- examples -----------------------------------------------------------------------------


def _table(
    cells: list[list[int]],
    measure: str = "m",
    dimension: str = "d",
    rows: Sequence[str] | None = None,
) -> Table:
    rows = tuple(rows) if rows is not None else tuple(f"r{i}" for i in range(len(cells)))
    return Table(
        id=f"{measure}.{dimension}",
        measure=measure,
        dimension=dimension,
        title="t",
        rows=rows,
        columns=tuple(f"c{j}" for j in range(len(cells[0]))),
        cells=tuple(tuple(line) for line in cells),
    )


def test_domain_example_hides_a_second_cell_in_each_affected_row_and_column() -> None:
    table = _table([[12, 3, 9], [2, 6, 5]])
    pub = protect([table])[0]
    assert isinstance(pub.cells[0][1], Suppressed)
    assert isinstance(pub.cells[1][0], Suppressed)
    # Neither hidden cell follows from the totals any more.
    assert sum(isinstance(c, Suppressed) for c in pub.cells[0]) >= 2
    assert sum(isinstance(c, Suppressed) for c in pub.cells[1]) >= 2
    _assert_protected([table])


def test_counts_of_five_and_more_and_zero_are_shown_unchanged() -> None:
    pub = protect([_table([[5, 0], [7, 12]])])[0]
    assert pub.cells == ((5, 0), (7, 12))
    assert pub.row_totals == (5, 19)
    assert pub.column_totals == (12, 12)
    assert pub.grand_total == 24


def test_small_total_is_itself_suppressed() -> None:
    pub = protect([_table([[1, 0], [0, 0]])])[0]
    assert isinstance(pub.cells[0][0], Suppressed)
    assert isinstance(pub.row_totals[0], Suppressed)
    assert isinstance(pub.column_totals[0], Suppressed)
    assert isinstance(pub.grand_total, Suppressed)


def test_single_small_cell_with_zero_neighbours_suppresses_the_total() -> None:
    # Row 0: 3 and 0; the only other candidate in the row is the row total.
    pub = protect([_table([[3, 0], [10, 8]])])[0]
    assert isinstance(pub.cells[0][0], Suppressed)
    assert pub.cells[0][1] == 0
    assert isinstance(pub.row_totals[0], Suppressed)
    _assert_protected([_table([[3, 0], [10, 8]])])


def test_two_hidden_ones_in_a_row_get_a_third_hidden_cell() -> None:
    # 1 + 1 = 2 with both hidden would pin both to 1 (hidden numbers are at least 1).
    table = _table([[1, 1, 9, 7], [6, 8, 5, 9], [7, 6, 8, 9]])
    pub = protect([table])[0]
    assert sum(isinstance(c, Suppressed) for c in pub.cells[0]) >= 3
    _assert_protected([table])


def test_margins_shared_between_tables_are_hidden_identically() -> None:
    # The same 2 x 2 x 2 counts tabulated two ways: both tables share row totals.
    by_sex = _table([[6, 2], [9, 11]], dimension="sex", rows=["a", "b"])
    by_age = _table([[3, 5], [10, 10]], dimension="age", rows=["a", "b"])
    published = protect([by_sex, by_age])
    for i in range(2):
        hidden = {isinstance(p.row_totals[i], Suppressed) for p in published}
        assert len(hidden) == 1
    assert len({isinstance(p.grand_total, Suppressed) for p in published}) == 1
    _assert_protected([by_sex, by_age], shared=True)


def test_tables_of_one_measure_must_share_rows() -> None:
    with pytest.raises(ValueError, match="share"):
        protect([_table([[5]], rows=["a"]), _table([[5]], dimension="e", rows=["b"])])


def test_published_table_holds_only_ints_and_the_marker() -> None:
    pub = protect([_table([[1, 7, 0], [12, 3, 40]])])[0]
    for line in pub.augmented():
        for value in line:
            assert isinstance(value, Suppressed) or type(value) is int
    assert str(SMALL) == "<5"
    assert str(SECONDARY) == ".."
    assert pub.suppressed_count >= 2


# --- properties -----------------------------------------------------------------------------

_counts = st.one_of(st.integers(0, 4), st.integers(0, 12), st.integers(5, 40))


@st.composite
def _tables(draw: st.DrawFn) -> Table:
    n_rows = draw(st.integers(1, 3))
    n_cols = draw(st.integers(1, 4))
    cells = [[draw(_counts) for _ in range(n_cols)] for _ in range(n_rows)]
    return _table(cells)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tables())
def test_no_hidden_small_count_can_be_recomputed_from_one_table(table: Table) -> None:
    _assert_protected([table])


@st.composite
def _table_groups(draw: st.DrawFn) -> list[Table]:
    """One measure tabulated by two dimensions: a rows x A x B array summed two ways."""
    n_rows = draw(st.integers(1, 2))
    n_a = draw(st.integers(1, 3))
    n_b = draw(st.integers(1, 3))
    small = st.one_of(st.integers(0, 2), st.integers(0, 6))
    cube = [[[draw(small) for _ in range(n_b)] for _ in range(n_a)] for _ in range(n_rows)]
    rows = [f"r{i}" for i in range(n_rows)]
    by_a = [[sum(cube[r][a]) for a in range(n_a)] for r in range(n_rows)]
    by_b = [[sum(cube[r][a][b] for a in range(n_a)) for b in range(n_b)] for r in range(n_rows)]
    return [_table(by_a, dimension="a", rows=rows), _table(by_b, dimension="b", rows=rows)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table_groups())
def test_no_hidden_small_count_can_be_recomputed_across_tables_sharing_margins(
    tables: list[Table],
) -> None:
    published = protect(tables)
    for i in range(len(tables[0].rows)):
        assert len({isinstance(p.row_totals[i], Suppressed) for p in published}) == 1
    assert len({isinstance(p.grand_total, Suppressed) for p in published}) == 1
    _assert_protected(tables, shared=True)


def test_linked_numbers_in_different_measures_are_hidden_together() -> None:
    # Risk-level column totals are the danger-assessment row of the instrument table.
    levels = Table(
        id="risk_levels.sex",
        measure="risk_levels",
        dimension="sex",
        title="t",
        rows=("level.high", "level.low"),
        columns=("sex.female", "sex.male"),
        cells=((9, 1), (8, 2)),
    )
    kinds = Table(
        id="assessments.sex",
        measure="assessments",
        dimension="sex",
        title="t",
        rows=("kind.screening", "kind.danger_assessment"),
        columns=("sex.female", "sex.male"),
        cells=((40, 30), (17, 3)),
    )
    links = [(("risk_levels.sex", 2, j), ("assessments.sex", 1, j)) for j in range(3)]
    published_levels, published_kinds = protect([levels, kinds], links)
    shown_levels = published_levels.augmented()[2]
    shown_kinds = published_kinds.augmented()[1]
    assert [isinstance(v, Suppressed) for v in shown_levels] == [
        isinstance(v, Suppressed) for v in shown_kinds
    ]
    assert isinstance(shown_kinds[1], Suppressed)  # 3 men: hidden in both tables


def test_link_between_different_values_is_ignored() -> None:
    a = _table([[7, 9]], measure="a")
    b = _table([[3, 9]], measure="b")
    published = protect([a, b], [(("a.d", 0, 0), ("b.d", 0, 0))])
    assert published[0].cells == ((7, 9),)
    assert isinstance(published[1].cells[0][0], Suppressed)


def test_table_ids_must_be_unique() -> None:
    with pytest.raises(ValueError, match="unique"):
        protect([_table([[5]]), _table([[6]])])


# --- markers, the linked audit and withheld tables (issue 13) ------------------------------


def test_small_counts_are_marked_less_than_five_and_secondary_ones_dots() -> None:
    table = _table([[3, 12], [8, 9]])
    pub = protect([table])[0]
    truth = [[3, 12, 15], [8, 9, 17], [11, 21, 32]]
    for line, true_line in zip(pub.augmented(), truth, strict=True):
        for value, true_value in zip(line, true_line, strict=True):
            if value is SMALL:
                assert 1 <= true_value <= 4
            elif value is SECONDARY:
                assert true_value >= 5
    assert pub.cells[0][0] is SMALL
    assert sum(v is SECONDARY for line in pub.augmented() for v in line) >= 3


def test_a_row_of_ones_under_a_small_total_is_withheld_whole() -> None:
    """Four "<5" cells under a "<5" total must each be 1 whatever else is hidden, so the
    table is published with every number "..", zeros included (then ".." can be 0-4)."""
    table = _table([[1, 1, 1, 1], [0, 0, 0, 0]])
    pub = protect([table])[0]
    assert all(v is SECONDARY for line in pub.augmented() for v in line)


def test_a_withheld_table_takes_the_tables_it_shares_numbers_with() -> None:
    by_period = Table(
        "m.period",
        "m",
        "period",
        "t",
        ("a", "b"),
        ("x", "y", "z", "w"),
        ((1, 1, 1, 1), (9, 8, 7, 6)),
    )
    by_sex = Table("m.sex", "m", "sex", "t", ("a", "b"), ("f", "m"), ((2, 2), (20, 10)))
    other = Table("n.period", "n", "period", "t", ("c",), ("x", "y", "z", "w"), ((7, 8, 9, 6),))
    published = protect([by_period, by_sex, other])
    for table in published[:2]:
        assert all(v is SECONDARY for line in table.augmented() for v in line)
    assert published[2].cells == ((7, 8, 9, 6),)


def test_a_hidden_margin_is_protected_in_every_table_that_shares_it() -> None:
    """Row total 4 ("<5") is shared by the period and the sex table; in each table a
    cycle of hidden numbers must let it change without changing anything shown."""
    by_period = Table("m.period", "m", "period", "t", ("a", "b"), ("x", "y"), ((3, 1), (20, 30)))
    by_sex = Table("m.sex", "m", "sex", "t", ("a", "b"), ("f", "m"), ((2, 2), (25, 25)))
    published = protect([by_period, by_sex])
    for table in published:
        assert table.row_totals[0] is SMALL
    assert len({p.grand_total for p in published}) == 1
