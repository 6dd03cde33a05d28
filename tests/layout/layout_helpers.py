"""Plain-data factories for the layout tests: books, pages and photos (no files opened)."""

from __future__ import annotations

from pathlib import Path

from lifebook.layout import fonts
from lifebook.layout.display import PageLayout, Rect, TextRun
from lifebook.model.content import BookContent, Crop, FrameContent, MediaRef, PageContent
from lifebook.model.enums import BookKind
from lifebook.model.richtext import from_legacy_markup
from lifebook.model.trim import TrimSize

LOREM = (
    "Sam was born at St Mary's Hospital on a cold morning in March. Mum held Sam first, "
    "and the midwife said Sam had the loudest cry on the ward. Sam weighed seven pounds "
    "and had a little tuft of dark hair. Grandma came to visit with a yellow blanket she "
    "had knitted herself, and Sam still has that blanket today."
)


def media(
    width: int = 4000,
    height: int = 3000,
    *,
    orientation: int = 1,
    agreed: bool = True,
    caption: str = "",
    media_id: int = 1,
) -> MediaRef:
    return MediaRef(
        media_id=media_id,
        sha256=f"{media_id:064x}",
        path=Path(f"/nonexistent/{media_id}.jpg"),
        width=width,
        height=height,
        orientation=orientation,
        use_agreed=agreed,
        caption=caption,
    )


def page(template: str, number: int = 3, prompt: str = "", **frames: object) -> PageContent:
    """A page; each keyword is a frame: text (str, ``**bold**``), a MediaRef, or a FrameContent."""
    content: dict[str, FrameContent] = {}
    for key, value in frames.items():
        if isinstance(value, FrameContent):
            content[key] = value
        elif isinstance(value, MediaRef):
            content[key] = FrameContent(key, media=value)
        else:
            # tests write bold/italic in the old light markup for brevity
            rich = from_legacy_markup(str(value))
            content[key] = FrameContent(key, text=rich.text, marks=rich.marks)
    return PageContent(
        page_id=100 + number, number=number, template=template, prompt=prompt, frames=content
    )


def photo_frame(
    key: str, ref: MediaRef, crop: Crop | None = None, rotation: int = 0
) -> FrameContent:
    return FrameContent(key, media=ref, crop=crop or Crop(), rotation=rotation)


def book(
    *pages: PageContent,
    trim: TrimSize = TrimSize.A4_PORTRAIT,
    kind: BookKind = BookKind.LIFE_STORY,
    approved: bool = False,
) -> BookContent:
    return BookContent(
        book_id=1,
        kind=kind,
        title="Sam's life story",
        trim=trim,
        child_name="Sam",
        approved=approved,
        pages=tuple(pages),
    )


def run_box(run: TextRun) -> Rect:
    """The box a run's glyphs may occupy: advance width by ascent to descent."""
    width = fonts.string_width(run.text, run.font, run.size)
    top = run.baseline - fonts.ascent(run.font, run.size)
    return Rect(
        run.x, top, width, fonts.ascent(run.font, run.size) - fonts.descent(run.font, run.size)
    )


def frame_rect(layout: PageLayout, key: str) -> Rect:
    return next(f.rect for f in layout.frames if f.key == key)


def runs_of(layout: PageLayout, key: str) -> list[TextRun]:
    return [i for i in layout.items if isinstance(i, TextRun) and i.frame_key == key]


def codes(layout: PageLayout) -> list[tuple[str, str | None]]:
    return [(f.code, f.frame_key) for f in layout.findings]
