"""The Qt binding must not leak references: a long session at the counter must not crash.

PySide6-Essentials 6.12.0 on Python 3.11 dropped a reference to None with every
void call and aborted the process (``none_dealloc``); pyproject.toml excludes it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_a_thousand_qt_calls_leave_none_and_booleans_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        label.setText("Debt bondage")
        label.setVisible(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 50
    assert after[1] >= before[1] - 50
