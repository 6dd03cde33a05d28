"""Made-up families for the family tree tests, and the tree frame of a page on a trim."""

from __future__ import annotations

import itertools

from layout_helpers import media

from lifebook.layout.display import Rect
from lifebook.layout.engine import layout_page
from lifebook.model.content import (
    BookContent,
    FamilyGroup,
    FamilyMember,
    FrameContent,
    PageContent,
)
from lifebook.model.enums import BookKind
from lifebook.model.trim import TrimSize

G = FamilyGroup


def child(name: str = "Kayden", photo: bool = False) -> FamilyMember:
    return FamilyMember(0, name, group=G.CHILD, photo=media(2400, 1800, media_id=99) if photo else None)


def small() -> tuple[FamilyMember, ...]:
    """The child, their birth mum and an unknown birth father."""
    return (
        child("Poppy"),
        FamilyMember(1, "Sarah", "Birth mum", G.BIRTH_PARENT),
        FamilyMember(2, "Birth dad", group=G.BIRTH_PARENT, named=False, unknown=True),
    )


def awkward() -> tuple[FamilyMember, ...]:
    """Unknown father, five half-siblings in three households, a grandad who died, someone
    not agreed to be named, foster carers and adopters: twelve people round the child."""
    return (
        child(),
        FamilyMember(1, "Chantelle", "Birth mum", G.BIRTH_PARENT),
        FamilyMember(2, "Birth dad", group=G.BIRTH_PARENT, named=False, unknown=True),
        FamilyMember(3, "Grandad Mike", "Grandad", G.BIRTH_RELATIVE, deceased=True,
                     died="died 2019"),
        FamilyMember(4, "Nanna Jo", "Nan", G.BIRTH_RELATIVE),
        FamilyMember(5, "Birth aunt", group=G.BIRTH_RELATIVE, named=False),
        FamilyMember(6, "Tyler", "Half-brother", G.SIBLING, household="Lives with Nanna Jo"),
        FamilyMember(7, "Jade", "Half-sister", G.SIBLING, household="Lives with Nanna Jo"),
        FamilyMember(8, "Mason", "Half-brother", G.SIBLING, household="Lives with his dad"),
        FamilyMember(9, "Lily-Mae", "Half-sister", G.SIBLING,
                     household="Adopted by another family"),
        FamilyMember(10, "Half-brother", group=G.SIBLING, household="Adopted by another family",
                     named=False),
        FamilyMember(11, "Jo and Sam", "Foster carers", G.CARER),
        FamilyMember(12, "Amira and Tom", "Mum and Dad", G.FAMILY_NOW),
    )


NAMES = ("Sarah", "Daniel", "Grandma Rose", "Grandad Pete", "Auntie Kimberley", "Uncle Lee",
         "Cousin Ava", "Cousin Jack", "Nana Pat", "Great-gran Edith", "Auntie Sue", "Ruby",
         "Leo", "Alfie", "Isla", "Freddie", "Evie", "Archie", "Rosie", "Jo", "Sam",
         "Mandy and Phil", "Linda", "Carol", "Bev", "Amira", "Tom", "Mrs Patel", "Uncle Dev")
GROUPS = (G.BIRTH_PARENT, G.BIRTH_PARENT, *[G.BIRTH_RELATIVE] * 9, *[G.SIBLING] * 8,
          *[G.CARER] * 6, G.FAMILY_NOW, G.FAMILY_NOW, G.OTHER, G.OTHER)


def crowd(people: int) -> tuple[FamilyMember, ...]:
    """``people`` in all (the child included), spread over every kind of group."""
    order = itertools.cycle(range(len(NAMES)))
    members = [child("Poppy")]
    for n in range(people - 1):
        i = next(order)
        group = GROUPS[i]
        home = ("Lives with Nan" if n % 2 else "Lives with Poppy") if group == G.SIBLING else ""
        members.append(FamilyMember(n + 1, NAMES[i], "Great-grandmother" if n % 5 == 0 else "Relative",
                                    group, household=home))
    return tuple(members)


def tree_page(number: int = 5) -> PageContent:
    heading = FrameContent("heading", text="Kayden's family")
    return PageContent(page_id=100 + number, number=number, template="family-tree",
                       frames={"heading": heading})


def tree_book(family: tuple[FamilyMember, ...], trim: TrimSize = TrimSize.A4_PORTRAIT
              ) -> BookContent:
    page = tree_page()
    return BookContent(1, BookKind.LIFE_STORY, "Kayden's life story", trim, "Kayden",
                       pages=(page,), family=family)


def tree_frame(trim: TrimSize) -> Rect:
    """Where the family tree page's tree goes on ``trim``."""
    book = tree_book((child(),), trim)
    laid = layout_page(book, book.pages[0])
    return next(f.rect for f in laid.frames if f.key == "tree")


def overlaps(a: Rect, b: Rect, tolerance: float = 0.01) -> bool:
    return (a.x < b.right - tolerance and b.x < a.right - tolerance
            and a.y < b.bottom - tolerance and b.y < a.bottom - tolerance)


def inside(inner: Rect, outer: Rect, tolerance: float = 0.01) -> bool:
    return (inner.x >= outer.x - tolerance and inner.y >= outer.y - tolerance
            and inner.right <= outer.right + tolerance and inner.bottom <= outer.bottom + tolerance)
