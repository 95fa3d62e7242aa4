"""Assessment input rules (pure): cleaning, prefilling a repeat, what blocks completion."""

from __future__ import annotations

from datetime import UTC, datetime

from riskapp.domain.assessment_input import (
    JUDGEMENT_ID,
    AssessmentInput,
    clean_input,
    completion_problems,
    input_of,
    prefill_from,
)
from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
from riskapp.services.forms import shipped_registry


def _previous(answers: dict[str, object], unconfirmed: frozenset[str] = frozenset()) -> Assessment:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    return Assessment(
        id=AssessmentId(1),
        client_id=ClientId(1),
        form_id="danger-assessment",
        form_version=1,
        status=AssessmentStatus.COMPLETED,
        answers=answers,
        author="x",
        started_at=when,
        updated_at=when,
        completed_at=when,
        client_estimate="raised",
        judgement_level="high",
        judgement_rationale="Skäl",
        unconfirmed=unconfirmed,
    )


def test_clean_input_drops_unknown_answers_levels_and_stale_marks() -> None:
    form = shipped_registry().latest("danger-assessment")
    data = AssessmentInput(
        answers={"threat_to_kill": "yes", "no_such_question": "x"},
        judgement_level="no_such_level",
        unconfirmed=frozenset({"threat_to_kill", "no_such_question"}),
    )
    clean = clean_input(form, data)
    assert dict(clean.answers) == {"threat_to_kill": "yes"}
    assert clean.judgement_level is None
    assert clean.unconfirmed == {"threat_to_kill"}


def test_prefill_marks_everything_unconfirmed_and_asks_the_estimate_afresh() -> None:
    form = shipped_registry().latest("danger-assessment")
    data = prefill_from(form, _previous({"threat_to_kill": "yes"}))
    assert dict(data.answers) == {"threat_to_kill": "yes"}
    assert data.unconfirmed == {"threat_to_kill", JUDGEMENT_ID}
    assert data.client_estimate is None
    codes = [code for code, _ in completion_problems(form, data)]
    assert "answer_unconfirmed" in codes
    assert "judgement_unconfirmed" in codes


def test_input_of_reads_the_records_unconfirmed_field() -> None:
    record = _previous({"threat_to_kill": "yes"}, frozenset({"threat_to_kill"}))
    data = input_of(record)
    assert data.unconfirmed == {"threat_to_kill"}
    assert dict(data.answers) == {"threat_to_kill": "yes"}
    assert data.with_answer("threat_to_kill", "no").unconfirmed == frozenset()
