"""The command line's words for completing assessments (problems, warnings), correcting and
voiding them (issue 12).

Merged into the one table, ``riskapp.messages.catalogue.MESSAGES``; kept apart only so the
catalogue module stays small. Swedish first, with English.
"""

from __future__ import annotations

ASSESSMENT_MESSAGES: dict[str, tuple[str, str]] = {
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
    "assessment_warnings": (
        "Bekräfta innan bedömningen slutförs: {warnings}.",
        "Confirm before the assessment is completed: {warnings}.",
    ),
    # completion warnings (riskapp.domain.completion.WARNING_CODES)
    "judgement_below_estimate": (
        "Bedömningen är lägre än klientens egen bedömning. Låt motiveringen förklara skillnaden.",
        "The judgement is lower than the client's own estimate. Let the rationale explain "
        "the difference.",
    ),
    "judgement_low_with_marker": (
        "Bedömningen är låg fast en stark riskmarkör är besvarad med ja. Låt motiveringen "
        "förklara varför.",
        "The judgement is low although a strong risk marker is answered yes. Let the "
        "rationale explain why.",
    ),
    "assessment_not_completed": (
        "Bedömningen är inte slutförd. Ett utkast kan kasseras i stället.",
        "The assessment is not completed. A draft can be discarded instead.",
    ),
    "assessment_voided": (
        "Bedömningen är redan makulerad.",
        "The assessment is already voided.",
    ),
    "assessment_corrected": (
        "Bedömningen har ersatts av en rättelse. Makulera rättelsen i stället.",
        "The assessment has been replaced by a correction. Void the correction instead.",
    ),
    "reason_missing": ("Ange ett skäl.", "Give a reason."),
    "child_report_invalid": (
        "Okänt val för orosanmälan.",
        "Unknown choice for the report of concern.",
    ),
    "event_kind_invalid": (
        "Okänd händelse: välj incident, separation eller release.",
        "Unknown event: choose incident, separation or release.",
    ),
}
