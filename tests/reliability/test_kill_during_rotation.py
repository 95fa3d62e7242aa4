"""kill -9 during key rotation (removing a user) always leaves an openable vault.

Slow and bounded (a fixed number of child processes). The child reports each step it
reaches (``tests.reliability.child_process``); the parent kills it only after the report,
so the test does not depend on how fast the machine imports and unlocks:

* pinned rounds: the child stops at one rotation step (``added``, ``slots_written``,
  ``epoch_written``, ``rekeyed``) and is killed there; the next open must roll the
  rotation forward exactly when it had begun;
* free rounds: the child rotates in a loop and is killed a little after it reported the
  first rotation, somewhere inside one; the vault must open, verify and have no pending
  rotation, whatever the moment.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.records import NewClient
from riskapp.vault import KdfParams, Vault, WrongPassphrase
from riskapp.vault.slots import keys_path
from tests.reliability.child_process import Child

LEADER = "anna"
LEADER_PASS = "lång lösenfras för anna"
USER_PASS = "en lång lösenfras här"

_CHILD = r"""
import sys
from pathlib import Path
from riskapp.domain.records import Role
from riskapp.vault import Vault

path, prefix, pause_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3]


def reached(step):
    print("at", step, flush=True)
    if step == pause_at:
        sys.stdin.readline()  # the parent kills us while we wait here


session = Vault.open(path, "anna", "lång lösenfras för anna")
reached("unlocked")
for i in range(50):
    name = f"{prefix}{i}"
    session.users.add(name, Role.CASEWORKER, "en lång lösenfras här")
    reached("added")
    session.users.remove(name, fault_hook=reached)
    reached("removed")
"""

#: (step the child stops at, whether the rotation had begun: the next open completes it)
PINNED = [("added", False), ("slots_written", True), ("epoch_written", True), ("rekeyed", True)]
#: Free rounds: how long after the first "added" report the child is killed (seconds).
FREE_DELAYS = [0.0, 0.01, 0.03, 0.08]


def _generation(path: Path) -> int:
    return int(json.loads(keys_path(path).read_text())["generation"])


def _check_openable(path: Path) -> None:
    with Vault.open(path, LEADER, LEADER_PASS, clock=FixedClock()) as session:
        assert [c.first_name for c in session.clients.search("")] == ["Överlevande"]
        report = session.verify()
        assert report.ok, report.problems
    assert json.loads(keys_path(path).read_text())["pending"] is None


@pytest.mark.slow
def test_kill_9_during_rotations_always_leaves_an_openable_vault(tmp_path: Path) -> None:
    path = tmp_path / "team.riskvault"
    session, _recovery = Vault.create(
        path,
        organisation="Testkommun",
        username=LEADER,
        passphrase=LEADER_PASS,
        clock=FixedClock(),
        kdf=KdfParams.fast(),
    )
    with session:
        session.clients.create(NewClient("Överlevande", "Klient"))

    for round_no, (step, rotation_begun) in enumerate(PINNED):
        before = _generation(path)
        with Child(_CHILD, str(path), f"pinned{round_no}_", step) as child:
            child.wait_for(step)
        _check_openable(path)
        assert _generation(path) == before + (1 if rotation_begun else 0), step
        user = f"pinned{round_no}_0"
        if rotation_begun:  # rolled forward: the removed user's passphrase no longer opens
            with pytest.raises(WrongPassphrase):
                Vault.open(path, user, USER_PASS)
        else:
            Vault.open(path, user, USER_PASS).close()

    for round_no, delay in enumerate(FREE_DELAYS):
        with Child(_CHILD, str(path), f"free{round_no}_", "never") as child:
            child.wait_for("added")
            time.sleep(delay)  # where inside the rotation the kill lands; nothing depends on it
        _check_openable(path)

    assert _generation(path) >= sum(begun for _step, begun in PINNED)
