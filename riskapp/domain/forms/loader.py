"""Load form files (YAML) into ``model.Form``, reporting every problem as ``path:line``.

Steps for one file, each in its own module:

1. ``yaml_source``: read UTF-8 text into YAML nodes with the line of every key and item.
2. ``checks`` (with ``checker`` and ``condition_checks``): validate each piece with the
   pydantic models in ``schema`` and check the rules that span pieces.
3. ``build``: construct the ``model.Form``.

The wording of problems is in ``problems``. Nothing here evaluates code: conditions are
parsed by ``conditions.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from riskapp.domain.forms.build import build_form
from riskapp.domain.forms.checks import check_form
from riskapp.domain.forms.errors import FormError
from riskapp.domain.forms.model import Form
from riskapp.domain.forms.problems import Problem, make_problem
from riskapp.domain.forms.yaml_source import read_yaml

FORM_SUFFIXES = (".yaml", ".yml")


def read_form(path: Path) -> tuple[Form | None, list[Problem]]:
    """Load one file: the form (None if there were problems) and every problem found."""
    data, lines, problems = read_yaml(path)
    if problems and data is None:
        return None, problems
    checked, more = check_form(data, lines, path)
    problems = sorted(problems + more, key=lambda p: p.line)
    if problems or checked is None:
        return None, problems
    return build_form(checked, lines, path), []


def load_form(path: Path) -> Form:
    """Load and validate one form file; raises FormError listing every problem."""
    form, problems = read_form(Path(path))
    if form is None:
        raise FormError(problems)
    return form


def form_files(
    paths: Iterable[Path], *, allow_empty: bool = False
) -> tuple[list[Path], list[Problem]]:
    """Expand files and directories (recursively, *.yaml / *.yml, sorted) into files.

    A directory without form files is a problem unless ``allow_empty``.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in FORM_SUFFIXES and p.is_file())
            if not found and not allow_empty:
                problems.append(make_problem(path, 0, "form_no_files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(make_problem(path, 0, "form_file_missing"))
    return files, problems


def load_forms(
    paths: Iterable[Path], *, allow_empty: bool = False
) -> tuple[list[Form], list[Problem]]:
    """Load every form under ``paths``; duplicates of the same id + version are problems.

    Returns the forms that loaded (first of any duplicate pair) and all problems.
    """
    files, problems = form_files(paths, allow_empty=allow_empty)
    forms: list[Form] = []
    seen: dict[tuple[str, int], Form] = {}
    for file in files:
        form, file_problems = read_form(file)
        problems.extend(file_problems)
        if form is None:
            continue
        key = (form.id, form.version)
        if key in seen:
            _, lines, _ = read_yaml(file)
            problems.append(
                make_problem(
                    file,
                    lines.line(("version",)),
                    "form_duplicate_form",
                    form_id=form.id,
                    version=form.version,
                    other=str(seen[key].source),
                )
            )
            continue
        seen[key] = form
        forms.append(form)
    return forms, problems


def check_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the form files under ``paths`` (files or directories)."""
    return load_forms(paths)[1]
