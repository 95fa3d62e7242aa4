"""Users: list, add, remove (with key rotation), reset passphrase, profile."""

from __future__ import annotations

from typing import Any

from riskapp.domain.records import Role, User, UserId
from riskapp.domain.text_rules import MAX_USER_NAME, valid_user_name
from riskapp.vault import keys
from riskapp.vault.errors import DuplicateRecord, PermissionDenied, RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import ts
from riskapp.vault.unit_of_work import UnitOfWork

MAX_NAME = MAX_USER_NAME
MAX_PROFILE = 80
_COLUMNS = "id, name, role, created_at, display_name, phone"


def check_name(name: str) -> None:
    """The one user-name rule (``text_rules.valid_user_name``), for ``vault init`` too."""
    if not valid_user_name(name):
        raise ValidationFailed("bad user name", code="user_name_invalid")


def _check_profile(*values: str) -> None:
    for value in values:
        if len(value) > MAX_PROFILE or not value.isprintable() or value != value.strip():
            raise ValidationFailed("bad profile value", code="user_profile_invalid")


def _user(row: Any) -> User:
    return User(UserId(row[0]), row[1], Role(row[2]), ts(row[3]), row[4], row[5])


class UserRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def list(self) -> list[User]:
        rows = self._s.conn.execute(
            f"SELECT {_COLUMNS} FROM users WHERE removed_at IS NULL ORDER BY name"
        ).fetchall()
        return [_user(r) for r in rows]

    def _active(self, name: str) -> User:
        row = self._s.conn.execute(
            f"SELECT {_COLUMNS} FROM users WHERE name = ? AND removed_at IS NULL",
            (name,),
        ).fetchone()
        if row is None:
            raise RecordNotFound("no such user", code="user_unknown")
        return _user(row)

    def get(self, name: str) -> User:
        """The active user ``name`` with her or his profile; RecordNotFound if none."""
        return self._active(name)

    def set_profile(self, name: str, *, display_name: str, phone: str) -> User:
        """Set the display name and work phone printed on clients' plans. Each user may
        set her or his own; a team leader anyone's. Audited as ``user.profile``."""
        s = self._s
        if name != s.user.name:
            s.require(Role.TEAMLEADER)
        _check_profile(display_name, phone)
        target = self._active(name)
        with s.tx() as conn:
            conn.execute(
                "UPDATE users SET display_name = ?, phone = ? WHERE id = ?",
                (display_name, phone, target.id),
            )
            s.record("user.profile", object_type="user", object_id=target.id)
        return self._active(name)

    def add(
        self, name: str, role: Role, passphrase: str, *, display_name: str = "", phone: str = ""
    ) -> User:
        """Add a user with their own key slot (team leaders only)."""
        s = self._s
        s.require(Role.TEAMLEADER)
        check_name(name)
        _check_profile(display_name, phone)
        role = Role(role)
        if s.conn.execute(
            "SELECT 1 FROM users WHERE name = ? AND removed_at IS NULL", (name,)
        ).fetchone():
            raise DuplicateRecord("user exists", code="user_exists")
        keys.check_passphrase(passphrase, name)
        now = s.clock.now()
        # Slot first: a crash after it leaves a slot whose user row is missing, which
        # cannot open anything (open requires an active user row), never the reverse.
        keys.set_user_slot(s, name, role, passphrase)
        with s.tx() as conn:
            cur = conn.execute(
                "INSERT INTO users (name, role, created_at, display_name, phone) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, role.value, now.isoformat(), display_name, phone),
            )
            user_id = UserId(int(cur.lastrowid or 0))
            s.record("user.add", object_type="user", object_id=user_id)
        return User(user_id, name, role, now, display_name, phone)

    def remove(self, name: str, *, fault_hook: keys.FaultHook | None = None) -> None:
        """Delete ``name``'s slot and rotate the data key (team leaders only).

        The removed user's passphrase, and any copy of their old slot, only ever unwrap
        the old data key, which no longer opens the file.
        """
        s = self._s
        s.require(Role.TEAMLEADER)
        target = self._active(name)
        if target.id == s.user.id:
            raise PermissionDenied("cannot remove yourself", code="user_remove_self")
        if target.role is Role.TEAMLEADER:
            leaders = s.conn.execute(
                "SELECT count(*) FROM users WHERE role = 'teamleader' AND removed_at IS NULL"
            ).fetchone()[0]
            if leaders <= 1:
                raise PermissionDenied("last team leader", code="user_last_teamleader")
        keys.rotate_key(s, removing=name, fault_hook=fault_hook)

    def reset_passphrase(self, name: str, new_passphrase: str) -> None:
        """Give ``name`` a fresh slot under a new passphrase (team leaders only).

        This is a reset, not a revocation: to lock someone out, remove them.
        """
        s = self._s
        s.require(Role.TEAMLEADER)
        target = self._active(name)
        keys.set_user_slot(s, name, target.role, new_passphrase)
        with s.tx():
            s.record("user.passwd", object_type="user", object_id=target.id, detail="reset")
