"""``handbook-app --self-test`` from source: the JSON line, the exit status, each failure."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from helpers.trust_kit import Kit

from handbook_app.gui import selftest

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.gui  # the self-test starts Qt in this process

TEXT = "# Work abroad\n\nA recruiter who keeps wages to pay a debt is a sign of debt bondage.\n"


def run(bundle: Path, trusted_keys: Path | None = None) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    status = selftest.run(bundle, trusted_keys, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, lines
    return status, json.loads(lines[0])


def test_command_line_prints_one_json_line_and_exits_0(sample_bundle: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HANDBOOK_BUNDLE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "handbook_app.gui.app",
            "--self-test",
            "--bundle",
            str(sample_bundle),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    summary = json.loads(lines[0])
    assert summary["ok"] is True
    assert summary["edition"] == 2
    assert summary["documents"] == 7
    assert summary["signature"] == "unsigned"
    assert summary["fingerprint"] is None
    assert summary["query"] == selftest.QUERY
    assert summary["hits"] >= 1
    assert summary["page"] == "labour-list"
    assert summary["platform"] == "offscreen"
    assert summary["pdf_bytes"] >= selftest.MIN_PDF_BYTES


def test_signed_bundle_reports_its_key(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    status, summary = run(kit.bundle(docs={"abroad": TEXT}), kit.keys)
    assert status == 0, summary
    assert summary["signature"] == "signed"
    assert summary["fingerprint"] == kit.fingerprint


def test_untrusted_key_fails(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    status, summary = run(kit.bundle(docs={"abroad": TEXT}, key=kit.stranger), kit.keys)
    assert status == 1
    assert summary["ok"] is False
    assert summary["signature"] == "invalid"
    assert "not trusted" in summary["error"]


def test_changed_file_fails_naming_it(sample_bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(sample_bundle, copy)
    page = copy / "docs" / "en" / "signs.json"
    page.write_bytes(page.read_bytes().replace(b"}", b" }", 1))
    status, summary = run(copy)
    assert status == 1
    assert summary["step"] == "verify"
    assert "docs/en/signs.json" in summary["error"]


def test_missing_bundle_fails(tmp_path: Path) -> None:
    status, summary = run(tmp_path / "nowhere")
    assert status == 1
    assert summary["ok"] is False
    assert "manifest.json" in summary["error"]


def test_a_search_that_finds_nothing_fails(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    status, summary = run(kit.bundle(docs={"q": "# Quay\n\nQuiz yak zoo.\n"}), kit.keys)
    assert status == 1, summary
    assert summary["step"] == "search"
    assert summary["hits"] == 0
    assert "found nothing" in summary["error"]


@pytest.mark.usefixtures("qapp")
def test_blank_rendering_fails(sample_bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest.Reader, "show_document", lambda *_args, **_kw: None)
    status, summary = run(sample_bundle)
    assert status == 1
    assert summary["step"] == "render"
    assert "blank" in summary["error"]
