"""Walking a guide step by step, as an officer does at the counter."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from handbook_app.content.model import Document, Guide
from handbook_app.core.route import Route

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def guide(sample_bundle: Path) -> Guide:
    data = json.loads((sample_bundle / "docs/en/first-steps.json").read_text("utf-8"))
    model = Document.from_dict(data).guide
    assert model is not None
    return model


def test_both_branches_of_a_decision(guide: Guide) -> None:
    route = Route(guide)
    assert route.current.id == "safety"
    assert [a.label for a in route.current.answers] == ["Yes", "No"]
    assert route.advance("Yes").id == "emergency"
    assert route.current.is_end
    route.restart()
    assert route.advance("No").id == "private-room"
    assert route.advance().id == "consent"
    assert [s.id for s in route.steps()] == ["safety", "private-room", "consent"]
    assert route.decisions() == [("Is there immediate danger?", "No")]


def test_back_and_restart(guide: Guide) -> None:
    route = Route(guide)
    route.advance("No")
    route.advance()
    assert route.back().id == "private-room"
    assert route.back().id == "safety"
    assert route.back().id == "safety"
    route.advance("Yes")
    assert route.restart().id == "safety"


def test_an_answer_the_step_does_not_offer_is_refused(guide: Guide) -> None:
    route = Route(guide)
    with pytest.raises(KeyError):
        route.advance("Maybe")
    assert route.trail == []


def test_a_saved_route_is_replayed_until_the_guide_differs(guide: Guide) -> None:
    route = Route.restore(guide, [("safety", "No"), ("private-room", "")])
    assert route.current.id == "consent"
    changed = Route.restore(guide, [("safety", "Perhaps"), ("private-room", "")])
    assert changed.current.id == "safety"


def test_the_refused_answer_is_named_in_the_error(guide: Guide) -> None:
    with pytest.raises(KeyError) as refused:
        Route(guide).advance("Maybe")
    assert refused.value.args == ("Maybe",)


def test_an_answer_given_to_a_next_step_is_not_recorded_as_a_decision(guide: Guide) -> None:
    route = Route(guide)
    route.advance("No")
    assert route.advance("Stray").id == "consent"
    assert route.trail[-1].answer == ""
    assert route.decisions() == [("Is there immediate danger?", "No")]


def test_a_saved_route_from_another_guide_starts_again(guide: Guide) -> None:
    route = Route.restore(guide, [("elsewhere", "No"), ("private-room", "")])
    assert route.current.id == "safety"
    assert route.trail == []
