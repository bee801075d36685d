"""The sentences the core composes (:class:`~handbook_app.content.message.Message`), said in the
interface language: the template through Qt's translation, with its plural from the count,
then the fields filled in, each sentence among them said the same way.

lupdate reads the templates from here: the fixed ones marked with ``QT_TRANSLATE_NOOP``,
the plural ones from :func:`_plurals`, since lupdate marks a Python string as a plural only
from a translate call with a literal count (there is no ``QT_TRANSLATE_N_NOOP`` in Python).
``tests/test_core_words.py`` checks that every sentence the core makes is among them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from handbook_app.content.message import Message

FIXED = (
    # core/assessment.py: its headlines and fixed summaries, said by word()
    QT_TRANSLATE_NOOP("Assessment", "Nothing ticked yet"),
    QT_TRANSLATE_NOOP("Assessment", "Nothing ticked yet."),
    QT_TRANSLATE_NOOP("Assessment", "nothing ticked"),
    QT_TRANSLATE_NOOP("Assessment", "Likely a victim of trafficking"),
    QT_TRANSLATE_NOOP("Assessment", "Not enough for the rule yet"),
    QT_TRANSLATE_NOOP("Assessment", "Signs in a child: call child protection"),
    QT_TRANSLATE_NOOP("Assessment", "One indicator: consider referral"),
    QT_TRANSLATE_NOOP("Assessment", "Several indicators: consider referral"),
    QT_TRANSLATE_NOOP("Assessment", "2 strong indicators"),
    QT_TRANSLATE_NOOP("Assessment", "1 strong indicator with a medium or weak one"),
    QT_TRANSLATE_NOOP("Assessment", "3 medium indicators"),
    QT_TRANSLATE_NOOP("Assessment", "2 medium indicators with a weak one"),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Likely a victim of trafficking: positive in a recruitment dimension, "
        "exploitative conditions and a destination dimension. Refer the person.",
    ),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Refer now: exploitation is positive, and for a child the means are not needed "
        "(an act and the purpose of exploitation are enough). Call child protection now.",
    ),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Signs of possible exploitation of a child. Force, threats or deception are never "
        "needed for a child. One clear sign is reason enough to call the child protection "
        "authority now; do not wait for more ticks.",
    ),
    QT_TRANSLATE_NOOP("Assessment", "Guidance for referral, not a legal determination."),
    # core/assessment.py: the parts of its composed sentences
    QT_TRANSLATE_NOOP("Assessment", "not enough: {counts}"),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Some indicators, not enough for the rule: still needed {stages}. "
        "Seek advice; indicators are often hidden.",
    ),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "1 indicator ticked: one indicator may be enough to point to possible trafficking. "
        "Consider referral.",
    ),
    QT_TRANSLATE_NOOP("Assessment", "recruitment"),
    QT_TRANSLATE_NOOP("Assessment", "exploitation"),
    QT_TRANSLATE_NOOP("Assessment", "destination"),
    # content/dates.py
    QT_TRANSLATE_NOOP("Contact", "verified {date}"),
    QT_TRANSLATE_NOOP("Contact", "date not verified; source from {date}"),
    QT_TRANSLATE_NOOP("Contact", "date not verified; source undated"),
    # core/mission.py
    QT_TRANSLATE_NOOP("Contact", "Verify before relying on this."),
    QT_TRANSLATE_NOOP(
        "Contact", "Verify before relying on this: this contact could not be confirmed."
    ),
    QT_TRANSLATE_NOOP(
        "Contact", "Date not verified; source from {date}. Verify before relying on this."
    ),
    QT_TRANSLATE_NOOP(
        "Contact", "Date not verified; source undated. Verify before relying on this."
    ),
    QT_TRANSLATE_NOOP(
        "Contact", "Last verified {date}, over a year ago. Verify before relying on this."
    ),
    QT_TRANSLATE_NOOP("Contact", "host country"),
    QT_TRANSLATE_NOOP("Contact", "home country, for the return"),
    QT_TRANSLATE_NOOP("Contact", "linked from this page"),
    # core/slip.py
    QT_TRANSLATE_NOOP("Contact", "source: {source} · {when}"),
    QT_TRANSLATE_NOOP(
        "Contact",
        "No country contacts to list: set the mission's countries (Settings → Mission) "
        "or see the handbook's country pages.",
    ),
)


def _plurals() -> None:  # pragma: no cover - never called; read by lupdate
    translate("Assessment", "%n strong", None, 0)
    translate("Assessment", "%n medium", None, 0)
    translate("Assessment", "%n weak", None, 0)
    translate("Assessment", "%n ticked", None, 0)
    translate(
        "Assessment",
        "%n indicators ticked: several indicators point to possible trafficking. "
        "Consider referral.",
        None,
        0,
    )


def say(message: Message) -> str:
    """``message`` in the interface language (English where it has no translation)."""
    template = translate(message.context, message.source, None, message.count)
    return message.say(template, say)


def word(text: str) -> str:
    """One of the assessment's fixed texts (its headline, a fixed summary, the disclaimer)
    in the interface language."""
    return translate("Assessment", text)
