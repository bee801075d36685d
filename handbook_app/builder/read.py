"""Stages 1 and 2: collect the content files, then read each one's text and front matter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handbook_app.builder import names
from handbook_app.content import frontmatter, languages
from handbook_app.content.dates import parse_date
from handbook_app.content.frontmatter import FrontMatter, FrontMatterError
from handbook_app.content.model import HandbookInfo
from handbook_app.content.problems import Problems, did_you_mean

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

MAX_BYTES = 1024 * 1024
INFO_FILE = "handbook.yaml"
INFO_KEYS = ("title", "edition", "edition_date", "publisher", "languages")


@dataclass
class Source:
    """One Markdown file, read and split, not yet interpreted."""

    path: Path
    rel: str
    lang: str
    text: str
    meta: FrontMatter
    body: str
    body_line: int
    has_front_matter: bool
    digest: str = ""


@dataclass
class Collected:
    info: HandbookInfo | None
    edition_date: dt.date | None
    files: list[Path] = field(default_factory=list)


def collect(root: Path, problems: Problems) -> Collected:
    """Read ``handbook.yaml`` and list the Markdown files of each language."""
    info_path = root / INFO_FILE
    if not root.is_dir():
        problems.error(
            root, 0, "content folder not found", "give the folder that holds handbook.yaml"
        )
        return Collected(None, None)
    info, date = _read_info(info_path, problems)
    codes = info.languages if info else ()
    files: list[Path] = []
    for lang in codes:
        folder = root / lang
        if not folder.is_dir():
            problems.error(info_path, 1, f"language folder '{lang}/' not found", f"create {folder}")
            continue
        for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".md"):
            if path.is_file():
                files.append(path)
            elif not path.is_dir():
                problems.error(
                    path,
                    1,
                    "not a readable file (a pipe, device, or broken or looping link)",
                    "replace it with the Markdown file itself, or remove it",
                )
    names.check(root, problems)
    return Collected(info, date, files)


def _read_info(path: Path, problems: Problems) -> tuple[HandbookInfo | None, dt.date | None]:
    if not path.is_file():
        problems.error(path, 0, "handbook.yaml not found", "create it; see docs/authoring.md")
        return None, None
    try:
        meta = frontmatter.parse(path.read_text(encoding="utf-8"), first_line=1)
    except (FrontMatterError, UnicodeDecodeError) as error:
        line = error.line if isinstance(error, FrontMatterError) else 1
        problems.error(path, line, str(error), "fix the YAML syntax")
        return None, None
    data = meta.data
    ok = True
    for key in data:
        if key not in INFO_KEYS:
            problems.error(
                path, meta.line(key), f"unknown key '{key}'", did_you_mean(str(key), INFO_KEYS)
            )
            ok = False
    for key in INFO_KEYS:
        if key not in data:
            problems.error(path, 1, f"missing required key '{key}'", f"add '{key}:'")
            ok = False
    edition = data.get("edition")
    if "edition" in data and (not isinstance(edition, int) or edition < 1):
        problems.error(
            path,
            meta.line("edition"),
            f"edition must be a whole number, not '{edition}'",
            "write e.g. 'edition: 3'",
        )
        ok = False
    date = parse_date(data.get("edition_date")) if "edition_date" in data else None
    if "edition_date" in data and date is None:
        problems.error(
            path,
            meta.line("edition_date"),
            f"invalid date '{data['edition_date']}'",
            "write the date as YYYY-MM-DD",
        )
        ok = False
    listed = data.get("languages")
    if "languages" in data and not (isinstance(listed, list) and listed):
        problems.error(
            path, meta.line("languages"), "languages must be a list", "write e.g. 'languages: [en]'"
        )
        ok = False
    elif isinstance(listed, list):
        ok = _languages(path, meta, listed, problems) and ok
    if not ok or date is None or not isinstance(edition, int) or not isinstance(listed, list):
        return None, None
    info = HandbookInfo(
        title=str(data["title"]),
        edition=edition,
        edition_date=date.isoformat(),
        publisher=str(data["publisher"]),
        languages=tuple(str(lang) for lang in listed),
    )
    return info, date


def _languages(path: Path, meta: FrontMatter, listed: list[object], problems: Problems) -> bool:
    """Each listed language is known, once; the first is the one the others translate."""
    line = meta.line("languages")
    ok = True
    for number, code in enumerate(str(c) for c in listed):
        if code not in languages.KNOWN:
            hint = did_you_mean(code, languages.KNOWN, "use one of: " + ", ".join(languages.KNOWN))
            problems.error(path, line, f"unknown language '{code}'", hint)
            ok = False
        elif code in (str(c) for c in listed[:number]):
            problems.error(path, line, f"language '{code}' is listed twice", "list it once")
            ok = False
    return ok


def read(root: Path, files: list[Path], problems: Problems) -> list[Source]:
    """Decode each file and split off its front matter; unreadable files are reported."""
    sources: list[Source] = []
    for path in files:
        source = read_one(root, path, problems)
        if source is not None:
            sources.append(source)
    return sources


def read_one(root: Path, path: Path, problems: Problems) -> Source | None:
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        problems.error(
            path,
            1,
            f"file is larger than 1 MB ({len(raw) // 1024} KB)",
            "split it into several documents",
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.error(path, line, "file is not UTF-8 text", "save it as UTF-8 in your editor")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        problems.error(path, 1, "file is empty", "write the document or delete the file")
        return None
    try:
        block, body, body_line = frontmatter.split(text)
        meta = frontmatter.parse(block, first_line=2) if block is not None else FrontMatter()
    except FrontMatterError as error:
        problems.error(path, error.line, str(error), "fix the YAML between the '---' lines")
        return None
    rel = path.relative_to(root).as_posix()
    lang = rel.split("/", 1)[0]
    has_meta = block is not None
    return Source(path, rel, lang, text, meta, body, body_line, has_meta, languages.digest(text))
