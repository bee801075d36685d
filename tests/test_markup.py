"""Markdown details editors rely on: anchors, boxes, code fences, front matter lines."""

from __future__ import annotations

import pytest

from handbook_app.content import frontmatter, markup
from handbook_app.content.frontmatter import FrontMatterError


def test_heading_anchors_are_plain_unique_and_can_be_chosen() -> None:
    body = "# Title\n\n## Find a private room\n\n## Find a private room\n\n## Zürich {#zurich}\n"
    assert [h.anchor for h in markup.headings(body)] == [
        "title", "find-a-private-room", "find-a-private-room-2", "zurich",
    ]  # fmt: skip


def test_headings_and_links_inside_code_fences_are_ignored() -> None:
    body = "```\n# not a heading\n[not](a-link.md)\n```\n\n## Real\n\nSee [x](real.md).\n"
    assert [h.title for h in markup.headings(body)] == ["Real"]
    assert [(link.line, link.target) for link in markup.links(body)] == [(8, "real.md")]


def test_uncertain_box_gets_its_visible_title() -> None:
    page = markup.to_html("!!! uncertain\n    Extended to March 2026?\n")
    assert 'class="admonition uncertain"' in page
    assert "Verify before relying on this" in page


def test_sections_carry_plain_text_for_search() -> None:
    body = "# T\n\nLead.\n\n## Fees {#fees}\n\nA **debt** to the [agency](a.md).\n"
    sections = markup.sections(body)
    assert [(s.anchor, s.text) for s in sections] == [
        ("t", "Lead."),
        ("fees", "A debt to the agency."),
    ]


def test_front_matter_reports_the_line_of_each_key() -> None:
    meta = frontmatter.parse("kind: country\ncontacts:\n  - name: A\n    verified: 2023-01-01\n", 2)
    assert meta.line("contacts", 0, "verified") == 5
    assert meta.data["contacts"][0]["verified"] == "2023-01-01"


def test_yes_and_no_stay_words_so_norway_is_not_false() -> None:
    assert frontmatter.parse("country: NO\nflag: yes\nok: true\n").data == {
        "country": "NO", "flag": "yes", "ok": True,
    }  # fmt: skip


def test_front_matter_that_is_not_a_mapping_is_refused_with_its_line() -> None:
    with pytest.raises(FrontMatterError) as caught:
        frontmatter.parse("- just\n- a list\n", 2)
    assert caught.value.line == 2
    assert str(caught.value) == "front matter must be a list of 'key: value' lines"


def test_unterminated_front_matter_is_an_error() -> None:
    with pytest.raises(FrontMatterError, match="never ends"):
        frontmatter.split("---\nkind: chapter\n\n# Title\n")
