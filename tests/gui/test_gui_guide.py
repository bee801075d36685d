"""Walking a guide step by step."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def press(window: MainWindow, qtbot: QtBot, label: str) -> None:
    buttons = window.guide.findChildren(QPushButton)
    button = next(b for b in buttons if b.text() == label and b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_decision_shows_the_answers_words(window: MainWindow) -> None:
    window.navigator.open("refer-adult")
    assert window.guide.question.text() == "Is there immediate danger?"
    assert window.guide.answer_labels() == ["Yes, danger now", "No danger"]
    assert not window.guide.next.isVisible()


def test_yes_branch_ends_at_emergency_and_back_returns(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("refer-adult")
    press(window, qtbot, "Yes, danger now")
    assert window.guide.heading.text() == "Call for help"
    assert "End of this guide" in window.guide.body.toPlainText()
    assert "Is anyone in danger now?" in window.guide.trail.text()
    press(window, qtbot, "← Back")
    assert window.guide.heading.text() == "Is anyone in danger now?"


def test_no_branch_then_next_reaches_the_referral(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("refer-adult")
    press(window, qtbot, "No danger")
    assert window.guide.heading.text() == "Ask for consent"
    assert window.guide.next.isVisible()
    press(window, qtbot, "Next →")
    assert window.guide.heading.text() == "Refer the person"
    assert (
        window.guide.trail.text()
        == "Is anyone in danger now? › Ask for consent › <b>Refer the person</b>"
    )


def test_restart_goes_back_to_the_start(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("refer-adult")
    press(window, qtbot, "No danger")
    press(window, qtbot, "Restart")
    assert window.guide.heading.text() == "Is anyone in danger now?"
    assert not window.guide.restart.isEnabled()


def test_link_in_a_step_opens_beside_without_losing_the_place(window: MainWindow) -> None:
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    window.guide.body.follow(QUrl("doc:finland"))
    assert window.guide.beside.isVisible()
    assert "Finland" in window.guide.beside.title.text()
    assert window.stack.currentWidget() is window.guide
    assert window.guide.heading.text() == "Ask for consent"
    window.guide.beside.full.click()
    assert window.stack.currentWidget() is window.country
