"""Build times: a clean build of the real content, and a rebuild after one edit at 100×."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from handbook_app.builder import pipeline

EDITED = Path("en") / "chapters" / "glossary-v42.md"


def handbook_build(content: Path, out: Path, *extra: str) -> float:
    """Seconds for ``handbook build`` as an editor runs it (a fresh process)."""
    command = [
        sys.executable,
        "-m",
        "handbook_app.cli",
        "build",
        str(content),
        "-o",
        str(out),
        *extra,
    ]
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


def clean_builds(content: Path, out: Path, runs: int) -> list[float]:
    return [handbook_build(content, out, "--clean") for _ in range(runs)]


def ensure_bundle(content: Path, out: Path) -> float:
    """Build (or bring up to date, from the build cache) the bundle of ``content``."""
    began = time.perf_counter()
    pipeline.build(content, out)
    return time.perf_counter() - began


def incremental_builds(content: Path, out: Path, runs: int) -> tuple[list[float], list[float]]:
    """(command, in-process) seconds of rebuilds after editing one document; restored after."""
    document = content / EDITED
    original = document.read_text("utf-8")
    command: list[float] = []
    inside: list[float] = []
    try:
        for run in range(runs):
            document.write_text(f"{original}\nEdit number {run} of the benchmark.\n", "utf-8")
            command.append(handbook_build(content, out))
            document.write_text(f"{original}\nSecond edit, number {run}.\n", "utf-8")
            inside.append(ensure_bundle(content, out))
    finally:
        document.write_text(original, "utf-8")
        ensure_bundle(content, out)
    return command, inside
