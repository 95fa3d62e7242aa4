"""A short plain-text summary of one assessment, to paste into the official case record.

Swedish case systems usually hold the official record (docs/DOMAIN.md §1A), so the
caseworker copies this summary there. It names the instrument, form version, dates,
status, the number of marked risk factors and, apart, the weighted sum (never one called
the other), the client's own estimate, the professional judgement with its rationale, the
review date and the answered items; strong risk markers answered "yes" are marked and
listed; a voided record, a correction, the client's objection and the children's-unit
tick are stated. It deliberately
leaves out the client's name and personnummer: the text travels through the clipboard
(T8), and the case system already knows whose record it is.

Pure function, no Qt; wording in Swedish and English lives here (like a report).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from riskapp.domain import completion
from riskapp.domain.forms import engine
from riskapp.domain.forms.model import Form, QuestionKind
from riskapp.domain.records import Assessment, AssessmentStatus, ChildReport

_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "{title} (formulärversion {version})",
        "started": "Påbörjad: {date}",
        "completed": "Slutförd: {date} av {author}",
        "draft": "Status: utkast, ej slutförd (senast sparad {date} av {author})",
        "factors": "Markerade riskfaktorer: {count} av {total}",
        "score": "Viktad summa: {score} av {max}",
        "flagged": "Starka riskmarkörer besvarade med ja: {questions}",
        "flag": " [STARK RISKMARKÖR]",
        "voided": "Status: makulerad {date} av {who}. Skäl: {reason}",
        "corrects": "Rättelse av bedömning {id}. Skäl: {reason}",
        "corrected_by": "Ersatt av rättelse: bedömning {id}",
        "objection": "Klientens invändning: {text}",
        "report_made": "Orosanmälan till barnenheten: gjord",
        "already_known": "Orosanmälan till barnenheten: redan känd",
        "not_needed": "Orosanmälan till barnenheten: behövs inte ({reason})",
        "warnings": "Bekräftat trots varning: {warnings}",
        "judgement_below_estimate": "bedömningen är lägre än klientens egen",
        "judgement_low_with_marker": "låg bedömning trots stark riskmarkör",
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
        "factors": "Risk factors marked: {count} of {total}",
        "score": "Weighted sum: {score} of {max}",
        "flagged": "Strong risk markers answered yes: {questions}",
        "flag": " [STRONG RISK MARKER]",
        "voided": "Status: voided {date} by {who}. Reason: {reason}",
        "corrects": "Correction of assessment {id}. Reason: {reason}",
        "corrected_by": "Replaced by correction: assessment {id}",
        "objection": "The client's objection: {text}",
        "report_made": "Report of concern to the children's unit: made",
        "already_known": "Report of concern to the children's unit: already known",
        "not_needed": "Report of concern to the children's unit: not needed ({reason})",
        "warnings": "Confirmed despite a warning: {warnings}",
        "judgement_below_estimate": "the judgement is lower than the client's own",
        "judgement_low_with_marker": "low judgement despite a strong risk marker",
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


def _answer_lines(form: Form, answers: dict[str, Any], language: str, flag: str) -> list[str]:
    lines: list[str] = []
    flagged = {q.id for q in completion.flagged_questions(form, answers)}
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
        mark = flag if question.id in flagged else ""
        lines.append(f"- {question.text.get(language)}: {shown}{mark}")
    return lines


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _record_lines(a: Assessment, words: dict[str, str], voided_by: str | None) -> list[str]:
    out: list[str] = []
    if a.voided_at is not None:
        who = voided_by or a.voided_by or ""
        reason = _one_line(a.void_reason)
        out.append(words["voided"].format(date=_day(a.voided_at), who=who, reason=reason))
    if a.corrects is not None:
        reason = _one_line(a.correction_reason)
        out.append(words["corrects"].format(id=int(a.corrects), reason=reason))
    if a.corrected_by is not None:
        out.append(words["corrected_by"].format(id=int(a.corrected_by)))
    if a.objection:
        out.append(words["objection"].format(text=_one_line(a.objection)))
    if a.child_report is ChildReport.NOT_NEEDED:
        out.append(words["not_needed"].format(reason=_one_line(a.child_report_reason)))
    elif a.child_report is not None:
        out.append(words[a.child_report.value])
    shown = [words[w] for w in a.warnings if w in completion.WARNING_CODES]
    if shown:
        out.append(words["warnings"].format(warnings="; ".join(shown)))
    return out


def journal_summary(
    assessment: Assessment,
    form: Form,
    *,
    language: str = "sv",
    author: str | None = None,
    voided_by: str | None = None,
) -> str:
    """Plain text, one fact per line, ending with a newline. ``form`` is the assessment's
    own form version (``registry.get(form_id, form_version)``); ``author`` / ``voided_by``
    the people's display names (``users.display_name``), the stored user names if None."""
    words = _WORDS.get(language, _WORDS["sv"])
    answers = {k: v for k, v in assessment.answers.items() if not k.startswith("_")}
    out = [words["heading"].format(title=form.title.get(language), version=form.version)]
    out.append(words["started"].format(date=_day(assessment.started_at)))
    who = author or assessment.author
    if assessment.status is not AssessmentStatus.DRAFT and assessment.completed_at:
        out.append(words["completed"].format(date=_day(assessment.completed_at), author=who))
    else:
        out.append(words["draft"].format(date=_day(assessment.updated_at), author=who))
    out += _record_lines(assessment, words, voided_by)
    factors = completion.factor_questions(form)
    if factors:
        marked = completion.marked_factors(form, answers)
        out.append(words["factors"].format(count=len(marked), total=len(factors)))
    if form.scored and assessment.score is not None:
        out.append(words["score"].format(score=assessment.score, max=engine.max_score(form)))
    flagged = completion.flagged_questions(form, answers)
    if flagged:
        names = "; ".join(q.text.get(language) for q in flagged)
        out.append(words["flagged"].format(questions=names))
    estimate = _level_label(form, assessment.client_estimate, language)
    if estimate:
        out.append(words["estimate"].format(level=estimate))
    judgement = _level_label(form, assessment.judgement_level, language)
    if judgement:
        out.append(words["judgement"].format(level=judgement))
    if assessment.judgement_rationale:
        out.append(words["rationale"].format(text=" ".join(assessment.judgement_rationale.split())))
    if assessment.review_due and assessment.counts:
        out.append(words["review"].format(date=_day(assessment.review_due)))
    lines = _answer_lines(form, answers, language, words["flag"])
    out.append(words["answers"] if lines else words["none"])
    out.extend(lines)
    return "\n".join(out) + "\n"
