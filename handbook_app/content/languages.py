"""The content languages: their names, and how a translation names the English it was made from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from handbook_app.content.dates import parse_date

DIGEST_LENGTH = 12
DIGEST = re.compile(r"^[0-9a-f]{12}$")
REVIEWED = re.compile(r"^(\d{4}-\d{2}-\d{2})[ \t]+by[ \t]+(\S.*)$")


@dataclass(frozen=True)
class Language:
    """A content language: its code, its name written in itself, and its name in English."""

    code: str
    name: str
    english: str


KNOWN = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English"),
        Language("da", "Dansk", "Danish"),
        Language("de", "Deutsch", "German"),
        Language("et", "Eesti", "Estonian"),
        Language("fi", "Suomi", "Finnish"),
        Language("is", "Íslenska", "Icelandic"),
        Language("lt", "Lietuvių", "Lithuanian"),
        Language("lv", "Latviešu", "Latvian"),
        Language("nb", "Norsk bokmål", "Norwegian (Bokmål)"),
        Language("pl", "Polski", "Polish"),
        Language("ru", "Русский", "Russian"),
        Language("sv", "Svenska", "Swedish"),
        Language("uk", "Українська", "Ukrainian"),
    )
}
"""The languages a handbook may list in ``handbook.yaml`` (the CBSS states' and partners')."""

UNREVIEWED_NOTE = {
    "de": "Diese Übersetzung hat noch keine Muttersprachlerin und kein Muttersprachler geprüft.",
    "pl": "Tego tłumaczenia nie sprawdziła jeszcze osoba, dla której polski jest językiem ojczystym.",
    "sv": "Den här översättningen har ännu inte granskats av någon med svenska som modersmål.",
}
"""The mark on an unreviewed translation's page, in its own language (English otherwise)."""
UNREVIEWED_ENGLISH = "This translation has not yet been checked by a native speaker."


def digest(text: str) -> str:
    """What a translation's ``translated_from:`` names: the first 12 hex digits of the
    SHA-256 of the original file's text, read as UTF-8 with line endings as ``\\n``."""
    plain = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def review(value: object) -> str | None:
    """A ``reviewed:`` value: ``""`` for ``no``, ``"DATE by NAME"`` once checked, None if neither."""
    text = str(value).strip()
    if text.lower() == "no":
        return ""
    match = REVIEWED.match(text)
    if match is None or parse_date(match[1]) is None:
        return None
    return f"{match[1]} by {match[2].strip()}"


def unreviewed_note(code: str) -> str:
    return UNREVIEWED_NOTE.get(code, UNREVIEWED_ENGLISH)
