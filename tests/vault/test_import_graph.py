"""The vault's imports point one way (issue 11): no cycle, no import inside a function to
hide one, repositories on the unit of work only, and nothing private taken across modules.

The graph is read with ``ast`` from the source (every import, including those under
``if TYPE_CHECKING``), so it needs no import of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import riskapp.vault

ROOT = Path(riskapp.vault.__file__).parent
PACKAGE = "riskapp.vault"


def _module_name(path: Path) -> str:
    parts = [PACKAGE, *path.relative_to(ROOT).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _targets(node: ast.Import | ast.ImportFrom) -> list[tuple[str, list[str]]]:
    """(module, imported names) for each vault module an import statement reaches."""
    if isinstance(node, ast.Import):
        return [(a.name, []) for a in node.names if a.name in MODULES]
    if node.module is None or node.level:
        return []
    if node.module not in MODULES:
        return []
    out: list[tuple[str, list[str]]] = []
    names: list[str] = []
    for alias in node.names:
        sub = f"{node.module}.{alias.name}"
        if sub in MODULES:
            out.append((sub, []))
        else:
            names.append(alias.name)
    if names:
        out.append((node.module, names))
    return out


def _imports(path: Path) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement with whether it sits inside a function or class body."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def walk(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, nested))
            inner = nested or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
            )
            walk(child, inner)

    walk(tree, False)
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for node, _nested in _imports(path):
            for target, _names in _targets(node):
                if target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycle_inside_the_vault() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_inside_a_function_or_class() -> None:
    offenders = [
        f"{name}:{node.lineno}"
        for name, path in MODULES.items()
        for node, nested in _imports(path)
        if nested
    ]
    assert offenders == []


def test_repositories_depend_on_the_unit_of_work_not_the_facade() -> None:
    allowed_above = {f"{PACKAGE}.unit_of_work", f"{PACKAGE}.keys"}
    facade = {f"{PACKAGE}.session", f"{PACKAGE}.opening", f"{PACKAGE}.backup", PACKAGE}
    graph = _graph()
    for name in MODULES:
        if name.startswith(f"{PACKAGE}.repositories"):
            assert not graph[name] & facade, name
    users = graph[f"{PACKAGE}.repositories.users"]
    assert users & allowed_above == allowed_above


def test_no_private_name_is_imported_from_another_module() -> None:
    offenders = [
        f"{name}: {target}.{imported}"
        for name, path in MODULES.items()
        for node, _nested in _imports(path)
        for target, names in _targets(node)
        for imported in names
        if imported.startswith("_") and target != name
    ]
    assert offenders == []


def test_file_names_beside_a_vault_are_spelled_only_in_paths() -> None:
    suffixes = ('".keys"', '"-wal"', '"-shm"', '"-journal"', '".lock"', '".throttle"')
    offenders = [
        f"{name}: {suffix}"
        for name, path in MODULES.items()
        if name != f"{PACKAGE}.paths"
        for suffix in (*suffixes, '".restoring"')
        if suffix in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
