"""The safety-plan versions table: changed, by whom, which printout was handed out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from riskapp.domain.records import ClientId, PlanId, SafetyPlan
from riskapp.ui.clients.plan_table import COL_AUTHOR, COL_PRINTED, plan_table_model

WHEN = datetime(2026, 1, 12, 9, 30, tzinfo=UTC)


def _plan(printed: str | None) -> SafetyPlan:
    return SafetyPlan(
        id=PlanId(1),
        client_id=ClientId(1),
        form_id="safety-plan",
        form_version=1,
        answers={},
        author="kim",
        created_at=WHEN,
        updated_at=WHEN,
        printed_version=printed,
    )


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = plan_table_model()
    model.set_records([_plan(None), _plan("discreet")])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, COL_AUTHOR)) == "kim"


@pytest.mark.parametrize(
    ("printed", "shown"),
    [(None, "Nej"), ("normal", "Vanlig version"), ("discreet", "Diskret version")],
)
def test_printed_column_names_the_version_handed_out(printed: str | None, shown: str) -> None:
    model = plan_table_model()
    model.set_records([_plan(printed)])
    assert model.data(model.index(0, COL_PRINTED)) == shown
