"""Start-up checks the small files; each document as it is read; the rest after the paint.

The window shows a bundle before its documents were all hashed (their number grows
with the bundle): a document that changed since the build is refused when it is
opened, before that check ran, and the check after the first paint says what failed.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Factory
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

DOC = "first-contact"
CHANGED = f"docs/en/{DOC}.json: changed since the bundle was built"
FAKE = "Call +00 555 0100, the agency's own line"


def _tamper(bundle: Path) -> None:
    """Change the document's text after the build; the manifest still lists the old hash."""
    path = bundle / "docs" / "en" / f"{DOC}.json"
    data = json.loads(path.read_bytes())
    data["title"] = FAKE
    data["html"] = f"<p>{FAKE}</p>"
    path.write_text(json.dumps(data), "utf-8")


def test_a_changed_document_is_refused_before_the_check_after_the_paint(
    make_window: Factory, bundle_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(bundle_copy)
    _tamper(bundle_copy)
    assert window.library.start(bundle_copy)  # shown at once: its documents are checked later
    assert window.problem.isHidden()
    assert not window.navigator.open(DOC)  # before the check after the paint ran
    message = window.statusBar().currentMessage()
    assert message == f"document '{DOC}' changed since the bundle was built"
    assert FAKE not in window.reader.page.toPlainText()
    assert not window.windowTitle().startswith(FAKE)
    qtbot.waitUntil(lambda: not window.problem.isHidden(), timeout=10000)
    assert CHANGED in window.problem.text()
    assert not window.navigator.open(DOC)
    assert FAKE not in window.reader.page.toPlainText()


def test_a_file_added_among_the_documents_is_reported_after_the_paint(
    make_window: Factory, bundle_copy: Path, qtbot: QtBot
) -> None:
    window = make_window(bundle_copy)
    (bundle_copy / "docs" / "en" / "added.json").write_text("{}")
    assert window.library.start(bundle_copy)
    assert window.navigator.open(DOC)  # an unchanged document opens
    qtbot.waitUntil(lambda: not window.problem.isHidden(), timeout=10000)
    assert (
        "docs/en/added.json: not listed in the manifest (a file was added)" in window.problem.text()
    )


def test_a_file_added_beside_the_catalog_is_refused_before_the_paint(
    make_window: Factory, bundle_copy: Path
) -> None:
    """What the window reads before its first paint is all checked at start, as before."""
    window = make_window(bundle_copy)
    (bundle_copy / "changes.json").write_text('{"summary": "Call +00 555 0100"}')
    assert not window.library.start(bundle_copy)
    assert "changes.json: not listed in the manifest (a file was added)" in window.problem.text()
