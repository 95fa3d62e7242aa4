"""Read-only audited use cases commit with synchronous=NORMAL (DESIGN.md §3, Durability):
their audit rows survive the app being killed (kill -9) right after, the chain stays
whole, and every other commit stays synchronous=FULL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from riskapp.domain.records import NewClient
from riskapp.vault import Session
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles

_CHILD = """
import os, signal, sys
from pathlib import Path
from riskapp.domain.records import NewClient
from riskapp.vault import Vault

session = Vault.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
client = session.clients.create(NewClient("Anna", "Berg"))
session.clients.search_page("anna")
session.clients.get(client.id)
session.assessments.list_for_client(client.id)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no logout row, no checkpoint
"""

FULL = 2


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_read_audit_rows_survive_kill_9(vault: VaultFiles) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(vault.path), LEADER, LEADER_PASS],
        env={**os.environ, "PYTHONPATH": os.getcwd()},
        capture_output=True,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with vault.open() as session:
        assert session.verify().ok
        actions = [
            r[0]
            for r in session.conn.execute(
                "SELECT action FROM audit_log WHERE action LIKE 'client.%' "
                "OR action LIKE 'assessment.%' ORDER BY seq"
            )
        ]
    assert actions[-4:] == ["client.search", "client.listed", "client.read", "assessment.read"]


def test_reads_commit_normal_and_everything_else_full(leader: Session) -> None:
    modes: list[int] = []
    client = leader.clients.create(NewClient("Anna", "Berg"))
    with leader.read_tx() as conn:
        modes.append(int(conn.execute("PRAGMA synchronous").fetchone()[0]))
    modes.append(int(leader.conn.execute("PRAGMA synchronous").fetchone()[0]))
    leader.clients.get(client.id)
    modes.append(int(leader.conn.execute("PRAGMA synchronous").fetchone()[0]))
    with leader.tx():  # a read inside a write joins it: stays FULL
        leader.clients.get(client.id)
        modes.append(int(leader.conn.execute("PRAGMA synchronous").fetchone()[0]))
    assert modes == [1, FULL, FULL, FULL]
