"""The ILO/EC combination rule and the `any` rule, as an officer ticks indicators."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from handbook_app.content.model import Checklist, Dimension, Document, Indicator, Strength
from handbook_app.core.assessment import DISCLAIMER, Outcome, assess, dimension_positive

if TYPE_CHECKING:
    from pathlib import Path

S, M, W = Strength.STRONG, Strength.MEDIUM, Strength.WEAK


def checklist(bundle: Path, doc_id: str) -> Checklist:
    data = json.loads((bundle / "docs" / "en" / f"{doc_id}.json").read_text("utf-8"))
    model = Document.from_dict(data).checklist
    assert model is not None
    return model


@pytest.mark.parametrize(
    ("ticked", "positive"),
    [
        ([S, S], True),
        ([S, M], True),
        ([S, W], True),
        ([M, M, M], True),
        ([M, M, W], True),
        ([S], False),
        ([M, M], False),
        ([M, W, W], False),
        ([W, W, W], False),
        ([], False),
    ],
)
def test_a_dimension_is_positive_only_by_the_ilo_combinations(
    ticked: list[Strength], positive: bool
) -> None:
    assert dimension_positive(ticked)[0] is positive


def test_an_adult_needs_recruitment_exploitation_and_destination(sample_bundle: Path) -> None:
    model = checklist(sample_bundle, "labour-list")
    two_stages = {"job", "wages", "hours", "salary"}
    result = assess(model, two_stages)
    assert result.outcome is Outcome.SOME
    assert "still needed destination" in result.summary
    assert [d.positive for d in result.dimensions] == [True, True, False]
    likely = assess(model, two_stages | {"documents", "debt"})
    assert likely.outcome is Outcome.LIKELY
    assert likely.summary.startswith("Likely a victim of trafficking")
    assert likely.dimensions[2].reason == "2 strong indicators"


def test_a_child_needs_no_means(sample_bundle: Path) -> None:
    model = checklist(sample_bundle, "child-list")
    result = assess(model, {"non-relatives", "school", "long-hours", "no-school"})
    assert result.outcome is Outcome.LIKELY
    assert "for a child the means are not needed" in result.summary
    assert assess(model, {"non-relatives", "school"}).outcome is Outcome.SOME


def test_the_any_rule_counts_each_tick(sample_bundle: Path) -> None:
    model = checklist(sample_bundle, "signs")
    assert assess(model, set()).outcome is Outcome.NONE
    one = assess(model, {"speaks-for"})
    assert one.outcome is Outcome.SOME
    assert one.summary.startswith("1 indicator ticked: one indicator may be enough")
    assert assess(model, {"speaks-for", "afraid"}).outcome is Outcome.LIKELY


def test_every_result_says_it_is_guidance_not_a_legal_decision(sample_bundle: Path) -> None:
    model = checklist(sample_bundle, "labour-list")
    assert assess(model, {"job"}).disclaimer == DISCLAIMER
    assert DISCLAIMER == "Guidance for referral, not a legal determination."


def test_uncertain_weights_are_kept_for_display(sample_bundle: Path) -> None:
    model = checklist(sample_bundle, "labour-list")
    flags = {i.id: i.uncertain for d in model.dimensions for i in d.indicators}
    assert flags["denounce"] is True
    assert flags["debt"] is False


# The Palermo Protocol, Art. 3: trafficking of an adult is an act (recruitment, transport,
# transfer, harbouring, receipt) by a means (force, threats, deception, abuse of a position
# of vulnerability...) for the purpose of exploitation. Art. 3(c): for a child the act and
# the purpose suffice, "even if this does not involve any of the means". In the ILO/EC
# dimensions the three recruitment dimensions and the two destination dimensions are made of
# means; exploitative conditions are the purpose, and whoever keeps a child in them is
# harbouring or receiving the child (the act).
MEANS_AT_RECRUITMENT = ("deceptive", "coercive", "vulnerable-recruitment")
MEANS_AT_DESTINATION = ("coercion", "vulnerable-destination")
EXPLOITATION = "conditions"
DIMENSIONS = (*MEANS_AT_RECRUITMENT, EXPLOITATION, *MEANS_AT_DESTINATION)
COMBINATIONS = [
    frozenset(d for bit, d in enumerate(DIMENSIONS) if mask >> bit & 1)
    for mask in range(2 ** len(DIMENSIONS))
]


def protocol_list(audience: str) -> Checklist:
    """Six dimensions of two strong indicators each, staged as the real checklists are."""
    dimensions = tuple(
        Dimension(name, name, tuple(Indicator(f"{name}-{n}", name, S) for n in (1, 2)))
        for name in DIMENSIONS
    )
    stages = {
        "recruitment": MEANS_AT_RECRUITMENT,
        "exploitation": (EXPLOITATION,),
        "destination": MEANS_AT_DESTINATION,
    }
    return Checklist("ilo-operational", audience, dimensions, stages)


def ticks(positive: frozenset[str]) -> set[str]:
    return {f"{name}-{n}" for name in positive for n in (1, 2)}


def label(positive: frozenset[str]) -> str:
    return "+".join(sorted(positive)) or "nothing"


@pytest.mark.parametrize("positive", COMBINATIONS, ids=label)
def test_for_a_child_exploitation_is_enough_and_means_never_count(
    positive: frozenset[str],
) -> None:
    result = assess(protocol_list("child"), ticks(positive))
    if EXPLOITATION in positive:
        assert result.outcome is Outcome.LIKELY
        assert result.summary.startswith("Refer now")
    elif positive:
        assert result.outcome is Outcome.SOME
        assert "call the child protection authority now" in result.summary
    else:
        assert result.outcome is Outcome.NONE
    for text in (result.headline, result.summary):
        assert "not enough" not in text.lower()
        assert "still needed" not in text.lower()


@pytest.mark.parametrize("positive", COMBINATIONS, ids=label)
def test_for_an_adult_act_means_and_purpose_are_all_needed(positive: frozenset[str]) -> None:
    result = assess(protocol_list("adult"), ticks(positive))
    likely = (
        bool(positive & set(MEANS_AT_RECRUITMENT))
        and EXPLOITATION in positive
        and bool(positive & set(MEANS_AT_DESTINATION))
    )
    assert (result.outcome is Outcome.LIKELY) is likely
    if positive and not likely:
        assert result.headline == "Not enough for the rule yet"


def test_a_child_in_sexual_exploitation_with_no_recruitment_facts_is_referred_now() -> None:
    model = protocol_list("child")
    result = assess(model, {f"{EXPLOITATION}-1", f"{EXPLOITATION}-2"})
    assert result.outcome is Outcome.LIKELY
    assert result.headline == "Likely a victim of trafficking"
    assert "for a child the means are not needed" in result.summary
    assert "recruitment" not in result.summary.replace("recruiting", "")


def test_one_sign_in_a_child_already_asks_for_child_protection() -> None:
    result = assess(protocol_list("child"), {f"{EXPLOITATION}-1"})
    assert result.outcome is Outcome.SOME
    assert result.headline == "Signs in a child: call child protection"
