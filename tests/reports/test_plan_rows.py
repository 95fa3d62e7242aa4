"""The normal plan is complete (issue 12 §2): contact rows, follow-up, agreed items, numbers
on the first page; and the printout's language is the plan's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO

from printing_data import CREATED, make_plan, make_settings, plan_form
from pypdf import PdfReader

from riskapp.domain.records import DEFAULT_HELP_LINES, HelpLine, Role, User, UserId
from riskapp.reports.plan_content import plan_content
from riskapp.reports.safety_plan import build_safety_plan_pdf

ANNA = User(
    UserId(2),
    "anna",
    Role.CASEWORKER,
    datetime(2026, 1, 1, tzinfo=UTC),
    "Anna Berg",
    "08-555 01 02",
)


def pages(**kw: object) -> list[str]:
    values: dict[str, object] = {
        "discreet": False,
        "client_first_name": "Åsa-Maria",
        "contact": ANNA,
        "created": CREATED,
    }
    values.update(kw)
    plan = values.pop("plan", make_plan())
    settings = values.pop("settings", make_settings())
    pdf = build_safety_plan_pdf(plan, plan_form(), settings, **values)  # type: ignore[arg-type]
    return [p.extract_text() for p in PdfReader(BytesIO(pdf)).pages]


def test_first_page_has_the_contact_rows_and_the_help_lines() -> None:
    first = pages()[0]
    assert "Din kontakt" in first
    assert "Anna Berg" in first
    assert "08-555 01 02" in first
    assert "Relationsvåldsteamet Exempelby" in first
    assert "08-123 456 00" in first
    assert "Viktiga telefonnummer" in first
    assert "020-50 50 50" in first
    assert "Kvinnofridslinjen" in first
    assert first.index("Viktiga telefonnummer") < first.index("Om det blir akut")


def test_agreed_items_are_shown_as_agreed_not_as_empty_boxes() -> None:
    text = "\n".join(pages())
    assert "\u2713" in text
    assert "\u2610" not in text


def test_follow_up_date_is_printed() -> None:
    plan = make_plan(follow_up=date(2026, 3, 1))
    assert "Uppföljning 2026-03-01" in pages(plan=plan)[0]


def test_no_empty_contact_row_without_phones() -> None:
    nobody = replace(ANNA, phone="")
    text = pages(contact=nobody, settings=make_settings(organisation_phone=""))[0]
    assert "Din kontakt" not in text
    assert "Anna Berg" not in text


def test_caseworker_without_a_display_name_is_named_by_role() -> None:
    text = pages(contact=replace(ANNA, display_name=""))[0]
    assert "Din handläggare" in text
    assert "08-555 01 02" in text


def test_the_plans_own_language_is_used_unless_overridden() -> None:
    english = make_plan(language="en", follow_up=date(2026, 3, 1))
    first = pages(plan=english)[0]
    assert "Safety plan" in first
    assert "Your contact" in first
    assert "Follow-up 2026-03-01" in first
    assert "Säkerhetsplan" in pages(plan=english, language="sv")[0]
    content = plan_content(english, plan_form(), make_settings(), discreet=True, created=CREATED)
    assert content.title == "My notes"
    assert content.themes[0].entries[0].text == "Ha nycklarna vid dörren (en)"


def test_english_plan_prints_help_line_descriptions_in_english() -> None:
    english = make_plan(language="en")
    first = pages(plan=english)[0]
    assert "Emergency" in first
    assert "Women exposed to violence, relatives · 24 hours" in first
    assert "Kvinnor som utsatts" not in first
    # Settings stored before the English fields existed: the shipped wording is found.
    old = tuple(
        replace(line, name_en="", audience_en="", hours_en="") for line in DEFAULT_HELP_LINES
    )
    assert (
        "Children and young people"
        in pages(plan=english, settings=make_settings(help_lines=old))[0]
    )
    # An organisation's own line without English keeps its Swedish.
    own = (HelpLine("Kommunens mottagning", "08-580 245 50", "Invånare", "8–16"),)
    assert "Invånare · 8–16" in pages(plan=english, settings=make_settings(help_lines=own))[0]
