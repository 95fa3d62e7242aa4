"""Assessments, safety plans, settings: lifecycle rules and roles."""

from __future__ import annotations

from datetime import date

import pytest

from riskapp.domain.records import AssessmentStatus, NewClient, OrganisationSettings
from riskapp.vault import PermissionDenied, RecordNotFound, Session, ValidationFailed


def _complete(session: Session, assessment_id: int, level: str = "high"):  # type: ignore[no-untyped-def]
    return session.assessments.complete(
        assessment_id,
        answers={"q": "yes"},
        score=3,
        client_estimate="raised",
        judgement_level=level,
        judgement_rationale="motivering",
        review_due=date(2026, 4, 1),
        form_kind="danger_assessment",
        stat_facts=frozenset({"violence.physical"}),
    )


def test_assessment_draft_then_complete_then_locked(worker: Session) -> None:
    client = worker.clients.create(NewClient("A", "B"))
    draft = worker.assessments.start(client.id, "danger-assessment", 2, {"q": "no"})
    assert draft.status is AssessmentStatus.DRAFT
    assert draft.author == "bertil"
    saved = worker.assessments.save_draft(draft.id, {"q": "yes"}, judgement_level="low")
    assert saved.answers == {"q": "yes"}
    assert saved.judgement_level == "low"
    done = _complete(worker, draft.id)
    assert done.status is AssessmentStatus.COMPLETED
    assert done.score == 3
    assert done.review_due == date(2026, 4, 1)
    assert done.completed_at is not None
    with pytest.raises(ValidationFailed) as err:
        worker.assessments.save_draft(draft.id, {})
    assert err.value.code == "assessment_completed"
    with pytest.raises(ValidationFailed):
        worker.assessments.delete_draft(draft.id)
    assert worker.assessments.get(draft.id) == done


def test_drafts_can_be_deleted_and_lists_are_newest_first(worker: Session) -> None:
    client = worker.clients.create(NewClient("A", "B"))
    first = worker.assessments.start(client.id, "screening", 1)
    second = worker.assessments.start(client.id, "screening", 1)
    assert [a.id for a in worker.assessments.list_for_client(client.id)] == [second.id, first.id]
    worker.assessments.delete_draft(first.id)
    with pytest.raises(RecordNotFound):
        worker.assessments.get(first.id)


def test_plan_versions_and_printed_plans_are_frozen(worker: Session) -> None:
    client = worker.clients.create(NewClient("A", "B"))
    v1 = worker.plans.save(
        client.id, "safety-plan", 1, {"bag": True}, discreet_omit=frozenset({"shelter"})
    )
    v1b = worker.plans.save(
        client.id,
        "safety-plan",
        1,
        {"bag": False},
        plan_id=v1.id,
        discreet_omit=frozenset({"shelter"}),
    )
    assert v1b.id == v1.id
    assert v1b.answers == {"bag": False}
    worker.plans.mark_printed(v1.id, "discreet")
    assert worker.plans.get(v1.id).printed_version == "discreet"
    with pytest.raises(ValidationFailed):
        worker.plans.save(client.id, "safety-plan", 1, {}, plan_id=v1.id)
    v2 = worker.plans.save(client.id, "safety-plan", 1, {"bag": True})
    assert worker.plans.latest_for_client(client.id) == v2
    assert [p.id for p in worker.plans.list_for_client(client.id)] == [v2.id, v1.id]
    assert worker.plans.get(v1.id).discreet_omit == frozenset({"shelter"})


def test_settings_update_is_team_leaders_only(leader: Session) -> None:
    settings = leader.settings.get()
    assert settings.organisation_name == "Testkommun"
    assert settings.help_lines
    leader.settings.update(OrganisationSettings("Ny kommun", idle_lock_minutes=3))
    assert leader.settings.get() == OrganisationSettings("Ny kommun", idle_lock_minutes=3)


def test_caseworker_cannot_change_settings_read_audit_or_stats(worker: Session) -> None:
    with pytest.raises(PermissionDenied):
        worker.settings.update(OrganisationSettings("x"))
    with pytest.raises(PermissionDenied):
        worker.audit.list()
    with pytest.raises(PermissionDenied):
        worker.audit.verify_chain()
    with pytest.raises(PermissionDenied):
        worker.stats_snapshot(date(2026, 1, 1), date(2026, 12, 31))


def test_audit_list_filters(leader: Session) -> None:
    client = leader.clients.create(NewClient("A", "B"))
    leader.clients.get(client.id)
    reads = leader.audit.list(action="client.read")
    assert [e.client_id for e in reads] == [client.id]
    assert all(e.user == "anna" for e in leader.audit.list(user="anna"))
    assert leader.audit.list(client_id=client.id)[0].action == "client.read"
