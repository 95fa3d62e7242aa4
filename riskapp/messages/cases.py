"""The command line's words for cases, the caseload and the Kolada indicators (Swedish,
English); merged into ``riskapp.messages.MESSAGES``."""

from __future__ import annotations

CASE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- cases (riskapp/domain/cases.py) -------------------------------------------------
    "case_error": ("Ärendet kunde inte ändras.", "The case could not be changed."),
    "case_already_open": (
        "Klienten har redan ett öppet ärende; avsluta det först.",
        "The client already has an open case; close it first.",
    ),
    "case_not_open": (
        "Klienten har inget öppet ärende.",
        "The client has no open case.",
    ),
    "case_date_before_open": (
        "Datumet ligger före dagen då ärendet öppnades.",
        "The date is before the day the case was opened.",
    ),
    "case_date_in_future": (
        "Datumet ligger i framtiden.",
        "The date is in the future.",
    ),
    "case_bad_value": (
        "Okänt värde för {field}.",
        "Unknown value for {field}.",
    ),
    "case_unknown": ("Ärendet finns inte.", "The case does not exist."),
    "case_responsible_unknown": (
        "Det finns ingen aktiv användare med det namnet.",
        "There is no active user with that name.",
    ),
    "intervention_unknown_kind": (
        "Insatsen finns inte i organisationens lista.",
        "The intervention is not on the organisation's list.",
    ),
    "intervention_dates": (
        "Insatsen kan inte sluta före den börjar.",
        "The intervention cannot end before it starts.",
    ),
    # --- Kolada indicators (riskapp/domain/stats/indicators.py, commands) -----------------
    "indicators_input": ("Ogiltiga uppgifter för indikatorerna.", "Invalid indicator input."),
    "indicators_bad_year": (
        "Året {year} går inte att redovisa: det ligger i framtiden eller före 1900.",
        "The year {year} cannot be reported: it is in the future or before 1900.",
    ),
    "indicators_bad_adults": (
        "Antalet vuxna invånare måste vara ett positivt heltal.",
        "The number of adult residents must be a positive whole number.",
    ),
    "indicators_year_format": (
        "Ogiltigt år: skriv ÅÅÅÅ.",
        "Invalid year: use YYYY.",
    ),
    "indicators_out_missing": (
        "--format och --out anges tillsammans.",
        "--format and --out go together.",
    ),
}
