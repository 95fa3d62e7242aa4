"""Pydantic models of the YAML form format: key names, types and required keys.

These models check one level of the file at a time (the form header, one section, one
question), so that a broken question does not hide the problems of its neighbours: the
loader validates each piece separately and reports every error with its line. Rules that
span pieces (unique ids, conditions, scoring, section kinds) live in ``checks.py``.

The format is documented for form authors in ``forms/README.md``. Unknown keys are errors
(``extra="forbid"``), so a misspelt key never silently does nothing. Numbers and booleans
are strict: ``version: "2"`` or ``required: "yes"`` are type errors, not guesses.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
)

from riskapp.domain.forms.model import FormKind, QuestionKind, SectionKind


def _text_from_plain_string(value: Any) -> Any:
    """Allow ``text: Hej`` as shorthand for ``text: {sv: Hej}``."""
    if isinstance(value, str):
        return {"sv": value}
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextModel(_Strict):
    sv: str = Field(min_length=1)
    en: str = ""


LocalText = Annotated[TextModel, BeforeValidator(_text_from_plain_string)]


class OptionModel(_Strict):
    id: str
    label: LocalText
    weight: StrictInt | None = Field(default=None, ge=0)
    stat: str | None = None


class LevelModel(_Strict):
    id: str
    label: LocalText
    description: LocalText | None = None
    #: The form's suggested days to the repeat at this level (the organisation's wins).
    review_days: StrictInt | None = Field(default=None, ge=1)


class ScaleModel(_Strict):
    min: StrictInt
    max: StrictInt
    labels: list[LocalText] = []


class NumberModel(_Strict):
    min: StrictFloat | None = None
    max: StrictFloat | None = None


class QuestionModel(_Strict):
    id: str
    kind: QuestionKind
    text: LocalText
    help: LocalText | None = None
    required: StrictBool = False
    visible_if: str | None = None
    weight: StrictInt | None = Field(default=None, ge=0)
    options: list[OptionModel] = []
    allow_declined: StrictBool = False
    allow_not_asked: StrictBool = False
    scale: ScaleModel | None = None
    number: NumberModel | None = None
    stat: str | None = None
    #: Safety plan, opt-in discreet printout: ``never`` (the default) or ``own_words``
    #: (a free-text field the caseworker may tick for it) ...
    discreet: Literal["never", "own_words"] | None = None
    #: ... or, for a check item, the neutral line printed instead of ``text``.
    discreet_alias: LocalText | None = None
    #: Format 1 keys (safety-plan v1): still read so old forms load, but ignored; the
    #: discreet printout is opt-in and only ``discreet_alias`` / ``discreet`` count.
    discreet_omit: StrictBool = False
    discreet_text: LocalText | None = None
    never_print: StrictBool = False
    #: A strong risk marker (threat to kill, strangulation, ...): a "yes" stands out and
    #: warns when the judgement is the lowest level (yes_no_unknown questions only).
    strong_marker: StrictBool = False


class SectionModel(_Strict):
    id: str
    title: LocalText
    kind: SectionKind = SectionKind.QUESTIONS
    intro: LocalText | None = None
    visible_if: str | None = None
    #: Format 1 keys, read and ignored: the discreet printout has no theme headings.
    discreet_omit: StrictBool = False
    discreet_title: LocalText | None = None
    #: Validated one by one with QuestionModel (see the module docstring).
    questions: list[dict[str, Any]] = []


class FormModel(_Strict):
    id: str
    version: StrictInt = Field(ge=1)
    kind: FormKind
    title: LocalText
    language: Literal["sv", "en"] = "sv"
    description: LocalText | None = None
    scored: StrictBool = False
    levels: list[LevelModel] = []
    review_days: StrictInt | None = Field(default=None, ge=1)
    discreet_title: LocalText | None = None
    #: Validated one by one with SectionModel.
    sections: list[dict[str, Any]] = Field(min_length=1)
