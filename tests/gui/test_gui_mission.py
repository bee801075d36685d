"""The mission profile in the window: asked at first start, kept in the settings under the
keys other parts read, the directory ordered by it, the host page one keystroke away, and
the host's bodies where a guide says to call the national point of contact."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from handbook_app.core.mission import HOME_KEY, HOST_KEY, OTHER, Mission
from handbook_app.gui.mission import MissionDialog

if TYPE_CHECKING:
    from helpers.gui_kit import Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def countries_listed(window: MainWindow) -> list[str]:
    tree = window.contents
    group = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Countries"  # type: ignore[union-attr]
    )
    assert group is not None
    return [group.child(i).text(0) for i in range(group.childCount())]  # type: ignore[union-attr]


def asked_at_start(window: MainWindow, qtbot: QtBot) -> MissionDialog | None:
    """The first start's mission dialog, which opens once the window has painted."""
    qtbot.waitUntil(lambda: not window.profile.asking)
    return window.findChild(MissionDialog)


def test_first_start_asks_and_keeps_the_answer_in_the_settings(
    make_window: Factory, qtbot: QtBot
) -> None:
    window = make_window(mission=None)
    dialog = asked_at_start(window, qtbot)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.home.setCurrentIndex(dialog.home.findData("sweden"))
    dialog.host.setCurrentIndex(dialog.host.findData("finland"))
    dialog.accept()
    settings = QSettings(str(window.paths.settings), QSettings.Format.IniFormat)
    assert settings.value(HOME_KEY) == "sweden"
    assert settings.value(HOST_KEY) == "finland"
    window.close()
    again = make_window(mission=None)  # the settings now have the keys: not asked again
    asked = asked_at_start(again, qtbot)
    assert asked is None or not asked.isVisible()
    assert again.profile.mission == Mission("sweden", "finland")


def test_cancel_at_first_start_is_not_asked_again_and_stays_unset(
    make_window: Factory, qtbot: QtBot
) -> None:
    window = make_window(mission=None)
    dialog = asked_at_start(window, qtbot)
    assert dialog is not None
    dialog.reject()
    assert window.settings.value(HOME_KEY) == ""
    assert window.settings.value(HOST_KEY) == ""


def test_the_host_may_be_another_country(make_window: Factory) -> None:
    window = make_window(mission=("sweden", OTHER))
    assert window.profile.mission == Mission("sweden", OTHER)
    assert countries_listed(window) == ["Sweden", "Finland"]


def test_the_directory_lists_host_then_home_then_the_rest(make_window: Factory) -> None:
    window = make_window()
    assert countries_listed(window) == ["Finland", "Sweden"]  # by order when not set
    window.profile.set_mission(Mission(home="finland", host="sweden"))
    assert countries_listed(window) == ["Sweden", "Finland"]


def test_the_settings_dialog_changes_the_profile_any_time(make_window: Factory) -> None:
    window = make_window(mission=("finland", "sweden"))
    dialog = window.profile.ask_mission()
    assert dialog is not None
    assert dialog.home.currentData() == "finland"
    dialog.host.setCurrentIndex(dialog.host.findData("finland"))
    dialog.home.setCurrentIndex(dialog.home.findData("sweden"))
    dialog.accept()
    assert window.settings.value(HOST_KEY) == "finland"
    assert window.profile.mission == Mission("sweden", "finland")
    assert countries_listed(window) == ["Finland", "Sweden"]


def test_the_host_country_page_is_one_keystroke_away(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    window.profile.set_mission(Mission("finland", "sweden"))
    window.navigator.open("adult-labour")
    action = next(a for a in window.menus["&Go"].actions() if a.text() == "Host country page")
    assert action.shortcut().toString() == "Ctrl+Shift+H"
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is window.country
    assert window.windowTitle().startswith("Sweden")


def test_no_host_set_the_keystroke_asks_for_the_mission(make_window: Factory) -> None:
    window = make_window()
    window.profile.go_host()
    dialog = window.findChild(MissionDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.done(QDialog.DialogCode.Rejected)


def test_a_guide_step_naming_the_referral_body_shows_the_host_bodies(
    make_window: Factory,
) -> None:
    window = make_window(mission=("finland", "sweden"))
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    window.guide.next.click()  # "Pass the case to the national referral body."
    text = window.guide.contacts.text()
    assert window.guide.contacts.isVisible()
    assert "Sweden: National Coordinator" in text
    assert "+46 10 000 00 00" in text
    assert "Finland" not in text  # home is not shown for a referral in the host country
    window.guide.back.click()
    assert not window.guide.contacts.isVisible()  # this step names no referral body


def test_a_return_guide_adds_the_home_countrys_referral_body(make_window: Factory) -> None:
    window = make_window(mission=("finland", "sweden"))
    window.navigator.open("going-home")
    window.guide.answer("Yes")
    text = window.guide.contacts.text()
    assert "Sweden: National Coordinator" in text
    assert "Finland: National Assistance System" in text
    assert "home country, for the return" in text
    assert "Old Police Line" not in text  # only the home country's referral body


def test_with_no_profile_a_step_says_where_to_set_it(make_window: Factory) -> None:
    window = make_window()
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    window.guide.next.click()
    assert "Settings → Mission" in window.guide.contacts.text()
