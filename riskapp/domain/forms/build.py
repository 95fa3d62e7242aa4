"""Build the in-memory ``model.Form`` from a checked form document.

Step 3 of loading a form (``loader.py``): only a document that passed every check in
``checks.py`` gets here, so building cannot fail. Each section and question keeps the line
it starts on.
"""

from __future__ import annotations

from pathlib import Path

from riskapp.domain.forms.checks import CheckedForm
from riskapp.domain.forms.model import (
    DiscreetMode,
    Form,
    Level,
    Option,
    Question,
    Section,
    Text,
)
from riskapp.domain.forms.schema import QuestionModel, TextModel
from riskapp.domain.forms.yaml_source import LineMap


def _text(model: TextModel | None) -> Text | None:
    return None if model is None else Text(model.sv, model.en)


def _required_text(model: TextModel) -> Text:
    return Text(model.sv, model.en)


def _discreet_mode(q: QuestionModel) -> DiscreetMode:
    if q.never_print:
        return DiscreetMode.NEVER
    if q.discreet_alias is not None:
        return DiscreetMode.ALIAS
    if q.discreet == "own_words":
        return DiscreetMode.OWN_WORDS
    return DiscreetMode.NEVER


def _build_question(q: QuestionModel, line: int) -> Question:
    return Question(
        id=q.id,
        kind=q.kind,
        text=_required_text(q.text),
        help=_text(q.help),
        required=q.required,
        visible_if=q.visible_if,
        weight=q.weight or 0,
        options=tuple(
            Option(o.id, _required_text(o.label), o.weight or 0, o.stat) for o in q.options
        ),
        allow_declined=q.allow_declined,
        allow_not_asked=q.allow_not_asked,
        scale_min=q.scale.min if q.scale else None,
        scale_max=q.scale.max if q.scale else None,
        scale_labels=tuple(_required_text(t) for t in q.scale.labels) if q.scale else (),
        number_min=q.number.min if q.number else None,
        number_max=q.number.max if q.number else None,
        stat=q.stat,
        discreet=_discreet_mode(q),
        discreet_alias=_text(q.discreet_alias),
        never_print=q.never_print,
        strong_marker=q.strong_marker,
        line=line,
    )


def build_form(checked: CheckedForm, lines: LineMap, path: Path) -> Form:
    """The form of a checked document read from ``path``."""
    header = checked.header
    built_sections = []
    for section in checked.sections:
        built_sections.append(
            Section(
                id=section.model.id,
                title=_required_text(section.model.title),
                kind=section.model.kind,
                intro=_text(section.model.intro),
                questions=tuple(
                    _build_question(info.model, lines.line(info.loc))
                    for info in section.questions
                    if info.model is not None
                ),
                visible_if=section.model.visible_if,
                line=lines.line(section.loc),
            )
        )
    return Form(
        id=header.id,
        version=header.version,
        kind=header.kind,
        title=_required_text(header.title),
        language=header.language,
        sections=tuple(built_sections),
        description=_text(header.description),
        scored=header.scored,
        levels=tuple(
            Level(lv.id, _required_text(lv.label), _text(lv.description), lv.review_days)
            for lv in header.levels
        ),
        review_days=header.review_days,
        discreet_title=_text(header.discreet_title),
        source=path,
    )
