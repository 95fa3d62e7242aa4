"""The in-memory model of a form (instrument) after loading and validation.

This is the contract between the loader (``loader.py``, YAML -> model), the engine
(``engine.py``: visibility, completeness, score), the UI wizard and the reports. It holds
no behaviour beyond lookups. The YAML format itself is documented in ``forms/README.md``.

Answer value types, by question kind (what ``answers[question_id]`` holds):

=================  ===========================================================
kind               value
=================  ===========================================================
yes_no_unknown     "yes" | "no" | "unknown" | "declined" | "not_asked"
                   ("declined"/"not_asked" only where the question allows them)
single_choice      option id (str)
multiple_choice    list of option ids (list[str]), in the form's option order
number             int or float
date               ISO date string "YYYY-MM-DD"
text               str (free text)
scale              int within [scale_min, scale_max]
check              bool (a safety-plan checklist item: True = agreed)
=================  ===========================================================

A section of kind ``judgement`` carries no questions of its own: the UI shows the form's
``levels`` and a rationale field; the values are stored on the assessment record
(``judgement_level``, ``judgement_rationale``), not in ``answers``. Likewise
``client_estimate`` (a level code) is stored on the record when the form asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class QuestionKind(StrEnum):
    YES_NO_UNKNOWN = "yes_no_unknown"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"
    SCALE = "scale"
    CHECK = "check"


class SectionKind(StrEnum):
    QUESTIONS = "questions"  # an ordinary page of questions
    CLIENT_ESTIMATE = "client_estimate"  # the client's own estimate (asked before the score)
    JUDGEMENT = "judgement"  # professional judgement: level + written rationale


class DiscreetMode(StrEnum):
    """How a safety-plan item may appear on the discreet printout (opt-in, docs/DOMAIN.md §5)."""

    NEVER = "never"  # never printed discreetly (the default: no alias, no printing)
    ALIAS = "alias"  # an agreed check item prints as its neutral ``discreet_alias``
    OWN_WORDS = "own_words"  # free text prints, unlabelled, when the caseworker ticks it


class FormKind(StrEnum):
    SCREENING = "screening"
    DESCRIPTION = "description"
    DANGER_ASSESSMENT = "danger_assessment"
    SAFETY_PLAN = "safety_plan"
    OTHER = "other"  # an organisation's own instrument


@dataclass(frozen=True)
class Text:
    """A text in several languages; ``sv`` is always present."""

    sv: str
    en: str = ""

    def get(self, language: str) -> str:
        """The text in ``language`` ("sv" or "en"), falling back to Swedish."""
        if language == "en" and self.en:
            return self.en
        return self.sv


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    #: Score contribution when chosen (scored forms only).
    weight: int = 0
    #: Statistics code counted when this option is chosen (see ``Question.stat``).
    stat: str | None = None


@dataclass(frozen=True)
class Level:
    """One step of a risk-level scale (for judgement and client estimate)."""

    id: str
    label: Text
    #: Neutral description shown as help in the judgement step.
    description: Text | None = None
    #: The form's suggested days to the repeat at this level; the organisation's
    #: per-level setting wins (``riskapp.domain.review``).
    review_days: int | None = None


@dataclass(frozen=True)
class Question:
    id: str
    kind: QuestionKind
    text: Text
    help: Text | None = None
    required: bool = False
    #: Condition over earlier answers (source text, as written in YAML); None = always.
    visible_if: str | None = None
    #: Score contribution of a "yes" (yes_no_unknown) or a ticked check; scored forms only.
    weight: int = 0
    options: tuple[Option, ...] = ()
    #: yes_no_unknown: which of the extra values "declined" / "not_asked" are offered.
    allow_declined: bool = False
    allow_not_asked: bool = False
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: tuple[Text, ...] = ()
    number_min: float | None = None
    number_max: float | None = None
    #: Statistics code counted when the answer is "yes" / True (a coded, whitelisted fact,
    #: e.g. "violence.physical", "children.exposed"). Never free text.
    stat: str | None = None
    #: Safety plan: how the item may appear on the discreet printout; NEVER unless the
    #: form declares an alias (check items) or ``own_words`` (free-text fields).
    discreet: DiscreetMode = DiscreetMode.NEVER
    #: Safety plan: the neutral to-do or note line printed for an agreed check item.
    discreet_alias: Text | None = None
    #: Free-text questions that hold a secret address etc. never go on any printout.
    never_print: bool = False
    #: A strong risk marker: a "yes" is flagged in the summary, the PDF and the journal
    #: text, and completing with the lowest level while it is "yes" warns.
    strong_marker: bool = False
    #: 1-based line in the source file, for error messages.
    line: int = 0

    @property
    def discreet_omit(self) -> bool:
        """True when this item can never appear on the discreet printout."""
        return self.never_print or self.discreet is DiscreetMode.NEVER


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    kind: SectionKind = SectionKind.QUESTIONS
    intro: Text | None = None
    questions: tuple[Question, ...] = ()
    visible_if: str | None = None
    line: int = 0

    @property
    def discreet_omit(self) -> bool:
        """True when no item of this theme can appear on the discreet printout (the
        discreet printout has no theme headings at all)."""
        return all(q.discreet_omit for q in self.questions)


@dataclass(frozen=True)
class Form:
    id: str
    version: int
    kind: FormKind
    title: Text
    language: str
    sections: tuple[Section, ...]
    description: Text | None = None
    scored: bool = False
    #: Risk-level scale, lowest first (danger assessments: judgement and client estimate).
    levels: tuple[Level, ...] = ()
    #: Days until a repeat is due after completion (danger assessments); None = no reminder.
    review_days: int | None = None
    #: Discreet printout title (safety plan), e.g. "Mina anteckningar".
    discreet_title: Text | None = None
    source: Path | None = field(default=None, compare=False)

    def questions(self) -> tuple[Question, ...]:
        """Every question in form order."""
        return tuple(q for s in self.sections for q in s.questions)

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError if there is none."""
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    @property
    def has_judgement(self) -> bool:
        return any(s.kind is SectionKind.JUDGEMENT for s in self.sections)

    @property
    def has_client_estimate(self) -> bool:
        return any(s.kind is SectionKind.CLIENT_ESTIMATE for s in self.sections)
