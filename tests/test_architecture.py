"""The house rules of desktop/: no cycles, a Qt-free data layer, no SQL in views, no borrowed names.

The checker reads every module with `ast`, so it sees the imports Python only runs later
(inside functions, under `if TYPE_CHECKING:`) as well as the ones at the top, and it also
holds every module to 800 lines. Each check is a function of a `{module name: Module}` map:
the real tree is checked below, and the unit tests after it feed small made-up sources to
prove each check can fail (and where its edge is).
"""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "desktop"
MODELS = "desktop.models"
VIEWS = "desktop.views"
MAX_LINES = 800
# Third-party packages the data layer must never import: Qt and what draws with it.
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "pyqtgraph"})
# An SQL statement's keyword at the start of a string or after white space; upper case only,
# so user-facing text ("Select a group", "Update the roster") never matches.
SQL_PATTERN = re.compile(
    r"(?:^|(?<=\s))(?:SELECT|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)|PRAGMA)\b"
)


# ---- reading the tree -------------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    """One import found in a module: what it names, on which line."""

    target: str
    line: int


@dataclass
class Module:
    """One source file of the package: dotted name, path for messages, parsed source."""

    name: str
    path: str
    source: str
    is_package: bool
    tree: ast.Module = field(init=False)

    def __post_init__(self) -> None:
        self.tree = ast.parse(self.source, filename=self.path)

    @property
    def package(self) -> str:
        """The package relative imports start from."""
        return self.name if self.is_package else self.name.rpartition(".")[0]


def module_name(path: str) -> tuple[str, bool]:
    """`desktop/a/b.py` → ("desktop.a.b", False); `desktop/a/__init__.py` → ("desktop.a", True)."""
    parts = list(Path(path).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def modules_from_sources(sources: Mapping[str, str]) -> dict[str, Module]:
    """Modules from `{relative path: source}` (the unit tests' made-up trees)."""
    modules = {}
    for path, source in sources.items():
        name, is_package = module_name(path)
        modules[name] = Module(name, path, textwrap.dedent(source), is_package)
    return modules


@functools.cache
def load_tree(root: Path = ROOT, package: str = PACKAGE) -> Mapping[str, Module]:
    """Every module of `package` under `root` (read once per test run)."""
    return modules_from_sources(
        {
            path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted((root / package).rglob("*.py"))
        }
    )


def resolve_from(module: Module, node: ast.ImportFrom) -> str:
    """The absolute module a `from … import` reads from (relative imports resolved)."""
    if node.level == 0:
        return node.module or ""
    base = module.package.split(".")
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(module: Module, known: Mapping[str, Module]) -> Iterator[Import]:
    """Every module `module` imports, wherever the import statement stands.

    `from a import b` where `a.b` is a module counts as importing `a.b`; a dotted name is
    cut back to the longest known module (`import a.b.c` of a function `c` is `a.b`).
    """
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(known_prefix(alias.name, known), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = resolve_from(module, node)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in known else known_prefix(base, known)
                yield Import(target, node.lineno)
        elif (
            isinstance(node, ast.Call)
            and _dotted(node.func) in {"importlib.import_module", "import_module"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(known_prefix(node.args[0].value, known), node.lineno)


def known_prefix(name: str, known: Mapping[str, Module]) -> str:
    """The longest prefix of the dotted `name` that is a known module (else `name`)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return name


def _dotted(node: ast.expr) -> str | None:
    """`a.b.c` of an attribute chain on a name, else None."""
    names = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    names.append(node.id)
    return ".".join(reversed(names))


def import_graph(modules: Mapping[str, Module]) -> dict[str, dict[str, int]]:
    """Module → {module of the package it imports: first line that does}."""
    graph: dict[str, dict[str, int]] = {}
    for name, module in modules.items():
        edges: dict[str, int] = {}
        for found in imports(module, modules):
            if found.target in modules and found.target != name:
                edges.setdefault(found.target, found.line)
        graph[name] = edges
    return graph


# ---- the checks -------------------------------------------------------------------------------


def strongly_connected(graph: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return sorted(components)


def cycle_violations(modules: Mapping[str, Module]) -> list[str]:
    """Each import cycle, with the imports that close it (file:line → module)."""
    graph = import_graph(modules)
    found = []
    for component in strongly_connected(graph):
        members = set(component)
        arrows = [
            f"    {modules[source].path}:{line} imports {target}"
            for source in component
            for target, line in sorted(graph[source].items())
            if target in members
        ]
        found.append(
            f"cycle of {len(component)} modules: {', '.join(component)}\n" + "\n".join(arrows)
        )
    return found


def within(name: str, package: str) -> bool:
    """Whether the dotted `name` is `package` or inside it."""
    return name == package or name.startswith(f"{package}.")


def modules_in(modules: Mapping[str, Module], package: str) -> list[Module]:
    """The modules of `package` (itself included), by name."""
    return [module for name, module in sorted(modules.items()) if within(name, package)]


def _by_place(violation: str) -> tuple[str, int, str]:
    """Sort key of "path:line what": path, then line number, then text."""
    path, _, rest = violation.partition(":")
    line, _, what = rest.partition(" ")
    return path, int(line), what


def _is_allowed_in_models(target: str) -> bool:
    if target.split(".", maxsplit=1)[0] in QT_PACKAGES:
        return False
    if target == PACKAGE or not within(target, PACKAGE):
        return True  # the standard library, non-Qt third parties, desktop/__init__ itself
    return within(target, MODELS)


def models_violations(modules: Mapping[str, Module]) -> list[str]:
    """Imports of Qt or of anything of desktop/ outside desktop/models, made by the data layer."""
    found = []
    for module in modules_in(modules, MODELS):
        for item in imports(module, modules):
            if not _is_allowed_in_models(item.target):
                found.append(f"{module.path}:{item.line} imports {item.target}")
    return sorted(found, key=_by_place)


def _string_constants(tree: ast.Module) -> Iterator[ast.Constant]:
    """String constants that are values (not docstrings or other bare expression strings)."""
    bare = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in bare:
            yield node


def views_sql_violations(modules: Mapping[str, Module]) -> list[str]:
    """sqlite3 imports, SQL text and `.conn` (the raw connection) in the views."""
    found = []
    for module in modules_in(modules, VIEWS):
        for item in imports(module, modules):
            if item.target.split(".")[0] == "sqlite3":
                found.append(f"{module.path}:{item.line} imports sqlite3")
        for node in _string_constants(module.tree):
            match = SQL_PATTERN.search(node.value)
            if match:
                text = " ".join(node.value.split())[:60]
                found.append(f"{module.path}:{node.lineno} SQL {match.group(0)!r}: {text!r}")
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Attribute) and node.attr == "conn":
                found.append(f"{module.path}:{node.lineno} uses .conn")
    return sorted(found, key=_by_place)


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_bindings(module: Module, known: Mapping[str, Module]) -> dict[str, str]:
    """Names bound to modules: `import a.b as m`, `from a import b` → a.b; `import a.b` → a."""
    bound: dict[str, str] = {}
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    if alias.name in known:
                        bound[alias.asname] = alias.name
                else:  # `import a.b.c` binds `a`; the attribute chain names the rest
                    top = alias.name.split(".")[0]
                    bound[top] = top
        elif isinstance(node, ast.ImportFrom):
            base = resolve_from(module, node)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    bound[alias.asname or alias.name] = f"{base}.{alias.name}"
    return bound


def private_violations(modules: Mapping[str, Module]) -> list[str]:
    """`from x import _name` and `x._name` on another module of the package."""
    found = []
    for name, module in sorted(modules.items()):
        bound = _module_bindings(module, modules)
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom):
                base = resolve_from(module, node)
                if not within(base, PACKAGE) or base == name:
                    continue
                for alias in node.names:
                    if _is_private(alias.name) and f"{base}.{alias.name}" not in modules:
                        found.append(f"{module.path}:{node.lineno} imports {base}.{alias.name}")
            elif isinstance(node, ast.Attribute) and _is_private(node.attr):
                dotted = _dotted(node.value)
                if dotted is None:
                    continue
                head, _, rest = dotted.partition(".")
                if head not in bound:
                    continue
                target = f"{bound[head]}.{rest}" if rest else bound[head]
                if target in modules and target != name:
                    found.append(f"{module.path}:{node.lineno} uses {target}.{node.attr}")
    return sorted(found, key=_by_place)


def size_violations(modules: Mapping[str, Module], limit: int = MAX_LINES) -> list[str]:
    """Modules longer than `limit` lines."""
    return [
        f"{module.path}: {lines} lines (over {limit})"
        for module in sorted(modules.values(), key=lambda m: m.path)
        if (lines := len(module.source.splitlines())) > limit
    ]


# ---- the real tree ----------------------------------------------------------------------------


CHECKS = {
    "no_import_cycles": (cycle_violations, "import cycles in desktop/"),
    "data_layer_imports_no_qt": (models_violations, "desktop/models importing Qt or layers above"),
    "views_hold_no_sql": (views_sql_violations, "sqlite3, SQL text or .conn in desktop/views"),
    "no_borrowed_private_names": (private_violations, "private names used from another module"),
    "no_module_over_800_lines": (size_violations, f"modules over {MAX_LINES} lines"),
}


def test_the_tree_is_read_whole() -> None:
    modules = load_tree()
    assert f"{MODELS}.storage.db" in modules
    assert any(name.startswith(f"{VIEWS}.") for name in modules)
    assert len(modules) > 100


@pytest.mark.parametrize("rule", CHECKS)
def test_the_tree_keeps_the_rule(rule: str) -> None:
    check, title = CHECKS[rule]
    violations = check(load_tree())
    assert not violations, f"{title} ({len(violations)}):\n" + "\n".join(violations)


# ---- the checks can fail ----------------------------------------------------------------------


def test_a_cycle_hidden_behind_type_checking_is_found() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/a.py": """
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from desktop.models.b import Thing
            """,
            "desktop/models/b.py": "from desktop.models import a\n",
            "desktop/models/c.py": "import desktop.models.a\n",
        }
    )
    (violation,) = cycle_violations(modules)
    assert "desktop.models.a, desktop.models.b" in violation
    assert "desktop/models/a.py:4 imports desktop.models.b" in violation
    assert "desktop/models/b.py:1 imports desktop.models.a" in violation
    assert "desktop.models.c" not in violation


def test_a_cycle_through_a_function_level_import_is_found() -> None:
    modules = modules_from_sources(
        {
            "desktop/views/x.py": "from desktop.views.y import show\n",
            "desktop/views/y.py": """
                def show():
                    from desktop.views import z
                    return z
            """,
            "desktop/views/z.py": """
                def back():
                    import desktop.views.x
            """,
        }
    )
    (violation,) = cycle_violations(modules)
    assert violation.startswith("cycle of 3 modules: desktop.views.x, desktop.views.y, desktop.")


def test_relative_imports_are_resolved() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/__init__.py": "",
            "desktop/models/pkg/__init__.py": "from . import low\n",
            "desktop/models/pkg/low.py": "from ..top import f\n",
            "desktop/models/top.py": "from .pkg import low\nfrom desktop.models.pkg import x\n",
        }
    )
    graph = import_graph(modules)
    assert graph["desktop.models.pkg"] == {"desktop.models.pkg.low": 1}
    assert graph["desktop.models.pkg.low"] == {"desktop.models.top": 1}
    assert graph["desktop.models.top"] == {"desktop.models.pkg.low": 1, "desktop.models.pkg": 2}
    assert len(cycle_violations(modules)) == 1


def test_no_cycle_no_violation() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/a.py": "import os\n",
            "desktop/models/b.py": "from desktop.models import a",
        }
    )
    assert cycle_violations(modules) == []


def test_qt_and_views_in_the_data_layer_are_found() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/a.py": """
                import json
                import openpyxl
                from desktop import __version__
                from desktop.models import b
                def later():
                    from PySide6.QtCore import QObject
                    import pyqtgraph as pg
                    from desktop.views.common import labels
                    import desktop.app
                    import shiboken6
            """,
            "desktop/models/b.py": "from PySide6 import QtCore  # noqa\n",
            "desktop/views/common/labels.py": "from PySide6.QtCore import QObject\n",
            "desktop/app.py": "",
        }
    )
    assert models_violations(modules) == [
        "desktop/models/a.py:7 imports PySide6.QtCore",
        "desktop/models/a.py:8 imports pyqtgraph",
        "desktop/models/a.py:9 imports desktop.views.common.labels",
        "desktop/models/a.py:10 imports desktop.app",
        "desktop/models/a.py:11 imports shiboken6",
        "desktop/models/b.py:1 imports PySide6",
    ]


def test_sql_sqlite3_and_conn_in_views_are_found() -> None:
    modules = modules_from_sources(
        {
            "desktop/views/t.py": '''
                """A tab that says SELECT in its docstring, which is fine."""
                import sqlite3
                def load(db):
                    """Docstrings may mention DELETE FROM."""
                    rows = db.conn.execute("SELECT id FROM members").fetchall()
                    db.execute(f"UPDATE members SET name = {1}")
                    db.execute("""
                        INSERT INTO groups (name) VALUES (?)""")
                    return "PRAGMA user_version", "x DELETE FROM trash", rows
            ''',
            "desktop/views/u.py": "def f():\n    from sqlite3 import Error\n",
            "desktop/models/m.py": 'import sqlite3\nQ = "SELECT 1"\n',
        }
    )
    assert views_sql_violations(modules) == [
        "desktop/views/t.py:3 imports sqlite3",
        "desktop/views/t.py:6 SQL 'SELECT': 'SELECT id FROM members'",
        "desktop/views/t.py:6 uses .conn",
        "desktop/views/t.py:7 SQL 'UPDATE members SET': 'UPDATE members SET name ='",
        "desktop/views/t.py:8 SQL 'INSERT INTO': 'INSERT INTO groups (name) VALUES (?)'",
        "desktop/views/t.py:10 SQL 'DELETE FROM': 'x DELETE FROM trash'",
        "desktop/views/t.py:10 SQL 'PRAGMA': 'PRAGMA user_version'",
        "desktop/views/u.py:2 imports sqlite3",
    ]


def test_user_text_is_not_taken_for_sql() -> None:
    modules = modules_from_sources(
        {
            "desktop/views/t.py": """
                LABELS = (
                    "Select a group", "select all", "Update the roster", "Delete from trash",
                    "Insert into the calendar", "Create table", "pragma", "SELECTED",
                    "RESELECT", "updated 3 members", "选择 Select 群组", "UPDATE", "Pragma",
                )
            """,
        }
    )
    assert views_sql_violations(modules) == []


def test_private_names_from_other_modules_are_found() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/a.py": """
                _SECRET = 1
                def _helper(): return _SECRET
                def public(): return _helper()
            """,
            "desktop/models/b.py": """
                import desktop.models.a
                import desktop.models.a as alias
                from desktop.models import a
                from desktop.models.a import _helper, public, __doc__
                def f(obj):
                    obj._cache = 1
                    return (a._SECRET, alias._helper, desktop.models.a._SECRET, a.public,
                            a.__name__, self_private())
                def self_private(): return _local
                _local = 2
            """,
            "desktop/models/__init__.py": "",
            "desktop/models/c.py": "from ._d import x\n",
            "desktop/models/_d.py": "x = 1\n",
        }
    )
    assert private_violations(modules) == [
        "desktop/models/b.py:5 imports desktop.models.a._helper",
        "desktop/models/b.py:8 uses desktop.models.a._SECRET",
        "desktop/models/b.py:8 uses desktop.models.a._SECRET",
        "desktop/models/b.py:8 uses desktop.models.a._helper",
    ]


def test_a_module_of_800_lines_passes_and_801_fails() -> None:
    modules = modules_from_sources(
        {
            "desktop/models/fits.py": "x = 1\n" * 800,
            "desktop/models/over.py": "x = 1\n" * 801,
        }
    )
    assert size_violations(modules) == ["desktop/models/over.py: 801 lines (over 800)"]
