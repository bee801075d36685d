"""Translations in the build: each one against its original, and the coverage per language.

A translation is the file at the same path under ``content/<lang>/`` as a file of
the first language of ``handbook.yaml`` (the original). It shares the original's
id, kind, anchors, indicator ids and strengths, and step routes (so that ticks,
routes and links mean the same in every language): any difference is an error.
It names the original's digest in ``translated_from:`` and says ``reviewed:``;
a translation whose original changed since, and one not yet reviewed, are
warnings (``--strict`` makes them errors).

Every check here runs over every draft on every build (light drafts from the
build cache have all it needs), so an original changed alone still marks its
translations stale.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handbook_app.content import languages
from handbook_app.content.model import Kind
from handbook_app.content.problems import Problems, did_you_mean

if TYPE_CHECKING:
    from handbook_app.builder.parse import Draft
    from handbook_app.content.model import HandbookInfo

REVIEW_FIX = "have a native speaker check it, then write 'reviewed: YYYY-MM-DD by NAME'"


@dataclass(frozen=True)
class Status:
    """One translation as the app and the coverage table see it."""

    lang: str
    id: str
    translated_from: str
    reviewed: str
    stale: bool


@dataclass
class Coverage:
    """Which originals each language has, and in what state."""

    base: str
    languages: tuple[str, ...]
    originals: tuple[str, ...] = ()
    """Ids of the documents of the first language a translation may cover."""
    statuses: dict[tuple[str, str], Status] = field(default_factory=dict)

    def of(self, lang: str) -> list[Status]:
        return [s for (code, _), s in self.statuses.items() if code == lang]

    def table(self) -> list[str]:
        """The coverage table, one line per translated language (``check --translations``)."""
        name = languages.KNOWN[self.base].english if self.base in languages.KNOWN else self.base
        head = f"{'language':<20}{'translated':>11}{'stale':>7}{'unreviewed':>12}{'missing':>9}"
        lines = [f"Translations of the {len(self.originals)} documents in {name}:", head]
        for code in self.languages:
            if code == self.base:
                continue
            found = self.of(code)
            known = languages.KNOWN.get(code)
            label = f"{code} {known.name if known else ''}".strip()
            stale = sum(s.stale for s in found)
            unreviewed = sum(not s.reviewed for s in found)
            missing = len(self.originals) - len(found)
            lines.append(f"{label:<20}{len(found):>11}{stale:>7}{unreviewed:>12}{missing:>9}")
        if len(lines) == 2:
            lines.append("(no other language in handbook.yaml)")
        return lines


def validate(drafts: list[Draft], info: HandbookInfo | None, problems: Problems) -> Coverage:
    """Check every translation against its original; return the coverage."""
    codes = info.languages if info else ()
    base = codes[0] if codes else ""
    coverage = Coverage(base, codes)
    originals = {_inside(d): d for d in drafts if d.source.lang == base}
    coverage.originals = tuple(d.id for d in originals.values() if d.kind is not Kind.PHRASEBOOK)
    for draft in drafts:
        if draft.source.lang == base:
            _not_a_translation(draft, problems)
            continue
        original = originals.get(_inside(draft))
        if _matches(draft, original, base, problems):
            assert original is not None
            coverage.statuses[(draft.source.lang, draft.id)] = _status(draft, original, problems)
    return coverage


def _inside(draft: Draft) -> str:
    """The path of a draft inside its language folder."""
    return draft.source.rel.split("/", 1)[1]


def _not_a_translation(draft: Draft, problems: Problems) -> None:
    given = {"translated_from": bool(draft.translated_from), "reviewed": draft.reviewed is not None}
    for key in (k for k, there in given.items() if there):
        problems.error(
            draft.source.path,
            draft.lines.get(key, 1),
            f"'{key}:' is for translations, and this is an original",
            "remove it (a translation lives under content/<lang>/ of another language)",
        )


def _matches(draft: Draft, original: Draft | None, base: str, problems: Problems) -> bool:
    """Whether the translation has an original of the same id and kind (errors otherwise)."""
    path, lines = draft.source.path, draft.lines
    if original is None:
        problems.error(
            path,
            1,
            f"translation of nothing: there is no {base}/{_inside(draft)}",
            "a translation takes the path of its original under content/<lang>/; move or rename it",
        )
        return False
    if draft.kind is Kind.PHRASEBOOK:
        problems.error(
            path,
            lines.get("kind", 1),
            "a phrasebook is not translated as a document",
            f"translate its phrases in {posixpath.dirname(original.source.rel)}/phrases-"
            f"{draft.source.lang}.md (see docs/authoring.md)",
        )
        return False
    ok = True
    if draft.id != original.id:
        problems.error(
            path,
            lines.get("id", 1),
            f"id '{draft.id}' differs from the original's '{original.id}'",
            f"write 'id: {original.id}' or remove 'id:'",
        )
        ok = False
    if draft.kind is not original.kind:
        problems.error(
            path,
            lines.get("kind", 1),
            f"kind '{draft.kind}' differs from the original's '{original.kind}'",
            f"write 'kind: {original.kind}'",
        )
        ok = False
    return _same_shape(draft, original, problems) and ok


def _same_shape(draft: Draft, original: Draft, problems: Problems) -> bool:
    """Anchors, indicators, steps and checklist settings as in the original."""
    path = draft.source.path
    mark = len(problems)
    for anchor in sorted(original.anchors - draft.anchors):
        problems.error(
            path,
            1,
            f"section '#{anchor}' of the original is missing",
            f"end the heading that translates it with {{#{anchor}}}",
        )
    for key, mine, theirs in (
        ("rule", draft.rule, original.rule),
        ("audience", draft.audience, original.audience),
        ("stages", draft.stages, original.stages),
        ("guide", draft.next_guide, original.next_guide),
    ):
        if mine != theirs:
            problems.error(
                path,
                draft.lines.get("rule", 1),
                f"'{key}:' differs from the original's",
                "copy it from the original: ticks and routes must mean the same in every language",
            )
    _same_parts(draft, original, problems)
    return not problems.errors_since(mark)


def _same_parts(draft: Draft, original: Draft, problems: Problems) -> None:
    path = draft.source.path
    theirs = {(p.kind, p.id): p for p in original.shape}
    mine = {(p.kind, p.id): p for p in draft.shape}
    for key, part in mine.items():
        other = theirs.get(key)
        if other is None:
            missing = [p for k, p in theirs.items() if k not in mine and k[0] == part.kind]
            # the one it most likely translates: a missing one of the same section first
            missing.sort(
                key=lambda p: p.what.rpartition(" in ")[2] != part.what.rpartition(" in ")[2]
            )
            hint = f"give it the id of the {part.kind} it translates" + (
                f", e.g. {{#{missing[0].id}}}" if missing else ""
            )
            problems.error(
                path,
                part.line,
                f"{part.kind} '{part.id}' is not in the original",
                did_you_mean(part.id, [p.id for p in missing], hint if missing else "remove it"),
            )
        elif other.what != part.what:
            problems.error(
                path,
                part.line,
                f"{part.kind} '{part.id}' is {part.what} here, but {other.what} in the original",
                "keep it as in the original: ticks and routes must mean the same in every language",
            )
    for key, part in theirs.items():
        if key not in mine:
            problems.error(
                path,
                1,
                f"{part.kind} '{part.id}' of the original is missing",
                f"translate it, with {{#{part.id}}} at the end of its line"
                if part.kind == "indicator"
                else f"translate it, with {{#{part.id}}} at the end of its heading",
            )


def _status(draft: Draft, original: Draft, problems: Problems) -> Status:
    path, lines = draft.source.path, draft.lines
    digest = original.source.digest
    stale = draft.translated_from != digest
    if not draft.translated_from:
        problems.error(
            path,
            1,
            "translation does not say what it was translated from",
            f"add 'translated_from: \"{digest}\"' once it matches {original.source.rel}",
        )
    elif stale:
        problems.warning(
            path,
            lines.get("translated_from", 1),
            f"the original changed since it was translated ({original.source.rel} is now "
            f"'{digest}', not '{draft.translated_from}')",
            f"bring the translation up to date, then write 'translated_from: \"{digest}\"'",
        )
    if draft.reviewed is None:
        problems.error(
            path, 1, "translation does not say whether it was reviewed", "add 'reviewed: no'"
        )
    elif not draft.reviewed:
        problems.warning(
            path,
            lines.get("reviewed", 1),
            "translation not yet reviewed by a native speaker",
            REVIEW_FIX,
        )
    return Status(draft.source.lang, draft.id, draft.translated_from, draft.reviewed or "", stale)
