"""Markdown to HTML, headings to anchors, links found with their lines (no Qt)."""

from __future__ import annotations

import html
import re
import threading
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.extensions.toc import slugify as toc_slugify
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from handbook_app.content.model import Section

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
"""An ATX heading line; :func:`heading_parts` splits its text (no backtracking here)."""
ANCHOR = re.compile(r"[A-Za-z0-9_-]+")
ATTR_ID = re.compile(r"(?:^|[ \t])#([A-Za-z0-9_-]+)")
CODE_SPAN = re.compile(r"(`+).*?\1")
INCLUDE = re.compile(
    r"^[ \t]*(?:"
    r"""-+8<-+[ \t]*["']?([^"'\s]+)"""  # pymdownx.snippets: --8<-- "file.md"
    r"|\{!\s*([^!\n]+?)\s*!\}"  # markdown-include: {! file.md !}
    r"""|\{%-?\s*include\s+["']([^"']+))""",  # Jinja: {% include "file.md" %}
    re.MULTILINE,
)
"""An include of another file, as tools other than this one write it (snippets, markdown-include,
Jinja): this builder does not follow them."""
FENCE = re.compile(r"^[ \t]*(```|~~~)")
LINK = re.compile(r"(!?)\[([^\[\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
"""An inline link or image. Its text stops at the next ``[``: each character is read once."""
ADMONITION = re.compile(r"^!!![ \t]+([A-Za-z-]+)[ \t]*$")
ADMONITION_TITLES = {
    "uncertain": "Verify before relying on this",
    "warning": "Do not",
    "note": "Note",
    "tip": "Tip",
}

EXTENSIONS = ("attr_list", "admonition", "tables", "fenced_code", "sane_lists", "def_list")
"""The Markdown extensions every body is rendered with."""

Resolver = Callable[[str, bool], str | None]
"""Maps a link (``href``, ``is_image``) to its new target, or None to drop it."""


def slugify(text: str) -> str:
    """A plain id for a name (indicators, contacts): lower case, ASCII, words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    return re.sub(r"[-\s]+", "-", text).strip("-_") or "section"


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    title: str
    """The heading's plain text."""
    anchor: str
    markdown: str = ""
    """The title as written, with its Markdown."""


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    is_image: bool


@dataclass(frozen=True)
class Scan:
    """What the parsed Markdown of a body holds: its real links and every ``id`` set in it."""

    links: list[Link] = field(default_factory=list)
    ids: frozenset[str] = frozenset()


def heading_parts(text: str) -> tuple[str, str]:
    """A heading's title and the id of its attribute list (``{#id}``, ``{: #id .x }``), or "".

    The closing ``#`` marks and a closing ``{…}`` are removed, as the ``attr_list``
    extension removes them. Plain string work,
    linear in the line: a regex for this backtracked cubically on a heading followed
    by thousands of spaces.
    """
    text = text.rstrip(" \t").rstrip("#").rstrip(" \t")
    start = text.rfind("{") if text.endswith("}") else -1
    if start <= 0 or text[start - 1] not in " \t":
        return text.strip(), ""
    inside = text[start + 1 : -1].removeprefix(":")
    given = ATTR_ID.search(inside)
    return text[:start].strip(), given[1] if given else ""


def headings(body: str, first_line: int = 1) -> list[Heading]:
    """Every ATX heading outside code fences, with unique anchors."""
    return list(_headings(body, first_line))


@lru_cache(maxsize=32)
def _headings(body: str, first_line: int) -> tuple[Heading, ...]:
    marks: list[tuple[int, int, str, str]] = []
    in_fence = False
    for number, line in enumerate(body.splitlines(), start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if match:
            title, explicit = heading_parts(match[2])
            marks.append((number, len(match[1]), title, explicit))
    texts = heading_texts([title for _n, _level, title, _explicit in marks])
    found: list[Heading] = []
    seen: set[str] = set()
    for (number, level, title, explicit), (text, slug) in zip(marks, texts, strict=True):
        anchor = explicit or slug
        base, n = anchor, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        found.append(Heading(number, level, text, anchor, title))
    return tuple(found)


def heading_texts(titles: list[str]) -> list[tuple[str, str]]:
    """The plain text of each heading title and the anchor Python-Markdown's ``toc`` makes of it.

    ``toc`` slugs the text of the rendered heading (entities decoded, markup and raw
    HTML dropped), so links written for other Markdown tools find the same anchors.
    """
    return list(_texts(tuple(titles)))


@lru_cache(maxsize=256)
def _texts(titles: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    made: list[tuple[str, str]] = []
    if titles:
        md, sink = _toc(threading.get_ident())
        sink[:] = []
        md.reset().convert("\n\n".join(f"# {title}" for title in titles))
        made = sink[:]
    if len(made) != len(titles):  # a title Markdown did not read as one heading: plain slugs
        made = [(title, slugify(title)) for title in titles]
    return tuple(made)


@lru_cache(maxsize=8)
def _toc(thread: int) -> tuple[markdown.Markdown, list[tuple[str, str]]]:
    """A Markdown that records the text and ``toc`` slug of each heading, one per thread."""
    sink: list[tuple[str, str]] = []

    def record(value: str, separator: str) -> str:
        sink.append((value.strip(), toc_slugify(value, separator) or "section"))
        return sink[-1][1]

    return markdown.Markdown(extensions=["attr_list", TocExtension(slugify=record)]), sink


def scan(body: str, first_line: int = 1) -> Scan:
    """The links and images of the parsed body (never those in code), with their lines."""
    md, collector = _scanner(threading.get_ident())
    collector.found, collector.ids = [], set()
    md.reset().convert(prepare(body))
    return Scan(_with_lines(body, first_line, collector.found), frozenset(collector.ids))


@lru_cache(maxsize=8)
def _scanner(thread: int) -> tuple[markdown.Markdown, _Collector]:
    """A Markdown that collects links and ids, one per thread."""
    collector = _Collector([], set())
    return markdown.Markdown(extensions=[*EXTENSIONS, collector]), collector


def links(body: str, first_line: int = 1) -> list[Link]:
    """Every link and image of the parsed body, with its line."""
    return scan(body, first_line).links


def without_code(body: str) -> list[str]:
    """The body's lines with fenced code blocks and inline code blanked out."""
    lines: list[str] = []
    in_fence = False
    for line in body.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            lines.append("")
        else:
            lines.append("" if in_fence else CODE_SPAN.sub("", line))
    return lines


def _with_lines(body: str, first_line: int, found: list[tuple[str, bool]]) -> list[Link]:
    """Each target with the first line after the previous one's that holds it, outside code."""
    lines = without_code(body)
    result: list[Link] = []
    at = 0
    for target, is_image in found:
        bare = target.removeprefix("mailto:")
        spelled = (bare, html.escape(bare, quote=False), bare.replace(" ", "%20"))
        order = [*range(at, len(lines)), *range(at)]
        index = next((i for i in order if any(s in lines[i] for s in spelled)), at)
        at = min(index, max(len(lines) - 1, 0))
        result.append(Link(first_line + at, target, is_image))
    return result


def includes(body: str, first_line: int = 1) -> list[tuple[int, str]]:
    """Includes of other files written for other tools, as ``(line, file)``."""
    return [
        (first_line + body.count("\n", 0, m.start()), next(g for g in m.groups() if g))
        for m in INCLUDE.finditer(body)
    ]


def plain_text(body: str) -> str:
    """Markdown reduced to words for the search index."""
    text = _without_raw_blocks(body)
    text = LINK.sub(lambda m: m[2], text)
    text = re.sub(r"\{#[^}]*\}", " ", text)
    text = re.sub(r"^!!!.*$", " ", text, flags=re.MULTILINE)
    text = re.sub(r"<[^<>]+>", " ", text)
    text = re.sub(r"[*_`#>|]+", " ", text)
    text = re.sub(r"^\s*[-+]\s+", " ", text, flags=re.MULTILINE)
    return html.unescape(re.sub(r"\s+", " ", text)).strip()


_RAW_BLOCK = re.compile(r"<(script|style|iframe)\b", re.IGNORECASE)


def _without_raw_blocks(text: str) -> str:
    """``text`` with each closed ``<script>``/``<style>``/``<iframe>`` block made a space.

    Linear: once a block has no closing tag, later ones of that name are not searched
    for one again (a regex did that for every opening tag, quadratically).
    """
    out: list[str] = []
    position = 0
    unclosed: set[str] = set()
    for opening in _RAW_BLOCK.finditer(text):
        name = opening[1].lower()
        if opening.start() < position or name in unclosed:
            continue
        closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, opening.end())
        if closing is None:
            unclosed.add(name)
            continue
        out += [text[position : opening.start()], " "]
        position = closing.end()
    out.append(text[position:])
    return "".join(out)


def sections(body: str, first_line: int = 1, min_level: int = 1) -> list[Section]:
    """The body cut at its headings; text before the first heading is not a section."""
    lines = body.splitlines()
    found = [h for h in headings(body, first_line) if h.level >= min_level]
    result: list[Section] = []
    for index, heading in enumerate(found):
        start = heading.line - first_line + 1
        end = found[index + 1].line - first_line if index + 1 < len(found) else len(lines)
        text = plain_text("\n".join(lines[start:end]))
        result.append(Section(heading.anchor, heading.title, heading.level, text))
    return result


def lead(body: str, first_line: int = 1, level: int = 6) -> str:
    """The Markdown before the first heading of ``level`` or higher, without any ``#`` title."""
    lines = body.splitlines()
    marks = [h for h in headings(body, first_line) if h.level <= level]
    end = marks[0].line - first_line if marks else len(lines)
    titles = {h.line - first_line for h in marks if h.level == 1}
    return "\n".join(line for n, line in enumerate(lines[:end]) if n not in titles)


def prepare(body: str) -> str:
    """Give every heading its anchor and every admonition its default title."""
    out: list[str] = []
    anchors = iter(headings(body))
    in_fence = False
    for line in body.splitlines():
        text = line
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and HEADING.match(line):
            heading = next(anchors)
            text = f"{'#' * heading.level} {heading.markdown} {{#{heading.anchor}}}"
        elif not in_fence and (match := ADMONITION.match(line)):
            kind = match[1].lower()
            text = f'!!! {kind} "{ADMONITION_TITLES.get(kind, kind.capitalize())}"'
        out.append(text)
    return "\n".join(out)


class _LinkRewriter(Treeprocessor):
    def __init__(self, md: markdown.Markdown, links: _LinkExtension) -> None:
        super().__init__(md)
        self.links = links

    def run(self, root: ET.Element) -> None:
        resolver = self.links.resolver
        if resolver is None:
            return
        for parent in root.iter():
            for child in list(parent):
                attribute = "src" if child.tag == "img" else "href" if child.tag == "a" else ""
                if not attribute or attribute not in child.attrib:
                    continue
                target = resolver(child.attrib[attribute], child.tag == "img")
                if target is not None:
                    child.set(attribute, target)
                elif child.tag == "img":
                    parent.remove(child)
                else:
                    del child.attrib["href"]


class _Collect(Treeprocessor):
    def __init__(self, md: markdown.Markdown, collector: _Collector) -> None:
        super().__init__(md)
        self.collector = collector

    def run(self, root: ET.Element) -> None:
        found, ids = self.collector.found, self.collector.ids
        for element in root.iter():
            if "id" in element.attrib:
                ids.add(element.attrib["id"])
            attribute = "src" if element.tag == "img" else "href" if element.tag == "a" else ""
            if attribute and attribute in element.attrib:
                # E-mail autolinks come with their letters as entities, to fool harvesters.
                href = html.unescape(element.attrib[attribute].replace(AMP_SUBSTITUTE, "&"))
                found.append((href, element.tag == "img"))


class _Collector(Extension):
    def __init__(self, found: list[tuple[str, bool]], ids: set[str]) -> None:
        super().__init__()
        self.found, self.ids = found, ids

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown API)
        md.treeprocessors.register(_Collect(md, self), "handbook-scan", 1)


class _LinkExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.resolver: Resolver | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown API)
        md.treeprocessors.register(_LinkRewriter(md, self), "handbook-links", 1)


def to_html(body: str, resolver: Resolver | None = None) -> str:
    """Render Markdown (headings anchored, links resolved); the result is not yet sanitized."""
    md, links = _renderer(threading.get_ident())
    links.resolver = resolver
    try:
        return md.reset().convert(prepare(body))
    finally:
        links.resolver = None


@lru_cache(maxsize=8)
def _renderer(thread: int) -> tuple[markdown.Markdown, _LinkExtension]:
    """A Markdown for rendering bodies, one per thread (made once: it is slow to set up)."""
    links = _LinkExtension()
    return markdown.Markdown(extensions=[*EXTENSIONS, links], output_format="html"), links


ITEM = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(.*)$")
"""A list item line: its text."""
CONTINUATION = re.compile(r"^[ \t]{2,}\S")
"""An indented line that carries on the list item above it."""


def list_items(lines: list[str], first_line: int) -> tuple[str, list[tuple[int, str]]]:
    """A section's prose and its list items (line, text; continued lines joined), outside
    code fences and headings."""
    prose: list[str] = []
    items: list[tuple[int, str]] = []
    in_fence = False
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else ITEM.match(line)
        if match:
            items.append((number, match[1].strip()))
        elif items and CONTINUATION.match(line) and not in_fence:
            items[-1] = (items[-1][0], f"{items[-1][1]} {line.strip()}")
        elif not HEADING.match(line):
            prose.append(line)
    return "\n".join(prose).strip(), items
