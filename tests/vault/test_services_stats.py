"""Statistics service and ``riskapp stats`` end to end against real vault files.

riskapp.services.stats and riskapp.commands.stats_cmds: published tables only, team
leaders only, exports audit-logged as ``stats.export``.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from riskapp.cli import Console, main
from riskapp.domain.records import NewClient
from riskapp.domain.stats.aggregate import StatsInputError
from riskapp.domain.stats.table import SMALL, Suppressed
from riskapp.reports.errors import ReportError
from riskapp.services.cases import open_case
from riskapp.services.stats import EXPORT_ACTION, build_statistics, export_statistics
from riskapp.vault import PermissionDenied, Session
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, WORKER_PASS, VaultFiles

YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)


def _fill(session: Session, pnrs: list[str], n_clients: int = 14) -> None:
    """Clients from Skatteverket's test numbers, each with a danger assessment; some
    with a description reporting violence, a few with a plan."""
    for index, pnr in enumerate(pnrs[:n_clients]):
        client = session.clients.create(NewClient("Test", f"Person{index}", pnr))
        open_case(session, client.id, source="self", reason="close_relationship")
        a = session.assessments.start(client.id, "danger-assessment", 1)
        session.assessments.complete(
            a.id,
            answers={},
            score=2,
            client_estimate=None,
            judgement_level=("high", "medium")[index % 2],
            judgement_rationale="r",
            review_due=None,
            form_kind="danger_assessment",
            stat_facts=frozenset({"children.exposed"} if index % 3 == 0 else set()),
        )
        if index % 2 == 0:
            d = session.assessments.start(client.id, "violence-description", 1)
            session.assessments.complete(
                d.id,
                answers={},
                score=None,
                client_estimate=None,
                judgement_level=None,
                judgement_rationale=None,
                review_due=None,
                form_kind="description",
                stat_facts=frozenset({"violence.physical", "violence.psychological"}),
            )
        if index % 4 == 0:
            session.plans.save(client.id, "safety-plan", 1, {})


def test_build_statistics_returns_published_tables_only(leader: Session, pnrs: list[str]) -> None:
    _fill(leader, pnrs)
    result = build_statistics(leader, YEAR_START, YEAR_END, by=("sex", "age"))
    assert (result.start, result.end, result.period, result.by) == (
        YEAR_START,
        YEAR_END,
        "month",
        ("sex", "age"),
    )
    assessments = result.table("assessments.period")
    danger = assessments.rows.index("kind.danger_assessment")
    assert assessments.row_totals[danger] == 14
    assert result.table("clients.sex").grand_total == 14
    for table in result.tables:
        for line in table.augmented():
            for value in line:
                assert isinstance(value, Suppressed) or value == 0 or value >= 5
    assert result.table("plans.period").grand_total is SMALL  # 4 plans


def test_caseworker_cannot_build_or_export_statistics(
    vault: VaultFiles, pnrs: list[str], tmp_path: Path
) -> None:
    with vault.open() as leader:
        _fill(leader, pnrs, 5)
        result = build_statistics(leader, YEAR_START, YEAR_END)
    with vault.open(WORKER, WORKER_PASS) as worker:
        with pytest.raises(PermissionDenied):
            build_statistics(worker, YEAR_START, YEAR_END)
        with pytest.raises(PermissionDenied):
            export_statistics(worker, result, "csv", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_bad_parameters_are_refused_before_reading(leader: Session) -> None:
    with pytest.raises(StatsInputError) as info:
        build_statistics(leader, YEAR_END, YEAR_START)
    assert info.value.code == "stats_range"
    with pytest.raises(StatsInputError):
        build_statistics(leader, YEAR_START, YEAR_END, by=("income",))
    with pytest.raises(StatsInputError):
        build_statistics(leader, YEAR_START, YEAR_END, period="week")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_writes_the_file_and_audits_period_and_format(
    leader: Session, pnrs: list[str], tmp_path: Path, fmt: str
) -> None:
    _fill(leader, pnrs)
    result = build_statistics(leader, YEAR_START, YEAR_END, by=("sex",), period="quarter")
    exports = tmp_path / "exports"
    exports.mkdir()
    out = exports / f"statistik.{fmt}"
    export_statistics(leader, result, fmt, out)
    assert out.stat().st_size > 0
    assert [p.name for p in exports.iterdir()] == [out.name]
    (entry,) = leader.audit.list(action=EXPORT_ACTION)
    assert entry.user == LEADER
    assert "2026-01-01..2026-12-31" in entry.detail
    assert f"format={fmt}" in entry.detail
    assert "by=sex" in entry.detail
    assert "per=quarter" in entry.detail
    assert entry.client_id is None


def test_export_names_the_organisation_in_the_pdf(
    leader: Session, pnrs: list[str], tmp_path: Path
) -> None:
    _fill(leader, pnrs, 6)
    out = tmp_path / "s.pdf"
    export_statistics(leader, build_statistics(leader, YEAR_START, YEAR_END), "pdf", out)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Testkommun" in text
    for pnr in pnrs[:6]:
        assert pnr not in text
        assert pnr[2:8] not in text
    assert "Person" not in text


def test_unknown_format_writes_nothing_and_audits_nothing(leader: Session, tmp_path: Path) -> None:
    result = build_statistics(leader, YEAR_START, YEAR_END)
    with pytest.raises(ReportError):
        export_statistics(leader, result, "docx", tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
    assert leader.audit.list(action=EXPORT_ACTION) == []


# --- riskapp stats --------------------------------------------------------------------------


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Console(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def _stats_args(vault: VaultFiles, out: Path, *extra: str, user: str = LEADER) -> list[str]:
    return [
        "stats",
        "--vault",
        str(vault.path),
        "--user",
        user,
        "--passphrase-stdin",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(out),
        *extra,
    ]


def test_cli_writes_csv_for_a_team_leader(
    vault: VaultFiles, pnrs: list[str], tmp_path: Path
) -> None:
    with vault.open() as session:
        _fill(session, pnrs)
    out = tmp_path / "out" / "stat.csv"
    out.parent.mkdir()
    code, stdout, err = _run(
        _stats_args(vault, out, "--format", "csv", "--by", "sex,age"), f"{LEADER_PASS}\n"
    )
    assert (code, err) == (0, "")
    assert "tables written" in stdout
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert ["Klienter per våldsform, per kön"] in rows
    with vault.open() as session:
        (entry,) = session.audit.list(action=EXPORT_ACTION)
        assert "format=csv" in entry.detail
        assert "by=sex+age" in entry.detail


def test_cli_writes_xlsx_and_pdf(vault: VaultFiles, pnrs: list[str], tmp_path: Path) -> None:
    with vault.open() as session:
        _fill(session, pnrs, 6)
    xlsx, pdf = tmp_path / "s.xlsx", tmp_path / "s.pdf"
    assert (
        _run(
            _stats_args(vault, xlsx, "--format", "xlsx", "--period", "quarter"), f"{LEADER_PASS}\n"
        )[0]
        == 0
    )
    assert load_workbook(xlsx).sheetnames[0] == "Om statistiken"
    assert _run(_stats_args(vault, pdf, "--format", "pdf"), f"{LEADER_PASS}\n")[0] == 0
    assert PdfReader(pdf).pages


@pytest.mark.parametrize(
    ("dates", "needle"),
    [
        (["--from", "2026-13-01", "--to", "2026-12-31"], "ogiltigt datum för --from"),
        (["--from", "2026-01-01", "--to", "31/12/2026"], "ogiltigt datum för --to"),
        (["--from", "20260101", "--to", "2026-12-31"], "yyyy-mm-dd"),
        (["--from", "2026-12-31", "--to", "2026-01-01"], "startdatum ligger efter slutdatum"),
    ],
)
def test_cli_bad_dates_fail_with_one_line_before_any_passphrase(
    vault: VaultFiles, tmp_path: Path, dates: list[str], needle: str
) -> None:
    out = tmp_path / "s.csv"
    argv = [
        "stats",
        "--vault",
        str(vault.path),
        "--user",
        LEADER,
        "--passphrase-stdin",
        *dates,
        "--format",
        "csv",
        "--out",
        str(out),
    ]
    code, stdout, err = _run(argv, "")  # no passphrase line: it must not be needed
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert needle in err.casefold()
    assert "Traceback" not in err
    assert not out.exists()


def test_cli_unknown_breakdown_fails(vault: VaultFiles, tmp_path: Path) -> None:
    code, _, err = _run(
        _stats_args(vault, tmp_path / "s.csv", "--format", "csv", "--by", "sex,income"),
        f"{LEADER_PASS}\n",
    )
    assert code == 1
    assert "income" in err
    assert "Okänd uppdelning" in err


def test_cli_refuses_a_caseworker(vault: VaultFiles, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    code, _, err = _run(_stats_args(vault, out, "--format", "csv", user=WORKER), f"{WORKER_PASS}\n")
    assert code == 1
    assert "behörighet" in err
    assert not out.exists()
