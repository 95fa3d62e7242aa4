"""Bytes of a spreadsheet's text export to text: the encoding and the separator.

What a Swedish Excel (and LibreOffice, Numbers, a script) saves as "CSV":

* "CSV UTF-8": UTF-8 with a byte-order mark, ``;`` as separator (Swedish list separator);
* "CSV (semikolonavgränsad)": Windows-1252 without a byte-order mark, ``;``;
* "Unicode-text": UTF-16 LE with a byte-order mark, tab-separated;
* a script or another program: UTF-8 without a byte-order mark, ``,``.

``decode_text`` picks the encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
without one the file is UTF-8 if it is valid UTF-8, otherwise Windows-1252 when it decodes
as such *and* looks like text (no control characters, and no line that is valid non-ASCII
UTF-8, which would mean a UTF-8 file with some damaged bytes). ``detect_separator`` picks
``;``, ``,`` or a tab from the header line. Pure logic: no Qt, no database, no I/O.

Problems are ``CsvProblem(line, code, params)``: a stable code worded by
``riskapp.messages`` (``csv_*``) and params that never hold the file's content.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

UTF8 = "utf-8"
CP1252 = "cp1252"
UTF16_LE = "utf-16-le"
UTF16_BE = "utf-16-be"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", UTF8),
    (b"\xff\xfe", UTF16_LE),
    (b"\xfe\xff", UTF16_BE),
)
#: Separators we recognise, in the order a tie is decided.
SEPARATORS = (",", ";", "\t")
#: Characters a text file never holds (C0 controls but tab, LF and CR; DEL).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CsvProblem:
    """One problem on one line of a CSV file (1-based line number, code, safe params)."""

    line: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DecodedText:
    """The file's text and how it was read."""

    text: str
    encoding: str  # UTF8, CP1252, UTF16_LE or UTF16_BE
    bom: bool


def decode_text(raw: bytes) -> tuple[DecodedText | None, list[CsvProblem]]:
    """The text of ``raw`` and how it was read, or None and every line that cannot be read."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            if encoding == UTF8:
                errors = _utf8_errors(body)
                if errors:
                    return None, [CsvProblem(n, "csv_bad_utf8", where) for n, where in errors]
                return _checked(DecodedText(body.decode(UTF8), UTF8, True))
            return _decode_utf16(body, encoding)
    errors = _utf8_errors(raw)
    if not errors:
        return _checked(DecodedText(raw.decode(UTF8), UTF8, False))
    if _has_utf8_text(raw):
        # Lines of real UTF-8 beside undecodable ones: a UTF-8 file with damaged bytes,
        # not Windows-1252 (which would turn the good lines into "Ã¥").
        return None, [CsvProblem(n, "csv_bad_utf8", where) for n, where in errors]
    problems = [CsvProblem(n, "csv_not_text", where) for n, where in errors]
    try:
        text = raw.decode(CP1252)
    except UnicodeDecodeError:
        return None, problems
    if _CONTROL.search(text):
        return None, problems
    return DecodedText(text, CP1252, False), []


def _checked(decoded: DecodedText) -> tuple[DecodedText | None, list[CsvProblem]]:
    """Refuse control characters (a binary file, or text no client field may hold)."""
    if not _CONTROL.search(decoded.text):
        return decoded, []
    return None, [
        CsvProblem(number, "csv_control_char")
        for number, line in enumerate(decoded.text.split("\n"), start=1)
        if _CONTROL.search(line)
    ]


def _utf8_errors(raw: bytes) -> list[tuple[int, dict[str, int]]]:
    """Each line that is not valid UTF-8: its number and where (byte on the line, byte in
    the file)."""
    errors = []
    offset = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode(UTF8)
        except UnicodeDecodeError as exc:
            errors.append((number, {"column": exc.start + 1, "offset": offset + exc.start}))
        offset += len(line) + 1
    return errors


def _has_utf8_text(raw: bytes) -> bool:
    """Whether some line is valid UTF-8 with non-ASCII characters (å written as UTF-8)."""
    for line in raw.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode(UTF8)
        except UnicodeDecodeError:
            continue
        return True
    return False


def _decode_utf16(body: bytes, encoding: str) -> tuple[DecodedText | None, list[CsvProblem]]:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        before = body[: exc.start - exc.start % 2].decode(encoding, errors="replace")
        return None, [
            CsvProblem(before.count("\n") + 1, "csv_bad_utf16", {"offset": exc.start + 2})
        ]
    return _checked(DecodedText(text, encoding, True))


def detect_separator(text: str, matches: Callable[[list[str]], bool] | None = None) -> str:
    """The separator of the header line: the one whose cells ``matches`` accepts (a known
    header), else the most frequent of ``SEPARATORS`` outside quotes (ties in their order;
    ``,`` when there is none)."""
    header = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]  # a lone CR ends a line too
    if matches is not None:
        for separator in SEPARATORS:
            try:
                cells = next(csv.reader([header], delimiter=separator), [])
            except csv.Error:  # not a header in this separator; the parser words the problem
                continue
            if matches(cells):
                return separator
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ","
