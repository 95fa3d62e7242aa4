"""The command line's one table of words: every code, Swedish first, with English.

Each owner of a layer keeps its block; ``{name}`` placeholders are filled from the params
(``riskapp.messages.word``).
"""

from __future__ import annotations

from riskapp.messages.assessment_words import ASSESSMENT_MESSAGES
from riskapp.messages.csv_import import CSV_MESSAGES
from riskapp.messages.form_problems import FORM_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    # --- general -----------------------------------------------------------------------
    "error": ("Något gick fel.", "Something went wrong."),
    "domain_error": ("Ogiltiga uppgifter.", "Invalid data."),
    # --- vault (riskapp/vault) -----------------------------------------------------------
    "vault_error": ("Valvet kunde inte användas.", "The vault could not be used."),
    "vault_not_found": ("Valvfilen finns inte: {path}", "The vault file does not exist: {path}"),
    "not_a_vault": (
        "Filen är inte ett krypterat riskapp-valv (t.ex. en vanlig SQLite-databas): {path}",
        "The file is not an encrypted riskapp vault (e.g. a plain SQLite database): {path}",
    ),
    "vault_damaged": (
        "Valvfilen är skadad och kan inte öppnas. Återställ från en säkerhetskopia.",
        "The vault file is damaged and cannot be opened. Restore from a backup.",
    ),
    "vault_truncated": (
        "Valvfilen är avkortad (ofullständig) och kan inte öppnas. Återställ från en "
        "säkerhetskopia.",
        "The vault file is truncated (incomplete) and cannot be opened. Restore from a backup.",
    ),
    "keys_missing": (
        "Nyckelfilen (.keys) bredvid valvet saknas; utan den kan valvet inte öppnas. "
        "Återställ den från en säkerhetskopia.",
        "The key file (.keys) beside the vault is missing; without it the vault cannot be "
        "opened. Restore it from a backup.",
    ),
    "keys_damaged": (
        "Nyckelfilen (.keys) är skadad eller har ändrats. Återställ från en säkerhetskopia.",
        "The key file (.keys) is damaged or was edited. Restore from a backup.",
    ),
    "keys_tampered": (
        "Nyckelfilen (.keys) har ändrats utanför programmet (dess kontrollsumma med nyckel "
        "stämmer inte). Återställ den från en säkerhetskopia och kontakta en teamledare.",
        "The key file (.keys) was changed outside the program (its keyed checksum does not "
        "match). Restore it from a backup and tell a team leader.",
    ),
    "keys_other_vault": (
        "Valvfilen och nyckelfilen (.keys) hör inte ihop: nyckelfilen hör till ett annat "
        "valv, eller så är valvfilen skadad. Lägg tillbaka valvets egen nyckelfil eller "
        "återställ båda från en säkerhetskopia.",
        "The vault file and the key file (.keys) do not belong together: the key file "
        "belongs to another vault, or the vault file is damaged. Put back the vault's own "
        "key file or restore both from a backup.",
    ),
    "wrong_passphrase": (
        "Fel lösenord eller användarnamn.",
        "Wrong passphrase or user name.",
    ),
    "vault_in_use": (
        "Valvet är redan öppet i ett annat fönster eller program. Stäng det först.",
        "The vault is already open in another window or program. Close it first.",
    ),
    "unlock_throttled": (
        "För många felaktiga försök. Försök igen om {seconds} sekunder.",
        "Too many failed attempts. Try again in {seconds} seconds.",
    ),
    "vault_too_new": (
        "Valvet är skapat av en nyare version av programmet (schema {version}). "
        "Uppdatera programmet.",
        "The vault was created by a newer version of the program (schema {version}). "
        "Update the program.",
    ),
    "throttle_path_invalid": (
        "Det står något annat än en fil där valvets räknare för misslyckade försök ska "
        "ligga: {path}. Ta bort det och försök igen.",
        "Something other than a file stands where the vault's failed-attempt counter "
        "belongs: {path}. Remove it and try again.",
    ),
    "session_closed": ("Valvet är låst.", "The vault is locked."),
    "rotation_pending": ("Ett nyckelbyte pågår redan.", "A key rotation is already pending."),
    "disk_full": (
        "Disken är full; ändringen sparades inte. Valvet är inte skadat. Frigör utrymme på "
        "disken och försök igen.",
        "The disk is full; the change was not saved. The vault is not damaged. Free some "
        "disk space and try again.",
    ),
    "disk_space_low": (
        "Det finns inte tillräckligt med ledigt utrymme för att byta valvets nyckel: det "
        "behövs {needed_mb} MB, {free_mb} MB är ledigt. Valvet är inte skadat. Frigör "
        "utrymme och försök igen.",
        "There is not enough free space to change the vault's key: {needed_mb} MB are "
        "needed, {free_mb} MB are free. The vault is not damaged. Free some space and try "
        "again.",
    ),
    "rotation_disk_full": (
        "Disken blev full medan valvets nyckel byttes. Valvet är inte skadat och har låsts. "
        "Frigör utrymme och lås upp valvet igen; då slutförs bytet.",
        "The disk became full while the vault's key was being changed. The vault is not "
        "damaged and has been locked. Free some space and unlock the vault again; the "
        "change is then completed.",
    ),
    "rotation_interrupted": (
        "Bytet av valvets nyckel avbröts. Valvet är inte skadat och har låsts. Lås upp "
        "valvet igen; då slutförs bytet.",
        "Changing the vault's key was interrupted. The vault is not damaged and has been "
        "locked. Unlock the vault again; the change is then completed.",
    ),
    "permission_denied": ("Du saknar behörighet för detta.", "You are not allowed to do this."),
    "user_remove_self": ("Du kan inte ta bort dig själv.", "You cannot remove yourself."),
    "user_last_teamleader": (
        "Den sista teamledaren kan inte tas bort.",
        "The last team leader cannot be removed.",
    ),
    "record_not_found": ("Uppgiften finns inte.", "The record does not exist."),
    "user_unknown": ("Användaren finns inte.", "No such user."),
    "client_unknown": ("Klienten finns inte.", "No such client."),
    "assessment_unknown": ("Bedömningen finns inte.", "No such assessment."),
    "plan_unknown": ("Säkerhetsplanen finns inte.", "No such safety plan."),
    "passphrase_short": (
        "Lösenordet måste ha minst {min_length} tecken; långa lösenfraser är både säkrare och "
        "lättare att minnas.",
        "The passphrase must have at least {min_length} characters; long passphrases are both "
        "safer and easier to remember.",
    ),
    "passphrase_common": (
        "Lösenordet är för vanligt eller lätt att gissa. Välj en egen lösenfras.",
        "The passphrase is too common or easy to guess. Choose a passphrase of your own.",
    ),
    "passphrase_is_username": (
        "Lösenordet får inte bygga på användarnamnet.",
        "The passphrase must not be based on the user name.",
    ),
    "passphrase_mismatch": (
        "Lösenorden stämmer inte överens.",
        "The passphrases do not match.",
    ),
    "duplicate_record": ("Uppgiften finns redan.", "The record already exists."),
    "user_exists": (
        "Det finns redan en användare med det namnet.",
        "A user with that name already exists.",
    ),
    "client_exists": (
        "Det finns redan en klient med det personnumret.",
        "A client with that personal identity number already exists.",
    ),
    "import_duplicate": ("Rad {row} upprepar rad {first}.", "Row {row} repeats row {first}."),
    "validation_failed": ("Ogiltiga uppgifter.", "Invalid data."),
    "vault_exists": ("Det finns redan ett valv här: {path}", "A vault already exists here: {path}"),
    "user_name_invalid": (
        "Ogiltigt användarnamn (1–64 tecken, inga inledande eller avslutande mellanslag).",
        "Invalid user name (1-64 characters, no leading or trailing spaces).",
    ),
    "client_name_missing": ("För- och efternamn krävs.", "First and last name are required."),
    "field_too_long": ("Ett fält är för långt.", "A field is too long."),
    "field_control_chars": (
        "Ett fält innehåller styrtecken (t.ex. NUL eller ESC); ta bort dem. Bara "
        "anteckningar och säker kontakt får ha radbrytningar och tabbar.",
        "A field contains control characters (e.g. NUL or ESC); remove them. Only notes "
        "and safe contact may hold line breaks and tabs.",
    ),
    "answers_invalid": ("Svaren kunde inte sparas.", "The answers could not be saved."),
    "assessment_completed": (
        "Bedömningen är avslutad och kan inte ändras.",
        "The assessment is completed and cannot be changed.",
    ),
    "assessment_referenced": (
        "En säkerhetsplan hänvisar till bedömningen; den kan inte tas bort.",
        "A safety plan refers to the assessment; it cannot be deleted.",
    ),
    "plan_not_latest": (
        "Endast den senaste versionen av planen kan ändras.",
        "Only the latest version of the plan can be changed.",
    ),
    "plan_printed": (
        "Planen är utskriven; spara en ny version i stället.",
        "The plan has been printed; save a new version instead.",
    ),
    "plan_print_version": ("Okänd utskriftsversion.", "Unknown print version."),
    "plan_no_org_phone": (
        "Varning: verksamhetens telefonnummer saknas (Inställningar), så planen har inget "
        "nummer till er.",
        "Warning: the organisation's phone number is missing (Settings), so the plan has no "
        "number to reach you.",
    ),
    "plan_warning_caseworker_phone": (
        "Varning: din profil saknar telefon; planen får ingen kontaktrad för dig.",
        "Warning: your profile has no phone, so the plan has no contact row for you.",
    ),
    "plan_language": (
        "Planen kan bara skrivas ut på svenska (sv) eller engelska (en).",
        "The plan can only be printed in Swedish (sv) or English (en).",
    ),
    "user_profile_invalid": (
        "Visningsnamnet eller telefonnumret är för långt eller innehåller otillåtna tecken.",
        "The display name or phone number is too long or contains characters that are not allowed.",
    ),
    "settings_invalid": ("Ogiltiga inställningar.", "Invalid settings."),
    "backup_invalid": (
        "Säkerhetskopian är skadad eller ofullständig; inget ändrades.",
        "The backup is damaged or incomplete; nothing was changed.",
    ),
    "backup_missing": (
        "Säkerhetskopian eller dess nyckelfil (.keys) saknas: {path}",
        "The backup or its key file (.keys) is missing: {path}",
    ),
    "backup_exists": ("Filen finns redan: {path}", "The file already exists: {path}"),
    "backup_dir": ("Katalogen finns inte: {path}", "The directory does not exist: {path}"),
    "restore_readds_users": (
        "Säkerhetskopian innehåller användare som inte längre finns i valvet: {users}. "
        "Återställningen skulle släppa in dem igen; inget ändrades. Kör om med --force om "
        "det är avsikten, och ta sedan bort dem på nytt.",
        "The backup holds users the vault no longer has: {users}. Restoring would let them "
        "in again; nothing was changed. Run again with --force if that is intended, then "
        "remove them again.",
    ),
    "backup_write_failed": (
        "Säkerhetskopian kunde inte skrivas (disken full eller skrivskyddad?); inget ändrades.",
        "The backup could not be written (disk full or read-only?); nothing was changed.",
    ),
    "extract_write_failed": (
        "Registerutdraget kunde inte skrivas ({reason}: disken full eller skrivskyddad?); "
        "ingen ofullständig fil finns kvar.",
        "The record extract could not be written ({reason}: disk full or read-only?); no "
        "partial file was left.",
    ),
    "verify_failed": (
        "Kontrollen hittade {count} fel: {first}",
        "The check found {count} problems: {first}",
    ),
    "pnr_not_found": (
        "Det finns ingen klient med det personnumret.",
        "There is no client with that personal identity number.",
    ),
    "out_exists": ("Filen finns redan: {path}", "The file already exists: {path}"),
    # --- forms (riskapp/domain/forms; riskapp/messages/form_problems.py) ----------------
    **FORM_MESSAGES,
    # --- personnummer / statistics ---------------------------------------------------------
    "pnr_format": (
        "Ogiltigt personnummer: skriv ÅÅMMDD-NNNN, ÅÅMMDD+NNNN eller ÅÅÅÅMMDD-NNNN.",
        "Invalid personnummer: use YYMMDD-NNNN, YYMMDD+NNNN or YYYYMMDD-NNNN.",
    ),
    "pnr_month": (
        "Ogiltigt personnummer: månaden finns inte.",
        "Invalid personnummer: no such month.",
    ),
    "pnr_day": (
        "Ogiltigt personnummer: dagen finns inte i den månaden.",
        "Invalid personnummer: no such day in that month.",
    ),
    "pnr_checksum": (
        "Ogiltigt personnummer: kontrollsiffran stämmer inte.",
        "Invalid personnummer: the check digit does not match.",
    ),
    "pnr_future": (
        "Ogiltigt personnummer: födelsedatumet ligger i framtiden.",
        "Invalid personnummer: the birth date is in the future.",
    ),
    "stats_input": ("Ogiltiga val för statistiken.", "Invalid statistics options."),
    "stats_range": ("Startdatum ligger efter slutdatum.", "The start date is after the end date."),
    "stats_period": (
        "Okänd periodindelning {period}: välj month eller quarter.",
        "Unknown period kind {period}: choose month or quarter.",
    ),
    "stats_by": (
        "Okänd uppdelning {by}: välj sex och/eller age.",
        "Unknown breakdown {by}: choose sex and/or age.",
    ),
    "stats_bad_date": (
        "Ogiltigt datum för {option}: skriv ÅÅÅÅ-MM-DD.",
        "Invalid date for {option}: use YYYY-MM-DD.",
    ),
    "stats_format": (
        "Okänt filformat {format}: välj csv, xlsx eller pdf.",
        "Unknown file format {format}: choose csv, xlsx or pdf.",
    ),
    "stats_unprotected": (
        "Statistiken har inte gått igenom röjandekontroll och sparas inte.",
        "The statistics have not been through disclosure control; not saved.",
    ),
    # --- reports ---------------------------------------------------------------------------
    "report_error": ("Utskriften kunde inte skapas.", "The printout could not be made."),
    "report_fonts_missing": (
        "Typsnittsfilen {file} saknas i installationen.",
        "The font file {file} is missing from the installation.",
    ),
    "report_wrong_form": (
        "Formulärversionen stämmer inte med det som ska skrivas ut ({form_id} version {version}).",
        "The form version does not match what is being printed ({form_id} version {version}).",
    ),
    "report_wrong_client": (
        "Bedömningen hör inte till den klienten.",
        "The assessment does not belong to that client.",
    ),
    "report_discreet_revealing": (
        'Den diskreta utskriften skulle avslöja vad den handlar om: fältet "{field}" '
        'innehåller "{word}". Ändra texten eller utelämna fältet i den diskreta versionen.',
        'The discreet printout would reveal its purpose: field "{field}" contains '
        '"{word}". Reword it or leave the field out of the discreet version.',
    ),
    "report_write_failed": (
        "Filen kunde inte sparas ({reason}). Kontrollera mappen och att det finns plats.",
        "The file could not be saved ({reason}). Check the folder and free space.",
    ),
    "report_disk_full": (
        "Filen kunde inte sparas: disken är full. Ingen ofullständig fil finns kvar. Frigör "
        "utrymme eller välj en annan disk och försök igen.",
        "The file could not be saved: the disk is full. No partial file was left. Free some "
        "space or choose another disk and try again.",
    ),
    "report_password_empty": (
        "Lösenordet för PDF-filen får inte vara tomt.",
        "The PDF password must not be empty.",
    ),
    "print_refused": ("Utskriften nekades.", "The printout was refused."),
    "print_no_plan": (
        "Klienten har ingen säkerhetsplan att skriva ut.",
        "The client has no safety plan to print.",
    ),
    "print_wrong_client": (
        "Bedömning {assessment} hör inte till den klienten.",
        "Assessment {assessment} does not belong to that client.",
    ),
    "print_unknown_client": (
        "Det finns ingen klient med det personnumret.",
        "There is no client with that personal identity number.",
    ),
    # --- services: assessments and safety plans (riskapp/services) -----------------------
    "assessment_refused": (
        "Bedömningen kan inte ändras så.",
        "The assessment cannot be changed so.",
    ),
    "assessment_incomplete": (
        "Bedömningen kan inte slutföras ännu: {codes}.",
        "The assessment cannot be completed yet: {codes}.",
    ),
    "plan_refused": ("Säkerhetsplanen kunde inte sparas.", "The safety plan could not be saved."),
    "plan_no_form": (
        "Det finns inget formulär för säkerhetsplaner.",
        "No safety-plan form is installed.",
    ),
    "plan_wrong_form": (
        "Formuläret {form_id} är inte en säkerhetsplan.",
        "The form {form_id} is not a safety plan.",
    ),
    # --- cli ---------------------------------------------------------------------------------
    "cli_error": ("Kommandot kunde inte utföras.", "The command could not be carried out."),
    "secret_missing": (
        "Rad {line} saknas på standard in: ange lösenordet (och vid behov det andra) "
        "på var sin rad.",
        "Line {line} is missing on standard input: give the passphrase (and the second "
        "secret where needed) one per line.",
    ),
    "secret_not_utf8": (
        "Rad {line} på standard in är inte UTF-8: lösenord läses som UTF-8-text.",
        "Line {line} on standard input is not UTF-8: passphrases are read as UTF-8 text.",
    ),
    "secret_no_tty": (
        "Ingen terminal att fråga efter lösenord i: använd --passphrase-stdin.",
        "No terminal to ask for the passphrase: use --passphrase-stdin.",
    ),
    "event_bad_date": (
        "Ogiltigt datum för händelsen: skriv ÅÅÅÅ-MM-DD.",
        "Invalid date for the event: use YYYY-MM-DD.",
    ),
    "demo_clients_range": (
        "Antalet klienter måste vara mellan 0 och 1 000 000.",
        "The number of clients must be between 0 and 1,000,000.",
    ),
    # --- CSV import (riskapp/domain/client_csv.py, csv_text.py; riskapp/messages/csv_import.py)
    **CSV_MESSAGES,
    # --- assessments: completion problems and warnings, corrections, voiding
    # (assessment_words.py) ------------------------------------------------------------------
    **ASSESSMENT_MESSAGES,
}
