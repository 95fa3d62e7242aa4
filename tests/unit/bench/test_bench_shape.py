"""``riskapp bench``'s result shape and round logic (no timings: nothing here is timed)."""

from __future__ import annotations

from riskapp.bench.measure import Result, interleaved, unmeasured
from riskapp.bench.run import ORDER
from riskapp.cli import build_parser

KEYS = {"name", "value", "unit", "floor", "floor_value", "ratio", "target"}


def test_json_has_exactly_the_contract_names() -> None:
    row = Result("verify", 2.0, "s", "the PRAGMA checks", 1.0, "<= 1.2x")
    data = row.to_json()
    assert set(data) == KEYS
    assert data["ratio"] == 2.0


def test_an_unmeasured_row_reports_null_and_why() -> None:
    row = unmeasured("rss", "MiB", "bare Qt table", "<= 1.3x", "needs the GUI")
    assert row.to_json()["value"] is None
    assert row.to_json()["ratio"] is None
    assert "needs the GUI" in row.note


def test_rounds_interleave_app_and_floor() -> None:
    calls: list[str] = []

    def app() -> float:
        calls.append("app")
        return 2.0

    def floor() -> float:
        calls.append("floor")
        return 1.0

    assert interleaved(app, floor, 5) == (2.0, 1.0)
    assert calls.count("app") == calls.count("floor") == 5
    assert calls[:4] == ["app", "floor", "floor", "app"]


def test_every_row_of_the_issue_is_reported() -> None:
    assert len(ORDER) == 13
    assert len(set(ORDER)) == 13
    args = build_parser().parse_args(["bench", "--scale", "1m", "--json"])
    assert args.scale == "1m"
    assert args.json
