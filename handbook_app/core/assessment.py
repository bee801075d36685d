"""Assessment rules for indicator checklists. Guidance for referral, never a legal decision."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook_app.content.message import Message
from handbook_app.content.model import Checklist, Dimension, Strength

if TYPE_CHECKING:
    from collections.abc import Iterable

DISCLAIMER = "Guidance for referral, not a legal determination."
ASSESSMENT = "Assessment"
"""The context of the assessment's sentences (see :mod:`handbook_app.content.message`)."""
NOTHING = "nothing ticked"
NOT_ENOUGH = "not enough: {counts}"
COUNTS = {
    Strength.STRONG: "%n strong",
    Strength.MEDIUM: "%n medium",
    Strength.WEAK: "%n weak",
}
"""How many of a strength were ticked, in the reason of a dimension not positive."""
TICKED = "%n ticked"
STILL_NEEDED = (
    "Some indicators, not enough for the rule: still needed {stages}. "
    "Seek advice; indicators are often hidden."
)
STAGES = ("recruitment", "exploitation", "destination")
ONE_TICKED = (
    "1 indicator ticked: one indicator may be enough to point to possible trafficking. "
    "Consider referral."
)
SEVERAL_TICKED = (
    "%n indicators ticked: several indicators point to possible trafficking. Consider referral."
)


class Outcome(enum.StrEnum):
    NONE = "none"
    SOME = "some"
    LIKELY = "likely"


def said(text: str, *fields: tuple[str, str | Message | tuple[Message, ...]]) -> Message:
    """A sentence of the assessment."""
    return Message(ASSESSMENT, text, fields)


@dataclass(frozen=True)
class DimensionResult:
    anchor: str
    title: str
    positive: bool
    ticked: int
    why: Message
    """The reason, as a sentence an interface can say in its language."""

    @property
    def reason(self) -> str:
        return str(self.why)


@dataclass(frozen=True)
class Assessment:
    outcome: Outcome
    message: Message
    """The summary, as a sentence an interface can say in its language."""
    dimensions: tuple[DimensionResult, ...]
    ticked: int
    headline: str = "Nothing ticked yet"
    disclaimer: str = DISCLAIMER

    @property
    def summary(self) -> str:
        return str(self.message)


def dimension_rule(strengths: Iterable[Strength]) -> tuple[bool, Message]:
    """The ILO/EC combination rule for one dimension, with the reason as a sentence."""
    count = Counter(strengths)
    strong, medium, weak = count[Strength.STRONG], count[Strength.MEDIUM], count[Strength.WEAK]
    if strong >= 2:
        return True, said("2 strong indicators")
    if strong >= 1 and medium + weak >= 1:
        return True, said("1 strong indicator with a medium or weak one")
    if medium >= 3:
        return True, said("3 medium indicators")
    if medium >= 2 and weak >= 1:
        return True, said("2 medium indicators with a weak one")
    parts = tuple(
        Message(ASSESSMENT, COUNTS[strength], count=count[strength])
        for strength in (Strength.STRONG, Strength.MEDIUM, Strength.WEAK)
        if count[strength]
    )
    return False, said(NOT_ENOUGH, ("counts", parts)) if parts else said(NOTHING)


def dimension_positive(strengths: Iterable[Strength]) -> tuple[bool, str]:
    """:func:`dimension_rule` with the reason in English."""
    positive, why = dimension_rule(strengths)
    return positive, str(why)


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
        is_positive, reason = dimension_rule(strengths)
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
            said(
                "Likely a victim of trafficking: positive in a recruitment dimension, "
                "exploitative conditions and a destination dimension. Refer the person."
            ),
            tuple(results),
            total,
            headline="Likely a victim of trafficking",
        )
    if not total:
        return Assessment(Outcome.NONE, said("Nothing ticked yet."), tuple(results), 0)
    missing = tuple(
        said(name)
        for name, ok in zip(STAGES, (recruitment, exploitation, destination), strict=True)
        if not ok
    )
    summary = said(STILL_NEEDED, ("stages", missing))
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
            said(
                "Refer now: exploitation is positive, and for a child the means are not needed "
                "(an act and the purpose of exploitation are enough). Call child protection now."
            ),
            tuple(results),
            total,
            headline="Likely a victim of trafficking",
        )
    if not total:
        return Assessment(Outcome.NONE, said("Nothing ticked yet."), tuple(results), 0)
    return Assessment(
        Outcome.SOME,
        said(
            "Signs of possible exploitation of a child. Force, threats or deception are never "
            "needed for a child. One clear sign is reason enough to call the child protection "
            "authority now; do not wait for more ticks."
        ),
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
                dim.anchor,
                dim.title,
                n > 0,
                n,
                Message(ASSESSMENT, TICKED, count=n) if n else said(NOTHING),
            )
        )
    total = sum(r.ticked for r in results)
    if total == 0:
        return Assessment(Outcome.NONE, said("Nothing ticked yet."), tuple(results), 0)
    summary = said(ONE_TICKED) if total == 1 else Message(ASSESSMENT, SEVERAL_TICKED, count=total)
    if total == 1:
        return Assessment(
            Outcome.SOME, summary, tuple(results), total, "One indicator: consider referral"
        )
    return Assessment(
        Outcome.LIKELY, summary, tuple(results), total, "Several indicators: consider referral"
    )
