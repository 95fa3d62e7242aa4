"""The assessment summary for the case file (*personakt*): one filled instrument on paper.

Shows who the client is (name, personnummer), which instrument and form version was used,
every visible answered question worded as in *that* form version with its formatted
answer, the score and its maximum (scored forms), the client's own estimate, the
professional judgement with its rationale, the author and the dates. Every page carries
the secrecy header "Sekretess enligt OSL 26 kap.", the client's name and personnummer
(so a loose page can be filed) and "Sida X av Y".

The client's address is never printed: the case file identifies the client by personnummer,
and a client with protected identity must not have the address on any paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from riskapp.domain.forms.model import Form, SectionKind
from riskapp.domain.records import Assessment, AssessmentStatus, Client
from riskapp.reports import page
from riskapp.reports.errors import ReportError
from riskapp.reports.labels import label as _label
from riskapp.reports.pdf_security import finalise_pdf


def format_personnummer(digits12: str | None) -> str | None:
    """ "YYYYMMDD-NNNC" for a stored 12-digit number; None when there is none."""
    if not digits12:
        return None
    if len(digits12) == 12 and digits12.isdigit():
        return f"{digits12[:8]}-{digits12[8:]}"
    return digits12


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return local.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _level_label(form: Form, level_id: str | None, language: str) -> str | None:
    if not level_id:
        return None
    try:
        return form.level(level_id).label.get(language)
    except KeyError:
        return level_id  # a level the form no longer lists: show the stored code


def default_summary_filename() -> str:
    """A neutral file name (no client name or personnummer)."""
    return "bedomning.pdf"


def build_summary_pdf(
    client: Client,
    assessment: Assessment,
    form: Form,
    *,
    language: str = "sv",
    organisation: str,
) -> bytes:
    """The case-file summary of ``assessment`` (filled with ``form``) as PDF bytes.

    ``form`` must be the form version the assessment was filled with; raises ReportError
    ``report_wrong_form`` otherwise, and ``report_wrong_client`` when the assessment belongs
    to another client.
    """
    if (form.id, form.version) != (assessment.form_id, assessment.form_version):
        raise ReportError(
            "form does not match the assessment",
            code="report_wrong_form",
            form_id=form.id,
            version=form.version,
        )
    if assessment.client_id != client.id:
        raise ReportError("assessment belongs to another client", code="report_wrong_client")

    from riskapp.domain.forms import engine

    styles = page.make_styles()
    pnr = format_personnummer(client.personnummer)
    story: list[Flowable] = [
        page.para(form.title.get(language), styles.title),
        page.para(organisation, styles.subtitle),
    ]

    identity = [
        (_label(language, "name"), client.full_name),
        (_label(language, "pnr"), pnr or _label(language, "pnr_missing")),
    ]
    if client.protected_identity:
        identity.append((_label(language, "protected"), _label(language, "yes")))
    story.append(_facts(_label(language, "client"), identity, styles))

    status = _label(
        language, "completed" if assessment.status is AssessmentStatus.COMPLETED else "draft"
    )
    facts = [
        (
            _label(language, "form"),
            _label(language, "form_value", form_id=form.id, version=form.version),
        ),
        (_label(language, "status"), status),
        (_label(language, "author"), assessment.author),
        (_label(language, "started"), _when(assessment.started_at)),
    ]
    if assessment.completed_at is not None:
        facts.append((_label(language, "completed_at"), _when(assessment.completed_at)))
    if assessment.review_due is not None:
        facts.append((_label(language, "review_due"), _when(assessment.review_due)))
    story.append(_facts(_label(language, "assessment"), facts, styles))

    # The result first: it is what a colleague reading the case file looks for.
    story += _result(form, assessment, language, styles, engine)
    story += _answers(form, assessment.answers, language, styles, engine)

    metadata = {
        "Title": form.title.get(language),
        "Author": organisation,
        "Subject": "",
        "Keywords": "",
        "Creator": "riskapp",
        "Producer": "riskapp",
    }
    footer = client.full_name if pnr is None else f"{client.full_name} · {pnr}"
    raw = page.render(
        story,
        metadata=metadata,
        page_label=lambda number, total: _label(language, "page", number=number, total=total),
        header_text=_label(language, "secrecy"),
        footer_left=footer,
    )
    return finalise_pdf(raw, metadata)


def _facts(heading: str, rows: list[tuple[str, str]], styles: page.Styles) -> Flowable:
    table = Table(
        [[page.para(k, styles.label), page.para(v, styles.body)] for k, v in rows],
        colWidths=[60 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        page.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 * mm),
        )
    )
    return KeepTogether([page.para(heading, styles.heading), table])


def _qa(question_text: str, answer: str, styles: page.Styles) -> list[Flowable]:
    answer_style = styles.item.clone(
        "answer", leftIndent=6 * mm, firstLineIndent=0, spaceAfter=2 * mm
    )
    return [page.para(question_text, styles.label), page.para(answer, answer_style)]


def _answers(
    form: Form, answers: Mapping[str, Any], language: str, styles: page.Styles, engine: Any
) -> list[Flowable]:
    story: list[Flowable] = [page.para(_label(language, "answers"), styles.heading)]
    visible = {q.id for q in engine.visible_questions(form, answers)}
    sections = engine.visible_sections(form, answers)
    any_answer = False
    for section in sections:
        if section.kind is not SectionKind.QUESTIONS:
            continue
        block: list[Flowable] = []
        for question in section.questions:
            if question.id not in visible or question.id not in answers:
                continue
            value = answers[question.id]
            if value is None or value == "" or value == []:
                continue
            text = engine.format_answer(question, value, language)
            block += _qa(question.text.get(language), text, styles)
        if block:
            any_answer = True
            sub = styles.label.clone(
                "section",
                fontSize=styles.heading.fontSize * 0.85,
                leading=styles.heading.leading * 0.85,
                spaceBefore=3 * mm,
                spaceAfter=1.5 * mm,
            )
            story.append(KeepTogether([page.para(section.title.get(language), sub), *block[:2]]))
            story += block[2:]
    if not any_answer:
        story.append(page.para(_label(language, "no_answers"), styles.body))
    return story


def _result(
    form: Form, assessment: Assessment, language: str, styles: page.Styles, engine: Any
) -> list[Flowable]:
    rows: list[Flowable] = []
    if form.scored and assessment.score is not None:
        rows += _qa(
            _label(language, "score"),
            _label(language, "score_value", score=assessment.score, max=engine.max_score(form)),
            styles,
        )
    estimate = _level_label(form, assessment.client_estimate, language)
    if form.has_client_estimate or estimate:
        rows += _qa(_label(language, "estimate"), estimate or _label(language, "not_given"), styles)
    judgement = _level_label(form, assessment.judgement_level, language)
    if form.has_judgement or judgement:
        rows += _qa(
            _label(language, "judgement"), judgement or _label(language, "not_given"), styles
        )
        rationale = (assessment.judgement_rationale or "").strip()
        rows += _qa(
            _label(language, "rationale"), rationale or _label(language, "not_given"), styles
        )
    if not rows:
        return []
    return [
        KeepTogether([page.para(_label(language, "result"), styles.heading), *rows[:4]]),
        *rows[4:],
    ]


__all__ = ["build_summary_pdf", "default_summary_filename", "format_personnummer"]
