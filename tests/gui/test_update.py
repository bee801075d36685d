"""Updates in the window: preview before accepting, refusals, older-edition override, rollback."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest
from helpers.trust_kit import Kit
from PySide6.QtWidgets import QDialog, QMessageBox

from handbook_app import paths
from handbook_app.gui import app, update
from handbook_app.search.engine import Query
from handbook_app.trust.install import CURRENT, PREVIOUS, accept, import_update
from handbook_app.trust.keys import short
from handbook_app.trust.pack import pack
from handbook_app.trust.recover import REBUILT

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    (tmp_path / "kit").mkdir()
    return Kit(tmp_path / "kit")


@dataclass
class Shown:
    """What the preview dialog showed, and what it answers."""

    texts: list[str] = field(default_factory=list)
    answer: QDialog.DialogCode = QDialog.DialogCode.Accepted


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """The preview dialog never blocks: it records its text and gives the set answer."""
    seen = Shown()

    def exec_(self: update.UpdateDialog) -> int:
        seen.texts.append(self.text.text())
        return seen.answer

    monkeypatch.setattr(update.UpdateDialog, "exec", exec_)
    return seen


@pytest.fixture
def win(make_window: Factory, kit: Kit, tmp_path: Path) -> MainWindow:
    """A window whose data folder trusts the kit's key, with edition 2 installed."""
    data = tmp_path / "data"
    accept(import_update(kit.bundle("v2", edition=2), data, kit.keys))
    return make_window(data / CURRENT, data, kit.keys)


def _edition(window: MainWindow) -> int:
    assert window.bundle is not None
    return window.bundle.manifest.edition


def test_file_menu_has_import_and_rollback(win: MainWindow) -> None:
    texts = [a.text() for a in win.menus["&File"].actions()]
    assert "Import update…" in texts
    assert "Roll back to previous edition" in texts


def test_import_shows_the_preview_then_installs(
    win: MainWindow, kit: Kit, shown: Shown, dialogs: Dialogs
) -> None:
    docs = {"a": "# Alpha\n\nCall 0800 222.\n", "c": "# Gamma\n\nNew.\n"}
    package = kit.root / "v3.zip"
    pack(kit.bundle("v3", edition=3, docs=docs), package)
    assert win.library.import_file(package)
    text = shown.texts[-1]
    for part in ("Edition</th><td>3 of 2026-03-01", "Test Editors", short(kit.fingerprint)):
        assert part in text
    for part in (
        "Added (1)</th><td>Gamma",
        "Changed (1)</th><td>Alpha",
        "Removed (1)</th><td>Beta",
    ):
        assert part in text
    assert _edition(win) == 3
    assert win.library.verdict.signed
    assert dialogs.messages == []


def test_cancel_changes_nothing(win: MainWindow, kit: Kit, shown: Shown) -> None:
    shown.answer = QDialog.DialogCode.Rejected
    assert not win.library.import_file(kit.bundle("v3", edition=3))
    assert _edition(win) == 2
    assert not (win.paths.data / PREVIOUS).exists()
    assert win.statusBar().currentMessage() == "Update cancelled; nothing changed."


def test_tampered_update_is_refused_with_a_plain_message(
    win: MainWindow, kit: Kit, shown: Shown, dialogs: Dialogs
) -> None:
    bundle = kit.bundle("v3", edition=3)
    (bundle / "catalog.json").write_text("[]")
    assert not win.library.import_file(bundle)
    assert dialogs.messages == [
        "Update refused\nthe update was refused: catalog.json: changed since the bundle was built"
    ]
    assert shown.texts == []  # no preview shown
    assert _edition(win) == 2


def test_untrusted_update_is_refused(win: MainWindow, kit: Kit, dialogs: Dialogs) -> None:
    assert not win.library.import_file(kit.bundle("v3", edition=3, key=kit.stranger))
    assert "signed by a key that is not trusted" in dialogs.messages[0]


@pytest.mark.parametrize("override", [False, True])
def test_older_edition_needs_an_explicit_override(
    make_window: Factory, kit: Kit, shown: Shown, dialogs: Dialogs, override: bool
) -> None:
    data = kit.root / "data"
    accept(import_update(kit.bundle("v3", edition=3), data, kit.keys))
    win = make_window(data / CURRENT, data, kit.keys)
    dialogs.answer = QMessageBox.StandardButton.Yes if override else QMessageBox.StandardButton.No
    assert win.library.import_file(kit.bundle("v2", edition=2)) is override
    assert dialogs.questions[0].startswith(
        "Import update\nthe update was refused: edition 2 is older than the installed edition 3."
    )
    assert _edition(win) == (2 if override else 3)


def test_rollback_opens_the_previous_edition(
    win: MainWindow, kit: Kit, shown: Shown, dialogs: Dialogs
) -> None:
    win.library.import_file(kit.bundle("v3", edition=3))
    assert win.library.roll_back()
    assert _edition(win) == 2
    assert dialogs.messages[-1] == "Roll back\nEdition 2 is open again."


def test_start_falls_back_to_the_last_known_good_and_says_so(
    win: MainWindow, kit: Kit, shown: Shown, qtbot: QtBot
) -> None:
    win.library.import_file(kit.bundle("v3", edition=3))
    (win.paths.data / CURRENT / "docs" / "en" / "a.json").write_text("{}")
    assert win.library.start(None)
    qtbot.waitUntil(lambda: _edition(win) == 2, timeout=10000)  # the documents' check
    assert "The last known good edition (edition 2) is open instead." in win.problem.text()
    assert not win.problem.isHidden()


def test_handbook_app_import_option(
    kit: Kit, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setenv("HANDBOOK_BUNDLE", str(kit.bundle("shipped", edition=1)))
    keys = kit.keys
    monkeypatch.setattr(paths, "shipped_keys", lambda: keys)
    package = kit.root / "v4.zip"
    pack(kit.bundle("v4", edition=4), package)
    data, png = tmp_path / "appdata", tmp_path / "shot.png"
    assert (
        app.main(["--data-dir", str(data), "--import", str(package), "--screenshot", str(png)]) == 0
    )
    assert "Edition</th><td>4 of 2026-04-01" in shown.texts[-1]
    assert (data / CURRENT / "manifest.sig").exists()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_trusting_a_new_key_shows_its_fingerprint_and_needs_a_yes(
    win: MainWindow, kit: Kit, dialogs: Dialogs, shown: Shown, answer: QMessageBox.StandardButton
) -> None:
    dialogs.answer = answer
    stranger = kit.bundle("v3", edition=3, key=kit.stranger)
    trusted = win.library.trust_file(kit.stranger.with_name("stranger.pub"))
    assert trusted is (answer == QMessageBox.StandardButton.Yes)
    assert "Fingerprint:" in dialogs.questions[0]
    assert win.library.import_file(stranger) is trusted
    assert _edition(win) == (3 if trusted else 2)


def test_a_file_that_is_not_a_key_is_refused(
    win: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    junk = tmp_path / "junk.pub"
    junk.write_text("not a key")
    assert not win.library.trust_file(junk)
    assert dialogs.messages[0].startswith("Trust a publisher key\nThis file is not a publisher key")


def test_a_damaged_index_is_found_after_the_first_paint_and_rebuilt(
    make_window: Factory, bundle_copy: Path, qtbot: QtBot
) -> None:
    segment = max((bundle_copy / "index").glob("*.seg"), key=lambda p: p.stat().st_size)
    segment.write_bytes(b"\0" * segment.stat().st_size)
    window = make_window(bundle_copy)
    assert window.library.start(bundle_copy)
    qtbot.waitUntil(lambda: not window.problem.isHidden(), timeout=10000)
    assert window.problem.text() == REBUILT
    results = window.search.engines.open().search(Query("passport"))  # type: ignore[union-attr]
    assert results.hits


def test_a_key_that_cannot_be_saved_is_refused_with_a_message(
    win: MainWindow, kit: Kit, dialogs: Dialogs
) -> None:
    win.paths.user_keys.write_text("a file where the key folder should be")
    assert not win.library.trust_file(kit.stranger.with_name("stranger.pub"))
    assert dialogs.messages[-1].startswith("Trust a publisher key\nThe key could not be saved")


def test_the_index_check_of_an_edition_no_longer_open_shows_no_banner(
    make_window: Factory, bundle_copy: Path, bundle_path: Path, qtbot: QtBot
) -> None:
    """An update installed before the deferred index check ran: the check of the old
    edition says nothing, although that edition's index is damaged, and rebuilds nothing."""
    segment = max((bundle_copy / "index").glob("*.seg"), key=lambda p: p.stat().st_size)
    segment.write_bytes(b"\0" * segment.stat().st_size)
    window = make_window(bundle_copy)
    old = window.library.verdict
    assert window.library.open(bundle_path)  # as an import would, before the check ran
    with qtbot.assertNotEmitted(window.library.problem):
        window.library.check_index(bundle_copy, old)
    assert window.problem.isHidden()
    assert window.bundle is not None
    assert window.bundle.path == bundle_path
    assert set(segment.read_bytes()) == {0}  # the old edition's index was left alone
