"""Country contacts as cards."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def finland(window: MainWindow) -> MainWindow:
    window.country.today = lambda: dt.date(2026, 11, 28)
    window.navigator.open("finland")
    return window


def test_every_contact_is_a_card_with_its_source_and_date(finland: MainWindow) -> None:
    names = [c.contact.name for c in finland.country.cards]
    assert names == ["National Assistance System", "Old Police Line", "Unsure Helpdesk"]
    texts = [label.text() for label in finland.country.cards[0].findChildren(type(finland.problem))]
    assert "Source: migri.fi · verified 2026-10-01" in texts


def test_copy_puts_the_number_on_the_clipboard(finland: MainWindow, qtbot: QtBot) -> None:
    card = finland.country.cards[0]
    assert card.copy is not None
    qtbot.mouseClick(card.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+358 2954 63177"
    assert card.copy.text() == "Copied ✓"


def test_old_and_uncertain_contacts_are_marked(finland: MainWindow) -> None:
    fresh, old, unsure = finland.country.cards
    assert fresh.warnings == []
    assert old.warnings == [
        "Last verified 2024-01-15, over a year ago. Verify before relying on this."
    ]
    assert unsure.warnings[0].startswith("Verify before relying on this")
    assert old.property("warn") is True


def test_web_link_in_a_card_asks_before_leaving(finland: MainWindow, dialogs: object) -> None:
    from helpers.gui_kit import Dialogs

    assert isinstance(dialogs, Dialogs)
    details = next(
        w
        for w in finland.country.cards[0].findChildren(type(finland.problem))
        if "ihmiskauppa" in w.text()
    )
    details.linkActivated.emit("https://www.ihmiskauppa.fi")
    assert "network" in dialogs.questions[-1]
    assert dialogs.opened == ["https://www.ihmiskauppa.fi"]


def test_a_contact_with_no_check_date_says_so_plainly(qtbot: QtBot) -> None:
    from handbook_app.content.model import Contact
    from handbook_app.gui.country import Card

    contact = Contact("line", "Helpline", "Advice", "bsr-trm.com", "unknown", source_date="2023")
    card = Card(contact, dt.date(2026, 11, 28), lambda doc, anchor: None)
    qtbot.addWidget(card)
    assert card.warnings == ["Date not verified; source from 2023. Verify before relying on this."]
    texts = [w.text() for w in card.findChildren(QLabel)]
    assert "Source: bsr-trm.com · date not verified; source from 2023" in texts


def test_copied_goes_back_to_copy_number(
    finland: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handbook_app.gui import country

    monkeypatch.setattr(country, "COPIED_MS", 50)
    card = finland.country.cards[0]
    assert card.copy is not None
    card.copy.click()
    assert card.copy.text() == "Copied ✓"
    qtbot.waitUntil(lambda: card.copy is not None and card.copy.text() == "Copy number")


def test_stale_dates_are_said_once_and_quietly_below_the_number(finland: MainWindow) -> None:
    body = finland.country.area.widget()
    assert body is not None
    loud = [w.text() for w in body.findChildren(QLabel, "warnMark")]
    assert loud == [
        "⚠ Verify before relying on this: 2 of 3 contacts are not recently verified (see ⚠)."
    ]
    old = finland.country.cards[1]
    quiet = old.findChildren(QLabel, "quietWarn")
    assert [w.text().startswith("⚠ Last verified 2024-01-15") for w in quiet] == [True]
