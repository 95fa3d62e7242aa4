"""Organisation settings use cases (stored inside the vault, shared by all its users).

Thin functions over ``session.settings``: anyone may read them; only team leaders may
change them (the vault checks the role, validates the ranges and audits the change).
Per-machine preferences (window size, language, last vault) are not here: they live in
``riskapp.ui.shell.settings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskapp.domain.records import OrganisationSettings

if TYPE_CHECKING:  # pragma: no cover - typing only
    from riskapp.vault import Session


def organisation_settings(session: Session) -> OrganisationSettings:
    """The vault's organisation settings (defaults when none are stored yet)."""
    return session.settings.get()


def update_organisation_settings(session: Session, settings: OrganisationSettings) -> None:
    """Store new organisation settings. Raises ``PermissionDenied`` for caseworkers and
    ``ValidationFailed`` (``settings_invalid``) for out-of-range values."""
    session.settings.update(settings)
