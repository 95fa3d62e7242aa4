"""Disclosure control (röjandekontroll) for count tables: k = 5 with secondary suppression.

``protect(tables)`` is the only way from exact ``Table`` objects to ``PublishedTable``
objects; it runs before anything is shown or written (docs/DOMAIN.md §7).

The approach, on each table's *augmented* matrix (cells, the row-total column, the
column-total row and the grand total; every row and column of it is a "line" whose last
entry is the sum of the others):

1. **Primary suppression.** Every published number from 1 to 4 is hidden, totals included.
   Zero is shown. All hidden numbers share one marker (``SUPPRESSED``, shown "<5"), so a
   reader cannot tell a primary cell from a secondary one.
2. **Secondary suppression, to a fixed point.** Because zeros are never hidden, a reader
   knows each hidden number is at least 1. First the classic line rule: a line with exactly
   one hidden entry (the sum gives it away), or whose total is shown while its hidden
   entries add up to their count (then each must be 1), gets another entry hidden: a
   non-zero inner cell, preferring one whose crossing line already has a hidden entry (no
   new unsafe line), then the smallest value; if the line has no such cell, its total.
   Then an **exact audit**: a table with its margins is a circulation in a small graph (see
   ``_Matrix._arc``), so a hidden count can take another value iff it lies on a cycle of
   hidden entries in the residual graph. For every hidden entry that is pinned, the
   cheapest set of shown entries closing such a cycle (sum of their counts, i.e. the
   smallest cells) is hidden too. Both steps repeat until nothing changes.
3. **Consistent numbers across tables.** Tables with the same ``measure`` publish the same
   counts as margins (row totals per category and the grand total appear in the by-period,
   by-sex and by-age tables), and callers can link further numbers that are the same count
   (``aggregate.linked_counts``: the risk-level totals equal the danger-assessment row of
   the instrument table). Such numbers form classes; when one member is hidden, every
   member is hidden, then step 2 runs again, until nothing changes. A shared number is
   therefore either shown with the same true value everywhere or hidden everywhere, so
   differencing two tables of one export cannot reveal a cell through it.
4. Totals are computed from the true data (never from the published cells) and are only
   published when not hidden.

Limits (see also README / the export's notes):

* For one table, step 2 is exact: no hidden number can be recomputed from everything the
  table shows (the property tests confirm it with an independent exhaustive search).
  "Not pinned" is the guarantee: a hidden count may still be bounded (e.g. "at most 6").
* Across a group, hidden margins may link hidden cells of two tables; the harmonisation
  keeps every shown margin identical and hidden margins hidden everywhere. The property
  tests search the joint constraints of two tables with shared margins exhaustively and
  found no recomputable small count, but the production audit itself is per table.
* **Group disclosure** (everyone in a group shares a value, e.g. all clients aged 18-24
  judged "high") is not detected automatically: team leaders should choose coarser
  breakdowns (quarters instead of months, no age breakdown) for small volumes. Counts of
  zero are shown, so a column with a single non-zero row can reveal such a fact.
* **Differencing between exports** (Jan-Mar, then Jan-Apr) is not controlled here: use
  fixed periods (whole months or quarters).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from riskapp.domain.stats.table import SUPPRESSED, Cell, PublishedTable, Table

#: Counts below this (and above zero) are never published.
THRESHOLD = 5

Position = tuple[int, int]
Node = tuple[str, int]
#: Residual arcs per node: (cost, target node, entry).
Graph = dict[Node, list[tuple[int, Node, Position]]]


class _Matrix:
    """The augmented matrix of one table with its set of hidden positions."""

    def __init__(self, table: Table) -> None:
        self.table = table
        rows, cols = len(table.rows), len(table.columns)
        body = [list(line) + [sum(line)] for line in table.cells]
        totals = [sum(line[j] for line in body) for j in range(cols + 1)]
        self.values: list[list[int]] = [*body, totals]
        self.n_rows = rows + 1  # including the totals row
        self.n_cols = cols + 1  # including the totals column
        self.hidden: set[Position] = {
            (i, j)
            for i in range(self.n_rows)
            for j in range(self.n_cols)
            if 0 < self.values[i][j] < THRESHOLD
        }

    def lines(self) -> Iterable[list[Position]]:
        for i in range(self.n_rows):
            yield [(i, j) for j in range(self.n_cols)]
        for j in range(self.n_cols):
            yield [(i, j) for i in range(self.n_rows)]

    def _is_total(self, pos: Position) -> bool:
        return pos[0] == self.n_rows - 1 or pos[1] == self.n_cols - 1

    def _unsafe(self, line: list[Position]) -> bool:
        hidden = [p for p in line if p in self.hidden]
        if not hidden:
            return False
        if len(hidden) == 1:
            return True
        total = line[-1]
        if total in self.hidden:
            return False
        return sum(self.values[i][j] for i, j in hidden) <= len(hidden)

    def _crossing_has_hidden(self, pos: Position, line: list[Position]) -> bool:
        i, j = pos
        horizontal = line[0][0] == line[-1][0]
        crossing = (
            [(r, j) for r in range(self.n_rows)]
            if horizontal
            else [(i, c) for c in range(self.n_cols)]
        )
        return any(p in self.hidden for p in crossing if p != pos)

    def _fix(self, line: list[Position]) -> None:
        total = line[-1]
        inner = [p for p in line[:-1] if p not in self.hidden and self.values[p[0]][p[1]] > 0]
        if inner:
            best = min(
                inner,
                key=lambda p: (
                    not self._crossing_has_hidden(p, line),
                    self._is_total(p),
                    self.values[p[0]][p[1]],
                    p,
                ),
            )
            self.hidden.add(best)
            return
        if total not in self.hidden:
            self.hidden.add(total)
            return
        # The total is hidden, no other entry can be: the line has >= 2 hidden entries
        # (checked by _unsafe), so it is safe; nothing to do.

    def secondary(self) -> bool:
        """Hide entries until no line is unsafe and nothing is pinned; True if any added."""
        changed = False
        while True:
            progress = False
            for line in self.lines():
                if self._unsafe(line):
                    before = len(self.hidden)
                    self._fix(line)
                    if len(self.hidden) > before:
                        progress = changed = True
            if progress:
                continue
            pinned = self.pinned()
            if not pinned:
                return changed
            self._unpin(pinned[0])
            changed = True

    # --- the exact audit: a table with margins is a circulation ----------------------------
    #
    # Nodes are the rows ("r", i) and columns ("c", j) of the augmented matrix (the last of
    # each is the totals row / totals column). Each entry is an arc that carries its count:
    # inner cell column j -> row i, row total row i -> totals column, grand total totals
    # column -> totals row, column total totals row -> column j. Every line equation is then
    # flow conservation at a node, so the tables consistent with what is shown are exactly
    # the circulations that agree on the shown arcs and keep hidden arcs >= 1. A hidden
    # count can change (by 1, staying integral) iff it lies on a cycle of the residual
    # graph: hidden arcs can always grow and can shrink when above 1. Such a cycle exists
    # or not exactly, so "pinned" here is exact for one table.

    def _arc(self, pos: Position) -> tuple[Node, Node]:
        i, j = pos
        last_row, last_col = self.n_rows - 1, self.n_cols - 1
        if i < last_row and j < last_col:
            return ("c", j), ("r", i)
        if i < last_row:
            return ("r", i), ("c", last_col)
        if j < last_col:
            return ("r", last_row), ("c", j)
        return ("c", last_col), ("r", last_row)

    def _residual(self, skip: Position) -> Graph:
        """Arcs (cost, target, entry): hidden entries cost 0, shown non-zero entries cost
        their value (the price of hiding them); ``skip`` is left out."""
        graph: Graph = {}
        for i in range(self.n_rows):
            for j in range(self.n_cols):
                pos = (i, j)
                value = self.values[i][j]
                if pos == skip or value == 0:
                    continue
                cost = 0 if pos in self.hidden else value
                tail, head = self._arc(pos)
                graph.setdefault(tail, []).append((cost, head, pos))
                if value >= 2:
                    graph.setdefault(head, []).append((cost, tail, pos))
        return graph

    @staticmethod
    def _cheapest_path(
        graph: Graph, source: Node, target: Node
    ) -> tuple[int, list[Position]] | None:
        best: dict[Node, int] = {source: 0}
        via: dict[Node, tuple[Node, Position]] = {}
        queue: list[tuple[int, Node]] = [(0, source)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == target:
                path: list[Position] = []
                while node != source:
                    node, pos = via[node]
                    path.append(pos)
                return cost, path
            if cost > best.get(node, cost):
                continue
            for step, nxt, pos in graph.get(node, ()):
                new = cost + step
                if new < best.get(nxt, new + 1):
                    best[nxt] = new
                    via[nxt] = (node, pos)
                    heapq.heappush(queue, (new, nxt))
        return None

    def _cycle(self, pos: Position) -> tuple[int, list[Position]] | None:
        """The cheapest way to put hidden entry ``pos`` on a residual cycle."""
        tail, head = self._arc(pos)
        graph = self._residual(skip=pos)
        options = [self._cheapest_path(graph, head, tail)]  # pos can grow
        if self.values[pos[0]][pos[1]] >= 2:
            options.append(self._cheapest_path(graph, tail, head))  # pos can shrink
        found = [o for o in options if o is not None]
        return min(found, key=lambda o: o[0]) if found else None

    def pinned(self) -> list[Position]:
        """Hidden entries whose value follows from the shown numbers (exact)."""
        result = []
        for pos in sorted(self.hidden):
            cycle = self._cycle(pos)
            if cycle is None or cycle[0] > 0:
                result.append(pos)
        return result

    def _unpin(self, pos: Position) -> None:
        """Hide the shown entries on the cheapest cycle through ``pos`` (smallest counts)."""
        cycle = self._cycle(pos)
        # A circulation decomposes into cycles of positive arcs, so with every non-zero
        # entry available a cycle always exists.
        assert cycle is not None
        self.hidden.update(cycle[1])

    def publish(self) -> PublishedTable:
        def cell(i: int, j: int) -> Cell:
            return SUPPRESSED if (i, j) in self.hidden else self.values[i][j]

        r, c = self.n_rows - 1, self.n_cols - 1
        t = self.table
        return PublishedTable(
            id=t.id,
            measure=t.measure,
            dimension=t.dimension,
            title=t.title,
            rows=t.rows,
            columns=t.columns,
            cells=tuple(tuple(cell(i, j) for j in range(c)) for i in range(r)),
            row_totals=tuple(cell(i, c) for i in range(r)),
            column_totals=tuple(cell(r, j) for j in range(c)),
            grand_total=cell(r, c),
        )


#: A number in a table: (table id, row, column) in the augmented matrix (the row after
#: the last is the totals row, the column after the last the totals column).
CellRef = tuple[str, int, int]


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


class _Classes:
    """Union-find over cell references: numbers that are the same count."""

    def __init__(self) -> None:
        self.parent: dict[CellRef, CellRef] = {}

    def find(self, ref: CellRef) -> CellRef:
        root = self.parent.setdefault(ref, ref)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[ref] = root
        return root

    def union(self, a: CellRef, b: CellRef) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[CellRef]]:
        found: dict[CellRef, list[CellRef]] = {}
        for ref in self.parent:
            found.setdefault(self.find(ref), []).append(ref)
        return [refs for refs in found.values() if len(refs) > 1]


def protect(
    tables: Sequence[Table], links: Iterable[tuple[CellRef, CellRef]] = ()
) -> list[PublishedTable]:
    """Apply primary and secondary suppression; the result is safe to show or write.

    Tables with the same ``measure`` must have the same row codes (they share margins).
    ``links`` name further pairs of numbers that are the same count in two tables (e.g. the
    risk-level totals and the danger-assessment row of the instrument table); a link whose
    two true values differ is ignored. Linked numbers are shown or hidden together.
    """
    matrices = {t.id: _Matrix(t) for t in tables}
    if len(matrices) != len(tables):
        raise ValueError("table ids must be unique")
    classes = _Classes()
    for a, b in (*_margin_links(tables), *links):
        if a[0] not in matrices or b[0] not in matrices:
            continue
        value = _value(matrices, a)
        if value is not None and value == _value(matrices, b):
            classes.union(a, b)
    groups = classes.groups()
    while True:
        for matrix in matrices.values():
            matrix.secondary()
        changed = False
        for refs in groups:
            if any((r[1], r[2]) in matrices[r[0]].hidden for r in refs):
                for table_id, i, j in refs:
                    if (i, j) not in matrices[table_id].hidden:
                        matrices[table_id].hidden.add((i, j))
                        changed = True
        if not changed:
            break
    return [matrices[t.id].publish() for t in tables]


def _value(matrices: dict[str, _Matrix], ref: CellRef) -> int | None:
    matrix = matrices[ref[0]]
    i, j = ref[1], ref[2]
    if 0 <= i < matrix.n_rows and 0 <= j < matrix.n_cols:
        return matrix.values[i][j]
    return None
