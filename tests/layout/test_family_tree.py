"""The family tree page: circles that never overlap, on every trim, for 3 to 30 people."""

from __future__ import annotations

import itertools

import pytest
from family_helpers import awkward, child, crowd, inside, overlaps, small, tree_book, tree_frame
from layout_helpers import media, run_box, runs_of

from lifebook.layout.display import FindingCode, ImageItem, Rect, ShapeItem, StrokeItem, TextRun
from lifebook.layout.engine import layout_page
from lifebook.layout.family_tree import READABLE_DIAMETER_MM, family_tree_geometry
from lifebook.layout.family_tree_draw import STAR, draw_family_tree
from lifebook.model.content import FamilyGroup, FamilyMember
from lifebook.model.enums import Severity
from lifebook.model.trim import TrimSize, mm_to_pt

FAMILIES = {"small": small, "awkward": awkward, "thirty": lambda: crowd(30)}


def _check_no_overlaps(geo, frame: Rect) -> None:
    boxes = geo.boxes()
    assert len([b for b in boxes if b[0].startswith("circle")]) == len(geo.circles)
    clashes = [(a[0], b[0]) for a, b in itertools.combinations(boxes, 2) if overlaps(a[1], b[1])]
    assert clashes == []
    outside = [name for name, rect in boxes if not inside(rect, frame)]
    assert outside == []
    halos = [g.halo for g in geo.groups]
    assert all(inside(h, frame) for h in halos)
    assert not any(overlaps(a, b) for a, b in itertools.combinations(halos, 2))
    for g in geo.groups:  # everyone's circle and words sit inside their group's halo
        assert all(inside(c.disc, g.halo) and inside(c.label, g.halo) for c in g.circles)


@pytest.mark.parametrize("trim", list(TrimSize))
@pytest.mark.parametrize("family", list(FAMILIES))
def test_named_families_fit_without_overlap_on_every_trim(trim: TrimSize, family: str) -> None:
    members = FAMILIES[family]()
    frame = tree_frame(trim)
    geo = family_tree_geometry(members, frame, "Andika")
    assert geo.fits
    assert len(geo.circles) == len(members)
    _check_no_overlaps(geo, frame)


@pytest.mark.parametrize("trim", list(TrimSize))
@pytest.mark.parametrize("people", [3, 4, 6, 9, 13, 17, 22, 26, 30])
def test_three_to_thirty_people_fit_without_overlap(trim: TrimSize, people: int) -> None:
    frame = tree_frame(trim)
    geo = family_tree_geometry(crowd(people), frame, "Andika")
    assert geo.fits and len(geo.circles) == people
    _check_no_overlaps(geo, frame)
    if people <= 13:  # a family of a dozen is drawn at a size that is easy to see
        assert not geo.crowded
        assert geo.scale.d >= mm_to_pt(READABLE_DIAMETER_MM)


def test_the_words_are_drawn_inside_the_boxes_the_geometry_gave_them() -> None:
    frame = tree_frame(TrimSize.A5_PORTRAIT)
    drawn = draw_family_tree(awkward(), frame, "Andika", where="Page 5 (the family tree)")
    labels = [c.label for c in drawn.geometry.circles]
    titles = [g.title_box for g in drawn.geometry.groups if g.title_box is not None]
    discs = [c.disc for c in drawn.geometry.circles]
    for run in (i for i in drawn.texts if isinstance(i, TextRun)):
        box = run_box(run)  # the letters' own height (the font's ascent is taller than a line)
        ink = Rect(box.x, run.baseline - run.size * 0.8, box.w, run.size * 1.05)
        homes = [b for b in (*labels, *titles, *discs) if inside(ink, b, tolerance=1.0)]
        assert homes, f"'{run.text}' is drawn outside every box"
    assert not drawn.notes or all(code != FindingCode.TEXT_OVERFLOW for _s, code, _m in drawn.notes)


def test_the_child_is_in_the_middle_with_birth_family_and_family_now_on_either_side() -> None:
    for trim in (TrimSize.A4_PORTRAIT, TrimSize.A4_LANDSCAPE):
        frame = tree_frame(trim)
        geo = family_tree_geometry(awkward(), frame, "Andika")
        me = geo.child.disc
        mid_x, mid_y = me.x + me.w / 2, me.y + me.h / 2
        assert geo.child.member.group == FamilyGroup.CHILD
        assert me.w > geo.scale.d  # the child's circle is the biggest
        birth = next(g for g in geo.groups if g.kind == "birth").halo
        now = [g.halo for g in geo.groups if g.kind == "now"]
        if geo.arrangement == "columns":
            assert birth.right <= mid_x and all(h.x >= mid_x for h in now)
        else:
            assert birth.bottom <= mid_y and all(h.y >= mid_y for h in now)
    geo = family_tree_geometry(small(), tree_frame(TrimSize.A4_PORTRAIT), "Andika")
    frame = tree_frame(TrimSize.A4_PORTRAIT)
    middle = geo.child.disc.y + geo.child.disc.h / 2
    assert abs(middle - (frame.y + frame.h / 2)) < frame.h * 0.12  # near the middle


def test_siblings_are_grouped_by_the_household_they_live_in() -> None:
    geo = family_tree_geometry(awkward(), tree_frame(TrimSize.A4_PORTRAIT), "Andika")
    homes = {g.title: sorted(c.member.label for c in g.circles)
             for g in geo.groups if g.kind == "siblings"}
    assert homes == {
        "Lives with Nanna Jo": ["Jade", "Tyler"],
        "Lives with his dad": ["Mason"],
        "Adopted by another family": ["Half-brother", "Lily-Mae"],
    }
    no_homes = tuple(m if m.group != FamilyGroup.SIBLING else
                     FamilyMember(m.person_id, m.label, m.relationship, m.group) for m in awkward())
    geo = family_tree_geometry(no_homes, tree_frame(TrimSize.A4_PORTRAIT), "Andika")
    assert [g.title for g in geo.groups if g.kind == "siblings"] == ["Kayden's brothers and sisters"]


def test_a_grandparent_who_died_is_shown_gently_with_a_star_and_the_year() -> None:
    frame = tree_frame(TrimSize.A4_PORTRAIT)
    drawn = draw_family_tree(awkward(), frame, "Andika", where="Page 5 (the family tree)")
    grandad = next(c for c in drawn.geometry.circles if c.member.label == "Grandad Mike")
    stars = [i for i in drawn.over if isinstance(i, StrokeItem) and i.fill == STAR]
    assert len(stars) == 1
    xs, ys = [p[0] for p in stars[0].points], [p[1] for p in stars[0].points]
    assert inside(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), grandad.disc)
    words = " ".join(r.text for r in drawn.texts if isinstance(r, TextRun))
    assert "died 2019" in words


def test_people_not_named_show_their_relationship_only_and_a_finding_names_the_page() -> None:
    family = (
        child(),
        FamilyMember(1, "Birth dad", group=FamilyGroup.BIRTH_PARENT, named=False,
                     photo=media(media_id=7)),
        FamilyMember(2, "Chantelle", "Birth mum", FamilyGroup.BIRTH_PARENT),
        FamilyMember(3, "Birth father", group=FamilyGroup.BIRTH_PARENT, named=False, unknown=True),
    )
    book = tree_book(family)
    laid = layout_page(book, book.pages[0])
    text = " ".join(r.text for r in runs_of(laid, "tree"))
    assert "Birth dad" in text and "Chantelle" in text
    assert not [i for i in laid.items if isinstance(i, ImageItem)]  # no face without a name
    notes = [f for f in laid.findings if f.code == FindingCode.PERSON_NOT_NAMED]
    assert len(notes) == 1
    assert notes[0].severity == Severity.INFO and notes[0].page_number == 5
    assert notes[0].message.startswith("Page 5 (the family tree): 1 person")
    assert "“Birth dad”" in notes[0].message
    assert "Birth father" not in notes[0].message  # nobody knows who he is: nothing to ask


def test_everyone_named_gives_no_consent_finding() -> None:
    book = tree_book(small()[:2])
    laid = layout_page(book, book.pages[0])
    assert [f for f in laid.findings if f.code == FindingCode.PERSON_NOT_NAMED] == []
    assert [f for f in laid.findings if f.code == FindingCode.EMPTY_FRAME] == []


def test_photos_are_round_and_show_the_middle_of_the_photo() -> None:
    family = (child(photo=True), FamilyMember(1, "Sarah", "Birth mum", FamilyGroup.BIRTH_PARENT,
                                               photo=media(1200, 1600, media_id=3)))
    book = tree_book(family)
    images = [i for i in layout_page(book, book.pages[0]).items if isinstance(i, ImageItem)]
    assert {i.media_id for i in images} == {99, 3}
    for image in images:
        assert image.rect.w == pytest.approx(image.rect.h)
        assert image.corner_radius == pytest.approx(image.rect.w / 2)  # a circle
    wide = next(i for i in images if i.media_id == 99)  # 2400 x 1800: the middle square
    assert wide.crop == pytest.approx((0.125, 0.0, 0.875, 1.0))
    tall = next(i for i in images if i.media_id == 3)  # 1200 x 1600: a little above the middle
    left, top, right, bottom = tall.crop
    assert (left, right) == (0.0, 1.0) and bottom - top == pytest.approx(0.75) and top < 0.125


def test_too_many_people_for_the_page_is_a_finding() -> None:
    book = tree_book(crowd(30), TrimSize.A5_PORTRAIT)
    laid = layout_page(book, book.pages[0])
    crowded = [f for f in laid.findings if f.code == FindingCode.TREE_CROWDED]
    assert len(crowded) == 1 and crowded[0].severity == Severity.WARNING
    assert crowded[0].message.startswith("Page 5 (the family tree): there are so many people")
    roomy = tree_book(crowd(30), TrimSize.A4_PORTRAIT)
    assert not [f for f in layout_page(roomy, roomy.pages[0]).findings
                if f.code == FindingCode.TREE_CROWDED]


def test_without_people_the_page_asks_for_them() -> None:
    book = tree_book((child(),))
    laid = layout_page(book, book.pages[0])
    assert [f.code for f in laid.findings] == [FindingCode.EMPTY_FRAME]
    assert "people in the child's record" in laid.findings[0].message
    assert not [i for i in laid.items if isinstance(i, ShapeItem) and i.frame_key == "tree"]


def test_every_tree_item_stays_on_the_page() -> None:
    for trim in TrimSize:
        book = tree_book(awkward(), trim)
        laid = layout_page(book, book.pages[0])
        frame = tree_frame(trim)
        for item in laid.items:
            if getattr(item, "frame_key", "") != "tree":
                continue
            if isinstance(item, StrokeItem):
                xs, ys = [p[0] for p in item.points], [p[1] for p in item.points]
                box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            elif isinstance(item, TextRun):
                continue  # checked against their boxes above
            else:
                box = item.rect
            assert inside(box, frame, tolerance=mm_to_pt(2)), (trim, item)


def test_a_family_too_big_for_the_page_draws_the_child_and_says_so() -> None:
    book = tree_book(crowd(400), TrimSize.A5_PORTRAIT)
    laid = layout_page(book, book.pages[0])
    errors = [f for f in laid.findings if f.code == FindingCode.TREE_CROWDED]
    assert len(errors) == 1 and errors[0].severity == Severity.ERROR
    assert "too many people to fit" in errors[0].message
    assert "Poppy" in " ".join(r.text for r in runs_of(laid, "tree"))
