"""An allowlist for the HTML that reaches the reader, and a scan for what it removes."""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3

from handbook_app.content.markup import without_code

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl",
    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p",
    "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ATTRIBUTES = {
    "*": {"id", "class", "title"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
}
SCHEMES = {"http", "https", "mailto", "tel", "doc"}

_DANGERS = (
    (re.compile(r"<\s*script\b", re.IGNORECASE), "raw <script> removed"),
    (re.compile(r"<\s*iframe\b", re.IGNORECASE), "raw <iframe> removed"),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE), "event attribute (on...=) removed"),
    (re.compile(r"javascript\s*:", re.IGNORECASE), "javascript: link removed"),
    (re.compile(r"\(\s*data\s*:", re.IGNORECASE), "data: link removed"),
)
REMOVAL_FIX = "write plain Markdown; the handbook never runs scripts or embeds pages"


@dataclass(frozen=True)
class Danger:
    line: int
    message: str


def scan(body: str, first_line: int = 1) -> list[Danger]:
    """Each line of raw Markdown holding something the sanitizer will remove.

    Code (fenced blocks, inline code) is shown as text, never as markup: not scanned.
    """
    found: list[Danger] = []
    for number, line in enumerate(without_code(body), start=first_line):
        found.extend(
            Danger(number, message) for pattern, message in _DANGERS if pattern.search(line)
        )
    return found


def clean(html: str) -> str:
    """Only allowlisted tags, attributes and link schemes survive."""
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed"},
        attributes=ATTRIBUTES,
        url_schemes=SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
