"""The columns of a client's assessment history (date, instrument, status, level, score).

Instrument titles and level labels come from the form registry in the UI language; a
form the registry no longer has shows its id (and the level its code) rather than
failing the whole page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from riskapp.domain.errors import RiskappError
from riskapp.domain.forms.registry import FormRegistry
from riskapp.domain.records import Assessment, AssessmentStatus
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import Column, RecordTableModel

_CONTEXT = "AssessmentTableModel"

COL_DATE, COL_FORM, COL_STATUS, COL_LEVEL, COL_SCORE = range(5)

_STATUS = {
    AssessmentStatus.DRAFT: QT_TRANSLATE_NOOP("AssessmentTableModel", "Utkast"),
    AssessmentStatus.COMPLETED: QT_TRANSLATE_NOOP("AssessmentTableModel", "Slutförd"),
}


def form_title(registry: FormRegistry | None, form_id: str, version: int, language: str) -> str:
    """The form's title in ``language``; its id when the registry does not have it."""
    if registry is None:
        return form_id
    try:
        return str(registry.get(form_id, version).title.get(language))
    except (RiskappError, KeyError, LookupError):
        return form_id


def level_label(registry: FormRegistry | None, a: Assessment, language: str) -> str:
    """The judged level's label; its code when the form or level is unknown."""
    if not a.judgement_level:
        return ""
    if registry is None:
        return a.judgement_level
    try:
        form = registry.get(a.form_id, a.form_version)
        return str(form.level(a.judgement_level).label.get(language))
    except (RiskappError, KeyError, LookupError):
        return a.judgement_level


def assessment_columns(
    registry: FormRegistry | None, language: str
) -> tuple[Column[Assessment], ...]:
    def when(a: Assessment) -> str:
        return (a.completed_at or a.updated_at).astimezone().strftime("%Y-%m-%d")

    return (
        Column(
            QT_TRANSLATE_NOOP("AssessmentTableModel", "Datum"),
            when,
            sort_key=lambda a: a.completed_at or a.updated_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("AssessmentTableModel", "Instrument"),
            lambda a: form_title(registry, a.form_id, a.form_version, language),
        ),
        Column(
            QT_TRANSLATE_NOOP("AssessmentTableModel", "Status"),
            lambda a: QCoreApplication.translate(_CONTEXT, _STATUS[a.status]),
        ),
        Column(
            QT_TRANSLATE_NOOP("AssessmentTableModel", "Bedömd nivå"),
            lambda a: level_label(registry, a, language),
        ),
        Column(
            QT_TRANSLATE_NOOP("AssessmentTableModel", "Stöd (summa)"),
            lambda a: "" if a.score is None else str(a.score),
            sort_key=lambda a: -1 if a.score is None else a.score,
        ),
    )


def assessment_table_model(
    registry: FormRegistry | None, language: str, parent: QObject | None = None
) -> RecordTableModel[Assessment]:
    return RecordTableModel(_CONTEXT, assessment_columns(registry, language), parent)
