"""Problems found in form files: the ``Problem`` type and the English wording of its codes.

``Problem`` is one finding about a form file (``path:line: message``); the loader collects
every problem of a file before it gives up, so an author sees all of them at once. Each
problem has a stable ``code`` and ``params`` (riskapp.messages words them in Swedish and
English for the command line); ``message`` is the English developer wording, filled from
``PROBLEM_TEMPLATES`` by ``make_problem``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One problem found in a form file.

    ``line`` is 1-based; 0 means the problem concerns the whole file (unreadable, missing).
    """

    path: Path
    line: int
    message: str
    code: str = "form_problem"
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        if self.line > 0:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


#: English wording of every problem code (riskapp.messages has Swedish + English).
PROBLEM_TEMPLATES: dict[str, str] = {
    "form_file_missing": "file or directory not found",
    "form_no_files": "no form files (*.yaml) in this directory",
    "form_unreadable": "cannot read the file ({detail})",
    "form_encoding": "the file is not UTF-8 text",
    "form_yaml_syntax": "YAML syntax error: {detail}",
    "form_empty": "the file is empty",
    "form_too_large": "the file is larger than {limit}, the most a form file may be",
    "form_bad_character": "character {character} is not allowed (a control character)",
    "form_yaml_alias": "anchors and aliases (&name, *name) are not allowed in form files",
    "form_too_deep": "more than {limit} levels of nesting",
    "form_too_many_nodes": "more than {limit} keys, values and list items in one file",
    "form_not_mapping": "the file must contain a mapping (key: value lines) at the top level",
    "form_duplicate_key": "key '{key}' appears twice (first on line {first_line})",
    "form_unknown_key": "unknown key '{key}'",
    "form_unknown_key_hint": "unknown key '{key}' (did you mean '{suggestion}'?)",
    "form_missing_key": "required key '{key}' is missing",
    "form_wrong_value": "{key}: {detail}",
    "form_bad_id": "{what} id '{id}' must start with a lower-case letter and use only "
    "a-z, 0-9 and {allowed}",
    "form_reserved_id": "{what} id '{id}' is a reserved word",
    "form_duplicate_id": "duplicate {what} id '{id}' (first on line {first_line})",
    "form_condition_syntax": "visible_if: column {column}: {detail}",
    "form_condition_unknown": "visible_if refers to unknown question '{ref}'",
    "form_condition_self": "visible_if refers to the question itself ('{ref}')",
    "form_condition_later": "visible_if refers to '{ref}', which is not asked before this "
    "point; conditions may only use earlier questions",
    "form_condition_value": "visible_if compares '{ref}' with {value}, which is not one of "
    "its answers ({allowed})",
    "form_condition_operator": "visible_if: '{op}' cannot be used with '{ref}' (a {kind} question)",
    "form_weight_unscored": "weight on a form that is not scored (add 'scored: true' or "
    "remove the weight)",
    "form_key_not_for_kind": "'{key}' does not apply to a {kind} question",
    "form_danger_without_judgement": "a danger_assessment form needs a section of kind judgement",
    "form_levels_required": "a {section_kind} section needs the form's 'levels'",
    "form_section_kind_twice": "only one section of kind {section_kind} is allowed",
    "form_special_section_questions": "a {section_kind} section cannot have questions",
    "form_empty_section": "the section has no questions",
    "form_check_outside_plan": "check questions are only allowed on safety_plan forms",
    "form_discreet_outside_plan": "'{key}' is only meaningful on safety_plan forms",
    "form_discreet_revealing": "'{key}' contains '{word}', which reveals what the printout is "
    "about",
    "form_discreet_conflict": "'{key}' contradicts '{other}'",
    "form_options_required": "a {kind} question needs at least {count} options",
    "form_scale_required": "a scale question needs 'scale' with 'min' and 'max'",
    "form_scale_range": "scale min ({min}) must be less than max ({max})",
    "form_scale_labels": "scale labels: give 2 (for the ends) or {count} (one per step), "
    "not {given}",
    "form_number_range": "number min ({min}) must not be greater than max ({max})",
    "form_bad_stat": "stat code '{stat}' must be lower-case words joined by dots, "
    "e.g. violence.physical",
    "form_duplicate_form": "form '{form_id}' version {version} is already defined in {other}",
}

_WHAT_SV = {
    "form": "formulär",
    "section": "avsnitt",
    "question": "fråga",
    "option": "alternativ",
    "level": "nivå",
}


def make_problem(path: Path, line: int, code: str, **params: Any) -> Problem:
    """A Problem with its English message filled from ``PROBLEM_TEMPLATES``."""
    if "what" in params:
        params.setdefault("what_sv", _WHAT_SV.get(str(params["what"]), params["what"]))
    message = PROBLEM_TEMPLATES[code].format(**params)
    return Problem(path, line, message, code, params)
