"""The counter tasks walked by real key presses in a real window (X11): ``make walk``.

Runs under Xvfb (``xvfb-run``): the app's window on the xcb platform, each key sent by
``xdotool`` as the X server's own key events (not Qt's synthetic ones, as the pytest-qt
walk in tests/gui/test_gui_keyboard.py sends). After each key it checks where the
keyboard focus and the page are, and with ``--shots DIR`` saves the screen after each task.
Exit status 1 names the first step that went wrong.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QCheckBox

from handbook_app.core.mission import HOME_KEY, HOST_KEY
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

if TYPE_CHECKING:
    from collections.abc import Callable

WAIT = 5.0
"""Seconds a step may take to show its effect."""


class Walk:
    def __init__(self, app: QApplication, window: MainWindow, shots: Path | None) -> None:
        self.app, self.window, self.shots = app, window, shots
        self.wid = str(int(window.winId()))

    def settle(self, seconds: float = 0.1) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def keys(self, *names: str) -> None:
        for name in names:
            subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
            self.settle(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
        self.settle(0.2)

    def expect(self, what: str, check: Callable[[], bool]) -> None:
        end = time.monotonic() + WAIT
        while not check():
            if time.monotonic() > end:
                raise SystemExit(f"walk: not so after the keys: {what}")
            self.settle(0.05)
        print(f"ok: {what}")

    def shot(self, name: str) -> None:
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            target = self.shots / f"{name}.png"
            subprocess.run(["import", "-window", "root", str(target)], check=True)
            print(f"   {target}")

    def focus(self) -> object:
        return QApplication.focusWidget()


def guide(walk: Walk) -> None:
    w = walk.window
    walk.keys("alt+Home")
    walk.expect("Alt+Home: the start page", lambda: w.stack.currentWidget() is w.start)
    walk.keys("Tab", "Return")
    g = w.guide
    walk.expect("a guide from the start page", lambda: w.stack.currentWidget() is g)
    walk.expect("the keyboard on the first answer", lambda: walk.focus() is g.choices[0])
    walk.expect("answers show their keys", lambda: g.choices[0].text().startswith("1"))
    walk.shot("guide-start")
    for _ in range(12):  # the last answer's number, or Space on Next, to the end
        before = g.heading.text()
        if g.choices:
            walk.keys(str(len(g.choices)))
        elif g.next.isVisible():
            walk.keys("space")
        else:
            break

        def moved(was: str = before) -> bool:
            return g.heading.text() != was

        walk.expect(f"one key on from '{before}'", moved)
    walk.expect("the end of the guide", lambda: not g.choices and not g.next.isVisible())
    walk.expect("the keyboard on Print route", lambda: walk.focus() is g.print)
    walk.shot("guide-end")
    end = g.heading.text()
    walk.keys("BackSpace")
    walk.expect("Backspace: one step back", lambda: g.heading.text() != end)


def checklist(walk: Walk) -> None:
    w, c = walk.window, walk.window.checklist
    w.navigator.open("adult-labour")
    w.contents.setFocus()
    walk.keys("F6")
    first = next(iter(c.boxes.values()))
    walk.expect("F6: the first indicator", lambda: walk.focus() is first)
    walk.keys("space", "Tab", "space")
    walk.expect("Space ticks, Tab moves on", lambda: len(c.ticked_ids()) == 2)
    walk.keys("ctrl+Down")
    second = list(c.members.values())[1][0].box
    walk.expect("Ctrl+Down: the next group", lambda: walk.focus() is second)
    walk.shot("checklist-ticked")


def search(walk: Walk) -> None:
    w, c = walk.window, walk.window.checklist
    walk.keys("ctrl+k")
    walk.expect("Ctrl+K: the search box", lambda: walk.focus() is w.search.box)
    walk.type("passport kept by the employer")
    walk.keys("Return")
    walk.expect("the hit opens the checklist", lambda: w.stack.currentWidget() is c)

    def on_match() -> bool:
        box = walk.focus()
        rows = [r for r in c.rows.values() if r.box is box]
        return isinstance(box, QCheckBox) and bool(rows) and rows[0].matched

    walk.expect("the keyboard on a highlighted indicator", on_match)
    place = w.navigator.history.current
    anchor = place[1] if place else ""
    group = c.groups.get(anchor)

    def heading_on_top() -> bool:
        bar = c.area.verticalScrollBar()
        top = group.mapTo(c.area.viewport(), QPoint(0, 0)).y() if group else 99
        return -2 <= top <= 0 or bar.value() == bar.maximum()

    walk.expect(f"the section '{anchor}' heading at the top", heading_on_top)
    walk.shot("search-hit")
    walk.keys("space")
    walk.expect("Space ticks the indicator found", lambda: bool(c.ticked_ids()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--shots", type=Path, help="save the screen after each task here")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths.build(Path(tmp) / "data")
        paths.data.mkdir(parents=True)
        settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        settings.setValue(HOME_KEY, "")
        settings.setValue(HOST_KEY, "")
        window = MainWindow(paths, settings)
        window.library.allow_unsigned = True  # the walk uses a development bundle
        window.library.open(args.bundle)
        width, height = (int(n) for n in args.size.split("x"))
        window.setGeometry(0, 0, width, height)
        window.show()
        walk = Walk(app, window, args.shots)
        walk.settle(1.0)
        subprocess.run(["xdotool", "windowfocus", "--sync", walk.wid], check=True)
        walk.settle(0.3)
        for task in (guide, checklist, search):
            task(walk)
        window.close()
    print("walk: every task done by keys in a real window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
