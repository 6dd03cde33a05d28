"""Dates in a letter that the chronology says differently (checks.letter_dates), with real sentences."""

from __future__ import annotations

import pytest

from lifebook.checks.letter_dates import DatedFact, date_mentions, text_mismatches
from lifebook.model.chronology import parse_chronology_date

FACTS = [
    DatedFact("your date of birth", parse_chronology_date("12 March 2017"), "birth"),
    DatedFact("Moved to foster carers Jo and Sam", parse_chronology_date("5 May 2020"), "move",
              event_id=1),
    DatedFact("Care order made by the family court", parse_chronology_date("2 February 2021"),
              "court", event_id=2),
    DatedFact("Moved to live with Mum and Dad (adoptive family)",
              parse_chronology_date("14 June 2021"), "move", event_id=3),
]


def test_dates_are_found_as_written_and_years_alone_are_not() -> None:
    text = ("On 5th May 2020 you moved. In spring 2019 we met; in May 2020, and on 05/05/2020 "
            "too. In 2020 you were three. It was May 5, 2020.")
    assert [m.quote for m in date_mentions(text)] == [
        "5th May 2020", "spring 2019", "May 2020", "05/05/2020", "May 5, 2020"]
    assert date_mentions("On 31/02/2020 nothing happened.") == []  # no such day


@pytest.mark.parametrize("sentence, says, chronology", [
    ("On 3 May 2020 you went to live with Jo and Sam, your foster carers.", "3 May 2020",
     "Moved to foster carers Jo and Sam"),
    ("You were born on 13th March 2017 at the hospital.", "13th March 2017", "your date of birth"),
    ("On 03/05/2020 you moved to your foster home.", "03/05/2020",
     "Moved to foster carers Jo and Sam"),
    ("The judge decided on 3 February 2021 that you would stay safe.", "3 February 2021",
     "Care order made by the family court"),
    ("You moved to Jo and Sam's on 5 May 2020 and to your forever family on 2 March 2021.",
     "2 March 2021", "Moved to live with Mum and Dad (adoptive family)"),
])
def test_a_date_the_chronology_says_differently_is_found(sentence: str, says: str,
                                                         chronology: str) -> None:
    [mismatch] = text_mismatches(sentence, FACTS)
    assert mismatch.mention.quote == says
    assert sentence[mismatch.mention.start:mismatch.mention.end] == says
    assert mismatch.fact.title == chronology


@pytest.mark.parametrize("sentence", [
    "On 5 May 2020 you went to live with Jo and Sam, your foster carers.",  # right
    "In May 2020 you moved to Jo and Sam.",  # a month that holds the day
    "You were born on 12 March 2017.",
    "Your brother Tom was born on 4 June 2019.",  # someone else's birth
    "I first met you on 10 June 2019, at a coffee morning.",  # not in the chronology
    "In 2020 you moved to Jo and Sam's house.",  # a year alone says too little
    "Your birth mum wrote to you on 3 March 2022.",
])
def test_dates_that_agree_or_tell_of_something_else_are_left_alone(sentence: str) -> None:
    assert text_mismatches(sentence, FACTS) == []
