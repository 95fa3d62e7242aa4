"""Client CSV import (domain/client_csv.py, csv_text.py): what Swedish Excel saves, and
every problem with its line number, before anything touches a vault."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from riskapp.domain import csv_text
from riskapp.domain.client_csv import (
    CSV_PROBLEM_CODES,
    HEADER_EN,
    HEADER_SV,
    MAX_FIELD_CHARS,
    ClientCsv,
    column_of,
    parse_clients_csv,
)
from riskapp.domain.personnummer import test_numbers
from riskapp.messages import MESSAGES, word

TODAY = date(2026, 6, 1)
PNR = test_numbers()[0]  # Skatteverket's published test numbers only
PNR2 = test_numbers()[1]
ROWS = [
    (f"{PNR[2:8]}-{PNR[8:]}", "Åsa", "Öberg", "070-123 45 67", "Storgatan 1; 3 tr", "har, komma"),
    ("", "Anonym", "Kontakt", "", "", ""),
]


def _line(cells: tuple[str, ...], separator: str) -> str:
    quoted = []
    for cell in cells:
        if any(ch in cell for ch in (separator, '"', "\n", ",", ";")):
            cell = '"' + cell.replace('"', '""') + '"'
        quoted.append(cell)
    return separator.join(quoted)


def _file(header: tuple[str, ...], separator: str, newline: str = "\r\n") -> str:
    lines = [_line(header, separator)] + [_line(row, separator) for row in ROWS]
    return newline.join(lines) + newline


def _parse(raw: bytes) -> ClientCsv:
    return parse_clients_csv(raw, today=TODAY)


def _codes(parsed: ClientCsv) -> list[tuple[int, str]]:
    return [(p.line, p.code) for p in parsed.problems]


ENCODINGS = [
    # (encoding name in the result, BOM, how to encode)
    (csv_text.UTF8, False, lambda t: t.encode("utf-8")),
    (csv_text.UTF8, True, lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    (csv_text.CP1252, False, lambda t: t.encode("cp1252")),
    (csv_text.UTF16_LE, True, lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
    (csv_text.UTF16_BE, True, lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
]


@pytest.mark.parametrize(("encoding", "bom", "encode"), ENCODINGS)
@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("header", [HEADER_EN, HEADER_SV], ids=["en", "sv"])
def test_every_encoding_separator_and_header_language(
    encoding: str, bom: bool, encode: object, separator: str, header: tuple[str, ...]
) -> None:
    raw = encode(_file(header, separator))  # type: ignore[operator]
    parsed = _parse(raw)
    assert parsed.problems == []
    assert parsed.decoded is not None
    assert (parsed.decoded.encoding, parsed.decoded.bom, parsed.separator) == (
        encoding,
        bom,
        separator,
    )
    (line1, first), (line2, second) = parsed.rows
    assert (line1, line2) == (2, 3)
    assert (first.personnummer, first.first_name, first.last_name) == (PNR, "Åsa", "Öberg")
    assert first.address == "Storgatan 1; 3 tr"
    assert first.notes == "har, komma"
    assert (second.personnummer, second.first_name) == (None, "Anonym")


def test_windows_1252_file_with_swedish_letters() -> None:
    raw = f"personnummer;förnamn;efternamn;telefon;adress;anteckningar\r\n{PNR};Åsa;Öberg;;;\r\n"
    parsed = _parse(raw.encode("cp1252"))
    assert parsed.decoded is not None
    assert parsed.decoded.encoding == csv_text.CP1252
    assert parsed.separator == ";"
    assert [(n.first_name, n.last_name) for _, n in parsed.rows] == [("Åsa", "Öberg")]


@pytest.mark.parametrize(
    "header",
    [
        "Personnummer;Förnamn;Efternamn;Telefon;Adress;Anteckningar",
        "PERSONNUMMER;FORNAMN;EFTERNAMN;TELEFON;ADRESS;ANTECKNINGAR",
        "personnummer;fornamn;efternamn;telefon;adress;anteckningar",
        " personnummer , First Name , last-name , phone , address , notes ",
        "förnamn;efternamn;personnummer;anteckningar;adress;telefon",  # any order
    ],
)
def test_header_variants(header: str) -> None:
    cells = next(csv.reader([header], delimiter=";" if ";" in header else ","))
    values = {"personnummer": PNR, "first_name": "Bo", "last_name": "Ek"}
    row = [values.get(column_of(c) or "", "") for c in cells]
    sep = ";" if ";" in header else ","
    parsed = _parse(f"{header}\n{sep.join(row)}\n".encode())
    assert parsed.problems == []
    assert [(n.personnummer, n.first_name, n.last_name) for _, n in parsed.rows] == [
        (PNR, "Bo", "Ek")
    ]


@pytest.mark.parametrize(
    "header",
    [
        "pnr,first,last",
        "personnummer,first_name,last_name,phone,address",  # a column missing
        "personnummer,first_name,last_name,phone,address,notes,extra",
        "personnummer,first_name,first_name,phone,address,notes",
    ],
)
def test_wrong_header_is_line_1(header: str) -> None:
    parsed = _parse(f"{header}\n{PNR},Bo,Ek,,,\n".encode())
    assert _codes(parsed) == [(1, "csv_header")]
    assert parsed.rows == []


def test_crlf_and_quoted_fields_spanning_lines_keep_record_start_lines() -> None:
    raw = (
        "personnummer;förnamn;efternamn;telefon;adress;anteckningar\r\n"
        f'{PNR};Bo;Ek;;"Gatan 1\r\n123 45 Ort";"a; b"\r\n'
        ";Cilla;;;;\r\n"
    ).encode()
    parsed = _parse(raw)
    assert [(p.line, p.code) for p in parsed.problems] == [(4, "csv_name_missing")]
    assert parsed.rows[0][1].address == "Gatan 1\r\n123 45 Ort"
    assert parsed.rows[0][1].notes == "a; b"


@pytest.mark.parametrize("raw", [b"\r!", b"a\r\rb", b'"x\r'])
def test_a_lone_carriage_return_in_the_header_is_a_header_problem(raw: bytes) -> None:
    """Found by the hostile-CSV fuzz test: csv.Error escaped from separator detection."""
    parsed = _parse(raw)
    assert parsed.rows == []
    assert parsed.problems


def test_garbage_bytes_are_refused_with_line_numbers() -> None:
    raw = b"personnummer,first_name,last_name,phone,address,notes\n,Anna,A,,,\n,Bj\x81rn,\x9d,,,\n"
    parsed = _parse(raw)
    assert parsed.decoded is None
    assert [(p.line, p.code, dict(p.params)) for p in parsed.problems] == [
        (3, "csv_not_text", {"column": 4, "offset": 68})
    ]


def test_binary_file_is_not_text() -> None:
    parsed = _parse(b"\x00\x01\x02\xff\xfe\x00" * 10)
    assert parsed.decoded is None
    assert parsed.problems
    assert parsed.problems[0].line == 1


def test_control_characters_in_utf8_are_refused() -> None:
    raw = b"personnummer,first_name,last_name,phone,address,notes\n,Anna,A\x1b[31m,,,\n"
    assert _codes(_parse(raw)) == [(2, "csv_control_char")]


def test_utf8_file_with_a_damaged_byte_is_not_read_as_windows_1252() -> None:
    raw = "personnummer,first_name,last_name,phone,address,notes\n,Åsa,Ö,,,\n".encode()
    raw += b",Bj\xf6rn,B,,,\n"
    assert _codes(_parse(raw)) == [(3, "csv_bad_utf8")]


def test_invalid_utf8_after_a_utf8_bom() -> None:
    raw = b"\xef\xbb\xbfpersonnummer,first_name,last_name,phone,address,notes\n,Bj\xf6rn,B,,,\n"
    assert _codes(_parse(raw)) == [(2, "csv_bad_utf8")]


def test_odd_utf16_is_refused() -> None:
    raw = b"\xff\xfe" + "personnummer\tfirst_name\n".encode("utf-16-le") + b"\x00\xd8"
    parsed = _parse(raw)
    assert parsed.decoded is None
    assert [(p.line, p.code) for p in parsed.problems] == [(2, "csv_bad_utf16")]


@pytest.mark.parametrize("raw", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b"\xff\xfe"])
def test_empty_file(raw: bytes) -> None:
    assert _codes(_parse(raw)) == [(1, "csv_empty")]


@pytest.mark.parametrize("body", ["", "\r\n", ";;;;;\r\n"])
def test_header_only(body: str) -> None:
    parsed = _parse(
        ("personnummer;förnamn;efternamn;telefon;adress;anteckningar\r\n" + body).encode()
    )
    assert [p.code for p in parsed.problems] == ["csv_no_rows"]


def test_every_bad_line_is_reported() -> None:
    raw = (
        "personnummer,first_name,last_name,phone,address,notes\n"
        f"{PNR},Anna,A,,,\n"
        f"{PNR},Bo,B,,,\n"
        "19000101-0000,C,C,,,\n"
        f"{PNR2},,D,,,\n"
        ",E,E,,\n"
        ",,,,,\n"
        ",F,F,,,\n"
    ).encode()
    parsed = _parse(raw)
    assert [(p.line, p.code) for p in parsed.problems] == [
        (3, "csv_pnr_repeated"),
        (4, parsed.problems[1].code),
        (5, "csv_name_missing"),
        (6, "csv_field_count"),
    ]
    assert parsed.problems[0].params == {"first": 2}
    assert parsed.problems[1].code.startswith("pnr")
    assert [line for line, _ in parsed.rows] == [2, 8]


@pytest.mark.parametrize("length", [MAX_FIELD_CHARS + 1, 200_000, 20_000_000])
def test_overlong_field_is_reported_as_too_long_with_its_line(length: int) -> None:
    raw = (
        b"personnummer,first_name,last_name,phone,address,notes\n,Anna,A,,,\n"
        + b',Bo,B,,,"'
        + b"x" * length
        + b'"\n,Cilla,C,,,\n'
    )
    parsed = _parse(raw)
    assert [(p.line, p.code) for p in parsed.problems] == [(3, "csv_field_too_long")]
    assert parsed.problems[0].params == {"limit": MAX_FIELD_CHARS}


def test_field_at_the_limit_is_accepted() -> None:
    raw = (
        b"personnummer,first_name,last_name,phone,address,notes\n,Bo,B,,," + b"x" * MAX_FIELD_CHARS
    )
    parsed = _parse(raw)
    assert parsed.problems == []
    assert len(parsed.rows[0][1].notes) == MAX_FIELD_CHARS


def test_unterminated_quote_names_the_record_start() -> None:
    raw = b"personnummer,first_name,last_name,phone,address,notes\n,Anna,A,,,\n"
    raw += b',Bo,B,,,"open\n,C,C,,,\n'
    assert _codes(_parse(raw)) == [(3, "csv_malformed")]


def test_problems_never_hold_values() -> None:
    raw = f"personnummer,first_name,last_name,phone,address,notes\n{PNR},Hemlig,,,,\n".encode()
    parsed = _parse(raw)
    assert "Hemlig" not in repr(parsed.problems)
    assert PNR not in repr(parsed.problems)


def test_separator_detection_without_a_known_header() -> None:
    assert csv_text.detect_separator("a;b;c\n1,2;3") == ";"
    assert csv_text.detect_separator('"a;b",c,d') == ","
    assert csv_text.detect_separator("a\tb\tc") == "\t"
    assert csv_text.detect_separator("abc") == ","


def test_every_problem_code_has_words_in_both_languages() -> None:
    for code in (*CSV_PROBLEM_CODES, "csv_line", "csv_read_as", "csv_stdin_secret"):
        sv, en = MESSAGES[code]
        assert sv, code
        assert sv != en, code
    params = {"line": 3, "problem": "x"}
    assert word("csv_line", params, "sv") == "rad 3: x"
    assert word("csv_line", params, "en") == "line 3: x"
