"""The journal summary: plain text for the case record, without name or personnummer."""

from __future__ import annotations

from datetime import UTC, date, datetime

from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
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
