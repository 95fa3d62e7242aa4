"""The safety plan printout for the client: normal and discreet versions (docs/DOMAIN.md §5).

``plan_content.plan_content`` decides what is printed (the rules are in that module);
``build_safety_plan_pdf`` lays it out (A4, large calm type, DejaVu embedded), sets neutral
metadata, and for the discreet version runs a final check: if any printed string that is
not the client's own chosen words (title, date, aliases, help-line names, footer), or any
metadata value, contains a revealing word (``riskapp.domain.revealing_words``), it raises
``RevealingContent`` instead of returning a PDF that could betray the client. The client's
own words are the caseworker's to check: ``discreet_warnings`` lists the fields whose
ticked free text contains such a word, for the editor to show before printing.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from riskapp.domain.forms.model import Form
from riskapp.domain.records import OrganisationSettings, SafetyPlan, User
from riskapp.domain.revealing_words import find_revealing, find_revealing_in
from riskapp.reports import page
from riskapp.reports.errors import RevealingContent
from riskapp.reports.labels import label as _label
from riskapp.reports.pdf_security import finalise_pdf, metadata_texts
from riskapp.reports.plan_content import PhoneLine, PlanContent, plan_content

_CHECKBOX = "\u2610"  # ☐: a to-do line on the discreet version
_AGREED = "\u2713"  # ✓: an agreed item on the normal plan


def default_plan_filename(discreet: bool) -> str:
    """A neutral file name: never a client's name or personnummer, nor the word "plan"
    on the discreet version."""
    return "anteckningar.pdf" if discreet else "plan.pdf"


def discreet_warnings(content: PlanContent) -> list[tuple[str, str]]:
    """(field, word) for every piece of the client's own words on a discreet printout that
    contains a revealing word: a warning for the caseworker, not a refusal."""
    out: list[tuple[str, str]] = []
    for theme in content.themes:
        for entry in theme.entries:
            if entry.free_text and entry.value is not None:
                word = find_revealing(entry.value)
                if word is not None:
                    out.append((entry.field, word))
    return out


def _check_discreet(content: PlanContent, pdf: bytes | None) -> None:
    """RevealingContent when anything printed but the client's own words, or the PDF's
    metadata, or the file itself, would reveal its purpose."""
    hit = find_revealing_in(content.texts(free_text=False))
    if hit is None and pdf is not None:
        hit = find_revealing_in([("metadata", t) for t in metadata_texts(pdf)])
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


def _phone_table(phones: tuple[PhoneLine, ...], styles: page.Styles) -> Table:
    rows = []
    for phone in phones:
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
    return table


def _story(content: PlanContent) -> list[Flowable]:
    styles = page.make_styles(scale=1.15)
    story: list[Flowable] = [page.para(content.title, styles.title)]
    story.append(page.para("\n".join(content.subtitle), styles.subtitle))
    numbers: list[Flowable] = []
    if content.phones:
        numbers = [
            KeepTogether(
                [
                    page.para(content.numbers_heading, styles.heading),
                    _phone_table(content.phones, styles),
                ]
            )
        ]
    if content.contacts:
        story.append(
            KeepTogether(
                [
                    page.para(content.contact_heading, styles.heading),
                    _phone_table(content.contacts, styles),
                ]
            )
        )
    if not content.discreet:
        story += numbers  # the client's numbers on the first page

    mark = _CHECKBOX if content.discreet else _AGREED
    for theme in content.themes:
        block: list[Flowable] = []
        if theme.title:
            block.append(page.para(theme.title, styles.heading))
        else:
            block.append(Spacer(0, 3 * mm))
        previous_item = False
        for entry in theme.entries:
            if entry.value is None:
                block.append(page.para(f"{mark}\u2002{entry.text}", styles.item))
            elif entry.text:
                block.append(page.para(entry.text, styles.label))
                block.append(page.para(entry.value, styles.body))
            else:
                if previous_item:
                    block.append(Spacer(0, 2 * mm))  # the client's own words after the list
                block.append(page.para(entry.value, styles.body))
            previous_item = entry.value is None
        # Keep a short theme on one page; a long one may break, but never right after
        # its heading (the heading stays with the first lines).
        if len(block) <= 8:
            story.append(KeepTogether(block))
        else:
            story += [KeepTogether(block[:3]), *block[3:]]
    if content.discreet:
        story += numbers  # after the notes, like any list of numbers
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


def render_plan_pdf(content: PlanContent, settings: OrganisationSettings) -> bytes:
    """Lay ``content`` out as a PDF; a discreet one is checked before and after."""
    if content.discreet:
        _check_discreet(content, None)  # fail before rendering when the words are there
    metadata = _metadata(content, settings, content.discreet)
    language = content.language
    raw = page.render(
        _story(content),
        metadata=metadata,
        page_label=lambda number, total: _label(language, "page", number=number, total=total),
    )
    pdf = finalise_pdf(raw, metadata)
    if content.discreet:
        _check_discreet(content, pdf)
    return pdf


def build_safety_plan_pdf(
    plan: SafetyPlan,
    form: Form,
    settings: OrganisationSettings,
    *,
    discreet: bool,
    language: str | None = None,
    client_first_name: str | None = None,
    contact: User | None = None,
    created: date,
) -> bytes:
    """The printable PDF (A4) of ``plan`` as filled with ``form`` (its own version), in
    ``language`` (default: the plan's own).

    Built entirely in memory. Raises ReportError ``report_wrong_form`` for a form that does
    not match the plan, and in discreet mode RevealingContent (code
    ``report_discreet_revealing``, params ``field`` and ``word``) rather than return a PDF
    with a revealing word anywhere but in the client's own ticked words.
    """
    content = plan_content(
        plan,
        form,
        settings,
        discreet=discreet,
        language=language,
        client_first_name=client_first_name,
        contact=contact,
        created=created,
    )
    return render_plan_pdf(content, settings)
