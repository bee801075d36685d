"""A plain Markdown tree written for another tool builds, with only its true problems reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from handbook_app.builder import pipeline
from handbook_app.builder.parse import derived_id
from handbook_app.content import markup
from handbook_app.errors import ContentError

PLAIN = Path(__file__).parent / "data" / "plain"


def test_a_documentation_tree_from_elsewhere_reports_only_its_true_problems() -> None:
    result = pipeline.check(PLAIN)
    assert [p.format(PLAIN) for p in result.problems] == [
        "en/about/license.md:5: warning: include of 'LICENSE.txt' is not supported: its text "
        "is not in the handbook (copy the text of 'LICENSE.txt' into this file)",
        "en/about/release-notes.md:1: document has no title: it only includes 'CHANGELOG.md', "
        "and includes are not supported (copy the text of 'CHANGELOG.md' into this file, "
        "under a first '# Heading')",
        "en/dev-guide/plugins.md:19: broken link '../user-guide/plugin-settings.md': "
        "no such document (did you mean 'plugins.md'?)",
    ]


@pytest.fixture
def fixed(tmp_path: Path) -> Path:
    """The plain tree with its two errors mended as an editor would."""
    root = tmp_path / "plain"
    shutil.copytree(PLAIN, root)
    (root / "en/about/release-notes.md").write_text("# Release notes\n\nNone yet.\n", "utf-8")
    plugins = root / "en/dev-guide/plugins.md"
    text = plugins.read_text("utf-8").replace("plugin-settings.md", "configuration.md")
    plugins.write_text(text, "utf-8")
    return root


def _page(bundle: Path, doc_id: str) -> str:
    html: str = json.loads((bundle / f"docs/en/{doc_id}.json").read_text("utf-8"))["html"]
    return html


def test_once_mended_it_builds_with_readme_pages_and_links_other_tools_write(
    fixed: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    result = pipeline.build(fixed, out)
    assert [p.message for p in result.warnings] == [
        "include of 'LICENSE.txt' is not supported: its text is not in the handbook"
    ]
    catalog = json.loads((out / "catalog.json").read_text("utf-8"))
    assert sorted(e["id"] for e in catalog) == [
        "configuration", "index", "license", "plugins", "release-notes", "user-guide",
        "writing-your-docs",
    ]  # fmt: skip
    start = _page(out, "index")
    assert 'href="doc:user-guide"' in start  # a link to a folder opens its README
    assert 'href="doc:plugins#on_event_name"' in start  # the anchor toc makes of on_&lt;…&gt;
    assert "<code>[link](/dir2/bar.md)</code>" in start  # code stays code
    writing = _page(out, "writing-your-docs")
    assert 'href="doc:configuration#mkdocs-locale"' in writing
    assert 'href="doc:configuration#theme"' in writing  # absolute: from the language folder
    assert 'href="doc:index"' in writing
    assert 'href="doc:writing-your-docs#tables"' in writing
    assert 'id="mkdocs-locale"' in _page(out, "configuration")
    assert writing.count("&lt;script src=") == 2  # code shows a script as text: no warning


def test_readme_and_index_name_their_folder_and_upper_case_is_lowered() -> None:
    assert derived_id("en/README.md") == "index"
    assert derived_id("en/index.md") == "index"
    assert derived_id("en/user-guide/README.md") == "user-guide"
    assert derived_id("en/User Guide/Index.md") == "user-guide"
    assert derived_id("en/user-guide/Writing_Your_Docs.md") == "writing-your-docs"
    assert derived_id("en/notes/Zürich.md") == "zurich"


def test_only_true_collisions_of_derived_ids_are_refused(fixed: Path, tmp_path: Path) -> None:
    (fixed / "en" / "user-guide.md").write_text("# Another user guide\n", "utf-8")
    with pytest.raises(ContentError) as caught:
        pipeline.build(fixed, tmp_path / "out")
    assert [p.format(fixed) for p in caught.value.problems] == [
        "en/about/license.md:5: warning: include of 'LICENSE.txt' is not supported: its text "
        "is not in the handbook (copy the text of 'LICENSE.txt' into this file)",
        "en/user-guide.md:1: duplicate id 'user-guide': en/user-guide/README.md has it too "
        "(rename one of the files or set a different 'id:')",
    ]


def test_a_file_name_that_gives_no_id_says_how_to_name_it(fixed: Path) -> None:
    (fixed / "en" / "____.md").write_text("# Underscores only\n", "utf-8")
    assert [p.format(fixed) for p in pipeline.check(fixed).problems] == [
        "en/____.md:1: invalid id '' (use lower case letters, digits and hyphens, "
        "in the file name or in 'id:')",
        "en/about/license.md:5: warning: include of 'LICENSE.txt' is not supported: its text "
        "is not in the handbook (copy the text of 'LICENSE.txt' into this file)",
    ]


def test_heading_anchors_are_made_from_the_heading_text_as_toc_makes_them() -> None:
    body = (
        "#### on_&lt;event_name&gt;\n\n## See [the guide](x.md)\n\n## Use `site.yml`\n\n"
        "## Q&amp;A\n\n## **Bold** words { .wide }\n\n## Theme { #theme-config }\n"
    )
    assert [(h.anchor, h.title) for h in markup.headings(body)] == [
        ("on_event_name", "on_<event_name>"),
        ("see-the-guide", "See the guide"),
        ("use-siteyml", "Use site.yml"),
        ("qa", "Q&A"),
        ("bold-words", "Bold words"),
        ("theme-config", "Theme"),
    ]


def test_links_in_code_are_not_links_and_inline_ids_are_anchors() -> None:
    body = (
        "Write `[link](/dir2/bar.md)` like this.\n\n```\n[no](b.md)\n```\n\n"
        "    [indented](c.md)\n\nThe **locale**{ #mkdocs-locale } and [a real one](a.md).\n"
    )
    found = markup.scan(body, first_line=3)
    assert [(link.line, link.target) for link in found.links] == [(11, "a.md")]
    assert "mkdocs-locale" in found.ids
