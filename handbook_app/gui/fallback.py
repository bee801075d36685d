"""The bar above a page that says in which language it is shown, when that is not the one
asked for: a document not yet translated opens in English, and says so calmly; a
translation no native speaker has checked says that too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from handbook_app.gui import language
from handbook_app.gui.language import Retranslates

if TYPE_CHECKING:
    from handbook_app.bundle.reader import Bundle, Localized


class LanguageBar(Retranslates, QLabel):
    """Hidden while the page is in the language asked for and checked by a native speaker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBar")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.shown: Localized | None = None
        self.original = "English"
        self.hide()
        self.retranslate()

    def show_for(self, shown: Localized | None, bundle: Bundle | None = None) -> None:
        """Say how ``shown`` (None: the start page) relates to the language asked for."""
        self.shown = shown
        if bundle is not None:
            self.original = bundle.language(bundle.base).name
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language of this page"))
        shown = self.shown
        if shown is None:
            text = ""
        elif shown.fallback:
            text = self.tr("Not yet translated into {language} — showing {original}.").format(
                language=language.name(shown.lang), original=self.original
            )
        elif shown.unreviewed:
            text = self.tr(
                "Translated into {language}; not yet checked by a native speaker."
            ).format(language=language.name(shown.lang))
            if shown.stale:
                text += " " + self.tr("The original has changed since it was translated.")
        else:
            text = ""
        self.setText(text)
        self.setVisible(bool(text))
