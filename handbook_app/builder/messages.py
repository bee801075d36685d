"""Every problem the builder can report, with its fix, read from the builder's own code.

The messages live where they are raised (``problems.error(path, line, message, fix)``,
``problems.append((line, message, fix))``, ``Target(None, message, fix)``, and the
sanitizer's table of removals), so the list is made by reading that code: it cannot
fall behind it. ``handbook problems --markdown`` prints it for ``docs/authoring.md``;
a test checks that the document holds the current list.

A part of a message worked out when the problem is found is shown as ``{name}``, a
part said only in some cases as ``[part]``, and two ways of one message as ``a / b``.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.content import sanitize
from handbook_app.errors import HandbookError

if TYPE_CHECKING:
    from types import ModuleType

SOURCES = (
    "builder/read.py", "builder/names.py", "builder/parse.py", "content/frontmatter.py",
    "content/checklist.py", "content/guide.py", "content/country.py", "builder/links.py",
    "builder/translations.py",
)  # fmt: skip
"""The modules that report problems in the content, in the order a build meets them."""
START = "<!-- problems:start: made by `handbook problems --markdown`; do not edit by hand -->"
END = "<!-- problems:end -->"


PASSED_ON = re.compile(r"^\{[^}]*\}$")
"""A message made elsewhere and passed on (listed where it is made)."""


@dataclass(frozen=True)
class Message:
    message: str
    fix: str
    warning: bool = False
    yaml: bool = False
    """A YAML error of the front matter: its fix is the one its reader gives."""

    def matches(self, message: str, fix: str) -> bool:
        """Whether a reported problem is this one (each ``{…}`` stands for any text)."""
        return _matches(self.message, message) and _matches(self.fix, fix)


def _matches(row: str, text: str) -> bool:
    """``{…}`` is any text, ``[…]`` may be there or not, ``a / b`` is one of them."""
    for alternative in row.split(" / "):
        parts = re.split(r"\{[^{}]*\}|\[[^\]]*\]", alternative)
        if re.fullmatch(".*".join(re.escape(p) for p in parts), text, re.DOTALL):
            return True
    return False


def catalogue(root: Path | None = None) -> list[Message]:
    """Every problem message with its fix, once each, in the order a build meets them."""
    package = root or Path(__file__).resolve().parent.parent
    found: list[Message] = []
    for name in SOURCES:
        try:
            tree = ast.parse((package / name).read_text("utf-8"))
        except OSError as error:
            raise HandbookError(f"the list of problems needs the source code: {error}") from error
        module = importlib.import_module(
            "handbook_app." + name.removesuffix(".py").replace("/", ".")
        )
        found += _Reader(module).messages(tree)
    dangers = (*sanitize._LINE_DANGERS, *sanitize._TAG_DANGERS)
    found += [Message(text, sanitize.REMOVAL_FIX, warning=True) for _p, text in dangers]
    picture = sanitize._picture_removed("").replace("''", "'{src}'")
    found.append(Message(picture, sanitize.PICTURE_FIX, warning=True))
    yaml_fix = next((m.fix for m in found if m.message == "{error}" and "---" in m.fix), "")
    found = [Message(m.message, m.fix or yaml_fix, m.warning) if m.yaml else m for m in found]
    return list(dict.fromkeys(m for m in found if not PASSED_ON.match(m.message)))


def markdown(messages: list[Message]) -> str:
    """The list as a Markdown table between the markers ``update`` looks for."""
    rows = [START, "", "| Problem | How to fix it |", "|---|---|"]
    for m in messages:
        kind = "warning: " if m.warning else ""
        rows.append(f"| {kind}{_cell(m.message)} | {_cell(m.fix) if m.fix else '–'} |")
    return "\n".join([*rows, "", END])


def update(document: Path, block: str, start: str = START, end: str = END) -> bool:
    """Put ``block`` between the markers of ``document``; False if it was already there."""
    text = document.read_text("utf-8")
    try:
        head, rest = text.split(start, 1)
        _old, tail = rest.split(end, 1)
    except ValueError:
        raise HandbookError(f"{document} has no '{start}' … '{end}' block") from None
    new = f"{head}{block}{tail}"
    if new == text:
        return False
    document.write_text(new, "utf-8")
    return True


def current(document: Path, block: str) -> bool:
    """Whether ``document`` holds ``block`` between its markers."""
    return block in document.read_text("utf-8")


def _cell(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


class _Reader:
    def __init__(self, module: ModuleType) -> None:
        self.module = module

    def messages(self, tree: ast.Module) -> list[Message]:
        """The module's messages in the order of its lines."""
        nodes = sorted(
            (n for n in ast.walk(tree) if isinstance(n, ast.Call | ast.Return)),
            key=lambda n: (n.lineno, n.col_offset),
        )
        return [
            m
            for node in nodes
            for m in (self._call(node) if isinstance(node, ast.Call) else self.returned(node))
        ]

    def _call(self, call: ast.Call) -> list[Message]:
        func = call.func
        args = call.args
        if isinstance(func, ast.Attribute) and func.attr in ("error", "warning") and len(args) > 2:
            fix = args[3] if len(args) > 3 else next((k.value for k in call.keywords), None)
            return [self._message(args[2], fix, func.attr == "warning")]
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "append"
            and args
            and isinstance(args[0], ast.Tuple)
            and len(args[0].elts) == 3
        ):
            owner = func.value
            list_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if list_name in ("problems", "warnings"):
                _line, text, fix = args[0].elts
                return [self._message(text, fix, list_name == "warnings")]
        if isinstance(func, ast.Name) and func.id == "Target" and len(args) > 2:
            warning = any(k.arg == "warning" for k in call.keywords)
            return [self._message(args[1], args[2], warning)]
        if isinstance(func, ast.Name) and func.id == "FrontMatterError" and len(args) > 1:
            return [Message(self._text(args[1]), "", yaml=True)]
        return []

    def returned(self, node: ast.Return) -> list[Message]:
        """``return message, fix`` (``builder/names.py``): a problem handed to its reporter."""
        value = node.value
        if not isinstance(value, ast.Tuple) or len(value.elts) != 2:
            return []
        text, fix = value.elts
        if not isinstance(text, ast.JoinedStr | ast.Constant) or not isinstance(
            getattr(text, "value", ""), str | list
        ):
            return []
        return [self._message(text, fix, False)]

    def _message(self, text: ast.expr, fix: ast.expr | None, warning: bool) -> Message:
        return Message(self._text(text), self._text(fix) if fix is not None else "", warning)

    def _text(self, node: ast.expr) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(self._part(value) for value in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._text(node.left) + self._text(node.right)
        if isinstance(node, ast.IfExp):
            one, other = self._text(node.body), self._text(node.orelse)
            return f"[{one or other}]" if not (one and other) else f"{one} / {other}"
        if isinstance(node, ast.Name) and node.id.isupper():
            value = getattr(self.module, node.id, None)
            if isinstance(value, str | int):
                return str(value)
        if isinstance(node, ast.Name) and node.id == "hint":
            return "did you mean '{…}'? / {hint}"
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "did_you_mean":
            fallback = self._text(node.args[2]) if len(node.args) > 2 else ""
            return "did you mean '{…}'?" + (f" / {fallback}" if fallback else "")
        return "{" + _name(node) + "}"

    def _part(self, value: ast.expr) -> str:
        if isinstance(value, ast.Constant):
            return str(value.value)
        assert isinstance(value, ast.FormattedValue)
        inner = value.value
        if isinstance(inner, ast.Name) and inner.id.isupper():
            return self._text(inner)
        return "{" + _name(inner) + "}"


def _name(node: ast.expr) -> str:
    """A short name for a value worked out at run time: ``draft.id`` → ``id``."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Call) and node.args:  # str(error), _shown(name)
        return _name(node.args[0])
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return "…"
