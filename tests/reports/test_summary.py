"""The assessment summary for the case file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO

import pytest
from printing_data import danger_form, make_assessment, make_client
from pypdf import PdfReader

from riskapp.domain.records import AssessmentStatus, ClientId
from riskapp.reports.errors import ReportError
from riskapp.reports.summary import build_summary_pdf, format_personnummer
from riskapp.services.forms import shipped_registry

ORG = "Relationsvåldsteamet Exempelby"


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def build(client=None, assessment=None, form=None, **kw) -> bytes:  # type: ignore[no-untyped-def]
    return build_summary_pdf(
        client or make_client(),
        assessment or make_assessment(),
        form or danger_form(),
        organisation=ORG,
        **kw,
    )


@pytest.fixture(scope="module")
def text() -> str:
    return "\n".join(pages_of(build()))


def test_summary_identifies_client_instrument_and_form_version(text: str) -> None:
    for expected in (
        "Åsa-Maria Öström Łukasz",
        "20170101-2393",
        "Bedömning av risk för nytt våld",
        "Bedömning av risk för nytt våld, version 3",  # the form's title, not its id
        ORG,
    ):
        assert expected in text


def test_summary_lists_answered_questions_with_formatted_answers(text: str) -> None:
    assert "Har personen hotat att döda dig?" in text
    assert "Har ett vapen använts vid hot?" in text
    assert "Kommentar" in text
    assert "Hotet kom efter separationen; ström av sms." in text
    assert "I ord" in text
    assert "I meddelanden" in text
    assert "Extra fråga" not in text  # not answered


def test_summary_shows_score_estimate_judgement_author_and_dates(text: str) -> None:
    for expected in (
        "Viktad summa",
        "2 av 3",
        "Klientens egen bedömning",
        "Förhöjd",
        "Professionell bedömning",
        "Hög",
        "Upprepade hot om att döda efter separation.",
        "handlaggare1",
        "2026-01-15",
        "Ny bedömning senast",
        "2026-04-15",
        "Slutförd",
    ):
        assert expected in text


def test_summary_uses_question_text_of_the_form_version_it_was_filled_with() -> None:
    form = danger_form()
    section = form.sections[0]
    reworded = replace(
        section.questions[0], text=replace(section.questions[0].text, sv="Gammal formulering?")
    )
    old_form = replace(
        form,
        sections=(
            replace(section, questions=(reworded, *section.questions[1:])),
            *form.sections[1:],
        ),
    )
    text = "\n".join(pages_of(build(form=old_form)))
    assert "Gammal formulering?" in text
    assert "Har personen hotat att döda dig?" not in text


def test_hidden_questions_are_not_printed() -> None:
    # threat_weapon is only shown when threat_kill is "yes"; a stale answer must not print.
    assessment = make_assessment({"threat_kill": "no", "threat_weapon": "yes"})
    text = "\n".join(pages_of(build(assessment=assessment)))
    assert "Har personen hotat att döda dig?" in text
    assert "Har ett vapen använts vid hot?" not in text


@pytest.mark.parametrize("protected", [False, True])
def test_address_is_never_printed(protected: bool) -> None:
    text = "\n".join(pages_of(build(client=make_client(protected_identity=protected))))
    assert "Storgatan" not in text
    assert ("Skyddade personuppgifter" in text) is protected


def test_every_page_has_the_secrecy_header_and_page_x_of_y() -> None:
    form = danger_form(extra_questions=70)
    answers = dict(make_assessment().answers)
    answers.update({f"extra_{i}": "yes" for i in range(70)})
    pages = pages_of(build(assessment=make_assessment(answers), form=form))
    assert len(pages) >= 2
    for number, page_text in enumerate(pages, start=1):
        assert "Sekretess enligt OSL 26 kap." in page_text
        assert f"Sida {number} av {len(pages)}" in page_text
        assert "20170101-2393" in page_text  # a loose page can still be filed


def test_draft_is_marked_as_not_completed() -> None:
    draft = make_assessment(
        status=AssessmentStatus.DRAFT,
        completed_at=None,
        score=None,
        judgement_level=None,
        judgement_rationale=None,
    )
    text = "\n".join(pages_of(build(assessment=draft)))
    assert "Utkast (ej slutförd)" in text
    assert "Ej angiven" in text


def test_anonymous_client_prints_without_personnummer() -> None:
    text = "\n".join(pages_of(build(client=make_client(personnummer=None))))
    assert "Saknas (anonym kontakt)" in text


def test_english_summary() -> None:
    text = "\n".join(pages_of(build(language="en")))
    assert "Assessment of risk of further violence" in text
    assert "Page 1 of 1" in text
    assert "Threatened to kill you?" in text


def test_summary_refuses_a_different_form_version() -> None:
    with pytest.raises(ReportError) as caught:
        build(form=replace(danger_form(), version=4))
    assert caught.value.code == "report_wrong_form"


def test_summary_refuses_an_assessment_of_another_client() -> None:
    with pytest.raises(ReportError) as caught:
        build(client=make_client(id=ClientId(99)))
    assert caught.value.code == "report_wrong_client"


def test_summary_metadata_does_not_name_the_client() -> None:
    reader = PdfReader(BytesIO(build()))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Åsa" not in meta
    assert "2393" not in meta
    assert reader.metadata["/Title"] == "Bedömning av risk för nytt våld"


def test_personnummer_is_formatted_with_a_hyphen() -> None:
    assert format_personnummer("201701012393") == "20170101-2393"
    assert format_personnummer(None) is None


def test_summary_embeds_only_dejavu_fonts() -> None:
    reader = PdfReader(BytesIO(build()))
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_flagged_answers_counts_display_names_and_voiding_are_printed() -> None:
    """Issue 12 sections 3, 4 and 6 on the shipped danger assessment."""
    form = shipped_registry().get("danger-assessment", 1)
    when = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    assessment = make_assessment(
        {"strangled": "yes", "jealousy": "yes", "threat_to_kill": "no"},
        form_version=1,
        score=3,
        status=AssessmentStatus.VOIDED,
        voided_at=when,
        voided_by="handlaggare2",
        void_reason="Fel klient vald.",
        objection="Klienten håller inte med om nivån.",
    )
    pdf = build(
        assessment=assessment, form=form, author_name="Lena Lind", voided_by_name="Per Persson"
    )
    text = " ".join("\n".join(pages_of(pdf)).split())
    assert "Bedömning av risk för nytt våld, version 1" in text
    assert "Lena Lind" in text
    assert "handlaggare1" not in text
    assert "STARK RISKMARKÖR" in text
    assert "Starka riskmarkörer besvarade med ja" in text
    assert "Markerade riskfaktorer" in text
    assert "Viktad summa" in text
    assert "Makulerad" in text
    assert "Per Persson" in text
    assert "Fel klient vald." in text
    assert "Klienten håller inte med om nivån." in text
    assert "Ny bedömning senast" not in text
