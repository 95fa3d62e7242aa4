"""A client list in a CSV file (``riskapp clients import``): checked completely, in memory.

Accepted: what ``riskapp.domain.csv_text`` reads (UTF-8 with or without a byte-order
mark, Windows-1252, UTF-16 with a byte-order mark; ``;``, ``,`` or tab as separator) with
a header in Swedish or English, in any column order, case-insensitive, with or without
å/ä/ö (``förnamn`` or ``fornamn``)::

    personnummer;förnamn;efternamn;telefon;adress;anteckningar
    personnummer,first_name,last_name,phone,address,notes

Every problem is found before anything is stored, with its line number (the line a
record starts on; a quoted field may span lines), and never echoes a value: invalid
text, a bad header, a wrong number of fields, an invalid or repeated personnummer, a
missing name, a field over ``MAX_FIELD_CHARS``, malformed CSV. Blank lines are skipped.
Pure logic: no Qt, no database, no I/O.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from riskapp.domain.csv_text import CsvProblem, DecodedText, decode_text, detect_separator
from riskapp.domain.personnummer import InvalidPersonnummer, parse
from riskapp.domain.records import NewClient

__all__ = [
    "CSV_PROBLEM_CODES",
    "HEADER_EN",
    "HEADER_SV",
    "MAX_FIELD_CHARS",
    "ClientCsv",
    "CsvProblem",
    "column_of",
    "parse_clients_csv",
]

#: The fields in NewClient order, as the English header names them.
HEADER_EN = ("personnummer", "first_name", "last_name", "phone", "address", "notes")
HEADER_SV = ("personnummer", "förnamn", "efternamn", "telefon", "adress", "anteckningar")
#: Every code a ``CsvProblem`` may carry besides a personnummer's (``pnr_*``); the words
#: are in ``riskapp.messages``. ``csv_pnr_registered`` is found after unlocking.
CSV_PROBLEM_CODES = (
    "csv_bad_utf8",  # column, offset
    "csv_not_text",  # column, offset
    "csv_bad_utf16",  # offset
    "csv_control_char",
    "csv_empty",
    "csv_no_rows",
    "csv_header",  # header_sv, header_en
    "csv_field_count",  # count, expected
    "csv_field_too_long",  # limit
    "csv_pnr_repeated",  # first
    "csv_name_missing",
    "csv_malformed",
    "csv_pnr_registered",
)
#: The vault's limit on one client field (riskapp.vault.repositories.clients.MAX_FIELD).
MAX_FIELD_CHARS = 10_000

_ALIASES: dict[str, str] = {
    "personnummer": "personnummer",
    "pnr": "personnummer",
    "first_name": "first_name",
    "firstname": "first_name",
    "fornamn": "first_name",
    "last_name": "last_name",
    "lastname": "last_name",
    "efternamn": "last_name",
    "phone": "phone",
    "telefon": "phone",
    "address": "address",
    "adress": "address",
    "notes": "notes",
    "anteckningar": "notes",
}
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "_", "-": "_"})
#: CPython's csv module refuses a field over csv.field_size_limit() with this message.
_CSV_FIELD_LIMIT = "field larger than field limit"


@dataclass(frozen=True)
class ClientCsv:
    """The rows (with their line numbers), every problem, and how the file was read
    (None when its text could not be read)."""

    rows: list[tuple[int, NewClient]]
    problems: list[CsvProblem]
    decoded: DecodedText | None = None
    separator: str = ","


def column_of(name: str) -> str | None:
    """The field a header cell names (``"Förnamn"`` -> ``"first_name"``), or None."""
    key = name.strip().lstrip("\ufeff").casefold().translate(_FOLD)
    return _ALIASES.get(key)


def _columns(cells: list[str]) -> list[int] | None:
    """For each field of HEADER_EN, the index of its column; None unless every field is
    named exactly once and no other column is present."""
    fields = [column_of(cell) for cell in cells]
    if None in fields or sorted(f for f in fields if f) != sorted(HEADER_EN):
        return None
    return [fields.index(name) for name in HEADER_EN]


def parse_clients_csv(raw: bytes, *, today: date) -> ClientCsv:
    """Read and check a client CSV completely (100,000 rows take about a second)."""
    decoded, problems = decode_text(raw)
    if decoded is None:
        return ClientCsv([], problems)
    text = decoded.text
    if not text.strip():
        return ClientCsv([], [CsvProblem(1, "csv_empty")], decoded)
    separator = detect_separator(text, lambda cells: _columns(cells) is not None)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[tuple[int, NewClient]] = []
    problems = []
    seen: dict[str, int] = {}
    previous_end = 0
    try:
        header = next(reader)
        previous_end = reader.line_num
        columns = _columns(header)
        if columns is None:
            problem = CsvProblem(
                1,
                "csv_header",
                {"header_sv": ";".join(HEADER_SV), "header_en": ",".join(HEADER_EN)},
            )
            return ClientCsv([], [problem], decoded, separator)
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not record or all(not value.strip() for value in record):
                continue
            if len(record) != len(HEADER_EN):
                problems.append(
                    CsvProblem(
                        line, "csv_field_count", {"count": len(record), "expected": len(HEADER_EN)}
                    )
                )
                continue
            bad, new = _client(record, columns, line, seen, today)
            if bad is not None:
                problems.append(bad)
            elif new is not None:
                rows.append((line, new))
    except StopIteration:
        return ClientCsv([], [CsvProblem(1, "csv_empty")], decoded, separator)
    except csv.Error as exc:
        if _CSV_FIELD_LIMIT in str(exc):
            too_long = {"limit": MAX_FIELD_CHARS}
            problems.append(CsvProblem(previous_end + 1, "csv_field_too_long", too_long))
        else:
            problems.append(CsvProblem(previous_end + 1, "csv_malformed"))
    if not rows and not problems:
        problems.append(CsvProblem(previous_end + 1, "csv_no_rows"))
    return ClientCsv(rows, problems, decoded, separator)


def _client(
    record: list[str], columns: list[int], line: int, seen: dict[str, int], today: date
) -> tuple[CsvProblem | None, NewClient | None]:
    """One record checked: a problem, or the client (and its personnummer noted in seen)."""
    values = [record[index].strip() for index in columns]
    if any(len(value) > MAX_FIELD_CHARS for value in values):
        return CsvProblem(line, "csv_field_too_long", {"limit": MAX_FIELD_CHARS}), None
    pnr_text, first, last, phone, address, notes = values
    pnr12: str | None = None
    if pnr_text:
        try:
            pnr12 = parse(pnr_text, today=today).digits12
        except InvalidPersonnummer as exc:
            return CsvProblem(line, exc.code, exc.params), None
        if pnr12 in seen:
            return CsvProblem(line, "csv_pnr_repeated", {"first": seen[pnr12]}), None
        seen[pnr12] = line
    if not first or not last:
        return CsvProblem(line, "csv_name_missing"), None
    return None, NewClient(
        first_name=first,
        last_name=last,
        personnummer=pnr12,
        phone=phone,
        address=address,
        notes=notes,
    )
