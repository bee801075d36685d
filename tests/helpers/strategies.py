"""Hypothesis strategies for hostile handbook input, and the fuzz profiles.

Profiles (choose with the environment variable ``HYPOTHESIS_PROFILE``):

- ``small`` (the default, also ``ci``): a few dozen examples per test, for ``make test``;
- ``fuzz``: 2,000 examples per test, for ``make fuzz`` (over 10,000 in all).
"""

from __future__ import annotations

import json
import os
import string
from typing import Any

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from handbook_app.search.engine import Query

_SLOW_INPUT = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "small", max_examples=40, deadline=None, suppress_health_check=_SLOW_INPUT
)
settings.register_profile("ci", parent=settings.get_profile("small"))
settings.register_profile(
    "fuzz", max_examples=2000, deadline=None, suppress_health_check=_SLOW_INPUT
)
settings.register_profile(  # make attack: hostile files up to 1 MB, each build within 5 s
    "attack",
    max_examples=200,
    deadline=5000,
    suppress_health_check=[*_SLOW_INPUT, HealthCheck.large_base_example],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "small"))

# ---------------------------------------------------------------- words and lines

TRICKY = [
    "passport", "debt", "agency", "Ivanova", "työ", "straße", "ﬁ", "İ", "\u200b", "e\u0301",
    "<b>", "&amp;", "&#106;", "*", "**", "_", "`", "{#x}", "{: #x}", "[", "]", "(", ")", "->",
    ":", "#", "|", "\t", "\\", "<", ">", "'", '"', "{", "}", "!", "~~~", "```", "\r", "\x00",
]  # fmt: skip
word = st.one_of(st.sampled_from(TRICKY), st.text(max_size=8))
inline = st.lists(word, max_size=8).map(" ".join)
"""A line of running text: ordinary words, Markdown punctuation and odd unicode."""

LINK_TARGETS = [
    "other.md", "other.md#sec", "./other.md#nowhere", "#sec", "#", "missing.md", "../other.md",
    "en/other.md", "http://example.org", "https://example.org/a?b=c#d", "mailto:help@example.org",
    "tel:+358", "doc:other", "//evil.example/x", "https://[::1", "http://[x", "javascript:alert(1)",
    "JaVaScRiPt:alert(1)", "java%0ascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:x", "file:///etc/passwd", "pic.png", "./pic.png", "PIC.PNG", "%00.png", "a%2Fb.png",
    "x" * 300 + ".png", "../../../../etc/passwd.png", "images/", "http://example.org/pic.png",
]  # fmt: skip
link_target = st.one_of(st.sampled_from(LINK_TARGETS), st.text(max_size=12))
link = st.builds(
    lambda bang, label, target, title: f"{bang}[{label}]({target}{title})",
    st.sampled_from(["", "!"]),
    inline,
    link_target,
    st.sampled_from(["", ' "title"', " <x>"]),
)

RAW_HTML = [
    "<script>alert(1)</script>", "<SCRIPT src=//x></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>", '<iframe src="http://x"></iframe>', "<IFRAME srcdoc=x>",
    '<a href="javascript:alert(1)">x</a>', '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>', '<div onclick="x()">y</div>', "<svg onload=alert(1)>",
    '<p style="x" onmouseover = "y">z</p>', "<style>body{}</style>", "<object data=x></object>",
    "<embed src=x>", "<form action=javascript:x><button>go</button></form>", "<!-- <script> -->",
    '<math><mi xlink:href="javascript:x">m</mi></math>', "<img src=data:image/png;base64,AA>",
    '<a href="data:text/html,x">d</a>', "<details open ontoggle=alert(1)>", "<b onclick=x>bold</b>",
    '<table><tr><td onmouseover="x">c</td></tr></table>', "<base href=//evil>", "</p></div>",
]  # fmt: skip
raw_html = st.sampled_from(RAW_HTML)

anchor_suffix = st.sampled_from(
    ["", " {#sec}", " {#step-1}", " {#}", " {#Bad id}", " {: onclick=x}"]
)
heading = st.builds(
    lambda level, text, suffix: "#" * level + " " + text + suffix,
    st.integers(1, 7),
    inline,
    anchor_suffix,
)

BLOCKS = [
    "", "```", "~~~", "!!! uncertain", "!!! warning", "!!! bogus-kind", "    indented code",
    "> quote", "> > > deep", "- item", "* item", "1. item", "| a | b |", "|---|---|", "---",
    "Term", ": definition", "***", "<div>", "</div>", "\\", "[ref]: other.md", "[x][ref]",
    "<http://[x>", "<javascript:alert(1)>",
]  # fmt: skip
markdown_line = st.one_of(
    inline,
    heading,
    link,
    raw_html,
    st.sampled_from(BLOCKS),
    st.builds("{} {} {}".format, inline, link, inline),
)
markdown_body = st.lists(markdown_line, max_size=20).map("\n".join)
"""A Markdown body: prose, headings, links, raw HTML, fences and boxes in any order."""

# ---------------------------------------------------------------- front matter

scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), st.dates(),
    st.sampled_from(["2026-13-45", "2026-02-30", "NO", "on", "~", ".inf", "0x1F", "1_0", "", " "]),
)  # fmt: skip
yaml_value = st.recursive(
    scalar,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)

COMMON_KEYS = ["kind", "id", "title", "summary", "tags", "keywords", "order", "confidence"]
KIND_KEYS = {
    "chapter": [],
    "checklist": ["rule", "audience", "stages", "guide"],
    "guide": ["start", "audience"],
    "country": ["country", "contacts"],
}
GOOD_VALUES: dict[str, list[Any]] = {
    "id": ["doc", "other", "Bad Id", "x" * 80, ""],
    "title": ["A title", "<script>alert(1)</script>", ""],
    "order": [1, -2.5, "first", None],
    "confidence": ["uncertain", "confirmed", "maybe"],
    "rule": ["ilo-operational", "any", "ilo"],
    "audience": ["adult", "child", "elderly"],
    "guide": ["other", "nowhere", ""],
    "start": ["step-1", "nowhere", ""],
    "country": ["FI", "fi", "", 358],
    "tags": [["labour"], "labour, debt", 5],
}
unknown_key = st.one_of(
    st.sampled_from(["sumary", "Title", "kind ", "stage", "1", "contact"]), st.text(max_size=6)
)


@st.composite
def front_matter_data(draw: st.DrawFn, kind: str) -> dict[Any, Any]:
    """Front matter for ``kind``: mostly the right keys, values right or wrong, extras."""
    data: dict[Any, Any] = {"kind": kind, "title": "A title"}
    allowed = COMMON_KEYS + KIND_KEYS.get(kind, [])
    for key in draw(st.lists(st.sampled_from(allowed), max_size=4, unique=True)):
        good = GOOD_VALUES.get(key)
        data[key] = draw(st.sampled_from(good) | yaml_value if good else yaml_value)
    if draw(st.booleans()):
        data[draw(unknown_key)] = draw(yaml_value)
    if draw(st.integers(0, 9)) == 0:
        data[draw(st.sampled_from([1, None, 2.5, True]))] = "non-string key"
    for key in draw(st.lists(st.sampled_from(["kind", "title"]), max_size=2, unique=True)):
        del data[key]
    return data


YAML_JUNK = [
    "key: value", "kind: checklist", "- a", "  - b", "a: [1, 2", "a: {b: c", "a: &x [*x]",
    "b: *undefined", "!!python/object:os.system x", "? [a, b]\n: c", "[1, 2]: y", "a: |", "  text",
    "\ttab: x", "%YAML 1.1", "a: 'unterminated", "1: 2", "null: x", "a: 2026-13-45", "a: !!int abc",
    "a: !!float x", "a: !!binary x", "a: !!timestamp nope", "a: !!set [1]", "- - -", ":", "a:b:c",
    "&a x", "*a", "---", "...", "a: @x", "a: `x", "{", "}", "a: >", "title: x\ntitle: y",
]  # fmt: skip
raw_yaml = st.lists(st.one_of(st.sampled_from(YAML_JUNK), st.text(max_size=16)), max_size=6).map(
    "\n".join
)
"""Text between the ``---`` lines that is often not YAML, or not a mapping, at all."""


def dump(data: dict[Any, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)


def document(front: str | None, body: str) -> str:
    return body if front is None else f"---\n{front}\n---\n{body}"


@st.composite
def file_text(draw: st.DrawFn, front: str | None, body: str) -> str:
    """The file as an editor might save it: sometimes with a BOM, CRLF or a cut-off end."""
    text = document(front, body)
    style = draw(st.sampled_from(["plain", "plain", "plain", "bom", "crlf", "cut"]))
    if style == "bom":
        return "\ufeff" + text
    if style == "crlf":
        return text.replace("\n", "\r\n")
    if style == "cut":
        return text[: draw(st.integers(0, len(text)))]
    return text


# ---------------------------------------------------------------- checklists and guides

STRENGTHS = [
    "strong", "medium", "weak", "Strong", "strong, uncertain", "uncertain, weak", "uncertain",
    "", " ", "strong, weak", "strnog", "[strong]", "medium,,", "MEDIUM ",
]  # fmt: skip


def _item(strength: str, text: str, ident: str, broken: str) -> str:
    if broken == "no-strength":
        return f"- {text}"
    if broken == "open":
        return f"- [{strength} {text}"
    if broken == "close":
        return f"- {strength}] {text}"
    return f"- [{strength}] {text}{ident}"


indicator_line = st.builds(
    _item,
    st.sampled_from(STRENGTHS),
    inline,
    st.sampled_from(["", " {#a}", " {#b}", " {#a b}"]),
    st.sampled_from(["", "", "", "", "no-strength", "open", "close"]),
)
checklist_section = st.builds(
    lambda title, lines: "\n".join([title, *lines]),
    st.builds(
        lambda t, s: f"## {t}{s}",
        st.sampled_from(["Recruitment", "Exploitation", "Destination", "Signs", ""]),
        st.sampled_from(["", " {#recruitment}", " {#exploitation}", " {#destination}"]),
    ),
    st.lists(
        st.one_of(indicator_line, indicator_line, markdown_line, st.just("  continued text")),
        max_size=6,
    ),
)
checklist_body = st.builds(
    lambda intro, sections: "\n\n".join([intro, *sections]),
    markdown_body,
    st.lists(checklist_section, max_size=4),
)

stages = st.one_of(
    st.fixed_dictionaries(
        {
            "recruitment": st.sampled_from(["recruitment", ["recruitment", "signs"], "nowhere"]),
            "exploitation": st.sampled_from(["exploitation", []]),
            "destination": st.sampled_from(["destination", ["destination"], None]),
        }
    ),
    yaml_value,
)


@st.composite
def checklist_file(draw: st.DrawFn) -> str:
    data = {
        "kind": "checklist",
        "title": "Signs",
        "rule": draw(st.sampled_from(["any", "ilo-operational"])),
    }
    if draw(st.booleans()):
        data["stages"] = draw(stages)
    data |= draw(front_matter_data("checklist")) if draw(st.integers(0, 3)) == 0 else {}
    return draw(file_text(dump(data), draw(checklist_body)))


STEP_IDS = ["step-1", "step-2", "step-3", "end"]
target = st.one_of(st.sampled_from([*STEP_IDS, "nowhere", "", "Step-1"]), st.text(max_size=5))


@st.composite
def guide_step(draw: st.DrawFn) -> str:
    ident = draw(st.sampled_from([*(f" {{#{s}}}" for s in STEP_IDS), "", " {#step-1}"]))
    lines = [f"## {draw(inline)}{ident}", draw(markdown_body)]
    route = draw(st.sampled_from(["next", "ask", "end", "both", "junk"]))
    if route in ("next", "both"):
        lines.append(f"Next: {draw(target)}")
    if route in ("ask", "both"):
        lines.append(f"Ask: {draw(inline)}")
        answers = draw(st.lists(st.builds("- {} -> {}".format, inline, target), max_size=3))
        lines += answers
    if route == "junk":
        lines += draw(
            st.lists(
                st.sampled_from(["Next:", "Ask:", "- a ->", "-> x", "Next: a b", "NEXT: end"]),
                max_size=3,
            )
        )
    return "\n".join(lines)


@st.composite
def guide_file(draw: st.DrawFn) -> str:
    data: dict[str, Any] = {"kind": "guide", "title": "Referral"}
    if draw(st.booleans()):
        data["start"] = draw(target)
    body = "\n\n".join([draw(markdown_body), *draw(st.lists(guide_step(), min_size=0, max_size=5))])
    return draw(file_text(dump(data), body))


# ---------------------------------------------------------------- countries

contact = st.one_of(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(["Helpline", "Police", "", "<b>x</b>"]),
            "role": st.sampled_from(["Advice", ""]),
            "source": st.sampled_from(["gov.example", ""]),
            "verified": st.sampled_from(
                ["2026-09-01", "2020-01-01", "2026-13-45", "yesterday", ""]
            ),
        },
        optional={
            "phone": st.sampled_from(["+358 1", "javascript:alert(1)", ""]),
            "email": st.sampled_from(["help@example.org", '"><script>x</script>', "javascript:x"]),
            "web": st.sampled_from(
                [
                    "https://example.org",
                    "javascript:alert(1)",
                    " JavaScript:x",
                    "data:text/html,x",
                    "ftp://x",
                    '"><b>',
                    "example.org",
                ]
            ),
            "hours": scalar,
            "notes": st.text(max_size=20),
            "confidence": st.sampled_from(["uncertain", "confirmed", "sure"]),
            "fax": scalar,
        },
    ),
    yaml_value,
)


@st.composite
def country_file(draw: st.DrawFn) -> str:
    data: dict[str, Any] = {"kind": "country", "title": "Finland", "country": "FI"}
    data["contacts"] = draw(st.one_of(st.lists(contact, max_size=3), yaml_value))
    return draw(file_text(dump(data), draw(markdown_body)))


@st.composite
def any_file(draw: st.DrawFn) -> str:
    """Any kind of document, its front matter well-formed, wrong or not YAML at all."""
    kind = draw(st.sampled_from(["chapter", "checklist", "guide", "country", "chekclist", ""]))
    front = draw(st.one_of(front_matter_data(kind).map(dump), raw_yaml, st.none()))
    body = draw(st.one_of(markdown_body, checklist_body))
    return draw(file_text(front, body))


handbook_yaml = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "title": yaml_value,
            "edition": st.one_of(st.integers(-2, 5), yaml_value),
            "edition_date": st.sampled_from(["2026-11-01", "2026-13-45", "soon"]) | yaml_value,
            "publisher": yaml_value,
            "languages": st.sampled_from([["en"], [], "en", ["en", "xx"], [None]]) | yaml_value,
            "editor": yaml_value,
            1: yaml_value,
        },
    ).map(dump),
    raw_yaml,
)
"""``handbook.yaml`` with keys missing, wrong, unknown or not text."""

# ---------------------------------------------------------------- manifests and queries

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
MANIFEST_FIELDS = {
    "format": st.one_of(st.sampled_from([1, 0, 2, "1", 1.5, 1e300]), json_value),
    "title": json_value,
    "edition": st.one_of(st.integers(), json_value),
    "edition_date": json_value,
    "publisher": json_value,
    "languages": st.one_of(st.just(["en"]), json_value),
    "built": json_value,
    "documents": st.one_of(st.integers(), json_value),
    "files": st.one_of(
        st.dictionaries(st.text(max_size=10), st.text(string.hexdigits, max_size=64)), json_value
    ),
}
manifest_bytes = st.one_of(
    st.fixed_dictionaries({}, optional=MANIFEST_FIELDS).map(lambda d: json.dumps(d).encode()),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.sampled_from(
        [
            b"",
            b"{",
            b"[" * 5000 + b"]" * 5000,
            b'{"format": Infinity}',
            b'{"format": NaN}',
            b"\xff\xfe{}",
            b'{"format": 1e999}',
            b'{"format": "' + b"9" * 5000 + b'"}',
        ]
    ),
    st.binary(max_size=64),
)
"""What might be in ``manifest.json`` of a damaged or forged bundle."""

OPERATORS = [
    "OR",
    "AND",
    "NOT",
    "-",
    "--",
    '"',
    "''",
    "||",
    "&&",
    "*",
    "?",
    "~",
    "^2",
    "(",
    ")",
    ":",
    "title:",
    "body:x",
    "\\",
    "+",
    "[a TO b]",
    "{",
    "}",
]
query_token = st.one_of(
    st.sampled_from(OPERATORS),
    st.sampled_from(["passport", "pasport", "debt", "helpline", "finland", "child", "työ", "112"]),
    st.text(max_size=10),
    st.builds('"{}"'.format, st.text(max_size=12)),
    st.builds("-{}".format, st.text(max_size=6)),
)
query_text = st.one_of(st.lists(query_token, max_size=8).map(" ".join), st.text(max_size=40))
"""What an officer (or a cat on the keyboard) might type into the search box."""
query = st.builds(
    Query,
    text=query_text,
    kind=st.sampled_from(["", "chapter", "checklist", "guide", "country", "bogus"]),
    country=st.sampled_from(["", "FI", "se", "ZZ", "ö"]),
    typing=st.booleans(),
)
