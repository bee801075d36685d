"""The mission profile: which country the mission represents, and where it is.

Asked at first start and from Settings → Mission… (:class:`MissionDialog`); kept in the
settings under ``mission/home`` and ``mission/host`` (country page ids, "" = not set; the
host may be ``other``). :class:`Profile` holds it for the window; the logic that follows
from it is in :mod:`handbook_app.core.mission`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from handbook_app.content.model import Kind
from handbook_app.core import slip
from handbook_app.core.mission import (
    HOME_KEY,
    HOST_KEY,
    OTHER,
    Mission,
    contact_countries,
    says_point_of_contact,
)
from handbook_app.gui import firstpaint, fit
from handbook_app.gui import settings as stored
from handbook_app.gui.language import QT_TRANSLATE_NOOP
from handbook_app.gui.say import say

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from handbook_app.bundle.reader import Bundle, CatalogEntry
    from handbook_app.content.model import Document, Step
    from handbook_app.gui.library import Library
    from handbook_app.gui.navigator import Navigator

NOT_SET = QT_TRANSLATE_NOOP("MissionDialog", "Not set")


def read(settings: QSettings, countries: list[str]) -> Mission:
    """The profile kept in ``settings``; anything unknown reads as "not set"."""
    home, host = stored.mission(settings, "home"), stored.mission(settings, "host")
    return Mission.of(home, host, countries)


def asked(settings: QSettings) -> bool:
    """Whether the profile was asked for already (it may have been left unset)."""
    return bool(settings.contains(HOME_KEY) and settings.contains(HOST_KEY))


def write(settings: QSettings, mission: Mission) -> None:
    settings.setValue(HOME_KEY, mission.home)
    settings.setValue(HOST_KEY, mission.host)
    settings.sync()


class MissionDialog(QDialog):
    """Emits ``chosen(Mission)`` when the officer saves (Cancel at first start: not set)."""

    chosen = Signal(object)

    def __init__(
        self, countries: list[CatalogEntry], mission: Mission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mission"))
        self.home = QComboBox()
        self.host = QComboBox()
        for box in (self.home, self.host):
            box.addItem(self.tr(NOT_SET), "")
            for entry in countries:
                box.addItem(entry.title, entry.id)
        self.host.addItem(self.tr("Another country (not in the handbook)"), OTHER)
        names = [self.host.itemText(0), self.host.itemText(self.host.count() - 1)]
        for box in (self.home, self.host):
            fit.widest(box, [*names, *(e.title for e in countries)])
        self.home.setAccessibleName(self.tr("Country the mission represents"))
        self.host.setAccessibleName(self.tr("Country the mission is in"))
        self.home.setCurrentIndex(max(self.home.findData(mission.home), 0))
        self.host.setCurrentIndex(max(self.host.findData(mission.host), 0))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The handbook lists the contacts of the country you are in first, and those of "
                "the country you represent where a person may return. You can change this at "
                "any time under Settings → Mission."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Which country does this mission represent?"), self.home)
        form.addRow(self.tr("In which country is it?"), self.host)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def mission(self) -> Mission:
        return Mission(str(self.home.currentData() or ""), str(self.host.currentData() or ""))

    def accept(self) -> None:
        self.chosen.emit(self.mission())
        super().accept()


class Profile(QObject):
    """The mission profile of the window, kept in ``settings``; dialogs open over ``owner``.

    Signals: ``changed(Mission)`` when the officer saved a profile (the directory and
    contacts follow it); ``message(text, milliseconds)`` for the status bar.
    """

    changed = Signal(object)
    message = Signal(str, int)

    def __init__(
        self, settings: QSettings, library: Library, navigator: Navigator, owner: QWidget
    ) -> None:
        super().__init__(owner)
        self.settings, self.library, self.navigator, self.owner = (
            settings,
            library,
            navigator,
            owner,
        )
        self.mission = Mission()
        self.asking = False
        """The first start's question waits for the window's first paint."""

    def use(self, bundle: Bundle) -> Mission:
        """Read the profile kept for ``bundle``'s countries."""
        countries = [e.id for e in bundle.of_kind(Kind.COUNTRY)]
        self.mission = read(self.settings, countries)
        return self.mission

    def first_start(self) -> None:
        """Ask for the profile if it never was asked (the first start), over the window
        once it has painted (with a thousand countries the dialog takes a while)."""
        if not asked(self.settings) and not self.asking:
            self.asking = True
            firstpaint.after_paint(self.owner, self._ask_first, self.owner.isVisible())

    def _ask_first(self) -> None:
        self.asking = False
        if not asked(self.settings):
            self.ask_mission()

    def ask_mission(self) -> MissionDialog | None:
        """The mission dialog (not blocking); ``None`` when no bundle is open."""
        bundle = self.library.bundle
        if bundle is None:
            return None
        countries = sorted(bundle.of_kind(Kind.COUNTRY), key=lambda e: e.title)
        dialog = MissionDialog(list(countries), self.mission, self.owner)
        dialog.chosen.connect(self.set_mission)
        if not asked(self.settings):
            dialog.rejected.connect(lambda: self.set_mission(self.mission))  # asked once
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_mission(self, chosen: Mission) -> None:
        """Keep the profile and order the directory and contacts by it."""
        write(self.settings, chosen)
        self.mission = chosen
        self.changed.emit(chosen)

    def go_host(self) -> None:
        """The host country's page (one keystroke); asks for the mission when not set."""
        host = self.mission.host
        if host and host != OTHER and self.navigator.open(host):
            return
        self.message.emit(self.tr("No host country page: choose the mission's countries."), 6000)
        self.ask_mission()

    def point_of_contact(self, doc: Document, step: Step) -> str:
        """The host's bodies (and home's for a return) where a step says to call them."""
        bundle = self.library.bundle
        if bundle is None or not says_point_of_contact(step.html):
            return ""
        listings = contact_countries(doc, self.mission, bundle.document)
        today = dt.datetime.now().astimezone().date()
        note = (
            ""
            if self.mission.host
            else "<p><i>"
            + self.tr(
                "Set the mission's host country (Settings → Mission…) to see its bodies here."
            )
            + "</i></p>"
        )
        contacts = self.tr("Contacts in this country")
        heading = f"<p><b>{contacts}</b></p>"
        if not listings:
            return f"{heading}{note}" if note else ""
        return f"{heading}{note}{slip.contacts_html(listings, today, say)}"
