"""The interface language: Qt's translators, the locale for dates and numbers, the choice kept.

Every visible string of the interface goes through :func:`translate` (or ``self.tr``);
``tools/translations.py`` reads them into ``resources/translations/handbook_<lang>.ts``
and compiles those into the ``.qm`` files loaded here. At first start the
language follows the system's; View → Language switches at once: the translator is
replaced, Qt sends every widget a LanguageChange (see :class:`Retranslates`), and
``changed`` tells the window to draw its pages again in that language. The choice is
kept in the settings (``view/language``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from handbook_app.content.languages import KNOWN

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from PySide6.QtCore import QSettings

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for lupdate and returns it (PySide6 types it as ``object``)."""
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "Languages", "Retranslates", "date", "number", "translate"]

KEY = "view/language"
SOURCE = "en"
INTERFACE = ("en", "da", "de", "et", "fi", "is", "lv", "lt", "nb", "pl", "sv", "uk")
"""The interface languages, English (the language of the code) first."""
ALIASES = {"no": "nb", "nn": "nb"}
"""System languages shown in one of ours: Norwegian in Bokmål."""
METADATA = "languages.json"
"""Beside the ``.ts`` files: for each language whether a native speaker reviewed it."""

# The texts of Qt's standard buttons (QMessageBox, QDialogButtonBox), translated in our
# own files: Qt ships no translation of its own for Estonian, Icelandic, Lithuanian and
# Norwegian Bokmål.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``n``: the count of a "%n" plural), as
    ``QCoreApplication.translate``, whose arguments lupdate reads."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def name(code: str) -> str:
    """The language's name written in itself ("Polski")."""
    known = KNOWN.get(code)
    return known.name if known else code


def from_system(ui_languages: Sequence[str]) -> str:
    """The first of the system's languages (``QLocale.uiLanguages``) the interface has."""
    for tag in ui_languages:
        base = tag.replace("_", "-").split("-")[0].lower()
        base = ALIASES.get(base, base)
        if base in INTERFACE:
            return base
    return SOURCE


def reviewed(folder: Path) -> dict[str, bool]:
    """For each interface language, whether a native speaker reviewed its translation."""
    try:
        data = json.loads((folder / METADATA).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    return {
        code: bool(isinstance(entry := data.get(code), dict) and entry.get("reviewed") is True)
        for code in INTERFACE
        if code != SOURCE
    }


class Languages(QObject):
    """The interface language of the app. ``changed(code)`` after each switch.

    ``folder`` holds the compiled ``handbook_<code>.qm``; Qt's own translations (of its
    file dialogs and context menus) are loaded too where Qt has one.
    """

    changed = Signal(str)

    def __init__(
        self,
        folder: Path,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        system: Callable[[], Sequence[str]] = lambda: QLocale.system().uiLanguages(),
    ) -> None:
        super().__init__(parent)
        self.folder, self.settings, self.system = folder, settings, system
        self.code = ""
        self.missing = False
        """The ``.qm`` of the language in use could not be loaded (English is shown)."""

    def saved(self) -> str:
        """The language chosen before, else the system's (at first start)."""
        value = self.settings.value(KEY, "")
        if isinstance(value, str) and value in INTERFACE:
            return value
        return from_system(self.system())

    def start(self) -> None:
        self.apply(self.saved())

    def choose(self, code: str) -> None:
        """View → Language: switch now and keep the choice."""
        self.settings.setValue(KEY, code)
        self.apply(code)

    def apply(self, code: str) -> None:
        """Use ``code`` for the interface, and its locale for dates and numbers."""
        if code not in INTERFACE:
            code = SOURCE
        self.missing = not install(code, self.folder)
        QLocale.setDefault(QLocale(code))
        changed = code != self.code
        self.code = code
        if changed:
            self.changed.emit(code)


_INSTALLED: dict[str, object] = {}
"""The translators installed in this process (Qt's are process-wide, so is this)."""


def install(code: str, folder: Path) -> bool:
    """Install the translators of ``code`` (Qt's own and ours from ``folder``) in place of
    those installed before; nothing happens (no LanguageChange) when they are in place.
    False when ``folder`` has no translation for ``code``."""
    app = QCoreApplication.instance()
    wanted = (app, code, str(folder))
    if _INSTALLED.get("key") == wanted:
        return bool(_INSTALLED["found"])
    for old in _INSTALLED.get("translators", ()):  # type: ignore[attr-defined]
        QCoreApplication.removeTranslator(old)
    translators = []
    qt = QTranslator(app)
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != SOURCE and qt.load(f"qtbase_{code}", where):
        translators.append(qt)
    own = QTranslator(app)
    found = own.load(f"handbook_{code}", str(folder))
    if found:
        translators.append(own)  # installed last: asked first
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _INSTALLED.update(key=wanted, translators=translators, found=found)
    return found


class Retranslates:
    """A widget that sets its texts in ``retranslate()``: at the start and again at each
    LanguageChange Qt sends when the translator changes. Put it before the Qt class."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def date(value: str) -> str:
    """An ISO date ("2026-11-28") as the interface language writes it, with the whole year
    ("28.11.2026"); in English it stays ISO, which no reader misreads. As given when it is
    not a date."""
    parsed = QDate.fromString(value[:10], "yyyy-MM-dd")
    locale = QLocale()
    if not parsed.isValid() or locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return value[:10] if parsed.isValid() else value
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    return locale.toString(parsed, form)


def number(value: int) -> str:
    """A count in the interface's digits and grouping."""
    return QLocale().toString(value)
