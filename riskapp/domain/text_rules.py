"""Which characters a stored text may hold, and how control characters are shown.

Control characters (Unicode category Cc: C0 including NUL and ESC, DEL, C1) never belong
in a name, a personnummer, a phone number or an address: stored, they reach terminals
(``riskapp clients list``), CSV/JSON exports and printouts as raw escape sequences, or cut
strings short in C libraries (NUL). The multi-line fields a caseworker types into a text
box (notes, how to reach the client safely) may hold a newline and a tab, nothing else.
The same rule holds for user names, in ``vault init`` as in ``users add``.

The vault's repositories call these checks before every write (the GUI dialogs and the
CLI go through the services to them); ``printable`` escapes what old data may still hold
on output.
"""

from __future__ import annotations

import unicodedata

#: What a multi-line text field may hold besides printable text.
MULTILINE_ALLOWED = frozenset("\n\t")
#: Longest user name.
MAX_USER_NAME = 64


def has_control_characters(text: str, *, multiline: bool = False) -> bool:
    """True if ``text`` holds a control character (a newline and a tab are allowed in
    ``multiline`` fields)."""
    allowed = MULTILINE_ALLOWED if multiline else frozenset()
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def valid_user_name(name: str) -> bool:
    """1-64 characters, no leading or trailing white space, only printable characters."""
    return (
        bool(name) and name == name.strip() and len(name) <= MAX_USER_NAME and (name.isprintable())
    )


def json_safe(json_text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``, which escapes only C0) with DEL
    and C1 control characters escaped as ``\\uNNNN`` too: the same data, no raw escape
    sequence for a terminal."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cc" and ch not in "\n" else ch
        for ch in json_text
    )


def printable(text: str) -> str:
    """``text`` with every control character shown as ``\\xNN``/``\\uNNNN`` (for terminals
    and logs: no escape sequence of stored data reaches them)."""
    if not has_control_characters(text):
        return text
    out = []
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
