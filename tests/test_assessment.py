"""The ILO/EC combination rule and the `any` rule, as an officer ticks indicators."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from handbook_app.content.model import Checklist, Document, Strength
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
    assert one.summary.startswith("1 indicator(s) ticked: one indicator may be enough")
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
