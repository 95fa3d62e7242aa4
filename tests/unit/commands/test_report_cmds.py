"""``riskapp plan-pdf`` and ``riskapp summary-pdf`` through the real argument parser."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from riskapp.cli import Console, main
from riskapp.domain.clock import FixedClock
from riskapp.domain.forms import engine
from riskapp.domain.records import NewClient
from riskapp.messages import MESSAGES
from riskapp.services.forms import shipped_registry
from riskapp.vault import KdfParams, Vault

PASSPHRASE = "korrekt häst batteri 42"
PNR = "201701012393"  # Skatteverket test numbers
OTHER_PNR = "190104132386"


@pytest.fixture
def vault(tmp_path: Path) -> dict[str, object]:
    """A vault with one client who has a plan and a completed screening, and a second
    client with neither plan nor assessment of their own."""
    path = tmp_path / "cli.riskvault"
    registry = shipped_registry()
    session, _ = Vault.create(
        path,
        organisation="Teamet",
        username="lead",
        passphrase=PASSPHRASE,
        clock=FixedClock(),
        kdf=KdfParams.fast(),
    )
    try:
        client = session.clients.create(NewClient("Åsa", "Öberg", PNR))
        other = session.clients.create(NewClient("Bo", "Ek", OTHER_PNR))
        form = registry.latest("safety-plan")
        session.plans.save(
            client.id, form.id, form.version, {"call_112": True, "meeting_place": "Biblioteket"}
        )
        screening = registry.latest("screening")
        draft = session.assessments.start(client.id, screening.id, screening.version)
        done = session.assessments.complete(
            draft.id,
            answers={},
            score=engine.score(screening, {}),
            client_estimate=None,
            judgement_level=None,
            judgement_rationale=None,
            review_due=None,
            form_kind=screening.kind.value,
            stat_facts=frozenset(),
        )
    finally:
        session.close()
    return {"path": path, "assessment": done.id, "other": other.id}


def _run(vault_path: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    console = Console(stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
    code = main(
        [*argv, "--vault", str(vault_path), "--user", "lead", "--passphrase-stdin"], console
    )
    return code, out.getvalue(), err.getvalue()


def test_plan_pdf_writes_the_plan(vault: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, err = _run(
        vault["path"],
        "plan-pdf",
        "--client",
        "170101-2393",  # type: ignore[arg-type]
        "--out",
        str(out),
    )
    assert code == 0
    # The team has no phone and lead no profile: said on stderr, the PDF is still written.
    assert err.splitlines() == [
        f"riskapp: {MESSAGES['plan_no_org_phone'][0]} ({MESSAGES['plan_no_org_phone'][1]})",
        f"riskapp: {MESSAGES['plan_warning_caseworker_phone'][0]} "
        f"({MESSAGES['plan_warning_caseworker_phone'][1]})",
    ]
    assert stdout.strip() == f"PDF sparad (PDF written): {out}"
    assert "Biblioteket" in PdfReader(out).pages[0].extract_text()


def test_plan_pdf_language_overrides_the_plans_own(
    vault: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, _ = _run(
        vault["path"],  # type: ignore[arg-type]
        "plan-pdf",
        "--client",
        PNR,
        "--out",
        str(out),
        "--language",
        "en",
    )
    assert code == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Safety plan" in text
    assert "Important phone numbers" in text


def test_plan_pdf_discreet_writes_the_neutral_version(
    vault: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "anteckningar.pdf"
    code, _, _ = _run(
        vault["path"],
        "plan-pdf",
        "--client",
        PNR,
        "--out",
        str(out),  # type: ignore[arg-type]
        "--discreet",
    )
    assert code == 0
    assert "Mina anteckningar" in PdfReader(out).pages[0].extract_text()


def test_unknown_client_is_a_clear_error(vault: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, _, err = _run(
        vault["path"],
        "plan-pdf",
        "--client",
        "701063-2391",  # type: ignore[arg-type]
        "--out",
        str(out),
    )
    assert code == 1
    assert "Det finns ingen klient med det personnumret" in err
    assert "2391" not in err
    assert not out.exists()


def test_invalid_personnummer_is_refused_before_the_vault_opens(
    vault: dict[str, object], tmp_path: Path
) -> None:
    code, _, err = _run(
        vault["path"],
        "plan-pdf",
        "--client",
        "170101-2394",  # type: ignore[arg-type]
        "--out",
        str(tmp_path / "plan.pdf"),
    )
    assert code == 1
    assert err.startswith("riskapp: ")


def test_client_without_a_plan_is_a_clear_error(vault: dict[str, object], tmp_path: Path) -> None:
    code, _, err = _run(
        vault["path"],
        "plan-pdf",
        "--client",
        OTHER_PNR,  # type: ignore[arg-type]
        "--out",
        str(tmp_path / "plan.pdf"),
    )
    assert code == 1
    assert "ingen säkerhetsplan" in err


def test_summary_pdf_writes_the_summary(vault: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "bedomning.pdf"
    code, _, err = _run(
        vault["path"],
        "summary-pdf",
        "--client",
        PNR,  # type: ignore[arg-type]
        "--assessment",
        str(vault["assessment"]),
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert "Sekretess enligt OSL 26 kap." in PdfReader(out).pages[0].extract_text()


def test_summary_of_another_clients_assessment_is_refused(
    vault: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "bedomning.pdf"
    code, _, err = _run(
        vault["path"],
        "summary-pdf",
        "--client",
        OTHER_PNR,  # type: ignore[arg-type]
        "--assessment",
        str(vault["assessment"]),
        "--out",
        str(out),
    )
    assert code == 1
    assert "hör inte till den klienten" in err
    assert not out.exists()


def test_plans_filled_with_an_own_form_print_with_the_configured_forms_directory(
    vault: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI uses the forms directory set on this computer, as the GUI does."""
    from riskapp.commands import report_cmds

    own = tmp_path / "egna-formular"
    own.mkdir()
    latest = shipped_registry().latest("safety-plan")
    shipped = Path(latest.source or "")
    text = shipped.read_text(encoding="utf-8").replace("id: safety-plan", "id: kommunens-plan", 1)
    (own / f"kommunens-plan.v{latest.version}.yaml").write_text(text, encoding="utf-8")
    session = Vault.open(vault["path"], "lead", PASSPHRASE, clock=FixedClock())  # type: ignore[arg-type]
    try:
        client = session.clients.create(NewClient("Eva", "Lund", "200001012384"))
        session.plans.save(client.id, "kommunens-plan", latest.version, {"meeting_place": "Torget"})
    finally:
        session.close()

    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(report_cmds, "_configured_forms_dir", lambda: None)
    code, _, err = _run(vault["path"], "plan-pdf", "--client", "200001012384", "--out", str(out))  # type: ignore[arg-type]
    assert code == 1
    assert err.startswith("riskapp: ")
    assert not out.exists()

    monkeypatch.setattr(report_cmds, "_configured_forms_dir", lambda: own)
    code, _, err = _run(vault["path"], "plan-pdf", "--client", "200001012384", "--out", str(out))  # type: ignore[arg-type]
    assert code == 0
    assert "internt fel" not in err
    assert "Torget" in PdfReader(out).pages[0].extract_text()
