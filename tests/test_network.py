"""No network, ever: whole sessions run with every way onto the network made to fail the test.

Socket creation, connecting and name lookup are replaced by a guard that records
the attempt and raises. The app may catch the ``OSError``; the attempt is still
recorded, and the test fails when it ends. ``docs/security.md`` shows how to
watch the real app the same way with ``strace -f -e trace=connect``.
"""

from __future__ import annotations

import shutil
import socket
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle
from handbook_app.cli import main as handbook
from handbook_app.content.card import compose
from handbook_app.content.model import Guide, Kind
from handbook_app.core.assessment import Outcome, assess
from handbook_app.core.cases import CaseStore
from handbook_app.core.route import Route
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

TESTS = Path(__file__).parent
SAMPLE = TESTS / "data" / "sample"
PHRASEBOOK = TESTS / "data" / "phrasebook"
GUI_CONTENT = TESTS / "gui" / "content"
GUARDED = [
    (socket.socket, "__init__"),
    (socket.socket, "connect"),
    (socket.socket, "connect_ex"),
    (socket, "create_connection"),
    (socket, "getaddrinfo"),
    (socket, "gethostbyname"),
    (socket, "gethostbyname_ex"),
]


def _guard(name: str, attempts: list[str]) -> Callable[..., Any]:
    def refuse(*args: object, **kwargs: object) -> Any:
        attempts.append(f"{name}{args!r:.120}")
        raise OSError(f"the handbook must never use the network ({name})")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every network attempt of the test, recorded; any at all fails the test at its end."""
    attempts: list[str] = []
    for owner, attribute in GUARDED:
        name = f"{getattr(owner, '__name__', owner)}.{attribute}"
        monkeypatch.setattr(owner, attribute, _guard(name, attempts))
    yield attempts
    assert attempts == [], f"the handbook tried to reach the network: {attempts}"


def test_the_guard_catches_a_lookup_and_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="must never use the network"):
        urllib.request.urlopen("http://example.org", timeout=1)
    with pytest.raises(OSError, match="must never use the network"):
        socket.create_connection(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


def walk_to_the_end(guide: Guide) -> Route:
    """Follow 'Next' or the first answer until an end step (guides have no traps)."""
    route = Route(guide)
    for _ in range(len(guide.steps)):
        step = route.current
        if step.is_end:
            break
        route.advance(step.answers[0].label if step.answers else "")
    return route


def test_a_core_session_never_touches_the_network(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, content = tmp_path / "bundle", tmp_path / "content"
    shutil.copytree(SAMPLE, content)
    shutil.copytree(PHRASEBOOK, content, dirs_exist_ok=True)  # the sample with every kind
    assert handbook(["build", str(content), "-o", str(out)]) == 0
    assert handbook(["search", "passport", "--bundle", str(out), "--allow-unsigned"]) == 0
    assert "no results" not in capsys.readouterr().out
    bundle = Bundle(out)
    searcher = Searcher(bundle.index_path)
    try:
        assert searcher.search(Query("passport")).hits
        assert searcher.search(Query("helpline", kind="country")).hits
        misspelt = searcher.search(Query("pasport", typing=True))
        assert misspelt.hits or misspelt.suggestion
    finally:
        searcher.close()
    docs = [bundle.document(e.id) for e in bundle.entries]
    assert {d.kind for d in docs} == set(Kind)
    store = CaseStore(tmp_path / "data" / "cases.sqlite")
    for doc in docs:
        if doc.checklist:
            every = [i.id for d in doc.checklist.dimensions for i in d.indicators]
            for indicator in every:
                store.set_tick("2026-014", doc.id, indicator, True)
            ticked = store.ticks("2026-014", doc.id)
            assert assess(doc.checklist, ticked).outcome is Outcome.LIKELY
        if doc.guide:
            route = walk_to_the_end(doc.guide)
            assert route.current.is_end
            trail = [(c.step, c.answer) for c in route.trail]
            store.save_route("2026-014", doc.id, trail)
            assert store.route("2026-014", doc.id) == trail
    book = bundle.phrasebook()
    assert book is not None
    assert compose(book, "uk", bundle.document("finland")).lines
    store.add_bookmark(docs[0].id, "", docs[0].title)
    store.close()


@pytest.mark.gui
def test_a_gui_session_never_touches_the_network(
    no_network: list[str], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.trust_kit import Kit
    from PySide6.QtCore import QSettings, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QMessageBox

    from handbook_app.gui import update
    from handbook_app.gui.window import MainWindow
    from handbook_app.paths import Paths

    said: list[str] = []
    for name in ("about", "critical", "warning", "information", "question"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *a, **_k: said.append(str(a[1:])) or QMessageBox.StandardButton.Yes,  # type: ignore[func-returns-value]
        )
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: said.append(QUrl(url).toString()) or True,  # type: ignore[func-returns-value]
    )
    monkeypatch.setattr(update.UpdateDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)

    (tmp_path / "kit").mkdir()
    kit = Kit(tmp_path / "kit")
    bundle, data = tmp_path / "bundle", tmp_path / "data"
    pipeline.build(GUI_CONTENT, bundle)
    data.mkdir()
    window = MainWindow(
        Paths.build(data, release_keys=kit.keys),
        QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    assert window.library.open(bundle)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        qtbot.keyClicks(window.search.box, "passport")
    assert window.search.hits()
    assert window.bundle is not None
    for entry in window.bundle.entries:
        assert window.navigator.open(entry.id), entry.id
    window.session.open("2026-020")
    assert window.navigator.open("adult-labour")
    box = next(iter(window.checklist.boxes.values()))
    box.click()
    assert window.store.ticks("2026-020", "adult-labour")
    assert window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    assert window.guide.route is not None
    assert window.guide.route.current.id == "consent"
    window.slips.export_pdf(tmp_path / "slip.pdf")
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    assert window.library.import_file(kit.bundle("update", edition=8)), said
    assert window.bundle.manifest.edition == 8
    window.close()
