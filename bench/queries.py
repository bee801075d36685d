"""Officer queries: the relevance test's list, plus typos and half-typed words."""

from __future__ import annotations

import ast
from pathlib import Path

RELEVANCE = Path(__file__).resolve().parent.parent / "tests" / "test_relevance.py"
EXTRA = [
    ("pasport", False),
    ("trafficing victim", False),
    ("intervew interpreter", False),
    ("chidl alone at the border", False),
    ("exploitaton", False),
    ("pass", True),
    ("traff", True),
    ("debt bo", True),
    ("forced lab", True),
    ("refer", True),
    ("helpl", True),
    ("nanny", True),
]


def officer_queries() -> list[tuple[str, bool]]:
    """``(text, typing)`` pairs; ``typing`` marks a half-typed last word (prefix search).

    The relevance test's ``EXPECTED`` list is read from its source, so the bench
    needs neither pytest nor the test's imports.
    """
    tree = ast.parse(RELEVANCE.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EXPECTED" for t in node.targets
        ):
            expected = ast.literal_eval(node.value)
            return [(text, False) for text, _doc in expected] + EXTRA
    raise LookupError(f"no EXPECTED list in {RELEVANCE}")


def language_queries(lang: str) -> list[str]:
    """The queries of ``tests/test_relevance_<lang>.py`` (its ``FIRST`` and ``IN_TOP_THREE``)."""
    path = RELEVANCE.with_name(f"test_relevance_{lang}.py")
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("FIRST", "IN_TOP_THREE") for t in node.targets
        ):
            found += [text for text, _expected in ast.literal_eval(node.value)]
    if not found:
        raise LookupError(f"no FIRST or IN_TOP_THREE list in {path}")
    return found
