"""Human messages for error codes, Swedish first with English, for the command line.

``describe(exc)`` turns a ``RiskappError`` into one line. The GUI has its own translated
wording (Qt's tr) at its edge; this table is for the CLI and for logs-free reporting.
Each owner of a layer keeps its block; placeholders are filled from ``exc.params``.
"""

from __future__ import annotations

from riskapp.domain.errors import RiskappError

MESSAGES: dict[str, tuple[str, str]] = {
    # --- general -----------------------------------------------------------------------
    "error": ("Något gick fel.", "Something went wrong."),
    "domain_error": ("Ogiltiga uppgifter.", "Invalid data."),
    # --- vault (riskapp/vault) -----------------------------------------------------------
    # --- forms (riskapp/domain/forms) ----------------------------------------------------
    # --- personnummer / statistics ---------------------------------------------------------
    "pnr_format": (
        "Ogiltigt personnummer: skriv ÅÅMMDD-NNNN, ÅÅMMDD+NNNN eller ÅÅÅÅMMDD-NNNN.",
        "Invalid personnummer: use YYMMDD-NNNN, YYMMDD+NNNN or YYYYMMDD-NNNN.",
    ),
    "pnr_month": ("Ogiltigt personnummer: månaden finns inte.",
                  "Invalid personnummer: no such month."),
    "pnr_day": ("Ogiltigt personnummer: dagen finns inte i den månaden.",
                "Invalid personnummer: no such day in that month."),
    "pnr_checksum": ("Ogiltigt personnummer: kontrollsiffran stämmer inte.",
                     "Invalid personnummer: the check digit does not match."),
    "pnr_future": ("Ogiltigt personnummer: födelsedatumet ligger i framtiden.",
                   "Invalid personnummer: the birth date is in the future."),
    # --- reports ---------------------------------------------------------------------------
    # --- cli ---------------------------------------------------------------------------------
    "cli_error": ("Kommandot kunde inte utföras.", "The command could not be carried out."),
    "secret_missing": (
        "Rad {line} saknas på standard in: ange lösenordet (och vid behov det andra) "
        "på var sin rad.",
        "Line {line} is missing on standard input: give the passphrase (and the second "
        "secret where needed) one per line.",
    ),
    "secret_no_tty": (
        "Ingen terminal att fråga efter lösenord i: använd --passphrase-stdin.",
        "No terminal to ask for the passphrase: use --passphrase-stdin.",
    ),
    "demo_clients_range": ("Antalet klienter måste vara mellan 0 och 1 000 000.",
                           "The number of clients must be between 0 and 1,000,000."),
}


def describe(exc: RiskappError, language: str = "both") -> str:
    """One line for a person: "svensk text (English text)" by default."""
    sv, en = MESSAGES.get(exc.code, (str(exc), str(exc)))
    try:
        sv = sv.format(**exc.params)
        en = en.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        pass
    if language == "sv":
        return sv
    if language == "en":
        return en
    return f"{sv} ({en})" if en and en != sv else sv
