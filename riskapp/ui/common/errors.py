"""The GUI's one catalogue of words for codes, and the place that shows an error to people.

Every code a ``RiskappError`` (and a completion problem) can carry into the GUI has a
Swedish sentence here that says what happened and what to do, translated with Qt at the
moment it is shown (STYLE.md, "Translate at the UI edge, in one place"); anything else
gets a generic message and a log line without personal data. Messages are whole sentences
with ``{name}`` placeholders filled from ``exc.params`` after translation, so ``lupdate``
sees every string. ``tests/unit/test_error_codes.py`` fails when a code has no words here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from riskapp.domain.errors import RiskappError
from riskapp.ui.common.dialogs import Dialogs
from riskapp.ui.common.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "errors"

GENERIC = QT_TRANSLATE_NOOP(
    "errors", "Något gick fel. Försök igen; om felet kvarstår, kontakta din teamledare."
)
TITLE = QT_TRANSLATE_NOOP("errors", "Det gick inte")

#: code -> untranslated Swedish message (translated when shown).
MESSAGES: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors",
        "Fel användarnamn eller lösenfras. Kontrollera stavningen och Caps Lock och försök igen.",
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "Valvfilen är skadad och kan inte öppnas. Lösenfrasen var rätt. Återställ "
        "den senaste säkerhetskopian eller kontakta din teamledare.",
    ),
    "vault_truncated": QT_TRANSLATE_NOOP(
        "errors",
        "Valvfilen är ofullständig och kan inte öppnas. Återställ den senaste "
        "säkerhetskopian eller kontakta din teamledare.",
    ),
    "keys_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Nyckelfilen som hör till valvet saknas (filen som slutar på .keys). "
        "Lägg tillbaka den eller återställ den senaste säkerhetskopian.",
    ),
    "keys_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "Nyckelfilen som hör till valvet är skadad. Återställ den senaste "
        "säkerhetskopian eller kontakta din teamledare.",
    ),
    "keys_tampered": QT_TRANSLATE_NOOP(
        "errors",
        "Nyckelfilen som hör till valvet har ändrats utanför programmet. Återställ den "
        "senaste säkerhetskopian och kontakta din teamledare.",
    ),
    "keys_other_vault": QT_TRANSLATE_NOOP(
        "errors",
        "Valvfilen och nyckelfilen hör inte ihop: nyckelfilen hör till ett annat valv, "
        "eller så är valvfilen skadad. Lägg tillbaka valvets egen nyckelfil eller "
        "återställ den senaste säkerhetskopian.",
    ),
    "throttle_path_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Det står något annat än en fil där valvets räknare för misslyckade försök ska "
        "ligga: {path}. Ta bort det och försök igen.",
    ),
    "not_a_vault": QT_TRANSLATE_NOOP("errors", "Filen är inte ett riskapp-valv. Välj rätt fil."),
    "vault_not_found": QT_TRANSLATE_NOOP(
        "errors", "Valvfilen finns inte. Kontrollera sökvägen eller skapa ett nytt valv."
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "errors", "Valvet är redan öppet i ett annat fönster eller program. Stäng det först."
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "errors", "Valvet har skapats med en nyare version av riskapp. Uppdatera programmet."
    ),
    "unlock_throttled": QT_TRANSLATE_NOOP(
        "errors", "För många misslyckade försök. Vänta {seconds} sekunder och försök igen."
    ),
    "permission_denied": QT_TRANSLATE_NOOP(
        "errors", "Du har inte behörighet att göra detta. Be en teamledare om hjälp."
    ),
    "record_not_found": QT_TRANSLATE_NOOP(
        "errors", "Uppgiften finns inte längre. Den kan ha tagits bort; uppdatera vyn."
    ),
    "duplicate_record": QT_TRANSLATE_NOOP(
        "errors", "Det finns redan en post med samma uppgifter. Sök fram den befintliga."
    ),
    "validation_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Uppgifterna kunde inte sparas eftersom de är ofullständiga eller "
        "felaktiga. Kontrollera fälten och försök igen.",
    ),
    "assessment_completed": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen är redan slutförd och kan inte ändras. Starta en ny bedömning."
    ),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "errors", "Säkerhetskopian är ogiltig eller skadad. Välj en annan kopia."
    ),
    "passphrase_short": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen är för kort. Använd minst 12 tecken, gärna flera ord."
    ),
    "passphrase_common": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen är för lätt att gissa. Välj flera ord som inte hör ihop."
    ),
    "passphrase_is_username": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen liknar användarnamnet. Välj något helt annat."
    ),
    "pnr_format": QT_TRANSLATE_NOOP(
        "errors", "Personnumret har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."
    ),
    "pnr_month": QT_TRANSLATE_NOOP(
        "errors", "Personnumret innehåller en månad som inte finns. Kontrollera siffrorna."
    ),
    "pnr_day": QT_TRANSLATE_NOOP(
        "errors", "Personnumret innehåller en dag som inte finns. Kontrollera siffrorna."
    ),
    "pnr_checksum": QT_TRANSLATE_NOOP(
        "errors", "Personnumrets kontrollsiffra stämmer inte. Kontrollera siffrorna."
    ),
    "pnr_future": QT_TRANSLATE_NOOP(
        "errors", "Personnumret anger ett födelsedatum i framtiden. Kontrollera siffrorna."
    ),
    # --- general ---------------------------------------------------------------------------
    "error": GENERIC,
    "domain_error": QT_TRANSLATE_NOOP(
        "errors",
        "Uppgifterna kunde inte användas eftersom de är ofullständiga eller felaktiga. "
        "Kontrollera dem och försök igen.",
    ),
    # --- vault -----------------------------------------------------------------------------
    "vault_error": QT_TRANSLATE_NOOP(
        "errors",
        "Valvet kunde inte användas. Försök igen; om felet kvarstår, kontakta din teamledare.",
    ),
    "session_closed": QT_TRANSLATE_NOOP("errors", "Valvet är låst. Lås upp det och försök igen."),
    "rotation_pending": QT_TRANSLATE_NOOP(
        "errors", "Ett nyckelbyte pågår redan. Vänta tills det är klart och försök igen."
    ),
    "user_remove_self": QT_TRANSLATE_NOOP(
        "errors", "Du kan inte ta bort dig själv. Be en annan teamledare om hjälp."
    ),
    "user_last_teamleader": QT_TRANSLATE_NOOP(
        "errors",
        "Den sista teamledaren kan inte tas bort. Gör först någon annan till teamledare.",
    ),
    "user_unknown": QT_TRANSLATE_NOOP(
        "errors", "Användaren finns inte. Kontrollera användarnamnet."
    ),
    "client_unknown": QT_TRANSLATE_NOOP(
        "errors", "Klienten finns inte längre. Den kan ha tagits bort; uppdatera vyn."
    ),
    "assessment_unknown": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen finns inte längre. Den kan ha tagits bort; uppdatera vyn."
    ),
    "plan_unknown": QT_TRANSLATE_NOOP(
        "errors", "Säkerhetsplanen finns inte längre. Den kan ha tagits bort; uppdatera vyn."
    ),
    "user_exists": QT_TRANSLATE_NOOP(
        "errors", "Det finns redan en användare med det namnet. Välj ett annat användarnamn."
    ),
    "client_exists": QT_TRANSLATE_NOOP(
        "errors",
        "Det finns redan en klient med det personnumret. Sök fram den befintliga klienten.",
    ),
    "import_duplicate": QT_TRANSLATE_NOOP(
        "errors", "Rad {row} upprepar rad {first}. Ta bort den ena raden och försök igen."
    ),
    "vault_exists": QT_TRANSLATE_NOOP(
        "errors", "Det finns redan ett valv här: {path}. Öppna det eller välj en annan plats."
    ),
    "user_name_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Användarnamnet är ogiltigt. Använd 1–64 tecken utan inledande eller avslutande "
        "mellanslag.",
    ),
    "client_name_missing": QT_TRANSLATE_NOOP(
        "errors", "För- och efternamn krävs. Fyll i båda och försök igen."
    ),
    "field_too_long": QT_TRANSLATE_NOOP(
        "errors", "Ett fält är för långt. Korta texten och försök igen."
    ),
    "field_control_chars": QT_TRANSLATE_NOOP(
        "errors", "Ett fält innehåller styrtecken. Ta bort dem och försök igen."
    ),
    "answers_invalid": QT_TRANSLATE_NOOP(
        "errors", "Svaren kunde inte sparas. Kontrollera svaren och försök igen."
    ),
    "assessment_referenced": QT_TRANSLATE_NOOP(
        "errors", "En säkerhetsplan hänvisar till bedömningen, så den kan inte tas bort."
    ),
    "plan_not_latest": QT_TRANSLATE_NOOP(
        "errors",
        "Endast den senaste versionen av planen kan ändras. Öppna den senaste versionen.",
    ),
    "plan_printed": QT_TRANSLATE_NOOP(
        "errors", "Planen är utskriven och kan inte ändras. Spara en ny version i stället."
    ),
    "plan_print_version": QT_TRANSLATE_NOOP(
        "errors", "Den versionen av planen finns inte. Uppdatera vyn och försök igen."
    ),
    "plan_language": QT_TRANSLATE_NOOP(
        "errors", "Planen kan bara skrivas ut på svenska eller engelska."
    ),
    "user_profile_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Visningsnamnet eller telefonnumret är för långt eller innehåller otillåtna tecken.",
    ),
    "settings_invalid": QT_TRANSLATE_NOOP(
        "errors", "Inställningarna är ogiltiga. Kontrollera värdena och försök igen."
    ),
    "backup_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Säkerhetskopian eller dess nyckelfil (.keys) saknas: {path}. Välj en fullständig kopia.",
    ),
    "backup_exists": QT_TRANSLATE_NOOP("errors", "Filen finns redan: {path}. Välj ett annat namn."),
    "backup_dir": QT_TRANSLATE_NOOP("errors", "Mappen finns inte: {path}. Välj en annan mapp."),
    "restore_readds_users": QT_TRANSLATE_NOOP(
        "errors",
        "Säkerhetskopian innehåller användare som inte längre finns i valvet: {users}. "
        "Inget ändrades.",
    ),
    "backup_write_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Säkerhetskopian kunde inte skrivas; inget har ändrats. Kontrollera att det finns "
        "plats och att mappen är skrivbar.",
    ),
    # --- forms -----------------------------------------------------------------------------
    "form_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Ett formulär är felaktigt ({count} fel) och kan inte användas. Be den som ansvarar "
        "för formulären att kontrollera det.",
    ),
    "form_not_found": QT_TRANSLATE_NOOP(
        "errors",
        "Formuläret {form_id} version {version} finns inte på den här datorn. Lägg "
        "organisationens egna formulär i mappen under Inställningar → Egna formulär.",
    ),
    "condition_syntax": QT_TRANSLATE_NOOP(
        "errors",
        "Ett villkor i formuläret går inte att tolka (kolumn {column}: {detail}). Be den som "
        "ansvarar för formulären att rätta det.",
    ),
    # --- completing an assessment (shown beside the question, page or judgement) -----------
    "answer_required": QT_TRANSLATE_NOOP("errors", "Svar krävs."),
    "answer_invalid": QT_TRANSLATE_NOOP(
        "errors", "Svaret är ogiltigt. Välj eller skriv ett nytt svar."
    ),
    "answer_unconfirmed": QT_TRANSLATE_NOOP("errors", "Förifyllt svar – bekräfta eller ändra det."),
    "client_estimate_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Registrera klientens egen bedömning (eller att klienten inte vill bedöma).",
    ),
    "client_estimate_invalid": QT_TRANSLATE_NOOP(
        "errors", "Klientens bedömning är ogiltig. Välj igen."
    ),
    "judgement_missing": QT_TRANSLATE_NOOP("errors", "Välj en risknivå."),
    "judgement_invalid": QT_TRANSLATE_NOOP(
        "errors", "Risknivån finns inte i formuläret. Välj igen."
    ),
    "judgement_unconfirmed": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen är förifylld – bekräfta eller ändra den."
    ),
    "rationale_missing": QT_TRANSLATE_NOOP("errors", "Skriv en motivering till bedömningen."),
    "rationale_too_short": QT_TRANSLATE_NOOP(
        "errors", "Motiveringen är för kort: skriv minst {min_chars} tecken."
    ),
    # --- services --------------------------------------------------------------------------
    "assessment_refused": QT_TRANSLATE_NOOP("errors", "Bedömningen kan inte ändras på det sättet."),
    "assessment_incomplete": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen kan inte slutföras ännu. Åtgärda det som är markerat och försök igen.",
    ),
    "assessment_warnings": QT_TRANSLATE_NOOP(
        "errors",
        "Läs varningen och låt motiveringen förklara skillnaden. Välj Bekräfta ändå för att "
        "slutföra.",
    ),
    "judgement_below_estimate": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen är lägre än klientens egen bedömning. Låt motiveringen förklara skillnaden.",
    ),
    "judgement_low_with_marker": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen är låg fast en stark riskmarkör är besvarad med ja. Låt motiveringen "
        "förklara varför.",
    ),
    "assessment_not_completed": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen är inte slutförd. Ett utkast kan kasseras i stället.",
    ),
    "assessment_voided": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen är redan makulerad.",
    ),
    "assessment_corrected": QT_TRANSLATE_NOOP(
        "errors",
        "Bedömningen har ersatts av en rättelse. Makulera rättelsen i stället.",
    ),
    "reason_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Ange ett skäl.",
    ),
    "child_report_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Välj om orosanmälan är gjord, redan känd eller inte behövs.",
    ),
    "event_kind_invalid": QT_TRANSLATE_NOOP(
        "errors",
        "Välj en händelse: ny incident, separation eller frigivning.",
    ),
    "plan_refused": QT_TRANSLATE_NOOP(
        "errors",
        "Säkerhetsplanen kunde inte sparas. Försök igen; om felet kvarstår, kontakta din "
        "teamledare.",
    ),
    "plan_no_form": QT_TRANSLATE_NOOP(
        "errors",
        "Det finns inget formulär för säkerhetsplaner på den här datorn. Kontakta din teamledare.",
    ),
    "plan_wrong_form": QT_TRANSLATE_NOOP(
        "errors",
        "Formuläret {form_id} är inte en säkerhetsplan. Välj ett formulär för säkerhetsplaner.",
    ),
    "print_refused": QT_TRANSLATE_NOOP(
        "errors", "Utskriften nekades. Kontrollera vad som ska skrivas ut och försök igen."
    ),
    "print_no_plan": QT_TRANSLATE_NOOP(
        "errors", "Klienten har ingen säkerhetsplan att skriva ut. Skapa en plan först."
    ),
    "print_wrong_client": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen hör inte till den här klienten. Uppdatera vyn och försök igen."
    ),
    # --- reports and statistics ------------------------------------------------------------
    "report_error": QT_TRANSLATE_NOOP(
        "errors",
        "Utskriften kunde inte skapas. Försök igen; om felet kvarstår, kontakta din teamledare.",
    ),
    "report_fonts_missing": QT_TRANSLATE_NOOP(
        "errors", "Typsnittsfilen {file} saknas i installationen. Installera om programmet."
    ),
    "report_wrong_form": QT_TRANSLATE_NOOP(
        "errors",
        "Formulärversionen stämmer inte med det som ska skrivas ut. Uppdatera vyn och försök igen.",
    ),
    "report_wrong_client": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen hör inte till den här klienten. Uppdatera vyn och försök igen."
    ),
    "report_discreet_revealing": QT_TRANSLATE_NOOP(
        "errors",
        'Den diskreta utskriften skulle avslöja vad den handlar om: fältet "{field}" '
        'innehåller "{word}". Ändra texten eller utelämna fältet i den diskreta versionen.',
    ),
    "report_write_failed": QT_TRANSLATE_NOOP(
        "errors", "Filen kunde inte sparas. Välj en annan mapp och försök igen."
    ),
    "report_disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Filen kunde inte sparas: disken är full. Frigör utrymme eller välj en annan disk.",
    ),
    "report_password_empty": QT_TRANSLATE_NOOP(
        "errors", "Lösenordet för PDF-filen får inte vara tomt. Skriv ett lösenord."
    ),
    "stats_input": QT_TRANSLATE_NOOP(
        "errors", "Valen för statistiken är ogiltiga. Ändra valen och försök igen."
    ),
    "stats_range": QT_TRANSLATE_NOOP(
        "errors", "Startdatum ligger efter slutdatum. Ändra perioden."
    ),
    "stats_period": QT_TRANSLATE_NOOP("errors", "Okänd periodindelning. Välj månad eller kvartal."),
    "stats_by": QT_TRANSLATE_NOOP("errors", "Okänd uppdelning. Välj kön och/eller ålder."),
    "stats_format": QT_TRANSLATE_NOOP("errors", "Okänt filformat. Välj CSV, Excel eller PDF."),
    "stats_unprotected": QT_TRANSLATE_NOOP(
        "errors",
        "Statistiken har inte gått igenom röjandekontroll och sparas inte. Förhandsgranska "
        "igen och exportera sedan.",
    ),
    "disk_space_low": QT_TRANSLATE_NOOP(
        "errors",
        "Det finns inte tillräckligt med ledigt utrymme på disken för att byta valvets "
        "nyckel: det behövs {needed_mb} MB, {free_mb} MB är ledigt. Inget har ändrats och "
        "valvet är inte skadat. Frigör utrymme och försök igen.",
    ),
    "rotation_disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Disken blev full medan valvets nyckel byttes. Valvet är inte skadat men har "
        "låsts. Frigör utrymme på disken och lås upp igen; då slutförs bytet.",
    ),
    "rotation_interrupted": QT_TRANSLATE_NOOP(
        "errors",
        "Bytet av valvets nyckel avbröts. Valvet är inte skadat men har låsts. Lås upp "
        "igen; då slutförs bytet.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Disken är full, så den senaste ändringen kunde inte sparas. Valvet är inte skadat. "
        "Frigör utrymme på disken och försök igen.",
    ),
    # --- cases and Kolada indicators (riskapp/domain/cases.py, domain/stats/indicators.py)
    "case_error": QT_TRANSLATE_NOOP("errors", "Ärendet kunde inte ändras. Försök igen."),
    "case_already_open": QT_TRANSLATE_NOOP(
        "errors", "Klienten har redan ett öppet ärende. Avsluta det först."
    ),
    "case_not_open": QT_TRANSLATE_NOOP("errors", "Klienten har inget öppet ärende."),
    "case_date_before_open": QT_TRANSLATE_NOOP(
        "errors", "Datumet ligger före dagen då ärendet öppnades. Ändra datumet."
    ),
    "case_date_in_future": QT_TRANSLATE_NOOP(
        "errors", "Datumet ligger i framtiden. Ändra datumet."
    ),
    "case_bad_value": QT_TRANSLATE_NOOP("errors", "Ett av valen för ärendet är okänt."),
    "case_unknown": QT_TRANSLATE_NOOP(
        "errors", "Ärendet finns inte längre. Ladda om klientens sida."
    ),
    "case_responsible_unknown": QT_TRANSLATE_NOOP(
        "errors", "Den ansvariga användaren finns inte eller har tagits bort. Välj en annan."
    ),
    "intervention_unknown_kind": QT_TRANSLATE_NOOP(
        "errors", "Insatsen finns inte i organisationens lista. Välj en annan."
    ),
    "intervention_dates": QT_TRANSLATE_NOOP(
        "errors", "Insatsen kan inte sluta före den börjar. Ändra datumen."
    ),
    "indicators_input": QT_TRANSLATE_NOOP("errors", "Valen för indikatorerna är ogiltiga."),
    "indicators_bad_year": QT_TRANSLATE_NOOP(
        "errors", "Året kan inte redovisas: det ligger i framtiden. Välj ett annat år."
    ),
    "indicators_bad_adults": QT_TRANSLATE_NOOP(
        "errors", "Ange antalet vuxna invånare som ett positivt heltal."
    ),
}


def words_for(code: str, params: Mapping[str, Any] | None = None) -> str | None:
    """The translated words for ``code`` with ``params`` filled in; None if it has none."""
    text = MESSAGES.get(code)
    if text is None:
        return None
    translated = QCoreApplication.translate(CONTEXT, text)
    try:
        return translated.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return translated


def message_for_code(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated message for ``code``, else a generic one (logged)."""
    text = words_for(code, params)
    if text is not None:
        return text
    log.warning("no UI message for error code %s", code)
    return QCoreApplication.translate(CONTEXT, GENERIC)


def message_for(exc: BaseException) -> str:
    """The translated message for ``exc``: by its code, else a generic one (logged)."""
    if isinstance(exc, RiskappError):
        return message_for_code(exc.code, exc.params)
    # A bug, not an expected failure: log the type only (never str(exc): may hold data).
    log.error("unexpected error %s", type(exc).__name__)
    return QCoreApplication.translate(CONTEXT, GENERIC)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` in a message box (through the dialogs seam)."""
    Dialogs.critical(parent, QCoreApplication.translate(CONTEXT, TITLE), message_for(exc))
