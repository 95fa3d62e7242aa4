"""The plan editor's version list: row 0 is the working copy ("new version"), then the
saved versions, newest first, numbered oldest = 1."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from riskapp.domain.records import SafetyPlan
from riskapp.ui.common.record_model import Column, FirstColumnRole, RecordTableModel

#: The plan id of a row (None for the working copy).
PlanIdRole = FirstColumnRole


class PlanHistoryModel(RecordTableModel[SafetyPlan | None]):
    """Row 0 is the working copy ("new version"); then saved versions, newest first."""

    PlanIdRole = PlanIdRole

    def __init__(self, parent: QObject | None = None):
        column: Column[SafetyPlan | None] = Column(
            "",
            self._label,
            roles={
                Qt.ItemDataRole.AccessibleTextRole: self._label,
                PlanIdRole: lambda p: None if p is None else int(p.id),
            },
        )
        super().__init__(None, (column,), parent)
        self.set_plans([])

    def set_plans(self, plans: list[SafetyPlan]) -> None:
        self.set_records([None, *plans])

    def plans(self) -> list[SafetyPlan]:
        return [p for p in self.records() if p is not None]

    def row_of(self, plan_id: int | None) -> int:
        for i, p in enumerate(self.plans()):
            if p.id == plan_id:
                return i + 1
        return 0

    def _label(self, plan: SafetyPlan | None) -> str:
        if plan is None:
            return QCoreApplication.translate("PlanHistoryModel", "Ny version (redigeras)")
        plans = self.plans()
        number = len(plans) - plans.index(plan)
        when = plan.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if plan.printed_version == "discreet":
            text = QCoreApplication.translate(
                "PlanHistoryModel", "Version {n} · {when} · utskriven (diskret)"
            )
        elif plan.printed_version == "normal":
            text = QCoreApplication.translate(
                "PlanHistoryModel", "Version {n} · {when} · utskriven"
            )
        else:
            text = QCoreApplication.translate("PlanHistoryModel", "Version {n} · {when}")
        return text.format(n=number, when=when)
