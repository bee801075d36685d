"""A deterministic synthetic handbook, ``copies`` times the real one, with a growing vocabulary.

Copy ``k`` of every document gets ids and file names ending in ``-vNN``, links
rewritten to the same copy (so every link stays valid), and about one prose
word in six swapped for a word from a seeded pool: half made-up words (the
index vocabulary grows with each copy), half words of the real content (their
frequencies change). Headings, anchors, step ids and indicator strengths are
left alone, so the copy validates like the original. The phrasebook (one per
language) is copied once, as it is.

Translations (``content/<lang>/`` of the other languages) are copied the same
way, after the copy of their original: the same ids, file names and links, the
indicator ids their ``{#...}`` name follow the varied English labels, and
``translated_from:`` names the varied original, so every copy of a translation
is up to date and validates (per-language search sees all of them).
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
from typing import TYPE_CHECKING

import yaml

from handbook_app.content import checklist, languages

if TYPE_CHECKING:
    from pathlib import Path

VERSION = "2"
SEED = 20261128
SWAP_RATE = 0.18
POOL_SIZE = 40_000
SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
WORD = re.compile(r"\b[a-z]{5,}\b")
LINK_TARGET = re.compile(r"\]\(([^)#\s]*?)([\w-]+)\.md")
KEEP = ("#", "!!!", "Next:", "Ask:")
ID_KEYS = re.compile(r"^(id|guide|start): *([\w-]+) *$")
STRENGTHS = {"strong", "medium", "uncertain"}
ATTRIBUTES = re.compile(r"\{[^}]*\}")
"""``{#id}`` and other attribute lists: never varied (a translation names those ids)."""
TRANSLATED_FROM = re.compile(r"^translated_from: .*$", re.MULTILINE)


def content_digest(content: Path) -> str:
    """One hash over every file of ``content`` and this generator's version."""
    digest = hashlib.sha256(VERSION.encode())
    for path in sorted(p for p in content.rglob("*") if p.is_file()):
        digest.update(path.relative_to(content).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def pool(rng: random.Random, vocabulary: list[str]) -> list[str]:
    made = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(POOL_SIZE)}
    invented = sorted(made)
    return [
        w
        for pair in zip(invented, rng.choices(vocabulary, k=len(invented)), strict=True)
        for w in pair
    ]


def vary_line(line: str, rng: random.Random, words: list[str]) -> str:
    stripped = line.lstrip()
    if stripped.startswith(KEEP) or "->" in line or "`" in line or "<" in line:
        return line

    def swap(match: re.Match[str]) -> str:
        word = match[0]
        if word in STRENGTHS or rng.random() > SWAP_RATE:
            return word
        return rng.choice(words)

    def prose(text: str) -> str:  # everything but attribute lists
        kept = ATTRIBUTES.findall(text)
        parts = [WORD.sub(swap, part) for part in ATTRIBUTES.split(text)]
        return "".join(p + k for p, k in zip(parts, [*kept, ""], strict=True))

    if "](" in line:  # swap only in the text before the first link
        cut = line.index("[")
        return prose(line[:cut]) + line[cut:]
    return prose(line)


def add_word(line: str, word: str) -> str:
    """``title: ...`` with one more word, inside its quotes if it has them."""
    quote = line[len("title: ") :][:1]
    if quote in {'"', "'"} and line.endswith(quote):
        return f"{line[:-1]} {word}{quote}"
    return f"{line} {word}"


def phrasebook(text: str) -> bool:
    """Whether a document is (a language of) the phrasebook: one per language, so copied once."""
    head = text.partition("\n---\n")[0]
    return re.search(r"^kind: *phrasebook *$", head, re.MULTILINE) is not None


def vary(text: str, copy: int, rng: random.Random, words: list[str]) -> str:
    suffix = f"-v{copy:02d}"
    lines = text.split("\n")
    front = lines[0] == "---"
    out: list[str] = []
    in_front = front
    for number, line in enumerate(lines):
        if in_front and number > 0 and line == "---":
            in_front = False
            out.append(line)
            continue
        if in_front:
            key = ID_KEYS.match(line)
            if key and key[1] != "start":
                line = f"{key[1]}: {key[2]}{suffix}"  # noqa: PLW2901
            elif line.startswith("title: "):
                line = add_word(line, rng.choice(words).capitalize())  # noqa: PLW2901
            out.append(line)
            continue
        line = LINK_TARGET.sub(lambda m: f"]({m[1]}{m[2]}{suffix}.md", line)  # noqa: PLW2901
        out.append(vary_line(line, rng, words))
    return "\n".join(out)


def languages_of(content: Path) -> tuple[str, ...]:
    info = yaml.safe_load((content / "handbook.yaml").read_text("utf-8")) or {}
    return tuple(str(code) for code in info.get("languages") or ("en",))


def indicator_ids(text: str) -> list[str]:
    """The ids of a checklist's indicators in order (none for another kind of document)."""
    head, _, body = text.partition("\n---\n")
    if not re.search(r"^kind: *checklist *$", head, re.MULTILINE):
        return []
    return [i.id for d in checklist.parse(body).dimensions for i in d.indicators]


def follow(translation: str, original: str, copy: str) -> str:
    """A varied translation made to match the varied copy of its original: the indicator
    ids taken from the varied English labels, and ``translated_from:`` its digest."""
    renamed = dict(zip(indicator_ids(original), indicator_ids(copy), strict=True))
    text = ATTRIBUTES.sub(
        lambda m: (
            "{#" + renamed.get(m[0][2:-1], m[0][2:-1]) + "}" if m[0].startswith("{#") else m[0]
        ),
        translation,
    )
    return TRANSLATED_FROM.sub(f'translated_from: "{languages.digest(copy)}"', text, count=1)


def generate(content: Path, target: Path, copies: int) -> int:
    """Write ``copies`` varied copies of ``content`` into ``target``; return bytes of text."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copyfile(content / "handbook.yaml", target / "handbook.yaml")
    base = languages_of(content)[0]
    # per copy, each original before its translations (they name its digest and ids)
    sources = sorted(
        (p for p in content.rglob("*.md") if p.is_file()),
        key=lambda p: (p.relative_to(content).parts[0] != base, p),
    )
    texts = {p: p.read_text("utf-8") for p in sources}
    vocabulary = sorted({w for t in texts.values() for w in WORD.findall(t)})
    rng = random.Random(SEED)
    words = pool(rng, vocabulary)
    total = 0
    for copy in range(copies):
        varied: dict[tuple[str, ...], tuple[str, str]] = {}  # inside the language: original, copy
        for path in sources:
            rel = path.relative_to(content)
            if phrasebook(texts[path]):
                continue
            out = target / rel.parent / f"{path.stem}-v{copy:02d}.md"
            out.parent.mkdir(parents=True, exist_ok=True)
            text = vary(texts[path], copy, rng, words)
            if rel.parts[0] == base:
                varied[rel.parts[1:]] = (texts[path], text)
            elif rel.parts[1:] in varied:
                text = follow(text, *varied[rel.parts[1:]])
            out.write_text(text, "utf-8")
            total += len(text.encode())
    for extra in content.rglob("*"):  # the phrasebook, pictures and other files, as they are
        if (
            extra.is_file()
            and extra.name != "handbook.yaml"
            and (extra.suffix != ".md" or phrasebook(texts[extra]))
        ):
            dest = target / extra.relative_to(content)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(extra, dest)
    return total


def ensure(content: Path, target: Path, copies: int) -> tuple[Path, bool]:
    """The synthetic tree at ``target``, regenerated only when ``content`` changed."""
    stamp = target.with_name(target.name + ".stamp")
    digest = f"{content_digest(content)} {copies}"
    if target.is_dir() and stamp.is_file() and stamp.read_text() == digest:
        return target, False
    generate(content, target, copies)
    stamp.write_text(digest)
    return target, True
