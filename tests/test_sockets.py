"""No sockets, checked at the C level (issue 11, item 5).

The Python-level test (tests/test_network.py) cannot see a connection that Qt's C++
print plugin makes to CUPS. These run the app under ``strace -f`` and fail on any
``AF_INET``/``AF_INET6`` socket, any connection to a CUPS socket and any name lookup
through nscd. Other local ``AF_UNIX`` sockets (none appear offscreen; on a desktop
the display server and D-Bus) are allowed. ``CUPS_SERVER`` points at a local TCP port,
so that a print-system lookup shows up as an ``AF_INET`` connection.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.trust_kit import Kit

from handbook_app.builder import pipeline
from handbook_app.trust.pack import pack

HELPER = Path(__file__).parent / "helpers" / "offline_session.py"
GUI_CONTENT = Path(__file__).parent / "gui" / "content"
FORBIDDEN = re.compile(
    r"socket\(AF_INET6?\b|sa_family=AF_INET6?\b|sun_path=\"[^\"]*(cups|nscd)[^\"]*\""
)
ENV = {"QT_QPA_PLATFORM": "offscreen", "CUPS_SERVER": "127.0.0.1:9", "HANDBOOK_DATA": ""}


def strace_works() -> str:
    """Why the check cannot run here; "" when it can."""
    if shutil.which("strace") is None:
        return "strace is not installed (apt-get install strace)"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "true"],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if probe.returncode == 0 else f"strace cannot trace here: {probe.stderr.strip()}"


pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(bool(strace_works()), reason=strace_works() or "strace works"),
]


def traced(command: list[str], log: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``command`` under strace; its outcome and every forbidden socket call."""
    env = {**os.environ, **ENV}
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    calls = log.read_text("utf-8", "replace").splitlines()
    return done, [line for line in calls if FORBIDDEN.search(line)]


def test_the_check_sees_the_print_system_lookup(tmp_path: Path) -> None:
    """The canary: asking Qt for printers connects to CUPS_SERVER, and the check says so."""
    script = (
        "from PySide6.QtWidgets import QApplication; a = QApplication([]);"
        "from PySide6.QtPrintSupport import QPrinterInfo; QPrinterInfo.availablePrinters()"
    )
    done, forbidden = traced([sys.executable, "-c", script], tmp_path / "canary.log")
    assert done.returncode == 0, done.stderr
    if not (tmp_path / "canary.log").read_text().count("connect("):
        pytest.skip("Qt's CUPS print plugin is not installed here: nothing to see")
    assert any("sa_family=AF_INET" in line for line in forbidden), forbidden


def test_the_self_test_opens_no_socket(sample_bundle: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "handbook_app.gui.app", "--self-test"]
    done, forbidden = traced([*command, "--bundle", str(sample_bundle)], tmp_path / "self.log")
    assert '"ok": true' in done.stdout, done.stdout + done.stderr
    assert forbidden == []


def test_a_session_opens_no_socket(tmp_path: Path) -> None:
    """Open, search, one document of each kind, Export PDF, import a signed update."""
    bundle = tmp_path / "bundle"
    pipeline.build(GUI_CONTENT, bundle)
    (tmp_path / "kit").mkdir()
    kit = Kit(tmp_path / "kit")
    update = tmp_path / "update.zip"
    pack(kit.bundle("v9", edition=9), update)
    args = [bundle, update, tmp_path / "data", kit.keys, tmp_path / "slip.pdf"]
    command = [sys.executable, str(HELPER), *map(str, args)]
    done, forbidden = traced(command, tmp_path / "session.log")
    assert done.stdout.strip().endswith("done"), done.stdout + done.stderr
    assert forbidden == []
