"""The safety-plan printout: what is printed, what never is, and the discreet version."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pikepdf
import pytest
from printing_data import CREATED, make_plan, make_settings, plan_form
from pypdf import PdfReader

from riskapp.domain.forms.model import Text
from riskapp.domain.records import ChosenHelpLine, HelpLine
from riskapp.domain.revealing_words import find_revealing
from riskapp.reports.errors import ReportError, RevealingContent
from riskapp.reports.plan_content import plan_content
from riskapp.reports.safety_plan import (
    build_safety_plan_pdf,
    default_plan_filename,
    discreet_warnings,
)


def build(discreet: bool, plan=None, form=None, settings=None, **kw) -> bytes:  # type: ignore[no-untyped-def]
    return build_safety_plan_pdf(
        plan or make_plan(),
        form or plan_form(),
        settings or make_settings(),
        discreet=discreet,
        client_first_name=kw.pop("client_first_name", "Åsa-Maria"),
        created=CREATED,
        **kw,
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squashed(pdf: bytes) -> str:
    """Extracted text, casefolded, every run of whitespace (line wraps too) one space."""
    return " ".join(text_of(pdf).split()).casefold()


@pytest.fixture(scope="module")
def normal_text() -> str:
    return text_of(build(discreet=False))


@pytest.fixture(scope="module")
def discreet_pdf() -> bytes:
    return build(discreet=True)


def test_normal_plan_prints_title_agreed_items_and_free_text(normal_text: str) -> None:
    for expected in (
        "Säkerhetsplan",
        "Om det blir akut",
        "Jag vet hur jag tar mig ut snabbt",
        "Ring 112 eller polisen om du är i fara",
        "Mötesplats",
        "Biblioteket vid torget",
        "Blåbärssylt",
        "Packad väska hos någon jag litar på",
        "ID-handlingar och pass, även barnens",
        "Kontakta kvinnojouren",
        "Åsa Öberg, 070-000 00 00",
        "För Åsa-Maria",
        "2026-01-15",
    ):
        assert expected in normal_text


def test_items_not_agreed_and_empty_fields_are_not_printed(normal_text: str) -> None:
    assert "Extra nycklar" not in normal_text  # answered False
    assert "Stäng av platsdelning" not in normal_text  # not answered
    assert "Granne som vet" not in normal_text  # free text left empty


@pytest.mark.parametrize("discreet", [False, True])
def test_never_print_fields_are_left_out_of_every_version(discreet: bool) -> None:
    text = text_of(build(discreet=discreet))
    assert "Hemliga gatan" not in text
    assert "Adress till boendet" not in text


def test_normal_plan_shows_the_organisation_and_client_help_lines(normal_text: str) -> None:
    assert "Relationsvåldsteamet Exempelby" in normal_text
    assert "08-123 456 00" in normal_text
    for name, number in (
        ("Kvinnofridslinjen", "020-50 50 50"),
        ("BRIS", "116 111"),
        ("Polisen", "114 14"),
        ("Nödnummer", "112"),
    ):
        assert name in normal_text
        assert number in normal_text


def test_help_lines_for_professionals_never_reach_a_client_plan(
    normal_text: str, discreet_pdf: bytes
) -> None:
    for text in (normal_text, text_of(discreet_pdf)):
        assert "Nationella stödtelefonen" not in text
        assert "010-223 57 60" not in text


def test_organisation_edited_help_lines_are_printed() -> None:
    local = HelpLine(
        "Kommunens mottagning", "08-580 245 50", "Invånare", "8–16", neutral_name="Mottagningen"
    )
    text = text_of(build(discreet=False, settings=make_settings(help_lines=(local,))))
    assert "Kommunens mottagning" in text
    assert "08-580 245 50" in text
    assert "Kvinnofridslinjen" not in text


def _revealing_in(pdf: bytes) -> str | None:
    return find_revealing(text_of(pdf))


def test_discreet_plan_contains_no_revealing_word(discreet_pdf: bytes) -> None:
    assert _revealing_in(discreet_pdf) is None


def test_discreet_plan_has_a_neutral_title_and_no_headings(discreet_pdf: bytes) -> None:
    text = text_of(discreet_pdf)
    assert "Mina anteckningar" in text
    assert "Säkerhetsplan" not in text
    for heading in ("Om det blir akut", "Packad väska", "Personer", "Telefon och konton"):
        assert heading not in text
    assert "För Åsa-Maria" not in text


def test_discreet_plan_prints_agreed_items_only_under_their_alias(discreet_pdf: bytes) -> None:
    text = text_of(discreet_pdf)
    for alias in (
        "Ha nycklarna vid dörren",
        "Kolla när legitimationen går ut",
        "Ta ut lite kontanter",
        "Rensa bland apparna",
    ):
        assert alias in text
    for wording in ("Jag vet hur jag tar mig ut", "ID-handlingar och pass", "Byt lösenord"):
        assert wording not in text
    assert "Göra en nyckel" not in text  # aliased, but not agreed


def test_discreet_plan_never_prints_items_without_an_alias(discreet_pdf: bytes) -> None:
    text = text_of(discreet_pdf)
    assert "Ring 112" not in text
    assert "Mediciner" not in text
    assert "Kontakta" not in text


def test_free_text_is_not_printed_discreetly_unless_ticked(discreet_pdf: bytes) -> None:
    text = text_of(discreet_pdf)
    for value in ("Biblioteket vid torget", "Blåbärssylt", "Åsa Öberg"):
        assert value not in text


def test_ticked_free_text_prints_without_its_label() -> None:
    plan = make_plan(discreet_free_text=frozenset({"meeting_place", "code_word"}))
    text = text_of(build(discreet=True, plan=plan))
    assert "Biblioteket vid torget" in text
    assert "Blåbärssylt" in text
    assert "Mötesplats" not in text
    assert "Kodord" not in text
    assert "Åsa Öberg" not in text  # not ticked


def test_ticking_a_field_the_form_does_not_allow_prints_nothing() -> None:
    plan = make_plan(discreet_free_text=frozenset({"shelter_address", "call_police"}))
    text = text_of(build(discreet=True, plan=plan))
    assert "Hemliga gatan" not in text


def test_discreet_plan_leaves_out_aliased_items_the_caseworker_omitted() -> None:
    plan = make_plan(discreet_omit=frozenset({"leave_fast"}))
    text = text_of(build(discreet=True, plan=plan))
    assert "Ha nycklarna vid dörren" not in text
    assert "Rensa bland apparna" in text
    normal = text_of(build(discreet=False, plan=plan))
    assert "Jag vet hur jag tar mig ut snabbt" in normal


def test_discreet_plan_leaves_the_organisation_out(discreet_pdf: bytes) -> None:
    text = text_of(discreet_pdf)
    assert "Exempelby" not in text
    assert "08-123 456 00" not in text


def test_discreet_plan_has_no_help_lines_unless_the_client_chose_them(
    discreet_pdf: bytes,
) -> None:
    text = text_of(discreet_pdf)
    for number in ("112", "114 14", "020-50 50 50", "116 111", "116 006"):
        assert number not in text
    assert "Nummer" not in text


def test_discreet_plan_prints_chosen_numbers_under_the_clients_names() -> None:
    chosen = (ChosenHelpLine("020-50 50 50", "Linda"), ChosenHelpLine("116 111", "Kusin Bo"))
    text = text_of(build(discreet=True, plan=make_plan(discreet_help_lines=chosen)))
    assert "020-50 50 50" in text
    assert "Linda" in text
    assert "116 111" in text
    assert "Kusin Bo" in text
    assert "Kvinnofridslinjen" not in text
    assert "BRIS" not in text
    assert "114 14" not in text


def test_ticked_free_text_with_a_revealing_word_prints_with_a_warning() -> None:
    answers = dict(make_plan().answers, safe_person="Ring POLISEN vid behov")
    plan = make_plan(answers, discreet_free_text=frozenset({"safe_person"}))
    content = plan_content(plan, plan_form(), make_settings(), discreet=True, created=CREATED)
    assert discreet_warnings(content) == [("safe_person", "polis")]
    assert "Ring POLISEN vid behov" in text_of(build(discreet=True, plan=plan))


def test_discreet_plan_refuses_a_revealing_alias() -> None:
    form = plan_form()
    bad = replace(form.question("leave_fast"), discreet_alias=Text("Packa väskan", "Pack"))
    sections = tuple(
        replace(s, questions=tuple(bad if q.id == "leave_fast" else q for q in s.questions))
        for s in form.sections
    )
    with pytest.raises(RevealingContent) as caught:
        build(discreet=True, form=replace(form, sections=sections))
    assert caught.value.code == "report_discreet_revealing"
    assert caught.value.params == {"field": "leave_fast", "word": "packa"}


def test_discreet_plan_refuses_a_revealing_form_title() -> None:
    form = replace(plan_form(), discreet_title=Text("Min säkerhetsplan"))
    with pytest.raises(RevealingContent) as caught:
        build(discreet=True, form=form)
    assert caught.value.params["field"] == "title"


def test_discreet_plan_refuses_a_revealing_help_line_name() -> None:
    plan = make_plan(discreet_help_lines=(ChosenHelpLine("114 14", "Polis"),))
    with pytest.raises(RevealingContent) as caught:
        build(discreet=True, plan=plan)
    assert caught.value.params["field"] == "help_line"
    assert "114" not in str(caught.value)


def test_the_same_free_text_prints_in_the_normal_version() -> None:
    answers = dict(make_plan().answers, safe_person="Ring polisen")
    assert "Ring polisen" in text_of(build(discreet=False, plan=make_plan(answers)))


def test_discreet_metadata_is_neutral(discreet_pdf: bytes) -> None:
    with pikepdf.open(BytesIO(discreet_pdf)) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        assert "/Metadata" not in pdf.Root  # no XMP packet at all
    assert info["/Title"] == "Mina anteckningar"
    for key in ("/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
        assert info[key] == ""
    joined = " ".join(info.values())
    assert find_revealing(joined) is None
    assert "reportlab" not in joined.casefold()
    assert b"reportlab" not in discreet_pdf.lower()
    assert b"riskapp" not in discreet_pdf.lower()


def test_normal_metadata_names_riskapp_not_reportlab() -> None:
    pdf = build(discreet=False)
    with pikepdf.open(BytesIO(pdf)) as doc:
        info = {str(k): str(v) for k, v in doc.docinfo.items()}
    assert info["/Title"] == "Säkerhetsplan"
    assert info["/Producer"] == "riskapp"
    assert info["/Author"] == "Relationsvåldsteamet Exempelby"
    assert b"reportlab" not in pdf.lower()


@pytest.mark.parametrize("discreet", [False, True])
def test_only_embedded_dejavu_fonts_are_used(discreet: bool) -> None:
    reader = PdfReader(BytesIO(build(discreet=discreet)))
    fonts = {}
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for base_name, font in fonts.items():
        assert "DejaVuSans" in base_name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is embedded


def test_plan_for_another_form_is_refused() -> None:
    with pytest.raises(ReportError) as caught:
        build(discreet=False, form=replace(plan_form(), version=2))
    assert caught.value.code == "report_wrong_form"


def test_english_plan_uses_english_wording() -> None:
    text = text_of(build(discreet=False, language="en"))
    assert "Safety plan" in text
    assert "Important phone numbers" in text
    assert "Page 1 of" in text


def test_every_page_is_numbered() -> None:
    answers = dict(make_plan().answers, safe_person="Lång anteckning. " * 400)
    reader = PdfReader(BytesIO(build(discreet=False, plan=make_plan(answers))))
    total = len(reader.pages)
    assert total >= 2
    for number, pdf_page in enumerate(reader.pages, start=1):
        assert f"Sida {number} av {total}" in pdf_page.extract_text()


def test_content_without_agreed_items_still_lists_the_numbers() -> None:
    content = plan_content(
        make_plan({}), plan_form(), make_settings(), discreet=False, created=CREATED
    )
    assert content.themes == ()
    assert [p.number for p in content.phones][:2] == ["112", "114 14"]


def test_default_file_names_are_neutral() -> None:
    assert default_plan_filename(discreet=True) == "anteckningar.pdf"
    assert default_plan_filename(discreet=False) == "plan.pdf"


def test_discreet_to_do_lines_are_alphabetical_not_grouped_by_theme() -> None:
    content = plan_content(
        make_plan(), plan_form(), make_settings(), discreet=True, created=CREATED
    )
    texts = [e.text for e in content.themes[0].entries if e.value is None]
    assert texts == sorted(texts, key=str.casefold)
    assert texts[0] == "Ha nycklarna vid dörren"
