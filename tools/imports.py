"""The import graph of ``handbook_app``, read from the code with :mod:`ast`.

    python tools/imports.py            check the layers and cycles; exit 1 on a problem
    python tools/imports.py --mermaid  print the package picture (docs/architecture.md)
    python tools/imports.py --modules  print every module and what it imports

Every import counts, also those inside functions and under ``if TYPE_CHECKING:``,
so that a cycle hidden from the interpreter is still a cycle. The checks:

- no cycle among modules;
- a package imports only the packages :data:`LAYERS` allows it;
- no module outside ``handbook_app.gui`` imports Qt (PySide6).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "handbook_app"
QT = "PySide6"

LAYERS: dict[str, set[str]] = {
    "base": set(),
    "content": {"base"},
    "bundle": {"base", "content"},
    "search": {"base", "content", "bundle"},
    "core": {"base", "content", "bundle"},
    "builder": {"base", "content", "bundle", "search"},
    "trust": {"base", "content", "bundle", "search", "builder"},
    "preview": {"base", "content", "bundle", "builder"},
    "cli": {"base", "content", "bundle", "search", "builder", "trust", "preview"},
    "gui": {"base", "content", "bundle", "search", "core", "trust", "preview"},
}
"""What each part may import, besides itself. ``base`` is ``handbook_app/__init__.py``,
``errors.py`` and ``paths.py``; ``cli`` is ``cli.py``; the others are sub-packages."""

QT_ALLOWED = {"gui"}

ALLOWED: dict[tuple[str, str], str] = {
    ("handbook_app.errors", "handbook_app.content.problems"): (
        "ContentError carries Problem values; problems.py imports nothing of the project"
    ),
}
"""Single module imports allowed across the layers, each with its reason."""


@dataclass
class Graph:
    """Modules (dotted names) and, for each, the project modules and the outside
    top-level packages it imports."""

    imports: dict[str, set[str]] = field(default_factory=dict)
    outside: dict[str, set[str]] = field(default_factory=dict)


def module_name(path: Path, source: Path) -> str:
    parts = list(path.relative_to(source.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _named(node: ast.AST, current: str, is_package: bool) -> Iterable[str]:
    """The dotted names an import statement may refer to (a module, or a name in one)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = current.split(".")
            base = base[: len(base) - node.level + (1 if is_package else 0)]
            prefix = ".".join([*base, node.module] if node.module else base)
        else:
            prefix = node.module or ""
        yield prefix
        yield from (f"{prefix}.{alias.name}" for alias in node.names)


def read(source: Path) -> Graph:
    """The graph of the package folder ``source`` (``handbook_app/``)."""
    files = {module_name(p, source): p for p in sorted(source.rglob("*.py"))}
    graph = Graph()
    for name, path in files.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        inside: set[str] = set()
        outside: set[str] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            targets = list(_named(node, name, path.name == "__init__.py"))
            project = [t for t in targets if t in files and t != name]
            if isinstance(node, ast.ImportFrom) and len(targets) > 1:
                # ``from a import b``: the module a.b if it exists, else the module a.
                named = [t for t in targets[1:] if t in files]
                project = named or [t for t in targets[:1] if t in files]
            inside.update(t for t in project if t != name)
            top = targets[0].split(".")[0]
            if top and top != source.name:
                outside.add(top)
        graph.imports[name] = inside
        graph.outside[name] = outside
    return graph


def part(module: str) -> str:
    """The layer a module belongs to (see :data:`LAYERS`)."""
    pieces = module.split(".")
    if len(pieces) == 1 or pieces[1] in ("errors", "paths"):
        return "base"
    return pieces[1]


def cycles(graph: Graph) -> list[list[str]]:
    """Every import cycle, each once, as the modules along it."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        trail.append(node)
        for target in sorted(graph.imports.get(node, ())):
            if state.get(target) == 1:
                loop = trail[trail.index(target) :]
                if frozenset(loop) not in seen:
                    seen.add(frozenset(loop))
                    found.append([*loop, target])
            elif target not in state:
                visit(target, trail)
        trail.pop()
        state[node] = 2

    for node in sorted(graph.imports):
        if node not in state:
            visit(node, [])
    return found


def problems(graph: Graph) -> list[str]:
    """Every broken rule, as a sentence; empty when the code keeps them all."""
    found = [f"import cycle: {' → '.join(loop)}" for loop in cycles(graph)]
    for module, targets in sorted(graph.imports.items()):
        mine = part(module)
        for target in sorted(targets):
            theirs = part(target)
            allowed = theirs == mine or theirs in LAYERS.get(mine, set())
            if not allowed and (module, target) not in ALLOWED:
                found.append(f"{module} imports {target}: {mine} may not import {theirs}")
        if QT in graph.outside.get(module, set()) and mine not in QT_ALLOWED:
            found.append(f"{module} imports {QT}: only {', '.join(sorted(QT_ALLOWED))} may")
    return found


def packages(graph: Graph) -> dict[str, set[str]]:
    """The graph between parts: which part imports which."""
    edges: dict[str, set[str]] = {part(m): set() for m in graph.imports}
    for module, targets in graph.imports.items():
        edges[part(module)].update(part(t) for t in targets if part(t) != part(module))
    return edges


def mermaid(graph: Graph) -> str:
    """The picture of the parts as a Mermaid flowchart, edges from importer to imported."""
    edges = packages(graph)
    lines = ["flowchart TD"]
    for source in LAYERS:
        if source not in edges:
            continue
        uses_qt = any(QT in graph.outside[m] for m in graph.imports if part(m) == source)
        lines.append(f"    {source}[{source}{' + Qt' if uses_qt else ''}]")
    for source in LAYERS:
        lines.extend(f"    {source} --> {t}" for t in LAYERS if t in edges.get(source, set()))
    return "\n".join(lines) + "\n"


def listing(graph: Graph) -> str:
    return "".join(
        f"{m}: {', '.join(sorted(t)) or '-'}\n" for m, t in sorted(graph.imports.items())
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/imports.py", description=__doc__.split("\n")[0])
    parser.add_argument("--mermaid", action="store_true", help="print the package picture")
    parser.add_argument("--modules", action="store_true", help="print the module graph")
    parser.add_argument(
        "--update", type=Path, metavar="DOC", help="rewrite the mermaid picture in DOC"
    )
    parser.add_argument("--source", type=Path, default=ROOT / PACKAGE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    graph = read(args.source)
    if args.mermaid:
        sys.stdout.write(mermaid(graph))
    if args.modules:
        sys.stdout.write(listing(graph))
    if args.update:
        text = args.update.read_text("utf-8")
        picture = f"```mermaid\n{mermaid(graph)}```"
        args.update.write_text(
            re.sub(r"```mermaid\n.*?```", lambda _: picture, text, count=1, flags=re.S), "utf-8"
        )
    found = problems(graph)
    for line in found:
        print(f"imports: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
