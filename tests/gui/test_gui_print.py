"""Printing pages and referral slips to PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handbook_app.core.assessment import DISCLAIMER

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Dialogs
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def is_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"/Type /Page" in data


def test_export_current_page_through_the_menu(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialogs.save_as = str(tmp_path / "page.pdf")
    window.slips.export_dialog()
    assert is_pdf(tmp_path / "page.pdf")


def test_checklist_slip_has_ticks_result_case_and_disclaimer(
    window: MainWindow, tmp_path: Path
) -> None:
    window.session.open("2026-020")
    window.navigator.open("adult-labour")
    for indicator in ("job", "employer"):
        window.checklist.boxes[indicator].click()
    html = window.slips.slip_html()
    assert "Case reference: <b>2026-020</b>" in html
    assert "Deceived about the nature of the job" in html
    assert "Not enough for the rule" in window.checklist.assessor.headline.text()
    assert "Some indicators, not enough for the rule" in html
    assert DISCLAIMER in html
    assert "Identity documents" not in html
    window.slips.export_pdf(tmp_path / "slip.pdf")
    assert is_pdf(tmp_path / "slip.pdf")


def test_guide_slip_has_decisions_and_contacts_to_call(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    html = window.slips.slip_html()
    assert "Is there immediate danger? — <b>No danger</b>" in html
    assert "+358 2954 63177" in html  # Finland is linked from the guide
    assert "(no case open)" in html
    window.slips.export_pdf(tmp_path / "route.pdf")
    assert is_pdf(tmp_path / "route.pdf")
