"""Disclosure control (röjandekontroll) for count tables: k = 5, all tables of an export together.

``protect(tables, links)`` is the only way from exact ``Table`` objects to ``PublishedTable``
objects; it runs before anything is shown or written (docs/DOMAIN.md §7). It protects the
tables of one export *as one system*, because the tables share numbers: tables of one
measure publish the same row totals and grand total (the by-period, by-sex and by-age
tables), and ``links`` name further numbers that are the same count (``aggregate.
linked_counts``: the risk-level totals are the danger-assessment row of the instrument
table). An attacker combines all of them (an adversarial review recovered hidden counts
1-4 from two tables that are each safe alone).

1. **Primary suppression.** Every published number from 1 to 4 is hidden, totals included,
   marked "<5" (``SMALL``). Zero is shown.
2. **One number, one decision.** Numbers that are the same count in several tables form a
   class (``linked.LinkedTables``); a class is hidden in every table or shown in every
   table, with the same value.
3. **Secondary suppression with an audit across all tables** (``linked``): every hidden
   number must be movable, in a table consistent with *everything* the export shows (every
   table, the shared numbers, "<5" = 1-4, ".." >= 5, zeros shown), so that the attacker's
   range for it (highest minus lowest possible value) is at least ``PROTECTION`` = 1: no
   hidden count can be determined exactly. Numbers hidden for this are marked ".."
   (``SECONDARY``), never "<5": "<5" means 1-4 and nothing else.
4. **Withholding.** Where even that cannot be met (very small volumes, e.g. four "<5"
   cells under a "<5" total: each must be 1), the group of tables sharing numbers with the
   count is published with every number "..", zeros included.
5. Totals are computed from the true data (never from the published cells) and are only
   published when not hidden.

The guarantee is tested by ``tests/security/test_stats_attack.py``, which runs the exact
linear-programming attack (minimise and maximise each hidden number subject to all
published constraints of all tables at once) on random small datasets built by the real
aggregation.

Limits (see also README / the export's notes):

* Only the equations the tables publish are modelled, not facts an attacker may know about
  the measures themselves (repeat assessments are at most the assessments of the same
  kind; new clients at most the active ones): these are inequalities between tables, not
  identities, and are not audited.
* **Group disclosure** (everyone in a group shares a value, e.g. all clients aged 18-24
  judged "high") is not detected automatically: team leaders should choose coarser
  breakdowns (quarters instead of months, no age breakdown) for small volumes. Counts of
  zero are shown, so a column with a single non-zero row can reveal such a fact.
* **Differencing between exports** (Jan-Mar, then Jan-Apr) is not controlled here: use
  fixed periods (whole months or quarters).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from riskapp.domain.stats.linked import PROTECTION, THRESHOLD, LinkedTables, Ref
from riskapp.domain.stats.table import SECONDARY, SMALL, Cell, PublishedTable, Table

__all__ = ["PROTECTION", "THRESHOLD", "CellRef", "protect"]

#: A number in a table: (table id, row, column) in the augmented matrix (the row after
#: the last is the totals row, the column after the last the totals column).
CellRef = Ref


def _margin_links(tables: Sequence[Table]) -> list[tuple[CellRef, CellRef]]:
    """Row totals and grand totals shared by the tables of one measure."""
    links: list[tuple[CellRef, CellRef]] = []
    groups: dict[str, list[Table]] = {}
    for table in tables:
        groups.setdefault(table.measure, []).append(table)
    for group in groups.values():
        first = group[0]
        if any(t.rows != first.rows for t in group):
            raise ValueError("tables of one measure must share their rows")
        for other in group[1:]:
            for i in range(len(first.rows) + 1):  # every row total, then the grand total
                links.append(((first.id, i, len(first.columns)), (other.id, i, len(other.columns))))
    return links


def protect(
    tables: Sequence[Table], links: Iterable[tuple[CellRef, CellRef]] = ()
) -> list[PublishedTable]:
    """Apply primary and secondary suppression; the result is safe to show or write.

    Tables with the same ``measure`` must have the same row codes (they share margins).
    ``links`` name further pairs of numbers that are the same count in two tables (e.g. the
    risk-level totals and the danger-assessment row of the instrument table); a link whose
    two true values differ is ignored. Linked numbers are shown or hidden together.
    """
    if len({t.id for t in tables}) != len(tables):
        raise ValueError("table ids must be unique")
    system = LinkedTables(tables, (*_margin_links(tables), *links))
    system.protect()
    return [_publish(system, table) for table in tables]


def _publish(system: LinkedTables, table: Table) -> PublishedTable:
    n_rows, n_cols = system.shape[table.id]

    def cell(i: int, j: int) -> Cell:
        ref = (table.id, i, j)
        value = system.values[ref]
        if not system.is_hidden(ref):
            return value
        if table.id in system.withheld:
            return SECONDARY
        return SMALL if value < THRESHOLD else SECONDARY

    r, c = n_rows - 1, n_cols - 1
    return PublishedTable(
        id=table.id,
        measure=table.measure,
        dimension=table.dimension,
        title=table.title,
        rows=table.rows,
        columns=table.columns,
        cells=tuple(tuple(cell(i, j) for j in range(c)) for i in range(r)),
        row_totals=tuple(cell(i, c) for i in range(r)),
        column_totals=tuple(cell(r, j) for j in range(c)),
        grand_total=cell(r, c),
    )
