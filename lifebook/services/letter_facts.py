"""Facts from a child's chronology for the writer of a letter to insert.

``letter_facts`` lists what "Insert a date from the chronology…" offers: the
child's date of birth, then every dated event marked for the book (sensitive
ones too, as a later life letter tells them; private notes never), in
chronology order, each with its date as the chronology says it ("5 May
2020", "spring 2019"). The words inserted are plain text; the letter check
(``checks.letter_dates``) keeps them consistent with the chronology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lifebook.model.enums import ChronologyCategory
from lifebook.services.children import get_child
from lifebook.services.chronology import birth_date, event_info, ordered_events
from lifebook.store.db import Library


@dataclass(frozen=True)
class ChronologyFact:
    """One dated fact a letter may quote."""

    event_id: int | None  # None: the date of birth from the child's record
    date: str  # "5 May 2020", as the chronology says it
    title: str
    age: str = ""  # "aged 2", "at birth", "" when not known
    category: str = ChronologyCategory.OTHER.value
    category_label: str = ""
    sensitive: bool = False

    def words(self, with_age: bool = False) -> str:
        """The words to insert: "5 May 2020", or "5 May 2020, when you were 2"."""
        when = age_words(self.age) if with_age else ""
        return f"{self.date}, {when}" if when else self.date

    def as_dict(self) -> dict:
        return {"event_id": self.event_id, "date": self.date, "title": self.title,
                "age": self.age, "category": self.category, "sensitive": self.sensitive}


def age_words(age: str) -> str:
    """ "aged 2" -> "when you were 2"; "aged 5 months" -> "when you were 5 months old"."""
    m = re.fullmatch(r"aged (about )?(\d+)( months?)?", age)
    if m:
        return f"when you were {m.group(1) or ''}{m.group(2)}{m.group(3) + ' old' if m.group(3) else ''}"  # i18n: skip (the letter's words)
    if age in ("aged under 1", "aged under 1 month"):
        return "when you were a baby"  # i18n: skip (the letter's words)
    return ""


def letter_facts(library: Library, child_id: int) -> list[ChronologyFact]:
    """The child's date of birth and dated events marked for the book; raises NotFound."""
    with library.session() as s:
        child = get_child(s, child_id)
        birth = birth_date(child)
        facts = []
        if birth.known:
            facts.append(ChronologyFact(None, birth.describe(), "Your date of birth", "at birth",  # i18n: skip (the letter's words)
                                        ChronologyCategory.BIRTH.value,
                                        ChronologyCategory.BIRTH.label))
        for row in ordered_events(s, child_id):
            if row.private or not row.include_in_book or row.date_start is None:
                continue
            info = event_info(row, birth)
            facts.append(ChronologyFact(info.id, info.date_display, info.title, info.age,
                                        info.category, info.category_label, info.sensitive))
        return facts
