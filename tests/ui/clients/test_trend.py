"""The painted trend: points in date order, an accessible description, no crash painting."""

from __future__ import annotations

from datetime import date
from typing import Any

from riskapp.ui.clients.trend import TrendPoint, TrendWidget

LABELS = ["Låg", "Förhöjd", "Hög", "Akut"]


def test_points_are_sorted_by_date_and_described(qtbot: Any) -> None:
    widget = TrendWidget()
    qtbot.addWidget(widget)
    widget.set_data(LABELS, [TrendPoint(date(2026, 3, 1), 2), TrendPoint(date(2026, 1, 1), 0)])
    assert [p.day for p in widget.points()] == [date(2026, 1, 1), date(2026, 3, 1)]
    assert widget.accessibleDescription() == "2026-01-01: Låg; 2026-03-01: Hög"


def test_height_grows_with_the_number_of_levels(qtbot: Any) -> None:
    widget = TrendWidget()
    qtbot.addWidget(widget)
    widget.set_data(LABELS[:2], [])
    small = widget.sizeHint().height()
    widget.set_data(LABELS, [])
    assert widget.sizeHint().height() > small


def test_paints_a_single_point_and_an_empty_scale(qtbot: Any) -> None:
    widget = TrendWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 150)
    widget.set_data(LABELS, [TrendPoint(date(2026, 1, 1), 3)])
    image = widget.grab().toImage()
    assert image.width() == 400
    widget.set_data([], [])
    widget.grab()
