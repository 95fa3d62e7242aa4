"""Words for form-file problems (``riskapp forms check``), Swedish first with English.

Part of ``riskapp.messages.MESSAGES`` (``catalogue.py``; kept apart for size): one entry per
``riskapp.domain.forms.problems.PROBLEM_CODES`` code, plus the ``what.*`` names of the pieces
of a form that the Swedish wording needs.
"""

from __future__ import annotations

FORM_MESSAGES: dict[str, tuple[str, str]] = {
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
    "form_discreet_revealing": (
        "'{key}' innehåller '{word}', ett ord som avslöjar vad den diskreta utskriften "
        "handlar om; skriv en vanlig att göra- eller anteckningsrad",
        "'{key}' contains '{word}', a word that would reveal what the discreet printout is "
        "about; write an ordinary to-do or note line",
    ),
    "form_discreet_conflict": (
        "'{key}' motsäger '{other}': en punkt skrivs antingen ut diskret eller aldrig",
        "'{key}' contradicts '{other}': an item either prints discreetly or never",
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
}
