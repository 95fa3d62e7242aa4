"""The layers hold (docs/STYLE.md §1: imports point down only; Qt only in ``ui``).

Every module under ``riskapp/`` is parsed with ``ast`` and every import is read, also the
ones inside functions and under ``if TYPE_CHECKING:``: a late import is still a
dependency. The layers, from the top: ``ui`` -> ``cli`` -> ``commands`` -> ``services`` ->
``reports``, ``vault`` -> ``domain``, with the small shared modules ``paths``, ``config``,
``hardening`` and ``messages`` beside them. No import cycle is allowed among the imports
that run when a module is imported.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import riskapp

ROOT = Path(riskapp.__file__).parent

#: Modules any layer below ``ui`` may use besides its own and those listed for it.
SHARED = frozenset({"riskapp", "riskapp.paths", "riskapp.config"})

#: What each layer may import from riskapp (its own modules always). ``domain`` is checked
#: on its own below (it may import nothing but ``domain``).
ALLOWED: dict[str, frozenset[str]] = {
    "riskapp.ui": frozenset(
        {
            "riskapp.services",
            "riskapp.reports",
            "riskapp.vault",
            "riskapp.domain",
            "riskapp.messages",
            "riskapp.hardening",
        }
    ),
    "riskapp.__main__": frozenset({"riskapp.cli"}),
    "riskapp.cli": frozenset(
        {"riskapp.commands", "riskapp.domain", "riskapp.messages", "riskapp.hardening"}
    ),
    "riskapp.commands": frozenset(
        {
            "riskapp.bench",
            "riskapp.services",
            "riskapp.reports",
            "riskapp.vault",
            "riskapp.domain",
            "riskapp.messages",
            "riskapp.hardening",
        }
    ),
    # `riskapp bench` (issue 15): drives the services, reports and vault like the GUI does.
    "riskapp.bench": frozenset(
        {"riskapp.services", "riskapp.reports", "riskapp.vault", "riskapp.domain"}
    ),
    "riskapp.services": frozenset({"riskapp.reports", "riskapp.vault", "riskapp.domain"}),
    "riskapp.reports": frozenset({"riskapp.domain"}),
    "riskapp.vault": frozenset({"riskapp.domain"}),
    "riskapp.messages": frozenset({"riskapp.domain"}),
    "riskapp.paths": frozenset(),
    "riskapp.config": frozenset(),
    "riskapp.hardening": frozenset(),
    "riskapp": frozenset(),
}

#: The one import of the UI below it: the GUI entry point, imported when the GUI starts.
GUI_ENTRY_POINT = ("riskapp.cli", "main", "riskapp.ui.shell.app")

QT = ("PySide6", "shiboken6")
NETWORK = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)
DATABASE = ("sqlcipher3",)


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # the most specific module named: riskapp.vault.files, PySide6.QtCore
    function: str | None  # the enclosing function, None at module level
    type_checking: bool  # under ``if TYPE_CHECKING:`` (never runs)
    line: int

    @property
    def runs_on_import(self) -> bool:
        return self.function is None and not self.type_checking

    def __str__(self) -> str:
        where = f" in {self.function}()" if self.function else ""
        return f"{self.importer}:{self.line}{where} imports {self.target}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(
    node: ast.AST, function: str | None, type_checking: bool
) -> Iterator[tuple[ast.Import | ast.ImportFrom, str | None, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, function, type_checking
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            name = getattr(child, "name", "<lambda>")
            yield from _walk(child, function or name, type_checking)
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), function, True)
            for stmt in child.orelse:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), function, False)
        else:
            yield from _walk(child, function, type_checking)


def _imports_of(name: str, path: Path) -> Iterator[Import]:
    known = modules()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node, function, type_checking in _walk(tree, None, False):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, function, type_checking, node.lineno)
            continue
        base = node.module or ""
        if node.level:  # relative: from . import x, from ..vault import y
            anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            candidate = f"{base}.{alias.name}"
            # riskapp: the submodule if the name is one, else the module imported from;
            # other packages: the name too (``from PySide6 import QtNetwork``).
            external = _top(base) != "riskapp"
            target = candidate if candidate in known or external else base
            yield Import(name, target, function, type_checking, node.lineno)


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for name, path in modules().items() for imp in _imports_of(name, path))


def layer(module: str) -> str:
    """``riskapp.vault.session`` -> ``riskapp.vault``; top-level modules are their own."""
    parts = module.split(".")
    return ".".join(parts[:2])


def _top(target: str) -> str:
    return target.split(".")[0]


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


# --- the walk itself ---------------------------------------------------------------------


def test_the_walk_sees_function_level_and_type_checking_imports() -> None:
    found = {(i.importer, i.target, i.function) for i in all_imports()}
    assert ("riskapp.cli", "riskapp.ui.shell.app", "main") in found
    assert any(i.type_checking for i in all_imports())
    assert len(modules()) > 60


# --- Qt and the UI stay on top -----------------------------------------------------------


def test_nothing_below_ui_imports_ui_or_qt() -> None:
    offenders = [
        str(i)
        for i in all_imports()
        if not _within(i.importer, "riskapp.ui")
        and (_within(i.target, "riskapp.ui") or _top(i.target) in QT)
        and (i.importer, i.function, i.target) != GUI_ENTRY_POINT
    ]
    assert offenders == []


def test_the_gui_entry_point_is_the_single_ui_import_below_ui_and_runs_late() -> None:
    below = [
        i
        for i in all_imports()
        if not _within(i.importer, "riskapp.ui") and _within(i.target, "riskapp.ui")
    ]
    assert [(i.importer, i.function, i.target) for i in below] == [GUI_ENTRY_POINT]


def test_the_ui_never_calls_the_command_line() -> None:
    cli = ("riskapp.cli", "riskapp.commands", "riskapp.__main__")
    offenders = [
        str(i)
        for i in all_imports()
        if _within(i.importer, "riskapp.ui") and any(_within(i.target, m) for m in cli)
    ]
    assert offenders == []


# --- imports point down ------------------------------------------------------------------


def test_every_layer_imports_only_the_layers_below_it() -> None:
    offenders = []
    for imp in all_imports():
        if not imp.target.startswith("riskapp") or layer(imp.importer) == "riskapp.domain":
            continue
        own, target = layer(imp.importer), layer(imp.target)
        if (imp.importer, imp.function, imp.target) == GUI_ENTRY_POINT or target == own:
            continue
        allowed = ALLOWED[own] | (SHARED if own != "riskapp" else frozenset())
        if target not in allowed:
            offenders.append(str(imp))
    assert offenders == []


def test_every_layer_is_in_the_table() -> None:
    assert {layer(m) for m in modules()} - {"riskapp.domain"} == set(ALLOWED)


def test_vault_and_reports_use_no_qt_and_services_no_ui() -> None:
    offenders = [
        str(i)
        for i in all_imports()
        if (
            layer(i.importer) in ("riskapp.vault", "riskapp.reports")
            and (_top(i.target) in QT or _within(i.target, "riskapp.ui"))
        )
        or (layer(i.importer) == "riskapp.services" and _within(i.target, "riskapp.ui"))
    ]
    assert offenders == []


# --- the domain --------------------------------------------------------------------------


def test_domain_imports_no_qt_and_no_database() -> None:
    offenders = [
        str(i)
        for i in all_imports()
        if layer(i.importer) == "riskapp.domain" and _top(i.target) in QT + DATABASE
    ]
    assert offenders == []


def test_domain_imports_only_the_domain_and_no_platformdirs() -> None:
    offenders = [
        str(i)
        for i in all_imports()
        if layer(i.importer) == "riskapp.domain"
        and (
            _top(i.target) == "platformdirs"
            or (i.target.startswith("riskapp") and layer(i.target) != "riskapp.domain")
        )
    ]
    assert offenders == []


def test_domain_imports_without_qt_or_sqlcipher() -> None:
    """The same rule at run time: import every domain module in a fresh interpreter."""
    code = (
        "import sys, pkgutil, importlib, riskapp.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'riskapp.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlcipher3')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# --- no cycles ---------------------------------------------------------------------------


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(edges.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in edges.get(node, ()):
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_module_level_imports() -> None:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for imp in all_imports():
        if imp.runs_on_import and imp.target in known and imp.target != imp.importer:
            edges[imp.importer].add(imp.target)
    assert _cycles(edges) == []


# --- no network ----------------------------------------------------------------------------


def test_package_never_imports_networking_modules() -> None:
    offenders = [str(i) for i in all_imports() if any(_within(i.target, n) for n in NETWORK)]
    assert offenders == []
    texts = {name: path.read_text(encoding="utf-8") for name, path in modules().items()}
    assert [n for n, t in texts.items() if "QtNetwork" in t or "QtWebEngine" in t] == []
