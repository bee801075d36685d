"""Assessment rules for indicator checklists. Guidance for referral, never a legal decision."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook_app.content.model import Checklist, Dimension, Strength

if TYPE_CHECKING:
    from collections.abc import Iterable

DISCLAIMER = "Guidance for referral, not a legal determination."


class Outcome(enum.StrEnum):
    NONE = "none"
    SOME = "some"
    LIKELY = "likely"


@dataclass(frozen=True)
class DimensionResult:
    anchor: str
    title: str
    positive: bool
    ticked: int
    reason: str


@dataclass(frozen=True)
class Assessment:
    outcome: Outcome
    summary: str
    dimensions: tuple[DimensionResult, ...]
    ticked: int
    headline: str = "Nothing ticked yet"
    disclaimer: str = DISCLAIMER


def dimension_positive(strengths: Iterable[Strength]) -> tuple[bool, str]:
    """The ILO/EC combination rule for one dimension, with the reason in words."""
    count = Counter(strengths)
    strong, medium, weak = count[Strength.STRONG], count[Strength.MEDIUM], count[Strength.WEAK]
    if strong >= 2:
        return True, "2 strong indicators"
    if strong >= 1 and medium + weak >= 1:
        return True, "1 strong indicator with a medium or weak one"
    if medium >= 3:
        return True, "3 medium indicators"
    if medium >= 2 and weak >= 1:
        return True, "2 medium indicators with a weak one"
    parts = [
        f"{n} {name}" for n, name in ((strong, "strong"), (medium, "medium"), (weak, "weak")) if n
    ]
    return False, ("not enough: " + ", ".join(parts)) if parts else "nothing ticked"


def assess(checklist: Checklist, ticked: Iterable[str]) -> Assessment:
    """Apply the checklist's rule to the ids of the ticked indicators."""
    chosen = set(ticked)
    if checklist.rule == "ilo-operational":
        return _ilo(checklist, chosen)
    return _any(checklist, chosen)


def _ticked(dimension: Dimension, chosen: set[str]) -> list[Strength]:
    return [i.strength for i in dimension.indicators if i.id in chosen]


def _ilo(checklist: Checklist, chosen: set[str]) -> Assessment:
    results = []
    for dim in checklist.dimensions:
        strengths = _ticked(dim, chosen)
        is_positive, reason = dimension_positive(strengths)
        results.append(DimensionResult(dim.anchor, dim.title, is_positive, len(strengths), reason))
    positive = {r.anchor for r in results if r.positive}

    def stage(name: str) -> bool:
        return bool(positive & set(checklist.stages.get(name, ())))

    recruitment, exploitation, destination = (
        stage("recruitment"),
        stage("exploitation"),
        stage("destination"),
    )
    total = sum(r.ticked for r in results)
    if checklist.audience == "child":
        return _child(results, exploitation, total)
    if recruitment and exploitation and destination:
        return Assessment(
            Outcome.LIKELY,
            "Likely a victim of trafficking: positive in a recruitment dimension, "
            "exploitative conditions and a destination dimension. Refer the person.",
            tuple(results),
            total,
            headline="Likely a victim of trafficking",
        )
    if not total:
        return Assessment(Outcome.NONE, "Nothing ticked yet.", tuple(results), 0)
    missing = [
        n
        for n, ok in (
            ("recruitment", recruitment),
            ("exploitation", exploitation),
            ("destination", destination),
        )
        if not ok
    ]
    summary = (
        "Some indicators, not enough for the rule: still needed "
        + ", ".join(missing)
        + ". Seek advice; indicators are often hidden."
    )
    return Assessment(
        Outcome.SOME, summary, tuple(results), total, headline="Not enough for the rule yet"
    )


def _child(results: list[DimensionResult], exploitation: bool, total: int) -> Assessment:
    """Palermo Protocol Art. 3(c): for a child, an act and the purpose of exploitation suffice.

    The means (force, threats, deception, abuse of vulnerability) are never needed, so the
    recruitment and destination dimensions, which are made of means, are never asked for.
    Someone who keeps a child in exploitative conditions is harbouring or receiving the
    child: a positive exploitation dimension shows the act and the purpose together.
    """
    if exploitation:
        return Assessment(
            Outcome.LIKELY,
            "Refer now: exploitation is positive, and for a child the means are not needed "
            "(an act and the purpose of exploitation are enough). Call child protection now.",
            tuple(results),
            total,
            headline="Likely a victim of trafficking",
        )
    if not total:
        return Assessment(Outcome.NONE, "Nothing ticked yet.", tuple(results), 0)
    return Assessment(
        Outcome.SOME,
        "Signs of possible exploitation of a child. Force, threats or deception are never "
        "needed for a child. One clear sign is reason enough to call the child protection "
        "authority now; do not wait for more ticks.",
        tuple(results),
        total,
        headline="Signs in a child: call child protection",
    )


def _any(checklist: Checklist, chosen: set[str]) -> Assessment:
    results = []
    for dim in checklist.dimensions:
        n = len(_ticked(dim, chosen))
        results.append(
            DimensionResult(
                dim.anchor, dim.title, n > 0, n, f"{n} ticked" if n else "nothing ticked"
            )
        )
    total = sum(r.ticked for r in results)
    if total == 0:
        return Assessment(Outcome.NONE, "Nothing ticked yet.", tuple(results), 0)
    if total == 1:
        summary = "1 indicator ticked: one indicator may be enough to point"
    else:
        summary = f"{total} indicators ticked: several indicators point"
    summary += " to possible trafficking. Consider referral."
    if total == 1:
        return Assessment(
            Outcome.SOME, summary, tuple(results), total, "One indicator: consider referral"
        )
    return Assessment(
        Outcome.LIKELY, summary, tuple(results), total, "Several indicators: consider referral"
    )
