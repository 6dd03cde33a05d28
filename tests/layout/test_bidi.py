"""The bidirectional algorithm's implicit rules, on the cases a life story book meets."""

from __future__ import annotations

from lifebook.layout.bidi import embedding_levels, paragraph_level, visual_order


def visual(text: str) -> str:
    levels = embedding_levels(text)
    return "".join(text[i] for i in visual_order(levels))


def test_the_paragraph_reads_the_way_most_of_its_letters_do() -> None:
    assert paragraph_level("ليلى's life story") == 0  # an Arabic name in an English title
    assert paragraph_level("اسمي ليلى وأحب football") == 1  # an English word in Arabic
    assert paragraph_level("12 345") == 0 and paragraph_level("") == 0


def test_arabic_inside_english_is_reversed_in_place() -> None:
    assert visual("Hello ليلى!") == "Hello ىليل!"
    # English inside Arabic keeps its own order, and the sentence runs right to left
    assert visual("اسمي Sam جدا") == "ادج Sam يمسا"


def test_numbers_inside_arabic_read_left_to_right() -> None:
    assert visual("عمري 12 سنة") == "ةنس 12 يرمع"
    assert embedding_levels("عمري 12")[-1] == 2
