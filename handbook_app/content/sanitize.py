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
BUNDLE_IMAGE = re.compile(r"images/[0-9a-f]{12}\.(?:png|jpe?g|gif|svg|webp)")
"""The only picture address kept: a file the builder copied into the bundle."""

_LINE_DANGERS = (
    (re.compile(r"javascript\s*:", re.IGNORECASE), "javascript: link removed"),
    (re.compile(r"\(\s*data\s*:", re.IGNORECASE), "data: link removed"),
)
_TAG = re.compile(r"<[^<>]*>?")
"""One raw tag, up to its ``>`` or the next ``<``: each character is looked at once."""
_TAG_DANGERS = (
    (re.compile(r"<\s*script\b", re.IGNORECASE), "raw <script> removed"),
    (re.compile(r"<\s*iframe\b", re.IGNORECASE), "raw <iframe> removed"),
    (re.compile(r"\son[a-z]+\s*=", re.IGNORECASE), "event attribute (on...=) removed"),
)
_RAW_IMAGE = re.compile(r"<\s*img\b", re.IGNORECASE)
_SOURCE = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s"'>]*))""", re.IGNORECASE)
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img\b(?![^>]*\ssrc=)[^>]*>")
REMOVAL_FIX = "write plain Markdown; the handbook never runs scripts or embeds pages"
PICTURE_FIX = "copy the picture into content/images/ and write ![what it shows](images/NAME.png)"


@dataclass(frozen=True)
class Danger:
    line: int
    message: str
    fix: str = REMOVAL_FIX


def scan(body: str, first_line: int = 1) -> list[Danger]:
    """Each line of raw Markdown holding something the sanitizer will remove.

    Code (fenced blocks, inline code) is shown as text, never as markup: not scanned.
    Linear in the length of the body, whatever it holds.
    """
    found: list[Danger] = []
    for number, line in enumerate(without_code(body), start=first_line):
        messages = [message for pattern, message in _LINE_DANGERS if pattern.search(line)]
        pictures: list[str] = []
        for tag in _TAG.findall(line) if "<" in line else ():
            messages += [message for pattern, message in _TAG_DANGERS if pattern.search(tag)]
            if _RAW_IMAGE.match(tag):
                pictures.append(_picture_removed(tag))
        found.extend(Danger(number, m) for m in dict.fromkeys(messages))
        found.extend(Danger(number, m, PICTURE_FIX) for m in dict.fromkeys(pictures))
    return found


def _picture_removed(tag: str) -> str:
    source = _SOURCE.search(tag)
    where = next((g for g in source.groups() if g is not None), "") if source else ""
    return (
        f"picture '{where[:80]}' removed: only pictures inside the bundle are shown "
        "(not remote, network, absolute or device paths)"
    )


def _keep(tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: pictures only from the bundle, links only with a known scheme."""
    if tag == "img" and attribute == "src":
        return value if BUNDLE_IMAGE.fullmatch(value) else None
    if tag == "a" and attribute == "href":
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        return value if scheme in SCHEMES or value.startswith("#") else None
    return value


def clean(html: str) -> str:
    """Only allowlisted tags, attributes and link schemes survive; a picture only when it
    is a file of the bundle (``images/…``), a link only with a scheme or to ``#anchor``."""
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed"},
        attributes=ATTRIBUTES,
        url_schemes=SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=_keep,
    )
    return _IMAGE_WITHOUT_SOURCE.sub("", cleaned) if "<img" in cleaned else cleaned
