"""The safety plan printout for the client: normal and discreet versions (docs/DOMAIN.md §5).

Two steps, so the rules can be tested without reading PDFs back:

1. ``plan_content`` decides *what* is printed: the agreed (ticked) items and the filled
   free-text fields, grouped by theme in form order, the organisation's contact and the
   organisation's help lines meant for clients. Fields flagged ``never_print`` are never
   included. In the discreet version the title is the form's neutral ``discreet_title``,
   themes and items flagged ``discreet_omit`` (by the form or in ``plan.discreet_omit``) are
   left out, ``discreet_text``/``discreet_title`` replace the ordinary wording, the
   organisation is left out entirely and help lines show only their neutral name (or
   none) and number.
2. ``build_safety_plan_pdf`` lays that content out (A4, large calm type, DejaVu embedded),
   sets neutral metadata, and for the discreet version runs a final check: if any printed
   string or metadata value contains one of ``REVEALING_WORDS`` it raises
   ``RevealingContent`` instead of returning a PDF that could betray the client.

The plan never receives the client's address, so no address (protected or not) can reach
the printout; shelter addresses and the like live in ``never_print`` fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from riskapp.domain.forms.model import Form, FormKind, Question, QuestionKind, Section, Text
from riskapp.domain.records import OrganisationSettings, SafetyPlan
from riskapp.reports import page
from riskapp.reports.errors import ReportError, RevealingContent
from riskapp.reports.labels import label as _label
from riskapp.reports.pdf_security import finalise_pdf, metadata_texts

#: Words that must not occur anywhere in a discreet printout, its metadata included.
#: Matched case-insensitively as substrings, so Swedish compounds and inflections
#: ("våldsutsatt", "polisen", "skyddad", "hotade") are caught too. A false alarm (say
#: "hotell") stops the printout; the caseworker then rewords or omits that field.
REVEALING_WORDS: tuple[str, ...] = (
    "våld",
    "säkerhetsplan",
    "misshandel",
    "skyddat boende",
    "polis",
    "kvinnojour",
    "skydd",
    "hot",
    "riskapp",
)

_CHECKBOX = "\u2610"  # ☐: the client can tick an item off when it is done
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def default_plan_filename(discreet: bool) -> str:
    """A neutral file name: never a client's name or personnummer, nor the word "plan"
    on the discreet version."""
    return "anteckningar.pdf" if discreet else "plan.pdf"


@dataclass(frozen=True)
class PlanEntry:
    """One printed line of a theme: an agreed item (``value`` None) or a filled field."""

    field: str
    text: str
    value: str | None = None


@dataclass(frozen=True)
class PlanTheme:
    field: str
    title: str
    entries: tuple[PlanEntry, ...]


@dataclass(frozen=True)
class PhoneLine:
    name: str
    number: str
    note: str = ""


@dataclass(frozen=True)
class PlanContent:
    """Everything a safety-plan printout shows, already worded; nothing else is drawn."""

    title: str
    subtitle: tuple[str, ...]
    numbers_heading: str
    phones: tuple[PhoneLine, ...]
    themes: tuple[PlanTheme, ...]
    language: str

    def texts(self) -> Iterator[tuple[str, str]]:
        """(field, text) for every string that will be printed."""
        yield "title", self.title
        for line in self.subtitle:
            yield "subtitle", line
        yield "numbers", self.numbers_heading
        for phone in self.phones:
            yield "help_line", phone.name
            yield "help_line", phone.number
            yield "help_line", phone.note
        for theme in self.themes:
            yield theme.field, theme.title
            for entry in theme.entries:
                yield entry.field, entry.text
                if entry.value is not None:
                    yield entry.field, entry.value
        for number in (1, 2, 99):  # the footer wording, whatever the page count
            yield "footer", _label(self.language, "page", number=number, total=number)


def _answer_text(question: Question, value: Any, language: str) -> str | None:
    """The printed value of a field, or None when there is nothing to print."""
    if value is None:
        return None
    if question.kind is QuestionKind.CHECK:
        return "" if value is True else None
    if question.kind is QuestionKind.TEXT:
        text = str(value).strip()
        return text or None
    if isinstance(value, str | list) and not value:
        return None
    from riskapp.domain.forms.engine import format_answer

    text = format_answer(question, value, language).strip()
    return text or None


def _wording(normal: Text, discreet_alt: Text | None, discreet: bool, language: str) -> str:
    if discreet and discreet_alt is not None:
        return discreet_alt.get(language)
    return normal.get(language)


def plan_content(
    plan: SafetyPlan,
    form: Form,
    settings: OrganisationSettings,
    *,
    discreet: bool,
    language: str = "sv",
    client_first_name: str | None = None,
    created: date,
) -> PlanContent:
    """Decide and word what the printout shows (see the module docstring for the rules).

    Raises ReportError ``report_wrong_form`` when ``form`` is not the safety-plan form the
    plan was filled with (id and version must match).
    """
    if form.kind is not FormKind.SAFETY_PLAN or (form.id, form.version) != (
        plan.form_id,
        plan.form_version,
    ):
        raise ReportError(
            "form does not match the plan",
            code="report_wrong_form",
            form_id=form.id,
            version=form.version,
        )
    from riskapp.domain.forms.engine import visible_questions, visible_sections

    answers = plan.answers
    shown_sections = {s.id for s in visible_sections(form, answers)}
    shown_questions = {q.id for q in visible_questions(form, answers)}
    omitted = plan.discreet_omit if discreet else frozenset()

    themes: list[PlanTheme] = []
    for section in form.sections:
        if section.id not in shown_sections:
            continue
        if discreet and (section.discreet_omit or section.id in omitted):
            continue
        entries = _section_entries(section, answers, shown_questions, omitted, discreet, language)
        if entries:
            title = _wording(section.title, section.discreet_title, discreet, language)
            themes.append(PlanTheme(section.id, title, tuple(entries)))

    if discreet:
        title = (
            form.discreet_title.get(language)
            if form.discreet_title
            else _label(language, "discreet_title")
        )
    else:
        title = form.title.get(language)
    subtitle: list[str] = []
    if client_first_name and client_first_name.strip():
        subtitle.append(_label(language, "prepared_for", name=client_first_name.strip()))
    subtitle.append(_label(language, "date" if discreet else "prepared", date=created.isoformat()))

    return PlanContent(
        title=title,
        subtitle=tuple(subtitle),
        numbers_heading=_label(language, "numbers_discreet" if discreet else "numbers"),
        phones=_phones(settings, discreet, language),
        themes=tuple(themes),
        language=language,
    )


def _section_entries(
    section: Section,
    answers: Any,
    shown_questions: set[str],
    omitted: frozenset[str],
    discreet: bool,
    language: str,
) -> list[PlanEntry]:
    entries: list[PlanEntry] = []
    for question in section.questions:
        if question.never_print or question.id not in shown_questions:
            continue
        if discreet and (question.discreet_omit or question.id in omitted):
            continue
        value = _answer_text(question, answers.get(question.id), language)
        if value is None:
            continue
        text = _wording(question.text, question.discreet_text, discreet, language)
        if question.kind is QuestionKind.CHECK:
            entries.append(PlanEntry(question.id, text))
        else:
            entries.append(PlanEntry(question.id, text, value))
    return entries


def _phones(settings: OrganisationSettings, discreet: bool, language: str) -> tuple[PhoneLine, ...]:
    phones: list[PhoneLine] = []
    if not discreet and settings.organisation_name.strip():
        # The organisation first: the client's own contact.
        phones.append(
            PhoneLine(
                settings.organisation_name.strip(),
                settings.organisation_phone.strip(),
                _label(language, "contact"),
            )
        )
    for line in settings.help_lines:
        if not line.for_clients or not line.number.strip():
            continue
        if discreet:
            phones.append(
                PhoneLine(line.neutral_name.strip(), line.number.strip(), line.hours.strip())
            )
        else:
            note = " · ".join(p for p in (line.audience.strip(), line.hours.strip()) if p)
            phones.append(PhoneLine(line.name.strip(), line.number.strip(), note))
    return tuple(phones)


def _normalise(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def find_revealing(
    texts: Iterator[tuple[str, str]] | list[tuple[str, str]],
) -> tuple[str, str] | None:
    """The first (field, word) where a text contains a revealing word, or None."""
    words = [_normalise(w) for w in REVEALING_WORDS]
    for field, text in texts:
        folded = _normalise(text)
        # Also catch words split by line breaks or doubled spaces ("skyddat\nboende").
        squeezed = " ".join(folded.split())
        for word in words:
            if word in folded or word in squeezed:
                return field, word
    return None


def _check_discreet(content: PlanContent, pdf: bytes) -> None:
    hit = find_revealing(content.texts())
    if hit is None:
        hit = find_revealing([("metadata", t) for t in metadata_texts(pdf)])
    if hit is None:
        raw = pdf.lower()
        for name in ("riskapp", "reportlab"):
            if name.encode() in raw:
                hit = ("file", name)
                break
    if hit is not None:
        field, word = hit
        raise RevealingContent(
            f"discreet printout would reveal its purpose (field {field})",
            field=field,
            word=word,
        )


def _story(content: PlanContent) -> list[Flowable]:
    styles = page.make_styles(scale=1.15)
    story: list[Flowable] = [page.para(content.title, styles.title)]
    story.append(page.para("\n".join(content.subtitle), styles.subtitle))

    for theme in content.themes:
        block: list[Flowable] = [page.para(theme.title, styles.heading)]
        for entry in theme.entries:
            if entry.value is None:
                block.append(page.para(f"{_CHECKBOX}\u2002{entry.text}", styles.item))
            else:
                block.append(page.para(entry.text, styles.label))
                block.append(page.para(entry.value, styles.body))
        # Keep a short theme on one page; a long one may break, but never right after
        # its heading (the heading stays with the first lines).
        if len(block) <= 8:
            story.append(KeepTogether(block))
        else:
            story += [KeepTogether(block[:3]), *block[3:]]
    # The numbers come last, as the form's own texts expect ("the numbers below").
    if content.phones:
        rows = []
        for phone in content.phones:
            name_cell: list[Flowable] = []
            if phone.name:
                name_cell.append(page.para(phone.name, styles.label))
            if phone.note:
                name_cell.append(page.para(phone.note, styles.small))
            rows.append([page.para(phone.number, styles.label), name_cell or ""])
        table = Table(rows, colWidths=[45 * mm, None], hAlign="LEFT")
        table.setStyle(
            page.table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, page.RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, page.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            )
        )
        story.append(KeepTogether([page.para(content.numbers_heading, styles.heading), table]))
    story.append(Spacer(0, 2 * mm))
    return story


def _metadata(
    content: PlanContent, settings: OrganisationSettings, discreet: bool
) -> dict[str, str]:
    if discreet:
        return {
            "Title": content.title,
            "Author": "",
            "Subject": "",
            "Keywords": "",
            "Creator": "",
            "Producer": "",
        }
    return {
        "Title": content.title,
        "Author": settings.organisation_name,
        "Subject": "",
        "Keywords": "",
        "Creator": "riskapp",
        "Producer": "riskapp",
    }


def build_safety_plan_pdf(
    plan: SafetyPlan,
    form: Form,
    settings: OrganisationSettings,
    *,
    discreet: bool,
    language: str = "sv",
    client_first_name: str | None = None,
    created: date,
) -> bytes:
    """The printable PDF (A4) of ``plan`` as filled with ``form`` (its own version).

    Built entirely in memory. Raises ReportError ``report_wrong_form`` for a form that does
    not match the plan, and in discreet mode RevealingContent (code
    ``report_discreet_revealing``, params ``field`` and ``word``) rather than return a PDF
    containing any of ``REVEALING_WORDS``.
    """
    content = plan_content(
        plan,
        form,
        settings,
        discreet=discreet,
        language=language,
        client_first_name=client_first_name,
        created=created,
    )
    if discreet:
        # Fail before rendering when the words are already in the content.
        hit = find_revealing(content.texts())
        if hit is not None:
            raise RevealingContent(
                "discreet printout would reveal its purpose", field=hit[0], word=hit[1]
            )
    metadata = _metadata(content, settings, discreet)
    raw = page.render(
        _story(content),
        metadata=metadata,
        page_label=lambda number, total: _label(language, "page", number=number, total=total),
    )
    pdf = finalise_pdf(raw, metadata)
    if discreet:
        _check_discreet(content, pdf)
    return pdf
