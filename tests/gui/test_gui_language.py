"""The interface in the officer's language: switched at once, remembered, nothing left in
English on the main panels; content in that language where the bundle has it, else
English with a calm bar."""

from __future__ import annotations

import html
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from handbook_app.builder import pipeline
from handbook_app.content.languages import digest
from handbook_app.gui import about, language
from handbook_app.gui.language import Languages, from_system
from handbook_app.paths import shipped_translations

if TYPE_CHECKING:
    from helpers.gui_kit import Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

CONTENT = Path(__file__).parent / "content"
PANELS = (  # the main panels: start page, reader, checklist, guide, country
    ("", ""),
    ("first-contact", ""),
    ("adult-labour", ""),
    ("refer-adult", ""),
    ("finland", ""),
)
ALLOWED = re.compile(
    r"[\d\s.,:;/()+–—-]*"  # numbers, dates, counts
    r"|PDF|OK|Esc|[A-Z][a-z]*\+.*|F\d+|\d+\.\d+\.\d+"  # key names, the version
    r"|[▸◀▶←→✓✔⚠?○•·☎]+.*?"  # the marks before content titles
)
"""Texts that are the same in every language (besides the handbook's own content)."""
NAMES = {language.name(code) for code in language.INTERFACE} | {"Consular Handbook"}
"""View → Language names each language in itself; the About box names the program."""


def strip(text: str) -> str:
    """What the officer reads: no tags, entities, accelerators or extra spaces."""
    text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return " ".join(text.split())


def menu_texts(menu: QMenu) -> list[str]:
    found = [menu.title()]
    for action in menu.actions():
        found += [action.text(), action.toolTip()]
        if isinstance(sub := action.menu(), QMenu):
            found += menu_texts(sub)
    return found


def visible_texts(window: MainWindow) -> set[str]:
    """Every text the officer can see now: labels, buttons, group titles, tooltips,
    placeholders, list entries of the filters, the window title and all the menus."""
    found = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        found.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    for action in window.menuBar().actions():
        if isinstance(sub := action.menu(), QMenu):
            found += menu_texts(sub)
    for action in window.top.actions():
        found += [action.text(), action.toolTip()]
    return {t for t in map(strip, found) if t}


def tour(window: MainWindow, qtbot: QtBot) -> set[str]:
    """The texts of every main panel, one after the other."""
    seen: set[str] = set()
    for doc, anchor in PANELS:
        assert window.navigator.open(doc, anchor)
        qtbot.wait(20)
        seen |= visible_texts(window)
    return seen


def sources(code: str) -> list[re.Pattern[str]]:
    """The English strings that ``code`` translates differently, as patterns of what they
    look like filled in ({fields} and %n stand for anything)."""
    tree = ET.parse(shipped_translations() / f"handbook_{code}.ts")
    found = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if all(form == source for form in forms):
            continue
        parts = re.split(r"\{\w*\}|%n", strip(source))
        if len(parts) > 1 and len(re.sub(r"\W", "", "".join(parts))) < 8:
            continue  # "{current} of {found}": the words around the fields say too little
        found.append(re.compile(".+".join(re.escape(p) for p in parts)))
    return found


def content_text(window: MainWindow) -> str:
    """Everything the bundle says (titles, indicators, steps, contacts), to tell content
    from the interface's own words."""
    assert window.bundle is not None
    docs = [window.bundle.document(e.id).to_dict() for e in window.bundle.entries]
    return strip(json.dumps(docs, ensure_ascii=False))


def numbered(text: str, content: str) -> bool:
    """``text`` is the content's own words, or an answer of a guide with its key's number
    before it ("1 Yes, danger now")."""
    answer = re.fullmatch(r"\d+ (.+)", text)
    return text in content or (answer is not None and answer.group(1) in content)


def test_german_and_back_without_a_restart_leaves_nothing_in_english(
    window: MainWindow, qtbot: QtBot
) -> None:
    tour(window, qtbot)  # once, so that the start page lists the pages seen, as it will later
    english = tour(window, qtbot)
    assert "&File" in [a.text() for a in window.menuBar().actions()]
    window.languages.choose("de")
    qtbot.wait(50)
    german = tour(window, qtbot)
    content = content_text(window)
    still_english = sorted(
        text
        for text in german & english
        if not ALLOWED.fullmatch(text) and not numbered(text, content) and text not in NAMES
    )
    assert still_english == [], "the same in German as in English, and not content"
    patterns = sources("de")
    untranslated = sorted(
        t for t in german if t not in content and any(p.fullmatch(t) for p in patterns)
    )
    assert untranslated == [], "English strings of the interface shown in German"
    assert "&Datei" in [a.text() for a in window.menuBar().actions()]
    assert {"Jetzt am Schalter", "Letzte Fälle", "Einschätzung".upper()} <= german
    window.languages.choose("en")
    qtbot.wait(50)
    assert tour(window, qtbot) == english  # back, as it was, without a restart


def test_the_choice_is_kept_and_the_next_start_speaks_it(make_window: Factory) -> None:
    first = make_window()
    first.languages.choose("pl")
    first.close()
    again = make_window()
    assert again.languages.code == "pl"
    assert again.windowTitle() == "Podręcznik konsularny"
    assert QLocale().language() == QLocale.Language.Polish
    again.languages.choose("en")


def test_the_first_start_follows_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert Languages(tmp_path, settings, system=lambda: ["sv-SE", "en-US"]).saved() == "sv"
    assert Languages(tmp_path, settings, system=lambda: ["fr-FR"]).saved() == "en"
    settings.setValue(language.KEY, "uk")
    assert Languages(tmp_path, settings, system=lambda: ["sv-SE"]).saved() == "uk"


@pytest.mark.parametrize(
    ("tags", "chosen"),
    [(["nb-NO"], "nb"), (["no"], "nb"), (["nn_NO"], "nb"), (["de_AT"], "de"), ([], "en")],
)
def test_system_languages_are_read_as_ours(tags: list[str], chosen: str) -> None:
    assert from_system(tags) == chosen


def test_plurals_follow_the_language(window: MainWindow, qtbot: QtBot) -> None:
    from handbook_app.gui.search import counted

    window.languages.choose("pl")
    assert [counted(n, n, 30) for n in (1, 3, 5, 22)] == [
        "1 wynik", "3 wyniki", "5 wyników", "22 wyniki",
    ]  # fmt: skip
    window.languages.choose("uk")
    assert counted(21, 21, 30) == "21 результат"
    window.languages.choose("en")
    assert [counted(1, 1, 30), counted(2, 2, 30)] == ["1 result", "2 results"]


def test_dates_follow_the_language(window: MainWindow) -> None:
    window.languages.choose("de")
    assert language.date("2026-11-01") == "01.11.2026"
    window.languages.choose("en")
    assert language.date("2026-11-01") == "2026-11-01"  # English keeps ISO: never misread


def test_the_about_box_says_which_interface_translations_are_reviewed(
    window: MainWindow, dialogs: object
) -> None:
    window.about()
    shown = dialogs.messages[-1]  # type: ignore[attr-defined]
    assert "Interface translations reviewed by a native speaker: none." in shown
    assert "Not yet reviewed: Dansk, Deutsch, Eesti" in shown
    assert about.interface({"de": True, "pl": False}) == (
        "Interface translations reviewed by a native speaker: Deutsch. Not yet reviewed: Polski."
    )


@pytest.fixture(scope="module")
def german_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The GUI test content with one chapter in German (not yet reviewed)."""
    root = tmp_path_factory.mktemp("german")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    yaml = content / "handbook.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("[en]", "[en, de]"), "utf-8")
    english = (content / "en" / "chapters" / "first-contact.md").read_text("utf-8")
    german = (
        english.replace("title: First contact", "title: Erster Kontakt")
        .replace("# First contact", "# Erster Kontakt {#first-contact}")
        .replace("order: 1\n", f'order: 1\ntranslated_from: "{digest(english)}"\nreviewed: no\n')
    )
    (content / "de" / "chapters").mkdir(parents=True)
    (content / "de" / "chapters" / "first-contact.md").write_text(german, "utf-8")
    pipeline.build(content, root / "bundle")
    return root / "bundle"


def test_content_follows_the_language_and_a_missing_one_says_so(
    make_window: Factory, german_bundle: Path, qtbot: QtBot
) -> None:
    window = make_window(german_bundle)
    bar = window.language_bar
    window.navigator.open("first-contact")
    assert bar.isHidden()  # English asked, English shown
    window.languages.choose("de")
    qtbot.wait(20)
    assert window.reader.doc is not None
    assert window.reader.doc.title == "Erster Kontakt"
    assert window.windowTitle() == "Erster Kontakt – Konsularisches Handbuch"
    assert not bar.isHidden()
    assert bar.text() == "Übersetzt in Deutsch; noch nicht von Muttersprachlern geprüft."
    window.navigator.open("adult-labour")
    assert bar.text() == "Noch nicht übersetzt in Deutsch – angezeigt wird English."
    window.navigator.open("")
    assert bar.isHidden()
    chapters = window.contents.topLevelItem(0)
    assert chapters is not None
    assert chapters.text(0) == "Kapitel"
    first = chapters.child(0)
    assert first is not None
    assert first.text(0) == "Erster Kontakt"
    window.languages.choose("pl")  # a language the bundle has no content in: English, calm
    window.navigator.open("first-contact")
    assert window.reader.doc is not None
    assert window.reader.doc.title == "First contact"
    assert bar.isHidden()
    window.languages.choose("en")
