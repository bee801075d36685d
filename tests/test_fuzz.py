"""Bad input, fuzzed: the builder, the manifest reader and search never crash.

Every hostile file is checked in a fresh content tree. Whatever it holds, the
builder either accepts it, with HTML that cannot run anything, or rejects it
with problems that each point at a real ``path:line``. ``make test`` runs a
small profile; ``make fuzz`` runs over 10,000 examples (see ``helpers/strategies.py``).
"""

from __future__ import annotations

import re
import tempfile
from collections import deque
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from helpers import strategies
from hypothesis import example, given
from hypothesis import strategies as st

from handbook_app.builder import pipeline
from handbook_app.bundle.manifest import Manifest
from handbook_app.bundle.reader import Bundle
from handbook_app.content.model import Document, Guide, Kind
from handbook_app.content.problems import Problem, Severity
from handbook_app.core.assessment import Outcome, assess
from handbook_app.core.route import Route
from handbook_app.errors import BundleError, QueryError
from handbook_app.search import limits
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from collections.abc import Iterator

HANDBOOK = (
    "title: Fuzz\nedition: 1\nedition_date: 2026-11-01\npublisher: Fuzz editors\nlanguages: [en]\n"
)
OTHER = "---\nkind: chapter\ntitle: Other\n---\n\n## Section {#sec}\n\nText.\n"
FUZZED = "en/doc.md"
NO_FILE_PROBLEMS = ("content folder not found", "handbook.yaml not found")
"""The only problems without a line: there is no file to point into."""
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "doc"}
UNSAFE_TAGS = {"script", "iframe", "object", "embed", "style", "form", "svg", "math", "base"}


@dataclass(frozen=True)
class Checked:
    result: pipeline.Result
    root: Path
    texts: dict[str, str]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.result.problems if p.severity is Severity.ERROR]


def check_tree(files: dict[str, str]) -> Checked:
    """``pipeline.check`` of a content tree holding ``files`` (plus a picture), then its checks."""
    texts = {"handbook.yaml": HANDBOOK, "en/other.md": OTHER, **files}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        for rel, text in texts.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(text.encode("utf-8", "surrogatepass"))
        (root / "en" / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        checked = Checked(pipeline.check(root), root, texts)
        assert_located(checked)
        assert_accepted_or_rejected(checked)
        for doc in checked.result.documents:
            assert_safe_document(doc)
    return checked


def assert_located(checked: Checked) -> None:
    """Every problem names a file of the tree and a line inside it."""
    for problem in checked.result.problems:
        shown = problem.format(checked.root)
        if problem.line == 0:
            assert problem.message in NO_FILE_PROBLEMS, shown
            continue
        assert problem.path.is_relative_to(checked.root), shown
        rel = problem.path.relative_to(checked.root).as_posix()
        assert rel in checked.texts, shown
        assert 1 <= problem.line <= max(1, len(checked.texts[rel].splitlines())), shown


def assert_accepted_or_rejected(checked: Checked) -> None:
    """No file vanishes in silence: without errors, every document is in the result."""
    if checked.errors:
        assert checked.result.documents == []
        return
    sources = {d.source for d in checked.result.documents}
    assert sources == {rel for rel in checked.texts if rel.endswith(".md")}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_safe_html(fragment: str) -> None:
    """No script, frame or event attribute, and links only to safe schemes."""
    lowered = fragment.lower()
    assert "<script" not in lowered, fragment
    assert "<iframe" not in lowered, fragment
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in UNSAFE_TAGS, fragment
        for name, value in attrs:
            assert not name.startswith("on"), fragment
            compact = re.sub(r"[\x00-\x20]", "", value or "").lower()
            assert "javascript:" not in compact, fragment
            scheme = re.match(r"([a-z][a-z0-9+.-]*):", compact)
            if name in ("href", "src") and scheme:
                assert scheme[1] in SAFE_SCHEMES, fragment


def html_parts(doc: Document) -> Iterator[str]:
    yield doc.html
    if doc.checklist:
        yield from (d.html for d in doc.checklist.dimensions)
    if doc.guide:
        yield from (s.html for s in doc.guide.steps)


def assert_safe_document(doc: Document) -> None:
    for part in html_parts(doc):
        assert_safe_html(part)
    assert Document.from_dict(doc.to_dict()) == doc


def fuzzed_document(checked: Checked) -> Document | None:
    return next((d for d in checked.result.documents if d.source == FUZZED), None)


# ---------------------------------------------------------------- builder


@given(strategies.any_file())
def test_any_document_is_accepted_safely_or_rejected_at_a_line(text: str) -> None:
    check_tree({FUZZED: text})


@given(strategies.handbook_yaml)
def test_a_bad_handbook_yaml_is_rejected_at_a_line(text: str) -> None:
    checked = check_tree({"handbook.yaml": text})
    if checked.result.info is None:
        assert any(p.path.name == "handbook.yaml" for p in checked.errors)


@given(strategies.checklist_file())
def test_checklists_are_rejected_at_a_line_or_can_be_assessed(text: str) -> None:
    doc = fuzzed_document(check_tree({FUZZED: text}))
    if doc is None:
        return
    assert doc.checklist is not None
    every = [i.id for d in doc.checklist.dimensions for i in d.indicators]
    assert every, "an accepted checklist has indicators"
    assert len(set(every)) == len(every)
    assert assess(doc.checklist, []).outcome is Outcome.NONE
    assert assess(doc.checklist, every).outcome is not Outcome.NONE


def way_to_an_end(guide: Guide, start: str) -> list[str] | None:
    """The answers (``""`` for 'Next') of a shortest walk from ``start`` to an end step."""
    paths: dict[str, list[str]] = {start: []}
    queue = deque([start])
    while queue:
        step = guide.step(queue.popleft())
        if step.is_end:
            return paths[step.id]
        moves = [(step.next, "")] if step.next else [(a.target, a.label) for a in step.answers]
        for target, answer in moves:
            if target not in paths:
                paths[target] = [*paths[step.id], answer]
                queue.append(target)
    return None


@given(strategies.guide_file())
def test_guides_are_rejected_at_a_line_or_every_step_can_finish(text: str) -> None:
    doc = fuzzed_document(check_tree({FUZZED: text}))
    if doc is None:
        return
    assert doc.guide is not None
    ids = {s.id for s in doc.guide.steps}
    assert doc.guide.start in ids
    for step in doc.guide.steps:
        assert set(step.targets()) <= ids, f"step '{step.id}' leads nowhere"
        answers = way_to_an_end(doc.guide, step.id)
        assert answers is not None, f"step '{step.id}' is a trap"
    route = Route(doc.guide)
    for answer in way_to_an_end(doc.guide, doc.guide.start) or []:
        route.advance(answer)
    assert route.current.is_end


SCRIPT_ON_A_CARD = (
    "---\nkind: country\ntitle: Finland\ncountry: FI\ncontacts:\n- name: Helpline\n"
    "  role: Advice\n  source: gov.example\n  verified: 2026-09-01\n"
    "  web: javascript:alert(1)\n---\n"
)


@given(strategies.country_file())
@example(SCRIPT_ON_A_CARD)
def test_country_contacts_are_rejected_at_a_line_or_safe(text: str) -> None:
    doc = fuzzed_document(check_tree({FUZZED: text}))
    if doc is None:
        return
    assert doc.kind is Kind.COUNTRY
    assert doc.country is not None
    for contact in doc.country.contacts:
        assert contact.name
        assert contact.source
        assert contact.verified


def test_a_missing_content_folder_or_handbook_yaml_has_line_zero(tmp_path: Path) -> None:
    missing = pipeline.check(tmp_path / "nowhere")
    assert [(p.line, p.message) for p in missing.problems] == [(0, "content folder not found")]
    (tmp_path / "en").mkdir()
    no_info = pipeline.check(tmp_path)
    assert [(p.path, p.line) for p in no_info.problems] == [(tmp_path / "handbook.yaml", 0)]


# ---------------------------------------------------------------- manifests


@given(strategies.manifest_bytes)
def test_a_damaged_manifest_is_a_bundle_error(raw: bytes) -> None:
    try:
        manifest = Manifest.from_json(raw)
    except BundleError:
        return
    assert Manifest.from_json(manifest.to_json()) == manifest


@given(
    st.builds(
        Manifest,
        format=st.integers(1, 1),
        title=st.text(),
        edition=st.integers(1, 10**6),
        edition_date=st.dates().map(str),
        publisher=st.text(),
        languages=st.lists(st.text(max_size=5), max_size=3).map(tuple),
        built=st.text(max_size=25),
        documents=st.integers(0, 10**4),
        files=st.dictionaries(
            st.text(max_size=20), st.text("0123456789abcdef", min_size=64, max_size=64)
        ),
    )
)
def test_a_manifest_survives_its_own_json(manifest: Manifest) -> None:
    assert Manifest.from_json(manifest.to_json()) == manifest


# ---------------------------------------------------------------- search


@pytest.fixture(scope="module")
def searcher(sample_bundle: Path) -> Iterator[Searcher]:
    opened = Searcher(Bundle(sample_bundle).index_path)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def sample_ids(sample_bundle: Path) -> set[str]:
    return {e.id for e in Bundle(sample_bundle).entries}


SNIPPET_TAGS = re.compile(r"</?b>")


@given(strategies.query)
def test_every_query_answers(searcher: Searcher, sample_ids: set[str], query: Query) -> None:
    try:
        limits.check(query.text)
    except QueryError:  # beyond the query limits: a plain refusal, the same from search
        with pytest.raises(QueryError):
            searcher.search(query)
        return
    results = searcher.search(query)
    assert results.total >= len(results.hits)
    assert isinstance(results.suggestion, str)
    for hit in results.hits:
        assert hit.doc_id in sample_ids
        assert not query.kind or hit.kind == query.kind
        assert "<" not in SNIPPET_TAGS.sub("", hit.snippet), hit.snippet


def test_a_misspelt_query_is_answered_with_hits_or_a_suggestion(searcher: Searcher) -> None:
    results = searcher.search(Query("pasport"))
    assert results.hits or results.suggestion
