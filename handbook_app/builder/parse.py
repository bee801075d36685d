"""Stage 3: interpret each source by its kind (chapter, checklist, guide, country)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from handbook_app.builder import guard, names
from handbook_app.builder.read import Source
from handbook_app.content import checklist, country, guide, languages, markup, phrases, sanitize
from handbook_app.content.model import Kind
from handbook_app.content.problems import Problems, did_you_mean

if TYPE_CHECKING:
    import datetime as dt

    from handbook_app.builder.read import Source

COMMON_KEYS = ("kind", "id", "title", "summary", "tags", "keywords", "order", "confidence")
TRANSLATION_KEYS = ("translated_from", "reviewed")
"""Keys of a translation only (``content/<lang>/`` of a language after the first)."""
KIND_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.CHAPTER: (),
    Kind.CHECKLIST: ("rule", "audience", "stages", "guide"),
    Kind.GUIDE: ("start", "audience"),
    Kind.COUNTRY: ("country", "contacts"),
    Kind.PHRASEBOOK: phrases.SOURCE_KEYS + phrases.LANGUAGE_KEYS,
}
REQUIRED_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.CHAPTER: (),
    Kind.CHECKLIST: ("title", "rule"),
    Kind.GUIDE: ("title",),
    Kind.COUNTRY: ("title", "country", "contacts"),
    Kind.PHRASEBOOK: ("title",),
}
RULES = ("ilo-operational", "any")
AUDIENCES = ("adult", "child")
STAGES = ("recruitment", "exploitation", "destination")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FOLDER_PAGES = ("readme", "index")
"""File names (any case) that stand for their folder's own page, as in other Markdown tools."""


@dataclass(frozen=True)
class Part:
    """One indicator or step, as a translation must keep it: ``what`` is the rest of it."""

    kind: str
    id: str
    what: str
    line: int


@dataclass
class Draft:
    """A document understood by kind; its HTML is made later, in the render stage."""

    source: Source
    id: str
    kind: Kind
    title: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    order: float = 0.0
    uncertain: bool = False
    headings: list[markup.Heading] = field(default_factory=list)
    checklist: checklist.ChecklistDraft | None = None
    guide: guide.GuideDraft | None = None
    contacts: country.ContactsDraft | None = None
    phrasebook: phrases.PhrasebookDraft | None = None
    country_code: str = ""
    rule: str = ""
    audience: str = "adult"
    stages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    next_guide: str = ""
    translated_from: str = ""
    reviewed: str | None = None
    """A translation's review: ``""`` for ``no``, ``"DATE by NAME"``; None when not given."""
    lines: dict[str, int] = field(default_factory=dict)
    """Lines of the front matter keys the checks across documents name (kept by the cache)."""
    shape: tuple[Part, ...] = ()
    """What a translation must keep as it is: indicator ids and strengths, step routes."""

    @cached_property
    def anchors(self) -> set[str]:
        """Headings' anchors, contacts' anchors and ids set with ``{ #id }`` anywhere."""
        found = {h.anchor for h in self.headings} | self.scanned.ids
        if self.contacts:
            found |= {c.anchor for c in self.contacts.contacts}
        if self.phrasebook:
            found |= set(self.phrasebook.lines)
        return found

    @cached_property
    def links(self) -> list[markup.Link]:
        """The body's links and images. Worked out once (and kept by the build cache)."""
        return self.scanned.links

    @cached_property
    def scanned(self) -> markup.Scan:
        """The parsed body's links and ids (``links`` and ``anchors`` keep what is needed)."""
        return markup.scan(self.source.body, self.source.body_line)

    @cached_property
    def dangers(self) -> list[sanitize.Danger]:
        """What the sanitizer will remove from the body. Worked out once, like ``links``."""
        return sanitize.scan(self.source.body, self.source.body_line)


def parse(sources: list[Source], edition_date: dt.date | None, problems: Problems) -> list[Draft]:
    """Every source that can be understood becomes a draft; the rest are reported."""
    drafts = [parse_one(s, edition_date, problems) for s in sources]
    return [d for d in drafts if d is not None]


def parse_one(source: Source, edition_date: dt.date | None, problems: Problems) -> Draft | None:
    beyond = guard.check(source.body, source.body_line)
    for line, message, fix in beyond:
        problems.error(source.path, line, message, fix)
    if beyond:
        return None
    try:
        return _parse_one(source, edition_date, problems)
    except RecursionError:  # never expected within the guard's limits; never a traceback
        problems.error(source.path, 1, "nesting too deep to read", "flatten the lists or quotes")
        return None


def _parse_one(source: Source, edition_date: dt.date | None, problems: Problems) -> Draft | None:
    meta = source.meta
    data = meta.data
    path = source.path
    kind_name = str(data.get("kind", "chapter" if not source.has_front_matter else ""))
    if not kind_name:
        problems.error(
            path,
            meta.start,
            "missing required key 'kind'",
            "add 'kind: chapter' (or checklist, guide, country)",
        )
        return None
    try:
        kind = Kind(kind_name)
    except ValueError:
        kinds = [k.value for k in Kind]
        hint = did_you_mean(kind_name, kinds, "use one of: " + ", ".join(kinds))
        problems.error(path, meta.line("kind"), f"unknown kind '{kind_name}'", hint)
        return None
    allowed = COMMON_KEYS + TRANSLATION_KEYS + KIND_KEYS[kind]
    ok = True
    for key in data:
        if key not in allowed:
            hint = did_you_mean(str(key), allowed, f"a {kind} may use: " + ", ".join(allowed))
            problems.error(path, meta.line(key), f"unknown key '{key}'", hint)
            ok = False
    for key in REQUIRED_KEYS[kind]:
        if data.get(key) in (None, ""):
            problems.error(
                path,
                meta.start,
                f"missing required key '{key}'",
                f"add '{key}:' to the front matter",
            )
            ok = False
    heads = markup.headings(source.body, source.body_line)
    title = str(data.get("title") or next((h.title for h in heads if h.level == 1), ""))
    ok = _title_and_includes(source, title, problems) and ok
    doc_id = str(data.get("id") or derived_id(source.rel))
    if not ID.match(doc_id):
        problems.error(
            path,
            meta.line("id"),
            f"invalid id '{doc_id}'",
            "use lower case letters, digits and hyphens"
            + ("" if "id" in data else ", in the file name or in 'id:'"),
        )
        ok = False
    elif (reason := names.id_problem(doc_id, given="id" in data)) is not None:
        problems.error(path, meta.line("id"), *reason)
        ok = False
    confidence = data.get("confidence")
    if confidence not in (None, "uncertain", "confirmed"):
        problems.error(
            path,
            meta.line("confidence"),
            f"unknown confidence '{confidence}'",
            did_you_mean(str(confidence), ("uncertain", "confirmed"), "use 'uncertain'"),
        )
        ok = False
    draft = Draft(
        source=source,
        id=doc_id,
        kind=kind,
        title=title,
        summary=str(data.get("summary") or ""),
        tags=_words(data.get("tags")),
        keywords=_words(data.get("keywords")),
        order=_number(data.get("order")),
        uncertain=confidence == "uncertain",
        headings=heads,
    )
    ok = _translation(draft, problems) and ok
    ok = _parse_kind(draft, edition_date, problems) and ok
    return draft if ok else None


def _translation(draft: Draft, problems: Problems) -> bool:
    """Read ``translated_from:`` and ``reviewed:``; whether they belong is checked later."""
    meta = draft.source.meta
    draft.lines = {key: meta.line(key) for key in (*TRANSLATION_KEYS, "id", "kind", "rule")}
    if "translated_from" in meta.data:
        draft.translated_from = str(meta.data["translated_from"] or "").strip()
    if "reviewed" not in meta.data:
        return True
    draft.reviewed = languages.review(meta.data["reviewed"])
    if draft.reviewed is None:
        problems.error(
            draft.source.path,
            meta.line("reviewed"),
            f"unknown review state '{meta.data['reviewed']}'",
            "write 'reviewed: no', or 'reviewed: YYYY-MM-DD by NAME' once a native speaker "
            "checked it",
        )
        return False
    return True


def derived_id(rel: str) -> str:
    """The id a file's path gives: its name in lower case, words joined by hyphens.

    ``README.md`` and ``index.md`` are their folder's own page and take the folder's
    name (``index`` at the top of a language).
    """
    parts = PurePosixPath(rel).parts
    name = PurePosixPath(rel).stem
    if name.lower() in FOLDER_PAGES:
        name = parts[-2] if len(parts) > 2 else "index"
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _title_and_includes(source: Source, title: str, problems: Problems) -> bool:
    """Report a missing title, and includes of other files (never followed)."""
    found = markup.includes(source.body, source.body_line)
    if not title:
        if found:
            line, name = found[0]
            problems.error(
                source.path,
                line,
                f"document has no title: it only includes '{name}', and includes are not supported",
                f"copy the text of '{name}' into this file, under a first '# Heading'",
            )
        else:
            problems.error(
                source.path, 1, "document has no title", "add 'title:' or a first '# Heading'"
            )
        return False
    for line, name in found:
        problems.warning(
            source.path,
            line,
            f"include of '{name}' is not supported: its text is not in the handbook",
            f"copy the text of '{name}' into this file",
        )
    return True


def _parse_kind(draft: Draft, edition_date: dt.date | None, problems: Problems) -> bool:
    source, data, path = draft.source, draft.source.meta.data, draft.source.path
    found: list[tuple[int, str, str]] = []
    if draft.kind is Kind.CHECKLIST:
        draft.checklist = checklist.parse(source.body, source.body_line)
        found = draft.checklist.problems
        draft.rule = _choice(draft, "rule", RULES, problems)
        draft.audience = _choice(draft, "audience", AUDIENCES, problems, default="adult")
        draft.next_guide = str(data.get("guide") or "")
        _stages(draft, problems)
    elif draft.kind is Kind.GUIDE:
        draft.guide = guide.parse(source.body, source.body_line, str(data.get("start") or ""))
        found = draft.guide.problems
        draft.audience = _choice(draft, "audience", AUDIENCES, problems, default="adult")
    elif draft.kind is Kind.COUNTRY:
        draft.contacts = country.parse(source.meta, edition_date)
        found = draft.contacts.problems
        for line, message, fix in draft.contacts.warnings:
            problems.warning(path, line, message, fix)
        draft.country_code = str(data.get("country") or "").upper()
    elif draft.kind is Kind.PHRASEBOOK:
        draft.phrasebook = phrases.parse(source.meta, source.body, source.body_line)
        found = draft.phrasebook.problems
    draft.shape = _shape(draft)
    last = max(1, len(source.text.splitlines()))  # an empty body starts past the end
    for line, message, fix in found:
        problems.error(path, min(line, last), message, fix)
    return not found and not (draft.kind is Kind.CHECKLIST and not draft.rule)


def _shape(draft: Draft) -> tuple[Part, ...]:
    """The indicators (id, section, strength) and steps (routes) a translation must keep."""
    parts: list[Part] = []
    if draft.checklist is not None:
        lines = draft.checklist.indicator_lines
        for dim in draft.checklist.dimensions:
            for i in dim.indicators:
                what = f"{i.strength}{', uncertain' if i.uncertain else ''} in '{dim.anchor}'"
                parts.append(Part("indicator", i.id, what, lines.get(i.id, 1)))
    if draft.guide is not None:
        guide_ = draft.guide.guide
        parts.append(Part("start", "", guide_.start, draft.source.meta.start))
        for step in guide_.steps:
            routes = ", ".join(step.targets()) or "the end"
            parts.append(Part("step", step.id, routes, draft.guide.step_lines.get(step.id, 1)))
    return tuple(parts)


def _choice(
    draft: Draft, key: str, allowed: tuple[str, ...], problems: Problems, default: str = ""
) -> str:
    value = draft.source.meta.data.get(key)
    if value is None:
        return default
    if value in allowed:
        return str(value)
    hint = did_you_mean(str(value), allowed, "use one of: " + ", ".join(allowed))
    problems.error(draft.source.path, draft.source.meta.line(key), f"unknown {key} '{value}'", hint)
    return ""


def _stages(draft: Draft, problems: Problems) -> None:
    meta, path = draft.source.meta, draft.source.path
    raw = meta.data.get("stages") or {}
    if draft.rule != "ilo-operational":
        return
    if not isinstance(raw, dict) or not raw:
        problems.error(
            path,
            meta.line("stages"),
            "rule 'ilo-operational' needs 'stages:'",
            "map recruitment, exploitation and destination to section anchors",
        )
        return
    anchors = [d.anchor for d in draft.checklist.dimensions] if draft.checklist else []
    for stage, sections in raw.items():
        if stage not in STAGES:
            problems.error(
                path,
                meta.line("stages", stage),
                f"unknown stage '{stage}'",
                did_you_mean(str(stage), STAGES, "use recruitment, exploitation or destination"),
            )
            continue
        names = tuple(str(s) for s in (sections if isinstance(sections, list) else [sections]))
        for name in names:
            if name not in anchors:
                problems.error(
                    path,
                    meta.line("stages", stage),
                    f"stage '{stage}' names unknown section '{name}'",
                    did_you_mean(name, anchors, "use the anchor of a '##' section"),
                )
        draft.stages[str(stage)] = names
    for stage in STAGES:
        if stage not in raw:
            problems.error(
                path,
                meta.line("stages"),
                f"stage '{stage}' has no sections",
                f"add '{stage}: [section-anchor]'",
            )


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(w.strip() for w in value.split(",") if w.strip())
    if isinstance(value, list):
        return tuple(str(w).strip() for w in value if str(w).strip())
    return (str(value),)


def _number(value: Any) -> float:
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0
