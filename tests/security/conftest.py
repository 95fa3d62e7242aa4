"""Fixtures for the tamper cases: the vault suite's small team vault (anna, bertil)."""

from __future__ import annotations

from tests.vault.conftest import clock, vault

__all__ = ["clock", "vault"]
