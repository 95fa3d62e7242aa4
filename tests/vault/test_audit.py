"""The audit chain: append-only triggers; edited, deleted or inserted rows are detected,
also across key rotations; rows hold ids, never names."""

from __future__ import annotations

import pytest

from riskapp.domain.records import NewClient
from riskapp.vault.connection import DatabaseError, open_connection, transaction
from tests.vault.conftest import WORKER, VaultFiles


def _dek_after_work(vault: VaultFiles) -> bytes:
    with vault.open() as session:
        client = session.clients.create(NewClient("Greta", "Garbo"))
        session.clients.get(client.id)
        assert session.audit.verify_chain() == []
        dek = session.dek
    return dek


def _tamper(vault: VaultFiles, dek: bytes, *statements: str) -> None:
    conn = open_connection(vault.path, dek)
    with transaction(conn):
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_triggers_refuse_update_and_delete(vault: VaultFiles) -> None:
    with vault.open() as session:
        with pytest.raises(DatabaseError):
            session.conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
        with pytest.raises(DatabaseError):
            session.conn.execute("DELETE FROM audit_log WHERE seq = 1")
        with pytest.raises(DatabaseError):
            session.conn.execute("DELETE FROM audit_epochs")


def test_edited_row_is_detected(vault: VaultFiles) -> None:
    dek = _dek_after_work(vault)
    _tamper(
        vault, dek, "UPDATE audit_log SET action = 'client.create' WHERE action = 'client.read'"
    )
    with vault.open() as session:
        problems = session.audit.verify_chain()
        assert any("contents do not match" in p for p in problems)
        assert not session.verify().ok


def test_deleted_row_is_detected(vault: VaultFiles) -> None:
    dek = _dek_after_work(vault)
    _tamper(vault, dek, "DELETE FROM audit_log WHERE action = 'client.read'")
    with vault.open() as session:
        assert any(
            "sequence gap" in p or "does not follow" in p for p in session.audit.verify_chain()
        )


def test_inserted_row_is_detected(vault: VaultFiles) -> None:
    dek = _dek_after_work(vault)
    _tamper(
        vault,
        dek,
        "INSERT INTO audit_log (seq, epoch, at, user_id, action, detail, prev_hash, hash) "
        "SELECT max(seq) + 1, 0, 'x', 1, 'client.read', '', "
        "(SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), 'ab' FROM audit_log",
    )
    with vault.open() as session:
        assert any("contents do not match" in p for p in session.audit.verify_chain())


def test_chain_stays_verifiable_across_key_rotations(vault: VaultFiles) -> None:
    with vault.open() as session:
        session.clients.create(NewClient("Ann", "Ek"))
        session.users.remove(WORKER)
        session.clients.create(NewClient("Bo", "Ek"))
        assert session.generation == 1
        assert session.audit.verify_chain() == []
    with vault.open() as session:
        assert session.audit.verify_chain() == []
        actions = [e.action for e in session.audit.list(limit=1000)]
        assert "key.rotate" in actions
        assert "user.remove" in actions


def test_log_rows_hold_ids_not_names(vault: VaultFiles) -> None:
    with vault.open() as session:
        client = session.clients.create(NewClient("Unikanamnet", "Efternamnsson"))
        session.clients.get(client.id)
        session.clients.search("unika")
        rows = session.conn.execute("SELECT * FROM audit_log").fetchall()
    text = repr(rows).casefold()
    assert "unika" not in text
    assert "efternamnsson" not in text
    assert any(row[5] == client.id for row in rows)


def test_failed_logins_are_audited_at_next_login(vault: VaultFiles) -> None:
    from riskapp.vault import WrongPassphrase

    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.open(WORKER, "fel fel fel fel fel")
    with vault.open() as session:
        failed = session.audit.list(action="login.failed")
    # One row per failed attempt, with its time; nobody is named.
    assert len(failed) == 2
    assert sorted(f.detail.split(" ")[0] for f in failed) == ["attempt=1/2", "attempt=2/2"]
    assert all(" at=" in f.detail for f in failed)
    assert all(f.user == "" for f in failed)
