"""User use cases shared by the GUI's team-leader area and the CLI: list, add, reset, remove.

Thin functions over ``session.users``. The vault enforces the role (team leaders only for
everything but listing), audits each change, and rotates the data key when a user is
removed, so a removed user's passphrase or old slot copy no longer opens the vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskapp.domain.records import Role, User

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session


def list_users(session: Session) -> list[User]:
    """The active users, by name."""
    return session.users.list()


def add_user(session: Session, name: str, role: Role, passphrase: str) -> User:
    """Add a user with their own key slot. Raises ``PermissionDenied`` for caseworkers,
    ``ValidationFailed`` for a bad name or a weak passphrase, ``DuplicateRecord`` when the
    name is taken."""
    return session.users.add(name, Role(role), passphrase)


def reset_user_passphrase(session: Session, name: str, new_passphrase: str) -> None:
    """Give ``name`` a fresh key slot under a new passphrase (a reset, not a revocation:
    to lock someone out, remove them)."""
    session.users.reset_passphrase(name, new_passphrase)


def remove_user(session: Session, name: str) -> None:
    """Remove ``name`` and rotate the data key. Raises ``PermissionDenied`` for oneself or
    the last team leader, ``RecordNotFound`` for an unknown name."""
    session.users.remove(name)


def display_name(session: Session, user_name: str) -> str:
    """The name printed for a user (summary PDF, journal text): the person's display
    name from the user profile. Users have no profile yet (another branch adds it), so
    this is the user name for now; swap the body here and every printout follows."""
    del session  # the profile lookup goes here
    return user_name
