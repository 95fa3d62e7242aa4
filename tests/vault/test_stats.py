"""The statistics snapshot: coded facts, opaque keys, sex from the personnummer, repeats."""

from __future__ import annotations

from datetime import date

from riskapp.domain.personnummer import parse
from riskapp.domain.records import NewClient
from riskapp.vault import Session


def _complete(session: Session, client_id: int, form_id: str = "danger-assessment") -> None:
    a = session.assessments.start(client_id, form_id, 1)
    session.assessments.complete(
        a.id,
        answers={},
        score=1,
        client_estimate=None,
        judgement_level="high",
        judgement_rationale="r",
        review_due=None,
        form_kind="danger_assessment",
        stat_facts=frozenset({"children.exposed"}),
    )


def test_snapshot_counts_period_activity_with_opaque_keys(leader: Session, pnrs: list[str]) -> None:
    clock = leader.clock
    male = next(p for p in pnrs if int(p[10]) % 2 == 1)
    female = next(p for p in pnrs if int(p[10]) % 2 == 0)
    m = leader.clients.create(NewClient("M", "X", male))
    f = leader.clients.create(NewClient("F", "X", female))
    anon = leader.clients.create(NewClient("A", "X"))
    _complete(leader, m.id)
    clock.advance(days=40)
    _complete(leader, m.id)
    leader.plans.save(f.id, "safety-plan", 1, {})
    snap = leader.stats_snapshot(clock.today(), clock.today())
    assert len(snap.clients) == 2  # anon had no activity in the period
    keys = {c.key for c in snap.clients}
    assert keys == {1, 2}
    assert m.id not in keys - {1, 2}
    by_key = {c.key: c for c in snap.clients}
    assert sorted(c.sex for c in snap.clients) == ["female", "male"]
    male_client = next(c for c in snap.clients if c.sex == "male")
    assert male_client.birth_date == parse(male, today=clock.today()).birth_date
    (assessment,) = snap.assessments
    assert assessment.repeat
    assert assessment.level == "high"
    assert assessment.facts == frozenset({"children.exposed"})
    assert by_key[assessment.client_key].sex == "male"
    assert len(snap.plans) == 1
    whole = leader.stats_snapshot(date(2026, 1, 1), date(2026, 12, 31))
    assert len(whole.clients) == 3
    assert sorted(a.repeat for a in whole.assessments) == [False, True]
    assert next(c for c in whole.clients if c.birth_date is None).sex == "unknown"
    del anon
