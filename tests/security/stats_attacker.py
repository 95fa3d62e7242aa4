"""The statistics attacker: an exact linear-programming attack across all tables of an export.

What the attacker knows (everything an export shows, plus how the tables are built):

* every shown number, in every table;
* each row and column of a table sums to its total (the totals row/column included);
* tables of one measure publish the same row totals and grand total (the same counts in
  another breakdown), and the linked counts of ``aggregate.linked_counts`` (the risk-level
  totals are the danger-assessment row) are the same numbers: one variable each;
* zeros are always shown; a "<5" number is 1-4; a ".." number is hidden for the sake of
  another one and, as every 1-4 is "<5" and zeros are shown, it is at least 5. Code that
  publishes a single marker for every hidden number (the old code) gives only "at least 1".

Each hidden number is a variable; per variable the attacker minimises and maximises it
(``scipy.optimize.linprog``, HiGHS) subject to all of the above at once. The LP relaxation
is what the issue's review ran; its interval contains every integer solution, so the
attacker learns at least this interval and no integer attacker learns less than
``[ceil(lo), floor(hi)]`` (we round the same way).

A hidden count (above zero) is *disclosed* when ``hi - lo < protection``; the export's
rule is ``disclosure.PROTECTION`` = 1: no hidden count may be determined exactly.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TypeGuard

import numpy as np
from scipy.optimize import linprog

from riskapp.domain.stats.records import StatAssessment, StatClient, StatPlan, StatsSnapshot
from riskapp.domain.stats.table import PublishedTable, Table

Ref = tuple[str, int, int]


@dataclass(frozen=True)
class Disclosure:
    ref: Ref
    truth: int
    low: int
    high: int


def _hidden(value: int | Enum) -> TypeGuard[Enum]:
    return isinstance(value, Enum)


def _bounds(value: object, single_marker: bool, withheld: bool) -> tuple[float, float | None]:
    if withheld:
        return 0.0, None
    if single_marker:
        return 1.0, None
    if str(value) == "<5":
        return 1.0, 4.0
    return 5.0, None


class _Classes:
    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}

    def find(self, ref: Ref) -> Ref:
        self.parent.setdefault(ref, ref)
        while self.parent[ref] != ref:
            ref = self.parent[ref]
        return ref

    def union(self, a: Ref, b: Ref) -> None:
        self.parent[self.find(a)] = self.find(b)


def attack(
    published: Sequence[PublishedTable],
    links: Sequence[tuple[Ref, Ref]],
    truth: dict[str, Sequence[Sequence[int]]],
    *,
    protection: int = 2,
    single_marker: bool = False,
) -> list[Disclosure]:
    """Hidden numbers the attacker pins to an interval narrower than ``protection``.

    ``published``: the export's ``PublishedTable`` objects; ``links``: the linked counts
    (same number in two tables) the attacker may assume; ``truth``: per table id the true
    augmented matrix (to report and to check the LP is consistent).
    """
    classes = _Classes()
    by_id = {t.id: t for t in published}
    for table in published:
        aug = table.augmented()
        for other in published:
            if other is not table and other.measure == table.measure:
                last = len(aug[0]) - 1
                other_last = len(other.augmented()[0]) - 1
                for i in range(len(aug)):
                    classes.union((table.id, i, last), (other.id, i, other_last))
    for a, b in links:
        if a[0] in by_id and b[0] in by_id and truth[a[0]][a[1]][a[2]] == truth[b[0]][b[1]][b[2]]:
            classes.union(a, b)

    # A table with every number hidden was withheld whole: its numbers (and those it shares)
    # may be anything >= 0. A root's bounds are the weakest over its members.
    withheld = {t.id for t in published if all(_hidden(v) for line in t.augmented() for v in line)}
    open_roots = {classes.find(ref) for ref in list(classes.parent) if ref[0] in withheld} | {
        classes.find((t, i, j))
        for t in withheld
        for i in range(len(by_id[t].augmented()))
        for j in range(len(by_id[t].augmented()[0]))
    }
    variables: dict[Ref, int] = {}
    bounds: list[tuple[float, float | None]] = []
    rows: list[dict[int, float]] = []
    rhs: list[float] = []
    for table in published:
        aug = table.augmented()
        n_rows, n_cols = len(aug), len(aug[0])
        for i in range(n_rows):
            for j in range(n_cols):
                value = aug[i][j]
                if _hidden(value):
                    root = classes.find((table.id, i, j))
                    if root not in variables:
                        variables[root] = len(variables)
                        bounds.append(_bounds(value, single_marker, root in open_roots))
        lines = [[(i, j) for j in range(n_cols)] for i in range(n_rows)]
        lines += [[(i, j) for i in range(n_rows)] for j in range(n_cols)]
        for line in lines:
            coeffs: dict[int, float] = {}
            constant = 0.0
            for k, (i, j) in enumerate(line):
                sign = -1.0 if k == len(line) - 1 else 1.0
                value = aug[i][j]
                if isinstance(value, int):
                    constant -= sign * float(value)
                else:
                    var = variables[classes.find((table.id, i, j))]
                    coeffs[var] = coeffs.get(var, 0.0) + sign
            coeffs = {v: c for v, c in coeffs.items() if c}
            if coeffs:
                rows.append(coeffs)
                rhs.append(constant)
            else:
                assert abs(constant) < 1e-9, "published table is inconsistent"
    # Shown numbers that are linked must agree, and a shown number fixes its hidden partners.
    for ref in list(classes.parent):
        root = classes.find(ref)
        shown = by_id[ref[0]].augmented()[ref[1]][ref[2]]
        if root in variables and isinstance(shown, int):
            rows.append({variables[root]: 1.0})
            rhs.append(float(shown))
    if not variables:
        return []
    n = len(variables)
    a_eq = np.zeros((len(rows), n))
    for r, coeffs in enumerate(rows):
        for v, c in coeffs.items():
            a_eq[r, v] = c
    b_eq = np.array(rhs)
    found: list[Disclosure] = []
    for root, var in variables.items():
        truth_value = truth[root[0]][root[1]][root[2]]
        objective = np.zeros(n)
        objective[var] = 1.0
        extremes = []
        for sign in (1.0, -1.0):
            result = linprog(sign * objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
            if result.status == 3:  # unbounded above
                extremes.append(math.inf)
                continue
            assert result.status == 0, result.message
            extremes.append(sign * result.fun)
        low = math.ceil(extremes[0] - 1e-6)
        high_raw = extremes[1]
        high = math.floor(high_raw + 1e-6) if high_raw != math.inf else 10**9
        assert low <= truth_value <= high, "the true table must be feasible"
        # A zero is only hidden in a withheld table; recomputing it reveals nothing that
        # is not shown as 0 everywhere else.
        if truth_value > 0 and high - low < protection:
            found.append(Disclosure(root, truth_value, low, high))
    return found


def true_matrices(tables: Sequence[Table]) -> dict[str, list[list[int]]]:
    """Per table id the true augmented matrix (cells, row totals, totals row)."""
    result: dict[str, list[list[int]]] = {}
    for table in tables:
        body = [[*line, sum(line)] for line in table.cells]
        totals = [sum(line[j] for line in body) for j in range(len(table.columns) + 1)]
        result[table.id] = [*body, totals]
    return result


START, END = date(2026, 1, 1), date(2026, 6, 30)
_KINDS = (
    ("screen-1", "screening"),
    ("describe-1", "description"),
    ("danger-1", "danger_assessment"),
)
_LEVELS = ("low", "raised", "high", "acute")
_FACTS = ("violence.physical", "violence.psychological", "violence.sexual", "children.exposed")


def random_snapshot(rng: random.Random, max_clients: int = 30) -> StatsSnapshot:
    """A small team's half year: few clients, so that many counts are 1-4."""
    span = (END - START).days
    clients: list[StatClient] = []
    assessments: list[StatAssessment] = []
    plans: list[StatPlan] = []
    for key in range(rng.randint(1, max_clients)):
        born = (
            None
            if rng.random() < 0.2
            else date(rng.randint(1945, 2010), 1, 1) + timedelta(days=rng.randint(0, 364))
        )
        sex = rng.choice(("female", "female", "male", "unknown"))
        created = START + timedelta(days=rng.randint(-60, span))
        clients.append(StatClient(key, sex, born, max(created, date(2025, 11, 1))))
        done: set[str] = set()
        days = sorted(
            START + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(0, 4))
        )
        for day in days:
            form_id, kind = rng.choice(_KINDS)
            facts = frozenset(f for f in _FACTS if rng.random() < 0.3)
            level = rng.choice(_LEVELS) if kind == "danger_assessment" else None
            assessments.append(
                StatAssessment(key, form_id, kind, day, level, facts, repeat=form_id in done)
            )
            done.add(form_id)
        for _ in range(rng.randint(0, 2)):
            plans.append(StatPlan(key, START + timedelta(days=rng.randint(0, span))))
    return StatsSnapshot(START, END, tuple(clients), tuple(assessments), tuple(plans))


def random_options(rng: random.Random) -> tuple[tuple[str, ...], str]:
    """A breakdown and a period kind as a team leader might choose them."""
    by = rng.choice(((), ("sex",), ("age",), ("sex", "age")))
    return by, rng.choice(("month", "month", "quarter"))
