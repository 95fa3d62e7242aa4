"""kill -9 while clients are written and while backups are made never loses a committed
record, never damages the vault, and never leaves a readable or half-valid backup.

Slow and bounded: ``WRITE_ROUNDS`` + ``BACKUP_ROUNDS`` child processes. Each child reports
a step (``tests.reliability.child_process``) and the parent kills it a little after the
report, somewhere inside the next write or backup:

* writes: the child creates clients in a loop and prints each id once committed; after
  the kill every reported client is there (a commit is durable), at most one more;
* backups: the child writes numbered backups in a loop; after the kill the live vault
  opens and verifies, every backup whose key file exists restores (a backup appears only
  complete: the database first, then its key file, both by rename), and leftover
  temporary files hold no client name in plain text.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from riskapp.domain.clock import FixedClock
from riskapp.domain.records import NewClient
from riskapp.vault import KdfParams, Vault
from riskapp.vault.paths import keys_path
from tests.reliability.child_process import Child

PASS = "lång lösenfras för anna"
NAME = "Dödskallefjärilina"  # in every client: what leftover files must not hold in plain
#: Delays (seconds) after the reported step before the kill; nothing depends on them.
WRITE_DELAYS = [0.0, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2]
BACKUP_DELAYS = [0.0, 0.005, 0.02, 0.05, 0.1, 0.2]
WRITE_ROUNDS, BACKUP_ROUNDS = len(WRITE_DELAYS), len(BACKUP_DELAYS)

_WRITER = r"""
import sys
from pathlib import Path
from riskapp.domain.records import NewClient
from riskapp.vault import Vault

session = Vault.open(Path(sys.argv[1]), "anna", "lång lösenfras för anna")
print("at unlocked", flush=True)
for i in range(100000):
    client = session.clients.create(NewClient("Dödskallefjärilina", f"Nr{sys.argv[2]}-{i}"))
    print(f"id {int(client.id)}", flush=True)
    print("at created", flush=True)
"""

_BACKER = r"""
import sys
from pathlib import Path
from riskapp.vault import Vault

session = Vault.open(Path(sys.argv[1]), "anna", "lång lösenfras för anna")
print("at unlocked", flush=True)
for i in range(100000):
    session.backup(Path(sys.argv[2]) / f"kopia-{sys.argv[3]}-{i}.riskvault")
    print("at backed_up", flush=True)
"""


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "team.riskvault"
    session, _ = Vault.create(
        path,
        organisation="K",
        username="anna",
        passphrase=PASS,
        clock=FixedClock(),
        kdf=KdfParams.fast(),
    )
    with session:
        session.clients.import_many([NewClient(NAME, f"Bas{i}") for i in range(300)])
    return path


def _ids(path: Path) -> set[int]:
    with Vault.open(path, "anna", PASS, clock=FixedClock()) as session:
        report = session.verify()
        assert report.ok, report.problems
        return {int(r[0]) for r in session.conn.execute("SELECT id FROM clients")}


@pytest.mark.slow
def test_kill_9_during_client_writes_loses_no_committed_client(tmp_path: Path) -> None:
    path = _vault(tmp_path)
    before = _ids(path)
    for round_no, delay in enumerate(WRITE_DELAYS):
        with Child(_WRITER, str(path), str(round_no)) as child:
            child.wait_for("created")
            time.sleep(delay)
            child.process.send_signal(signal.SIGKILL)
            child.process.wait()
            assert child.process.stdout is not None
            # What it printed after the step: read ahead by wait_for, then still in the pipe.
            rest = (child._buffer + child.process.stdout.read()).decode("utf-8", "replace")
        lines = child.lines + rest.splitlines()
        reported = {int(line.split()[1]) for line in lines if line.startswith("id ")}
        now = _ids(path)
        assert before | reported <= now  # every committed client survived
        assert len(now - before - reported) <= 1  # at most the one in flight
        before = now
    print(f"\nkill -9: {WRITE_ROUNDS} write kills, {len(before)} clients checked")


@pytest.mark.slow
def test_kill_9_during_backups_leaves_the_vault_and_every_finished_backup_valid(
    tmp_path: Path,
) -> None:
    path = _vault(tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir()
    for round_no, delay in enumerate(BACKUP_DELAYS):
        with Child(_BACKER, str(path), str(backups), str(round_no)) as child:
            child.wait_for("backed_up")
            time.sleep(delay)
        _ids(path)
    finished = sorted(p for p in backups.glob("kopia-*.riskvault") if keys_path(p).exists())
    assert len(finished) >= BACKUP_ROUNDS
    for number, backup in enumerate(finished):
        target = tmp_path / "restored" / f"{number}" / "team.riskvault"
        target.parent.mkdir(parents=True)
        Vault.restore(backup, target, "anna", PASS, clock=FixedClock())
        assert len(_ids(target)) == 300
    for leftover in backups.iterdir():
        data = leftover.read_bytes()
        assert NAME.encode("utf-8") not in data
        assert NAME.encode("utf-16-le") not in data
    print(f"\nkill -9: {BACKUP_ROUNDS} backup kills, {len(finished)} backups restored")
