"""The audit log's anchor: its head recorded outside the database, in the key-slot file.

The audit chain (``audit.py``) is keyed by HKDF(DEK), which every user holds, so the chain
alone cannot show that rows were cut from its end or that it was rebuilt. Two records in
the key-slot file (and so in every backup, which carries its ``.keys``) pin it down:

``audit_head`` = (row count, last row's hash)
    advanced by every session after its login row and when it closes; covered by the slot
    file's DEK-keyed MAC (``slots.py``). Catches what someone *without* the DEK does: a
    deleted or stale ``-wal`` (the last commits lost), an older copy of the database put
    back beside the current ``.keys``, a truncated file that still opens.
``audit_anchor`` = the same head plus HMAC-SHA256 under the *anchor key*
    a random 256-bit key sealed only to team-leader slots and the recovery slot (like the
    DEK; ``slots.open_anchor_key``) and bound into those slots' associated data, so it
    cannot be stripped from them. Advanced when a team-leader (or recovery) session opens
    and closes. Caseworkers write audit rows too, but cannot move the anchor.

``check`` (run by ``vault verify``) requires the log to *extend* both: row ``count`` must
exist and carry the recorded hash. What this detects and what it does not:

* Detected, by anyone's verify: any row cut from the end, any re-chained or rewritten row
  at or below the recorded head, by anyone who does not hold the DEK.
* Detected, by a team leader's verify: the same by a caseworker (any DEK holder) for every
  row up to the last team-leader anchor, including dropping the anchor itself; a caseworker
  cannot compute the anchor's MAC.
* Not detected: a caseworker rewriting rows written *after* the last team-leader anchor
  together with the (DEK-keyed) head; an insider with a team-leader passphrase (or the
  recovery key) and write access to both files rewriting any history; anyone replacing
  both files with an older consistent pair (an older state, as a restore would); and a
  caseworker who kept an old copy of the ``.keys`` file presenting its older anchor, which
  then protects only the rows up to that older anchor. A removed team leader keeps the
  anchor key they knew (it is not rotated) but no longer opens the database.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import replace

from riskapp.vault.audit import GENESIS
from riskapp.vault.connection import Connection
from riskapp.vault.heads import AuditAnchor, AuditHead
from riskapp.vault.slots import SlotFile


def current_head(conn: Connection) -> AuditHead:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return AuditHead(0, GENESIS) if row is None else AuditHead(int(row[0]), str(row[1]))


def anchor_mac(anchor_key: bytes, vault_id: str, head: AuditHead) -> str:
    payload = json.dumps(["riskapp-audit-anchor-v1", vault_id, head.count, head.hash])
    return hmac.new(anchor_key, payload.encode("ascii"), "sha256").hexdigest()


def advanced(slot_file: SlotFile, conn: Connection, anchor_key: bytes | None) -> SlotFile:
    """``slot_file`` with the head (and, given the anchor key, the anchor) moved to now.

    Never over a problem: a recorded head or anchor that the log does not extend (or an
    anchor whose MAC fails, or a missing one) is kept as it is, so ``check`` goes on
    reporting it until a backup is restored; opening the vault must not launder a cut."""
    head = current_head(conn)
    new_head = slot_file.audit_head
    if new_head is None or not _extends(conn, new_head, ""):
        new_head = head
    anchor = slot_file.audit_anchor
    if anchor_key is not None:
        vault_id = slot_file.vault_id
        intact = anchor is None and slot_file.audit_head is None  # a new slot file
        if anchor is not None:
            intact = hmac.compare_digest(
                anchor.mac, anchor_mac(anchor_key, vault_id, anchor.head)
            ) and not _extends(conn, anchor.head, "")
        if intact:
            anchor = AuditAnchor(head, anchor_mac(anchor_key, vault_id, head))
    return replace(slot_file, audit_head=new_head, audit_anchor=anchor)


def _extends(conn: Connection, head: AuditHead, what: str) -> list[str]:
    if head.count == 0:
        return []
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (head.count,)).fetchone()
    if row is None:
        last = current_head(conn).count
        return [
            f"audit: the {what} records {head.count} rows but the log has {last}: "
            "rows were removed from its end"
        ]
    if not hmac.compare_digest(str(row[0]), head.hash):
        return [
            f"audit: row {head.count} is not the row the {what} recorded: the log was rewritten"
        ]
    return []


def check(conn: Connection, slot_file: SlotFile, anchor_key: bytes | None) -> list[str]:
    """Problems: the log does not extend the recorded head or the team-leader anchor."""
    problems: list[str] = []
    if slot_file.audit_head is None:
        problems.append("audit: the key-slot file records no audit head")
    else:
        problems += _extends(conn, slot_file.audit_head, "key-slot file's audit head")
    anchor = slot_file.audit_anchor
    if anchor_key is None:
        if anchor is not None:  # not authenticated here, still compared
            problems += _extends(conn, anchor.head, "team-leader anchor")
        return problems
    if anchor is None:
        problems.append("audit: the team-leader anchor is missing from the key-slot file")
    elif not hmac.compare_digest(
        anchor.mac, anchor_mac(anchor_key, slot_file.vault_id, anchor.head)
    ):
        problems.append("audit: the team-leader anchor was edited (its MAC does not match)")
    else:
        problems += _extends(conn, anchor.head, "team-leader anchor")
    return problems
