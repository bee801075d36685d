"""The editors' synonym list (``<lang>/synonyms.yaml``): checked by the builder, used by search."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import pipeline
from handbook_app.errors import ContentError
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def build(root: Path, synonyms: str | None) -> Path:
    if synonyms is not None:
        (root / "en" / "synonyms.yaml").write_text(synonyms, "utf-8")
    out = root.parent / "bundle"
    pipeline.build(root, out, clean=True)
    return out


def places(bundle: Path, text: str) -> list[str]:
    engine = Searcher(bundle / "index")
    try:
        return [f"{h.doc_id}#{h.anchor}" for h in engine.search(Query(text)).hits]
    finally:
        engine.close()


def test_a_listed_word_finds_what_it_means(content_tree: Callable[[str], Path]) -> None:
    root = content_tree("")
    assert places(build(root, None), "secluded") == []
    bundle = build(root, "# officers' words\nsecluded: [private room, quiet]\n")
    assert places(bundle, "secluded")[0] == "intro#find-a-private-room"


def test_a_listed_phrase_counts_only_with_its_words_in_a_row(
    content_tree: Callable[[str], Path],
) -> None:
    bundle = build(content_tree(""), "out of sight: [private room]\n")
    assert "intro#find-a-private-room" in places(bundle, "out of sight")
    assert "intro#find-a-private-room" not in places(bundle, "sight out")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("testify: criminal proceedings\n- oops\n", 2, "not valid YAML"),
        ("- just a list\n", 1, "must be a mapping"),
        ("ok: [fine]\n112: [emergency]\n", 2, "words in plain text"),
        ("ok: [fine]\nbad: [<b>bold</b>]\n", 2, "is not a phrase"),
        ("ok: [fine]\nempty: []\n", 2, "has no meaning"),
        ("ok: [fine]\nok: [again]\n", 2, "listed twice"),
    ],
)
def test_a_bad_list_is_reported_with_its_line_and_no_bundle_is_written(
    content_tree: Callable[[str], Path], text: str, line: int, message: str
) -> None:
    root = content_tree("")
    with pytest.raises(ContentError) as raised:
        build(root, text)
    problem = raised.value.problems[0]
    assert (problem.path.name, problem.line) == ("synonyms.yaml", line)
    assert message in problem.message
    assert not (root.parent / "bundle").exists()
