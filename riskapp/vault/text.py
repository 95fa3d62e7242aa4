"""Normalised text keys for client search and list order.

``search_key``: casefolded first + last name and the personnummer (12 digits and the
``YYYYMMDD-NNNN`` form), so a case-insensitive substring test is a plain ``instr``.
``sort_key``: casefolded "last, first" with Swedish å, ä, ö sorted after z.
"""

from __future__ import annotations

_SWEDISH_ORDER = str.maketrans({"å": "z\x01", "ä": "z\x02", "ö": "z\x03"})


def fold(text: str) -> str:
    """Casefold and collapse white space."""
    return " ".join(text.casefold().split())


def sort_key(first_name: str, last_name: str) -> str:
    return f"{fold(last_name)}\x1f{fold(first_name)}".translate(_SWEDISH_ORDER)


def search_key(first_name: str, last_name: str, personnummer: str | None) -> str:
    parts = [fold(first_name), fold(last_name)]
    if personnummer:
        parts.append(personnummer)
        parts.append(f"{personnummer[:8]}-{personnummer[8:]}")
    return "\x1f".join(parts)


def query_terms(text: str) -> list[str]:
    """The search text as casefolded words; each must occur in ``search_key``."""
    return fold(text).split()
