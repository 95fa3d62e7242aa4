"""Behaviour of a loaded form over a set of answers: visibility, completeness, score, facts.

No Qt, no database: the wizard, the services and the reports call these functions with a
``Form`` and an answers mapping (question id -> value, types per ``model.py``).

Rules (documented for form authors in ``forms/README.md``):

* **Visibility.** A section is visible when its ``visible_if`` holds. A question is
  visible when its section is visible and its own ``visible_if`` holds. A condition that
  reads a hidden question makes the question (or section) hidden too, whatever the rest of
  the expression says: hidden answers never influence anything. Conditions only read
  earlier questions (the loader enforces it), so one pass in form order decides all.
* **Pruning.** ``prune_hidden`` keeps the answers of visible questions only (and drops
  keys that are not questions of the form), so an answer to a question that an earlier
  change hid is neither scored, counted in statistics nor stored.
* **Score** (scored forms only): the sum of the weights of visible questions answered
  "yes" (yes_no_unknown), ticked (check) and of chosen options (single/multiple choice).
  The score informs; the professional judgement decides.
* **Completion**: every visible required question answered (a required ``check`` must be
  ticked); a valid answer value for each answered question; on a form with a visible
  client_estimate section a client estimate that is a level id or ``"declined"`` (the
  client did not want to, or could not, estimate: recorded as such rather than guessed);
  on a form with a judgement section a level id and a written rationale of at least
  ``RATIONALE_MIN_CHARS`` characters (after trimming), so the judgement is reasoned.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from riskapp.domain.forms import conditions
from riskapp.domain.forms.model import Form, Question, QuestionKind, Section, SectionKind

#: Minimum length (characters, after trimming) of a judgement rationale. Twenty characters
#: is about one short sentence ("Hot om att döda, nyligen separerad."): enough to force a
#: reason to be written, short enough never to block a real one.
RATIONALE_MIN_CHARS = 20
#: The client-estimate value meaning "the client declined (or could not) estimate".
CLIENT_ESTIMATE_DECLINED = "declined"

#: Display words for yes_no_unknown values and check answers: value -> (sv, en).
ANSWER_WORDS: dict[str, tuple[str, str]] = {
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "unknown": ("Vet inte", "Don't know"),
    "declined": ("Vill inte svara", "Declined to answer"),
    "not_asked": ("Inte frågat", "Not asked"),
}
_CHECK_WORDS = {True: ("Ja", "Yes"), False: ("Nej", "No")}


#: Every code a ``CompletionProblem`` may carry (worded by each presenter).
COMPLETION_CODES: tuple[str, ...] = (
    "answer_required",
    "answer_invalid",
    "client_estimate_missing",
    "client_estimate_invalid",
    "judgement_missing",
    "judgement_invalid",
    "rationale_missing",
    "rationale_too_short",
)


@dataclass(frozen=True)
class CompletionProblem:
    """Why an assessment cannot be completed yet.

    ``code`` is one of ``COMPLETION_CODES``: the ``answer_*`` ones come with a
    ``question_id``, the others with None; ``params`` has ``min_chars`` for
    ``rationale_too_short``.
    """

    code: str
    question_id: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)


# --- visibility ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Visibility:
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]


def _holds(source: str | None, visible_ids: set[str], answers: Mapping[str, Any]) -> bool:
    if source is None:
        return True
    parsed = conditions.parse(source)
    if any(ref not in visible_ids for ref in conditions.referenced_questions(parsed)):
        return False  # reads a hidden question: hidden too
    return conditions.evaluate(parsed, answers)


def _visibility(form: Form, answers: Mapping[str, Any]) -> _Visibility:
    visible_ids: set[str] = set()
    visible_answers: dict[str, Any] = {}
    sections: list[Section] = []
    questions: list[Question] = []
    for section in form.sections:
        if not _holds(section.visible_if, visible_ids, visible_answers):
            continue
        sections.append(section)
        for question in section.questions:
            if _holds(question.visible_if, visible_ids, visible_answers):
                questions.append(question)
                visible_ids.add(question.id)
                if question.id in answers:
                    visible_answers[question.id] = answers[question.id]
    return _Visibility(tuple(sections), tuple(questions))


def visible_sections(form: Form, answers: Mapping[str, Any]) -> tuple[Section, ...]:
    """Sections shown for these answers, in form order."""
    return _visibility(form, answers).sections


def visible_questions(form: Form, answers: Mapping[str, Any]) -> tuple[Question, ...]:
    """Questions shown for these answers, in form order."""
    return _visibility(form, answers).questions


def prune_hidden(form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Only the answers of visible questions (unknown keys dropped too), in form order."""
    return {q.id: answers[q.id] for q in visible_questions(form, answers) if q.id in answers}


# --- answers ------------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def is_valid_answer(question: Question, value: Any) -> bool:
    """Does ``value`` fit the question's kind (and its options, range, extra values)?

    None (unanswered) is valid for every kind.
    """
    if value is None:
        return True
    kind = question.kind
    if kind is QuestionKind.YES_NO_UNKNOWN:
        allowed = {"yes", "no", "unknown"}
        if question.allow_declined:
            allowed.add("declined")
        if question.allow_not_asked:
            allowed.add("not_asked")
        return isinstance(value, str) and value in allowed
    option_ids = {o.id for o in question.options}
    if kind is QuestionKind.SINGLE_CHOICE:
        return isinstance(value, str) and value in option_ids
    if kind is QuestionKind.MULTIPLE_CHOICE:
        return (
            isinstance(value, list | tuple)
            and all(isinstance(v, str) and v in option_ids for v in value)
            and len(set(value)) == len(value)
        )
    if kind is QuestionKind.NUMBER:
        if not _is_number(value):
            return False
        low, high = question.number_min, question.number_max
        return (low is None or value >= low) and (high is None or value <= high)
    if kind is QuestionKind.SCALE:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and question.scale_min is not None
            and question.scale_max is not None
            and question.scale_min <= value <= question.scale_max
        )
    if kind is QuestionKind.DATE:
        if not isinstance(value, str):
            return False
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    if kind is QuestionKind.TEXT:
        return isinstance(value, str)
    return isinstance(value, bool)  # check


def _is_missing(question: Question, value: Any) -> bool:
    if question.kind is QuestionKind.CHECK:
        return value is not True
    return not conditions.is_answered(value)


def missing_required(form: Form, answers: Mapping[str, Any]) -> list[Question]:
    """Visible required questions without an answer (a required check must be ticked)."""
    return [
        q
        for q in visible_questions(form, answers)
        if q.required and _is_missing(q, answers.get(q.id))
    ]


# --- score --------------------------------------------------------------------------------


def _points(question: Question, value: Any) -> int:
    kind = question.kind
    if kind is QuestionKind.YES_NO_UNKNOWN:
        return question.weight if value == "yes" else 0
    if kind is QuestionKind.CHECK:
        return question.weight if value is True else 0
    if kind is QuestionKind.SINGLE_CHOICE:
        return sum(o.weight for o in question.options if o.id == value)
    if kind is QuestionKind.MULTIPLE_CHOICE and isinstance(value, list | tuple):
        chosen = set(value)
        return sum(o.weight for o in question.options if o.id in chosen)
    return 0


def score(form: Form, answers: Mapping[str, Any]) -> int | None:
    """Sum of weights of visible "yes"/ticked/chosen answers; None for unscored forms."""
    if not form.scored:
        return None
    return sum(_points(q, answers.get(q.id)) for q in visible_questions(form, answers))


def max_score(form: Form) -> int:
    """The highest score the form allows if every question were visible (0 if unscored)."""
    if not form.scored:
        return 0
    total = 0
    for q in form.questions():
        if q.kind in (QuestionKind.YES_NO_UNKNOWN, QuestionKind.CHECK):
            total += q.weight
        elif q.kind is QuestionKind.SINGLE_CHOICE:
            total += max((o.weight for o in q.options), default=0)
        elif q.kind is QuestionKind.MULTIPLE_CHOICE:
            total += sum(o.weight for o in q.options)
    return total


# --- completion ---------------------------------------------------------------------------


def completion_problems(
    form: Form,
    answers: Mapping[str, Any],
    *,
    client_estimate: str | None,
    judgement_level: str | None,
    judgement_rationale: str | None,
) -> list[CompletionProblem]:
    """Everything that stops completion, in form order (empty list: may complete)."""
    problems: list[CompletionProblem] = []
    visibility = _visibility(form, answers)
    for q in visibility.questions:
        value = answers.get(q.id)
        if not is_valid_answer(q, value):
            problems.append(CompletionProblem("answer_invalid", q.id))
        elif q.required and _is_missing(q, value):
            problems.append(CompletionProblem("answer_required", q.id))
    level_ids = {level.id for level in form.levels}
    section_kinds = {s.kind for s in visibility.sections}
    if SectionKind.CLIENT_ESTIMATE in section_kinds:
        if not client_estimate:
            problems.append(CompletionProblem("client_estimate_missing"))
        elif client_estimate not in level_ids and client_estimate != CLIENT_ESTIMATE_DECLINED:
            problems.append(CompletionProblem("client_estimate_invalid"))
    if SectionKind.JUDGEMENT in section_kinds:
        if not judgement_level:
            problems.append(CompletionProblem("judgement_missing"))
        elif judgement_level not in level_ids:
            problems.append(CompletionProblem("judgement_invalid"))
        rationale = (judgement_rationale or "").strip()
        if not rationale:
            problems.append(CompletionProblem("rationale_missing"))
        elif len(rationale) < RATIONALE_MIN_CHARS:
            problems.append(
                CompletionProblem("rationale_too_short", params={"min_chars": RATIONALE_MIN_CHARS})
            )
    return problems


def can_complete(
    form: Form,
    answers: Mapping[str, Any],
    *,
    client_estimate: str | None,
    judgement_level: str | None,
    judgement_rationale: str | None,
) -> bool:
    """True when ``completion_problems`` finds nothing."""
    return not completion_problems(
        form,
        answers,
        client_estimate=client_estimate,
        judgement_level=judgement_level,
        judgement_rationale=judgement_rationale,
    )


# --- statistics facts -----------------------------------------------------------------------


def stat_facts(form: Form, answers: Mapping[str, Any]) -> frozenset[str]:
    """Coded facts (``stat`` tags) of visible answers: "yes", ticked, or chosen options."""
    facts: set[str] = set()
    for q in visible_questions(form, answers):
        value = answers.get(q.id)
        if q.stat and (value == "yes" or value is True):
            facts.add(q.stat)
        if q.kind is QuestionKind.SINGLE_CHOICE and isinstance(value, str):
            chosen = {value}
        elif q.kind is QuestionKind.MULTIPLE_CHOICE and isinstance(value, list | tuple):
            chosen = set(value)
        else:
            continue
        facts.update(o.stat for o in q.options if o.stat and o.id in chosen)
    return frozenset(facts)


# --- display --------------------------------------------------------------------------------


def _word(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def _format_number(value: float, language: str) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:g}"
    return text if language == "en" else text.replace(".", ",")


def format_answer(question: Question, value: Any, language: str) -> str:
    """The answer as a person reads it ("sv" or "en"); "" when unanswered.

    Values that no longer fit the question (e.g. an option id the form does not have) are
    shown as they are rather than hidden, so nothing recorded silently disappears.
    """
    if value is None:
        return ""
    kind = question.kind
    if kind is QuestionKind.YES_NO_UNKNOWN and isinstance(value, str):
        pair = ANSWER_WORDS.get(value)
        return _word(pair, language) if pair else value
    if kind is QuestionKind.CHECK and isinstance(value, bool):
        return _word(_CHECK_WORDS[value], language)
    labels = {o.id: o.label.get(language) for o in question.options}
    if kind is QuestionKind.SINGLE_CHOICE and isinstance(value, str):
        return labels.get(value, value)
    if kind is QuestionKind.MULTIPLE_CHOICE and isinstance(value, list | tuple):
        order = {o.id: i for i, o in enumerate(question.options)}
        items = sorted(value, key=lambda v: order.get(v, len(order)))
        return ", ".join(labels.get(v, str(v)) for v in items)
    if kind is QuestionKind.SCALE and _is_number(value):
        text = _format_number(value, language)
        low, high, scale_labels = question.scale_min, question.scale_max, question.scale_labels
        if low is not None and high is not None and isinstance(value, int):
            if len(scale_labels) == high - low + 1 and low <= value <= high:
                return f"{text} ({scale_labels[value - low].get(language)})"
            if len(scale_labels) == 2 and value in (low, high):
                return f"{text} ({scale_labels[0 if value == low else 1].get(language)})"
        return text
    if kind is QuestionKind.NUMBER and _is_number(value):
        return _format_number(value, language)
    return str(value)
