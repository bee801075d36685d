"""Checklist bodies: ``## Section`` headings with ``- [strength] indicator`` items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from handbook_app.content.markup import HEADING, headings, lead, list_items, slugify
from handbook_app.content.model import Dimension, Indicator, Strength
from handbook_app.content.problems import did_you_mean

STRENGTH = re.compile(r"^\[([^\]]*)\][ \t]*(.*)$")
EXPLICIT_ID = re.compile(r"[ \t]*\{#([A-Za-z0-9_.-]+)\}[ \t]*$")
"""``{#id}`` at the end of an indicator; a dot is allowed, so that a translation can name
the id the English took from its text (``{#what-you-see.seems-very-afraid-or-anxious}``)."""
STRENGTH_FIX = "start the item with [strong], [medium] or [weak]"


@dataclass
class ChecklistDraft:
    """A checklist body before rendering: intro and section prose are still Markdown."""

    intro: str
    dimensions: list[Dimension] = field(default_factory=list)
    indicator_lines: dict[str, int] = field(default_factory=dict)
    section_lines: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[int, str, str]] = field(default_factory=list)


def parse(body: str, first_line: int = 1) -> ChecklistDraft:
    """Split a checklist body into its intro and sections of indicators."""
    lines = body.splitlines()
    marks = [h for h in headings(body, first_line) if h.level == 2]
    draft = ChecklistDraft(intro=lead(body, first_line, level=2))
    for index, mark in enumerate(marks):
        start = mark.line - first_line + 1
        end = marks[index + 1].line - first_line if index + 1 < len(marks) else len(lines)
        draft.section_lines[mark.anchor] = mark.line
        prose, indicators = _section(draft, mark.anchor, lines[start:end], mark.line + 1)
        if not indicators:
            draft.problems.append(
                (mark.line, f"section '{mark.title}' has no indicators", "add '- [strong] …' items")
            )
        draft.dimensions.append(Dimension(mark.anchor, mark.title, tuple(indicators), prose))
    if not marks:
        draft.problems.append(
            (first_line, "checklist has no sections", "add a '## Section' heading with indicators")
        )
    return draft


def _section(
    draft: ChecklistDraft, anchor: str, lines: list[str], first_line: int
) -> tuple[str, list[Indicator]]:
    prose, items = list_items(lines, first_line)
    indicators = [i for n, text in items if (i := _indicator(draft, anchor, n, text))]
    return prose, indicators


def _indicator(draft: ChecklistDraft, anchor: str, line: int, text: str) -> Indicator | None:
    match = STRENGTH.match(text)
    if not match:
        draft.problems.append((line, f"indicator has no strength: '{text[:60]}'", STRENGTH_FIX))
        return None
    words = [w.strip().lower() for w in match[1].split(",") if w.strip()]
    uncertain = "uncertain" in words
    strengths = [w for w in words if w != "uncertain"]
    names = [s.value for s in Strength]
    if len(strengths) != 1 or strengths[0] not in names:
        shown = ", ".join(strengths) or "nothing"
        hint = did_you_mean(strengths[0], names, STRENGTH_FIX) if strengths else STRENGTH_FIX
        draft.problems.append((line, f"unknown indicator strength '{shown}'", hint))
        return None
    rest = match[2]
    explicit = EXPLICIT_ID.search(rest)
    label = EXPLICIT_ID.sub("", rest).strip()
    if not label:
        draft.problems.append((line, "indicator has no text", "write what was seen or heard"))
        return None
    ident = explicit[1] if explicit else f"{anchor}.{slugify(label)[:48].strip('-')}"
    if ident in draft.indicator_lines:
        draft.problems.append(
            (line, f"duplicate indicator '{label[:60]}'", "reword it or give it its own {#id}")
        )
        return None
    draft.indicator_lines[ident] = line
    return Indicator(ident, label, Strength(strengths[0]), uncertain)
