"""Repositories: one per record kind, each bound to a ``Session``.

Every method runs in one transaction with its audit row inside (``Session.tx`` +
``Session.record``), and checks the caller's role: team leaders manage users, settings and
the audit log (and may also do everything a caseworker does, as small teams need);
caseworkers work with clients, assessments and plans.
"""

from riskapp.vault.repositories.assessments import AssessmentRepository
from riskapp.vault.repositories.audit_log import AuditRepository
from riskapp.vault.repositories.clients import ClientRepository
from riskapp.vault.repositories.events import ClientEventRepository
from riskapp.vault.repositories.plans import SafetyPlanRepository
from riskapp.vault.repositories.settings import (
    SettingsRepository,
    settings_from_json,
    settings_to_json,
)
from riskapp.vault.repositories.users import UserRepository

__all__ = [
    "AssessmentRepository",
    "AuditRepository",
    "ClientEventRepository",
    "ClientRepository",
    "SafetyPlanRepository",
    "SettingsRepository",
    "UserRepository",
    "settings_from_json",
    "settings_to_json",
]
