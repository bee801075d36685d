"""Case data survives a crash: a writer is killed with SIGKILL again and again.

After every kill the database must pass ``PRAGMA integrity_check``, and every
write the writer had reported as done must be there, whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import casewriter

KILLS = int(os.environ.get("DURABILITY_KILLS", "40"))
"""Kills per run: 40 in ``make test`` (about 5 s), 300 in ``make attack``."""
WRITER = Path(casewriter.__file__)
SEED = int(os.environ.get("DURABILITY_SEED", "20261128"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def run_and_kill(db: Path, start: int, delay: float) -> list[int]:
    """Start a writer at ``start``, SIGKILL it after ``delay`` s; the writes it reported done."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready != b"ready\n":
        proc.kill()
        pytest.fail(
            f"writer did not start: {(ready + proc.stdout.read()).decode(errors='replace')}"
        )
    # The delay runs from the first write reported done, so that on a loaded machine
    # too the kill lands while writing, not while the writer is still starting.
    first = proc.stdout.readline()
    time.sleep(delay)
    assert proc.poll() is None, "the writer stopped before it was killed"
    proc.send_signal(signal.SIGKILL)
    # Read through the same buffered pipe as readline did: nothing it buffered is lost.
    out = first + proc.stdout.read()
    proc.stdout.close()
    assert proc.wait() == -signal.SIGKILL
    lines = out.decode().splitlines()
    # A line cut short by the kill was never reported as done.
    return [int(line[5:]) for line in lines if line.startswith("done ") and line[5:].isdigit()]


def check_database(db: Path, done: set[int], last_done: int) -> None:
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ticked = {
            row[0]
            for row in con.execute(
                "SELECT indicator FROM ticks WHERE ref=? AND checklist=?",
                (casewriter.REF, casewriter.CHECKLIST),
            )
        }
        missing = {n for n in done if casewriter.indicator(n) not in ticked}
        assert not missing, f"writes reported done but lost: {sorted(missing)[:10]}"
        route = con.execute(
            "SELECT step, answer FROM routes WHERE ref=? AND guide=? ORDER BY position",
            (casewriter.REF, casewriter.GUIDE),
        ).fetchall()
    con.close()
    if last_done < 0:
        return
    # The route is the one of a single write, whole: never a mix of two saves.
    assert route, "the route saved by the last write is gone"
    n = int(route[0][0][1:])
    assert n >= last_done, f"route went back from write {last_done} to {n}"
    assert route == casewriter.trail(n), f"route of write {n} is not whole: {route}"


def test_writes_reported_done_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "cases.sqlite"
    rng = random.Random(SEED)
    done: set[int] = set()
    last_done = -1
    interrupted = 0
    # The kill comes at a random moment up to `reach` seconds after the writer is ready.
    # On a loaded machine a write takes longer, so a run killed before its first write
    # widens the reach: the kills keep landing while writing, whatever the load.
    reach = 0.03
    for _ in range(KILLS):
        start = last_done + 1
        reported = run_and_kill(db, start, rng.uniform(0.0, reach))
        if reported:
            assert reported == list(range(start, start + len(reported)))
            done.update(reported)
            last_done = reported[-1]
        else:
            interrupted += 1
            reach = min(reach * 1.5, 2.0)
        check_database(db, done, last_done)
    # Every run reported at least its first write before the kill came.
    assert interrupted == 0, f"{interrupted} of {KILLS} runs reported no write"
    assert len(done) >= KILLS, f"only {len(done)} writes in {KILLS} runs"
