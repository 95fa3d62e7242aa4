"""The recovery key as text: 256 random bits shown once as 13 groups of base32."""

from __future__ import annotations

import base64
import binascii
import os

from riskapp.vault.errors import WrongPassphrase

_RECOVERY_BYTES = 32


def new_recovery_key() -> bytes:
    return os.urandom(_RECOVERY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """Base32 (RFC 4648: A-Z, 2-7), groups of four: 13 groups for 256 bits."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept any case, spaces or dashes; WrongPassphrase when it is not a key."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I")  # common misreadings
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError) as exc:
        raise WrongPassphrase("not a recovery key") from exc
    if len(raw) != _RECOVERY_BYTES:
        raise WrongPassphrase("not a recovery key")
    return raw
