"""A short plain-text summary of one assessment, to paste into the official case record.

Swedish case systems usually hold the official record (docs/DOMAIN.md §1A), so the
caseworker copies this summary there. It names the instrument, form version, dates,
status, the count of "yes"/ticked items, the client's own estimate, the professional
judgement with its rationale, the review date and the answered items. It deliberately
leaves out the client's name and personnummer: the text travels through the clipboard
(T8), and the case system already knows whose record it is.

Pure function, no Qt; wording in Swedish and English lives here (like a report).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.records import Assessment, AssessmentStatus

_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "{title} (formulärversion {version})",
        "started": "Påbörjad: {date}",
        "completed": "Slutförd: {date} av {author}",
        "draft": "Status: utkast, ej slutförd (senast sparad {date} av {author})",
        "score": "Antal markerade riskfaktorer: {score} av {max}",
        "estimate": "Klientens egen bedömning: {level}",
        "judgement": "Professionell bedömning: {level}",
        "rationale": "Motivering: {text}",
        "review": "Ny bedömning senast: {date}",
        "answers": "Svar:",
        "none": "Inga svar registrerade.",
    },
    "en": {
        "heading": "{title} (form version {version})",
        "started": "Started: {date}",
        "completed": "Completed: {date} by {author}",
        "draft": "Status: draft, not completed (last saved {date} by {author})",
        "score": "Risk factors marked: {score} of {max}",
        "estimate": "Client's own estimate: {level}",
        "judgement": "Professional judgement: {level}",
        "rationale": "Rationale: {text}",
        "review": "Repeat assessment due by: {date}",
        "answers": "Answers:",
        "none": "No answers recorded.",
    },
}


def _day(value: datetime | date) -> str:
    if isinstance(value, datetime):
        return value.astimezone().date().isoformat()
    return value.isoformat()


def _level_label(form: Form, level_id: str | None, language: str) -> str | None:
    if not level_id:
        return None
    try:
        return form.level(level_id).label.get(language)
    except KeyError:
        return level_id


def _answer_lines(form: Form, answers: dict[str, Any], language: str) -> list[str]:
    lines: list[str] = []
    for question in engine.visible_questions(form, answers):
        if question.id not in answers:
            continue
        if question.never_print:
            # Secret addresses and the like never leave the vault, not even via clipboard.
            continue
        value = answers[question.id]
        if question.kind is QuestionKind.TEXT and not str(value).strip():
            continue
        shown = engine.format_answer(question, value, language)
        lines.append(f"- {question.text.get(language)}: {shown}")
    return lines


def journal_summary(assessment: Assessment, form: Form, *, language: str = "sv") -> str:
    """Plain text, one fact per line, ending with a newline. ``form`` is the assessment's
    own form version (``registry.get(form_id, form_version)``)."""
    words = _WORDS.get(language, _WORDS["sv"])
    answers = {k: v for k, v in assessment.answers.items() if not k.startswith("_")}
    out = [words["heading"].format(title=form.title.get(language), version=form.version)]
    out.append(words["started"].format(date=_day(assessment.started_at)))
    if assessment.status is AssessmentStatus.COMPLETED and assessment.completed_at:
        out.append(
            words["completed"].format(date=_day(assessment.completed_at), author=assessment.author)
        )
    else:
        out.append(
            words["draft"].format(date=_day(assessment.updated_at), author=assessment.author)
        )
    if form.scored and assessment.score is not None:
        out.append(words["score"].format(score=assessment.score, max=engine.max_score(form)))
    estimate = _level_label(form, assessment.client_estimate, language)
    if estimate:
        out.append(words["estimate"].format(level=estimate))
    judgement = _level_label(form, assessment.judgement_level, language)
    if judgement:
        out.append(words["judgement"].format(level=judgement))
    if assessment.judgement_rationale:
        out.append(words["rationale"].format(text=" ".join(assessment.judgement_rationale.split())))
    if assessment.review_due:
        out.append(words["review"].format(date=_day(assessment.review_due)))
    lines = _answer_lines(form, answers, language)
    out.append(words["answers"] if lines else words["none"])
    out.extend(lines)
    return "\n".join(out) + "\n"
