"""``riskapp forms check [PATH...]``: validate form files (default: the shipped forms).

Each problem is printed on stdout as ``path:line: svensk text (English text)``, in file
then line order, followed by a summary on stderr; exit 1 when there is any problem. With
no problems, one line per form (``path: id vVERSION``) and a summary on stdout; exit 0.
Directories are searched recursively for ``*.yaml`` / ``*.yml``; the same id + version in
two files is a problem.

The forms loader (YAML, pydantic) is imported when the command runs (start-up speed:
``riskapp.cli`` imports this module), not to break an import cycle.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from riskapp.commands.console import EXIT_FAILURE, EXIT_OK, Console
from riskapp.domain.forms.errors import Problem
from riskapp.messages import MESSAGES
from riskapp.paths import forms_dir


def _wording(code: str, params: Mapping[str, Any], fallback: str) -> str:
    """ "svensk text (English text)" for a message code, or ``fallback`` if unknown."""
    try:
        sv, en = MESSAGES[code]
        sv = sv.format(**params)
        en = en.format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback
    return f"{sv} ({en})" if en != sv else sv


def problem_line(problem: Problem) -> str:
    """One problem as ``path:line: svensk text (English text)``."""
    text = _wording(problem.code, problem.params, problem.message)
    if problem.line > 0:
        return f"{problem.path}:{problem.line}: {text}"
    return f"{problem.path}: {text}"


def check(args: argparse.Namespace, console: Console) -> int:
    """Validate the given paths (or the shipped forms); exit 1 if any problem is found."""
    from riskapp.domain.forms.loader import load_forms

    paths = list(args.paths) or [forms_dir()]
    forms, problems = load_forms(paths)
    if problems:
        for problem in problems:
            console.out(problem_line(problem))
        files = len({str(p.path) for p in problems})
        console.err(
            _wording(
                "forms_check_failed",
                {"problems": len(problems), "files": files},
                f"{len(problems)} problem(s) in {files} file(s).",
            )
        )
        return EXIT_FAILURE
    for form in forms:
        console.out(f"{form.source}: {form.id} v{form.version}")
    console.out(_wording("forms_check_ok", {"count": len(forms)}, f"{len(forms)} form(s) OK."))
    return EXIT_OK
