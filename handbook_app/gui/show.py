"""Show to the person: one phrase full screen in their language, the officer's English beneath.

Right and Left (or Page Down and Page Up) move through the phrasebook, the
number keys jump to a phrase of the group shown, Esc leaves. The person
answers a question with the big buttons in their own language; in an open case
the answer is kept as two phrase ids (:meth:`CaseSession.record_answer`).
The top bar is the officer's, in the interface language: where they are, the review
state of the translation, read aloud, close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from handbook_app.gui.language import number
from handbook_app.gui.page import button, label
from handbook_app.gui.tile import SCALE, mark_of, sized
from handbook_app.gui.tile import style as talk_style
from handbook_app.gui.voice import present

if TYPE_CHECKING:
    from handbook_app.content.phrasebook import Line, Phrasebook
    from handbook_app.gui.cases import CaseSession
    from handbook_app.gui.fonts import Fonts
    from handbook_app.gui.voice import Voice

NAVIGATE = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Space: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_PageUp: -1,
}


def is_question(line: Line) -> bool:
    """A phrase the person answers with the buttons (its English asks something)."""
    return "?" in line.english


class ShowWindow(QWidget):
    """The full-screen phrase. Emits ``left(phrase_id)`` with the phrase shown when it closes."""

    left = Signal(str)

    def __init__(
        self,
        book: Phrasebook,
        code: str,
        *,
        fonts: Fonts,
        session: CaseSession,
        voice: Voice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.book, self.code, self.fonts, self.session, self.voice = (
            book, code, fonts, session, voice
        )  # fmt: skip
        self.language = book.language(code)
        self.order = [p.id for g in book.groups for p in g.phrases]
        self.group_of = {p.id: g for g in book.groups for p in g.phrases}
        self.index = 0
        self.setObjectName("show")
        self.setStyleSheet(talk_style())
        self.setWindowTitle(
            self.tr("Show to the person — {language}").format(language=self.language.english_name)
        )
        self.setAccessibleName(self.tr("Show to the person"))
        self.where = label("", "showWhere", self.tr("Where in the phrasebook"))
        self.where.setWordWrap(False)
        self.state = label("", "showState", self.tr("Review state of this translation"))
        self.state.setWordWrap(False)
        self.back_button = button(self.tr("◀ Previous"), self.tr("Previous phrase"))
        self.next_button = button(self.tr("Next ▶"), self.tr("Next phrase"))
        self.speak = button(self.tr("Read aloud"), self.tr("Read the phrase aloud"))
        self.close_button = button(self.tr("Close (Esc)"), self.tr("Leave the full screen"))
        self.phrase = QLabel()
        self.phrase.setObjectName("showPhrase")
        self.phrase.setWordWrap(True)
        self.phrase.setAccessibleName(self.tr("The phrase in the person's language"))
        self.english = label("", "showEnglish", self.tr("The phrase in English, for the officer"))
        self.saved = label("", "showSaved", self.tr("Whether answers are saved"))
        self.saved.setWordWrap(False)
        self.answers: dict[str, QPushButton] = {}
        self._build()
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.speak.clicked.connect(self.read_aloud)
        self.close_button.clicked.connect(self.close)
        for widget in (self.back_button, self.next_button, self.speak, self.close_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the window

    def _build(self) -> None:
        officer = QHBoxLayout()
        officer.addWidget(self.where)
        officer.addSpacing(16)
        officer.addWidget(self.state)
        officer.addStretch(1)
        for widget in (self.back_button, self.next_button, self.speak, self.close_button):
            officer.addWidget(widget)
        person = QWidget()
        person.setObjectName("showPerson")
        person.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.language.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.phrase.setLayoutDirection(person.layoutDirection())
        self.phrase.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.phrase.setFont(self.fonts.font(self.code))
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.phrase, 1)
        row = QHBoxLayout()
        row.setSpacing(24)
        for line in self.book.buttons(self.code):
            answer = QPushButton(line.text)
            answer.setObjectName("showAnswer")
            answer.setCheckable(True)
            answer.setFont(self.fonts.font(self.code))
            answer.setAccessibleName(self.tr("Answer: {answer}").format(answer=line.english))
            answer.setToolTip(line.english)
            answer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            answer.clicked.connect(lambda _c=False, a=line.phrase: self.answer(a))
            self.answers[line.phrase] = answer
            row.addWidget(answer)
        row.addStretch(1)
        column.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 24)
        outer.setSpacing(12)
        outer.addLayout(officer)
        outer.addWidget(person, 1)
        english = QHBoxLayout()
        english.addWidget(self.english, 1)
        english.addWidget(self.saved)
        outer.addLayout(english)

    @property
    def phrase_id(self) -> str:
        return self.order[self.index]

    def show_phrase(self, phrase_id: str) -> None:
        self.index = self.order.index(phrase_id)
        line = self.book.line(self.code, phrase_id)
        group = self.group_of[phrase_id]
        place = [p.id for p in group.phrases].index(phrase_id) + 1
        where = self.tr("{group} · {place} of {count}").format(
            group=group.title, place=number(place), count=number(len(group.phrases))
        )
        self.where.setText(where)
        mark, text = mark_of(line)
        self.state.setText(text)
        self.state.setProperty("mark", mark)
        self.state.style().polish(self.state)
        self.phrase.setText(line.text)
        self.english.setText(self.tr("English: {phrase}").format(phrase=line.english))
        question = is_question(line)
        given = {a.phrase: a.answer for a in self.session.answers()}.get(phrase_id, "")
        for answer_id, answer in self.answers.items():
            answer.setVisible(question)
            answer.setChecked(answer_id == given)
        if not question:
            self.saved.setText("")
        elif self.session.ref:
            text = self.tr("Answers are saved in case {case}.")
            self.saved.setText(text.format(case=self.session.ref))
        else:
            self.saved.setText(self.tr("No case open: answers are not saved."))
        problem = self.voice.status(self.code)
        present(self.speak, problem)
        self._fit()

    def step(self, by: int) -> None:
        self.show_phrase(self.order[max(0, min(len(self.order) - 1, self.index + by))])

    def jump(self, number: int) -> None:
        """Phrase ``number`` (from 1) of the group shown, if it has one."""
        phrases = self.group_of[self.phrase_id].phrases
        if 1 <= number <= len(phrases):
            self.show_phrase(phrases[number - 1].id)

    def answer(self, answer_id: str) -> None:
        """The person pointed at ``answer_id``: mark it, and keep it in the open case."""
        for other, widget in self.answers.items():
            widget.setChecked(other == answer_id)
        if self.session.record_answer(self.phrase_id, answer_id):
            self.saved.setText(self.tr("Saved in case {case}.").format(case=self.session.ref))

    def read_aloud(self) -> None:
        self.voice.say(self.book.line(self.code, self.phrase_id).text, self.code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NAVIGATE:
            self.step(NAVIGATE[key])
        elif key == Qt.Key.Key_Home:
            self.show_phrase(self.order[0])
        elif key == Qt.Key.Key_End:
            self.show_phrase(self.order[-1])
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.jump(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.voice.stop()
        self.left.emit(self.phrase_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The phrase as large as fits; the English and buttons sized from the screen height."""
        height = max(self.height(), 480)
        scale = SCALE.get(self.code, 1.0)
        small = self.fonts.font("en")
        small.setPixelSize(max(16, height // 42))
        for widget in (self.english, self.saved, self.where, self.state):
            sized(widget, small)
        big = self.fonts.font(self.code)
        big.setPixelSize(int(max(32, height // 20) * scale))
        for answer in self.answers.values():
            sized(answer, big)
            answer.setMinimumSize(int(height * 0.28), int(big.pixelSize() * 2.1))
        sized(self.phrase, self._largest(self.phrase.text(), height, scale))

    def _largest(self, text: str, height: int, scale: float) -> QFont:
        font = self.fonts.font(self.code)
        width = max(200, self.width() - 100)
        room = int(height * 0.55)
        size = int(height / 8 * scale)
        while size > 24:
            font.setPixelSize(size)
            flags = int(Qt.TextFlag.TextWordWrap)
            used = QFontMetrics(font).boundingRect(0, 0, width, 100000, flags, text)
            if used.height() <= room and used.width() <= width:
                break
            size = int(size * 0.92)
        return font
