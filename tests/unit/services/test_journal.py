"""The journal summary: plain text for the case record, without name or personnummer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from riskapp.domain import completion
from riskapp.domain.forms import engine
from riskapp.domain.records import (
    Assessment,
    AssessmentId,
    AssessmentStatus,
    ChildReport,
    ClientId,
)
from riskapp.services.forms import shipped_registry
from riskapp.services.journal import journal_summary


def _danger(status: AssessmentStatus) -> Assessment:
    when = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    return Assessment(
        id=AssessmentId(3),
        client_id=ClientId(1),
        form_id="danger-assessment",
        form_version=1,
        status=status,
        answers={"threat_to_kill": "yes", "violence_increased": "no", "_unconfirmed": ["x"]},
        author="lena",
        started_at=when,
        updated_at=when,
        completed_at=when if status is AssessmentStatus.COMPLETED else None,
        score=1,
        client_estimate="raised",
        judgement_level="high",
        judgement_rationale="Hot om att döda\nnyligen.",
        review_due=date(2026, 4, 15),
    )


def test_completed_danger_assessment_summary_has_every_fact() -> None:
    form = shipped_registry().get("danger-assessment", 1)
    text = journal_summary(_danger(AssessmentStatus.COMPLETED), form)
    lines = text.splitlines()
    assert lines[0] == f"{form.title.sv} (formulärversion 1)"
    assert "Slutförd: 2026-01-15 av lena" in lines
    assert "Klientens egen bedömning: " + form.level("raised").label.sv in lines
    assert "Professionell bedömning: " + form.level("high").label.sv in lines
    assert "Motivering: Hot om att döda nyligen." in lines
    assert "Ny bedömning senast: 2026-04-15" in lines
    # A strong marker answered yes stands out (issue 12 section 3).
    assert f"- {form.question('threat_to_kill').text.sv}: Ja [STARK RISKMARKÖR]" in lines
    assert "_unconfirmed" not in text
    assert text.endswith("\n")


def test_draft_is_marked_as_not_completed_and_english_works() -> None:
    form = shipped_registry().get("danger-assessment", 1)
    text = journal_summary(_danger(AssessmentStatus.DRAFT), form, language="en")
    assert "Status: draft, not completed (last saved 2026-01-15 by lena)" in text
    assert "Professional judgement: " + form.level("high").label.get("en") in text


def test_marked_factors_and_weighted_sum_are_printed_apart() -> None:
    """Issue 12 section 6: "14 av 29" was the weighted sum called a number of factors."""
    form = shipped_registry().get("danger-assessment", 1)
    answers = {"threat_to_kill": "yes", "strangled": "yes", "jealousy": "yes"}
    record = replace(_danger(AssessmentStatus.COMPLETED), answers=answers, score=5)
    lines = journal_summary(record, form).splitlines()
    total = len(completion.factor_questions(form))
    assert f"Markerade riskfaktorer: 3 av {total}" in lines
    assert f"Viktad summa: 5 av {engine.max_score(form)}" in lines
    flagged = [ln for ln in lines if ln.startswith("Starka riskmarkörer besvarade med ja:")]
    assert flagged == [
        "Starka riskmarkörer besvarade med ja: "
        f"{form.question('threat_to_kill').text.sv}; {form.question('strangled').text.sv}"
    ]


def test_voided_corrected_objection_and_children_tick_are_stated() -> None:
    form = shipped_registry().get("danger-assessment", 1)
    when = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    record = replace(
        _danger(AssessmentStatus.VOIDED),
        completed_at=when,
        voided_at=when,
        voided_by="lena",
        void_reason="Fel klient\nvald.",
        corrects=AssessmentId(2),
        correction_reason="Fel svar.",
        objection="Klienten håller inte med.",
        child_report=ChildReport.NOT_NEEDED,
        child_report_reason="Inga barn i hemmet.",
        warnings=("judgement_below_estimate",),
    )
    text = journal_summary(record, form, author="Lena Lind", voided_by="Lena Lind")
    lines = text.splitlines()
    assert "Slutförd: 2026-02-01 av Lena Lind" in lines
    assert "Status: makulerad 2026-02-01 av Lena Lind. Skäl: Fel klient vald." in lines
    assert "Rättelse av bedömning 2. Skäl: Fel svar." in lines
    assert "Klientens invändning: Klienten håller inte med." in lines
    assert "Orosanmälan till barnenheten: behövs inte (Inga barn i hemmet.)" in lines
    assert "Bekräftat trots varning: bedömningen är lägre än klientens egen" in lines
    assert "Ny bedömning senast" not in text  # a voided record sets no review date
