"""One handbook per data folder, tried with two real processes: the second start raises the
first window and exits, and never opens (or overwrites) the case store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from handbook_app.core.cases import CaseStore
from handbook_app.gui.instance import LOCK, Instance

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.gui


def start(data: Path, bundle: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "handbook_app.gui.app", "--data-dir", str(data),
             "--allow-unsigned", "--bundle", str(bundle)],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip


def wait_for(condition: object, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


def test_a_second_start_raises_the_first_and_loses_nothing(
    tmp_path: Path, bundle_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = CaseStore(data / "cases.sqlite")
    store.set_tick("2026-014", "adult-labour", "job", True)
    store.close()
    first = start(data, bundle_path, tmp_path / "first.log")
    try:
        assert wait_for(lambda: (data / LOCK).exists() and (data / "handbook-app.wake").exists())
        second = start(data, bundle_path, tmp_path / "second.log")
        assert second.wait(60) == 0
        said = (tmp_path / "second.log").read_text()
        assert "already open" in said
        assert wait_for(lambda: "raised this window" in (tmp_path / "first.log").read_text(), 30)
        assert first.poll() is None, "the first handbook must still be running"
    finally:
        first.terminate()
        first.wait(30)
    store = CaseStore(data / "cases.sqlite")
    assert store.ticks("2026-014", "adult-labour") == {"job"}
    store.close()


@pytest.mark.usefixtures("qapp")
def test_a_lock_left_by_a_crash_does_not_block_the_next_start(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (tmp_path / LOCK).write_text(f"{dead}\nhandbook-app\n{socket.gethostname()}\n")
    guard = Instance(tmp_path)
    assert guard.claim()
    assert not Instance(tmp_path).claim()  # and now it is held
    guard.release()
