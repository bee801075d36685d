"""Front matter: the YAML block between two ``---`` lines at the top of a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Key = tuple[str | int, ...]


MAX_DEPTH = 50
"""Lists and mappings nest at most this deep (PyYAML recurses once per level)."""


class _Loader(yaml.SafeLoader):
    """Safe YAML in which dates stay text, so a bad date is reported, not raised."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """No aliases (``*name``): they can make a loop or a "billion laughs" blow-up;
        no nesting deeper than :data:`MAX_DEPTH`: it would end in a RecursionError."""
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
        if self.depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            message = f"nesting deeper than {MAX_DEPTH} levels"
            raise yaml.composer.ComposerError(None, None, message, mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


def _bool_only_true_false(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool | str:
    """``true``/``false`` only: ``NO`` (Norway) or ``on`` stay text, as editors mean them."""
    text = str(loader.construct_scalar(node))
    return {"true": True, "false": False}.get(text.lower(), text)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
_Loader.add_constructor("tag:yaml.org,2002:bool", _bool_only_true_false)


class FrontMatterError(ValueError):
    """The front matter is not valid YAML or not a mapping; ``line`` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class FrontMatter:
    """Parsed front matter with the source line of every key and list item."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[Key, int] = field(default_factory=dict)
    start: int = 1

    def line(self, *key: str | int) -> int:
        """The line of ``key`` (or of its nearest parent that has one)."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.start


def split(text: str) -> tuple[str | None, str, int]:
    """Split ``text`` into (front matter or None, body, line number where body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return "".join(lines[1:number]), "".join(lines[number + 1 :]), number + 2
    raise FrontMatterError(1, "front matter starts with '---' but never ends")


def parse(source: str, first_line: int = 2) -> FrontMatter:
    """Parse a front matter block whose first line is ``first_line`` of the file."""
    offset = first_line - 1
    try:
        node = yaml.compose(source, Loader=_Loader)
        data = yaml.load(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        marks = [m.line for m in (error.problem_mark, error.context_mark) if m is not None]
        last = offset + max(1, len(source.splitlines()))  # an error "at the end" is past it
        line = min(min(marks) + 1 + offset, last) if marks else first_line
        raise FrontMatterError(line, f"invalid YAML: {error.problem or error}") from error
    except yaml.YAMLError as error:
        raise FrontMatterError(first_line, f"invalid YAML: {error}") from error
    except (ValueError, TypeError) as error:  # a tag that does not fit: '!!int abc'
        raise FrontMatterError(first_line, f"invalid YAML value: {error}") from error
    except RecursionError as error:  # never expected past MAX_DEPTH; never a traceback
        raise FrontMatterError(first_line, f"nesting deeper than {MAX_DEPTH} levels") from error
    if data is None:
        return FrontMatter({}, {}, first_line)
    if not isinstance(data, dict):
        raise FrontMatterError(first_line, "front matter must be a list of 'key: value' lines")
    lines: dict[Key, int] = {}
    _record_lines(node, (), offset, lines)
    return FrontMatter(data, lines, first_line)


def _record_lines(node: yaml.Node | None, key: Key, offset: int, out: dict[Key, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*key, str(key_node.value))
            out[child] = key_node.start_mark.line + 1 + offset
            _record_lines(value_node, child, offset, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*key, index)
            out[child] = item.start_mark.line + 1 + offset
            _record_lines(item, child, offset, out)
