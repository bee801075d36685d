"""Every setting the app keeps in ``settings.ini``, read with its type and range.

The file lives in the user's data folder, where another program, a full disk or a hand
edit can leave anything: ``zoom=abc``, ``zoom=1e9``, a list where a word belongs, a NUL,
garbage for a window geometry. A value of the wrong type or out of range reads as its
default, so a damaged file never stops the handbook nor makes it unreadable. Writers
keep using ``QSettings.setValue`` with the keys named here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from handbook_app.core.mission import HOME_KEY, HOST_KEY

if TYPE_CHECKING:
    from collections.abc import Collection

    from PySide6.QtCore import QSettings

ZOOM_KEY = "view/zoom"
ZOOM_RANGE = (-4, 12)
"""Steps of one point away from the base size: 7 to 23 points, all readable."""
THEME_KEY = "view/theme"
RECENT_KEY = "start/recent"
RECENT_PAGES = 6
GEOMETRY_BYTES = 4096
"""A saved window geometry is about 66 bytes; anything much larger is not one."""
TEXT_LENGTH = 200
WHOLE = re.compile(r"[+-]?[0-9]{1,6}")
PRINTABLE = re.compile(r"[^\x00-\x1f\x7f]*")


def raw(settings: QSettings, key: str) -> object:
    """The stored value of ``key`` as QSettings gives it; ``None`` when missing or unreadable."""
    try:
        return settings.value(key)
    except Exception:
        return None


def whole(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``; anything else is ``default``."""
    value = raw(settings, key)
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and WHOLE.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return default
    return number if low <= number <= high else default


def text(settings: QSettings, key: str, default: str = "", length: int = TEXT_LENGTH) -> str:
    """One line of printable text of at most ``length`` characters, stripped."""
    value = raw(settings, key)
    if not isinstance(value, str) or len(value) > length or not PRINTABLE.fullmatch(value):
        return default
    return value.strip()


def choice(settings: QSettings, key: str, default: str, allowed: Collection[str]) -> str:
    value = text(settings, key, default)
    return value if value in allowed else default


def texts(settings: QSettings, key: str, count: int, length: int = TEXT_LENGTH) -> list[str]:
    """Up to ``count`` lines of text (one alone is stored as a plain value)."""
    value = raw(settings, key)
    listed = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    kept = [
        v.strip()
        for v in listed
        if isinstance(v, str) and v.strip() and len(v) <= length and PRINTABLE.fullmatch(v)
    ]
    return kept[:count]


def blob(settings: QSettings, key: str, limit: int) -> bytes:
    """Bytes of at most ``limit``; b"" for anything else."""
    value = raw(settings, key)
    if isinstance(value, bytes | bytearray) and len(value) <= limit:
        return bytes(value)
    try:  # PySide gives a QByteArray for some stored forms
        data = bytes(value.data())  # type: ignore[attr-defined]
    except (AttributeError, TypeError):
        return b""
    return data if len(data) <= limit else b""


def zoom(settings: QSettings) -> int:
    return whole(settings, ZOOM_KEY, 0, *ZOOM_RANGE)


def theme(settings: QSettings, allowed: Collection[str]) -> str:
    return choice(settings, THEME_KEY, "system", allowed)


def geometry(settings: QSettings, key: str) -> bytes:
    return blob(settings, key, GEOMETRY_BYTES)


def recent(settings: QSettings) -> list[str]:
    return texts(settings, RECENT_KEY, RECENT_PAGES)


def mission(settings: QSettings, which: str) -> str:
    """The stored ``home`` or ``host`` of the mission profile ("" when unset or damaged);
    :meth:`~handbook_app.core.mission.Mission.of` then keeps only a known country."""
    return text(settings, HOME_KEY if which == "home" else HOST_KEY)
