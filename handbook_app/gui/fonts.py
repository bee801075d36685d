"""The fonts that draw the phrasebook's scripts, shipped in ``resources/fonts/`` (Noto, OFL).

Call :func:`register` once, after the QApplication exists and before the first
phrase is shown; it adds the shipped fonts to Qt's font database. Each language
then gets a family list (its script's font first, Noto Sans for digits and Latin)
through :meth:`Fonts.font`, and :meth:`Fonts.missing` names any character no
font of that list can draw, so the app can say which font package to install.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from handbook_app.gui.language import translate
from handbook_app.paths import resources

if TYPE_CHECKING:
    from pathlib import Path

BASE = "Noto Sans"
"""Latin (with Vietnamese), Cyrillic, digits and punctuation."""
SCRIPT = {
    "ar": "Noto Naskh Arabic",
    "fa": "Noto Naskh Arabic",
    "th": "Noto Sans Thai",
    "zh-Hans": "Noto Sans CJK SC",
}
"""Languages whose script Noto Sans lacks, and the family that has it."""
PACKAGES = {
    BASE: "fonts-noto-core",
    "Noto Naskh Arabic": "fonts-noto-core",
    "Noto Sans Thai": "fonts-noto-core",
    "Noto Sans CJK SC": "fonts-noto-cjk",
}
"""The Debian/Ubuntu package that installs each family system-wide."""
SKIPPED = {"Cc", "Cf", "Zl", "Zp"}
"""Control and format characters (such as the zero-width non-joiner of Persian) draw nothing."""


@dataclass
class Fonts:
    """The shipped fonts, by family, as Qt loaded them."""

    files: dict[str, Path] = field(default_factory=dict)
    raw: dict[str, QRawFont] = field(default_factory=dict)

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(self.files)

    def family_list(self, code: str) -> list[str]:
        """The families for text in language ``code``, best first."""
        script = SCRIPT.get(code)
        return [script, BASE] if script else [BASE]

    def font(self, code: str, point_size: float = 0.0) -> QFont:
        """A font for text in language ``code`` (``point_size`` 0 keeps the default size)."""
        font = QFont()
        font.setFamilies(self.family_list(code))
        if point_size > 0:
            font.setPointSizeF(point_size)
        return font

    def missing(self, text: str, code: str) -> str:
        """The characters of ``text`` that no font for ``code`` can draw ("" when none)."""
        fonts = [self._raw(family) for family in self.family_list(code)]
        gaps: list[str] = []
        for char in dict.fromkeys(text):
            if char == " " or unicodedata.category(char) in SKIPPED:
                continue
            if not any(f.isValid() and f.supportsCharacter(ord(char)) for f in fonts):
                gaps.append(char)
        return "".join(gaps)

    def advice(self, code: str) -> str:
        """What to install when ``code``'s script font is neither shipped nor on the system."""
        family = self.family_list(code)[0]
        if family in self.files or family in QFontDatabase.families():
            return ""
        text = translate("Talk", "Install the font package {package} to show this language.")
        return text.format(package=PACKAGES[family])

    def _raw(self, family: str) -> QRawFont:
        if family not in self.raw:
            shipped = self.files.get(family)
            self.raw[family] = (
                QRawFont(str(shipped), 32.0)
                if shipped is not None
                else QRawFont.fromFont(QFont(family))
                if family in QFontDatabase.families()
                else QRawFont()
            )
        return self.raw[family]


def register(folder: Path) -> Fonts:
    """Add every ``.ttf`` and ``.otf`` in ``folder`` to Qt's font database.

    A file Qt cannot load is left out (the system's fonts then stand in);
    a missing folder registers nothing.
    """
    fonts = Fonts()
    if not folder.is_dir():
        return fonts
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".ttf", ".otf"):
            continue
        ident = QFontDatabase.addApplicationFont(str(path))
        if ident < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(ident):
            fonts.files.setdefault(family, path)
    return fonts


@cache
def shipped() -> Fonts:
    """The fonts in the app's ``resources/fonts``, registered once per process (needs a
    QApplication)."""
    return register(resources() / "fonts")
