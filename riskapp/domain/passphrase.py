"""Passphrase policy: what riskapp accepts as a user's or a vault's passphrase.

Following NIST SP 800-63B: a minimum length (12 characters), no composition rules (no
"one digit and one capital"), and a refusal of the most common choices from a small
bundled blocklist (``common_passphrases.txt`` beside this module), plus trivially
guessable shapes (one repeated character, a keyboard/number run, the user's own name).
``strength`` gives a 0-4 hint the UI can show as a meter; it never decides acceptance.

Pure functions, no I/O beyond reading the bundled list once; returns codes, not
sentences (``riskapp.messages`` and the UI word them).
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources

MIN_LENGTH = 12

#: Problem codes returned by ``problems`` (worded in riskapp.messages / the UI).
SHORT = "passphrase_short"
COMMON = "passphrase_common"
IS_USERNAME = "passphrase_is_username"
CODES = (SHORT, COMMON, IS_USERNAME)

_RUNS = (
    "0123456789012345678901234567890",
    "9876543210987654321098765432109",
    "abcdefghijklmnopqrstuvwxyzåäö",
    "qwertyuiopåasdfghjklöäzxcvbnm",
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
)


def _normalise(text: str) -> str:
    return "".join(text.casefold().split())


@cache
def _blocklist() -> frozenset[str]:
    raw = (
        resources.files("riskapp.domain")
        .joinpath("common_passphrases.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(
        _normalise(line) for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


def _is_trivial(norm: str) -> bool:
    if len(set(norm)) <= 2:
        return True
    return any(norm in run for run in _RUNS)


def problems(passphrase: str, *, user_name: str | None = None) -> list[str]:
    """Reasons to refuse ``passphrase`` (empty list: acceptable).

    Length counts characters (code points) as typed, spaces included.
    """
    found: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        found.append(SHORT)
    norm = _normalise(passphrase)
    if norm and (norm in _blocklist() or _is_trivial(norm)):
        found.append(COMMON)
    name = _normalise(user_name or "")
    if name and name in norm and len(norm.replace(name, "")) < MIN_LENGTH // 2:
        found.append(IS_USERNAME)
    return found


def is_acceptable(passphrase: str, *, user_name: str | None = None) -> bool:
    return not problems(passphrase, user_name=user_name)


def strength(passphrase: str) -> int:
    """A 0-4 hint (0 very weak .. 4 strong) from length and character variety.

    A rough entropy estimate: log2(alphabet size) per character, but a character that
    repeats or continues a run (abc, 321, aaa) counts one bit. Blocklisted or trivial
    passphrases score 0; anything under the minimum length at most 1.
    """
    norm = _normalise(passphrase)
    if not norm or norm in _blocklist() or _is_trivial(norm):
        return 0
    pools = 0
    if any(c.islower() for c in passphrase):
        pools += 29  # a-z + åäö
    if any(c.isupper() for c in passphrase):
        pools += 29
    if any(c.isdigit() for c in passphrase):
        pools += 10
    if any(not c.isalnum() for c in passphrase):
        pools += 20
    per_char = math.log2(max(pools, 10))
    bits = 0.0
    previous = ""
    for ch in passphrase.casefold():
        continues = previous and abs(ord(ch) - ord(previous)) <= 1
        bits += 1.0 if continues else per_char
        previous = ch
    score = 4
    # Thresholds roughly follow zxcvbn's guesses: <10^6, <10^8, <10^10, <10^14, more.
    for candidate, limit in ((0, 20), (1, 27), (2, 34), (3, 47)):
        if bits < limit:
            score = candidate
            break
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
    return score
