"""Printing use cases (riskapp.services.printing) against a real SQLCipher vault."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from riskapp.domain.clock import FixedClock
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import AssessmentId, ChosenHelpLine, NewClient, PlanChoices
from riskapp.reports.errors import ReportError, RevealingContent
from riskapp.services import printing
from riskapp.services.forms import shipped_registry
from riskapp.vault import KdfParams, RecordNotFound, Session, Vault

PNR = "201701012393"  # Skatteverket test numbers
OTHER_PNR = "190104132386"


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return shipped_registry()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    session, _recovery = Vault.create(
        tmp_path / "test.riskvault",
        organisation="Relationsvåldsteamet Exempelby",
        username="lead",
        passphrase="korrekt häst batteri 42",
        clock=FixedClock(),
        kdf=KdfParams.fast(),
    )
    yield session
    session.close()


def _client(session: Session, pnr: str = PNR, **kw: object):  # type: ignore[no-untyped-def]
    return session.clients.create(NewClient("Åsa", "Öberg", pnr, address="Storgatan 1", **kw))  # type: ignore[arg-type]


def _plan(session: Session, registry: FormRegistry, client_id, **answers: object):  # type: ignore[no-untyped-def]
    form = registry.latest("safety-plan")
    values = {"call_112": True, "meeting_place": "Biblioteket vid torget"}
    values.update(answers)
    return session.plans.save(client_id, form.id, form.version, values)


def _out(tmp_path: Path, name: str = "anteckningar.pdf") -> Path:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder / name


def test_export_plan_writes_the_latest_plan_and_marks_it_printed(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    _plan(session, registry, client.id, meeting_place="Gamla platsen")
    latest = _plan(session, registry, client.id)
    out = _out(tmp_path, "plan.pdf")
    printout = printing.export_plan_pdf(session, client.id, out, discreet=False, registry=registry)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Biblioteket vid torget" in text
    assert "Gamla platsen" not in text
    assert "För Åsa" in text
    assert printout.object_id == latest.id
    assert session.plans.get(latest.id).printed_version == "normal"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.pdf"]


def test_plan_print_is_audited(session: Session, registry: FormRegistry, tmp_path: Path) -> None:
    client = _client(session)
    plan = _plan(session, registry, client.id)
    printing.export_plan_pdf(session, client.id, _out(tmp_path), discreet=True, registry=registry)
    entries = session.audit.list(action="plan.print")
    assert [(e.client_id, e.object_id, e.detail) for e in entries] == [
        (client.id, plan.id, "discreet")
    ]


def test_discreet_export_has_no_name_and_can_be_password_protected(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    _plan(session, registry, client.id)
    out = _out(tmp_path)
    printing.export_plan_pdf(
        session, client.id, out, discreet=True, password="hemligt ord", registry=registry
    )
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="hemligt ord") as pdf:
        assert pdf.encryption.R == 6
    reader = PdfReader(out)
    reader.decrypt("hemligt ord")
    text = reader.pages[0].extract_text()
    assert "Mina anteckningar" in text
    assert "Åsa" not in text


def test_client_without_a_plan_is_refused_and_nothing_is_written(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    out = _out(tmp_path)
    with pytest.raises(printing.PrintRefused) as caught:
        printing.export_plan_pdf(session, client.id, out, discreet=False, registry=registry)
    assert caught.value.code == "print_no_plan"
    assert not out.exists()


def test_revealing_discreet_plan_writes_nothing_and_is_not_marked(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    form = registry.latest("safety-plan")
    choices = PlanChoices(discreet_help_lines=(ChosenHelpLine("114 14", "Polisen"),))
    plan = session.plans.save(client.id, form.id, form.version, {"call_112": True}, choices=choices)
    out = _out(tmp_path)
    with pytest.raises(RevealingContent):
        printing.export_plan_pdf(session, client.id, out, discreet=True, registry=registry)
    assert not out.exists()
    assert session.plans.get(plan.id).printed_version is None


def test_failed_write_does_not_mark_the_plan_printed(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    plan = _plan(session, registry, client.id)
    with pytest.raises(ReportError) as caught:
        printing.export_plan_pdf(
            session, client.id, tmp_path / "missing" / "plan.pdf", discreet=False, registry=registry
        )
    assert caught.value.code == "report_write_failed"
    assert session.plans.get(plan.id).printed_version is None


def _completed_screening(session: Session, registry: FormRegistry, client_id):  # type: ignore[no-untyped-def]
    from riskapp.domain.forms import engine

    form = registry.latest("screening")
    draft = session.assessments.start(client_id, form.id, form.version)
    return session.assessments.complete(
        draft.id,
        answers={},
        score=engine.score(form, {}),
        client_estimate=None,
        judgement_level=None,
        judgement_rationale=None,
        review_due=None,
        form_kind=form.kind.value,
        stat_facts=frozenset(),
    ), form


def test_export_summary_writes_the_case_file_summary_and_audits_it(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    assessment, form = _completed_screening(session, registry, client.id)
    out = _out(tmp_path, "bedomning.pdf")
    printing.export_summary_pdf(session, client.id, assessment.id, out, registry)
    text = PdfReader(out).pages[0].extract_text()
    assert "Sekretess enligt OSL 26 kap." in text
    assert "20170101-2393" in text
    assert form.title.sv in text
    assert "Relationsvåldsteamet Exempelby" in text
    entries = session.audit.list(action="report.print")
    assert [(e.client_id, e.object_id) for e in entries] == [(client.id, assessment.id)]


def test_summary_of_another_clients_assessment_is_refused(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    other = _client(session, OTHER_PNR)
    assessment, _form = _completed_screening(session, registry, other.id)
    out = _out(tmp_path)
    with pytest.raises(printing.PrintRefused) as caught:
        printing.export_summary_pdf(session, client.id, assessment.id, out, registry)
    assert caught.value.code == "print_wrong_client"
    assert not out.exists()
    assert session.audit.list(action="report.print") == []


def test_summary_of_an_unknown_assessment_is_refused(
    session: Session, registry: FormRegistry, tmp_path: Path
) -> None:
    client = _client(session)
    with pytest.raises(RecordNotFound):
        printing.export_summary_pdf(session, client.id, AssessmentId(999), _out(tmp_path), registry)


def test_prepare_builds_in_memory_without_recording(
    session: Session, registry: FormRegistry
) -> None:
    client = _client(session)
    plan = _plan(session, registry, client.id)
    printout = printing.prepare_plan_print(session, client.id, discreet=True, registry=registry)
    assert printout.pdf.startswith(b"%PDF-")
    assert printout.filename == "anteckningar.pdf"
    assert session.plans.get(plan.id).printed_version is None
    printing.record_plan_print(session, printout)
    assert session.plans.get(plan.id).printed_version == "discreet"
    assert len(PdfReader(BytesIO(printout.pdf)).pages) >= 1


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_plan_prints_in_its_own_language_unless_told_otherwise(
    session: Session, registry: FormRegistry
) -> None:
    client = _client(session)
    form = registry.latest("safety-plan")
    session.plans.save(
        client.id, form.id, form.version, {"call_112": True}, choices=PlanChoices(language="en")
    )
    english = printing.prepare_plan_print(session, client.id, discreet=False, registry=registry)
    assert "Safety plan" in _text(english.pdf)
    swedish = printing.prepare_plan_print(
        session, client.id, discreet=False, registry=registry, language="sv"
    )
    assert "Säkerhetsplan" in _text(swedish.pdf)


def test_normal_plan_names_the_authors_profile_and_warns_about_missing_phones(
    session: Session, registry: FormRegistry
) -> None:
    client = _client(session)
    _plan(session, registry, client.id)
    printout = printing.prepare_plan_print(session, client.id, discreet=False, registry=registry)
    assert printout.warnings == (
        printing.WARNING_ORG_PHONE,
        printing.WARNING_CASEWORKER_PHONE,
    )
    assert "Din kontakt" not in _text(printout.pdf)  # never an empty contact row
    session.users.set_profile("lead", display_name="Lea Ledare", phone="08-555 00 00")
    printout = printing.prepare_plan_print(session, client.id, discreet=False, registry=registry)
    assert printout.warnings == (printing.WARNING_ORG_PHONE,)
    text = _text(printout.pdf)
    assert "Din kontakt" in text
    assert "Lea Ledare" in text
    assert "08-555 00 00" in text
    discreet = printing.prepare_plan_print(session, client.id, discreet=True, registry=registry)
    assert discreet.warnings == ()
    assert "Lea" not in _text(discreet.pdf)
