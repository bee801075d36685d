"""A deterministic synthetic handbook, ``copies`` times the real one, with a growing vocabulary.

Copy ``k`` of every document gets ids and file names ending in ``-vNN``, links
rewritten to the same copy (so every link stays valid), and about one prose
word in six swapped for a word from a seeded pool: half made-up words (the
index vocabulary grows with each copy), half words of the real content (their
frequencies change). Headings, anchors, step ids and indicator strengths are
left alone, so the copy validates like the original.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

VERSION = "1"
SEED = 20261128
SWAP_RATE = 0.18
POOL_SIZE = 40_000
SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
WORD = re.compile(r"\b[a-z]{5,}\b")
LINK_TARGET = re.compile(r"\]\(([^)#\s]*?)([\w-]+)\.md")
KEEP = ("#", "!!!", "Next:", "Ask:")
ID_KEYS = re.compile(r"^(id|guide|start): *([\w-]+) *$")
STRENGTHS = {"strong", "medium", "uncertain"}


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

    if "](" in line:  # swap only in the text before the first link
        cut = line.index("[")
        return WORD.sub(swap, line[:cut]) + line[cut:]
    return WORD.sub(swap, line)


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
                line = f"{line} {rng.choice(words).capitalize()}"  # noqa: PLW2901
            out.append(line)
            continue
        line = LINK_TARGET.sub(lambda m: f"]({m[1]}{m[2]}{suffix}.md", line)  # noqa: PLW2901
        out.append(vary_line(line, rng, words))
    return "\n".join(out)


def generate(content: Path, target: Path, copies: int) -> int:
    """Write ``copies`` varied copies of ``content`` into ``target``; return bytes of text."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copyfile(content / "handbook.yaml", target / "handbook.yaml")
    sources = sorted(p for p in content.rglob("*.md") if p.is_file())
    texts = {p: p.read_text("utf-8") for p in sources}
    vocabulary = sorted({w for t in texts.values() for w in WORD.findall(t)})
    rng = random.Random(SEED)
    words = pool(rng, vocabulary)
    total = 0
    for copy in range(copies):
        for path in sources:
            rel = path.relative_to(content)
            out = target / rel.parent / f"{path.stem}-v{copy:02d}.md"
            out.parent.mkdir(parents=True, exist_ok=True)
            text = vary(texts[path], copy, rng, words)
            out.write_text(text, "utf-8")
            total += len(text.encode())
    for extra in content.rglob("*"):  # pictures and other non-Markdown files, as they are
        if extra.is_file() and extra.suffix != ".md" and extra.name != "handbook.yaml":
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
