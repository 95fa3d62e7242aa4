"""Swedish and English words for the codes in published statistics tables.

The domain returns codes (``table.assessments``, ``kind.screening``, ``sex.female``,
``age.18-24``, ``2026-03``, ``2026-Q1``); exports and the UI preview word them here, so the
preview shows exactly what is written. Unknown codes (an organisation's own instrument
kind or level scale) are shown as the code itself. ``language`` is "sv" or "en".
"""

from __future__ import annotations

import re

from riskapp.domain.stats.table import Cell, PublishedTable, StatisticsResult

LANGUAGES = ("sv", "en")

_TITLES: dict[str, tuple[str, str]] = {
    "table.clients": ("Aktiva klienter", "Active clients"),
    "table.new_clients": ("Nya klienter", "New clients"),
    "table.assessments": (
        "Genomförda bedömningar per instrument",
        "Completed assessments by instrument",
    ),
    "table.risk_levels": (
        "Risknivå enligt professionell bedömning",
        "Risk level by professional judgement",
    ),
    "table.violence": ("Klienter per våldsform", "Clients by form of violence"),
    "table.children": (
        "Klienter med barn som utsatts för våld",
        "Clients with children exposed to violence",
    ),
    "table.plans": ("Upprättade säkerhetsplaner", "Safety plans made"),
    "table.repeats": ("Upprepade bedömningar per instrument", "Repeat assessments by instrument"),
}

_DIMENSIONS: dict[str, tuple[str, str]] = {
    "month": ("per månad", "by month"),
    "quarter": ("per kvartal", "by quarter"),
    "sex": ("per kön", "by sex"),
    "age": ("per åldersgrupp", "by age group"),
}

_CODES: dict[str, tuple[str, str]] = {
    "clients.active": ("Aktiva klienter", "Active clients"),
    "clients.new": ("Nya klienter", "New clients"),
    "plans.created": ("Säkerhetsplaner", "Safety plans"),
    "children.exposed": ("Barn utsatta för våld", "Children exposed to violence"),
    "children.harmed": ("Barn som skadats", "Children harmed"),
    # Instrument names as the shipped forms title them (forms/*.yaml).
    "kind.screening": ("Rutinfrågor om våld", "Routine questions about violence"),
    "kind.description": ("Beskrivning av våldet", "Description of the violence"),
    "kind.danger_assessment": (
        "Bedömning av risk för nytt våld",
        "Assessment of the risk of further violence",
    ),
    "kind.safety_plan": ("Säkerhetsplan", "Safety plan"),
    "kind.other": ("Annat instrument", "Other instrument"),
    # The shipped danger-assessment scale: low, raised, high, acute.
    "level.low": ("Låg", "Low"),
    "level.raised": ("Förhöjd", "Raised"),
    "level.acute": ("Akut", "Acute"),
    "level.medium": ("Medel", "Medium"),
    "level.high": ("Hög", "High"),
    "level.severe": ("Allvarlig", "Severe"),
    "level.extreme": ("Extrem", "Extreme"),
    "level.variable": ("Varierande", "Variable"),
    "level.increased": ("Ökad", "Increased"),
    "violence.physical": ("Fysiskt våld", "Physical violence"),
    "violence.psychological": ("Psykiskt våld", "Psychological violence"),
    "violence.sexual": ("Sexuellt våld", "Sexual violence"),
    "violence.economic": ("Ekonomiskt våld", "Economic violence"),
    "violence.material": ("Materiellt våld", "Material violence"),
    "violence.latent": ("Latent våld", "Latent violence"),
    "violence.neglect": ("Försummelse", "Neglect"),
    "violence.honour": (
        "Hedersrelaterat våld och förtryck",
        "Honour-related violence and oppression",
    ),
    "violence.digital": ("Digitalt våld", "Digital violence"),
    "violence.social": ("Socialt våld", "Social violence"),
    "sex.female": ("Kvinnor", "Women"),
    "sex.male": ("Män", "Men"),
    "sex.unknown": ("Okänt kön", "Sex unknown"),
    "age.0-17": ("0–17 år", "0–17 years"),
    "age.65+": ("65 år och äldre", "65 and over"),
    "age.unknown": ("Okänd ålder", "Age unknown"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "total": ("Totalt", "Total"),
    "document_title": ("Statistik", "Statistics"),
    "period": ("Period: {start} – {end}", "Period: {start} – {end}"),
    "breakdown_none": ("Uppdelning: ingen", "Breakdown: none"),
    "breakdown": ("Uppdelning: {dims}", "Breakdown: {dims}"),
    "note_suppressed": (
        "<5 betyder ett dolt värde mellan 1 och 4. Noll visas som 0.",
        "<5 means a hidden value from 1 to 4. Zero is shown as 0.",
    ),
    "note_secondary": (
        ".. betyder ett värde som döljs för att ett annat dolt värde inte ska kunna räknas "
        "fram (sekundär röjandekontroll). Alla tabeller i exporten har kontrollerats "
        "tillsammans: inget dolt värde kan räknas fram exakt ur summorna, inte heller "
        "mellan tabeller med samma summor. En tabell där alla värden är .. har dolts helt "
        "eftersom antalen är för små; där kan .. vara vilket värde som helst, även 0.",
        ".. means a value hidden so that another hidden value cannot be worked out "
        "(secondary suppression). All tables of the export have been checked together: no "
        "hidden value can be worked out exactly from the totals, nor between tables that "
        "share totals. A table where every value is .. has been hidden in full because its "
        "counts are too small; there .. can be any value, 0 included.",
    ),
    "note_contents": (
        "Innehåller endast antal. Inga namn, personnummer, födelsedatum, exakta datum, "
        "fritext eller användarnamn.",
        "Counts only. No names, personal identity numbers, birth dates, exact dates, free "
        "text or user names.",
    ),
    "note_periods": (
        "Jämför helst hela månader eller kvartal: överlappande perioder kan avslöja små "
        "förändringar.",
        "Prefer whole months or quarters: overlapping periods can reveal small changes.",
    ),
    "note_chart": (
        "Diagrammet visar kolumnsummorna; dolda värden (<5, ..) ritas inte.",
        "The chart shows the column totals; hidden values (<5, ..) are not drawn.",
    ),
    "contents": (
        "Filen innehåller {count} tabeller, i denna ordning:",
        "The file holds {count} tables, in this order:",
    ),
    "contents_item": ("{number}. {title} (rad {row})", "{number}. {title} (row {row})"),
    "notes_sheet": ("Om statistiken", "About"),
    "notes_heading": ("Om statistiken", "About these statistics"),
    "index_heading": ("Innehåll: flik och tabell", "Contents: sheet and table"),
}

_MONTHS = (
    ("januari", "January"),
    ("februari", "February"),
    ("mars", "March"),
    ("april", "April"),
    ("maj", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("augusti", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)
_MONTH_CODE = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER_CODE = re.compile(r"^(\d{4})-Q([1-4])$")
_AGE_CODE = re.compile(r"^age\.(\d+)-(\d+)$")


def _pick(pair: tuple[str, str], language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return pair[0] if language == "sv" else pair[1]


def word(key: str, language: str = "sv", **params: str) -> str:
    """A fixed phrase (``total``, ``period``, ``note_*``, ...) with placeholders filled."""
    return _pick(_WORDS[key], language).format(**params)


def label(code: str, language: str = "sv") -> str:
    """The words for a row, column or title code; unknown codes are returned unchanged."""
    if code in _CODES:
        return _pick(_CODES[code], language)
    if code in _TITLES:
        return _pick(_TITLES[code], language)
    if match := _MONTH_CODE.match(code):
        year, month = match.groups()
        if 1 <= int(month) <= 12:
            return f"{_pick(_MONTHS[int(month) - 1], language)} {year}"
    if match := _QUARTER_CODE.match(code):
        year, quarter = match.groups()
        return f"kv. {quarter} {year}" if language == "sv" else f"Q{quarter} {year}"
    if match := _AGE_CODE.match(code):
        low, high = match.groups()
        return f"{low}–{high} år" if language == "sv" else f"{low}–{high} years"
    _pick(("", ""), language)  # validates ``language``
    return code


def short_label(code: str, language: str = "sv") -> str:
    """Like ``label``, but months abbreviated ("sep 2026") for narrow columns and chart axes;
    every other code gets its full words."""
    if match := _MONTH_CODE.match(code):
        year, month = match.groups()
        if 1 <= int(month) <= 12:
            return f"{_pick(_MONTHS[int(month) - 1], language)[:3].lower()} {year}"
    return label(code, language)


def table_title(table: PublishedTable, period: str, language: str = "sv") -> str:
    """E.g. "Genomförda bedömningar per instrument, per månad"."""
    dimension = period if table.dimension == "period" else table.dimension
    return f"{label(table.title, language)}, {_pick(_DIMENSIONS[dimension], language)}"


#: Short words for spreadsheet tab names (at most 31 characters with the breakdown).
_SHEETS: dict[str, tuple[str, str]] = {
    "table.clients": ("Aktiva klienter", "Active clients"),
    "table.new_clients": ("Nya klienter", "New clients"),
    "table.assessments": ("Bedömningar", "Assessments"),
    "table.risk_levels": ("Risknivåer", "Risk levels"),
    "table.violence": ("Våldsformer", "Forms of violence"),
    "table.children": ("Barn utsatta", "Children exposed"),
    "table.plans": ("Säkerhetsplaner", "Safety plans"),
    "table.repeats": ("Upprepningar", "Repeat assessments"),
}
_SHEET_DIMENSIONS: dict[str, tuple[str, str]] = {
    "month": ("månad", "month"),
    "quarter": ("kvartal", "quarter"),
    "sex": ("kön", "sex"),
    "age": ("ålder", "age"),
}


def sheet_label(table: PublishedTable, period: str, language: str = "sv") -> str:
    """A short tab name, e.g. "Bedömningar per månad" (a table code unknown here: its
    title's words, cut by the caller)."""
    dimension = period if table.dimension == "period" else table.dimension
    short = _SHEETS.get(table.title)
    by = _SHEET_DIMENSIONS.get(dimension)
    if short is None or by is None:
        return table_title(table, period, language)
    joiner = " per " if language == "sv" else " by "
    return f"{_pick(short, language)}{joiner}{_pick(by, language)}"


def dimension_label(dimension: str, language: str = "sv") -> str:
    return _pick(_DIMENSIONS[dimension], language)


def cell_text(value: Cell) -> str:
    """A published number as text: the count, or its marker ("<5", "..") when hidden."""
    return str(value)


def header_lines(result: StatisticsResult, language: str = "sv") -> list[str]:
    """Period and breakdown lines that head every export."""
    lines = [word("period", language, start=result.start.isoformat(), end=result.end.isoformat())]
    dims = [dimension_label(result.period, language)]
    dims += [dimension_label(d, language) for d in result.by]
    lines.append(word("breakdown", language, dims=", ".join(dims)))
    return lines


def notes(language: str = "sv") -> list[str]:
    """The explanatory notes every export carries."""
    return [
        word(k, language)
        for k in ("note_suppressed", "note_secondary", "note_contents", "note_periods")
    ]
