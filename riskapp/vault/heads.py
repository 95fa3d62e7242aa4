"""The audit log's head as the key-slot file records it (``slots.py``, ``anchor.py``).

``AuditHead`` is the log's row count and its last row's hash; ``AuditAnchor`` is a head
with an HMAC under the team-leader-only anchor key. Plain records, no crypto here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditHead:
    """The audit log's length and its last row's hash (``count`` 0: empty, GENESIS)."""

    count: int
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "hash": self.hash}

    @classmethod
    def from_json(cls, data: Any) -> AuditHead:
        count, digest = data["count"], data["hash"]
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ValueError("bad audit head count")
        if not isinstance(digest, str) or len(digest) != 64:
            raise ValueError("bad audit head hash")
        return cls(count, digest)


@dataclass(frozen=True)
class AuditAnchor:
    """An ``AuditHead`` with an HMAC under the team-leader-only anchor key."""

    head: AuditHead
    mac: str

    def to_json(self) -> dict[str, Any]:
        return {**self.head.to_json(), "mac": self.mac}

    @classmethod
    def from_json(cls, data: Any) -> AuditAnchor:
        mac = data["mac"]
        if not isinstance(mac, str):
            raise ValueError("bad anchor mac")
        return cls(AuditHead.from_json(data), mac)
