"""Users: list, add, remove (with key rotation), reset passphrase."""

from __future__ import annotations

from riskapp.domain.records import Role, User, UserId
from riskapp.domain.text_rules import MAX_USER_NAME, valid_user_name
from riskapp.vault import keys
from riskapp.vault.errors import DuplicateRecord, PermissionDenied, RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import ts
from riskapp.vault.unit_of_work import UnitOfWork

MAX_NAME = MAX_USER_NAME


def check_name(name: str) -> None:
    """The one user-name rule (``text_rules.valid_user_name``), for ``vault init`` too."""
    if not valid_user_name(name):
        raise ValidationFailed("bad user name", code="user_name_invalid")


class UserRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def list(self) -> list[User]:
        rows = self._s.conn.execute(
            "SELECT id, name, role, created_at FROM users WHERE removed_at IS NULL ORDER BY name"
        ).fetchall()
        return [User(UserId(r[0]), r[1], Role(r[2]), ts(r[3])) for r in rows]

    def _active(self, name: str) -> User:
        row = self._s.conn.execute(
            "SELECT id, name, role, created_at FROM users WHERE name = ? AND removed_at IS NULL",
            (name,),
        ).fetchone()
        if row is None:
            raise RecordNotFound("no such user", code="user_unknown")
        return User(UserId(row[0]), row[1], Role(row[2]), ts(row[3]))

    def add(self, name: str, role: Role, passphrase: str) -> User:
        """Add a user with their own key slot (team leaders only)."""
        s = self._s
        s.require(Role.TEAMLEADER)
        check_name(name)
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
                "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                (name, role.value, now.isoformat()),
            )
            user_id = UserId(int(cur.lastrowid or 0))
            s.record("user.add", object_type="user", object_id=user_id)
        return User(user_id, name, role, now)

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
