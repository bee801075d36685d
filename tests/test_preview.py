"""The live preview's core: rebuild on save, keep the last good bundle, open a file at a line."""

from __future__ import annotations

import json
import queue
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import write
from handbook_app.preview import editor
from handbook_app.preview.session import Outcome, Session
from handbook_app.preview.watch import Live, Watcher

if TYPE_CHECKING:
    from collections.abc import Callable

WAIT = 30  # seconds: generous on a busy machine; a pass takes well under one


def _page(bundle: Path, doc_id: str) -> str:
    html: str = json.loads((bundle / f"docs/en/{doc_id}.json").read_text("utf-8"))["html"]
    return html


@pytest.fixture
def session(content_tree: Callable[[str], Path], tmp_path: Path) -> Session:
    root = content_tree("")
    (root / "en" / "other.md").write_text("# Other\n\nSee [intro](intro.md).\n", "utf-8")
    return Session(root, tmp_path / "private")


def test_a_rebuild_names_the_documents_it_changed(session: Session) -> None:
    first = session.rebuild()
    assert first.ok
    assert first.changed == {"intro", "other"}
    assert not first.problems
    intro = session.content / "en" / "intro.md"
    intro.write_text(intro.read_text("utf-8") + "\nA new line.\n", "utf-8")
    second = session.rebuild()
    assert (second.ok, second.changed, second.removed) == (True, frozenset({"intro"}), frozenset())
    assert "A new line." in _page(session.bundle, "intro")
    (session.content / "en" / "other.md").unlink()
    assert session.rebuild().removed == {"other"}


def test_the_viewer_is_told_once_per_good_build_just_before_the_old_bundle_goes(
    session: Session,
) -> None:
    """``before_swap`` comes when the new bundle is whole and the old one still in place
    (the viewer closes its files there); a build with errors replaces nothing and says
    nothing."""
    session.rebuild()
    intro = session.content / "en" / "intro.md"
    intro.write_text(intro.read_text("utf-8") + "\nA new line.\n", "utf-8")
    seen: list[str] = []
    assert session.rebuild(lambda: seen.append(_page(session.bundle, "intro"))).ok
    assert len(seen) == 1
    assert "A new line." not in seen[0]  # the old page, still there
    assert "A new line." in _page(session.bundle, "intro")
    (session.content / "en" / "other.md").write_text("# Other\n\n[x](nowhere.md)\n", "utf-8")
    assert not session.rebuild(lambda: seen.append("called")).ok
    assert len(seen) == 1


def test_a_build_with_errors_keeps_the_last_good_bundle_and_lists_the_problems(
    session: Session,
) -> None:
    session.rebuild()
    other = session.content / "en" / "other.md"
    other.write_text("# Other\n\nSee [intro](intor.md).\n", "utf-8")
    broken = session.rebuild()
    assert not broken.ok
    assert not broken.changed
    assert broken.lines(session.content) == [
        "en/other.md:3: broken link 'intor.md': no such document (did you mean 'intro.md'?)"
    ]
    assert session.has_bundle
    assert 'href="doc:intro"' in _page(session.bundle, "other")  # the last good state
    other.write_text("# Other\n\nSee [the intro](intro.md) again.\n", "utf-8")
    fixed = session.rebuild()
    assert fixed.ok
    assert not fixed.problems
    assert fixed.changed == {"other"}


def test_a_build_that_cannot_write_is_a_problem_and_the_next_save_builds(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk, or (on Windows) a bundle file held open, must not end the preview."""
    session.rebuild()
    swap = write.swap_in

    def refused(folder: Path, out: Path) -> None:
        raise PermissionError(13, "Permission denied", str(out))

    monkeypatch.setattr(write, "swap_in", refused)
    failed = session.rebuild()
    assert not failed.ok
    assert "Permission denied" in failed.lines()[0]
    assert session.has_bundle
    monkeypatch.setattr(write, "swap_in", swap)
    assert session.rebuild().ok


def test_live_preview_rebuilds_after_a_save_and_a_problem_comes_and_goes(
    session: Session,
) -> None:
    outcomes: queue.Queue[Outcome] = queue.Queue()
    live = Live(session, outcomes.put)
    live.start()
    try:
        assert outcomes.get(timeout=WAIT).ok
        intro = session.content / "en" / "intro.md"
        intro.write_text("# Introduction\n\nSee [nowhere](nowhere.md).\n", "utf-8")
        broken = outcomes.get(timeout=WAIT)
        assert [p.line for p in broken.errors] == [3]
        assert "nowhere.md" in broken.errors[0].message
        intro.write_text("# Introduction\n\nChanged while previewing.\n", "utf-8")
        fixed = outcomes.get(timeout=WAIT)
        assert fixed.ok
        assert not fixed.problems
        assert fixed.changed == {"intro"}
        assert "Changed while previewing." in _page(session.bundle, "intro")
    finally:
        live.stop()


def test_a_burst_of_saves_is_one_change_and_swap_files_are_none(tmp_path: Path) -> None:
    batches: queue.Queue[set[Path]] = queue.Queue()
    watcher = Watcher(tmp_path, batches.put, quiet_ms=150)
    watcher.start()
    try:
        (tmp_path / ".page.md.swp").write_text("swap", "utf-8")
        (tmp_path / "page.md~").write_text("backup", "utf-8")
        page = tmp_path / "page.md"
        for n in range(5):  # write, rewrite, as editors do on one save
            page.write_text(f"# Page {n}\n", "utf-8")
        assert batches.get(timeout=WAIT) == {page}
        with pytest.raises(queue.Empty):
            batches.get(timeout=1)
    finally:
        watcher.stop()


def test_stop_ends_the_watcher_thread(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path, lambda _paths: None)
    watcher.start()
    watcher.stop()
    assert "content-watcher" not in {t.name for t in threading.enumerate()}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"EDITOR": "vim"}, ["vim", "+12", "a.md"]),
        ({"EDITOR": "nano -w"}, ["nano", "-w", "+12", "a.md"]),
        ({"EDITOR": "code --wait"}, ["code", "--wait", "--goto", "a.md:12"]),
        ({"EDITOR": "/opt/bin/subl"}, ["/opt/bin/subl", "a.md:12"]),
        ({"EDITOR": "kate"}, ["kate", "--line", "12", "a.md"]),
        ({"EDITOR": "vim", "VISUAL": "emacsclient -c"}, ["emacsclient", "-c", "+12", "a.md"]),
        ({"EDITOR": "my-editor"}, ["my-editor", "a.md"]),
        ({}, ["xdg-open", "a.md"]),
    ],
)
def test_the_editor_command_opens_the_file_at_its_line(
    env: dict[str, str], expected: list[str]
) -> None:
    assert editor.command(Path("a.md"), 12, env, "linux") == expected


def test_without_an_editor_set_the_system_opens_the_file() -> None:
    assert editor.command(Path("a.md"), 3, {}, "darwin") == ["open", "-t", "a.md"]
    assert editor.command(Path("a.md"), 3, {}, "win32") == ["notepad.exe", "a.md"]
    windows = {"EDITOR": r'"C:\Program Files\Notepad++\notepad++.exe"'}
    assert editor.command(Path("a.md"), 3, windows, "win32") == [
        r"C:\Program Files\Notepad++\notepad++.exe", "-n3", "a.md",
    ]  # fmt: skip


def test_open_at_starts_the_command_without_a_shell() -> None:
    started: list[list[str]] = []
    name = Path("odd; rm -rf x.md")
    argv = editor.open_at(name, 0, {"EDITOR": "vim"}, started.append)
    assert started == [argv] == [["vim", "+1", "odd; rm -rf x.md"]]
