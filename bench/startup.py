"""Start-up to first paint and peak memory, of the app and of a bare PySide6 window.

Each start is a fresh process: the time runs from ``Popen`` to the child printing
``painted`` (``HANDBOOK_EXIT_AFTER_PAINT=1``, see ``handbook_app/gui/firstpaint.py``),
and the peak RSS is the child's own ``VmHWM`` at that moment. The kinds of start
are interleaved, so that a noisy moment on the machine hits all of them alike.

The app's modules are compiled first, as an installed app has them (pip and
PyInstaller write the ``.pyc`` files): where ``PYTHONDONTWRITEBYTECODE`` is set, as
on the shared development machines, every start would otherwise compile them again
(about a third of the app's start-up there), while the bare window has nothing to compile.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT_S = 120
PACKAGES = ("handbook_app", "bench")
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Starts:
    seconds: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)


def start_once(command: list[str]) -> tuple[float, int]:
    env = {**os.environ, "HANDBOOK_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("painted"):
                elapsed = time.perf_counter() - began
                child.wait(TIMEOUT_S)
                return elapsed, int(line.split()[1])
        child.wait(TIMEOUT_S)
    raise RuntimeError(f"{' '.join(command)} exited without painting")


def measure(bundles: dict[str, Path], runs: int) -> dict[str, Starts]:
    """``runs`` starts of the bare window and of the app on each bundle, interleaved."""
    python = sys.executable
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        commands = {"bare": [python, "-m", "bench.bare"]}
        for name, bundle in bundles.items():
            commands[name] = [
                python, "-m", "handbook_app.gui.app", "--allow-unsigned", "--bundle", str(bundle),
                "--data-dir", str(Path(data) / name),
            ]  # fmt: skip
        for command in commands.values():  # one untimed start each: disk cache, .pyc files
            start_once(command)
        found = {name: Starts() for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                seconds, rss = start_once(command)
                found[name].seconds.append(seconds)
                found[name].rss_kb.append(rss)
    return found
