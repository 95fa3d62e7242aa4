"""Tamper cases on the audit log: cutting, re-chaining and dropping triggers are found.

Each case does what an attacker with the files (and, for the insider cases, a caseworker's
data key) would do, then runs ``verify``. See ``riskapp/vault/anchor.py`` for what is and
is not detectable."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from riskapp.domain.records import NewClient
from riskapp.vault import Session, audit, slots
from riskapp.vault.audit import GENESIS, Row
from riskapp.vault.heads import AuditHead
from riskapp.vault.paths import keys_path
from riskapp.vault.schema import APPEND_ONLY_TRIGGERS
from riskapp.vault.slots import SlotFile
from tests.vault.conftest import WORKER, WORKER_PASS, VaultFiles

_COLUMNS = (
    "seq, epoch, at, user_id, action, client_id, object_type, object_id, detail, prev_hash, hash"
)


def _drop_triggers(session: Session) -> None:
    for table in ("audit_log", "audit_epochs"):
        for op in ("update", "delete"):
            session.conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_{op}")


def _rechain(session: Session) -> None:
    """Recompute every row's prev_hash and hash with the (single-epoch) chain key."""
    key = session.chain_key()
    rows = [Row(*r) for r in session.conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")]
    session.conn.execute("DELETE FROM audit_log")
    prev = GENESIS
    for seq, row in enumerate(rows, start=1):
        fixed = replace(row, seq=seq, prev_hash=prev, hash="")
        digest = fixed.expected_hash(key)
        session.conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*[getattr(fixed, f) for f in Row.__dataclass_fields__][:-1], digest),
        )
        prev = digest


def _restore_triggers(session: Session) -> None:
    for sql in APPEND_ONLY_TRIGGERS.values():
        session.conn.execute(sql)


def _rewrite_head(vault: VaultFiles, session: Session) -> None:
    """What an insider with the DEK can do to the slot file: a fresh head, a valid MAC."""
    current = SlotFile.load(vault.path)
    row = session.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC").fetchone()
    forged = replace(current, audit_head=AuditHead(int(row[0]), str(row[1])))
    forged.save(vault.path, slots.mac_key(session.dek, current.vault_id))


def _leader_verify(vault: VaultFiles) -> list[str]:
    with vault.open() as session:
        return session.verify().problems


def _activity(vault: VaultFiles) -> int:
    with vault.open() as leader:
        client = leader.clients.create(NewClient(first_name="Test", last_name="Person"))
    with vault.open(WORKER, WORKER_PASS) as worker:
        worker.clients.get(client.id)
    return client.id


def test_intact_vault_verifies(vault: VaultFiles) -> None:
    _activity(vault)
    assert _leader_verify(vault) == []
    with vault.open(WORKER, WORKER_PASS) as worker:
        assert worker.verify().problems == []


def test_cutting_the_last_rows_is_found(vault: VaultFiles) -> None:
    _activity(vault)
    with vault.open(WORKER, WORKER_PASS) as worker:
        _drop_triggers(worker)
        top = worker.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        worker.conn.execute("DELETE FROM audit_log WHERE seq > ?", (top - 4,))
        _restore_triggers(worker)
        worker.discard()  # no logout row, no new head: the cut is all that happened
    problems = _leader_verify(vault)
    assert any("removed from its end" in p for p in problems), problems


def test_dropped_trigger_is_found(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as worker:
        worker.conn.execute("DROP TRIGGER audit_log_no_delete")
    problems = _leader_verify(vault)
    assert any("audit_log_no_delete is missing" in p for p in problems), problems


def test_changed_trigger_is_found(vault: VaultFiles) -> None:
    with vault.open(WORKER, WORKER_PASS) as worker:
        worker.conn.execute("DROP TRIGGER audit_log_no_update")
        worker.conn.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END"
        )
    problems = _leader_verify(vault)
    assert any("audit_log_no_update was changed" in p for p in problems), problems


def test_deleting_a_clients_rows_and_rechaining_is_found_even_with_a_forged_head(
    vault: VaultFiles,
) -> None:
    client_id = _activity(vault)
    with vault.open(WORKER, WORKER_PASS) as worker:
        _drop_triggers(worker)
        worker.conn.execute("DELETE FROM audit_log WHERE client_id = ?", (client_id,))
        _rechain(worker)
        _restore_triggers(worker)
        assert audit.verify(worker.conn, worker.chain_key()) == []  # the chain alone: fine
        _rewrite_head(vault, worker)
        worker.discard()
    problems = _leader_verify(vault)
    assert any("team-leader anchor" in p for p in problems), problems


def test_rechaining_without_the_data_key_for_the_slot_file_is_found_by_anyone(
    vault: VaultFiles,
) -> None:
    client_id = _activity(vault)
    with vault.open(WORKER, WORKER_PASS) as worker:
        _drop_triggers(worker)
        worker.conn.execute("DELETE FROM audit_log WHERE client_id = ?", (client_id,))
        _rechain(worker)
        _restore_triggers(worker)
        worker.discard()
    with vault.open(WORKER, WORKER_PASS) as worker:
        problems = worker.verify().problems
    assert any("audit head" in p or "anchor" in p for p in problems), problems


def test_stripping_the_anchor_is_found(vault: VaultFiles) -> None:
    _activity(vault)
    with vault.open(WORKER, WORKER_PASS) as worker:
        current = SlotFile.load(vault.path)
        replace(current, audit_anchor=None).save(
            vault.path, slots.mac_key(worker.dek, current.vault_id)
        )
        worker.discard()
    problems = _leader_verify(vault)
    assert any("anchor is missing" in p for p in problems), problems


def test_forging_the_anchor_mac_is_found(vault: VaultFiles) -> None:
    _activity(vault)
    with vault.open(WORKER, WORKER_PASS) as worker:
        data = json.loads(keys_path(vault.path).read_bytes())
        current = SlotFile.load(vault.path)
        assert data["audit_anchor"] is not None
        assert current.audit_anchor is not None
        forged = replace(current.audit_anchor, mac="0" * 64)
        replace(current, audit_anchor=forged).save(
            vault.path, slots.mac_key(worker.dek, current.vault_id)
        )
        worker.discard()
    problems = _leader_verify(vault)
    assert any("anchor was edited" in p for p in problems), problems


def test_a_caseworker_slot_holds_no_anchor_key(vault: VaultFiles) -> None:
    loaded = SlotFile.load(vault.path)
    worker_slot = loaded.user_slot(WORKER)
    assert worker_slot is not None
    assert worker_slot.anchor_key is None
    leader = next(s for s in loaded.slots if s.role == "teamleader")
    assert leader.anchor_key is not None
    assert loaded.recovery_slot() is not None
    assert loaded.recovery_slot().anchor_key is not None  # type: ignore[union-attr]


def test_backup_carries_the_anchor(vault: VaultFiles, tmp_path: Path) -> None:
    _activity(vault)
    dest = tmp_path / "copy.riskvault"
    with vault.open() as session:
        session.backup(dest)
    copy = SlotFile.load(dest)
    assert copy.audit_anchor is not None
    assert copy.audit_head is not None
    assert copy.audit_anchor.head.count >= 1
