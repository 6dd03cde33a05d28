"""Words and Pictures pages warn when they say too much, or in words too long for the child."""

from __future__ import annotations

import dataclasses

from lifebook.checks.panels import PANEL_WORDS, panel_findings
from lifebook.checks.preflight import preflight
from lifebook.layout.display import FindingCode
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize

WP = BookKind.WORDS_AND_PICTURES


def page(template: str, text: str) -> PageContent:
    return PageContent(103, 3, template, frames={"text": FrameContent("text", text=text)})


def book(*pages: PageContent, kind: BookKind = WP) -> BookContent:
    return BookContent(1, kind, "Sam's story", TrimSize.A4_PORTRAIT, "Sam", pages=pages)


def _words(n: int) -> str:
    return " ".join(["cat"] * (n - 1) + ["sat."])


def _codes(text: str, *, age: int | None = 5, kind: BookKind = WP) -> list[FindingCode]:
    b = dataclasses.replace(book(page("words-and-pictures", text=text), kind=kind), child_age=age)
    return [f.code for f in panel_findings(b)]


def test_a_page_past_about_twenty_five_words_is_flagged_and_a_short_one_is_not() -> None:
    assert _codes(_words(PANEL_WORDS)) == []
    assert _codes(_words(PANEL_WORDS + 1)) == [FindingCode.PANEL_TOO_LONG]


def test_name_counts_as_the_childs_name() -> None:
    b = book(page("words-and-pictures", text="[Name] " * 26))
    (finding,) = panel_findings(b)
    assert finding.count == 26 and "26 words" in finding.message


def test_long_words_depend_on_the_childs_age() -> None:
    text = "Mum was not responsible for Sam."
    assert _codes(text, age=5) == [FindingCode.PANEL_LONG_WORDS]
    assert _codes(text, age=14) == []
    assert _codes("Sam has a family. Nobody is cross.", age=4) == []  # everyday words
    assert _codes("Alexandria Montgomery visits.", age=4) == []  # names are not long words


def test_the_message_names_the_words_and_the_age() -> None:
    b = dataclasses.replace(book(page("words-and-pictures", text="It was inappropriate."), kind=WP),
                            child_age=6)
    (finding,) = panel_findings(b)
    assert "\u201cinappropriate\u201d" in finding.message and "a child of 6" in finding.message
    assert finding.page_number == 3 and finding.frame_key == "text"


def test_other_books_are_not_held_to_it_and_preflight_includes_it() -> None:
    assert _codes(_words(40), kind=BookKind.LIFE_STORY) == []
    b = dataclasses.replace(book(page("words-and-pictures", text=_words(40)), kind=WP), child_age=5)
    assert FindingCode.PANEL_TOO_LONG in [f.code for f in preflight(b)]
