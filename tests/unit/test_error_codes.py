"""Every code raised anywhere is declared next to its error, and every presenter words it.

The codes are found twice: by importing every module (the ``RiskappError`` subclasses and
the codes they declare, ``code`` and ``other_codes``) and by an AST walk of the source
(every call of an error class with its ``code=``, every ``code=`` literal, every code given
to a problem factory). A code raised but not declared, declared but never raised, or
without words in a presenter's one catalogue fails here:

- the CLI (``riskapp.messages.MESSAGES``) words every code, Swedish and English, the
  form-file and CSV import problems included;
- the GUI (``riskapp.ui.common.errors.MESSAGES``, Swedish source translated with Qt) words every
  code that can reach it: all but the codes only the command line raises and the form
  file problems (authors check forms with ``riskapp forms check``; the GUI never lists
  them). Each GUI message has a finished English translation in the ``.ts``.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pytest

import riskapp
from riskapp import messages as cli_words
from riskapp.commands.vault_cmds import CSV_PROBLEM_CODES
from riskapp.domain import passphrase
from riskapp.domain.errors import RiskappError
from riskapp.domain.forms import engine
from riskapp.domain.forms.problems import PROBLEM_CODES
from riskapp.services.assessments import AssessmentIncomplete, CompletionNeedsConfirmation
from riskapp.ui.common import errors as gui_words
from riskapp.ui.common import i18n
from riskapp.vault.errors import WeakPassphrase

ROOT = Path(riskapp.__file__).parent
#: Modules of the command line: the codes only they raise are worded by the CLI alone.
CLI_MODULES = ("riskapp.cli", "riskapp.commands")
#: Calls that make a problem record: (kind of record, position of the code argument); a
#: ``completion_problems`` function adds (code, question_id) tuples of its own too.
#: Renaming one makes the "exactly the declared ones" test fail, so none is missed.
PROBLEM_FACTORIES = {
    "make_problem": ("form", 2),  # riskapp.domain.forms.problems: (path, line, code)
    "add": ("form", 1),  # the loader's checker.add(loc, code); a set's add has 1 arg
    "CompletionProblem": ("completion", 0),  # riskapp.domain.forms.engine
    "CsvProblem": ("csv", 1),  # riskapp.domain.csv_text: (line, code)
}
#: Keys of the CLI catalogue that are not codes: its own sentences and words.
CLI_WORDS = {
    "forms_check_ok",
    "forms_check_failed",
    "csv_line",
    "csv_read_as",
    "csv_sep_comma",
    "csv_sep_semicolon",
    "csv_sep_tab",
    # printing warnings (services.printing.Printout.warnings), not errors
    "plan_no_org_phone",
    "plan_warning_caseworker_phone",
}
_CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")


def _import_everything() -> None:
    for info in pkgutil.walk_packages(riskapp.__path__, "riskapp."):
        if info.name != "riskapp.__main__":
            import_module(info.name)


def _error_classes() -> dict[str, type[RiskappError]]:
    _import_everything()
    found: dict[str, type[RiskappError]] = {}
    todo: list[type[RiskappError]] = [RiskappError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("riskapp."):
            assert cls.__name__ not in found, f"two error classes named {cls.__name__}"
            found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


CLASSES = _error_classes()


@dataclass(frozen=True)
class Found:
    """One code in the source: ``cls`` is the error class called (None for a problem)."""

    code: str | None  # None: computed at run time (``code=found[0]``)
    where: str
    cls: str | None = None
    problem: str | None = None
    params: frozenset[str] | None = None  # the keywords given; None: not known here


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _completion_tuples(tree: ast.AST, path: Path) -> Iterator[Found]:
    """``(code, question_id)`` pairs a ``completion_problems`` function adds itself."""
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef) and func.name == "completion_problems":
            for node in ast.walk(func):
                if (
                    isinstance(node, ast.Tuple)
                    and len(node.elts) == 2
                    and isinstance(node.elts[0], ast.Constant)
                    and isinstance(node.elts[0].value, str)
                ):
                    where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
                    yield Found(node.elts[0].value, where, problem="completion")


def _scan(path: Path) -> Iterator[Found]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    in_forms = path.is_relative_to(ROOT / "domain" / "forms")
    yield from _completion_tuples(tree, path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
        name = _callee(node)
        code_kw = next((k.value for k in node.keywords if k.arg == "code"), None)
        literal = (
            code_kw.value
            if isinstance(code_kw, ast.Constant) and isinstance(code_kw.value, str)
            else None
        )
        if name in CLASSES:
            cls = CLASSES[name]
            params = frozenset(k.arg for k in node.keywords if k.arg and k.arg != "code")
            known = "__init__" not in cls.__dict__ and all(k.arg for k in node.keywords)
            code = cls.code if code_kw is None else literal
            yield Found(code, where, name, params=params if known else None)
        elif literal is not None:
            yield Found(literal, where)
        factory = PROBLEM_FACTORIES.get(name or "")
        if factory is not None and (in_forms or name != "add"):
            kind, position = factory
            arg = node.args[position] if len(node.args) > position else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield Found(arg.value, where, problem=kind)


FOUND = [found for path in sorted(ROOT.rglob("*.py")) for found in _scan(path)]


def _is_cli(cls: type[RiskappError]) -> bool:
    return cls.__module__.startswith(CLI_MODULES)


def _codes(*, cli: bool) -> set[str]:
    """Every code a presenter must word."""
    codes = {
        code for cls in CLASSES.values() if cli or not _is_cli(cls) for code in cls.declared_codes()
    }
    codes |= set(AssessmentIncomplete.problem_codes)
    codes |= set(CompletionNeedsConfirmation.warning_codes)
    if cli:
        codes |= set(PROBLEM_CODES) | set(CSV_PROBLEM_CODES)
    return codes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# --- the codes are declared ------------------------------------------------------------------


def test_the_walk_finds_the_codes_of_every_kind() -> None:
    assert {f.cls for f in FOUND} >= {"VaultDamaged", "ReportError", "CliError"}
    assert {f.problem for f in FOUND} == {"form", "completion", "csv", None}
    assert len(FOUND) > 100


def test_every_code_given_to_an_error_class_is_declared_on_it() -> None:
    undeclared = [
        f"{f.where}: {f.cls}(code={f.code!r})"
        for f in FOUND
        if f.cls is not None
        and f.code is not None
        and f.code not in CLASSES[f.cls].declared_codes()
    ]
    assert undeclared == [], "declare the code in the class's other_codes"


def test_a_code_computed_at_run_time_goes_to_a_class_that_declares_its_codes() -> None:
    dynamic = [f for f in FOUND if f.code is None and f.cls is not None]
    assert {f.cls for f in dynamic} == {"WeakPassphrase"}
    assert WeakPassphrase.declared_codes() == set(passphrase.CODES)


def test_every_code_literal_anywhere_is_declared_by_some_error() -> None:
    declared = {code for cls in CLASSES.values() for code in cls.declared_codes()}
    loose = [f"{f.where}: {f.code}" for f in FOUND if f.cls is None and f.problem is None]
    assert [entry for entry in loose if entry.rsplit(": ", 1)[1] not in declared] == []


def test_every_declared_other_code_is_raised_somewhere() -> None:
    raised = {(f.cls, f.code) for f in FOUND if f.cls is not None}
    computed = {f.cls for f in FOUND if f.cls is not None and f.code is None}
    stale = [
        f"{name}: {code}"
        for name, cls in CLASSES.items()
        if name not in computed
        for code in cls.__dict__.get("other_codes", ())
        if (name, code) not in raised
    ]
    assert stale == [], "remove codes nobody raises from other_codes"


@pytest.mark.parametrize(
    ("kind", "declared"),
    [
        ("form", set(PROBLEM_CODES)),
        ("completion", set(AssessmentIncomplete.problem_codes)),
        ("csv", set(CSV_PROBLEM_CODES)),
    ],
)
def test_problem_codes_are_exactly_the_declared_ones(kind: str, declared: set[str]) -> None:
    made = {f.code for f in FOUND if f.problem == kind}
    assert made - declared == set(), "declare the new problem code"
    assert declared - made == set(), "a declared problem code is no longer made"
    assert all(code and _CODE.fullmatch(code) for code in made)


def test_the_engine_makes_exactly_its_declared_completion_codes() -> None:
    made = {f.code for f in FOUND if f.problem == "completion" and "engine" in f.where}
    assert made == set(engine.COMPLETION_CODES)


def _unfilled(template: str, found: Found) -> set[str]:
    return _fields(template) - (found.params or set())


def test_every_placeholder_is_filled_where_the_code_is_raised() -> None:
    raised = [f for f in FOUND if f.cls and f.code and f.params is not None]
    assert len(raised) > 50
    unfilled = [
        f"{f.where}: {f.code} {sorted(missing)} ({presenter})"
        for f in raised
        for presenter, templates in (
            ("cli", cli_words.MESSAGES.get(f.code, ())),
            ("gui", (gui_words.MESSAGES.get(f.code, ""),)),
        )
        for template in templates
        if (missing := _unfilled(template, f) - {"what_sv", "problems_en"})
    ]
    assert unfilled == []


# --- the CLI words every code ----------------------------------------------------------------


def test_the_cli_words_every_code_in_swedish_and_english() -> None:
    missing = sorted(_codes(cli=True) - set(cli_words.MESSAGES))
    assert missing == [], "add Swedish and English words to riskapp/messages.py"
    empty = [code for code, (sv, en) in cli_words.MESSAGES.items() if not sv or not en]
    assert empty == []


def test_the_cli_catalogue_has_no_words_for_unknown_codes() -> None:
    known = _codes(cli=True) | CLI_WORDS
    extra = sorted(k for k in cli_words.MESSAGES if k not in known and not k.startswith("what."))
    assert extra == []


def test_the_cli_uses_the_same_placeholders_in_both_languages() -> None:
    # Swedish needs the Swedish word for a form piece (what_sv) and CSV problems are
    # given in both languages (problems / problems_en).
    same = {"what_sv": "what", "problems_en": "problems"}
    differ = [
        code
        for code, (sv, en) in cli_words.MESSAGES.items()
        if {same.get(f, f) for f in _fields(sv)} != {same.get(f, f) for f in _fields(en)}
    ]
    assert differ == []


# --- the GUI words every code that can reach it ----------------------------------------------


def _translations() -> dict[str, ET.Element]:
    root = ET.parse(i18n.ts_file("en")).getroot()
    for context in root.iter("context"):
        if context.findtext("name") == gui_words.CONTEXT:
            return {m.findtext("source") or "": m for m in context.iter("message")}
    return {}


def test_the_gui_words_every_code_that_can_reach_it() -> None:
    missing = sorted(_codes(cli=False) - set(gui_words.MESSAGES))
    assert missing == [], "add Swedish words to riskapp/ui/common/errors.py, then translate them"


def test_the_gui_catalogue_has_no_words_for_unknown_codes() -> None:
    assert sorted(set(gui_words.MESSAGES) - _codes(cli=False)) == []


def test_every_gui_message_has_a_finished_english_translation() -> None:
    translations = _translations()
    bad = []
    for code, sv in gui_words.MESSAGES.items():
        message = translations.get(sv)
        translation = message.find("translation") if message is not None else None
        en = translation.text if translation is not None else None
        if translation is None or translation.get("type") or not en:
            bad.append(code)
        elif _fields(en) != _fields(sv):
            bad.append(f"{code}: placeholders differ")
    assert bad == [], "run python -m riskapp.ui.common.i18n and translate the new entries"
