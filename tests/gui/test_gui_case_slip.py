"""One referral slip per case: what it holds, its file name, and one page on A4 and Letter."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QFileDialog

from handbook_app.core.mission import Mission
from handbook_app.gui import printing

if TYPE_CHECKING:
    from helpers.gui_kit import Dialogs

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def work_a_case(window: MainWindow) -> None:
    window.profile.set_mission(Mission(home="finland", host="sweden"))
    window.session.open("2026-014")
    window.navigator.open("adult-labour")
    for indicator in ("job", "hours", "pay"):
        window.checklist.boxes[indicator].click()
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    window.session.open("2026-015")  # another case, with its own tick
    window.navigator.open("quick-screen")
    window.checklist.boxes["afraid"].click()
    window.session.open("2026-014")


def test_the_case_slip_holds_this_case_only(window: MainWindow) -> None:
    work_a_case(window)
    html = window.slips.case_slip_html()
    assert "Case reference: <b>2026-014</b>" in html
    assert "Checklist: Adults – labour exploitation" in html
    assert "Deceived about the nature of the job" in html
    assert "Guide: Referral of an adult" in html
    assert "Is there immediate danger? — <b>No danger</b>" in html
    assert "guidance for referral, not a legal determination" in html.lower()
    assert "Sweden: National Coordinator" in html  # the host's contacts
    assert "Finland" not in html  # no return guide walked: the home country is not listed
    assert "Quick screen" not in html  # 2026-015's checklist
    assert "The person seems afraid" not in html
    assert "edition 7 of 2026-11-01; NOT signed (development content)" in html
    assert "holds no personal names" in html


def test_the_suggested_name_has_case_and_date_and_skips_a_taken_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    today = dt.datetime.now().astimezone().date().isoformat()
    (tmp_path / f"referral-slip-2026-014-{today}.pdf").write_bytes(b"an earlier slip")
    asked: list[str] = []

    def save(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return suggested, "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    work_a_case(window)
    path = window.slips.export_case_dialog()
    assert asked == [str(tmp_path / f"referral-slip-2026-014-{today}-2.pdf")]
    assert path is not None
    assert pages(path) == 1
    assert (tmp_path / f"referral-slip-2026-014-{today}.pdf").read_bytes() == b"an earlier slip"


@pytest.mark.parametrize("size", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_an_ordinary_case_slip_is_one_page(
    window: MainWindow, tmp_path: Path, size: QPageSize.PageSizeId
) -> None:
    work_a_case(window)
    out = tmp_path / "slip.pdf"
    printing.export_pdf(window.slips.case_slip_html(), out, size)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages(out) == 1
    expected = {QPageSize.PageSizeId.A4: b"595", QPageSize.PageSizeId.Letter: b"612"}[size]
    assert re.search(rb"/MediaBox \[0 0 " + expected, data)


def test_the_case_slip_menu_entries_need_a_case(window: MainWindow, dialogs: Dialogs) -> None:
    assert window.slips.export_case_dialog() is None
    menu = window.menus.get("&Cases") or next(
        m.menu() for m in window.menuBar().actions() if m.text() == "&Cases"
    )
    assert menu is not None
