"""Count tables: the true ``Table`` (inside the domain only) and the ``PublishedTable``.

A ``Table`` holds exact counts and must never leave the domain: only
``riskapp.domain.stats.disclosure.protect`` turns tables into ``PublishedTable`` objects,
whose cells are an ``int`` or a ``Suppressed`` marker. Everything here is codes
(``"kind.screening"``, ``"sex.female"``, ``"2026-03"``); ``riskapp.reports.stats_labels``
words them.

Totals are always sums of the cells (row totals over columns, column totals over rows), so
the published numbers obey exactly the linear constraints that disclosure control protects.
For multi-response tables (violence categories: one client may report several) a column
total therefore counts mentions, not people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Suppressed(Enum):
    """The markers for numbers that are not published.

    ``SMALL`` ("<5") marks a count from 1 to 4 and nothing else. ``SECONDARY`` ("..", as
    Statistics Sweden writes it) marks a number hidden so that a small count cannot be
    recomputed from the others; it is never 1-4 (and, as zeros are always shown, at least
    5). Both are explained in every export's notes.
    """

    SMALL = "<5"
    SECONDARY = ".."

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return self.name


#: A hidden count from 1 to 4, shown "<5".
SMALL = Suppressed.SMALL
#: A number hidden to protect another one, shown "..".
SECONDARY = Suppressed.SECONDARY

#: What a published cell holds.
Cell = int | Suppressed


@dataclass(frozen=True)
class Table:
    """Exact counts for one measure broken down by one dimension.

    ``measure`` groups tables that share their row totals and grand total (the same
    underlying counts published again with another breakdown); disclosure control keeps
    those shared margins consistent across the group.
    """

    id: str
    measure: str
    dimension: str
    #: Title code, e.g. "table.assessments".
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.rows):
            raise ValueError("one cell row per row label")
        for line in self.cells:
            if len(line) != len(self.columns):
                raise ValueError("one cell per column label")
            if any(value < 0 for value in line):
                raise ValueError("counts are never negative")

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(line) for line in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(line[j] for line in self.cells) for j in range(len(self.columns)))

    @property
    def grand_total(self) -> int:
        return sum(self.row_totals)


@dataclass(frozen=True)
class PublishedTable:
    """A table after disclosure control: every number is safe to show or write."""

    id: str
    measure: str
    dimension: str
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    grand_total: Cell

    @property
    def suppressed_count(self) -> int:
        """How many published numbers (cells and totals) are hidden."""
        numbers: list[Cell] = [c for line in self.cells for c in line]
        numbers += [*self.row_totals, *self.column_totals, self.grand_total]
        return sum(1 for value in numbers if isinstance(value, Suppressed))

    def augmented(self) -> tuple[tuple[Cell, ...], ...]:
        """Cells with the row total appended to each row and the totals row last."""
        body = tuple(
            (*line, total) for line, total in zip(self.cells, self.row_totals, strict=True)
        )
        return (*body, (*self.column_totals, self.grand_total))


@dataclass(frozen=True)
class StatisticsResult:
    """What a statistics run publishes: the period asked for and the protected tables."""

    start: date
    end: date
    #: "month" or "quarter".
    period: str
    #: Breakdowns asked for, e.g. ("sex", "age").
    by: tuple[str, ...]
    tables: tuple[PublishedTable, ...]

    def table(self, table_id: str) -> PublishedTable:
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)
