"""Talk with the person: picker, show mode, answers in a case, the card, search, review marks."""

from __future__ import annotations

import re
import shutil
import subprocess
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle
from handbook_app.gui import handout, voice
from handbook_app.gui.fonts import Fonts

if TYPE_CHECKING:
    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.show import ShowWindow
    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent.parent
CONTENT = Path(__file__).parent / "content"
LANGUAGES = ("uk", "ar", "th", "vi")


@pytest.fixture(scope="module")
def talk_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The GUI test content with the real phrasebook in four languages, one translation
    made outdated (its English changed after it was written)."""
    root = tmp_path_factory.mktemp("talk") / "content"
    shutil.copytree(CONTENT, root)
    book = root / "en" / "phrasebook"
    book.mkdir()
    source = ROOT / "content" / "en" / "phrasebook"
    shutil.copy(source / "phrasebook.md", book)
    for code in LANGUAGES:
        shutil.copy(source / f"phrases-{code}.md", book)
    uk = book / "phrases-uk.md"
    uk.write_text(
        uk.read_text("utf-8").replace("en: Are you hungry or thirsty?", "en: Are you hungry?"),
        "utf-8",
    )
    out = root.parent / "bundle"
    pipeline.build(root, out)
    return out


@pytest.fixture
def talk(make_window: Factory, talk_bundle: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(talk_bundle)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def doc_of(window: MainWindow, code: str) -> str:
    book = window.talk.book
    assert book is not None
    return book.language(code).doc_id


def shown(window: MainWindow) -> ShowWindow:
    assert window.talk.shown is not None
    return window.talk.shown


def test_ctrl_t_opens_a_picker_with_each_language_in_itself(talk: MainWindow, qtbot: QtBot) -> None:
    talk.navigator.open("first-contact")
    qtbot.keyClick(talk, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert talk.stack.currentWidget() is talk.talk
    names = [t.main.text() for t in talk.talk.grid.tiles]
    assert names == ["English", "Українська", "Tiếng Việt", "ไทย", "العربية"]
    assert [t.sub.text() for t in talk.talk.grid.tiles][1] == "Ukrainian"
    assert all(t.main.font().pixelSize() >= 30 for t in talk.talk.grid.tiles)
    assert talk.talk.grid.tiles[0].hasFocus()


def test_the_keyboard_picks_a_language(talk: MainWindow, qtbot: QtBot) -> None:
    talk.navigator.open_talk()
    qtbot.keyClick(talk.talk.grid.tiles[0], Qt.Key.Key_Right)
    assert talk.talk.grid.tiles[1].hasFocus()
    qtbot.keyClick(talk.talk.grid.tiles[1], Qt.Key.Key_T)  # T: the first language named T… (Thai)
    assert talk.talk.grid.tiles[3].hasFocus()
    qtbot.keyClick(talk.talk.grid.tiles[3], Qt.Key.Key_Return)
    assert talk.talk.code == "th"
    assert talk.talk.pages.currentIndex() == 1
    first = next(iter(talk.talk.phrases.tiles.values()))
    assert first.main.text().startswith("สวัสดี")
    assert first.sub.text() == "Hello. I work here. I would like to help you."
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert list(talk.talk.phrases.tiles.values())[1].hasFocus()
    qtbot.keyClick(talk, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert talk.talk.pages.currentIndex() == 0  # Ctrl+T again: back to the languages
    assert talk.talk.grid.tiles[3].hasFocus()  # at the language chosen last


def test_pick_show_answer_in_a_case_and_print_the_card(
    talk: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    talk.session.open("2026-031")
    talk.navigator.open_talk()
    qtbot.mouseClick(talk.talk.grid.tiles[1], Qt.MouseButton.LeftButton)  # Українська
    assert talk.talk.code == "uk"
    qtbot.mouseClick(talk.talk.phrases.tiles["doctor"], Qt.MouseButton.LeftButton)
    show = shown(talk)
    qtbot.waitExposed(show)
    assert show.isFullScreen()
    assert show.phrase.text() == "Вам потрібен лікар?"
    assert show.english.text() == "English: Do you need a doctor?"
    assert [b.text() for b in show.answers.values()] == ["Так.", "Ні.", "Я не знаю."]
    show.setWindowState(Qt.WindowState.WindowNoState)  # offscreen has no real full screen
    show.resize(1366, 768)
    qtbot.waitUntil(lambda: show.height() == 768)
    assert all(b.isVisible() for b in show.answers.values())
    assert all(b.height() >= 72 and b.width() >= 200 for b in show.answers.values())
    assert show.phrase.font().pixelSize() >= 60
    qtbot.mouseClick(show.answers["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.phrase_id == "hurt"
    qtbot.mouseClick(show.answers["dont-know"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.answers["yes"].isChecked()  # the saved answer is shown again
    qtbot.keyClick(show, Qt.Key.Key_5)
    assert show.phrase_id == "other-danger"
    assert talk.store.answers("2026-031") == talk.session.answers()
    assert [(a.phrase, a.answer) for a in talk.session.answers()] == [
        ("doctor", "yes"),
        ("hurt", "dont-know"),
    ]
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert talk.talk.shown is None
    assert talk.talk.phrases.tiles["other-danger"].hasFocus()

    dialog = talk.talk.card_dialog()
    assert dialog.language.currentData() == "uk"
    assert dialog.note.text() == handout.NO_HOST  # no mission profile yet: a chooser
    dialog.country.setCurrentIndex(dialog.country.findData("finland"))
    dialogs.save_as = str(tmp_path / "card.pdf")
    assert dialog.save() == tmp_path / "card.pdf"
    data = (tmp_path / "card.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) == 1  # one page, no name
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "card.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Ваші права" in text
        assert "Your rights and who can help" in text
        assert "+358 2954 63177" in text
        assert "2026-031" not in text  # the card names no case, no person


def test_the_mission_host_country_is_the_cards_country(talk: MainWindow) -> None:
    talk.settings.setValue("mission/host", "FI")
    talk.navigator.open(doc_of(talk, "ar"))
    dialog = talk.talk.card_dialog()
    assert dialog.country.currentData() == "finland"
    html = handout.card_html(dialog.card())
    assert "+358 2954 63177" in html
    assert 'dir="rtl"' in html
    assert "translation not yet reviewed by a native speaker" in html


def test_arabic_lays_out_right_to_left(talk: MainWindow, qtbot: QtBot) -> None:
    talk.navigator.open(doc_of(talk, "ar"))
    tile = talk.talk.phrases.tiles["private-room"]
    assert tile.main.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tile.sub.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the officer's English
    show = talk.talk.show_phrase("private-room")
    assert show is not None
    qtbot.waitExposed(show)
    assert show.phrase.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert show.phrase.font().families()[0] == "Noto Naskh Arabic"
    yes, no = show.answers["yes"], show.answers["no"]
    assert yes.mapTo(show, yes.rect().topLeft()).x() > no.mapTo(show, no.rect().topLeft()).x()
    assert show.where.layoutDirection() == Qt.LayoutDirection.LeftToRight
    show.close()


def test_each_script_gets_its_font_and_no_character_lacks_a_glyph(talk: MainWindow) -> None:
    book = talk.talk.book
    assert book is not None
    for code, family in (
        ("th", "Noto Sans Thai"),
        ("ar", "Noto Naskh Arabic"),
        ("vi", "Noto Sans"),
    ):
        talk.talk.choose(code)
        tile = talk.talk.phrases.tiles["doctor"]
        assert tile.main.font().families()[0] == family
        texts = "".join(t.main.text() for t in talk.talk.phrases.tiles.values())
        assert talk.talk.fonts.missing(texts, code) == ""
        assert not talk.talk.advice.isVisibleTo(talk.talk)


def test_a_missing_font_package_is_named(talk: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    latin = ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf"
    monkeypatch.setattr(talk.talk, "fonts", Fonts({"Noto Sans": latin}))  # Thai not shipped
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: []))  # nor installed
    talk.navigator.open_talk()
    thai = talk.talk.grid.tiles[3]
    assert thai.mark.text() == "Install the font package fonts-noto-core to show this language."
    assert not talk.talk.grid.tiles[1].mark.isVisibleTo(talk.talk)  # Ukrainian: Noto Sans
    talk.talk.choose("th")
    assert talk.talk.advice.isVisibleTo(talk.talk)
    assert (
        talk.talk.advice.text() == "Install the font package fonts-noto-core to show this language."
    )


def test_unreviewed_and_outdated_translations_are_marked(talk: MainWindow) -> None:
    talk.navigator.open(doc_of(talk, "uk"))
    tiles = talk.talk.phrases.tiles
    assert tiles["doctor"].mark.text() == "Not yet reviewed by a native speaker"
    assert tiles["hungry"].mark.text().startswith("⚠ Outdated")
    assert tiles["hungry"].mark.property("mark") == "outdated"
    assert "45 of 45 phrases" in talk.talk.review.text()
    assert "1 outdated" in talk.talk.review.text()
    talk.talk.choose("en")
    assert not tiles_marked(talk)
    assert talk.talk.review.text() == ""


def tiles_marked(window: MainWindow) -> bool:
    return any(t.mark.text() for t in window.talk.phrases.tiles.values())


def test_search_opens_the_talk_panel_at_the_phrase(talk: MainWindow, qtbot: QtBot) -> None:
    talk.search.box.setText("doctor Ukrainian")
    talk.search.run()
    qtbot.waitUntil(lambda: talk.search.shown is not None, timeout=10000)
    hits = talk.search.hits()
    ukrainian = [h for h in hits if h.doc_id == doc_of(talk, "uk")]
    assert ukrainian, [h.doc_id for h in hits]
    talk.search.open_hit(ukrainian[0])
    assert talk.stack.currentWidget() is talk.talk
    assert talk.talk.code == "uk"
    assert talk.talk.phrases.tiles["doctor"].hasFocus()


def test_how_do_i_say_finds_a_phrase_and_asks_for_the_language(
    talk: MainWindow, qtbot: QtBot
) -> None:
    talk.search.box.setText("how do I say safe")
    talk.search.run()
    qtbot.waitUntil(lambda: talk.search.shown is not None, timeout=10000)
    hit = next(h for h in talk.search.hits() if h.kind == "phrasebook")
    assert hit.anchor == "feel-safe"
    talk.search.open_hit(hit)
    assert talk.talk.pages.currentIndex() == 0  # the person picks the language first
    assert "Do you feel safe talking here?" in talk.talk.pick_help.text()
    talk.talk.grid.tiles[4].clicked.emit()  # العربية
    assert talk.talk.code == "ar"
    assert talk.talk.phrases.tiles["feel-safe"].hasFocus()


def test_contents_open_a_language_and_a_bundle_without_phrasebook_says_so(
    talk: MainWindow, make_window: Factory
) -> None:
    talk.contents.openRequested.emit(doc_of(talk, "vi"), "")
    assert talk.talk.code == "vi"
    plain = make_window()
    assert plain.navigator.open_talk() is False
    assert plain.statusBar().currentMessage() == "This edition of the handbook has no phrasebook."


def test_without_qt_speech_the_read_aloud_button_says_so(
    talk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = voice.importlib.import_module

    def no_speech(name: str, *args: Any) -> Any:
        if name == "PySide6.QtTextToSpeech":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(voice.importlib, "import_module", no_speech)
    talk.talk.voice = voice.Voice()
    talk.talk.choose("uk")
    assert not talk.talk.speak_button.isEnabled()
    assert talk.talk.speak_button.text() == voice.NO_MODULE


class FakeSpeech:
    """Qt's QTextToSpeech as far as Voice uses it, with the voices a test gives."""

    class State:
        Error = "error"
        Ready = "ready"

    locales: ClassVar[list[Any]] = []
    said: ClassVar[list[tuple[str, str]]] = []

    @staticmethod
    def availableEngines() -> list[str]:  # noqa: N802
        return ["fake"]

    def state(self) -> str:
        return self.State.Ready

    def availableLocales(self) -> list[Any]:  # noqa: N802
        return self.locales

    def setLocale(self, locale: Any) -> None:  # noqa: N802
        self.locale = locale

    def say(self, text: str) -> None:
        self.said.append((text, self.locale.name()))

    def stop(self) -> None:
        pass


def test_read_aloud_uses_a_voice_of_the_language_only(
    talk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakeSpeech.locales = [voice.locale_of("uk")]
    FakeSpeech.said = []
    module = types.SimpleNamespace(QTextToSpeech=FakeSpeech)
    real = voice.importlib.import_module
    monkeypatch.setattr(
        voice.importlib,
        "import_module",
        lambda name, *a: module if name == "PySide6.QtTextToSpeech" else real(name, *a),
    )
    talk.talk.voice = voice.Voice()
    talk.talk.choose("th")
    assert talk.talk.speak_button.text() == voice.NO_VOICE
    assert not talk.talk.speak_button.isEnabled()
    talk.talk.choose("uk", "doctor")
    assert talk.talk.speak_button.isEnabled()
    talk.talk.speak_button.click()
    assert FakeSpeech.said == [("Вам потрібен лікар?", "uk_UA")]


def test_answers_are_never_kept_without_a_case(talk: MainWindow, qtbot: QtBot) -> None:
    talk.navigator.open(doc_of(talk, "uk"))
    show = talk.talk.show_phrase("doctor")
    assert show is not None
    assert show.saved.text() == "No case open: answers are not saved."
    show.answer("yes")
    assert show.answers["yes"].isChecked()
    assert talk.store.cases() == []
    show.show_phrase("interpreter")  # a question, then a sentence: answered too
    assert show.answers["no"].isVisibleTo(show)
    show.show_phrase("hello")  # no question: no answer buttons
    assert not show.answers["no"].isVisibleTo(show)
    show.close()


def test_the_host_setting_may_name_a_country_or_be_unknown(
    talk_bundle: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    bundle = Bundle(talk_bundle)
    assert handout.host_of(bundle, settings) == ""
    settings.setValue("mission/host", "finland")
    assert handout.host_of(bundle, settings) == "finland"
    settings.setValue("mission/host", "XX")
    assert handout.host_of(bundle, settings) == ""
