"""A sentence the core composes, kept as its parts so that an interface can say it in its
own language. No Qt.

``source`` is the English template and the key of its translation: ``{name}`` fields
filled by :meth:`str.format` and, where a count decides the plural, Qt's ``%n``. A field
is plain text (a date, a source's name), another message ("%n strong"), or several
messages said as a list ("recruitment, destination"). ``str(message)`` is the English.
``context`` names the concept the sentence belongs to ("Assessment", "Contact"), as the
interface's translations group it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from collections.abc import Callable

Field = Union[str, "Message", tuple["Message", ...]]
LIST = ", "
"""How the parts of a list field are joined."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    fields: tuple[tuple[str, Field], ...] = ()
    count: int = -1
    """The number a plural follows ("%n" in ``source``); -1 for none."""

    def say(self, template: str, words: Callable[[Message], str]) -> str:
        """``template`` (``source`` in some language, "%n" already filled) with the fields
        filled in, each message among them said by ``words``."""
        if not self.fields:
            return template
        filled = {key: _field(value, words) for key, value in self.fields}
        return template.format(**filled)

    def __str__(self) -> str:
        return self.say(self.source.replace("%n", str(self.count)), str)


def _field(value: Field, words: Callable[[Message], str]) -> str:
    if isinstance(value, Message):
        return words(value)
    if isinstance(value, tuple):
        return LIST.join(words(part) for part in value)
    return value

