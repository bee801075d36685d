"""The builder: every bad input gets its own clear `path:line:` message and no bundle."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import pipeline
from handbook_app.bundle.manifest import Manifest, sha256
from handbook_app.cli import main
from handbook_app.content.problems import Severity
from handbook_app.errors import ContentError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

FIX_MARKDOWN = "write plain Markdown; the handbook never runs scripts or embeds pages"

BROKEN = {
    "invalid-yaml": [
        "en/bad.md:3: invalid YAML: expected ',' or ']', but got '<stream end>' "
        "(fix the YAML between the '---' lines)"
    ],
    "unknown-kind": ["en/bad.md:2: unknown kind 'chekclist' (did you mean 'checklist'?)"],
    "unknown-key": ["en/bad.md:4: unknown key 'sumary' (did you mean 'summary'?)"],
    "missing-key": ["en/bad.md:2: missing required key 'rule' (add 'rule:' to the front matter)"],
    "duplicate-id": [
        "en/b/same.md:1: duplicate id 'same': en/a/same.md has it too "
        "(rename one of the files or set a different 'id:')"
    ],
    "broken-link": [
        "en/bad.md:3: broken link 'intor.md': no such document (did you mean 'intro.md'?)"
    ],
    "broken-anchor": [
        "en/bad.md:3: broken link 'intro.md#find-a-privat-room': no section "
        "'#find-a-privat-room' in 'intro' (did you mean 'find-a-private-room'?)"
    ],
    "guide-missing-step": [
        "en/guide.md:10: step 'safety' leads to unknown step 'privte-room' "
        "(did you mean 'private-room'?)",
        "en/guide.md:16: no route reaches step 'private-room' "
        "(lead to it with 'Next:' or an answer, or remove it)",
    ],
    "guide-unreachable": [
        "en/guide.md:12: no route reaches step 'forgotten' "
        "(lead to it with 'Next:' or an answer, or remove it)"
    ],
    "guide-loop": [
        "en/guide.md:12: step 'round' is in a loop with no way out "
        "(give one of its steps a route to an end step)",
        "en/guide.md:16: step 'again' is in a loop with no way out "
        "(give one of its steps a route to an end step)",
    ],
    "indicator-no-strength": [
        "en/list.md:10: indicator has no strength: 'Does not know the address of the "
        "workplace' (start the item with [strong], [medium] or [weak])"
    ],
    "country-no-contacts": [
        "en/xx.md:5: 'contacts:' must be a list of at least one contact "
        "(start each contact with '- name:')"
    ],
    "invalid-date": [
        "en/fi.md:9: invalid date '2023-13-45'"
        " (write the date as YYYY-MM-DD, or 'unknown' when no check date is known)"
    ],
    "not-utf8": ["en/latin1.md:3: file is not UTF-8 text (save it as UTF-8 in your editor)"],
    "empty-file": ["en/empty.md:1: file is empty (write the document or delete the file)"],
    "image-outside": [
        "en/bad.md:3: image '../../../../secret.png' is outside content/ "
        "(move the picture into content/images/)"
    ],
}


def _build_fails(root: Path, out: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        pipeline.build(root, out)
    return [p.format(root) for p in caught.value.problems]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_bad_input_is_reported_with_its_line_and_no_bundle_is_written(
    case: str, content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree(case)
    out = tmp_path / "bundle"
    assert _build_fails(root, out) == BROKEN[case]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["content"], "no staging folder left behind"


def test_a_file_over_one_megabyte_is_refused(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("")
    (root / "en" / "huge.md").write_text("# Huge\n\n" + "word " * 230_000, "utf-8")
    assert _build_fails(root, tmp_path / "out") == [
        "en/huge.md:1: file is larger than 1 MB (1123 KB) (split it into several documents)"
    ]


def test_an_existing_bundle_survives_a_failed_build(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    pipeline.build(content_tree(""), out)
    before = (out / "manifest.json").read_bytes()
    broken = content_tree("broken-link")
    _build_fails(broken, out)
    assert (out / "manifest.json").read_bytes() == before
    assert Manifest.load(out).documents == 1


def test_all_problems_come_from_one_pass(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("broken-link")
    (root / "en" / "list.md").write_text(
        "---\nkind: checklist\ntitle: T\nrul: any\n---\n\n## S\n\n- x\n"
    )
    lines = _build_fails(root, tmp_path / "out")
    assert any(line.startswith("en/bad.md:3: broken link") for line in lines)
    assert "en/list.md:4: unknown key 'rul' (did you mean 'rule'?)" in lines
    assert any(line.startswith("en/list.md:9: indicator has no strength") for line in lines)


def test_unsafe_markup_is_removed_with_a_warning_and_never_reaches_the_bundle(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("raw-script")
    result = pipeline.build(root, tmp_path / "out")
    assert [p.format(root) for p in result.warnings] == [
        f"en/bad.md:3: warning: raw <script> removed ({FIX_MARKDOWN})",
        f"en/bad.md:5: warning: event attribute (on...=) removed ({FIX_MARKDOWN})",
        f"en/bad.md:5: warning: javascript: link removed ({FIX_MARKDOWN})",
        f"en/bad.md:7: warning: raw <iframe> removed ({FIX_MARKDOWN})",
    ]
    page = (tmp_path / "out" / "docs" / "en" / "bad.json").read_text("utf-8").lower()
    for unsafe in ("<script", "onclick", "javascript:", "<iframe", "alert(1)"):
        assert unsafe not in page
    assert "hello" in page
    assert "world" in page


def test_strict_turns_warnings_into_errors(
    content_tree: Callable[[str], Path], tmp_path: Path
) -> None:
    root = content_tree("raw-script")
    with pytest.raises(ContentError) as caught:
        pipeline.build(root, tmp_path / "out", strict=True)
    assert {p.severity for p in caught.value.problems} == {Severity.WARNING}
    assert not (tmp_path / "out").exists()


def test_a_plain_markdown_chapter_needs_no_front_matter(
    sample_bundle: Path, tmp_path: Path
) -> None:
    catalog = json.loads((sample_bundle / "catalog.json").read_text("utf-8"))
    titles = {entry["id"]: entry["title"] for entry in catalog}
    assert titles["work-abroad"] == "Working abroad"
    root = tmp_path / "c"
    (root / "en").mkdir(parents=True)
    (root / "handbook.yaml").write_text(
        "title: T\nedition: 1\nedition_date: 2026-01-01\npublisher: P\nlanguages: [en]\n"
    )
    (root / "en" / "plain-notes.md").write_text("# Notes from elsewhere\n\nSome text.\n")
    result = pipeline.build(root, tmp_path / "b")
    assert [(d.id, d.title) for d in result.documents] == [("plain-notes", "Notes from elsewhere")]


def test_manifest_lists_every_file_with_its_hash(sample_bundle: Path) -> None:
    manifest = Manifest.load(sample_bundle)
    on_disk = sorted(
        p.relative_to(sample_bundle).as_posix()
        for p in sample_bundle.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    )
    assert sorted(manifest.files) == on_disk
    assert all(manifest.files[name] == sha256(sample_bundle / name) for name in on_disk)
    assert manifest.edition == 2
    assert manifest.documents == 7
    assert manifest.languages == ("en",)


def test_links_between_documents_become_in_app_links(sample_bundle: Path) -> None:
    page = json.loads((sample_bundle / "docs/en/work-abroad.json").read_text("utf-8"))["html"]
    assert 'href="doc:labour-list#coercion-at-destination"' in page
    assert 'href="doc:finland"' in page


def test_cli_build_reports_problems_and_exits_1(
    content_tree: Callable[[str], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = content_tree("unknown-key")
    monkeypatch.chdir(root.parent)
    assert main(["build", "content", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "content/en/bad.md:4: unknown key 'sumary' (did you mean 'summary'?)" in err
    assert "1 problem(s); no bundle written." in err


def test_cli_build_in_a_pipe_prints_plain_stage_lines(
    content_tree: Callable[[str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(content_tree("")), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert "\r" not in captured.err
    assert [line.split(":")[0] for line in captured.err.splitlines()] == [
        "collect", "read", "parse", "validate", "render", "index", "write",
    ]  # fmt: skip
    assert captured.out.startswith(f"built {tmp_path / 'out'}: edition 2, 1 documents")


def test_cli_check_writes_nothing(
    content_tree: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = content_tree("guide-unreachable")
    assert main(["check", str(root)]) == 1
    assert not any(p.name.startswith(".") for p in root.parent.iterdir())
    assert "no route reaches step 'forgotten'" in capsys.readouterr().err


def test_cli_info_shows_the_manifest(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(sample_bundle), "--allow-unsigned"]) == 0
    out = capsys.readouterr().out
    assert "Test Handbook" in out
    assert "edition    2 (2026-11-01)" in out
    assert "documents  7" in out
