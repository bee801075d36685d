"""Read a phrase aloud with the system's own voices (Qt's text to speech), when it has one.

QtTextToSpeech ships in PySide6-Addons, an optional extra
(``pip install 'consular-handbook[voice]'``); it is imported only when the
Talk panel first asks whether a language can be read aloud. The engines Qt
uses (speech-dispatcher, SAPI, macOS speech) work on this computer, with no
network. Without the module or a voice for a language, :meth:`Voice.status`
says why, and the button says so.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

NO_MODULE = QT_TRANSLATE_NOOP("Talk", "Read aloud: not available")
NO_ENGINE = QT_TRANSLATE_NOOP("Talk", "Read aloud: no speech engine")
NO_VOICE = QT_TRANSLATE_NOOP("Talk", "Read aloud: no voice for this language")
WHY = {
    NO_MODULE: QT_TRANSLATE_NOOP(
        "Talk",
        "Reading aloud needs Qt's text to speech: the optional PySide6-Addons package, "
        "with the system's sound library (libpulse on Linux). It is not installed or cannot load.",
    ),
    NO_ENGINE: QT_TRANSLATE_NOOP(
        "Talk", "This computer has no speech engine Qt can use (such as speech-dispatcher)."
    ),
    NO_VOICE: QT_TRANSLATE_NOOP(
        "Talk", "This computer has no voice for this language. Install one to read it aloud."
    ),
}
"""What each short button text means, for its tooltip."""


def present(button: QPushButton, problem: str) -> None:
    """A read-aloud button: enabled, or disabled and saying why (``problem`` from ``status``)."""
    button.setEnabled(not problem)
    button.setText(translate("Talk", problem) if problem else translate("Talk", "Read aloud"))
    why = WHY.get(problem)
    button.setToolTip(
        translate("Talk", why)
        if why
        else translate("Talk", "Read the phrase aloud with this computer's voice")
    )


def locale_of(code: str) -> QLocale:
    """The Qt locale of a phrasebook language code such as ``uk``, ``zh-Hans`` or ``tl``."""
    return QLocale("fil" if code == "tl" else code.replace("-", "_"))


class Voice:
    """The speech engine, made the first time it is asked for; None when there is none."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._tried = False
        self.problem = ""

    def engine(self) -> Any:
        if not self._tried:
            self._tried = True
            try:
                module = importlib.import_module("PySide6.QtTextToSpeech")
            except ImportError:
                self.problem = NO_MODULE
                return None
            speech = module.QTextToSpeech
            if not speech.availableEngines():
                self.problem = NO_ENGINE
                return None
            self._engine = speech()
            if self._engine.state() == speech.State.Error:
                self.problem = NO_ENGINE
                self._engine = None
        return self._engine

    def status(self, code: str) -> str:
        """ "" when language ``code`` can be read aloud; otherwise what the button should say."""
        engine = self.engine()
        if engine is None:
            return self.problem
        wanted = locale_of(code).language()
        if not any(loc.language() == wanted for loc in engine.availableLocales()):
            return NO_VOICE
        return ""

    def say(self, text: str, code: str) -> bool:
        """Read ``text`` aloud in language ``code``; False when that cannot be done."""
        if self.status(code):
            return False
        engine = self.engine()
        wanted = locale_of(code).language()
        chosen = next(loc for loc in engine.availableLocales() if loc.language() == wanted)
        engine.setLocale(chosen)
        engine.say(text)
        return True

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()
