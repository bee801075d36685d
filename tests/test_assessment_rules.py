"""Every rule of the assessment as a table, and the exact words the officer reads.

The expected texts below are written by hand from what the officer must be told at each
outcome (content/en/checklists/*.md, docs/authoring.md), not copied from the code's output.
"""

from __future__ import annotations

import pytest

from handbook_app.content.model import Checklist, Dimension, Indicator, Strength
from handbook_app.core.assessment import DISCLAIMER, Outcome, assess, dimension_positive

S, M, W = Strength.STRONG, Strength.MEDIUM, Strength.WEAK
STRONG_PAIR = "2 strong indicators"


# One dimension: the ILO/EC combinations and the reason shown beside the dimension.
@pytest.mark.parametrize(
    ("ticked", "positive", "reason"),
    [
        ([], False, "nothing ticked"),
        ([S], False, "not enough: 1 strong"),
        ([M], False, "not enough: 1 medium"),
        ([W], False, "not enough: 1 weak"),
        ([M, M], False, "not enough: 2 medium"),
        ([M, W], False, "not enough: 1 medium, 1 weak"),
        ([W, M, W], False, "not enough: 1 medium, 2 weak"),
        ([W, W, W, W], False, "not enough: 4 weak"),
        ([S, S], True, STRONG_PAIR),
        ([S, S, S, M], True, STRONG_PAIR),
        ([S, M], True, "1 strong indicator with a medium or weak one"),
        ([W, S], True, "1 strong indicator with a medium or weak one"),
        ([S, M, M, M], True, "1 strong indicator with a medium or weak one"),
        ([M, M, M], True, "3 medium indicators"),
        ([M, M, M, W], True, "3 medium indicators"),
        ([M, W, M], True, "2 medium indicators with a weak one"),
        ([M, M, W, W], True, "2 medium indicators with a weak one"),
    ],
)
def test_one_dimension_and_the_reason_given(
    ticked: list[Strength], positive: bool, reason: str
) -> None:
    assert dimension_positive(ticked) == (positive, reason)
    assert dimension_positive(iter(ticked)) == (positive, reason)


# The ILO/EC rule over the three stages. One dimension per stage, each with two strong
# indicators (ticking both makes it positive) and a weak one (ticked alone: not enough).
STAGE_OF = {"recruitment": "deceptive", "exploitation": "conditions", "destination": "coercion"}


def staged(audience: str) -> Checklist:
    dimensions = tuple(
        Dimension(
            name,
            f"Title of {name}",
            (
                Indicator(f"{name}-a", "a", S),
                Indicator(f"{name}-b", "b", S),
                Indicator(f"{name}-weak", "w", W),
            ),
        )
        for name in STAGE_OF.values()
    )
    stages: dict[str, tuple[str, ...]] = {stage: (dim,) for stage, dim in STAGE_OF.items()}
    return Checklist("ilo-operational", audience, dimensions, stages)


def positive_in(*stages: str) -> set[str]:
    return {f"{STAGE_OF[s]}-{n}" for s in stages for n in ("a", "b")}


ADULT_SOME = "Not enough for the rule yet"
ADULT_LIKELY = (
    "Likely a victim of trafficking: positive in a recruitment dimension, exploitative "
    "conditions and a destination dimension. Refer the person."
)


def still_needed(stages: str) -> str:
    return (
        f"Some indicators, not enough for the rule: still needed {stages}. "
        "Seek advice; indicators are often hidden."
    )


ADULT_TABLE = [
    # positive stages, outcome, headline, summary
    ((), Outcome.SOME, ADULT_SOME, still_needed("recruitment, exploitation, destination")),
    (("recruitment",), Outcome.SOME, ADULT_SOME, still_needed("exploitation, destination")),
    (("exploitation",), Outcome.SOME, ADULT_SOME, still_needed("recruitment, destination")),
    (("destination",), Outcome.SOME, ADULT_SOME, still_needed("recruitment, exploitation")),
    (("recruitment", "exploitation"), Outcome.SOME, ADULT_SOME, still_needed("destination")),
    (("recruitment", "destination"), Outcome.SOME, ADULT_SOME, still_needed("exploitation")),
    (("exploitation", "destination"), Outcome.SOME, ADULT_SOME, still_needed("recruitment")),
    (
        ("recruitment", "exploitation", "destination"),
        Outcome.LIKELY,
        "Likely a victim of trafficking",
        ADULT_LIKELY,
    ),
]


@pytest.mark.parametrize(
    ("stages", "outcome", "headline", "summary"), ADULT_TABLE, ids=lambda v: str(v)
)
def test_an_adult_needs_all_three_stages(
    stages: tuple[str, ...], outcome: Outcome, headline: str, summary: str
) -> None:
    # The weak indicator of every stage ticked too: ticks that are not enough never
    # make a stage count, and with it the result is never "nothing ticked".
    ticked = positive_in(*stages) | {f"{d}-weak" for d in STAGE_OF.values()}
    result = assess(staged("adult"), ticked)
    assert result.outcome is outcome
    assert result.headline == headline
    assert result.summary == summary
    assert result.disclaimer == DISCLAIMER
    assert result.ticked == len(ticked)
    flags = [(d.anchor, d.positive, d.ticked, d.reason) for d in result.dimensions]
    assert flags == [
        (
            dim,
            stage in stages,
            3 if stage in stages else 1,
            "2 strong indicators" if stage in stages else "not enough: 1 weak",
        )
        for stage, dim in STAGE_OF.items()
    ]


CHILD_LIKELY = (
    "Refer now: exploitation is positive, and for a child the means are not needed "
    "(an act and the purpose of exploitation are enough). Call child protection now."
)
CHILD_SOME = (
    "Signs of possible exploitation of a child. Force, threats or deception are never "
    "needed for a child. One clear sign is reason enough to call the child protection "
    "authority now; do not wait for more ticks."
)
STAGE_SETS = [
    (),
    ("recruitment",),
    ("exploitation",),
    ("destination",),
    ("recruitment", "exploitation"),
    ("recruitment", "destination"),
    ("exploitation", "destination"),
    ("recruitment", "exploitation", "destination"),
]


@pytest.mark.parametrize("stages", STAGE_SETS, ids=lambda v: "+".join(v) or "none")
@pytest.mark.parametrize("weak", [False, True], ids=["", "weak-too"])
def test_a_child_needs_exploitation_alone(stages: tuple[str, ...], weak: bool) -> None:
    ticked = positive_in(*stages) | ({"conditions-weak"} if weak else set())
    result = assess(staged("child"), ticked)
    assert result.ticked == len(ticked)
    assert [d.positive for d in result.dimensions] == [s in stages for s in STAGE_OF]
    if "exploitation" in stages:
        assert result.outcome is Outcome.LIKELY
        assert result.headline == "Likely a victim of trafficking"
        assert result.summary == CHILD_LIKELY
    elif ticked:
        assert result.outcome is Outcome.SOME
        assert result.headline == "Signs in a child: call child protection"
        assert result.summary == CHILD_SOME
    else:
        assert result.outcome is Outcome.NONE
    assert result.disclaimer == DISCLAIMER


@pytest.mark.parametrize("audience", ["adult", "child"])
def test_nothing_ticked_says_so_and_nothing_is_positive(audience: str) -> None:
    result = assess(staged(audience), set())
    assert result.outcome is Outcome.NONE
    assert result.headline == "Nothing ticked yet"
    assert result.summary == "Nothing ticked yet."
    assert result.ticked == 0
    assert result.disclaimer == DISCLAIMER
    assert [(d.positive, d.ticked, d.reason) for d in result.dimensions] == [
        (False, 0, "nothing ticked")
    ] * 3
    assert [d.title for d in result.dimensions] == [f"Title of {d}" for d in STAGE_OF.values()]


def test_ticks_of_another_list_are_not_counted() -> None:
    result = assess(staged("adult"), {"speaks-for", "afraid"})
    assert result.outcome is Outcome.NONE
    assert result.ticked == 0


def test_a_list_without_stages_never_says_likely() -> None:
    model = staged("adult")
    bare = Checklist(model.rule, model.audience, model.dimensions)
    result = assess(bare, positive_in(*STAGE_OF))
    assert result.outcome is Outcome.SOME
    assert result.summary == still_needed("recruitment, exploitation, destination")
    assert all(d.positive for d in result.dimensions)


# The `any` rule: no scoring, each tick counts; nothing ticked, nothing positive.
def any_list() -> Checklist:
    dims = tuple(
        Dimension(name, name.title(), tuple(Indicator(f"{name}-{n}", "x", W) for n in (1, 2, 3)))
        for name in ("control", "fear")
    )
    return Checklist("any", "adult", dims)


@pytest.mark.parametrize(
    ("ticked", "outcome", "headline", "summary", "flags"),
    [
        (
            set(),
            Outcome.NONE,
            "Nothing ticked yet",
            "Nothing ticked yet.",
            [(False, 0, "nothing ticked"), (False, 0, "nothing ticked")],
        ),
        (
            {"fear-2"},
            Outcome.SOME,
            "One indicator: consider referral",
            "1 indicator ticked: one indicator may be enough to point to possible "
            "trafficking. Consider referral.",
            [(False, 0, "nothing ticked"), (True, 1, "1 ticked")],
        ),
        (
            {"control-1", "control-3"},
            Outcome.LIKELY,
            "Several indicators: consider referral",
            "2 indicators ticked: several indicators point to possible trafficking. "
            "Consider referral.",
            [(True, 2, "2 ticked"), (False, 0, "nothing ticked")],
        ),
        (
            {"control-1", "control-2", "control-3", "fear-1"},
            Outcome.LIKELY,
            "Several indicators: consider referral",
            "4 indicators ticked: several indicators point to possible trafficking. "
            "Consider referral.",
            [(True, 3, "3 ticked"), (True, 1, "1 ticked")],
        ),
    ],
)
def test_the_any_rule(
    ticked: set[str],
    outcome: Outcome,
    headline: str,
    summary: str,
    flags: list[tuple[bool, int, str]],
) -> None:
    result = assess(any_list(), ticked)
    assert result.outcome is outcome
    assert result.headline == headline
    assert result.summary == summary
    assert result.ticked == len(ticked)
    assert result.disclaimer == DISCLAIMER
    assert [(d.positive, d.ticked, d.reason) for d in result.dimensions] == flags
    assert [(d.anchor, d.title) for d in result.dimensions] == [
        ("control", "Control"),
        ("fear", "Fear"),
    ]
