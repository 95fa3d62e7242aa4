"""The command line's one table of words: every code, Swedish first, with English.

Each owner of a layer keeps its block; ``{name}`` placeholders are filled from the params
(``riskapp.messages.word``).
"""

from __future__ import annotations

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
    "verify_failed": (
        "Kontrollen hittade {count} fel: {first}",
        "The check found {count} problems: {first}",
    ),
    "csv_unreadable": (
        "CSV-filen kunde inte läsas: {path}",
        "The CSV file could not be read: {path}",
    ),
    "csv_invalid": (
        "CSV-filen har fel, inget importerades: {problems}",
        "The CSV file has errors, nothing was imported: {problems_en}",
    ),
    # CSV import: one line per bad line, "rad N: problem"
    "csv_line": ("rad {line}: {problem}", "line {line}: {problem}"),
    "csv_bad_utf8": (
        "ogiltig UTF-8 vid byte {column} på raden (byte {offset} i filen)",
        "invalid UTF-8 at byte {column} of the line (byte {offset} of the file)",
    ),
    "csv_header": ("rubrikraden måste vara exakt {header}", "the header must be exactly {header}"),
    "csv_field_count": ("{count} fält, ska vara {expected}", "{count} fields, expected {expected}"),
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
    "pnr_not_found": (
        "Det finns ingen klient med det personnumret.",
        "There is no client with that personal identity number.",
    ),
    "out_exists": ("Filen finns redan: {path}", "The file already exists: {path}"),
    # --- forms (riskapp/domain/forms) ----------------------------------------------------
    "form_invalid": (
        "Formulärfilen är ogiltig: {count} fel.",
        "The form file is invalid: {count} problem(s).",
    ),
    "form_not_found": (
        "Formuläret {form_id} version {version} finns inte på den här datorn. Lägg "
        "organisationens egna formulär i katalogen under Inställningar → Egna formulär.",
        "Form {form_id} version {version} is not on this computer. Put the organisation's "
        "own forms in the directory under Settings → Own forms.",
    ),
    "condition_syntax": (
        "Villkoret går inte att tolka: kolumn {column}: {detail}",
        "The condition cannot be read: column {column}: {detail}",
    ),
    "form_file_missing": ("filen eller mappen finns inte", "file or directory not found"),
    "form_no_files": (
        "mappen innehåller inga formulärfiler (*.yaml)",
        "no form files (*.yaml) in this directory",
    ),
    "form_unreadable": ("filen kan inte läsas ({detail})", "cannot read the file ({detail})"),
    "form_encoding": ("filen är inte UTF-8-text", "the file is not UTF-8 text"),
    "form_yaml_syntax": ("YAML-syntaxfel: {detail}", "YAML syntax error: {detail}"),
    "form_empty": ("filen är tom", "the file is empty"),
    "form_too_large": (
        "filen är större än {limit}, det mesta en formulärfil får vara",
        "the file is larger than {limit}, the most a form file may be",
    ),
    "form_bad_character": (
        "tecknet {character} är inte tillåtet (ett styrtecken)",
        "character {character} is not allowed (a control character)",
    ),
    "form_yaml_alias": (
        "ankare och alias (&namn, *namn) är inte tillåtna i formulärfiler",
        "anchors and aliases (&name, *name) are not allowed in form files",
    ),
    "form_too_deep": (
        "mer än {limit} nivåer av nästling",
        "more than {limit} levels of nesting",
    ),
    "form_too_many_nodes": (
        "mer än {limit} nycklar, värden och listposter i en fil",
        "more than {limit} keys, values and list items in one file",
    ),
    "form_not_mapping": (
        "filen måste börja med nycklar och värden (nyckel: värde)",
        "the file must contain a mapping (key: value lines) at the top level",
    ),
    "form_duplicate_key": (
        "nyckeln '{key}' förekommer två gånger (först på rad {first_line})",
        "key '{key}' appears twice (first on line {first_line})",
    ),
    "form_unknown_key": ("okänd nyckel '{key}'", "unknown key '{key}'"),
    "form_unknown_key_hint": (
        "okänd nyckel '{key}' (menade du '{suggestion}'?)",
        "unknown key '{key}' (did you mean '{suggestion}'?)",
    ),
    "form_missing_key": ("nyckeln '{key}' saknas", "required key '{key}' is missing"),
    "form_wrong_value": ("{key}: ogiltigt värde ({detail})", "{key}: {detail}"),
    "form_bad_id": (
        "id '{id}' för {what_sv} måste börja med en liten bokstav och får bara "
        "innehålla a-z, 0-9 och {allowed}",
        "{what} id '{id}' must start with a lower-case letter and use only a-z, 0-9 and {allowed}",
    ),
    "form_reserved_id": (
        "id '{id}' för {what_sv} är ett reserverat ord",
        "{what} id '{id}' is a reserved word",
    ),
    "form_duplicate_id": (
        "id '{id}' för {what_sv} används två gånger (först på rad {first_line})",
        "duplicate {what} id '{id}' (first on line {first_line})",
    ),
    "form_condition_syntax": (
        "visible_if: kolumn {column}: {detail}",
        "visible_if: column {column}: {detail}",
    ),
    "form_condition_unknown": (
        "visible_if hänvisar till en okänd fråga '{ref}'",
        "visible_if refers to unknown question '{ref}'",
    ),
    "form_condition_self": (
        "visible_if hänvisar till frågan själv ('{ref}')",
        "visible_if refers to the question itself ('{ref}')",
    ),
    "form_condition_later": (
        "visible_if hänvisar till '{ref}', som inte ställts före den här "
        "punkten; villkor får bara använda tidigare frågor",
        "visible_if refers to '{ref}', which is not asked before this "
        "point; conditions may only use earlier questions",
    ),
    "form_condition_value": (
        "visible_if jämför '{ref}' med {value}, som inte är ett av dess svar ({allowed})",
        "visible_if compares '{ref}' with {value}, which is not one of its answers ({allowed})",
    ),
    "form_condition_operator": (
        "visible_if: '{op}' kan inte användas med '{ref}' (en fråga av typen {kind})",
        "visible_if: '{op}' cannot be used with '{ref}' (a {kind} question)",
    ),
    "form_weight_unscored": (
        "weight på ett formulär utan poäng (lägg till 'scored: true' eller ta bort vikten)",
        "weight on a form that is not scored (add 'scored: true' or remove the weight)",
    ),
    "form_key_not_for_kind": (
        "'{key}' gäller inte frågor av typen {kind}",
        "'{key}' does not apply to a {kind} question",
    ),
    "form_danger_without_judgement": (
        "ett formulär av typen danger_assessment behöver ett avsnitt av typen judgement",
        "a danger_assessment form needs a section of kind judgement",
    ),
    "form_levels_required": (
        "ett avsnitt av typen {section_kind} kräver formulärets 'levels'",
        "a {section_kind} section needs the form's 'levels'",
    ),
    "form_section_kind_twice": (
        "bara ett avsnitt av typen {section_kind} är tillåtet",
        "only one section of kind {section_kind} is allowed",
    ),
    "form_special_section_questions": (
        "ett avsnitt av typen {section_kind} kan inte ha frågor",
        "a {section_kind} section cannot have questions",
    ),
    "form_empty_section": ("avsnittet har inga frågor", "the section has no questions"),
    "form_check_outside_plan": (
        "frågor av typen check får bara finnas i formulär av typen safety_plan",
        "check questions are only allowed on safety_plan forms",
    ),
    "form_discreet_outside_plan": (
        "'{key}' gäller bara formulär av typen safety_plan",
        "'{key}' is only meaningful on safety_plan forms",
    ),
    "form_options_required": (
        "en fråga av typen {kind} behöver minst {count} alternativ",
        "a {kind} question needs at least {count} options",
    ),
    "form_scale_required": (
        "en fråga av typen scale behöver 'scale' med 'min' och 'max'",
        "a scale question needs 'scale' with 'min' and 'max'",
    ),
    "form_scale_range": (
        "skalans min ({min}) måste vara mindre än max ({max})",
        "scale min ({min}) must be less than max ({max})",
    ),
    "form_scale_labels": (
        "skalans etiketter: ange 2 (för ändpunkterna) eller {count} (en per steg), inte {given}",
        "scale labels: give 2 (for the ends) or {count} (one per step), not {given}",
    ),
    "form_number_range": (
        "min ({min}) får inte vara större än max ({max})",
        "number min ({min}) must not be greater than max ({max})",
    ),
    "form_bad_stat": (
        "statistikkoden '{stat}' ska vara små ord åtskilda med punkt, t.ex. violence.physical",
        "stat code '{stat}' must be lower-case words joined by dots, e.g. violence.physical",
    ),
    "form_duplicate_form": (
        "formuläret '{form_id}' version {version} finns redan i {other}",
        "form '{form_id}' version {version} is already defined in {other}",
    ),
    # the pieces of a form that ``what`` names in the problems above
    "what.form": ("formulär", "form"),
    "what.section": ("avsnitt", "section"),
    "what.question": ("fråga", "question"),
    "what.option": ("alternativ", "option"),
    "what.level": ("nivå", "level"),
    "forms_check_ok": (
        "{count} formulär kontrollerade, inga fel.",
        "{count} form(s) checked, no problems.",
    ),
    "forms_check_failed": (
        "{problems} fel i {files} fil(er).",
        "{problems} problem(s) in {files} file(s).",
    ),
    # completion problems (engine.completion_problems and the assessments service)
    "answer_required": ("Frågan måste besvaras.", "The question must be answered."),
    "answer_invalid": ("Svaret passar inte frågan.", "The answer does not fit the question."),
    "client_estimate_missing": (
        "Personens egen bedömning saknas.",
        "The person's own estimate is missing.",
    ),
    "client_estimate_invalid": (
        "Personens egen bedömning är inte en nivå i formuläret.",
        "The person's own estimate is not a level of the form.",
    ),
    "judgement_missing": (
        "Välj en risknivå i den professionella bedömningen.",
        "Choose a risk level in the professional judgement.",
    ),
    "judgement_invalid": (
        "Risknivån finns inte i formuläret.",
        "The risk level is not one of the form's levels.",
    ),
    "rationale_missing": (
        "Skriv en motivering till bedömningen.",
        "Write a rationale for the judgement.",
    ),
    "rationale_too_short": (
        "Motiveringen måste vara minst {min_chars} tecken.",
        "The rationale must be at least {min_chars} characters.",
    ),
    "answer_unconfirmed": (
        "Det förifyllda svaret är inte bekräftat.",
        "The prefilled answer has not been confirmed.",
    ),
    "judgement_unconfirmed": (
        "Den förifyllda bedömningen är inte bekräftad.",
        "The prefilled judgement has not been confirmed.",
    ),
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
    "secret_no_tty": (
        "Ingen terminal att fråga efter lösenord i: använd --passphrase-stdin.",
        "No terminal to ask for the passphrase: use --passphrase-stdin.",
    ),
    "demo_clients_range": (
        "Antalet klienter måste vara mellan 0 och 1 000 000.",
        "The number of clients must be between 0 and 1,000,000.",
    ),
}
