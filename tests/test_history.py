"""Back and forward over the pages an officer opened, as the reader's arrows use them."""

from __future__ import annotations

from handbook_app.core.history import History

A, B, C = ("first-contact", ""), ("first-contact", "safety"), ("finland", "")


def test_a_fresh_history_has_nowhere_to_go() -> None:
    history = History()
    assert history.back() is None
    assert history.forward() is None
    assert history.current is None
    assert (history.back_stack, history.forward_stack) == ([], [])


def test_back_and_forward_walk_the_pages_in_order() -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    assert history.back_stack == [A, B]
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None  # the first page: back stays there
    assert history.current == A
    assert history.forward() == B
    assert history.forward() == C
    assert history.forward() is None
    assert history.current == C
    assert (history.back_stack, history.forward_stack) == ([A, B], [])


def test_opening_a_page_after_going_back_drops_the_forward_pages() -> None:
    history = History()
    for place in (A, B):
        history.visit(place)
    history.back()
    assert history.forward_stack == [B]
    history.visit(C)
    assert history.forward_stack == []
    assert history.forward() is None
    assert history.back() == A


def test_opening_the_page_already_shown_adds_no_step() -> None:
    history = History()
    history.visit(A)
    history.visit(A)
    assert history.back_stack == []
    history.visit(B)
    history.back()
    history.visit(A)  # the page shown: the way forward to B is kept
    assert history.forward_stack == [B]
    assert history.forward() == B


def test_an_anchor_on_the_same_page_is_a_place_of_its_own() -> None:
    history = History()
    history.visit(A)
    history.visit(B)
    assert history.back() == A
