"""Who the family tree page draws, from the child's record: consent, photos, the demo book."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from photo_files import write_jpeg

from lifebook.layout.display import FindingCode, ImageItem, TextRun
from lifebook.layout.engine import layout_book
from lifebook.model.content import FamilyGroup
from lifebook.model.enums import BookKind, Consent, PersonRole
from lifebook.services import books, children, pages, photos
from lifebook.services.content import load_book_content
from lifebook.services.demo import create_demo
from lifebook.services.family_tree import group_for
from lifebook.services.people import update_person
from lifebook.store.db import Library
from lifebook.store.models import MediaItem, MediaPerson


def _person(library: Library, child_id: int, name: str, relationship: str, role: PersonRole,
            consent: Consent = Consent.YES) -> int:
    person = children.add_person(library, child_id, name, relationship=relationship, role=role,
                                 consent=consent).id
    if consent == Consent.YES:  # agreed to be named and identified (photos need both)
        update_person(library, person, consent_identified=Consent.YES.value)
    return person


def _photo(library: Library, child_id: int, path: Path, *, agreed: bool = True,
           taken: datetime | None = None) -> int:
    write_jpeg(path, (120, 90), taken=taken)
    info = photos.import_photos(library, child_id, [path], use_agreed=agreed).imported[0]
    return info.id


def _tag(library: Library, media_id: int, *person_ids: int) -> None:
    with library.transaction() as s:
        for person_id in person_ids:
            s.add(MediaPerson(media_id=media_id, person_id=person_id))


def test_the_tree_draws_the_child_first_and_leaves_professionals_out(
    library: Library, child_id: int
) -> None:
    _person(library, child_id, "Sarah", "Birth mother", PersonRole.BIRTH_FAMILY)
    _person(library, child_id, "Gran Pat", "Grandmother", PersonRole.BIRTH_FAMILY)
    _person(library, child_id, "Ruby", "Half-sister", PersonRole.SIBLING)
    _person(library, child_id, "Jo", "Foster carer", PersonRole.FOSTER_CARER)
    _person(library, child_id, "Amira and Tom", "Mum and Dad (adopters)", PersonRole.ADOPTER)
    _person(library, child_id, "Priya", "Social worker", PersonRole.PROFESSIONAL)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    family = load_book_content(library, book.id).family
    assert [(m.label, m.group) for m in family] == [
        ("Lexi", FamilyGroup.CHILD),
        ("Sarah", FamilyGroup.BIRTH_PARENT),
        ("Gran Pat", FamilyGroup.BIRTH_RELATIVE),
        ("Ruby", FamilyGroup.SIBLING),
        ("Jo", FamilyGroup.CARER),
        ("Amira and Tom", FamilyGroup.FAMILY_NOW),
    ]
    assert family[1].relationship == "Birth mother"


def test_someone_without_consent_is_their_relationship_only_with_no_photo(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    dad = _person(library, child_id, "Daniel", "Birth father", PersonRole.BIRTH_FAMILY,
                  Consent.NOT_ASKED)
    aunt = _person(library, child_id, "Kim", "", PersonRole.BIRTH_FAMILY, Consent.NO)
    _tag(library, _photo(library, child_id, photo_dir / "dad.jpg"), dad)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    content = load_book_content(library, book.id)
    shown = {m.person_id: m for m in content.family}
    assert (shown[dad].label, shown[dad].named, shown[dad].photo) == ("Birth father", False, None)
    assert shown[aunt].label == "Other birth relative"  # no words typed: the relationship's
    laid = layout_book(content)
    tree = next(p for p in laid if any(f.key == "tree" for f in p.frames))
    words = " ".join(i.text for i in tree.items if isinstance(i, TextRun))
    assert "Birth father" in words
    assert "Daniel" not in words and "Kim" not in words
    assert not [i for i in tree.items if isinstance(i, ImageItem)]
    note = next(f for f in tree.findings if f.code == FindingCode.PERSON_NOT_NAMED)
    assert note.message.startswith(f"Page {tree.number} (the family tree): 2 people")


def test_a_named_person_gets_their_own_agreed_photo_and_the_child_the_cover_photo(
    library: Library, child_id: int, photo_dir: Path
) -> None:
    mum = _person(library, child_id, "Sarah", "Birth mother", PersonRole.BIRTH_FAMILY)
    jo = _person(library, child_id, "Jo", "Foster carer", PersonRole.FOSTER_CARER)
    group = _photo(library, child_id, photo_dir / "group.jpg", taken=datetime(2024, 5, 1))
    alone = _photo(library, child_id, photo_dir / "alone.jpg", taken=datetime(2020, 5, 1))
    newest = _photo(library, child_id, photo_dir / "new.jpg", agreed=False,
                    taken=datetime(2025, 5, 1))
    _tag(library, group, mum, jo)
    _tag(library, alone, mum)
    _tag(library, newest, mum, jo)  # not agreed by a manager: never chosen
    cover = _photo(library, child_id, photo_dir / "cover.jpg")
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    pages.place_photo(library, books.list_pages(library, book.id)[0].id, "photo1", cover)
    family = {m.person_id: m for m in load_book_content(library, book.id).family}
    assert family[mum].photo is not None and family[mum].photo.media_id == alone
    assert family[jo].photo is not None and family[jo].photo.media_id == group
    assert family[0].photo is not None and family[0].photo.media_id == cover
    with library.session() as s:
        assert s.get(MediaItem, newest).use_agreed is False


def test_an_unknown_father_is_not_asked_for_consent(library: Library, child_id: int) -> None:
    _person(library, child_id, "Unknown", "Birth father (not known)", PersonRole.BIRTH_FAMILY,
            Consent.NOT_ASKED)
    book = books.new_book(library, child_id, BookKind.LIFE_STORY)
    content = load_book_content(library, book.id)
    dad = content.family[1]
    assert (dad.label, dad.unknown, dad.named) == ("Birth father (not known)", True, False)
    tree = next(p for p in layout_book(content) if any(f.key == "tree" for f in p.frames))
    assert not [f for f in tree.findings if f.code == FindingCode.PERSON_NOT_NAMED]


def test_groups_follow_the_words_typed_when_the_role_is_vague() -> None:
    assert group_for("Nanna (mum's mum)", "birth-family") == FamilyGroup.BIRTH_RELATIVE
    assert group_for("Birth mum", "birth-family") == FamilyGroup.BIRTH_PARENT
    assert group_for("Big brother", "other") == FamilyGroup.SIBLING
    assert group_for("Special guardian", "other") == FamilyGroup.FAMILY_NOW
    assert group_for("Former foster carer", "other") == FamilyGroup.CARER
    assert group_for("Social worker", "other") is None
    assert group_for("Family friend", "other") == FamilyGroup.OTHER


def test_the_demo_book_has_a_family_tree_in_the_birth_family_section(library: Library) -> None:
    demo = create_demo(library)
    content = load_book_content(library, demo.book.id)
    tree_pages = [p for p in content.pages if p.template == "family-tree"]
    assert len(tree_pages) == 1 and tree_pages[0].section == "My birth family"
    laid = next(p for p in layout_book(content) if p.page_id == tree_pages[0].page_id)
    words = " ".join(i.text for i in laid.items if isinstance(i, TextRun))
    for shown in ("Poppy's family", "Sarah", "Birth father", "Jo and Sam", "Mum and Dad"):
        assert shown in words
    assert "Daniel" not in words  # not asked yet
    assert "Priya" not in words  # the social worker is not family
    assert [i for i in laid.items if isinstance(i, ImageItem)]  # Poppy, from the cover
    # the pages after the tree still hold the words written for them
    sarah_page = content.pages[content.pages.index(tree_pages[0]) + 1]
    assert sarah_page.frames["text"].text.startswith("Sarah is Poppy's birth mother")
