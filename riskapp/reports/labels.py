"""The printed labels of the PDF reports: the case-file summary and the safety plan.

One table for both, Swedish and English (the reports are their own presenter: the domain
returns codes and values, the reports word them). The statistics exports word the codes
of published tables in ``stats_labels``. An unknown language prints Swedish.
"""

from __future__ import annotations

from typing import Any

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        # every page
        "page": "Sida {number} av {total}",
        # the case-file summary (summary.py)
        "secrecy": "Sekretess enligt OSL 26 kap.",
        "client": "Klient",
        "name": "Namn",
        "pnr": "Personnummer",
        "pnr_missing": "Saknas (anonym kontakt)",
        "protected": "Skyddade personuppgifter",
        "yes": "Ja",
        "assessment": "Bedömning",
        "form": "Formulär",
        "form_value": "{form_id}, version {version}",
        "status": "Status",
        "draft": "Utkast (ej slutförd)",
        "completed": "Slutförd",
        "author": "Utförd av",
        "started": "Påbörjad",
        "completed_at": "Slutförd",
        "review_due": "Ny bedömning senast",
        "answers": "Svar",
        "no_answers": "Inga besvarade frågor.",
        "result": "Resultat",
        "score": "Poäng",
        "score_value": "{score} av {max}",
        "estimate": "Klientens egen bedömning",
        "judgement": "Professionell bedömning",
        "rationale": "Motivering",
        "not_given": "Ej angiven",
        # the safety plan for the client (safety_plan.py)
        "prepared_for": "För {name}",
        "prepared": "Upprättad {date}",
        "follow_up": "Uppföljning {date}",
        "date": "Datum {date}",
        "numbers": "Viktiga telefonnummer",
        "numbers_discreet": "Nummer",
        "contact": "Din kontakt",
        "caseworker": "Din handläggare",
        "organisation": "Verksamheten",
        "discreet_title": "Mina anteckningar",
    },
    "en": {
        # every page
        "page": "Page {number} of {total}",
        # the case-file summary (summary.py)
        "secrecy": "Confidential under OSL chapter 26 (Sekretess enligt OSL 26 kap.)",
        "client": "Client",
        "name": "Name",
        "pnr": "Personal identity number",
        "pnr_missing": "None (anonymous contact)",
        "protected": "Protected personal data",
        "yes": "Yes",
        "assessment": "Assessment",
        "form": "Form",
        "form_value": "{form_id}, version {version}",
        "status": "Status",
        "draft": "Draft (not completed)",
        "completed": "Completed",
        "author": "Assessed by",
        "started": "Started",
        "completed_at": "Completed",
        "review_due": "Repeat assessment due",
        "answers": "Answers",
        "no_answers": "No answered questions.",
        "result": "Result",
        "score": "Score",
        "score_value": "{score} of {max}",
        "estimate": "Client's own estimate",
        "judgement": "Professional judgement",
        "rationale": "Rationale",
        "not_given": "Not given",
        # the safety plan for the client (safety_plan.py)
        "prepared_for": "For {name}",
        "prepared": "Prepared {date}",
        "follow_up": "Follow-up {date}",
        "date": "Date {date}",
        "numbers": "Important phone numbers",
        "numbers_discreet": "Numbers",
        "contact": "Your contact",
        "caseworker": "Your caseworker",
        "organisation": "The service",
        "discreet_title": "My notes",
    },
}


def label(language: str, key: str, **params: Any) -> str:
    """The words for ``key`` in ``language`` with ``params`` filled in."""
    return LABELS.get(language, LABELS["sv"])[key].format(**params)
