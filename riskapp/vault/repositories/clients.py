"""Clients: create, import (all or nothing), read, update, search, export.

Search: ``search_key`` (casefolded names + personnummer forms) is tested with ``instr``
per query word while scanning the covering index ``(sort_key, id, search_key)`` in list
order, so a page of 100 stops early for common words and a rare word costs one scan of a
narrow index (no row lookups) -- about 10-20 ms for 100,000 clients, see
tests/benchmarks/test_vault_bench.py.

Audit: whatever reveals clients names each of them. A read, an update or an export writes
a row with the client's id; a search, a page of the client list or a personnummer check
(``existing``) writes one summary row (``client.search``, counts only, never the search
text) and, in the same transaction and one ``executemany``, one ``client.listed`` row per
client it returned, so "who has seen client X" is a filter on the client id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from riskapp.domain.records import Client, ClientId, ClientSummary, NewClient
from riskapp.domain.text_rules import has_control_characters
from riskapp.vault.connection import Connection
from riskapp.vault.errors import DuplicateRecord, RecordNotFound, ValidationFailed
from riskapp.vault.repositories._common import ts
from riskapp.vault.repositories.assessments import AssessmentRepository
from riskapp.vault.repositories.audit_log import AuditRepository
from riskapp.vault.repositories.events import ClientEventRepository
from riskapp.vault.repositories.plans import SafetyPlanRepository
from riskapp.vault.text import query_terms, search_key, sort_key
from riskapp.vault.unit_of_work import UnitOfWork

_PNR12 = re.compile(r"[0-9]{12}")
MAX_FIELD = 10_000
#: Audit action of the one row per client that a search, listing or check revealed.
LISTED_ACTION = "client.listed"

_COLUMNS = (
    "id, first_name, last_name, personnummer, phone, address, notes, safe_contact, "
    "protected_identity, created_at, updated_at"
)


def _client(row: Any) -> Client:
    return Client(
        ClientId(row[0]),
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        bool(row[8]),
        ts(row[9]),
        ts(row[10]),
    )


def validate(new: NewClient) -> None:
    """ValidationFailed for rows the vault must never store (the UI/CLI check earlier)."""
    if not new.first_name.strip() or not new.last_name.strip():
        raise ValidationFailed("first and last name required", code="client_name_missing")
    if new.personnummer is not None and not _PNR12.fullmatch(new.personnummer):
        raise ValidationFailed("personnummer must be 12 digits", code="pnr_format")
    for value in (
        new.first_name,
        new.last_name,
        new.phone,
        new.address,
        new.notes,
        new.safe_contact,
    ):
        if len(value) > MAX_FIELD:
            raise ValidationFailed("field too long", code="field_too_long")
    for value in (new.first_name, new.last_name, new.phone, new.address):
        if has_control_characters(value):
            raise ValidationFailed("control character in a field", code="field_control_chars")
    for value in (new.notes, new.safe_contact):  # text boxes: a newline and a tab are fine
        if has_control_characters(value, multiline=True):
            raise ValidationFailed("control character in a field", code="field_control_chars")


def _where(text: str) -> tuple[str, list[str]]:
    terms = query_terms(text)
    if not terms:
        return "", []
    return " WHERE " + " AND ".join(["instr(search_key, ?) > 0"] * len(terms)), [
        t.replace("-", "") if t.replace("-", "").isdigit() and len(t) > 11 else t for t in terms
    ]


#: The client list counts at most this many matches per keystroke and then shows "1000+":
#: counting every match of a one-letter search over 1,000,000 clients took over a second.
COUNT_CAP = 1000


class MatchCount(int):
    """A number of matches, possibly capped: ``capped`` means "more than ``COUNT_CAP``".

    It prints as "1000+" (``str``/``format``), so a caller that shows the total shows
    "1000+". A pager compares the rows fetched so far with it (``len(rows) < total``): a
    capped count is more than any number of rows, so the pager keeps fetching until a
    short page, as it does when rows vanish under it.
    """

    capped: bool

    def __new__(cls, value: int) -> MatchCount:
        self = super().__new__(cls, min(int(value), COUNT_CAP + 1))
        self.capped = int(value) > COUNT_CAP
        return self

    def __str__(self) -> str:
        return f"{COUNT_CAP}+" if self.capped else int.__repr__(self)

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if self.capped else int.__format__(self, spec)

    def __gt__(self, other: object) -> bool:
        if self.capped and isinstance(other, int):
            return True
        return int.__gt__(self, other)  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        if self.capped and isinstance(other, int):
            return True
        return int.__ge__(self, other)  # type: ignore[operator]


def _count_sql(where: str) -> str:
    # Counting stops after COUNT_CAP + 1 matches: the inner LIMIT ends the index scan.
    return f"SELECT count(*) FROM (SELECT 1 FROM clients{where} LIMIT {COUNT_CAP + 1:d})"


def _page_sql(where: str) -> str:
    return (
        "SELECT c.id, c.first_name, c.last_name, c.personnummer, c.updated_at FROM "
        f"(SELECT id, sort_key FROM clients{where} ORDER BY sort_key, id "
        "LIMIT ? OFFSET ?) AS s JOIN clients c ON c.id = s.id ORDER BY s.sort_key, s.id"
    )


def _page_params(params: list[str], limit: int, offset: int) -> tuple[object, ...]:
    return (*params, max(0, int(limit)), max(0, int(offset)))


def search_queries(text: str, *, limit: int, offset: int) -> list[tuple[str, tuple[object, ...]]]:
    """The statements ``search_page`` runs for ``text`` (count, then the page), with their
    parameters: ``riskapp bench`` runs exactly these on a plain copy as the floor."""
    where, params = _where(text)
    return [
        (_count_sql(where), tuple(params)),
        (_page_sql(where), _page_params(params, limit, offset)),
    ]


class ClientRepository:
    def __init__(self, session: UnitOfWork) -> None:
        self._s = session

    def _record_revealed(self, client_ids: Iterable[int]) -> None:
        """One ``client.listed`` audit row per revealed client, written with a single
        ``executemany`` inside the caller's transaction."""
        ids = list(dict.fromkeys(int(i) for i in client_ids))
        if ids:
            self._s.record_many(LISTED_ACTION, [(i, "client", i) for i in ids])

    def _insert(self, conn: Connection, new: NewClient, action: str) -> Client:
        validate(new)
        if (
            new.personnummer is not None
            and conn.execute(
                "SELECT 1 FROM clients WHERE personnummer = ?", (new.personnummer,)
            ).fetchone()
        ):
            raise DuplicateRecord("personnummer already registered", code="client_exists")
        now = self._s.now_iso()
        cur = conn.execute(
            "INSERT INTO clients (first_name, last_name, personnummer, phone, address, notes, "
            "safe_contact, protected_identity, created_at, updated_at, sort_key, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.first_name.strip(),
                new.last_name.strip(),
                new.personnummer,
                new.phone,
                new.address,
                new.notes,
                new.safe_contact,
                int(new.protected_identity),
                now,
                now,
                sort_key(new.first_name, new.last_name),
                search_key(new.first_name, new.last_name, new.personnummer),
            ),
        )
        client_id = ClientId(int(cur.lastrowid or 0))
        self._s.record(action, client_id=client_id, object_type="client", object_id=client_id)
        return Client(
            client_id,
            new.first_name.strip(),
            new.last_name.strip(),
            new.personnummer,
            new.phone,
            new.address,
            new.notes,
            new.safe_contact,
            new.protected_identity,
            ts(now),
            ts(now),
        )

    def create(self, new: NewClient) -> Client:
        with self._s.tx() as conn:
            return self._insert(conn, new, "client.create")

    def import_many(self, rows: Sequence[NewClient]) -> list[Client]:
        """Insert every row or none (one transaction). DuplicateRecord names the 1-based
        row: ``import_duplicate`` within ``rows``, ``client_exists`` already stored."""
        seen: dict[str, int] = {}
        for index, new in enumerate(rows):
            validate(new)
            if new.personnummer is not None:
                if new.personnummer in seen:
                    raise DuplicateRecord(
                        "duplicate row",
                        code="import_duplicate",
                        row=index + 1,
                        first=seen[new.personnummer] + 1,
                    )
                seen[new.personnummer] = index
        s = self._s
        with s.tx() as conn:
            stored = self.existing(list(seen))
            if stored:
                first = min(seen[p] for p in stored)
                raise DuplicateRecord("already stored", code="client_exists", row=first + 1)
            # Bulk insert with explicit ids: rowids of an INTEGER PRIMARY KEY table without
            # AUTOINCREMENT continue from max(id) inside this write transaction.
            start = int(conn.execute("SELECT coalesce(max(id), 0) FROM clients").fetchone()[0]) + 1
            now = s.now_iso()
            values = [
                (
                    start + i,
                    n.first_name.strip(),
                    n.last_name.strip(),
                    n.personnummer,
                    n.phone,
                    n.address,
                    n.notes,
                    n.safe_contact,
                    int(n.protected_identity),
                    now,
                    now,
                    sort_key(n.first_name, n.last_name),
                    search_key(n.first_name, n.last_name, n.personnummer),
                )
                for i, n in enumerate(rows)
            ]
            conn.executemany(
                "INSERT INTO clients (id, first_name, last_name, personnummer, phone, address, "
                "notes, safe_contact, protected_identity, created_at, updated_at, sort_key, "
                "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            s.record_many(
                "client.import", [(start + i, "client", start + i) for i in range(len(rows))]
            )
        stamp = ts(now)
        return [
            Client(
                ClientId(v[0]), v[1], v[2], v[3], v[4], v[5], v[6], v[7], bool(v[8]), stamp, stamp
            )
            for v in values
        ]

    def _fetch(self, client_id: int) -> Client:
        row = self._s.conn.execute(
            f"SELECT {_COLUMNS} FROM clients WHERE id = ?", (int(client_id),)
        ).fetchone()
        if row is None:
            raise RecordNotFound("no such client", code="client_unknown")
        return _client(row)

    def get(self, client_id: ClientId) -> Client:
        with self._s.read_tx():
            client = self._fetch(client_id)
            self._s.record(
                "client.read", client_id=client.id, object_type="client", object_id=client.id
            )
        return client

    def by_personnummer(self, pnr12: str) -> Client | None:
        with self._s.tx() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM clients WHERE personnummer = ?", (pnr12,)
            ).fetchone()
            if row is None:
                return None
            client = _client(row)
            self._s.record(
                "client.read", client_id=client.id, object_type="client", object_id=client.id
            )
        return client

    def existing(self, personnummer: Sequence[str]) -> set[str]:
        """Which of these 12-digit numbers are registered (import checks); audited as one
        search without the numbers, plus one ``client.listed`` row per client found."""
        found: dict[str, int] = {}
        with self._s.tx() as conn:
            for start in range(0, len(personnummer), 500):
                chunk = list(personnummer[start : start + 500])
                marks = ",".join("?" * len(chunk))
                found.update(
                    (r[1], int(r[0]))
                    for r in conn.execute(
                        f"SELECT id, personnummer FROM clients WHERE personnummer IN ({marks})",
                        chunk,
                    )
                )
            self._s.record("client.search", detail=f"existing={len(found)}")
            self._record_revealed(sorted(found.values()))
        return set(found)

    def update(self, client_id: ClientId, new: NewClient) -> Client:
        validate(new)
        with self._s.tx() as conn:
            old = self._fetch(client_id)
            if (
                new.personnummer is not None
                and conn.execute(
                    "SELECT 1 FROM clients WHERE personnummer = ? AND id != ?",
                    (new.personnummer, old.id),
                ).fetchone()
            ):
                raise DuplicateRecord("personnummer already registered", code="client_exists")
            now = self._s.now_iso()
            conn.execute(
                "UPDATE clients SET first_name = ?, last_name = ?, personnummer = ?, phone = ?, "
                "address = ?, notes = ?, safe_contact = ?, protected_identity = ?, "
                "updated_at = ?, sort_key = ?, search_key = ? WHERE id = ?",
                (
                    new.first_name.strip(),
                    new.last_name.strip(),
                    new.personnummer,
                    new.phone,
                    new.address,
                    new.notes,
                    new.safe_contact,
                    int(new.protected_identity),
                    now,
                    sort_key(new.first_name, new.last_name),
                    search_key(new.first_name, new.last_name, new.personnummer),
                    old.id,
                ),
            )
            self._s.record(
                "client.update", client_id=old.id, object_type="client", object_id=old.id
            )
            return self._fetch(old.id)

    def search(self, text: str = "", *, limit: int = 100, offset: int = 0) -> list[ClientSummary]:
        """Case-insensitive substring of name or personnummer, every word must match;
        ordered by last name, first name, id. Audited without the search text: one
        summary row and one ``client.listed`` row per client returned."""
        where, params = _where(text)
        with self._s.read_tx():
            result = self._page(where, params, limit, offset)
            self._s.record("client.search", detail=f"results={len(result)}")
            self._record_revealed(c.id for c in result)
        return result

    def search_page(
        self, text: str = "", *, limit: int = 100, offset: int = 0
    ) -> tuple[MatchCount, list[ClientSummary]]:
        """``(total matches, one page of them)`` in one transaction with one summary audit
        row, plus one ``client.listed`` row per client on the page (the rows shown). The
        total is capped at ``COUNT_CAP`` (a ``MatchCount`` that prints "1000+").

        The client list calls this on every (debounced) keystroke; ``count`` and ``search``
        separately would write two summary rows per search and make the access log harder
        for a team leader to read."""
        where, params = _where(text)
        with self._s.read_tx() as conn:
            total = MatchCount(int(conn.execute(_count_sql(where), params).fetchone()[0]))
            result = self._page(where, params, limit, offset) if total else []
            self._s.record("client.search", detail=f"results={len(result)} total={total}")
            self._record_revealed(c.id for c in result)
        return total, result

    def _page(self, where: str, params: list[str], limit: int, offset: int) -> list[ClientSummary]:
        """One page of matches for ``_where``'s clause (inside the caller's transaction;
        not audited here)."""
        rows = self._s.conn.execute(_page_sql(where), _page_params(params, limit, offset))
        return [ClientSummary(ClientId(r[0]), r[1], r[2], r[3], ts(r[4])) for r in rows]

    def count(self, text: str = "") -> int:
        where, params = _where(text)
        with self._s.tx() as conn:
            total = int(conn.execute(f"SELECT count(*) FROM clients{where}", params).fetchone()[0])
            self._s.record("client.search", detail="count")
        return total

    def export(self, client_id: ClientId) -> dict[str, Any]:
        """Everything stored about one client (registerutdrag), JSON-ready."""
        s = self._s
        with s.tx():
            client = self._fetch(client_id)
            s.record(
                "client.export", client_id=client.id, object_type="client", object_id=client.id
            )
            assessments = AssessmentRepository(s).list_for_client(client.id, audit=False)
            plans = SafetyPlanRepository(s).list_for_client(client.id, audit=False)
            events = ClientEventRepository(s).list_for_client(client.id, audit=False)
            audit_rows = AuditRepository(s).for_client(client.id)
        data = asdict(client)
        return {
            "format": "riskapp-registerutdrag",
            "version": 1,
            "generated_at": s.clock.now().isoformat(),
            "client": {
                k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()
            },
            "assessments": [_jsonable(asdict(a)) for a in assessments],
            "safety_plans": [_jsonable(asdict(p)) for p in plans],
            "events": [_jsonable(asdict(e)) for e in events],
            "access_log": [_jsonable(asdict(e)) for e in audit_rows],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
