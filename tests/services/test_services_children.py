"""Children: strict dates, names, plans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from photo_files import table_rows

from lifebook.model.enums import Consent, PersonRole, Plan
from lifebook.services import children
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library

pytestmark = pytest.mark.both_backends  # and on a team server (tests/conftest.py)


@pytest.mark.parametrize("text", ["spring 2019", "2019-02-30", "23/03/2019", "2019-13-01"])
def test_parse_date_rejects_what_is_not_a_real_iso_date(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        children.parse_date(text, "date of birth")
    message = str(caught.value)
    assert f"'{text}'" in message
    assert "date of birth" in message
    assert "YYYY-MM-DD" in message


def test_parse_date_reads_iso_dates() -> None:
    assert children.parse_date("2019-03-23") == date(2019, 3, 23)
    assert children.parse_date(" 2020-02-29 ") == date(2020, 2, 29)
    assert children.parse_date("") is None
    assert children.parse_date(None) is None


def test_add_child_rejects_a_future_date_of_birth(library: Library) -> None:
    before = table_rows(library.engine)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidInput, match="future") as caught:
        children.add_child(library, "Future Baby", date_of_birth=tomorrow)
    assert str(tomorrow.year) in str(caught.value)
    assert table_rows(library.engine) == before


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_add_child_rejects_an_empty_name(library: Library, name: str) -> None:
    before = table_rows(library.engine)
    with pytest.raises(InvalidInput, match="name"):
        children.add_child(library, name)
    assert table_rows(library.engine) == before


def test_add_child_stores_what_was_given(library: Library) -> None:
    child = children.add_child(
        library,
        "  Mia   Rose  Smith ",
        date_of_birth=date(2019, 3, 23),
        plan=Plan.LONG_TERM_FOSTER_CARE,
        came_into_care=date(2020, 1, 2),
    )
    assert child.name == "Mia Rose Smith"
    assert child.preferred_name == ""  # never guessed from the full name
    assert child.display_name == "Mia Rose Smith"
    assert child.plan == "long-term-foster-care"
    assert child.date_of_birth == date(2019, 3, 23)
    assert child.key_dates["came_into_care"] == date(2020, 1, 2)
    assert child.is_sample is False
    assert children.child_info_by_id(library, child.id) == child
    assert children.list_children(library) == [child]
    assert children.format_date(date(2019, 3, 3)) == "3 March 2019"


def test_people_belong_to_a_child(library: Library) -> None:
    child = children.add_child(library, "Kai")
    person = children.add_person(
        library, child.id, " Gran ", relationship="Grandmother",
        role=PersonRole.BIRTH_FAMILY, consent=Consent.YES,
    )  # fmt: skip
    assert (person.name, person.role, person.consent) == ("Gran", "birth-family", "yes")
    assert children.list_people(library, child.id) == [person]
    with pytest.raises(InvalidInput):
        children.add_person(library, child.id, "  ")
    with pytest.raises(NotFound, match="31"):
        children.add_person(library, 31, "Nobody")


def test_preferred_name_pronouns_and_an_approximate_birth_are_kept(library: Library) -> None:
    from lifebook.model.enums import DatePrecision

    child = children.add_child(
        library, "Mia Rose Smith", preferred_name=" Rosie ", pronouns="she/her",
        date_of_birth=date(2018, 1, 1), dob_precision=DatePrecision.APPROXIMATE,
    )  # fmt: skip
    assert (child.preferred_name, child.display_name) == ("Rosie", "Rosie")
    assert child.pronouns == "she/her"
    assert child.dob_precision == "approximate"
    assert child.date_of_birth_text == "about 2018"


def test_update_child_changes_every_detail(library: Library) -> None:
    from lifebook.model.enums import DatePrecision

    child = children.add_child(library, "Kai Brown", date_of_birth=date(2019, 3, 23))
    updated = children.update_child(
        library, child.id, name=" Kai  Green ", preferred_name="K", pronouns="they/them",
        date_of_birth=date(2019, 3, 1), dob_precision=DatePrecision.MONTH,
        plan=Plan.LONG_TERM_FOSTER_CARE, came_into_care=date(2020, 5, 6),
        placement_date=date(2020, 6, 7), placement_order_date=date(2021, 1, 2),
        adoption_order_date=None, celebration_hearing_date=date(2021, 9, 9),
    )  # fmt: skip
    assert updated.name == "Kai Green"
    assert updated.display_name == "K"
    assert updated.pronouns == "they/them"
    assert updated.date_of_birth_text == "March 2019"
    assert updated.plan == "long-term-foster-care"
    assert updated.as_dict()["key_dates"] == {
        "came_into_care": "2020-05-06", "placement": "2020-06-07",
        "placement_order": "2021-01-02", "adoption_order": None,
        "celebration_hearing": "2021-09-09", "match": None, "order": None, "plan_started": None,
    }  # fmt: skip
    assert children.child_info_by_id(library, child.id) == updated
    unknown = children.update_child(library, child.id, date_of_birth=None)
    assert unknown.date_of_birth is None and unknown.date_of_birth_text == ""


def test_update_child_refuses_bad_details_and_keeps_the_old(library: Library) -> None:
    child = children.add_child(library, "Kai Brown", date_of_birth=date(2019, 3, 23))
    tomorrow = date.today() + timedelta(days=1)
    for bad in ({"name": "  "}, {"date_of_birth": tomorrow}, {"favourite_food": "chips"}):
        with pytest.raises(InvalidInput):
            children.update_child(library, child.id, **bad)
    assert children.child_info_by_id(library, child.id) == child


def test_delete_child_takes_books_photos_and_people(library: Library) -> None:
    from lifebook.model.enums import BookKind
    from lifebook.services import books

    keep = children.add_child(library, "Sam Keep")
    gone = children.add_child(library, "Kai Gone")
    books.new_book(library, gone.id, BookKind.LIFE_STORY)
    books.new_book(library, keep.id, BookKind.LIFE_STORY)
    children.add_person(library, gone.id, "Gran")
    result = children.delete_child(library, gone.id)
    assert (result.name, result.books, result.people) == ("Kai Gone", 1, 1)
    assert [c.name for c in children.list_children(library)] == ["Sam Keep"]
    assert len(books.list_books(library, keep.id)) == 1
    with pytest.raises(NotFound):
        children.delete_child(library, gone.id)
