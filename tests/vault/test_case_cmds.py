"""``riskapp cases``, ``riskapp caseload`` and ``riskapp indicators``: exit codes, one-line
errors with nothing changed, JSON output."""

from __future__ import annotations

import json
from datetime import date

import pytest

from riskapp.domain.records import NewClient
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, WORKER_PASS, VaultFiles
from tests.vault.test_vault_cmds import assert_one_line_error, files_state, run, vault_args


@pytest.fixture
def pnr(vault: VaultFiles, pnrs: list[str]) -> str:
    with vault.open() as session:
        session.clients.create(NewClient("Test", "Person", pnrs[0]))
    return pnrs[0]


def _open(vault: VaultFiles, pnr: str, *extra: str) -> tuple[int, str, str]:
    return run(
        [
            "cases",
            "open",
            *vault_args(vault),
            "--client",
            pnr,
            "--source",
            "police",
            "--reason",
            "honour",
            *extra,
        ],
        LEADER_PASS + "\n",
    )


def test_open_list_close_and_reopen_keeps_history(vault: VaultFiles, pnr: str) -> None:
    code, out, err = _open(vault, pnr, "--responsible", WORKER)
    assert (code, err) == (0, "")
    code, out, _ = run(
        ["cases", "list", *vault_args(vault), "--client", pnr, "--json"], LEADER_PASS + "\n"
    )
    assert code == 0
    [case] = json.loads(out)
    assert case["status"] == "open"
    assert (case["source"], case["reason"], case["responsible"]) == ("police", "honour", WORKER)
    today = date.today().isoformat()
    code, _, err = run(
        [
            "cases",
            "close",
            *vault_args(vault),
            "--client",
            pnr,
            "--date",
            today,
            "--outcome",
            "partial",
            "--reason",
            "goal_reached",
        ],
        LEADER_PASS + "\n",
    )
    assert (code, err) == (0, "")
    assert _open(vault, pnr)[0] == 0
    code, out, _ = run(
        ["cases", "list", *vault_args(vault), "--client", pnr, "--json"], LEADER_PASS + "\n"
    )
    cases = json.loads(out)
    assert [c["status"] for c in cases] == ["closed", "open"]
    assert cases[0]["outcome"] == "partial"
    assert cases[0]["closed_on"] == today


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--outcome", "great", "--reason", "moved", "--date", "2026-01-01"], "outcome"),
        (["--outcome", "full", "--reason", "bored", "--date", "2026-01-01"], "reason"),
        (["--outcome", "full", "--reason", "moved", "--date", "1.1.2026"], "--date"),
    ],
)
def test_close_refuses_bad_input_before_the_passphrase(
    vault: VaultFiles, pnr: str, extra: list[str], needle: str
) -> None:
    before = files_state(vault.path.parent)
    code, _, err = run(["cases", "close", *vault_args(vault), "--client", pnr, *extra], "")
    assert_one_line_error(code, err, needle)
    assert files_state(vault.path.parent) == before


def test_close_without_an_open_case_or_before_it_opened(vault: VaultFiles, pnr: str) -> None:
    args = [
        "cases",
        "close",
        *vault_args(vault),
        "--client",
        pnr,
        "--outcome",
        "full",
        "--reason",
        "moved",
    ]
    code, _, err = run([*args, "--date", date.today().isoformat()], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "no open case")
    assert _open(vault, pnr)[0] == 0
    code, _, err = run([*args, "--date", "2000-01-01"], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "before the day the case was opened")
    code, out, _ = run(
        ["cases", "list", *vault_args(vault), "--client", pnr, "--json"], LEADER_PASS + "\n"
    )
    assert [c["status"] for c in json.loads(out)] == ["open"]


def test_open_refuses_a_second_open_case_and_unknown_codes(vault: VaultFiles, pnr: str) -> None:
    assert _open(vault, pnr)[0] == 0
    code, _, err = _open(vault, pnr)
    assert_one_line_error(code, err, "already has an open case")
    code, _, err = run(
        [
            "cases",
            "open",
            *vault_args(vault),
            "--client",
            pnr,
            "--source",
            "tv",
            "--reason",
            "honour",
        ],
        "",
    )
    assert_one_line_error(code, err, "source")


def test_a_caseworker_cannot_make_someone_else_responsible(vault: VaultFiles, pnr: str) -> None:
    code, _, err = run(
        [
            "cases",
            "open",
            *vault_args(vault, WORKER),
            "--client",
            pnr,
            "--source",
            "self",
            "--reason",
            "both",
            "--responsible",
            LEADER,
        ],
        WORKER_PASS + "\n",
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1


def test_caseload_lists_open_cases_with_mine_and_overdue(vault: VaultFiles, pnr: str) -> None:
    assert _open(vault, pnr, "--responsible", WORKER)[0] == 0
    code, out, err = run(["caseload", *vault_args(vault), "--json"], LEADER_PASS + "\n")
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert row["personnummer"] == pnr
    assert row["status"] == "open"
    assert row["overdue"] is False
    assert row["level"] is None
    assert row["responsible"] == WORKER
    code, out, _ = run(["caseload", *vault_args(vault), "--mine", "--json"], LEADER_PASS + "\n")
    assert json.loads(out) == []
    code, out, _ = run(["caseload", *vault_args(vault, WORKER), "--mine"], WORKER_PASS + "\n")
    assert code == 0
    assert out.splitlines()[0].split("\t")[1] == pnr
    code, out, _ = run(["caseload", *vault_args(vault), "--overdue", "--json"], LEADER_PASS + "\n")
    assert json.loads(out) == []


def test_indicators_json_and_files(vault: VaultFiles, pnr: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _open(vault, pnr)[0] == 0
    year = str(date.today().year)
    code, out, err = run(
        ["indicators", *vault_args(vault), "--year", year, "--adults", "20000", "--json"],
        LEADER_PASS + "\n",
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["year"] == int(year)
    # One case: a count of 1 is suppressed, and so is its rate.
    assert data["indicators"][0] == {
        "indicator": "kolada.opened",
        "count": "<5",
        "per_10000": "<5",
    }
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"k.{fmt}"
        code, _, err = run(
            [
                "indicators",
                *vault_args(vault),
                "--year",
                year,
                "--adults",
                "20000",
                "--format",
                fmt,
                "--out",
                str(target),
            ],
            LEADER_PASS + "\n",
        )
        assert (code, err) == (0, "")
        assert target.stat().st_size > 0


@pytest.mark.parametrize(
    ("year", "adults", "needle"),
    [
        ("2999", "100", "future"),
        ("2025", "0", "positive"),
        ("2025", "-5", "positive"),
        ("25", "100", "yyyy"),
    ],
)
def test_indicators_bad_input(vault: VaultFiles, year: str, adults: str, needle: str) -> None:
    before = files_state(vault.path.parent)
    code, _, err = run(["indicators", *vault_args(vault), "--year", year, "--adults", adults], "")
    assert_one_line_error(code, err, needle)
    assert files_state(vault.path.parent) == before


def test_indicators_are_for_team_leaders(vault: VaultFiles) -> None:
    code, _, err = run(
        ["indicators", *vault_args(vault, WORKER), "--year", "2025", "--adults", "100"],
        WORKER_PASS + "\n",
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1
