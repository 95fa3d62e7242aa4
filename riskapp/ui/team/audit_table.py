"""The audit log's model: rows newest first, fetched in pages with the current filter, and
the Swedish labels of audit actions and object types (vault_api.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from riskapp.domain.records import AuditEntry
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP
from riskapp.ui.common.record_model import NO_PARENT, Column, Index, RecordTableModel

AUDIT_PAGE = 200

#: Audit actions with a Swedish label (vault_api.md); unknown actions show their code.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "Inloggning"),
    "login.failed": QT_TRANSLATE_NOOP("AuditTableModel", "Misslyckad inloggning"),
    "logout": QT_TRANSLATE_NOOP("AuditTableModel", "Utloggning"),
    "user.add": QT_TRANSLATE_NOOP("AuditTableModel", "Användare tillagd"),
    "user.remove": QT_TRANSLATE_NOOP("AuditTableModel", "Användare borttagen"),
    "user.passwd": QT_TRANSLATE_NOOP("AuditTableModel", "Lösenfras ändrad"),
    "client.create": QT_TRANSLATE_NOOP("AuditTableModel", "Klient skapad"),
    "client.read": QT_TRANSLATE_NOOP("AuditTableModel", "Klient läst"),
    "client.update": QT_TRANSLATE_NOOP("AuditTableModel", "Klient ändrad"),
    "client.search": QT_TRANSLATE_NOOP("AuditTableModel", "Klientsökning"),
    "client.listed": QT_TRANSLATE_NOOP("AuditTableModel", "Klient visad i lista"),
    "client.import": QT_TRANSLATE_NOOP("AuditTableModel", "Klienter importerade"),
    "client.export": QT_TRANSLATE_NOOP("AuditTableModel", "Registerutdrag"),
    "assessment.start": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning påbörjad"),
    "assessment.save": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning sparad"),
    "assessment.complete": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning slutförd"),
    "assessment.read": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning läst"),
    "assessment.delete": QT_TRANSLATE_NOOP("AuditTableModel", "Utkast raderat"),
    "plan.save": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan sparad"),
    "plan.read": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan läst"),
    "plan.print": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan utskriven"),
    "report.print": QT_TRANSLATE_NOOP("AuditTableModel", "Sammanfattning utskriven"),
    "stats.export": QT_TRANSLATE_NOOP("AuditTableModel", "Statistik exporterad"),
    "settings.update": QT_TRANSLATE_NOOP("AuditTableModel", "Inställningar ändrade"),
    "vault.backup": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetskopia"),
    "vault.restore": QT_TRANSLATE_NOOP("AuditTableModel", "Återställning"),
    "vault.verify": QT_TRANSLATE_NOOP("AuditTableModel", "Kontroll av valvet"),
    "key.rotate": QT_TRANSLATE_NOOP("AuditTableModel", "Nyckelbyte"),
}


#: Object types in audit rows (vault_api.md); unknown types show their code.
OBJECT_LABELS: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("AuditTableModel", "Klient"),
    "assessment": QT_TRANSLATE_NOOP("AuditTableModel", "Bedömning"),
    "safety_plan": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan"),
    "plan": QT_TRANSLATE_NOOP("AuditTableModel", "Säkerhetsplan"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "Användare"),
    "settings": QT_TRANSLATE_NOOP("AuditTableModel", "Inställningar"),
    "assessment_list": QT_TRANSLATE_NOOP("AuditTableModel", "Lista över bedömningar"),
    "plan_list": QT_TRANSLATE_NOOP("AuditTableModel", "Lista över säkerhetsplaner"),
    "statistics": QT_TRANSLATE_NOOP("AuditTableModel", "Statistik"),
}


class AuditLog(Protocol):
    """What the model needs of the audit log (``riskapp.services.audit.AuditLog``)."""

    def list(
        self,
        *,
        user: str | None = None,
        action: str | None = None,
        client_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = ...,
        offset: int = ...,
    ) -> list[AuditEntry]: ...


def _action(e: AuditEntry) -> str:
    label = ACTION_LABELS.get(e.action)
    return QCoreApplication.translate("AuditTableModel", label) if label else e.action


def _object(e: AuditEntry) -> str:
    if e.object_type is None:
        return ""
    label = OBJECT_LABELS.get(e.object_type)
    kind = QCoreApplication.translate("AuditTableModel", label) if label else e.object_type
    return f"{kind} {e.object_id}" if e.object_id is not None else kind


AUDIT_COLUMNS: tuple[Column[AuditEntry], ...] = (
    Column(
        QT_TRANSLATE_NOOP("AuditTableModel", "Tid"),
        lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        sort_key=lambda e: e.at,
    ),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Användare"), lambda e: e.user),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Händelse"), _action),
    Column(
        QT_TRANSLATE_NOOP("AuditTableModel", "Klient-id"),
        lambda e: "" if e.client_id is None else str(e.client_id),
    ),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Objekt"), _object),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Detalj"), lambda e: e.detail),
)


class AuditTableModel(RecordTableModel[AuditEntry]):
    """Audit rows, newest first, fetched in pages with the current filter."""

    def __init__(
        self, audit: AuditLog, parent: QObject | None = None, *, page_size: int = AUDIT_PAGE
    ) -> None:
        super().__init__("AuditTableModel", AUDIT_COLUMNS, parent)
        self._audit = audit
        self._page = page_size
        self._user: str | None = None
        self._action: str | None = None
        self._client_id: int | None = None
        self._since: datetime | None = None
        self._until: datetime | None = None
        self._exhausted = True

    def set_filter(
        self,
        *,
        user: str | None = None,
        action: str | None = None,
        client_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        self._user, self._action, self._client_id = user, action, client_id
        self._since, self._until = since, until
        rows = self._fetch(0)
        self._exhausted = len(rows) < self._page
        self.set_records(rows)

    def _fetch(self, offset: int) -> list[AuditEntry]:
        return list(
            self._audit.list(
                user=self._user,
                action=self._action,
                client_id=self._client_id,
                since=self._since,
                until=self._until,
                limit=self._page,
                offset=offset,
            )
        )

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self.rowCount())
        self._exhausted = len(page) < self._page
        self.append_records(page)
