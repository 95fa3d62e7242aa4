"""Fixtures for the security suite: the vault suite's small vault (anna and bertil)."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from tests.vault import conftest as vault_fixtures
from tests.vault.conftest import VaultFiles


@pytest.fixture
def vault(tmp_path: Path) -> VaultFiles:
    """A closed vault with a team leader (anna) and a caseworker (bertil), fast KDF."""
    return vault_fixtures.vault.__wrapped__(tmp_path, FixedClock())  # type: ignore[attr-defined]
