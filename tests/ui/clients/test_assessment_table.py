"""The assessment history columns: dates, instrument titles and level labels from the
registry (ids when the registry lacks the form), and a well-behaved model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from riskapp.domain.records import Assessment, AssessmentId, AssessmentStatus, ClientId
from riskapp.services.forms import shipped_registry
from riskapp.ui.clients.assessment_table import (
    COL_FORM,
    COL_SCORE,
    COL_STATUS,
    assessment_table_model,
)
from riskapp.ui.common.record_model import RecordRole, SortRole

WHEN = datetime(2026, 1, 12, 9, 30, tzinfo=UTC)


def _assessment(form_id: str, status: AssessmentStatus, score: int | None) -> Assessment:
    return Assessment(
        id=AssessmentId(7),
        client_id=ClientId(1),
        form_id=form_id,
        form_version=1,
        status=status,
        answers={},
        author="x",
        started_at=WHEN,
        updated_at=WHEN,
        completed_at=WHEN if status is AssessmentStatus.COMPLETED else None,
        score=score,
    )


def test_model_passes_qtmodeltester_and_shows_each_column(qtmodeltester: Any) -> None:
    registry = shipped_registry()
    form = registry.latest_forms()[0]
    model = assessment_table_model(registry, "sv")
    rows = [
        _assessment(form.id, AssessmentStatus.COMPLETED, 3),
        _assessment("no-such-form", AssessmentStatus.DRAFT, None),
    ]
    model.set_records(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, COL_FORM)) == form.title.get("sv")
    assert model.data(model.index(1, COL_FORM)) == "no-such-form"
    assert model.data(model.index(0, COL_STATUS)) == "Slutförd"
    assert model.data(model.index(1, COL_STATUS)) == "Utkast"
    assert model.data(model.index(0, COL_SCORE), SortRole) == 3
    assert model.data(model.index(1, COL_SCORE)) == ""
    assert model.data(model.index(1, 0), RecordRole) == rows[1]


def test_without_a_registry_the_form_id_is_shown() -> None:
    model = assessment_table_model(None, "sv")
    model.set_records([_assessment("danger-assessment", AssessmentStatus.DRAFT, None)])
    assert model.data(model.index(0, COL_FORM)) == "danger-assessment"
