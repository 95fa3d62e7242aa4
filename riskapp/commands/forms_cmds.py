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

from riskapp.commands.console import EXIT_FAILURE, EXIT_OK, Console
from riskapp.domain.forms.problems import Problem
from riskapp.messages import word
from riskapp.paths import forms_dir


def problem_line(problem: Problem, language: str = "both") -> str:
    """One problem as ``path:line: svensk text (English text)`` (or one ``language``)."""
    params = dict(problem.params)
    if "what" in params:  # the Swedish wording needs the Swedish name of the piece
        params.setdefault("what_sv", word(f"what.{params['what']}", {}, "sv") or params["what"])
    return f"{problem.where}: {word(problem.code, params, language) or str(problem)}"


def check(args: argparse.Namespace, console: Console) -> int:
    """Validate the given paths (or the shipped forms); exit 1 if any problem is found."""
    from riskapp.domain.forms.loader import load_forms

    paths = list(args.paths) or [forms_dir()]
    forms, problems = load_forms(paths)
    if problems:
        for problem in problems:
            console.out(problem_line(problem))
        files = len({str(p.path) for p in problems})
        console.err(word("forms_check_failed", {"problems": len(problems), "files": files}) or "")
        return EXIT_FAILURE
    for form in forms:
        console.out(f"{form.source}: {form.id} v{form.version}")
    console.out(word("forms_check_ok", {"count": len(forms)}) or "")
    return EXIT_OK
