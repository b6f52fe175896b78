"""newslint's modules import one another in one direction only.

Every module under ``newslint/`` is parsed with :mod:`ast` (function-level
imports included, since a lazy import is still a dependency); the graph of
newslint → newslint imports must have no cycle, and no module may import
a layer above its own (``LAYERS``, top first).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "newslint"

#: Layers, top first: a module may import its own layer or any below it, never one above.
#: The first prefix that matches a module decides its layer.
LAYERS: list[tuple[str, ...]] = [
    # front ends
    ("newslint.__main__", "newslint.cli", "newslint.api", "newslint.server", "newslint.batch", "newslint.batch_dask"),
    # the application layer: the one pipeline
    ("newslint.app",),
    # services the pipeline uses
    ("newslint.baseline", "newslint.fixes", "newslint.languagetool", "newslint.sources_inventory", "newslint.chunking"),
    # the library: rule engine, rules, input and output formats, configuration
    (
        "newslint.engine",
        "newslint.checks",
        "newslint.analysis",
        "newslint.parsers",
        "newslint.reporters",
        "newslint.config",
        "newslint.plugins",
    ),
    # the document model and the language data
    ("newslint.model", "newslint.lang"),
    # everything else (sources, atomic, cache, lazyre, walk, i18n, runtime): utilities
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the newslint modules it imports (anywhere in the file)."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        name = module_name(path)
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor if is_package else anchor[:-1]
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                # `from pkg import module` imports the module; `from module import name` the module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith("newslint"):
                    edges.add(target)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer_of(module: str) -> int:
    for i, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return i
    return len(LAYERS)  # everything else: the library below


def upward_edges(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((a, b) for a, targets in graph.items() for b in targets if layer_of(b) < layer_of(a))


def test_the_graph_sees_function_level_imports() -> None:
    graph = import_graph()
    assert "newslint.cli.check" in graph["newslint.cli"] or "newslint.cli.parser" in graph["newslint.cli"]
    assert "newslint.app.pipeline" in graph["newslint.cli.check"]  # imported inside a function


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_no_module_imports_a_layer_above_its_own() -> None:
    assert upward_edges(import_graph()) == []


def test_only_the_app_layer_assembles_a_linter() -> None:
    """Front ends and services ask :mod:`newslint.app` for a linter; none builds its own."""
    builders = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Linter":
                builders.add(module_name(path))
    assert builders == {"newslint.app.assembly"}


def test_checks_share_helpers_and_never_import_another_rule() -> None:
    """A check imports :mod:`newslint.checks._helpers`, never another check nor the YAML engine's or
    the prefilter's internals."""
    graph = import_graph()
    internals = ("newslint.engine.yaml_rules", "newslint.engine.prefilter")
    wrong = sorted(
        (module, target)
        for module, targets in graph.items()
        if module.startswith("newslint.checks.") and module != "newslint.checks._helpers"
        for target in targets
        if (target.startswith("newslint.checks.") and target != "newslint.checks._helpers")
        or any(target == i or target.startswith(i + ".") for i in internals)
    )
    assert wrong == []
