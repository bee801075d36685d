"""A case-store writer for the crash test: ``python tests/casewriter.py DB START``.

It prints ``ready`` once the store is open, then for n = START, START+1, … it
ticks indicator ``i<n>`` and saves a route of ``n % 7 + 1`` steps all named
``n<n>``, printing ``done n`` (flushed) after each committed pair of writes. It
never stops by itself: the test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from handbook_app.core.cases import CaseStore

REF = "2026-001"
CHECKLIST = "durability"
GUIDE = "durability-guide"


def indicator(n: int) -> str:
    return f"i{n:07d}"


def trail(n: int) -> list[tuple[str, str]]:
    """The route saved for write ``n``: its length and names both encode ``n``."""
    return [(f"n{n}", f"answer {k}") for k in range(n % 7 + 1)]


def main(db: Path, start: int) -> None:
    store = CaseStore(db)
    print("ready", flush=True)
    n = start
    while True:
        store.set_tick(REF, CHECKLIST, indicator(n), True)
        store.save_route(REF, GUIDE, trail(n))
        print(f"done {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
