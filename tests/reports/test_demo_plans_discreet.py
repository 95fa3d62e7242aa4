"""Every demo plan's discreet printout, from the real PDF: no revealing word anywhere, the
client's own words only where ticked, help lines only where chosen (issue 12 "Done when")."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from riskapp.domain.forms.model import DiscreetMode, QuestionKind
from riskapp.domain.records import SafetyPlan
from riskapp.domain.revealing_words import find_revealing
from riskapp.services import plans as plan_service
from riskapp.services import printing
from riskapp.services.demo import create_demo_vault
from riskapp.services.forms import shipped_registry
from riskapp.vault import Session, Vault
from riskapp.vault.kdf import KdfParams


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    directory = Path(tmp_path_factory.mktemp("demo"))
    vault = create_demo_vault(directory, clients=14, seed=2026, kdf=KdfParams.fast())
    session = Vault.open(vault.path, vault.username, vault.passphrase)
    yield session
    session.close()


def _latest_plans(session: Session) -> list[SafetyPlan]:
    plans = []
    for summary in session.clients.search("", limit=1000):
        plan = session.plans.latest_for_client(summary.id)
        if plan is not None:
            plans.append(plan)
    return plans


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


def test_every_demo_plan_prints_a_discreet_version_that_reveals_nothing(demo: Session) -> None:
    registry = shipped_registry()
    plans = _latest_plans(demo)
    assert len(plans) >= 5
    full = 0
    for plan in plans:
        form = registry.get(plan.form_id, plan.form_version)
        printout = printing.prepare_plan_print(
            demo, plan.client_id, discreet=True, registry=registry
        )
        text = _text(printout.pdf)
        assert find_revealing(text) is None, (plan.id, find_revealing(text))
        assert plan_service.revealing_warnings(plan, form) == []
        own = {
            q.id: " ".join(str(plan.answers[q.id]).split())
            for q in form.questions()
            if q.kind is QuestionKind.TEXT and q.id in plan.answers
        }
        ticked = {
            qid
            for qid in own
            if qid in plan.discreet_free_text
            and form.question(qid).discreet is DiscreetMode.OWN_WORDS
        }
        for qid, value in own.items():
            if qid in ticked:
                assert value in text, qid
            elif value not in {own[t] for t in ticked}:  # the same words may be ticked elsewhere
                assert value not in text, qid
        for line in plan.discreet_help_lines:
            assert line.number in text
            assert line.name in text
        if not plan.discreet_help_lines:
            assert "Nummer" not in text
            assert "Numbers" not in text
        checks = [q for q in form.questions() if q.kind is QuestionKind.CHECK]
        if all(plan.answers.get(q.id) is True for q in checks) and plan.discreet_help_lines:
            full += 1
            for q in checks:
                if q.discreet_alias is not None:
                    assert " ".join(q.discreet_alias.get(plan.language).split()) in text
        # The preview shows exactly these lines (the footer aside).
        for line in plan_service.discreet_preview(plan, form):
            assert " ".join(line.split()) in text
    assert full >= 1, "some demo plans tick every item and choose help lines"


def test_demo_normal_plans_are_complete(demo: Session) -> None:
    registry = shipped_registry()
    plan = _latest_plans(demo)[0]
    printout = printing.prepare_plan_print(demo, plan.client_id, discreet=False, registry=registry)
    assert printout.warnings == ()
    text = _text(printout.pdf)
    assert "08-465 004 00" in text
    assert "Hanna Demo" in text or "Lena Demo" in text
