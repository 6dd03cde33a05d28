"""Children: strict dates, names, plans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_images import table_rows

from lifebook.model.enums import Consent, PersonRole, Plan
from lifebook.services import children
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library


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
    assert child["name"] == "Mia Rose Smith"
    assert child["preferred_name"] == "Mia Rose Smith"  # never guessed from the first word
    assert child["plan"] == "long-term-foster-care"
    assert child["date_of_birth"] == "2019-03-23"
    assert child["key_dates"]["came_into_care"] == "2020-01-02"
    assert child["is_sample"] is False
    assert children.child_dict_by_id(library, child["id"]) == child
    assert children.list_children(library) == [child]
    assert children.format_date(date(2019, 3, 3)) == "3 March 2019"


def test_people_belong_to_a_child(library: Library) -> None:
    child = children.add_child(library, "Kai")
    person = children.add_person(
        library, child["id"], " Gran ", relationship="Grandmother",
        role=PersonRole.BIRTH_FAMILY, consent=Consent.YES,
    )  # fmt: skip
    assert (person["name"], person["role"], person["consent"]) == ("Gran", "birth-family", "yes")
    assert children.list_people(library, child["id"]) == [person]
    with pytest.raises(InvalidInput):
        children.add_person(library, child["id"], "  ")
    with pytest.raises(NotFound, match="31"):
        children.add_person(library, 31, "Nobody")
