"""Names that work on every system: the content is edited on Windows and macOS too.

Windows refuses some characters, some names (``CON``, ``NUL``, ``COM1``…, with any
extension), names ending in a dot or a space, and paths longer than 260 characters;
Windows and macOS see two names that differ only in case (or in how an accented
letter is stored) as one. The content tree is checked for all of these, and so are
document ids, which become file names in the bundle.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook_app.content.problems import Problems

FORBIDDEN = frozenset('<>:"/\\|?*') | frozenset(chr(n) for n in range(32))
RESERVED = frozenset(
    ("CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in "123456789¹²³"),
     *(f"LPT{n}" for n in "123456789¹²³"))
)  # fmt: skip
MAX_PATH = 260
ROOM = 60
"""Characters left for the folder the content sits in (``C:\\Users\\…\\Documents\\``)."""
LONGEST = MAX_PATH - ROOM
"""The longest path below the content folder's parent (``content/en/…``) taken."""
LONGEST_ID = 100
"""Ids become ``docs/<lang>/<id>.json`` in the bundle, which is copied anywhere."""


def name_problem(name: str) -> tuple[str, str] | None:
    """What is wrong with one file or folder name on some system, and the fix; None if nothing."""
    bad = sorted({c for c in name if c in FORBIDDEN})
    if bad:
        shown = " ".join(repr(c)[1:-1] for c in bad)
        return f"name '{_shown(name)}' holds {shown}, which Windows forbids", _RENAME
    if name.endswith((".", " ")):
        return f"name '{name}' ends with a dot or a space, which Windows drops", _RENAME
    if _reserved(name):
        return f"name '{name}' is reserved on Windows", "rename it: CON, PRN, AUX, NUL, COM1…, " + (
            "LPT1… cannot be used, with any extension"
        )
    return None


def id_problem(doc_id: str, given: bool = True) -> tuple[str, str] | None:
    """What keeps a (well-formed) document id from being a file name everywhere.

    An id not ``given`` in the front matter comes from a file or folder name, whose
    being reserved is reported as such (``name_problem``).
    """
    if given and _reserved(doc_id):
        return f"id '{doc_id}' is reserved on Windows", "rename the file or set a different 'id:'"
    if len(doc_id) > LONGEST_ID:
        return (
            f"id '{doc_id}' is longer than {LONGEST_ID} characters",
            "rename the file or set a shorter 'id:'",
        )
    return None


def check(root: Path, problems: Problems) -> None:
    """Report every name below ``root`` that some system cannot hold, as ``path:line``.

    Files are reported at line 1, folders at line 0; hidden entries (``.git``) are skipped.
    """
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        entries = [(d, 0) for d in dirs] + [(f, 1) for f in sorted(files) if not f.startswith(".")]
        seen: dict[str, str] = {}
        for name, line in entries:
            path = here / name
            found = name_problem(name)
            if found is not None:
                problems.error(path, line, *found)
            key = unicodedata.normalize("NFC", name).casefold()
            if key in seen:
                problems.error(path, line, *_collision(seen[key], name))
            else:
                seen[key] = name
            length = len(root.name) + 1 + len(path.relative_to(root).as_posix())
            if line and length > LONGEST:
                problems.error(
                    path,
                    line,
                    f"path is {length} characters long; Windows takes {MAX_PATH} in all, "
                    "with the folder the content sits in",
                    f"shorten the names of its folders or of the file to {LONGEST} in all",
                )


def _collision(first: str, second: str) -> tuple[str, str]:
    if unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second):
        detail = "they differ only in how accented letters are stored"
    else:
        detail = "they differ only in case"
    return (
        f"'{second}' and '{first}' are one name on Windows and macOS ({detail})",
        "rename one of them",
    )


def _reserved(name: str) -> bool:
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def _shown(name: str) -> str:
    """The name with control characters made visible."""
    return "".join(repr(c)[1:-1] if ord(c) < 32 else c for c in name)


_RENAME = "rename it with letters, digits and hyphens"
