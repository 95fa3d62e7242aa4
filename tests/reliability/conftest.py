"""Fixtures for the reliability suite: a real vault with three users and some clients."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.records import NewClient, Role
from riskapp.vault import KdfParams, Session, Vault, WrongPassphrase

LEADER, LEADER_PASS = "anna", "lång lösenfras för anna"
WORKER, WORKER_PASS = "bertil", "bertils hemliga fras 42"
OTHER, OTHER_PASS = "carin", "carins egen långa fras 7"
#: Enough clients for a vault of about a megabyte (a rekey then writes ~300 pages).
CLIENTS = 1500


@dataclass
class TeamVault:
    path: Path
    recovery_key: str
    clock: FixedClock
    client_ids: list[int]

    def open(self, user: str = LEADER, passphrase: str = LEADER_PASS) -> Session:
        return Vault.open(self.path, user, passphrase, clock=self.clock)


def make_vault(directory: Path, clients: int = CLIENTS) -> TeamVault:
    """anna (team leader), bertil and carin (caseworkers), ``clients`` clients."""
    clock = FixedClock()
    path = directory / "team.riskvault"
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
        session.users.add(OTHER, Role.CASEWORKER, OTHER_PASS)
        rows = [NewClient(f"Förnamn{i:05d}", f"Efternamn{i:05d}") for i in range(clients)]
        ids = [int(c.id) for c in session.clients.import_many(rows)]
    return TeamVault(path, recovery, clock, ids)


@pytest.fixture
def team(tmp_path: Path) -> TeamVault:
    return make_vault(tmp_path, clients=200)


def stored_client_ids(session: Session) -> list[int]:
    return [int(r[0]) for r in session.conn.execute("SELECT id FROM clients ORDER BY id")]


def assert_every_key_opens(team: TeamVault, *, worker_removed: bool) -> None:
    """Every remaining user and the recovery key open the vault, no client is lost, the
    audit chain verifies and no rotation is left pending; the removed user is locked out."""
    users = [(LEADER, LEADER_PASS), (OTHER, OTHER_PASS)]
    if not worker_removed:
        users.append((WORKER, WORKER_PASS))
    for name, passphrase in users:
        with team.open(name, passphrase) as session:
            assert stored_client_ids(session) == team.client_ids
            assert session.generation == (1 if worker_removed else 0)
            assert session.slot_file.pending is None
    with team.open() as session:
        report = session.verify()
        assert report.ok, report.problems
        names = {u.name for u in session.users.list()}
        assert (WORKER in names) is not worker_removed
    Vault.open_with_recovery(team.path, team.recovery_key, clock=team.clock).close()
    if worker_removed:
        with pytest.raises(WrongPassphrase):
            team.open(WORKER, WORKER_PASS)
