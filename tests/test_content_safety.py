"""The real handbook's guides and child checklist, built: the safety-first order holds.

An officer who opens a guide must meet the danger question first, and in first contact
the age question straight after it, before any adult consent step. A child held in
exploitation is referred now, whatever the recruitment facts.
"""

from __future__ import annotations

import json
from collections import deque
from typing import TYPE_CHECKING

import pytest

from handbook_app.content.model import Document, Guide, Step
from handbook_app.core.assessment import Outcome, assess

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def bundle(handbook_bundle: Path) -> Path:
    """The real handbook, built once per session (``conftest.handbook_bundle``)."""
    return handbook_bundle


def document(bundle: Path, doc_id: str) -> Document:
    return Document.from_dict(json.loads((bundle / "docs" / "en" / f"{doc_id}.json").read_text()))


def guide(bundle: Path, doc_id: str) -> Guide:
    model = document(bundle, doc_id).guide
    assert model is not None
    return model


def targets(step: Step) -> list[str]:
    return [step.next] if step.next else [a.target for a in step.answers]


def reachable_without(model: Guide, avoid: str) -> set[str]:
    """Step ids reachable from the start when the step ``avoid`` is taken out."""
    seen, todo = {model.start}, deque([model.start])
    while todo:
        for target in targets(model.step(todo.popleft())):
            if target != avoid and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def asks_about_danger(step: Step) -> bool:
    return "danger" in step.question.lower()


def test_first_contact_asks_about_danger_then_age_before_anything_else(bundle: Path) -> None:
    model = guide(bundle, "guide-first-contact")
    start = model.step(model.start)
    assert asks_about_danger(start)
    after_safety = {t for t in targets(start) if "emergency" not in t}
    assert len(after_safety) == 1
    age = model.step(after_safety.pop())
    assert "under 18" in age.question
    # Every route to the adult consent step, the private room or the quick screen
    # passes the age question first, also the one through the emergency step.
    early = reachable_without(model, age.id)
    for later in ("consent", "private-room", "quick-screen", "language"):
        assert later not in early, f"{later} can be reached without the age question"


def test_child_referral_asks_about_danger_first(bundle: Path) -> None:
    model = guide(bundle, "guide-refer-child")
    assert asks_about_danger(model.step(model.start))


def test_adult_referral_opened_directly_checks_danger_and_tonight(bundle: Path) -> None:
    model = guide(bundle, "guide-refer-adult")
    start = model.step(model.start)
    assert asks_about_danger(start)
    early = reachable_without(model, "tonight")
    assert "consent" not in early, "consent can be reached without the safe-tonight check"
    assert "tonight" in model.step("tonight").question


def test_adult_referral_ends_without_referral_in_a_safety_plan(bundle: Path) -> None:
    model = guide(bundle, "guide-refer-adult")
    end = model.step("no-referral")
    assert end.is_end
    assert "safety plan" in end.html


def test_a_child_in_sexual_exploitation_with_no_recruitment_facts_is_referred_now(
    bundle: Path,
) -> None:
    checklist = document(bundle, "children").checklist
    assert checklist is not None
    exploitation = next(d for d in checklist.dimensions if d.anchor == "exploitative-conditions")
    sex_trade = next(i.id for i in exploitation.indicators if "sex trade" in i.text)
    moved = next(i.id for i in exploitation.indicators if "moved between places" in i.text)
    result = assess(checklist, {sex_trade, moved})
    assert result.outcome is Outcome.LIKELY
    assert result.summary.startswith("Refer now")
    assert "not enough" not in (result.headline + result.summary).lower()
