"""Save-to-rebuilt and save-to-reloaded times of the live preview on the real content
(``make bench``).

The core: from writing a file to the rebuilt bundle handed over by the watcher (its
quiet wait, the incremental rebuild, the hand-over). The GUI: from writing a file to
the window showing the rebuilt page where the reader was (the same, the signal to the
GUI thread and the window's reload), at 1366x768, offscreen. Writes
``bench/results-preview.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import shutil
import sys
import time
from pathlib import Path

from bench.stats import median, ms, percentile
from handbook_app.preview.session import Outcome, Session
from handbook_app.preview.watch import Live

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench" / "preview"
RESULTS = Path(__file__).resolve().parent / "results-preview.json"
EDITED = Path("en") / "chapters" / "self-care.md"
RUNS = 10
GOAL_MS = 1000


def measure(content: Path, runs: int) -> tuple[list[float], list[float]]:
    """(save-to-rebuilt, rebuild alone) seconds over ``runs`` saves of one chapter."""
    copy = WORK / "content"
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(content, copy)
    outcomes: queue.Queue[tuple[float, Outcome]] = queue.Queue()
    live = Live(Session(copy, WORK / "private"), lambda o: outcomes.put((time.perf_counter(), o)))
    live.start()
    outcomes.get(timeout=120)
    page = copy / EDITED
    original = page.read_text("utf-8")
    total: list[float] = []
    rebuild: list[float] = []
    try:
        for run in range(runs):
            time.sleep(0.3)  # an editor's pause between saves
            saved = time.perf_counter()
            page.write_text(f"{original}\nSaved edit number {run}.\n", "utf-8")
            done, outcome = outcomes.get(timeout=60)
            assert outcome.ok, outcome
            assert outcome.changed == {"self-care"}, outcome
            total.append(done - saved)
            rebuild.append(outcome.seconds)
    finally:
        live.stop()
    return total, rebuild


def measure_gui(content: Path, runs: int) -> tuple[list[float], list[float]]:
    """(save-to-reloaded, the window's reload alone) seconds over ``runs`` saves of the
    chapter open in a previewing window, scrolled half-way down."""
    from PySide6.QtCore import QSettings  # noqa: PLC0415 (the core bench needs no Qt)
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    from handbook_app.gui.app import settle  # noqa: PLC0415 (after the QApplication)
    from handbook_app.gui.preview import Preview  # noqa: PLC0415
    from handbook_app.gui.window import MainWindow  # noqa: PLC0415
    from handbook_app.paths import Paths  # noqa: PLC0415

    assert isinstance(app, QApplication)
    copy = WORK / "gui" / "content"
    shutil.rmtree(WORK / "gui", ignore_errors=True)
    shutil.copytree(content, copy)
    paths = Paths.build(WORK / "gui" / "data").ready()
    window = MainWindow(paths, QSettings(str(paths.settings), QSettings.Format.IniFormat))
    preview = Preview(copy, paths.preview(copy), window)
    marks: dict[str, float] = {}
    preview.built.connect(lambda _path: marks.setdefault("built", time.perf_counter()))
    window.watch(preview)  # its reload runs after the mark above, before ``outcome``
    preview.outcome.connect(lambda _o: marks.setdefault("shown", time.perf_counter()))
    window.resize(1366, 768)
    window.show()
    preview.start()  # the first build runs on its own thread
    settle(app, lambda: preview.last is not None, 600_000)
    assert preview.last is not None
    assert preview.last.ok, preview.last
    assert window.navigator.open(EDITED.stem)
    bar = window.reader.page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page = copy / EDITED
    original = page.read_text("utf-8")
    total: list[float] = []
    reload: list[float] = []
    try:
        for run in range(runs):
            settle(app, timeout_ms=300)  # an editor's pause between saves
            marks.clear()
            edit = f"Saved edit number {run}."
            saved = time.perf_counter()
            page.write_text(f"{original}\n{edit}\n", "utf-8")
            settle(app, lambda: "shown" in marks, 60_000)
            assert "built" in marks, preview.last
            assert edit in window.reader.page.toPlainText()
            assert window.navigator.history.current == (EDITED.stem, "")
            total.append(marks["shown"] - saved)
            reload.append(marks["shown"] - marks["built"])
    finally:
        preview.stop()
        window.close()
    return total, reload


def _row(name: str, value: object, goal: bool = False) -> None:
    assert isinstance(value, int | float)
    judged = f"{'≤ ' + str(GOAL_MS):>8}  {'yes' if value <= GOAL_MS else 'NO'}" if goal else ""
    print(f"{name:<36} {value:>8} {judged}")


def main() -> int:
    total, rebuild = measure(ROOT / "content", RUNS)
    shown, reload = measure_gui(ROOT / "content", RUNS)
    results = {
        "preview_save_to_rebuilt_p50_ms": ms(median(total)),
        "preview_save_to_rebuilt_p95_ms": ms(percentile(total, 95)),
        "preview_rebuild_p50_ms": ms(median(rebuild)),
        "preview_gui_save_to_reloaded_p50_ms": ms(median(shown)),
        "preview_gui_save_to_reloaded_p95_ms": ms(percentile(shown, 95)),
        "preview_gui_reload_p50_ms": ms(median(reload)),
        "meta": {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "runs": RUNS,
            "load_average": round(os.getloadavg()[0], 2),
        },
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    for name, value in results.items():
        if name != "meta":
            _row(name, value, goal=name.endswith("_p95_ms"))
    print(f"(1-minute load average at the end: {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
