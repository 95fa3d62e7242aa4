"""The vault's public API: ``Vault`` (entry points on files) and ``Session`` (unlocked).

A small facade over the modules that do the work: ``unit_of_work`` (connection, key, user,
clock, transactions and audit rows), ``keys`` (passphrases, slots, key rotation),
``opening`` (create, unlock, finish an open), ``backup`` (verify, backup, restore) and
``stats``. ``Session`` is a ``UnitOfWork`` with the repositories attached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from riskapp.domain.clock import Clock, SystemClock
from riskapp.domain.records import Role, User
from riskapp.domain.stats.records import StatsSnapshot
from riskapp.vault import backup as backups
from riskapp.vault import keys, opening, read_only, stats, throttle
from riskapp.vault.connection import Connection, DatabaseError
from riskapp.vault.errors import ValidationFailed, VaultError
from riskapp.vault.files import VaultLock
from riskapp.vault.kdf import KdfParams
from riskapp.vault.keys import FaultHook, check_passphrase
from riskapp.vault.opening import check_vault_file, complete_interrupted_restore
from riskapp.vault.paths import lock_path, restore_marker
from riskapp.vault.repositories import (
    AssessmentRepository,
    AuditRepository,
    ClientEventRepository,
    ClientRepository,
    SafetyPlanRepository,
    SettingsRepository,
    UserRepository,
)
from riskapp.vault.repositories.users import check_name as check_user_name
from riskapp.vault.slots import SlotFile
from riskapp.vault.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class VerifyReport:
    """``problems``: what is wrong with the vault. ``notes``: what verify could not do
    (e.g. write its own audit row to a damaged file), which is no finding by itself."""

    problems: list[str]
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Session(UnitOfWork):
    """An unlocked vault bound to one user. Close it to drop the key and the lock."""

    def __init__(
        self,
        *,
        path: Path,
        conn: Connection,
        dek: bytes,
        slot_file: SlotFile,
        user: User | None,
        clock: Clock,
        lock: VaultLock,
    ) -> None:
        super().__init__(
            path=path, conn=conn, dek=dek, slot_file=slot_file, user=user, clock=clock, lock=lock
        )
        self.users = UserRepository(self)
        self.clients = ClientRepository(self)
        self.assessments = AssessmentRepository(self)
        self.plans = SafetyPlanRepository(self)
        self.events = ClientEventRepository(self)
        self.settings = SettingsRepository(self)
        self.audit = AuditRepository(self)

    # --- integrity, backup, statistics ------------------------------------------------

    def verify(self) -> VerifyReport:
        """cipher_integrity_check, integrity_check, foreign_key_check, the append-only
        triggers, the audit chain, the slot file's MAC and the audit head and anchor
        (``anchor.py``). The ``vault.verify`` audit row is written after the findings, as
        best effort (a damaged file may refuse it: then a note says so)."""
        problems = backups.check_session(self)
        notes: list[str] = []
        if self.anchor_key is None:
            notes.append(
                "the team-leader audit anchor was compared but not authenticated: "
                "only a team leader's verify checks its MAC"
            )
        # Best effort, after the findings exist: a damaged file may refuse the write.
        try:
            with self.tx():
                self.record("vault.verify", detail="ok" if not problems else "problems")
        except (DatabaseError, VaultError, OSError) as exc:
            notes.append(
                f"the audit row for this check could not be written ({type(exc).__name__})"
            )
        return VerifyReport(problems, notes)

    def backup(self, dest: Path) -> None:
        """Write ``dest`` and ``dest.keys``, verified; the live vault is only read."""
        backups.write_backup(self, dest)

    def stats_snapshot(self, start: date, end: date) -> StatsSnapshot:
        self.require(Role.TEAMLEADER)
        return stats.snapshot(self, start, end)

    # --- keys (keys.py) ---------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the own slot under ``new``; WrongPassphrase when ``old`` is wrong."""
        keys.change_passphrase(self, old, new)

    def set_user_slot(self, name: str, role: Role, new_passphrase: str) -> None:
        """A fresh slot for ``name`` holding the current DEK (passphrase reset/add)."""
        keys.set_user_slot(self, name, role, new_passphrase)

    def rotate_key(
        self, *, removing: str | None = None, fault_hook: FaultHook | None = None
    ) -> None:
        """Give the vault a new DEK, sealed to every slot except ``removing``'s."""
        keys.rotate_key(self, removing=removing, fault_hook=fault_hook)

    def finish_rotation(
        self, deks: dict[int, bytes], *, opened_generation: int, fault_hook: FaultHook | None = None
    ) -> None:
        """Complete a pending rotation (idempotent; used by rotate_key and by open)."""
        keys.finish_rotation(self, deks, opened_generation=opened_generation, fault_hook=fault_hook)


class RecoverySession:
    """A vault opened with the recovery key: only for resetting a user's passphrase."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def reset_passphrase(self, username: str, new_passphrase: str) -> None:
        s = self._session
        row = s.conn.execute(
            "SELECT id, role FROM users WHERE name = ? AND removed_at IS NULL", (username,)
        ).fetchone()
        if row is None:
            raise ValidationFailed("no such user", code="user_unknown")
        keys.set_user_slot(s, username, Role(row[1]), new_passphrase)
        with s.tx():
            s.record("user.passwd", object_type="user", object_id=int(row[0]), detail="recovery")

    def close(self) -> None:
        self._session.close()

    @property
    def closed(self) -> bool:
        return self._session.closed

    def __enter__(self) -> RecoverySession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Vault:
    """Static entry points: create, open, recover, restore, inspect a vault file."""

    @staticmethod
    def exists(path: Path) -> bool:
        return path.is_file()

    @staticmethod
    def throttle_remaining(path: Path, clock: Clock | None = None) -> float:
        now = (clock or SystemClock()).now().timestamp()
        return throttle.load(path).retry_after(now)

    @staticmethod
    def create(
        path: Path,
        *,
        organisation: str,
        username: str,
        passphrase: str,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Session, str]:
        """A new vault with ``username`` as team leader; returns (session, recovery key)."""
        check_user_name(username)  # the rule of users add (ESC, NUL... refused)
        return opening.create(
            Session,
            path,
            organisation=organisation,
            username=username,
            passphrase=passphrase,
            clock=clock or SystemClock(),
            kdf=kdf or KdfParams(),
        )

    @staticmethod
    def open(path: Path, username: str, passphrase: str, *, clock: Clock | None = None) -> Session:
        """Unlock ``path`` as ``username``. See docs/vault_api.md for the errors raised."""
        return opening.unlock(
            Session, path, clock or SystemClock(), username=username, secret=passphrase
        )

    @staticmethod
    def open_with_recovery(
        path: Path, recovery_key: str, *, clock: Clock | None = None
    ) -> RecoverySession:
        session = opening.unlock(
            Session, path, clock or SystemClock(), username=None, secret=recovery_key
        )
        return RecoverySession(session)

    @staticmethod
    def verify_read_only(path: Path, username: str, passphrase: str) -> VerifyReport:
        """Every check of ``Session.verify`` without writing anything (``read_only.py``)."""
        problems, notes = read_only.verify(path, username, passphrase)
        return VerifyReport(problems, notes)

    @staticmethod
    def restore(
        backup: Path,
        target: Path,
        username: str,
        passphrase: str,
        *,
        clock: Clock | None = None,
        force: bool = False,
    ) -> None:
        """Replace ``target`` with the verified ``backup`` (see ``backup.restore``);
        ``force`` lets users removed since the backup back in."""
        backups.restore(
            backup, target, username, passphrase, clock=clock or SystemClock(), force=force
        )


__all__ = [
    "FaultHook",
    "RecoverySession",
    "Session",
    "Vault",
    "VerifyReport",
    # Re-exported for callers of the old single module; their homes are keys, opening, paths.
    "check_passphrase",
    "check_vault_file",
    "complete_interrupted_restore",
    "lock_path",
    "restore_marker",
]
