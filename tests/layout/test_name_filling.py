"""[Name] is the child's name wherever the words are printed; what was typed is kept."""

from __future__ import annotations

from layout_helpers import book, page, runs_of

from lifebook.layout.engine import layout_page
from lifebook.layout.naming import fill_name, fill_name_text
from lifebook.model.content import FrameContent
from lifebook.model.richtext import BOLD, Mark, RichText


def test_name_is_filled_in_text_and_marks_follow_their_words() -> None:
    rich = RichText("[Name] is safe with [name] Nan", (Mark(10, 14, BOLD), Mark(20, 26, BOLD)))
    filled = fill_name(rich, "Ava")
    assert filled.text == "Ava is safe with Ava Nan"
    bolded = [filled.text[m.start:m.end] for m in filled.marks]
    assert bolded == ["safe", "Ava"]
    assert fill_name_text("Hello [NAME].", "Ava") == "Hello Ava."
    assert fill_name(rich, "") == rich


def test_the_page_prints_the_childs_name_for_name() -> None:
    wp = page("words-and-pictures", text=FrameContent("text", text="[Name] lives with Nan."))
    laid = layout_page(book(wp), wp)
    printed = " ".join(r.text for r in runs_of(laid, "text"))
    assert "Sam" in printed and "[Name]" not in printed
