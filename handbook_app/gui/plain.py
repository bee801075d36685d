"""Text from outside shown as plain text: message boxes, labels and tooltips.

File names from a package, manifest fields, publisher names, queries and problem lines
can hold ``<img src=…>`` or ``<h1>``. Qt shows a message box, a label or a tooltip as
rich text when its text merely looks like HTML (``Qt::mightBeRichText``): a member
named ``<img src="/dev/zero">`` would read a device, and a fake heading would look like
the app's own words. Every message box of the app goes through :func:`message` or
:func:`ask`, which set ``Qt.PlainText``; labels that show outside text use
:func:`label_of`; tooltips use :func:`tip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def message(parent: QWidget | None, title: str, text: str, icon: Icon = Icon.Information) -> None:
    """A message with an OK button; ``text`` is shown exactly as given."""
    _run(QMessageBox(icon, title, text, Button.Ok, parent), Button.Ok)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, title, text, Icon.Warning)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    """A question; the button pressed (``text`` is shown exactly as given)."""
    return _run(QMessageBox(Icon.Question, title, text, buttons, parent), default)


def yes(parent: QWidget | None, title: str, text: str) -> bool:
    return ask(parent, title, text) == Button.Yes


def _run(box: QMessageBox, default: Button) -> Button:
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def label_of(widget: QLabel) -> QLabel:
    """``widget``, set to show its text as plain text (for text from outside)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt has no plain-text tooltip, so the text
    is escaped inside a paragraph that keeps its line breaks."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
