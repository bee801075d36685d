"""Phrasebook files: the English phrases, and one file of translations per language.

The English file (no ``language:`` in its front matter) has ``## Group`` headings
with one ``- phrase {#id}`` item per phrase. A translation file names its
``language:`` and has one ``## id`` heading per phrase, followed by the lines
``en:`` (the English it translates), ``text:`` and ``reviewed:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from handbook_app.content.dates import parse_date
from handbook_app.content.frontmatter import FrontMatter
from handbook_app.content.markup import CONTINUATION, FENCE, HEADING, headings, lead, list_items
from handbook_app.content.model import CardPlan, Phrase, PhraseGroup, Translation
from handbook_app.content.problems import did_you_mean

EXPLICIT_ID = re.compile(r"[ \t]*\{#([A-Za-z0-9_-]+)\}[ \t]*$")
FIELD = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*)$")
PHRASE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
REVIEWED = re.compile(r"^(\d{4}-\d{2}-\d{2})[ \t]+by[ \t]+(\S.*)$")
FIELDS = ("en", "text", "reviewed")
SOURCE_KEYS = ("buttons", "card", "children")
LANGUAGE_KEYS = ("language", "name", "english", "direction")
CARD_KEYS = ("title", "points", "call", "keep")
DIRECTIONS = ("ltr", "rtl")
REVIEW_FIX = "write 'reviewed: no', or 'reviewed: YYYY-MM-DD by NAME' once a native speaker checked it"

Found = list[tuple[int, str, str]]


@dataclass
class PhrasebookDraft:
    """A phrasebook file before rendering: the English phrases, or one language's translations.

    ``lines`` maps each phrase id to its line; ``english_lines`` (translations) to
    the line of its ``en:``; ``key_lines`` each front matter key to its line.
    """

    intro: str = ""
    code: str = ""
    name: str = ""
    english_name: str = ""
    direction: str = "ltr"
    groups: list[PhraseGroup] = field(default_factory=list)
    prose: dict[str, str] = field(default_factory=dict)
    buttons: tuple[str, ...] = ()
    card: CardPlan | None = None
    children: str = ""
    translations: list[Translation] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    english_lines: dict[str, int] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    first_line: int = 1
    problems: Found = field(default_factory=list)

    @property
    def is_source(self) -> bool:
        """True for the English phrasebook, False for a file of translations."""
        return not self.code

    @property
    def phrases(self) -> list[Phrase]:
        return [p for g in self.groups for p in g.phrases]


def parse(meta: FrontMatter, body: str, body_line: int) -> PhrasebookDraft:
    """Check a phrasebook file's own front matter keys and body (not yet against the others)."""
    data = meta.data
    draft = PhrasebookDraft(first_line=meta.start)
    draft.key_lines = {k: meta.line(k) for k in (*SOURCE_KEYS, *LANGUAGE_KEYS) if k in data}
    if "language" in data:
        for key in SOURCE_KEYS:
            if key in data:
                draft.problems.append(
                    (meta.line(key), f"'{key}' belongs in the English phrasebook",
                     "remove it from this translation")
                )  # fmt: skip
        _language(meta, draft)
        _translations(draft, body, body_line)
    else:
        for key in LANGUAGE_KEYS:
            if key in data:
                draft.problems.append(
                    (meta.line(key), f"'{key}' is only for a translation",
                     "add 'language:' to make this file a translation, or remove it")
                )  # fmt: skip
        _groups(draft, body, body_line)
        _roles(meta, draft)
    return draft


def _language(meta: FrontMatter, draft: PhrasebookDraft) -> None:
    data = meta.data
    code = str(data.get("language") or "").strip()
    if not LANGUAGE_CODE.match(code):
        draft.problems.append(
            (meta.line("language"), f"invalid language code '{code}'",
             "write a language code such as 'uk', 'fa' or 'zh-Hans'")
        )  # fmt: skip
        code = code or "?"
    draft.code = code
    for key in ("name", "english"):
        if not str(data.get(key) or "").strip():
            what = "written in itself" if key == "name" else "in English"
            draft.problems.append(
                (meta.start, f"missing required key '{key}'",
                 f"add '{key}:' with the language's name {what}")
            )  # fmt: skip
    draft.name = str(data.get("name") or "").strip()
    draft.english_name = str(data.get("english") or "").strip()
    direction = str(data.get("direction") or "ltr")
    if direction not in DIRECTIONS:
        hint = did_you_mean(direction, DIRECTIONS, "use 'ltr' or 'rtl' (Arabic, Persian)")
        draft.problems.append((meta.line("direction"), f"unknown direction '{direction}'", hint))
    draft.direction = direction if direction in DIRECTIONS else "ltr"


def _groups(draft: PhrasebookDraft, body: str, first_line: int) -> None:
    lines = body.splitlines()
    marks = [h for h in headings(body, first_line) if h.level == 2]
    draft.intro = lead(body, first_line, level=2)
    for index, mark in enumerate(marks):
        start = mark.line - first_line + 1
        end = marks[index + 1].line - first_line if index + 1 < len(marks) else len(lines)
        draft.lines.setdefault(mark.anchor, mark.line)  # a group's anchor: no phrase may take it
        prose, phrases = _items(draft, lines[start:end], mark.line + 1)
        if not phrases:
            draft.problems.append(
                (mark.line, f"group '{mark.title}' has no phrases", "add '- phrase {#id}' items")
            )
        draft.prose[mark.anchor] = prose
        draft.groups.append(PhraseGroup(mark.anchor, mark.title, tuple(phrases)))
    if not marks:
        draft.problems.append(
            (first_line, "phrasebook has no groups", "add a '## Group' heading with phrases")
        )


def _items(draft: PhrasebookDraft, lines: list[str], first_line: int) -> tuple[str, list[Phrase]]:
    prose, items = list_items(lines, first_line)
    phrases: list[Phrase] = []
    for at, text in items:
        explicit = EXPLICIT_ID.search(text)
        label = EXPLICIT_ID.sub("", text).strip()
        if not explicit:
            draft.problems.append(
                (at, f"phrase has no id: '{label[:60]}'",
                 "end the line with an id such as {#doctor}; translations use it")
            )  # fmt: skip
        elif not label:
            draft.problems.append((at, f"phrase '{explicit[1]}' has no text", "write the phrase"))
        elif explicit[1] in draft.lines:
            draft.problems.append(
                (at, f"duplicate phrase id '{explicit[1]}' (also on line "
                 f"{draft.lines[explicit[1]]})", "give each phrase its own {#id}")
            )  # fmt: skip
        else:
            draft.lines[explicit[1]] = at
            phrases.append(Phrase(explicit[1], label))
    return prose, phrases


def _roles(meta: FrontMatter, draft: PhrasebookDraft) -> None:
    """``buttons:``, ``card:`` and ``children:`` name phrases and a group of this file."""
    ids = [p.id for p in draft.phrases]
    groups = [g.id for g in draft.groups]

    def phrase(value: Any, *key: str | int) -> str:
        name = str(value or "").strip()
        if name not in ids:
            what = f"unknown phrase '{name}'" if name else "no phrase named"
            hint = did_you_mean(name, ids, "name the {#id} of a phrase")
            draft.problems.append((meta.line(*key), f"{'.'.join(map(str, key))}: {what}", hint))
        return name

    data = meta.data
    for key in SOURCE_KEYS:
        if key not in data:
            draft.problems.append(
                (meta.start, f"missing required key '{key}'", "see docs/authoring.md, phrasebook")
            )
    buttons = data.get("buttons")
    if "buttons" in data and not (isinstance(buttons, list) and buttons):
        draft.problems.append(
            (meta.line("buttons"), "'buttons:' must list phrase ids", "write e.g. [yes, no]")
        )
    elif isinstance(buttons, list):
        draft.buttons = tuple(phrase(b, "buttons", n) for n, b in enumerate(buttons))
    card = data.get("card")
    if "card" in data and not isinstance(card, dict):
        draft.problems.append(
            (meta.line("card"), "'card:' must have 'title:', 'points:', 'call:' and 'keep:'",
             "see docs/authoring.md, phrasebook")
        )  # fmt: skip
    elif isinstance(card, dict):
        for key in card:
            if key not in CARD_KEYS:
                hint = did_you_mean(str(key), CARD_KEYS, "use title, points, call and keep")
                draft.problems.append((meta.line("card", key), f"unknown card key '{key}'", hint))
        points = card.get("points")
        if not isinstance(points, list) or not points:
            draft.problems.append(
                (meta.line("card", "points"), "'card: points:' must list phrase ids",
                 "write e.g. [help-free, no-police]")
            )  # fmt: skip
            points = []
        draft.card = CardPlan(
            title=phrase(card.get("title"), "card", "title"),
            points=tuple(phrase(p, "card", "points", n) for n, p in enumerate(points)),
            call=phrase(card.get("call"), "card", "call"),
            keep=phrase(card.get("keep"), "card", "keep"),
        )
    if "children" in data:
        draft.children = str(data.get("children") or "")
        if draft.children not in groups:
            hint = did_you_mean(draft.children, groups, "name the {#anchor} of a '##' group")
            draft.problems.append(
                (meta.line("children"), f"children: unknown group '{draft.children}'", hint)
            )


def _translations(draft: PhrasebookDraft, body: str, first_line: int) -> None:
    lines = body.splitlines()
    marks = [h for h in headings(body, first_line) if h.level == 2]
    draft.intro = lead(body, first_line, level=2)
    for index, mark in enumerate(marks):
        start = mark.line - first_line + 1
        end = marks[index + 1].line - first_line if index + 1 < len(marks) else len(lines)
        ident = mark.title.strip()
        if not PHRASE_ID.match(ident):
            draft.problems.append(
                (mark.line, f"'## {ident[:40]}' is not a phrase id",
                 "write the id of the English phrase, e.g. '## doctor'")
            )  # fmt: skip
            continue
        if ident in draft.lines:
            draft.problems.append(
                (mark.line, f"phrase '{ident}' is translated twice (also on line "
                 f"{draft.lines[ident]})", "keep one of them")
            )  # fmt: skip
            continue
        draft.lines[ident] = mark.line
        translation = _translation(draft, ident, lines[start:end], mark.line + 1)
        if translation is not None:
            draft.translations.append(translation)


def _translation(
    draft: PhrasebookDraft, ident: str, lines: list[str], first_line: int
) -> Translation | None:
    values: dict[str, str] = {}
    where: dict[str, int] = {}
    last = ""
    ok = True
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        if last and CONTINUATION.match(line):
            values[last] = f"{values[last]} {line.strip()}".strip()
            continue
        match = FIELD.match(line)
        if not match or match[1] not in FIELDS:
            shown = match[1] if match else line.strip()[:40]
            hint = did_you_mean(shown, FIELDS, "start it with 'en:', 'text:' or 'reviewed:', "
                                "or indent it to go on from the line above")  # fmt: skip
            what = f"unknown line '{shown}'" if match else f"unexpected line '{shown}'"
            draft.problems.append((number, f"{what} in phrase '{ident}'", hint))
            ok, last = False, ""
            continue
        last = match[1]
        if last in values:
            draft.problems.append(
                (number, f"phrase '{ident}' has '{last}:' twice", "keep one of them")
            )
            ok = False
        values[last], where[last] = match[2].strip(), number
    for key in FIELDS:
        if not values.get(key):
            draft.problems.append(
                (where.get(key, first_line - 1), f"phrase '{ident}' has no '{key}:'",
                 _MISSING_FIX[key])
            )  # fmt: skip
            ok = False
    reviewed = values.get("reviewed", "")
    state = _review_state(reviewed)
    if reviewed and state is None:
        draft.problems.append((where["reviewed"], f"unknown review state '{reviewed}'", REVIEW_FIX))
        ok = False
    if not ok or state is None:
        return None
    draft.english_lines[ident] = where["en"]
    return Translation(ident, values["text"], values["en"], state)


_MISSING_FIX = {
    "en": "copy the English phrase it translates",
    "text": "write the translation",
    "reviewed": REVIEW_FIX,
}


def _review_state(value: str) -> str | None:
    """'' for ``no``; the date and reviewer as written for a review; None when unreadable."""
    if value.lower() == "no":
        return ""
    match = REVIEWED.match(value)
    if match is None or parse_date(match[1]) is None:
        return None
    return f"{match[1]} by {match[2].strip()}"
