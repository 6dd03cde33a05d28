"""The later life letter's sections follow the practice guidance, and its ending page signs off."""

from __future__ import annotations

from lifebook.layout.display import FindingCode
from lifebook.layout.engine import layout_page
from lifebook.layout.templates import book_template, page_template
from lifebook.model.content import BookContent, FrameContent, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize


def test_letter_sections_cover_the_guidance_in_order() -> None:
    titles = [s.title for s in book_template(BookKind.LATER_LIFE_LETTER).sections]
    assert titles == ["Who I am", "Your birth", "Your birth family", "The worries",
                      "What the court decided", "Your foster carers",
                      "How your family was chosen", "Where you grew up", "Memories", "Ending",
                      "Appendix: your chronology"]


def _ending(frames: dict[str, FrameContent]) -> list:
    page = PageContent(1, 9, "letter-ending", "Ending", frames=frames)
    book = BookContent(1, BookKind.LATER_LIFE_LETTER, "A letter for Ruby", TrimSize.A4_PORTRAIT,
                       "Ruby", pages=(page,))
    return layout_page(book, page).findings


def test_an_empty_signature_is_not_a_problem_but_missing_writer_details_are() -> None:
    assert page_template("letter-ending").frame_keys() == ["heading", "text", "signature",
                                                           "writer"]
    findings = _ending({"heading": FrameContent("heading", "To end my letter"),
                        "text": FrameContent("text", "With love,")})
    empty = [f.message for f in findings if f.code == FindingCode.EMPTY_FRAME]
    assert len(empty) == 1 and "the writer's details" in empty[0]
    assert not any("signature" in f.message for f in findings)
    signed = _ending({"heading": FrameContent("heading", "To end my letter"),
                      "text": FrameContent("text", "With love,"),
                      "writer": FrameContent("writer", "Sam Okafor, social worker, 3 March 2027")})
    assert [f for f in signed if f.code == FindingCode.EMPTY_FRAME] == []


def test_a_letter_says_page_n_of_m_and_a_book_keeps_its_disc() -> None:
    from lifebook.layout.display import ShapeItem, TextRun

    pages = tuple(PageContent(n, n, "letter", "Who I am",
                              frames={"text": FrameContent("text", f"Page {n} words")})
                  for n in (1, 2, 3))
    letter = BookContent(1, BookKind.LATER_LIFE_LETTER, "A letter for Ruby", TrimSize.A4_PORTRAIT,
                         "Ruby", pages=pages)
    words = [i.text for i in layout_page(letter, pages[1]).items if isinstance(i, TextRun)]
    assert "page 2 of 3" in words
    story = BookContent(2, BookKind.LIFE_STORY, "Ruby's story", TrimSize.A4_PORTRAIT, "Ruby",
                        pages=pages)
    laid = layout_page(story, pages[1])
    assert "2" in [i.text for i in laid.items if isinstance(i, TextRun)]
    assert not any("of 3" in i.text for i in laid.items if isinstance(i, TextRun))
    assert any(isinstance(i, ShapeItem) and i.shape == "ellipse" for i in laid.items)
