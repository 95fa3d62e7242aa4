"""Words for the CSV import's codes (``clients import``), Swedish first with English.

Part of ``riskapp.messages.MESSAGES`` (``catalogue.py``; kept apart for size): the file-level errors
(``csv_unreadable``, ``csv_invalid``, ``csv_stdin_secret``), the line "rad N: ..." and one
entry per ``CsvProblem`` code (``riskapp.domain.client_csv.CSV_PROBLEM_CODES``), and the
words of the "read the file as ..." line. Placeholders never hold the file's content.
"""

from __future__ import annotations

CSV_MESSAGES: dict[str, tuple[str, str]] = {
    "csv_unreadable": (
        "CSV-filen kunde inte läsas: {path}",
        "The CSV file could not be read: {path}",
    ),
    "csv_invalid": (
        "CSV-filen har fel, inget importerades: {problems}",
        "The CSV file has errors, nothing was imported: {problems_en}",
    ),
    "csv_stdin_secret": (
        "Med standard in som fil (-) krävs --passphrase-stdin: lösenordet på rad 1, sedan "
        "CSV-filen.",
        "With standard input as the file (-), use --passphrase-stdin: the passphrase on "
        "line 1, then the CSV file.",
    ),
    # One per bad line, as "rad N: ..." (csv_line).
    "csv_line": ("rad {line}: {problem}", "line {line}: {problem}"),
    # Not codes: the words of the "read the file as ..." line.
    "csv_read_as": (
        "Läste filen som {encoding} med {separator} som avgränsare.",
        "Read the file as {encoding} with {separator} as separator.",
    ),
    "csv_sep_comma": ("komma", "comma"),
    "csv_sep_semicolon": ("semikolon", "semicolon"),
    "csv_sep_tab": ("tabb", "tab"),
    "csv_bad_utf8": (
        "ogiltig UTF-8 vid byte {column} på raden (byte {offset} i filen)",
        "invalid UTF-8 at byte {column} of the line (byte {offset} of the file)",
    ),
    "csv_not_text": (
        "filen är varken UTF-8 eller Windows-1252-text: byte {column} på raden (byte "
        "{offset} i filen); spara den som CSV UTF-8 i Excel",
        "the file is neither UTF-8 nor Windows-1252 text: byte {column} of the line (byte "
        "{offset} of the file); save it as CSV UTF-8 in Excel",
    ),
    "csv_bad_utf16": (
        "ogiltig UTF-16 vid byte {offset} i filen",
        "invalid UTF-16 at byte {offset} of the file",
    ),
    "csv_control_char": (
        "styrtecken som inte hör hemma i en textfil (är det verkligen en CSV-fil?)",
        "control characters that do not belong in a text file (is it really a CSV file?)",
    ),
    "csv_empty": ("filen är tom", "the file is empty"),
    "csv_no_rows": (
        "inga klienter efter rubrikraden",
        "no clients after the header line",
    ),
    "csv_header": (
        "rubrikraden måste vara {header_sv} (eller på engelska {header_en}), i valfri ordning",
        "the header must be {header_sv} (or in English {header_en}), in any order",
    ),
    "csv_field_count": ("{count} fält, ska vara {expected}", "{count} fields, expected {expected}"),
    "csv_field_too_long": (
        "ett fält är längre än {limit} tecken",
        "a field is longer than {limit} characters",
    ),
    "csv_pnr_repeated": ("samma personnummer som rad {first}", "same personnummer as line {first}"),
    "csv_name_missing": ("förnamn och efternamn krävs", "first and last name are required"),
    "csv_malformed": (
        "felaktig CSV (t.ex. ett citattecken som inte avslutas)",
        "malformed CSV (e.g. an unterminated quote)",
    ),
    "csv_pnr_registered": (
        "personnumret finns redan i valvet",
        "the personnummer is already in the vault",
    ),
}
