"""The users table of the team-leader area (name, role, created) and the role labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from riskapp.domain.records import Role, User
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import Column, RecordTableModel

ROLE_LABELS = {
    Role.TEAMLEADER: QT_TRANSLATE_NOOP("TeamLeaderArea", "Teamledare"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("TeamLeaderArea", "Handläggare"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("TeamLeaderArea", ROLE_LABELS[role])


USER_COLUMNS: tuple[Column[User], ...] = (
    Column(QT_TRANSLATE_NOOP("UserTableModel", "Användare"), lambda u: u.name),
    Column(QT_TRANSLATE_NOOP("UserTableModel", "Roll"), lambda u: role_label(u.role)),
    Column(
        QT_TRANSLATE_NOOP("UserTableModel", "Skapad"),
        lambda u: u.created_at.astimezone().strftime("%Y-%m-%d"),
        sort_key=lambda u: u.created_at,
    ),
)


class UserTableModel(RecordTableModel[User]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("UserTableModel", USER_COLUMNS, parent)
