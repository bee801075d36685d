"""Before parsing: refuse a body the Markdown stages could not handle in time.

Python-Markdown and the search index grow faster than linearly on some input
(thousands of ``[`` or ``<`` in one document, lists or quotes nested hundreds
deep end in a RecursionError, tens of thousands of headings). No real
handbook document comes near these limits (the largest has 72 ``[``, 112 ``*``
and 306 lines), so a document over one is stopped with a ``path:line`` problem
rather than left to run for minutes. The scan is linear in the body.
"""

from __future__ import annotations

import re

from handbook_app.content.markup import FENCE

MAX_DEPTH = 50
MAX_HEADINGS = 300
"""Headings and boxes (``!!! note``) together: each becomes a section or a nested block."""
MAX_HEADING_CHARS = 300
MAX_LINES = 20_000
MAX_BRACKET_WORK = 2_000_000
"""Python-Markdown reads on to the end of the paragraph for each ``[``: the sum over
paragraphs of ``[`` × paragraph length is what a build costs (a million ≈ 0.8 s)."""
MAX_CHARACTERS = {
    "[": ("links, pictures, brackets", 500),
    "<": ("raw HTML, autolinks", 1000),
    "\\": ("backslash escapes", 1000),
    "&": ("entities", 2000),
    "|": ("table cells", 5000),
    "*": ("emphasis, list bullets", 4000),
    "_": ("emphasis", 4000),
    "`": ("code", 2000),
}
"""Characters that start Markdown's inline patterns, which cost more than linear time."""
_MARKER = re.compile(r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])")
SPLIT = "split the document into several files"

Found = tuple[int, str, str]
"""(line, message, fix), as the kind parsers report problems."""


def depth(line: str) -> int:
    """How deep ``line`` nests: quote and list markers at its start, and indentation."""
    indent = len(line) - len(line.lstrip(" \t"))
    levels = line[:indent].replace("\t", "    ").count(" ") // 4
    position = 0
    while match := _MARKER.match(line, position):
        levels += 1
        position = match.end()
    return levels


def _slow_paragraph(lines: list[str], first_line: int) -> Found | None:
    """The paragraph at which the '[' work of the body passes :data:`MAX_BRACKET_WORK`."""
    work, start, brackets, chars = 0, first_line, 0, 0
    for number, line in enumerate([*lines, ""], start=first_line):
        if line.strip():
            brackets, chars = brackets + line.count("["), chars + len(line)
            continue
        work += brackets * chars
        if work > MAX_BRACKET_WORK:
            message = f"a paragraph too long for its {brackets} '[' to be read in time"
            return (start, message, "split it with blank lines, or use fewer '['")
        start, brackets, chars = number + 1, 0, 0
    return None


def check(body: str, first_line: int = 1) -> list[Found]:
    """The first line past each limit, as problems; empty when the body is within them."""
    found: list[Found] = []
    counts = dict.fromkeys(MAX_CHARACTERS, 0)  # counted per line only past a limit
    heads = 0
    deep = long = in_fence = False
    lines = body.splitlines()
    if len(lines) > MAX_LINES:  # enough said: nothing more is read
        return [(first_line + MAX_LINES, f"more than {MAX_LINES} lines", SPLIT)]
    over = {c: v for c, v in MAX_CHARACTERS.items() if body.count(c) > v[1]}
    if slow := _slow_paragraph(lines, first_line):
        found.append(slow)
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
        if not deep and not in_fence and depth(line) > MAX_DEPTH:
            deep = True
            message = f"nesting deeper than {MAX_DEPTH} levels (quotes, lists or indentation)"
            found.append((number, message, "flatten the lists or quotes"))
        block = line.startswith("#") or line.lstrip(" \t").startswith("!!!")
        if block and not in_fence:
            heads += 1
            if heads == MAX_HEADINGS + 1:
                message = f"more than {MAX_HEADINGS} headings and boxes in one document"
                found.append((number, message, SPLIT))
            if not long and line.startswith("#") and len(line) > MAX_HEADING_CHARS:
                long = True
                message = f"heading longer than {MAX_HEADING_CHARS} characters"
                found.append((number, message, "shorten the heading; put the rest in the text"))
        for char, (what, limit) in over.items():
            before = counts[char]
            counts[char] += line.count(char)
            if before <= limit < counts[char]:
                message = f"more than {limit} '{char}' ({what}) in one document"
                found.append((number, message, SPLIT))
    return found
