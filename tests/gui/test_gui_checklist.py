"""Ticking indicators and reading the assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from handbook_app.core.assessment import DISCLAIMER

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def tick(window: MainWindow, qtbot: QtBot, *ids: str) -> None:
    for indicator in ids:
        qtbot.mouseClick(window.checklist.boxes[indicator], Qt.MouseButton.LeftButton)


def test_adult_needs_recruitment_exploitation_and_destination(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigator.open("adult-labour")
    result = window.checklist.assessor
    tick(window, qtbot, "job", "employer", "hours", "pay")
    assert result.headline.text() == "Not enough for the rule yet"
    assert "destination" in result.summary.text()
    assert "✔ positive</span> <b>Deceptive recruitment" in result.reasons.text()
    tick(window, qtbot, "documents", "reported")
    assert result.headline.text() == "Likely a victim of trafficking"
    assert "1 strong indicator with a medium or weak one" in result.reasons.text()


def test_one_strong_indicator_is_not_a_positive_dimension(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job", "hours", "documents")
    assert window.checklist.assessor.headline.text() == "Not enough for the rule yet"
    assert window.checklist.assessor.reasons.text().count("✔") == 0


def test_child_needs_recruitment_and_exploitation_only(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("children")
    tick(window, qtbot, "stranger", "alone", "long-hours", "no-school")
    assert window.checklist.assessor.headline.text() == "Likely a victim of trafficking"
    assert "means are not needed" in window.checklist.assessor.summary.text()


def test_child_with_exploitation_only_is_referred_now(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("children")
    result = window.checklist.assessor
    tick(window, qtbot, "alone")
    assert result.headline.text() == "Signs in a child: call child protection"
    tick(window, qtbot, "long-hours", "no-school")
    assert result.headline.text() == "Likely a victim of trafficking"
    assert result.summary.text().startswith("Refer now")
    assert "not enough" not in result.summary.text().lower()


def test_any_rule_one_tick_is_enough_to_consider(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("quick-screen")
    tick(window, qtbot, "afraid")
    assert window.checklist.assessor.headline.text() == "One indicator: consider referral"


def test_disclaimer_is_always_visible(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("adult-labour")
    disclaimer = window.checklist.assessor.disclaimer
    assert disclaimer.isVisible()
    assert disclaimer.text() == DISCLAIMER
    tick(window, qtbot, "job", "employer")
    assert disclaimer.isVisible()
    assert disclaimer.text() == DISCLAIMER


def test_strength_and_uncertain_weight_are_shown(window: MainWindow) -> None:
    window.navigator.open("adult-labour")
    assert window.checklist.boxes["job"].accessibleName().endswith("(strong)")
    assert window.checklist.boxes["education"].accessibleName().endswith("(weak, uncertain weight)")
    # Said once for the checklist; each uncertain indicator carries only a quiet "?".
    assert window.checklist.uncertain.text().startswith("⚠ For 1 of 9 signs")
    quiet = [w for w in window.checklist.rows["education"].findChildren(QLabel) if w.text() == "?"]
    assert [w.toolTip().startswith("Uncertain weight") for w in quiet] == [True]
    assert not window.checklist.rows["job"].findChildren(QLabel, "unsure")


def test_clicking_the_indicator_text_ticks_it(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("quick-screen")
    body = window.checklist.area.widget()
    assert body is not None
    labels = body.findChildren(type(window.checklist.assessor.headline))
    text = next(w for w in labels if w.text() == "The person seems afraid")
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert window.checklist.boxes["afraid"].isChecked()


def test_reset_clears_ticks_and_result(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job", "employer")
    qtbot.mouseClick(window.checklist.assessor.reset, Qt.MouseButton.LeftButton)
    assert window.checklist.ticked_ids() == set()
    assert window.checklist.assessor.headline.text() == "Nothing ticked yet"


def test_the_suggested_guide_opens(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("adult-labour")
    button = window.checklist.assessor.guide
    assert button.text() == "Next: Referral of an adult"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.guide
    assert window.guide.heading.text() == "Is anyone in danger now?"


def test_search_hit_opens_the_checklist_at_its_dimension(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("adult-labour", "coercion-at-destination")
    group = window.checklist.groups["coercion-at-destination"]
    qtbot.waitUntil(
        lambda: (
            window.checklist.area.verticalScrollBar().value() > 0
            or group.visibleRegion().isEmpty() is False
        )
    )
    assert not group.visibleRegion().isEmpty()
