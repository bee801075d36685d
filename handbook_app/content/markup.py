"""Markdown to HTML, headings to anchors, links found with their lines (no Qt)."""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from handbook_app.content.model import Section

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
"""An ATX heading line; :func:`heading_parts` splits its text (no backtracking here)."""
ANCHOR = re.compile(r"[A-Za-z0-9_-]+")
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

Resolver = Callable[[str, bool], str | None]
"""Maps a link (``href``, ``is_image``) to its new target, or None to drop it."""


def slugify(text: str) -> str:
    """The anchor for a heading: lower case, ASCII, words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    return re.sub(r"[-\s]+", "-", text).strip("-_") or "section"


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    title: str
    anchor: str


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    is_image: bool


def heading_parts(text: str) -> tuple[str, str | None]:
    """A heading's title and its explicit ``{#anchor}`` (or None), closing ``#`` removed.

    Plain string work, linear in the line: a regex for this backtracked cubically
    on a heading followed by thousands of spaces.
    """
    text = text.rstrip(" \t").rstrip("#").rstrip(" \t")
    explicit = None
    start = text.rfind("{#") if text.endswith("}") else -1
    if start > 0 and text[start - 1] in " \t" and ANCHOR.fullmatch(text, start + 2, len(text) - 1):
        explicit, text = text[start + 2 : -1], text[:start]
    return text.strip(), explicit


def headings(body: str, first_line: int = 1) -> list[Heading]:
    """Every ATX heading outside code fences, with unique anchors."""
    found: list[Heading] = []
    seen: set[str] = set()
    in_fence = False
    for number, line in enumerate(body.splitlines(), start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if not match:
            continue
        level = len(match[1])
        title, explicit = heading_parts(match[2])
        anchor = explicit or slugify(title)
        base, n = anchor, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        found.append(Heading(number, level, title, anchor))
    return found


def links(body: str, first_line: int = 1) -> list[Link]:
    """Every inline link and image outside code fences, with its line."""
    found: list[Link] = []
    in_fence = False
    for number, line in enumerate(body.splitlines(), start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            found.extend(Link(number, m[3], bool(m[1])) for m in LINK.finditer(line))
    return found


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
            text = f"{'#' * heading.level} {heading.title} {{#{heading.anchor}}}"
        elif not in_fence and (match := ADMONITION.match(line)):
            kind = match[1].lower()
            text = f'!!! {kind} "{ADMONITION_TITLES.get(kind, kind.capitalize())}"'
        out.append(text)
    return "\n".join(out)


class _LinkRewriter(Treeprocessor):
    def __init__(self, md: markdown.Markdown, resolver: Resolver) -> None:
        super().__init__(md)
        self.resolver = resolver

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in list(parent):
                attribute = "src" if child.tag == "img" else "href" if child.tag == "a" else ""
                if not attribute or attribute not in child.attrib:
                    continue
                target = self.resolver(child.attrib[attribute], child.tag == "img")
                if target is not None:
                    child.set(attribute, target)
                elif child.tag == "img":
                    parent.remove(child)
                else:
                    del child.attrib["href"]


class _LinkExtension(Extension):
    def __init__(self, resolver: Resolver) -> None:
        super().__init__()
        self.resolver = resolver

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown API)
        md.treeprocessors.register(_LinkRewriter(md, self.resolver), "handbook-links", 1)


def to_html(body: str, resolver: Resolver | None = None) -> str:
    """Render Markdown (headings anchored, links resolved); the result is not yet sanitized."""
    extensions: list[str | Extension] = [
        "attr_list",
        "admonition",
        "tables",
        "fenced_code",
        "sane_lists",
        "def_list",
    ]
    if resolver is not None:
        extensions.append(_LinkExtension(resolver))
    return markdown.markdown(prepare(body), extensions=extensions, output_format="html")
