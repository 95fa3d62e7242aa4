"""How a client's personnummer is shown: whole, or masked (``YYYYMMDD-****``, T3)."""

from __future__ import annotations


def format_personnummer(pnr12: str | None, *, masked: bool) -> str:
    """``YYYYMMDD-NNNN`` or ``YYYYMMDD-****``; empty for clients without personnummer."""
    if not pnr12:
        return ""
    if masked:
        return f"{pnr12[:8]}-****"
    return f"{pnr12[:8]}-{pnr12[8:]}"
