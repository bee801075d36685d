"""Save-to-rebuilt time of the live preview on the real content (``make bench``).

From writing a file to the rebuilt bundle handed to the window: the watcher's quiet
wait, the incremental rebuild and the hand-over. The GUI's reload of the open page
comes on top (measured with the GUI). Writes ``bench/results-preview.json``.
"""

from __future__ import annotations

import datetime as dt
import json
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


def main() -> int:
    total, rebuild = measure(ROOT / "content", RUNS)
    results = {
        "preview_save_to_rebuilt_p50_ms": ms(median(total)),
        "preview_save_to_rebuilt_p95_ms": ms(percentile(total, 95)),
        "preview_rebuild_p50_ms": ms(median(rebuild)),
        "meta": {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "runs": RUNS},
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    worst = results["preview_save_to_rebuilt_p95_ms"]
    assert isinstance(worst, int | float)
    print(
        f"{'preview_save_to_rebuilt_p95_ms':<32} {worst:>8} {'≤ ' + str(GOAL_MS):>8}  "
        f"{'yes' if worst <= GOAL_MS else 'NO'}"
    )
    print(f"{'preview_save_to_rebuilt_p50_ms':<32} {results['preview_save_to_rebuilt_p50_ms']:>8}")
    print(f"{'preview_rebuild_p50_ms':<32} {results['preview_rebuild_p50_ms']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
