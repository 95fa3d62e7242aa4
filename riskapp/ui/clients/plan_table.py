"""The columns of a client's safety-plan versions (changed, by whom, which printout)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from riskapp.domain.records import SafetyPlan
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import Column, RecordTableModel

_CONTEXT = "PlanTableModel"

COL_DATE, COL_AUTHOR, COL_PRINTED = range(3)

_PRINTED = {
    None: QT_TRANSLATE_NOOP("PlanTableModel", "Nej"),
    "normal": QT_TRANSLATE_NOOP("PlanTableModel", "Vanlig version"),
    "discreet": QT_TRANSLATE_NOOP("PlanTableModel", "Diskret version"),
}


def _printed(plan: SafetyPlan) -> str:
    text = _PRINTED.get(plan.printed_version, plan.printed_version or "")
    return QCoreApplication.translate(_CONTEXT, text)


PLAN_COLUMNS: tuple[Column[SafetyPlan], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PlanTableModel", "Senast ändrad"),
        lambda p: p.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        sort_key=lambda p: p.updated_at,
    ),
    Column(QT_TRANSLATE_NOOP("PlanTableModel", "Av"), lambda p: p.author),
    Column(QT_TRANSLATE_NOOP("PlanTableModel", "Utskriven"), _printed),
)


def plan_table_model(parent: QObject | None = None) -> RecordTableModel[SafetyPlan]:
    return RecordTableModel(_CONTEXT, PLAN_COLUMNS, parent)
