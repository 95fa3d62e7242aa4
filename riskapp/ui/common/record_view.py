"""How our record tables look and behave: whole rows, read-only, no grid of row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_record_table(
    table: QTableView, *, single: bool = True, min_rows: int | None = 6
) -> None:
    """Select whole rows (one at a time when ``single``), no editing, no row header, the
    last column stretched, columns sized to their contents; Tab leaves the table.
    ``min_rows`` keeps that many lines visible (None: no minimum)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if min_rows is not None:
        table.setMinimumHeight(table.fontMetrics().lineSpacing() * min_rows)
