"""Incremental builds: after any change, the bundle says what a clean build says.

Each test builds twice into one folder (the second time from the build cache)
and compares with a clean build of the same content in another folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from handbook_app.builder import cache, pipeline
from handbook_app.bundle.manifest import Manifest
from handbook_app.errors import ContentError
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher
from handbook_app.trust.verify import verify_bundle

SAMPLE = Path(__file__).parent / "data" / "sample"
QUERIES = ["passport", "debt bondage", "finland helpline", "recruitment fee", "zebra", "child"]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(SAMPLE, root)
    return root


def first_build(content: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "bundle"
    pipeline.build(content, out)
    return out


def edit(content: Path, name: str, old: str, new: str) -> None:
    path = content / "en" / name
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


def append(content: Path, name: str, text: str) -> None:
    path = content / "en" / name
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def searches(bundle: Path) -> list[list[tuple[str, str, str]]]:
    searcher = Searcher(bundle / "index")
    try:
        return [
            sorted(
                (h.doc_id, h.anchor, h.snippet) for h in searcher.search(Query(q, limit=50)).hits
            )
            for q in QUERIES
        ]
    finally:
        searcher.close()


def files(bundle: Path) -> dict[str, str]:
    """The manifest's hashes of every file but the index (its segments differ by design)."""
    listed = Manifest.load(bundle).files
    return {name: digest for name, digest in listed.items() if not name.startswith("index/")}


def assert_same_as_clean(content: Path, incremental: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean" / "bundle"
    pipeline.build(content, clean, clean=True)
    assert files(incremental) == files(clean)
    assert searches(incremental) == searches(clean)
    assert Manifest.load(incremental).documents == Manifest.load(clean).documents
    assert verify_bundle(incremental).ok


def test_a_second_build_reuses_everything(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "bundle"
    first = pipeline.build(content, out)
    second = pipeline.build(content, out)
    assert len(first.documents) == first.count == 7
    assert second.documents == []
    assert second.count == 7
    assert (cache.folder_for(out) / cache.STATE).is_file()
    assert_same_as_clean(content, out, tmp_path)


def test_edit_add_and_remove(content: Path, tmp_path: Path) -> None:
    out = first_build(content, tmp_path)
    append(content, "work-abroad.md", "\nA zebra crossing is not a sign.\n")
    (content / "en" / "extra.md").write_text("# Extra notes\n\nA zebra and a passport.\n", "utf-8")
    (content / "en" / "sweden.md").unlink()
    result = pipeline.build(content, out)
    assert sorted(d.id for d in result.documents) == ["extra", "work-abroad"]
    assert_same_as_clean(content, out, tmp_path)
    hits = searches(out)[QUERIES.index("zebra")]
    assert {doc for doc, _, _ in hits} == {"extra", "work-abroad"}


def test_a_changed_anchor_re_renders_the_documents_linking_to_it(
    content: Path, tmp_path: Path
) -> None:
    out = first_build(content, tmp_path)
    edit(content, "work-abroad.md", "{#fees}", "{#costs}")
    edit(content, "first-steps.md", "#fees", "#costs")
    pipeline.build(content, out)
    assert_same_as_clean(content, out, tmp_path)


def test_validation_still_covers_unchanged_documents(content: Path, tmp_path: Path) -> None:
    out = first_build(content, tmp_path)
    (content / "en" / "finland.md").unlink()  # work-abroad.md, unchanged, links to it
    with pytest.raises(ContentError) as failed:
        pipeline.build(content, out)
    assert any("broken link 'finland.md'" in p.message for p in failed.value.problems)


def test_a_failed_build_leaves_the_old_bundle_and_cache_usable(
    content: Path, tmp_path: Path
) -> None:
    out = first_build(content, tmp_path)
    before = (out / "manifest.json").read_bytes()
    signs = content / "en" / "signs.md"
    good = signs.read_text("utf-8")
    signs.write_text(good + "\nSee [nowhere](missing.md).\n", "utf-8")
    with pytest.raises(ContentError):
        pipeline.build(content, out)
    assert (out / "manifest.json").read_bytes() == before
    assert verify_bundle(out).ok
    signs.write_text(good + "\nNow fixed.\n", "utf-8")
    pipeline.build(content, out)
    assert_same_as_clean(content, out, tmp_path)


def test_a_tampered_previous_bundle_does_not_leak_through(content: Path, tmp_path: Path) -> None:
    out = first_build(content, tmp_path)
    doc = out / "docs" / "en" / "sweden.json"
    data = json.loads(doc.read_bytes())
    data["html"] = "<p>tampered</p>"
    doc.write_text(json.dumps(data), "utf-8")
    segment = next((out / "index").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:-1] + b"\0")
    append(content, "signs.md", "\nOne more line.\n")
    result = pipeline.build(content, out)
    assert "sweden" in {d.id for d in result.documents}
    assert_same_as_clean(content, out, tmp_path)


def test_a_cache_from_other_builder_code_is_ignored(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = first_build(content, tmp_path)
    monkeypatch.setattr(cache, "code_salt", lambda: "another version of the builder")
    result = pipeline.build(content, out)
    assert len(result.documents) == result.count == 7


def test_a_renamed_target_re_renders_unchanged_documents_linking_to_it(
    content: Path, tmp_path: Path
) -> None:
    out = first_build(content, tmp_path)
    edit(content, "work-abroad.md", "kind: chapter", "kind: chapter\nid: abroad")
    result = pipeline.build(content, out)
    assert {"abroad", "first-steps"} <= {d.id for d in result.documents}
    assert "doc:abroad#fees" in json.loads((out / "docs/en/first-steps.json").read_bytes())["html"]
    assert_same_as_clean(content, out, tmp_path)


def test_a_damaged_cache_means_a_clean_build(content: Path, tmp_path: Path) -> None:
    out = first_build(content, tmp_path)
    shutil.rmtree(cache.folder_for(out) / cache.DRAFTS)
    edit(content, "work-abroad.md", "kind: chapter", "kind: chapter\nid: abroad")
    result = pipeline.build(content, out)
    assert result.count == len(result.documents) == 7
    assert_same_as_clean(content, out, tmp_path)
    (cache.folder_for(out) / cache.STATE).write_bytes(b"not a pickle")
    assert pipeline.build(content, out).count == 7


def test_the_index_stays_at_two_segments(content: Path, tmp_path: Path) -> None:
    out = first_build(content, tmp_path)
    for number in range(4):
        append(content, "work-abroad.md", f"\nEdit {number}.\n")
        pipeline.build(content, out)
    assert len(list((out / "index").glob("*.seg"))) <= 2
    assert_same_as_clean(content, out, tmp_path)


def test_every_search_module_a_build_imports_is_in_the_cache_salt() -> None:
    """The salt leaves out the query-time search modules (ranking, parsing), so editing
    them keeps the build cache; a module the builder does import must be salted, or a
    change to how the index is written would reuse an index written the old way."""
    script = (
        "import sys, handbook_app.builder.pipeline, handbook_app.trust.recover\n"
        "print(' '.join(m for m in sys.modules if m.startswith('handbook_app.search.')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout.split()
    imported = {name.rsplit(".", 1)[1] + ".py" for name in found}
    assert imported, "the builder writes the index with the search package"
    assert imported <= set(cache.SEARCH_CODE)
