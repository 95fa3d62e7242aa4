"""Problems found in form files: the ``Problem`` type and the codes it may carry.

``Problem`` is one finding about a form file: where (path, line), a stable ``code`` from
``PROBLEM_CODES`` and its ``params``; the presenters word it (``riskapp.messages`` for
``riskapp forms check``). The loader collects every problem of a file before it gives up,
so an author sees all of them at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Every code a ``Problem`` may carry; ``params`` named after each one.
PROBLEM_CODES: tuple[str, ...] = (
    "form_file_missing",
    "form_no_files",
    "form_unreadable",  # detail
    "form_encoding",
    "form_yaml_syntax",  # detail
    "form_empty",
    "form_not_mapping",
    "form_duplicate_key",  # key, first_line
    "form_unknown_key",  # key
    "form_unknown_key_hint",  # key, suggestion
    "form_missing_key",  # key
    "form_wrong_value",  # key, detail
    "form_bad_id",  # what, id, allowed
    "form_reserved_id",  # what, id
    "form_duplicate_id",  # what, id, first_line
    "form_condition_syntax",  # column, detail
    "form_condition_unknown",  # ref
    "form_condition_self",  # ref
    "form_condition_later",  # ref
    "form_condition_value",  # ref, value, allowed
    "form_condition_operator",  # op, ref, kind
    "form_weight_unscored",
    "form_key_not_for_kind",  # key, kind
    "form_danger_without_judgement",
    "form_levels_required",  # section_kind
    "form_section_kind_twice",  # section_kind
    "form_special_section_questions",  # section_kind
    "form_empty_section",
    "form_check_outside_plan",
    "form_discreet_outside_plan",  # key
    "form_discreet_revealing",  # key, word
    "form_discreet_conflict",  # key, other
    "form_options_required",  # kind, count
    "form_scale_required",
    "form_scale_range",  # min, max
    "form_scale_labels",  # count, given
    "form_number_range",  # min, max
    "form_bad_stat",  # stat
    "form_duplicate_form",  # form_id, version, other
    "form_too_large",  # limit
    "form_bad_character",  # character
    "form_yaml_alias",
    "form_too_deep",  # limit
    "form_too_many_nodes",  # limit
)


@dataclass(frozen=True)
class Problem:
    """One problem found in a form file: a code and params, worded by the presenter.

    ``line`` is 1-based; 0 means the problem concerns the whole file (unreadable, missing).
    ``what`` (in ``form_bad_id`` and the like) is one of ``form``, ``section``,
    ``question``, ``option``, ``level``.
    """

    path: Path
    line: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def where(self) -> str:
        """``path:line``, or just ``path`` for a problem of the whole file."""
        return f"{self.path}:{self.line}" if self.line > 0 else str(self.path)

    def __str__(self) -> str:
        """A developer line (``path:line: code {params}``); people get the presenter's."""
        params = f" {dict(self.params)}" if self.params else ""
        return f"{self.where}: {self.code}{params}"


def make_problem(path: Path, line: int, code: str, **params: Any) -> Problem:
    """A Problem (code + params; the presenters word it)."""
    return Problem(path, line, code, params)
