"""Names that work on every system: what Windows or macOS cannot hold is refused, with a fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import names, pipeline
from handbook_app.errors import ContentError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

RENAME = "rename it with letters, digits and hyphens"


def _problems(root: Path, out: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        pipeline.build(root, out)
    assert not out.exists(), "the bundle never holds such a name"
    return [p.format(root) for p in caught.value.problems]


def _page(title: str) -> str:
    return f"# {title}\n\nText.\n"


def test_two_names_differing_only_in_case_are_refused(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    (root / "en" / "Notes.md").write_text(_page("Notes"), "utf-8")
    (root / "en" / "notes.md").write_text(_page("Other notes"), "utf-8")
    assert "en/notes.md:1: 'notes.md' and 'Notes.md' are one name on Windows and macOS " + (
        "(they differ only in case) (rename one of them)"
    ) in _problems(root, tmp_path / "out")


def test_names_differing_only_in_how_accents_are_stored_are_refused(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    (root / "en" / "z\u00fcrich").mkdir()
    (root / "en" / "zu\u0308rich").mkdir()
    assert [line for line in _problems(root, tmp_path / "out") if "one name" in line] == [
        "en/z\u00fcrich:0: 'z\u00fcrich' and 'zu\u0308rich' are one name on Windows and macOS "
        "(they differ only in how accented letters are stored) (rename one of them)"
    ]


def test_characters_reserved_names_and_trailing_dots_windows_refuses(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    for name in ("what?.md", "a:b.md", "CON.md", "notes..md"):
        (root / "en" / name).write_text(_page("A page"), "utf-8")
    (root / "en" / "drafts ").mkdir()
    (root / "en" / "drafts " / "x.md").write_text(_page("X"), "utf-8")
    (root / "images").mkdir()
    (root / "images" / "aux.png").write_bytes(b"\x89PNG")
    (root / "images" / "map.").write_bytes(b"")
    found = _problems(root, tmp_path / "out")
    assert found == [
        "en/CON.md:1: name 'CON.md' is reserved on Windows (rename it: CON, PRN, AUX, NUL, "
        "COM1…, LPT1… cannot be used, with any extension)",
        f"en/a:b.md:1: name 'a:b.md' holds :, which Windows forbids ({RENAME})",
        f"en/drafts :0: name 'drafts ' ends with a dot or a space, which Windows drops ({RENAME})",
        f"en/what?.md:1: name 'what?.md' holds ?, which Windows forbids ({RENAME})",
        "images/aux.png:1: name 'aux.png' is reserved on Windows (rename it: CON, PRN, AUX, "
        "NUL, COM1…, LPT1… cannot be used, with any extension)",
        f"images/map.:1: name 'map.' ends with a dot or a space, which Windows drops ({RENAME})",
    ]


def test_a_path_longer_than_windows_takes_is_refused(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    deep = root / "en" / ("a" * 95) / ("b" * 90)
    deep.mkdir(parents=True)
    (deep / "page.md").write_text(_page("Deep"), "utf-8")
    rel = f"en/{'a' * 95}/{'b' * 90}/page.md"
    assert _problems(root, tmp_path / "out") == [
        f"{rel}:1: path is {len('content/' + rel)} characters long; Windows takes 260 in all, "
        "with the folder the content sits in (shorten the names of its folders or of the file "
        "to 200 in all)"
    ]


def test_an_id_that_would_be_a_reserved_file_name_in_the_bundle_is_refused(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    page = "---\nkind: chapter\nid: prn\ntitle: P\n---\n\nText.\n"
    (root / "en" / "printer.md").write_text(page, "utf-8")
    assert _problems(root, tmp_path / "out") == [
        "en/printer.md:3: id 'prn' is reserved on Windows "
        "(rename the file or set a different 'id:')"
    ]


def test_ordinary_names_pass(content_tree: Callable[[str], Path], tmp_path: Path) -> None:
    root = content_tree("")
    (root / "en" / "console.md").write_text(_page("Console"), "utf-8")  # CON only as a whole
    (root / "en" / "com10.md").write_text(_page("Com ten"), "utf-8")
    result = pipeline.build(root, tmp_path / "out")
    assert not result.problems


def test_every_name_in_a_built_bundle_works_everywhere(sample_bundle: Path) -> None:
    found = [p.relative_to(sample_bundle) for p in sample_bundle.rglob("*")]
    assert found
    for rel in found:
        assert all(names.name_problem(part) is None for part in rel.parts), rel
        assert len(f"bundle/{rel.as_posix()}") <= names.LONGEST, rel
    folded = [p.as_posix().casefold() for p in found]
    assert len(set(folded)) == len(folded)
