"""make mutate's sorting of mutants: only a change of prose wording counts as text."""

from __future__ import annotations

import ast

import mutate


def function(source: str) -> ast.AST:
    return ast.parse(source).body[0]


ORIG = function("def f__mutmut_orig(n):\n    return n > 1, 'not enough: ' + str(n), 'strong'\n")


def test_a_mutant_that_changes_only_a_message_is_text() -> None:
    other = function(
        "def f__mutmut_1(n):\n    return n > 1, 'XXnot enough: XX' + str(n), 'strong'\n"
    )
    assert mutate._normalised(ORIG) == mutate._normalised(other)


def test_a_mutant_that_changes_code_or_a_name_is_not_text() -> None:
    for source in (
        "def f__mutmut_2(n):\n    return n >= 1, 'not enough: ' + str(n), 'strong'\n",
        "def f__mutmut_3(n):\n    return n > 1, 'not enough: ' + str(n), 'XXstrongXX'\n",
        "def f__mutmut_4(n):\n    return n > 1, None + str(n), 'strong'\n",
    ):
        assert mutate._normalised(ORIG) != mutate._normalised(function(source)), source


def test_the_change_shown_is_the_changed_line() -> None:
    other = function("def f__mutmut_2(n):\n    return n >= 1, 'not enough: ' + str(n), 'strong'\n")
    assert mutate._change(ORIG, other) == (
        "- return (n > 1, 'not enough: ' + str(n), 'strong')\n"
        "+ return (n >= 1, 'not enough: ' + str(n), 'strong')"
    )


def test_every_module_and_test_named_exists() -> None:
    for module, tests in mutate.MODULES.items():
        assert (mutate.ROOT / mutate.PACKAGE / module).is_file(), module
        for test in tests:
            assert (mutate.ROOT / test).is_file(), test
