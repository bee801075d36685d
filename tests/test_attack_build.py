"""Attack: editor input that hung the builder or crashed it (issue 11, items 13 and 14).

Every file under the 1 MB limit builds, or stops with problems that each point at
a real ``path:line``; nothing raises past the builder (no RecursionError). The
cases of the issue run at full size here; the hypothesis test mixes hostile
pieces, small in ``make test`` and up to 1 MB, each build within 5 s, in
``make attack`` (HANDBOOK_ATTACK_SCALE=full, HYPOTHESIS_PROFILE=attack).
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

import helpers.strategies  # noqa: F401 (the hypothesis profiles)
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_fuzz import HANDBOOK, Checked, assert_accepted_or_rejected, assert_located

from handbook_app.builder import pipeline
from handbook_app.cli import main as handbook
from handbook_app.content import markup
from handbook_app.errors import ContentError

pytestmark = pytest.mark.attack

FULL = os.environ.get("HANDBOOK_ATTACK_SCALE") == "full"
SIZE = 1_000_000 if FULL else 20_000
LIMIT_MB = 1024 * 1024


def build_one(text: str) -> tuple[list[str], Checked]:
    """Build a tree holding ``text`` as en/doc.md; the problems as printed, and the checks."""
    texts = {"handbook.yaml": HANDBOOK, "en/doc.md": text}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        for rel, body in texts.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(body, "utf-8")
        try:
            result = pipeline.build(root, Path(tmp) / "out", clean=True)
        except ContentError as error:
            result = pipeline.Result(problems=error.problems)
        checked = Checked(result, root, texts)
        assert_located(checked)
        assert_accepted_or_rejected(checked)
        return [p.format(root) for p in result.problems], checked


def guide(steps: int) -> str:
    out = ["---\nkind: guide\ntitle: G\nstart: s0\n---\n"]
    out += [f"## Step {i} {{#s{i}}}\n\nDo it.\n\nNext: s{i + 1}x\n" for i in range(steps)]
    return "\n".join(out)


ISSUE_CASES = {
    "3 KB heading": ("## Contacts" + " " * 3000 + "x\n", "heading longer than 300 characters"),
    "[ x 200k": ("[" * 200_000, "en/doc.md:1: more than 500 '['"),
    "‹ x 200k": ("# T\n\n" + "‹" * 200_000, None),
    "<script x 25k": ("<script " * 25_000, "en/doc.md:1: more than 1000 '<'"),
    "10k guide steps with typos": (guide(10_000), "more than 20000 lines"),
    "400 guide steps with typos": (guide(400), "more than 300 headings and boxes"),
    "5k broken anchors": (
        "# T\n\n" + "".join(f"[x](#reel{i})\n" for i in range(5000)),
        "en/doc.md:3: a paragraph too long for its 5000 '['",
    ),
    "nested emphasis": ("*_" * 30_000 + "x", "en/doc.md:1: more than 4000 '*'"),
    "1399-deep blockquote": (">" * 1399 + " deep\n", "en/doc.md:1: nesting deeper than 50 levels"),
    "40k headings": ("".join(f"## H{i}\n" for i in range(40_000)), "more than 20000 lines"),
    "400 headings": ("".join(f"## H{i}\n" for i in range(400)), "en/doc.md:301: more than 300"),
    "deep YAML": (
        "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n# T\n",
        "en/doc.md:2: invalid YAML: nesting deeper than 50 levels",
    ),
    "deep Markdown lists": ("- " * 5000 + "x\n", "en/doc.md:1: nesting deeper than 50 levels"),
    "backticks": ("`a" * 50_000, "more than 2000 '`'"),
    "heading of tabs": ("## x" + " \t" * 100_000 + "x\n", "heading longer than 300 characters"),
}


def test_a_heading_with_thousands_of_spaces_is_read_at_once() -> None:
    # the heading regex backtracked cubically here: 99 s for these 3 KB
    (heading,) = markup.headings("## Contacts" + " " * 3000 + "x {#contacts} ##")
    # the title is the heading's text as the page shows it (white space folded)
    assert (heading.title, heading.anchor) == ("Contacts x", "contacts")


@pytest.mark.parametrize("name", list(ISSUE_CASES))
def test_each_hostile_file_of_the_issue_builds_or_stops_at_a_line(name: str) -> None:
    text, expected = ISSUE_CASES[name]
    assert len(text.encode()) < LIMIT_MB
    problems, checked = build_one(text)
    if expected is None:
        assert checked.result.documents, problems
    else:
        assert any(expected in p for p in problems), problems


PIECES = [
    "[", "![", "]", "(", "<script ", "<", "<div>", "\\", "&", "&amp;", "|a", "|", "*", "_",
    "*a **b ", "*_", "`a", "`", "‹", "> ", ">", "- ", "1. ", "  ", "    ", "\t", "## x",
    "## x" + " " * 40, "!!! note\n    ", "{#a}", " {#a}", "[x](#nope)", "[x](missing.md)",
    '<img src="//h/x.png">', "x\n", "\n\n", "\n", "# ", "#", "---\n", "```\n", "word ",
]  # fmt: skip


@st.composite
def hostile_file(draw: st.DrawFn) -> str:
    """A few hostile pieces, each repeated up to SIZE characters, maybe under front matter."""
    parts = draw(
        st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, SIZE)), min_size=1, max_size=3)
    )
    body = "".join(piece * max(1, count // len(piece)) for piece, count in parts)
    depth = draw(st.integers(0, 3 * 50))
    front = draw(
        st.sampled_from(
            ["", "---\nkind: guide\ntitle: G\nstart: a\n---\n", "---\ntitle: [" + "[" * depth]
        )
    )
    if front.startswith("---\ntitle: ["):
        front += "]" * (depth + 1) + "\n---\n"
    return (front + body)[: LIMIT_MB - 1]


@given(text=hostile_file())
def test_a_hostile_file_builds_or_stops_at_a_line(text: str) -> None:
    build_one(text)


def test_a_pipe_and_a_looping_link_are_reported_and_odd_names_quoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "content"
    (root / "en").mkdir(parents=True)
    (root / "handbook.yaml").write_text(HANDBOOK, "utf-8")
    (root / "en" / "fine.md").write_text("# Fine\n\nText.\n", "utf-8")
    os.mkfifo(root / "en" / "pipe.md")
    (root / "en" / "loop.md").symlink_to("loop.md")
    (root / "en" / "new\nline.md").write_text("# Odd\n\nText.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert handbook(["build", "content", "-o", str(tmp_path / "out")]) == 1
    lines = capsys.readouterr().err.splitlines()
    unreadable = "not a readable file (a pipe, device, or broken or looping link)"
    fix = "replace it with the Markdown file itself, or remove it"
    assert f"content/en/loop.md:1: {unreadable} ({fix})" in lines
    assert any(line.startswith(f"content/en/pipe.md:1: {unreadable}") for line in lines)
    assert any(
        line.startswith("'content/en/new\\nline.md':1: name 'new\\nline.md' holds \\n")
        for line in lines
    ), lines


class _Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_build_cache_never_runs_and_only_costs_a_clean_build(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "en").mkdir(parents=True)
    (root / "handbook.yaml").write_text(HANDBOOK, "utf-8")
    (root / "en" / "doc.md").write_text("# Doc\n\nText.\n", "utf-8")
    out = tmp_path / "build" / "bundle"
    pipeline.build(root, out)
    planted = sorted((tmp_path / "build" / ".handbook-cache").rglob("*.pickle"))
    assert planted  # the state and the drafts
    marker = tmp_path / "RAN"
    for path in planted:
        path.write_bytes(pickle.dumps(_Evil(marker)))
    (root / "en" / "doc.md").write_text("# Doc\n\nText, changed.\n", "utf-8")
    result = pipeline.build(root, out)
    assert not marker.exists()
    assert result.count == 1
    assert "changed" in result.documents[0].html
