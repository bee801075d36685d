"""Every character of every phrase has a glyph in the fonts the app ships.

The glyphs are looked up in the shipped files themselves (through Qt's font
database and QRawFont), so the test says what a fresh machine with no fonts of
its own would show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.reader import Bundle
from handbook_app.gui import fonts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from handbook_app.content.phrasebook import Phrasebook

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = ROOT / "resources" / "fonts"


@pytest.fixture(scope="module")
def book(handbook_bundle: Path) -> Phrasebook:
    found = Bundle(handbook_bundle).phrasebook()
    assert found is not None
    return found


@pytest.fixture(scope="module")
def shipped(qapp: QApplication) -> fonts.Fonts:
    return fonts.register(FOLDER)


def test_the_shipped_fonts_register_with_their_families(shipped: fonts.Fonts) -> None:
    assert set(shipped.families) == {
        "Noto Sans", "Noto Naskh Arabic", "Noto Sans Thai", "Noto Sans CJK SC"
    }  # fmt: skip
    assert (FOLDER / "OFL.txt").read_text("utf-8").count("SIL Open Font License") >= 1


def test_every_character_of_every_phrase_has_a_glyph(
    shipped: fonts.Fonts, book: Phrasebook
) -> None:
    phrases = [p for group in book.groups for p in group.phrases]
    gaps = {}
    for language in book.languages:
        texts = [language.name, *(book.line(language.code, p.id).text for p in phrases)]
        missing = shipped.missing("".join(texts), language.code)
        if missing:
            gaps[language.code] = missing
    assert len(book.languages) == 20
    assert shipped.missing("".join(p.text for p in phrases), "en") == ""
    assert gaps == {}, "no shipped glyph; run `make fonts` (resources/fonts/subset.py)"


def test_a_character_of_an_unshipped_script_is_reported(shipped: fonts.Fonts) -> None:
    assert shipped.missing("안녕 你好", "zh-Hans") == "안녕"
    assert shipped.missing("ไทย", "uk") == "ไทย"
    assert shipped.missing("مرحبا\u200c", "fa") == ""


def test_each_language_gets_its_scripts_font_first(shipped: fonts.Fonts) -> None:
    assert shipped.font("ar", 40).families() == ["Noto Naskh Arabic", "Noto Sans"]
    assert shipped.font("zh-Hans").families() == ["Noto Sans CJK SC", "Noto Sans"]
    assert shipped.font("uk").families() == ["Noto Sans"]
    assert shipped.font("th", 40).pointSizeF() == 40
    assert shipped.advice("th") == ""


def test_without_shipped_fonts_the_app_names_the_package(
    qapp: QApplication, tmp_path: Path
) -> None:
    none = fonts.register(tmp_path / "no-fonts")
    assert none.families == ()
    advice = none.advice("zh-Hans")
    assert advice in ("", "Install the font package fonts-noto-cjk to show this language.")
