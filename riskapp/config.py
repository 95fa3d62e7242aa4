"""Per-machine settings that code below the UI needs, read without Qt.

The GUI keeps per-machine preferences in an INI file written by Qt's QSettings
(``riskapp.ui.shell.settings.AppSettings``: ``QSettings(IniFormat, UserScope, "riskapp",
"riskapp")``). The command line needs one of them, the organisation's own forms directory
(Settings → Egna formulär), so that ``plan-pdf`` prints a plan filled with such a form
exactly as the GUI does; it must not import Qt for that. This module finds the same file
and reads a string the way QSettings reads it (its INI escaping, quoting and sections), so
existing users' settings are read as they are, and the GUI stays the only writer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "riskapp"
APPLICATION = "riskapp"
#: The QSettings key of the extra forms directory ("group/name").
FORMS_DIR_KEY = "forms/extra_dir"

_SIMPLE_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "?": "?",
    "'": "'",
    "\\": "\\",
}
_HEX = "0123456789abcdefABCDEF"


def settings_file() -> Path:
    """Where ``QSettings(IniFormat, UserScope, "riskapp", "riskapp")`` keeps its file."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        base = xdg if xdg.startswith("/") else str(Path.home() / ".config")
    return Path(base) / ORGANISATION / f"{APPLICATION}.ini"


def configured_forms_dir(path: Path | None = None) -> Path | None:
    """The organisation's forms directory set on this computer, if any."""
    value = read_string(path or settings_file(), FORMS_DIR_KEY)
    return Path(value) if value else None


def read_string(path: Path, key: str) -> str | None:
    """The string QSettings would return for ``key`` from the INI file at ``path``.

    None when the file or the key is missing, or the value is not a plain string (a list,
    a byte array or another ``@Type(...)`` value).
    """
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return None
    found: str | None = None
    prefix = ""  # the current [section] as a key prefix ("" for [General])
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip(" \t")
        if not stripped or stripped[0] == ";":
            continue
        if stripped.startswith("[") and "]" in stripped:
            section = stripped[1 : stripped.index("]")]
            if section.lower() == "general":
                prefix = ""
            elif section.lower() == "%general":  # a group really named "General"
                prefix = section[1:] + "/"
            else:
                prefix = _unescape_key(section) + "/"
            continue
        name, equals, raw = stripped.partition("=")
        if equals and prefix + _unescape_key(name.strip(" \t")) == key:
            found = raw
    if found is None:
        return None
    value, is_list = _unescape_value(found)
    if is_list:
        return None
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@String(") and value.endswith(")"):  # Qt's form for text with NUL
        return value[len("@String(") : -1]
    if value.startswith("@"):
        return None
    return value


def _unescape_key(text: str) -> str:
    """QSettings' key escaping: ``%XX`` / ``%UXXXX`` code points, ``\\`` for ``/``."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            out.append("/")
            i += 1
        elif ch == "%" and text[i + 1 : i + 2] == "U" and _is_hex(text[i + 2 : i + 6], 4):
            out.append(chr(int(text[i + 2 : i + 6], 16)))
            i += 6
        elif ch == "%" and _is_hex(text[i + 1 : i + 3], 2):
            out.append(chr(int(text[i + 1 : i + 3], 16)))
            i += 3
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in _HEX for c in text)


def _unescape_value(raw: str) -> tuple[str, bool]:
    """QSettings' value unescaping: quotes, C escapes, and commas outside quotes (a list).

    Returns the (last) string and whether the value was a list.
    """
    items: list[str] = []
    current: list[str] = []
    chop_limit = 0  # trailing spaces before this index are kept (escaped or quoted)
    in_quotes = False
    quoted = False
    i = 0
    n = len(raw)

    def finish() -> str:
        text = "".join(current)
        if not quoted:
            keep = text[:chop_limit]
            text = keep + text[chop_limit:].rstrip(" \t")
        return text

    i = _skip_spaces(raw, i)
    while i < n:
        ch = raw[i]
        if ch == "\\":
            i += 1
            if i >= n:
                break
            esc = raw[i]
            i += 1
            if esc in _SIMPLE_ESCAPES:
                current.append(_SIMPLE_ESCAPES[esc])
            elif esc == "x":
                start = i
                while i < n and raw[i] in _HEX:
                    i += 1
                if i > start:
                    current.append(chr(int(raw[start:i], 16) & 0xFFFF))
            elif esc in "01234567":
                start = i - 1
                while i < n and raw[i] in "01234567":
                    i += 1
                current.append(chr(int(raw[start:i], 8) & 0xFFFF))
            chop_limit = len(current)
        elif ch == '"':
            i += 1
            quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                i = _skip_spaces(raw, i)
        elif ch == "," and not in_quotes:
            items.append(finish())
            current = []
            chop_limit = 0
            quoted = False
            i = _skip_spaces(raw, i + 1)
        elif ch == ";" and not in_quotes:
            break  # a comment after the value
        else:
            current.append(ch)
            i += 1
    last = finish()
    if items:
        return last, True
    return last, False


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i
