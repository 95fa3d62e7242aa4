"""Benchmark: building the client's safety-plan PDF (docs/DESIGN.md §8 target: < 150 ms).

Run with ``pytest tests/benchmarks/test_report_bench.py --benchmark-enable``; in the normal
suite (``--benchmark-disable``) each benchmark runs once as a plain test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.records import ClientId, OrganisationSettings, PlanId, SafetyPlan
from riskapp.reports.safety_plan import build_safety_plan_pdf
from riskapp.services.forms import shipped_registry

T0 = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def form() -> Form:
    return shipped_registry().latest("safety-plan")


@pytest.fixture(scope="module")
def plan(form: Form) -> SafetyPlan:
    """A full plan: every item agreed and every free-text field filled (the worst case)."""
    answers: dict[str, object] = {}
    for question in form.questions():
        if question.kind is QuestionKind.CHECK:
            answers[question.id] = True
        elif question.kind is QuestionKind.TEXT:
            answers[question.id] = "Biblioteket vid torget, ingången mot parken; ring Åsa."
    return SafetyPlan(
        PlanId(1), ClientId(1), form.id, form.version, answers, "handlaggare1", T0, T0
    )


@pytest.mark.parametrize("discreet", [False, True], ids=["normal", "discreet"])
def test_build_safety_plan_pdf(
    benchmark,
    form: Form,
    plan: SafetyPlan,  # type: ignore[no-untyped-def]
    discreet: bool,
) -> None:
    settings = OrganisationSettings("Relationsvåldsteamet Exempelby", "08-123 456 00")
    pdf = benchmark(
        build_safety_plan_pdf,
        plan,
        form,
        settings,
        discreet=discreet,
        client_first_name="Åsa",
        created=date(2026, 1, 15),
    )
    assert pdf.startswith(b"%PDF-")
