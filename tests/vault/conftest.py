"""Fixtures for vault tests: real SQLCipher files in tmp_path, cheap KDF, fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.personnummer import test_numbers
from riskapp.domain.records import Role
from riskapp.vault import KdfParams, Session, Vault

LEADER = "anna"
LEADER_PASS = "lång lösenfras för anna"
WORKER = "bertil"
WORKER_PASS = "bertils hemliga fras 42"


@dataclass
class VaultFiles:
    path: Path
    recovery_key: str
    clock: FixedClock

    def open(self, user: str = LEADER, passphrase: str = LEADER_PASS) -> Session:
        return Vault.open(self.path, user, passphrase, clock=self.clock)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def pnrs() -> list[str]:
    """Skatteverket's published test numbers (never made-up ones)."""
    return test_numbers()


@pytest.fixture
def vault(tmp_path: Path, clock: FixedClock) -> VaultFiles:
    """A closed vault with a team leader (anna) and a caseworker (bertil)."""
    path = tmp_path / "team.riskvault"
    session, recovery = Vault.create(
        path,
        organisation="Testkommun",
        username=LEADER,
        passphrase=LEADER_PASS,
        clock=clock,
        kdf=KdfParams.fast(),
    )
    with session:
        session.users.add(WORKER, Role.CASEWORKER, WORKER_PASS)
    return VaultFiles(path, recovery, clock)


@pytest.fixture
def leader(vault: VaultFiles) -> Iterator[Session]:
    session = vault.open()
    yield session
    session.close()


@pytest.fixture
def worker(vault: VaultFiles) -> Iterator[Session]:
    session = vault.open(WORKER, WORKER_PASS)
    yield session
    session.close()
