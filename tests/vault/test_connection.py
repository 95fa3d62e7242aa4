"""The one open function applies every pragma and validates the raw key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from riskapp.vault.connection import KeyRejected, open_connection, raw_key_literal


def test_open_applies_security_pragmas(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "p.db", os.urandom(32))
    pragma = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "temp_store", "synchronous", "foreign_keys", "secure_delete")
    }
    assert pragma == {
        "journal_mode": "wal",
        "temp_store": 2,
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
    }
    assert conn.execute("PRAGMA cache_size").fetchone()[0] < 0
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    conn.close()


def test_wrong_key_is_rejected_fast(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    conn = open_connection(path, os.urandom(32))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(KeyRejected):
        open_connection(path, os.urandom(32))


def test_raw_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        raw_key_literal(b"short")
    assert raw_key_literal(b"\xab" * 32) == "\"x'" + "ab" * 32 + "'\""
