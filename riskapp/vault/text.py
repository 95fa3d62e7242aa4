"""Normalised text keys for client search and list order.

``search_key``: casefolded first + last name and the personnummer (12 digits and the
``YYYYMMDD-NNNN`` form), so a case-insensitive substring test is a plain ``instr``.
``sort_key``: casefolded "last, first" in Swedish order (å, ä, ö after z).
"""

from __future__ import annotations

import unicodedata

# Swedish order: å, ä, ö after z (as "{", "|", "}", the ASCII code points after "z"),
# æ/ø as ä/ö; other accented letters sort as their base letter (é as e, ü as u).
_PROTECT = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


def fold(text: str) -> str:
    """Casefold and collapse white space."""
    return " ".join(text.casefold().split())


def _collate(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", fold(text).translate(_PROTECT))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sort_key(first_name: str, last_name: str) -> str:
    return f"{_collate(last_name)}\x1f{_collate(first_name)}"


def search_key(first_name: str, last_name: str, personnummer: str | None) -> str:
    parts = [fold(first_name), fold(last_name)]
    if personnummer:
        parts.append(personnummer)
        parts.append(f"{personnummer[:8]}-{personnummer[8:]}")
    return "\x1f".join(parts)


def query_terms(text: str) -> list[str]:
    """The search text as casefolded words; each must occur in ``search_key``."""
    return fold(text).split()
