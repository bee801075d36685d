"""The editors' live preview in the window: save, and the page reloads where it was;
problems show above the last good page and open in the editor at their line."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from handbook_app import cli
from handbook_app.content.problems import Problem, Severity
from handbook_app.gui.preview import Preview, ProblemsPanel
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths
from handbook_app.preview.session import Outcome

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

CONTENT = Path(__file__).parent / "content"
WAIT_MS = 30_000  # generous on a busy machine; a rebuild of this content takes well under 1 s
CHAPTER = Path("en") / "chapters" / "first-contact.md"

Started = Callable[[Path], tuple[MainWindow, Preview]]


@pytest.fixture
def previewing(qtbot: QtBot, tmp_path: Path) -> Iterator[Started]:
    """A window previewing a content folder live, as ``handbook preview`` opens it."""
    made: list[tuple[MainWindow, Preview]] = []

    def start(content: Path) -> tuple[MainWindow, Preview]:
        paths = Paths.build(tmp_path / "data").ready()
        window = MainWindow(paths, QSettings(str(paths.settings), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        preview = Preview(content, paths.preview(content), window, quiet_ms=50)
        window.watch(preview)
        window.resize(900, 520)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, preview))
        with qtbot.waitSignal(preview.outcome, timeout=WAIT_MS):  # the first build, on its thread
            preview.start()
        return window, preview

    yield start
    for window, preview in made:
        preview.stop()
        window.close()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    return copy


def _errors(panel: ProblemsPanel) -> list[str]:
    return [line for line in panel.lines() if ": warning: " not in line]


def test_a_save_reloads_the_page_where_it_was_and_a_problem_comes_and_goes(
    previewing: Started, content: Path, qtbot: QtBot
) -> None:
    window, _preview = previewing(content)
    assert window.navigator.open("first-contact", "passport")
    page = window.reader.page
    bar = page.verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    chapter = content / CHAPTER
    text = chapter.read_text("utf-8")

    chapter.write_text(text + "\nChanged while previewing.\n", "utf-8")
    qtbot.waitUntil(lambda: "Changed while previewing." in page.toPlainText(), timeout=WAIT_MS)
    assert window.navigator.history.current == ("first-contact", "passport")
    assert window.navigator.panel() is window.reader
    assert bar.value() == where  # the edit is below: the text in sight did not move
    assert not _errors(window.problems)
    assert window.unsigned.isVisible()  # development content, and it says so

    chapter.write_text(text + "\nSee [the help](qqqq.md).\n", "utf-8")
    broken_line = len(text.splitlines()) + 2
    qtbot.waitUntil(lambda: bool(_errors(window.problems)), timeout=WAIT_MS)
    assert _errors(window.problems) == [
        f"{CHAPTER.as_posix()}:{broken_line}: broken link 'qqqq.md': no such document "
        "(link to an existing .md file with a relative path)"
    ]
    assert "the page shows the last good build" in window.problems.summary.text()
    assert window.problems.isVisible()
    assert "Changed while previewing." in page.toPlainText()  # the last good state, not empty
    assert window.navigator.history.current == ("first-contact", "passport")

    chapter.write_text(text + "\nFixed again.\n", "utf-8")
    qtbot.waitUntil(lambda: "Fixed again." in page.toPlainText(), timeout=WAIT_MS)
    assert not _errors(window.problems)
    assert "Changed while previewing." not in page.toPlainText()
    assert "rebuilt" in window.problems.summary.text()


def test_the_first_build_runs_off_the_gui_thread_and_the_window_stays_live(
    qtbot: QtBot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = Paths.build(tmp_path / "data").ready()
    window = MainWindow(paths, QSettings(str(paths.settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    preview = Preview(content, paths.preview(content), window, quiet_ms=50)
    window.watch(preview)
    window.show()
    qtbot.waitExposed(window)
    building = threading.Event()
    release = threading.Event()
    threads: list[threading.Thread] = []
    rebuild = preview.session.rebuild

    def slow_rebuild(before_swap: Callable[[], None] | None = None) -> Outcome:
        threads.append(threading.current_thread())
        building.set()
        release.wait(WAIT_MS / 1000)  # held until the GUI thread has shown it stays live
        return rebuild(before_swap)

    monkeypatch.setattr(preview.session, "rebuild", slow_rebuild)
    preview.start()
    assert building.wait(WAIT_MS / 1000)
    assert preview.last is None  # start() came back while the build runs
    assert "Building the preview" in window.problems.summary.text()
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT_MS)  # events run during the build
    timer.stop()
    shown: list[bool] = []
    preview.outcome.connect(lambda _o: shown.append(threading.current_thread() is threads[0]))
    with qtbot.waitSignal(preview.outcome, timeout=WAIT_MS):
        release.set()
    assert threads[0] is not threading.main_thread()
    assert shown == [False]  # the outcome arrives on the GUI thread
    assert window.bundle is not None
    assert "rebuilt" in window.problems.summary.text()
    preview.stop()


def test_a_build_after_prepare_imports_nothing(tmp_path: Path) -> None:
    """Builds run on other threads than Qt's, where importing is not safe: ``prepare()``
    on the GUI thread must import all they need (a fresh process sees every import)."""
    script = f"""
import sys
from pathlib import Path
from handbook_app.preview.session import Session, prepare
prepare()
before = set(sys.modules)
session = Session(Path({str(tmp_path / "content")!r}), Path({str(tmp_path / "private")!r}))
chapter = session.content / {CHAPTER.as_posix()!r}
text = chapter.read_text("utf-8")
outcomes = [session.rebuild()]
chapter.write_text(text + "\\nAn edit.\\n", "utf-8")
outcomes.append(session.rebuild())
chapter.write_text(text + "\\n[Broken](missing.md)\\n", "utf-8")
outcomes.append(session.rebuild())
print([o.ok for o in outcomes], sorted(set(sys.modules) - before))
"""
    shutil.copytree(CONTENT, tmp_path / "content")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "[True, True, False] []"


def test_a_checklist_shown_is_rebuilt_with_the_edit(
    previewing: Started, content: Path, qtbot: QtBot
) -> None:
    window, _preview = previewing(content)
    assert window.navigator.open("quick-screen")
    checklist = content / "en" / "checklists" / "quick-screen.md"
    checklist.write_text(
        checklist.read_text("utf-8").replace("title: Quick screen", "title: Quick look"), "utf-8"
    )
    qtbot.waitUntil(lambda: "Quick look" in window.windowTitle(), timeout=WAIT_MS)
    assert window.navigator.panel() is window.checklist
    body = window.checklist.area.widget()
    assert body is not None
    headings = [w.text() for w in body.findChildren(QLabel)]
    assert "Quick look" in headings


def test_a_first_build_with_errors_lists_them_and_shows_the_content_once_fixed(
    previewing: Started, content: Path, qtbot: QtBot
) -> None:
    chapter = content / CHAPTER
    text = chapter.read_text("utf-8")
    chapter.write_text(text + "\n[Broken](missing.md)\n", "utf-8")
    window, preview = previewing(content)
    assert preview.last is not None
    assert not preview.last.ok
    assert window.bundle is None
    assert _errors(window.problems)[0].startswith(f"{CHAPTER.as_posix()}:")
    assert "nothing to show until they are fixed" in window.problems.summary.text()
    chapter.write_text(text, "utf-8")
    qtbot.waitUntil(lambda: window.bundle is not None, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.start  # the content is shown, from home
    assert not _errors(window.problems)


@pytest.fixture
def panel(content: Path, qtbot: QtBot) -> tuple[ProblemsPanel, list[list[str]], io.StringIO]:
    started: list[list[str]] = []
    console = io.StringIO()
    shown = ProblemsPanel(
        Preview(content, content.parent / "private"),
        console=console,
        environ={"EDITOR": "vim"},
        start=started.append,
    )
    qtbot.addWidget(shown)
    return shown, started, console


def test_enter_on_a_problem_opens_its_file_at_its_line_and_prints_it(
    panel: tuple[ProblemsPanel, list[list[str]], io.StringIO], content: Path, qtbot: QtBot
) -> None:
    shown, started, console = panel
    chapter = content / CHAPTER
    warning = Problem(chapter, 3, "a warning", "", Severity.WARNING)
    error = Problem(chapter, 12, "broken link 'x.md': no such document", "link to an existing file")
    shown.show_outcome(Outcome(False, (warning, error)))
    line = (
        f"{CHAPTER.as_posix()}:12: broken link 'x.md': no such document (link to an existing file)"
    )
    assert shown.lines()[0] == line  # errors first
    shown.show()
    shown.list.setCurrentRow(0)
    with qtbot.waitSignal(shown.message) as said:
        qtbot.keyClick(shown.list, Qt.Key.Key_Return)
    assert started == [["vim", "+12", str(chapter)]]
    assert console.getvalue() == line + "\n"
    assert said.args is not None
    assert "line 12" in said.args[0]


def test_an_editor_that_cannot_start_is_said_and_nothing_breaks(
    panel: tuple[ProblemsPanel, list[list[str]], io.StringIO], content: Path, qtbot: QtBot
) -> None:
    shown, _started, _console = panel

    def refuse(_argv: list[str]) -> None:
        raise FileNotFoundError(2, "No such file or directory", "vim")

    shown.start = refuse
    shown.show_outcome(Outcome(False, (Problem(content / CHAPTER, 4, "odd", "fix"),)))
    with qtbot.waitSignal(shown.message) as said:
        shown.open_problem(shown.list.item(0))
    assert said.args is not None
    assert said.args[0].startswith("The editor could not be started:")


def test_handbook_app_content_builds_and_renders_the_preview(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "handbook_app.gui.app", "--content", str(content)]
    command += ["--data-dir", str(tmp_path / "d"), "--screenshot", str(out)]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Previewing" in done.stderr
    assert "rebuilt in" in done.stderr
    assert QImage(str(out)).width() >= 800
    assert (tmp_path / "d" / "preview").is_dir()  # built privately, under the data folder


def test_handbook_preview_starts_the_app_on_the_folder(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []

    class App:
        def __init__(self, argv: list[str]) -> None:
            started.append(argv)

        def __enter__(self) -> App:
            return self

        def __exit__(self, *_exc: object) -> None:
            return None

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(cli.subprocess, "Popen", App)
    assert cli.main(["--data-dir", "/tmp/d", "preview", str(content)]) == 0
    app = [sys.executable, "-m", "handbook_app.gui.app"]
    assert started == [[*app, "--content", str(content), "--data-dir", "/tmp/d"]]


def test_handbook_preview_of_a_missing_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["preview", str(tmp_path / "nowhere")]) == 1
    assert "no content folder at" in capsys.readouterr().err


def _open_below(folder: Path) -> list[str]:
    """Files below ``folder`` this process holds open (Linux: ``/proc/self/fd``)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith(f"{folder}{os.sep}"):
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_no_file_of_the_shown_bundle_is_open_when_a_rebuild_replaces_it(
    previewing: Started, content: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a folder holding an open file cannot be renamed: the search index the
    window has open made every rebuild fail there. The window lets go of the old bundle
    before the swap, and searches the new one after it."""
    from handbook_app.builder import write

    window, preview = previewing(content)
    window.search.box.setText("passport")
    with qtbot.waitSignal(window.search.resultsShown, timeout=WAIT_MS):
        window.search.run()
    assert _open_below(preview.bundle), "the search has the index open"
    held: list[list[str]] = []
    swap = write.swap_in

    def watched(folder: Path, out: Path) -> None:
        held.append(_open_below(out))
        swap(folder, out)

    monkeypatch.setattr(write, "swap_in", watched)
    chapter = content / CHAPTER
    with qtbot.waitSignal(preview.outcome, timeout=WAIT_MS) as outcome:
        chapter.write_text(chapter.read_text("utf-8") + "\nA passport line.\n", "utf-8")
    assert outcome.args is not None
    assert outcome.args[0].ok
    assert held == [[]]
    window.search.box.setText("passport line")
    with qtbot.waitSignal(window.search.resultsShown, timeout=WAIT_MS):
        window.search.run()
    assert window.search.shown is not None
    assert window.search.shown.hits
