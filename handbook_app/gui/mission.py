"""The mission profile dialog: which country the mission represents, and where it is.

Asked at first start and from Settings → Mission…; kept in the settings under
``mission/home`` and ``mission/host`` (country page ids, "" = not set; the host may be
``other``). The logic that follows from it is in :mod:`handbook_app.core.mission`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from handbook_app.core.mission import HOME_KEY, HOST_KEY, OTHER, Mission

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from handbook_app.bundle.reader import CatalogEntry

NOT_SET = QT_TRANSLATE_NOOP("MissionDialog", "Not set")


def read(settings: QSettings, countries: list[str]) -> Mission:
    """The profile kept in ``settings``; anything unknown reads as "not set"."""
    return Mission.of(settings.value(HOME_KEY, ""), settings.value(HOST_KEY, ""), countries)


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
