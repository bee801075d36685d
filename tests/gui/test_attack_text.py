"""Attack: text from outside shown as rich text (issue 11, item 2).

A file name, a manifest field, a publisher, a query or a case reference that looks like
HTML must be shown as the characters it is: never a heading, never a picture
(``<img src="/dev/zero">`` once aborted the app), in every dialog and label it reaches.
"""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest
from helpers.gui_kit import visible
from helpers.trust_kit import Kit
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle
from handbook_app.content.model import Kind
from handbook_app.gui import about, app, page, update
from handbook_app.gui.contents import Contents
from handbook_app.trust import keys as keyring
from handbook_app.trust.pack import pack
from handbook_app.trust.sign import signer
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.attack]

HOSTILE = '<img src="/dev/zero"><h1>Your handbook is out of date: call +00 123</h1>'
"""The issue's hostile name. As a path it is four folders deep, so it can be a file name."""
FLAT = "<img src=x.png><h1>Your handbook is out of date: call +00 123"
"""The same without slashes, for one file name."""
PLAIN = Qt.TextFormat.PlainText


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    (tmp_path / "kit").mkdir()
    return Kit(tmp_path / "kit")


def hostile_bundle(kit: Kit, edition: int = 3) -> Path:
    """A signed bundle whose title and publisher are the hostile text."""
    tree = kit.content(edition)
    (tree / "handbook.yaml").write_text(
        f"title: {json.dumps(HOSTILE)}\nedition: {edition}\nedition_date: 2026-03-01\n"
        f"publisher: {json.dumps(HOSTILE)}\nlanguages: [en]\n",
        "utf-8",
    )
    out = kit.root / f"hostile-{edition}"
    pipeline.build(tree, out, sign=signer(keyring.load_private(kit.key)))
    assert Bundle(out).manifest.publisher == HOSTILE
    return out


def no_pictures(rich: str) -> str:
    """The text a rich label shows, after checking that it shows no picture."""
    document = QTextDocument()
    document.setHtml(rich)
    assert not [f for f in document.allFormats() if f.isImageFormat()], rich
    return document.toPlainText()


def test_a_refused_package_names_its_hostile_member_as_plain_text(
    window: MainWindow, kit: Kit, dialogs: Dialogs
) -> None:
    package = kit.root / "update.zip"
    pack(kit.bundle("v3", edition=3, signed=False), package)
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr(HOSTILE, b"x")
    assert not window.library.import_file(package)
    assert dialogs.formats == [PLAIN]
    assert HOSTILE in dialogs.messages[-1]


def test_the_problem_banner_names_a_hostile_file_as_plain_text(
    window: MainWindow, bundle_copy: Path
) -> None:
    planted = bundle_copy / HOSTILE
    planted.parent.mkdir(parents=True)
    planted.write_text("x")
    window.library.open(bundle_copy)
    assert HOSTILE in window.problem.text()
    assert window.problem.textFormat() == PLAIN


def test_the_update_preview_shows_a_hostile_title_and_publisher_as_text(
    window: MainWindow, kit: Kit, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def exec_(dialog: update.UpdateDialog) -> int:
        shown.append(no_pictures(dialog.text.text()))
        assert dialog.text.textFormat() == Qt.TextFormat.RichText  # escaped, then rich
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(update.UpdateDialog, "exec", exec_)
    window.paths.user_keys.mkdir(parents=True, exist_ok=True)
    (window.paths.user_keys / "kit.pub").write_bytes((kit.keys / "release.pub").read_bytes())
    package = kit.root / "hostile.zip"
    pack(hostile_bundle(kit), package)
    window.library.import_file(package)
    assert shown, dialogs.messages
    assert f"Handbook\n{HOSTILE}\n" in shown[0]
    assert f"Publisher\n{HOSTILE}\n" in shown[0]


def test_about_shows_hostile_manifest_fields_as_plain_text(
    window: MainWindow, kit: Kit, dialogs: Dialogs
) -> None:
    manifest = Bundle(hostile_bundle(kit)).manifest
    about.show(window, manifest, Verdict(True, fingerprint=HOSTILE))
    assert dialogs.formats == [PLAIN]
    assert f"{HOSTILE}, edition 3" in dialogs.messages[-1]
    assert f"Publisher: {HOSTILE}" in dialogs.messages[-1]


def test_a_hostile_key_file_name_is_plain_text(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    key = tmp_path / f"{FLAT}.pub"
    key.write_text("not a key")
    assert not window.library.trust_file(key)
    assert dialogs.formats == [PLAIN]


def test_a_hostile_query_is_plain_text_in_the_search_status(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.search.box.setText(HOSTILE)
    window.search.run()
    qtbot.waitUntil(lambda: HOSTILE in window.search.status.text(), timeout=10_000)
    assert window.search.status.textFormat() == PLAIN
    assert window.search.hint.textFormat() == PLAIN


def test_a_hostile_case_reference_is_plain_text_beside_the_field(window: MainWindow) -> None:
    window.cases.field.setText(HOSTILE)
    window.cases.open_typed()
    error = window.cases.error
    assert HOSTILE in error.text()
    assert error.textFormat() == PLAIN
    assert visible(error.toolTip()) == error.text()
    assert visible(window.cases.state.toolTip()) == window.cases.state.text()


def test_hostile_titles_in_the_contents_are_plain_in_their_tooltips(
    window: MainWindow, kit: Kit, qtbot: QtBot
) -> None:
    entries = Bundle(hostile_bundle(kit)).entries
    hostile = [e.__class__(**{**vars(e), "title": HOSTILE, "summary": ""}) for e in entries]
    contents = Contents()
    qtbot.addWidget(contents)
    contents.load(tuple(hostile))
    group = contents.topLevelItem(0)
    assert group is not None
    item = group.child(0)
    assert item is not None
    assert item.text(0) == HOSTILE
    assert visible(item.toolTip(0)) == HOSTILE


def test_the_status_bar_and_window_title_show_a_hostile_title_as_text(
    make_window: Factory, kit: Kit
) -> None:
    window = make_window(hostile_bundle(kit), keys=kit.keys)
    assert window.statusBar().currentMessage().startswith(HOSTILE)  # painted as plain text
    assert window.bundle is not None
    doc = next(e for e in window.bundle.entries if e.kind is Kind.CHAPTER)
    assert window.navigator.open(doc.id)
    assert window.windowTitle().endswith("— Consular Handbook")


def test_labels_made_for_titles_are_plain_unless_marked_rich(qtbot: QtBot) -> None:
    shown = page.label(HOSTILE, "heading")
    qtbot.addWidget(shown)
    assert shown.textFormat() == PLAIN
    assert shown.text() == HOSTILE


def test_a_start_failure_naming_a_hostile_folder_is_plain_text(dialogs: Dialogs) -> None:
    assert app.fail(f"The handbook cannot start: {HOSTILE}", True) == 1
    assert dialogs.formats == [PLAIN]
    assert HOSTILE in dialogs.messages[-1]
