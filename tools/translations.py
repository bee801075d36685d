"""The interface translations: ``resources/translations/handbook_<lang>.ts`` and their ``.qm``.

    python tools/translations.py update    read the strings of handbook_app/gui into every .ts
    python tools/translations.py release   compile every .ts into its .qm (beside it)
    python tools/translations.py check     fail when a .ts lacks a source string; count
                                           the unfinished entries per language

The ``.ts`` files are the sources (Qt Linguist opens them); the ``.qm`` files are
built from them (``make translations``, ``make run``, ``make test``, ``build.spec``)
and never committed. English is the language of the code; ``handbook_en.ts`` holds
only its plural forms ("%n result" / "%n results"), as Qt's own projects do.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "handbook_app" / "gui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("da", "de", "et", "fi", "is", "lv", "lt", "nb", "pl", "sv", "uk")
"""The interface languages besides English (the source)."""
PLURALS_ONLY = "en"
FIELD = re.compile(r"\{\w*\}|%n")
"""What the code fills into a string: ``{name}`` fields (str.format) and Qt's ``%n``."""


def tool(name: str) -> str:
    """``pyside6-<name>`` of this Python's environment (else the one on PATH)."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make test does)")
    return found


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"handbook_{code}.ts"


def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.py"))


def update(codes: Sequence[str] = (*LANGUAGES, PLURALS_ONLY), folder: Path = FOLDER) -> None:
    """Read the strings of the interface into the ``.ts`` files; keep the translations there,
    mark vanished strings obsolete (lupdate's own merge)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = [str(p.relative_to(ROOT)) for p in sources()]
    for code in codes:
        extra = ["-pluralonly"] if code == PLURALS_ONLY else []
        target = str(ts_file(code, folder))
        command = [tool("lupdate"), *names, "-locations", "none", "-no-obsolete", *extra]
        command += ["-target-language", code, "-ts", target]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def release(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` in ``folder`` into ``out`` (default: beside it) when it is newer."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(folder.glob("handbook_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            command = [tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)]
            if ts.stem.endswith(f"_{PLURALS_ONLY}"):
                command.remove("-removeidentical")
            subprocess.run(command, check=True, capture_output=True)
        made.append(qm)
    return made


@dataclass(frozen=True)
class Coverage:
    """One language's ``.ts`` against the strings of the code."""

    code: str
    entries: int
    unfinished: int
    missing: tuple[str, ...]
    """Source strings of the code with no entry in this ``.ts`` (run ``make translations``)."""
    broken: tuple[str, ...] = ()
    """Translations whose ``{fields}`` differ from their source's."""

    @property
    def finished(self) -> int:
        return self.entries - self.unfinished


Key = tuple[str, str, str]
"""(context, source, comment) of a message."""


def messages(ts: Path) -> dict[Key, ET.Element]:
    """The live messages of a ``.ts`` (obsolete and vanished ones left out)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return not all(t.strip() for t in texts)


def texts(message: ET.Element) -> list[str]:
    """The translated texts of a message (each plural form)."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def broken(message: ET.Element) -> bool:
    """A finished translation whose ``{fields}`` differ from the source's (the code would fail
    to fill it, or show a raw field); a plural form may leave out ``%n``."""
    if unfinished(message):
        return False
    wanted = set(FIELD.findall(message.findtext("source") or "")) - {"%n"}
    return any(set(FIELD.findall(text)) - {"%n"} != wanted for text in texts(message))


def source_keys() -> set[Key]:
    """Every string of the interface, read by lupdate into a fresh ``.ts``."""
    with tempfile.TemporaryDirectory() as tmp:
        update(("de",), Path(tmp))
        return set(messages(ts_file("de", Path(tmp))))


def coverage(folder: Path = FOLDER, codes: Sequence[str] = LANGUAGES) -> list[Coverage]:
    wanted = source_keys()
    table = []
    for code in codes:
        ts = ts_file(code, folder)
        found = messages(ts) if ts.exists() else {}
        live = {k: m for k, m in found.items() if k in wanted}
        missing = tuple(sorted(f"{c}: {s}" for c, s, _ in wanted - found.keys()))
        wrong = tuple(sorted(f"{c}: {s}" for (c, s, _), m in live.items() if broken(m)))
        table.append(Coverage(code, len(live), sum(map(unfinished, live.values())), missing, wrong))
    return table


def check(folder: Path = FOLDER) -> int:
    """Print a line per language; 1 when a ``.ts`` lacks a string of the code or a
    translation's fields differ from its source's."""
    table = coverage(folder)
    print(
        f"{'language':<9}{'entries':>8}{'finished':>9}{'unfinished':>11}{'missing':>8}{'broken':>7}"
    )
    for row in table:
        print(
            f"{row.code:<9}{row.entries:>8}{row.finished:>9}{row.unfinished:>11}"
            f"{len(row.missing):>8}{len(row.broken):>7}"
        )
    for row in table:
        name = ts_file(row.code, folder).name
        for problem, found in (("no entry for", row.missing), ("fields differ in", row.broken)):
            if found:
                shown = "; ".join(found[:5]) + (" …" if len(found) > 5 else "")
                print(f"{name}: {problem} {shown}", file=sys.stderr)
    if any(row.missing for row in table):
        print("run: make translations (then translate the new entries)", file=sys.stderr)
    return 1 if any(row.missing or row.broken for row in table) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "update":
        update()
        release()
        return check()
    if args.command == "release":
        release()
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
