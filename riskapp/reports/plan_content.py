"""What a safety-plan printout shows, already worded: the normal and the discreet version.

``plan_content`` decides the content; ``safety_plan.build_safety_plan_pdf`` lays it out.
Deciding apart from drawing lets the rules be tested, and the editor preview the discreet
version line by line (``PlanContent.lines``), without reading PDFs back.

**Normal version** (the client's full plan): the form's title, for whom, when it was
made and when it is followed up; "your contact" rows (the caseworker's display name and
phone from her or his profile, the organisation and its phone; a row only when there is a
number to call); the organisation's help lines meant for clients, on the first page;
then the agreed items (a check mark: they are agreed, not to do) and filled free-text
fields, by theme in form order. ``never_print`` fields are never included.

**Discreet version** (opt-in, docs/DOMAIN.md §5): the form's neutral ``discreet_title``, a
date, and no theme headings at all. An agreed check item prints only as the neutral
``discreet_alias`` the form gives it (and not when the caseworker left it out), in
alphabetical order so that the aliases of one theme do not follow each other; a
free-text field prints only when the form allows it (``discreet: own_words``) and the
caseworker ticked it for this plan, and then without a label. Help lines print only
when the client chose them, under the names she picked. The organisation, the caseworker
and the client's name never appear.

The plan never receives the client's address, so no address (protected or not) can reach
the printout; shelter addresses and the like live in ``never_print`` fields.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from riskapp.domain.forms.engine import format_answer, visible_questions, visible_sections
from riskapp.domain.forms.model import DiscreetMode, Form, FormKind, Question, QuestionKind
from riskapp.domain.records import (
    DEFAULT_HELP_LINES,
    PLAN_LANGUAGES,
    HelpLine,
    OrganisationSettings,
    SafetyPlan,
    User,
)
from riskapp.reports.errors import ReportError
from riskapp.reports.labels import label as _label

#: Place names of printed strings that are not a question id.
TITLE, SUBTITLE, CONTACT, NUMBERS, HELP_LINE, FOOTER = (
    "title",
    "subtitle",
    "contact",
    "numbers",
    "help_line",
    "footer",
)


@dataclass(frozen=True)
class PlanEntry:
    """One printed line of a theme: an agreed item (``value`` None) or a filled field.

    ``text`` is empty for the client's own words on the discreet version (no label);
    ``free_text`` marks the client's own words (a revealing word in them is a warning
    for the caseworker, not a refusal)."""

    field: str
    text: str
    value: str | None = None
    free_text: bool = False


@dataclass(frozen=True)
class PlanTheme:
    field: str
    #: Empty on the discreet version: it has no headings.
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
    #: "Your contact" rows (normal version only), each with a number.
    contacts: tuple[PhoneLine, ...]
    contact_heading: str
    numbers_heading: str
    phones: tuple[PhoneLine, ...]
    themes: tuple[PlanTheme, ...]
    language: str
    discreet: bool

    def texts(self, *, free_text: bool = True) -> Iterator[tuple[str, str]]:
        """(place, text) for every string that will be printed; with ``free_text``
        False, without the client's own words."""
        yield TITLE, self.title
        for line in self.subtitle:
            yield SUBTITLE, line
        if self.contacts:
            yield CONTACT, self.contact_heading
        for phone in self.contacts:
            yield CONTACT, phone.name
            yield CONTACT, phone.number
            yield CONTACT, phone.note
        if self.phones:
            yield NUMBERS, self.numbers_heading
        for phone in self.phones:
            yield HELP_LINE, phone.name
            yield HELP_LINE, phone.number
            yield HELP_LINE, phone.note
        for theme in self.themes:
            yield theme.field, theme.title
            for entry in theme.entries:
                if entry.free_text and not free_text:
                    continue
                yield entry.field, entry.text
                if entry.value is not None:
                    yield entry.field, entry.value
        for number in (1, 2, 99):  # the footer wording, whatever the page count
            yield FOOTER, _label(self.language, "page", number=number, total=number)

    def lines(self) -> list[str]:
        """The printed lines in order, for a preview (empty strings left out)."""
        out: list[str] = [self.title, *self.subtitle]
        if self.contacts:
            out.append(self.contact_heading)
            out += [_phone_text(p) for p in self.contacts]
        if not self.discreet and self.phones:
            out.append(self.numbers_heading)
            out += [_phone_text(p) for p in self.phones]
        for theme in self.themes:
            out.append(theme.title)
            for entry in theme.entries:
                out += [entry.text, entry.value or ""]
        if self.discreet and self.phones:
            out.append(self.numbers_heading)
            out += [_phone_text(p) for p in self.phones]
        return [line for line in out if line]


def _phone_text(phone: PhoneLine) -> str:
    return "  ".join(p for p in (phone.number, phone.name, phone.note) if p)


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
    text = format_answer(question, value, language).strip()
    return text or None


def local_date(value: datetime) -> date:
    """The calendar date the caseworker saw when the plan was saved (local time)."""
    return (value.astimezone() if value.tzinfo is not None else value).date()


def check_plan_form(plan: SafetyPlan, form: Form) -> None:
    """ReportError ``report_wrong_form`` unless ``form`` is the plan's own form version."""
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


def plan_content(
    plan: SafetyPlan,
    form: Form,
    settings: OrganisationSettings,
    *,
    discreet: bool,
    language: str | None = None,
    client_first_name: str | None = None,
    contact: User | None = None,
    created: date,
) -> PlanContent:
    """Decide and word what the printout shows (see the module docstring for the rules).

    ``language`` defaults to the plan's own; ``contact`` is the caseworker whose profile
    is printed as the client's contact (normal version). Raises ReportError
    ``report_wrong_form`` when ``form`` is not the form version the plan was filled with.
    """
    check_plan_form(plan, form)
    language = language or plan.language
    if language not in PLAN_LANGUAGES:
        raise ReportError("unknown plan language", code="plan_language")
    if discreet:
        return _discreet_content(plan, form, language, created)
    return _normal_content(plan, form, settings, language, client_first_name, contact, created)


def _shown(form: Form, answers: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    return (
        {s.id for s in visible_sections(form, answers)},
        {q.id for q in visible_questions(form, answers)},
    )


def _normal_content(
    plan: SafetyPlan,
    form: Form,
    settings: OrganisationSettings,
    language: str,
    client_first_name: str | None,
    contact: User | None,
    created: date,
) -> PlanContent:
    answers = plan.answers
    shown_sections, shown_questions = _shown(form, answers)
    themes: list[PlanTheme] = []
    for section in form.sections:
        if section.id not in shown_sections:
            continue
        entries: list[PlanEntry] = []
        for question in section.questions:
            if question.never_print or question.id not in shown_questions:
                continue
            value = _answer_text(question, answers.get(question.id), language)
            if value is None:
                continue
            text = question.text.get(language)
            if question.kind is QuestionKind.CHECK:
                entries.append(PlanEntry(question.id, text))
            else:
                entries.append(PlanEntry(question.id, text, value, free_text=True))
        if entries:
            themes.append(PlanTheme(section.id, section.title.get(language), tuple(entries)))

    subtitle: list[str] = []
    if client_first_name and client_first_name.strip():
        subtitle.append(_label(language, "prepared_for", name=client_first_name.strip()))
    subtitle.append(_label(language, "prepared", date=created.isoformat()))
    if plan.follow_up is not None:
        subtitle.append(_label(language, "follow_up", date=plan.follow_up.isoformat()))

    phones = []
    for line in settings.help_lines:
        if not line.for_clients or not line.number.strip():
            continue
        name, audience, hours = help_line_wording(line, language)
        note = " · ".join(p for p in (audience, hours) if p)
        phones.append(PhoneLine(name, line.number.strip(), note))
    return PlanContent(
        title=form.title.get(language),
        subtitle=tuple(subtitle),
        contacts=contact_rows(settings, contact, language),
        contact_heading=_label(language, "contact"),
        numbers_heading=_label(language, "numbers"),
        phones=tuple(phones),
        themes=tuple(themes),
        language=language,
        discreet=False,
    )


def help_line_wording(line: HelpLine, language: str) -> tuple[str, str, str]:
    """(name, audience, hours) of a help line in ``language``. English comes from the
    line's own English fields, else from the shipped default with the same Swedish
    wording (settings stored before the English fields existed), else the Swedish."""
    sv = (line.name.strip(), line.audience.strip(), line.hours.strip())
    if language != "en":
        return sv
    default = _DEFAULTS.get((line.name, line.audience, line.hours))
    fields = (
        (line.name_en, "name_en"),
        (line.audience_en, "audience_en"),
        (line.hours_en, "hours_en"),
    )
    out = []
    for (own, key), swedish in zip(fields, sv, strict=True):
        fallback = getattr(default, key) if default is not None else ""
        out.append(own.strip() or fallback or swedish)
    return out[0], out[1], out[2]


_DEFAULTS = {(d.name, d.audience, d.hours): d for d in DEFAULT_HELP_LINES}


def contact_rows(
    settings: OrganisationSettings, contact: User | None, language: str
) -> tuple[PhoneLine, ...]:
    """The client's contact rows: the caseworker (when her or his profile has a phone)
    and the organisation (when it has a phone). Never a row without a number."""
    rows: list[PhoneLine] = []
    organisation = settings.organisation_name.strip()
    if contact is not None and contact.phone.strip():
        name = contact.display_name.strip() or _label(language, "caseworker")
        rows.append(PhoneLine(name, contact.phone.strip(), organisation))
    if settings.organisation_phone.strip():
        name = organisation or _label(language, "organisation")
        rows.append(PhoneLine(name, settings.organisation_phone.strip()))
    return tuple(rows)


def _discreet_content(plan: SafetyPlan, form: Form, language: str, created: date) -> PlanContent:
    answers = plan.answers
    shown_sections, shown_questions = _shown(form, answers)
    items: list[PlanEntry] = []
    notes: list[PlanEntry] = []
    for section in form.sections:
        if section.id not in shown_sections:
            continue
        for question in section.questions:
            if question.never_print or question.id not in shown_questions:
                continue
            value = _answer_text(question, answers.get(question.id), language)
            if value is None:
                continue
            if (
                question.discreet is DiscreetMode.ALIAS
                and question.discreet_alias is not None
                and question.kind is QuestionKind.CHECK
                and question.id not in plan.discreet_omit
            ):
                items.append(PlanEntry(question.id, question.discreet_alias.get(language)))
            elif (
                question.discreet is DiscreetMode.OWN_WORDS
                and question.kind is QuestionKind.TEXT
                and question.id in plan.discreet_free_text
            ):
                notes.append(PlanEntry(question.id, "", value, free_text=True))
    # Alphabetical, not in form order: a run of aliases from one theme ("ID card",
    # "bank card", "cash", "spare key" ...) would still read as a packing list.
    items.sort(key=lambda e: e.text.casefold())
    notes.sort(key=lambda e: (e.value or "").casefold())
    themes = (PlanTheme("notes", "", tuple(items + notes)),) if items or notes else ()
    title = (
        form.discreet_title.get(language)
        if form.discreet_title
        else _label(language, "discreet_title")
    )
    phones = tuple(
        PhoneLine(h.name.strip(), h.number.strip())
        for h in plan.discreet_help_lines
        if h.number.strip()
    )
    return PlanContent(
        title=title,
        subtitle=(_label(language, "date", date=created.isoformat()),),
        contacts=(),
        contact_heading="",
        numbers_heading=_label(language, "numbers_discreet"),
        phones=phones,
        themes=themes,
        language=language,
        discreet=True,
    )
