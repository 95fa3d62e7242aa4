"""The shipped safety-plan forms on the discreet printout: every alias, both languages.

Every check item ticked and every free-text field filled and ticked, with chosen help
lines: the real PDF is read back with pypdf and must contain no revealing word except in
the client's own words, which are excluded here by filling them with neutral text.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pytest
from printing_data import CREATED, make_plan, make_settings
from pypdf import PdfReader

from riskapp.domain.forms.model import DiscreetMode, Form, QuestionKind
from riskapp.domain.records import ChosenHelpLine
from riskapp.domain.revealing_words import find_revealing
from riskapp.reports.safety_plan import build_safety_plan_pdf
from riskapp.services.forms import shipped_registry

SHIPPED = [f for f in shipped_registry().all_forms() if f.id == "safety-plan"]


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def _everything(form: Form) -> dict[str, object]:
    answers: dict[str, object] = {}
    for question in form.questions():
        if question.kind is QuestionKind.CHECK:
            answers[question.id] = True
        elif question.kind is QuestionKind.TEXT:
            answers[question.id] = f"Anteckning {question.id.replace('_', ' ')}"
    return answers


def _build(form: Form, language: str, discreet: bool = True) -> str:
    plan = replace(
        make_plan(
            _everything(form),
            discreet_free_text=frozenset(q.id for q in form.questions()),
            discreet_help_lines=(ChosenHelpLine("020-50 50 50", "Linda"),),
        ),
        form_id=form.id,
        form_version=form.version,
    )
    return _text(
        build_safety_plan_pdf(
            plan, form, make_settings(), discreet=discreet, language=language, created=CREATED
        )
    )


def test_both_safety_plan_versions_are_shipped() -> None:
    assert sorted(f.version for f in SHIPPED) == [1, 2]


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("form", SHIPPED, ids=lambda f: f"v{f.version}")
def test_discreet_printout_of_every_shipped_alias_reveals_nothing(
    form: Form, language: str
) -> None:
    text = _build(form, language)
    squeezed = " ".join(text.split())
    assert find_revealing(text) is None, find_revealing(text)
    for question in form.questions():
        wording = " ".join(question.text.get(language).split())
        assert wording not in squeezed, question.id
        if question.discreet is DiscreetMode.ALIAS:
            assert question.discreet_alias is not None
            assert question.discreet_alias.get(language) in squeezed, question.id
        mine = f"Anteckning {question.id.replace('_', ' ')}"
        assert (mine in squeezed) == (question.discreet is DiscreetMode.OWN_WORDS), question.id
    for section in form.sections:
        assert section.title.get(language) not in text.splitlines(), section.id
    assert "Linda" in text
    assert "020-50 50 50" in text


def test_v2_gives_most_check_items_an_alias_in_both_languages() -> None:
    form = next(f for f in SHIPPED if f.version == 2)
    checks = [q for q in form.questions() if q.kind is QuestionKind.CHECK]
    aliased = [q for q in checks if q.discreet is DiscreetMode.ALIAS]
    assert len(aliased) >= len(checks) // 2
    for q in aliased:
        assert q.discreet_alias is not None
        assert q.discreet_alias.en, q.id
    never = {q.id for q in form.questions() if q.discreet is DiscreetMode.NEVER}
    assert {"shelter_contact", "restraining_order", "evidence_photos", "call_112"} <= never


def test_v1_plans_still_render_and_print_no_item_discreetly() -> None:
    form = next(f for f in SHIPPED if f.version == 1)
    normal = _build(form, "sv", discreet=False)
    assert "Legitimation och pass" in normal
    discreet = _build(form, "sv")
    assert "Mina anteckningar" in discreet
    assert "Anteckning" not in discreet


@pytest.mark.parametrize("language", ["sv", "en"])
def test_normal_printout_of_the_shipped_form_prints_every_agreed_item(language: str) -> None:
    form = max(SHIPPED, key=lambda f: f.version)
    squeezed = " ".join(_build(form, language, discreet=False).split()).casefold()
    for question in form.questions():
        if not question.never_print:
            assert " ".join(question.text.get(language).split()).casefold() in squeezed
