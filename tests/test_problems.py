"""Helpful edges: the docs list every problem the code reports; commands say what to do."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import messages, pipeline
from handbook_app.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


def test_the_authoring_guide_lists_every_problem_the_code_reports() -> None:
    table = messages.markdown(messages.catalogue())
    assert messages.current(ROOT / "docs" / "authoring.md", table), (
        "docs/authoring.md is behind the code: run 'make problems-doc'"
    )


@pytest.mark.parametrize("case", sorted(p.name for p in (DATA / "broken").iterdir()))
def test_each_problem_a_build_reports_is_in_the_list(
    case: str, content_tree: Callable[[str], Path]
) -> None:
    found = messages.catalogue()
    problems = pipeline.check(content_tree(case)).problems
    assert problems
    for problem in problems:
        assert any(m.matches(problem.message, problem.fix) for m in found), problem


def test_the_plain_tree_and_name_problems_are_in_the_list(tmp_path: Path) -> None:
    root = tmp_path / "plain"
    shutil.copytree(DATA / "plain", root)
    (root / "en" / "CON.md").write_text("# Con\n", "utf-8")
    (root / "en" / "Readme.md").write_text("# Readme\n", "utf-8")
    found = messages.catalogue()
    problems = pipeline.check(root).problems
    assert len(problems) == 6  # CON: its name; Readme: case and id; the tree's own 3
    for problem in problems:
        assert any(m.matches(problem.message, problem.fix) for m in found), problem


def test_a_row_matches_only_its_own_problem() -> None:
    row = messages.Message("unknown key '{key}'", "did you mean '{…}'?")
    assert row.matches("unknown key 'sumary'", "did you mean 'summary'?")
    assert not row.matches("unknown kind 'x'", "did you mean 'y'?")


def test_problems_update_writes_the_table_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "guide.md"
    doc.write_text(f"# Guide\n\n{messages.START}\nold\n{messages.END}\n\nAfter.\n", "utf-8")
    assert main(["problems", "--update", str(doc)]) == 0
    assert main(["problems", "--update", str(doc)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{doc}: updated", f"{doc}: already up to date"]
    text = doc.read_text("utf-8")
    assert "| `file is empty` | `write the document or delete the file` |" in text
    assert text.endswith(f"{messages.END}\n\nAfter.\n")
    assert "\nold\n" not in text


def test_search_with_no_bundle_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing"
    assert main(["search", "passport", "--bundle", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"handbook: no handbook bundle at {missing}: make one with "
        f"'handbook build content -o {missing}'"
    )


def test_search_with_no_default_bundle_also_names_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDBOOK_BUNDLE", str(tmp_path / "none"))
    assert main(["info"]) == 1
    assert capsys.readouterr().err.strip().endswith("(or name one with --bundle)")
