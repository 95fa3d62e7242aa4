"""The audit log: an append-only, HMAC-chained record of who did what to which record.

Rows hold ids and action names, never names or content. Each row's ``hash`` is
HMAC-SHA256 over the previous row's hash and the row's own fields, keyed by the *chain
key* of the row's epoch. Triggers refuse UPDATE and DELETE on the log and its epochs.

Chain keys and rotation: the chain key of epoch ``g`` is HKDF-SHA256 of the data key of
generation ``g`` (salt = vault id). When the data key rotates, a new ``audit_epochs`` row is
written holding the *previous* chain key sealed (AES-256-GCM) under the new chain key.
Verification therefore needs only the current data key: it unseals the older chain keys
epoch by epoch and checks every row, across rotations, without rewriting old rows. The
epoch row is written (under the old data key) before PRAGMA rekey, and rotation is rolled
forward on the next open if it was interrupted (see ``riskapp.vault.session``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from riskapp.vault.connection import Connection

GENESIS = "0" * 64


def chain_key(dek: bytes, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=bytes.fromhex(vault_id),
        info=b"riskapp-audit-chain-v1",
    ).derive(dek)


def _key_check(key: bytes) -> str:
    return hmac.new(key, b"riskapp-audit-key-check", hashlib.sha256).hexdigest()


def _epoch_aad(epoch: int) -> bytes:
    return b"riskapp-audit-epoch-v1:" + str(epoch).encode()


@dataclass(frozen=True)
class Row:
    seq: int
    epoch: int
    at: str
    user_id: int | None
    action: str
    client_id: int | None
    object_type: str | None
    object_id: int | None
    detail: str
    prev_hash: str
    hash: str

    def expected_hash(self, key: bytes) -> str:
        payload = json.dumps(
            [
                self.seq,
                self.epoch,
                self.at,
                self.user_id,
                self.action,
                self.client_id,
                self.object_type,
                self.object_id,
                self.detail,
                self.prev_hash,
            ],
            separators=(",", ":"),
            ensure_ascii=True,
        ).encode()
        return hmac.new(key, payload, hashlib.sha256).hexdigest()


_COLUMNS = (
    "seq, epoch, at, user_id, action, client_id, object_type, object_id, detail, prev_hash, hash"
)


def start_epoch(
    conn: Connection, epoch: int, key: bytes, previous_key: bytes | None, at: datetime
) -> None:
    """Record epoch ``epoch`` (call inside a transaction)."""
    nonce = ct = None
    if previous_key is not None:
        nonce = os.urandom(12)
        ct = AESGCM(key).encrypt(nonce, previous_key, _epoch_aad(epoch))
    conn.execute(
        "INSERT INTO audit_epochs (epoch, created_at, key_check, prev_nonce, prev_key) "
        "VALUES (?, ?, ?, ?, ?)",
        (epoch, at.isoformat(), _key_check(key), nonce, ct),
    )


def has_epoch(conn: Connection, epoch: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM audit_epochs WHERE epoch = ?", (epoch,)).fetchone() is not None
    )


def latest_epoch(conn: Connection) -> int:
    row = conn.execute("SELECT max(epoch) FROM audit_epochs").fetchone()
    return -1 if row is None or row[0] is None else int(row[0])


def append(
    conn: Connection,
    key: bytes,
    epoch: int,
    at: datetime,
    user_id: int | None,
    action: str,
    *,
    client_id: int | None = None,
    object_type: str | None = None,
    object_id: int | None = None,
    detail: str = "",
) -> int:
    """Append one row (call inside the transaction of the action). Returns its seq."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
    row = Row(
        seq,
        epoch,
        at.isoformat(),
        user_id,
        action,
        client_id,
        object_type,
        object_id,
        detail,
        prev,
        "",
    )
    conn.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.seq,
            row.epoch,
            row.at,
            row.user_id,
            row.action,
            row.client_id,
            row.object_type,
            row.object_id,
            row.detail,
            row.prev_hash,
            row.expected_hash(key),
        ),
    )
    return seq


def append_many(
    conn: Connection,
    key: bytes,
    epoch: int,
    at: datetime,
    user_id: int | None,
    action: str,
    objects: list[tuple[int | None, str | None, int | None]],
) -> None:
    """Append one row per (client_id, object_type, object_id), same action (bulk import)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
    stamp = at.isoformat()
    values = []
    for client_id, object_type, object_id in objects:
        row = Row(
            seq, epoch, stamp, user_id, action, client_id, object_type, object_id, "", prev, ""
        )
        digest = row.expected_hash(key)
        values.append(
            (
                seq,
                epoch,
                stamp,
                user_id,
                action,
                client_id,
                object_type,
                object_id,
                "",
                prev,
                digest,
            )
        )
        seq, prev = seq + 1, digest
    conn.executemany(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values
    )


def _epoch_keys(conn: Connection, current_key: bytes, problems: list[str]) -> dict[int, bytes]:
    epochs = conn.execute(
        "SELECT epoch, key_check, prev_nonce, prev_key FROM audit_epochs ORDER BY epoch DESC"
    ).fetchall()
    keys: dict[int, bytes] = {}
    key: bytes | None = current_key
    for epoch, check, nonce, sealed in epochs:
        if key is None:
            problems.append(f"audit epoch {epoch}: no key to verify it")
            break
        if not hmac.compare_digest(_key_check(key), str(check)):
            problems.append(f"audit epoch {epoch}: chain key does not match")
            break
        keys[int(epoch)] = key
        if sealed is None:
            key = None
            continue
        try:
            key = AESGCM(key).decrypt(bytes(nonce), bytes(sealed), _epoch_aad(int(epoch)))
        except (InvalidTag, TypeError, ValueError):
            problems.append(f"audit epoch {epoch}: previous chain key does not open")
            key = None
    return keys


def verify(conn: Connection, current_key: bytes) -> list[str]:
    """Problems found in the chain (empty: intact). Detects edited, deleted, inserted rows."""
    problems: list[str] = []
    keys = _epoch_keys(conn, current_key, problems)
    expected_prev = GENESIS
    expected_seq = 1
    for values in conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
        row = Row(*values)
        if row.seq != expected_seq:
            problems.append(f"audit row {row.seq}: sequence gap (expected {expected_seq})")
        if row.prev_hash != expected_prev:
            problems.append(f"audit row {row.seq}: does not follow the previous row")
        key = keys.get(row.epoch)
        if key is None:
            problems.append(f"audit row {row.seq}: unknown key epoch {row.epoch}")
        elif not hmac.compare_digest(row.expected_hash(key), str(row.hash)):
            problems.append(f"audit row {row.seq}: contents do not match its hash")
        expected_prev = str(row.hash)
        expected_seq = row.seq + 1
        if len(problems) > 100:
            problems.append("audit: too many problems, stopped")
            break
    return problems
