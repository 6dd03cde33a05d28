"""The PDF painter: page boxes, fonts, metadata, outline, what is and is not printed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from export_helpers import blank_page
from PIL import Image
from tools import need

from lifebook.layout.display import PageLayout, Rect, ShapeItem, StrokeItem, TextRun
from lifebook.model.trim import TrimSize, mm_to_pt, pt_to_mm
from lifebook.render.pdf import MARK_AREA_MM, PdfInfo, page_boxes, paint_pdf, parse_colour

INFO = PdfInfo("Ruby's life story book", "Sam Okafor", "Life story book for Ruby")
BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def text_page(trim: TrimSize, number: int = 1, section: str = "", **kwargs: object) -> PageLayout:
    page = blank_page(trim, number=number, section=section, **kwargs)
    page.items += [
        TextRun(40, 80, "Ruby's story", "Andika-Bold", 28, "#2E2A28"),
        TextRun(40, 120, "Ruby likes café cake — and ĳ", "NotoSans-Italic", 14, "#2E2A28CC"),
        TextRun(40, 150, "Atkinson", "AtkinsonHyperlegible", 12),
        StrokeItem(((40, 170), (120, 180), (200, 165)), width=2, colour="#C0392B"),
    ]
    return page


def paint(
    tmp_path: Path, pages: list[PageLayout], name: str = "book.pdf", **kwargs: object
) -> Path:
    out = tmp_path / name
    paint_pdf(pages, out, INFO, images={}, **kwargs)  # type: ignore[arg-type]
    return out


def box_mm(box: pikepdf.Array) -> list[float]:
    return [pt_to_mm(float(v)) for v in box]


@pytest.mark.parametrize(
    ("trim", "crop_marks"),
    [
        (TrimSize.A4_PORTRAIT, False),
        (TrimSize.A5_PORTRAIT, False),
        (TrimSize.A4_PORTRAIT, True),
        (TrimSize.A5_PORTRAIT, True),
    ],
)
def test_page_boxes_are_trim_plus_bleed(tmp_path: Path, trim: TrimSize, crop_marks: bool) -> None:
    out = paint(tmp_path, [text_page(trim, 1), text_page(trim, 2)], crop_marks=crop_marks)
    w, h = trim.spec.width_mm, trim.spec.height_mm
    mark = MARK_AREA_MM if crop_marks else 0.0
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert "/TrimBox" in page.obj and "/BleedBox" in page.obj
            media = box_mm(page.obj.MediaBox)
            trim_box = box_mm(page.obj.TrimBox)
            bleed_box = box_mm(page.obj.BleedBox)
            expected_media = [0, 0, w + 6 + 2 * mark, h + 6 + 2 * mark]
            expected_trim = [3 + mark, 3 + mark, 3 + mark + w, 3 + mark + h]
            expected_bleed = [mark, mark, mark + w + 6, mark + h + 6]
            assert media == pytest.approx(expected_media, abs=0.1)
            assert trim_box == pytest.approx(expected_trim, abs=0.1)
            assert bleed_box == pytest.approx(expected_bleed, abs=0.1)
            # Trim minus bleed box: exactly 3 mm of bleed on every side.
            assert [
                t - b for t, b in zip(trim_box[:2], bleed_box[:2], strict=True)
            ] == pytest.approx([3, 3], abs=0.1)


def test_page_boxes_helper_matches_millimetres() -> None:
    boxes = page_boxes(blank_page(TrimSize.A5_PORTRAIT), crop_marks=False)
    assert pt_to_mm(boxes.media[2]) == pytest.approx(154, abs=0.01)
    assert pt_to_mm(boxes.media[3]) == pytest.approx(216, abs=0.01)


def test_every_font_is_embedded_and_none_is_base14(tmp_path: Path) -> None:
    pages = [
        text_page(TrimSize.A5_PORTRAIT, 1, watermark="DRAFT"),
        blank_page(TrimSize.A5_PORTRAIT, number=2),
    ]
    out = paint(tmp_path, pages)
    names = set()
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            fonts = page.obj.Resources.get("/Font", {})
            assert fonts, "every page names its (TTF) initial font, so none falls back to Helvetica"
            for _key, font in fonts.items():
                base = str(font.BaseFont).lstrip("/")
                names.add(base.split("+")[-1])
                assert base.split("+")[-1] not in BASE14
                assert "+" in base  # a subset
                assert "/FontFile2" in font.FontDescriptor
    assert {"Andika-Bold", "NotoSans-Italic", "AtkinsonHyperlegible-Regular"} <= names
    need("pdffonts")
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_metadata_language_and_one_bookmark_per_section(tmp_path: Path) -> None:
    trim = TrimSize.A5_PORTRAIT
    pages = [
        text_page(trim, 1, "All about me"),
        text_page(trim, 2, "All about me"),
        text_page(trim, 3, "My birth family"),
        text_page(trim, 4, "All about me"),  # a new run of an old section gets its own entry
    ]
    out = paint(tmp_path, pages)
    with pikepdf.open(out) as pdf:
        info = pdf.docinfo
        assert str(info.Title) == "Ruby's life story book"
        assert str(info.Author) == "Sam Okafor"
        assert str(info.Subject) == "Life story book for Ruby"
        assert str(info.Creator) == "Lifebook"
        assert str(pdf.Root.Lang) == "en-GB"
        assert pdf.Root.PageMode == "/UseOutlines"
        with pdf.open_outline() as outline:
            entries = [(item.title, item.destination) for item in outline.root]
        targets = [pdf.pages.index(pikepdf.Page(dest[0])) for _title, dest in entries]
    assert [title for title, _ in entries] == ["All about me", "My birth family", "All about me"]
    assert targets == [0, 2, 3]


def test_editor_only_items_are_never_printed(tmp_path: Path) -> None:
    page = blank_page(TrimSize.A5_PORTRAIT)
    page.items.append(ShapeItem(Rect(10, 10, 50, 50), fill="#00FF00"))
    page.editor_only.append(ShapeItem(Rect(100, 100, 50, 50), fill="#FF0000", dash=(3, 3)))
    page.editor_only.append(TextRun(40, 300, "Write about Ruby's first home", "Andika", 12))
    out = paint(tmp_path, [page])
    with pikepdf.open(out) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    assert b"0 1 0 rg" in content
    assert b"1 0 0 rg" not in content
    assert b"Tj" not in content  # no text at all: the prompt stayed in the editor


def test_background_reaches_the_bleed_and_marks_sit_outside_it(tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    trim = TrimSize.A5_PORTRAIT
    page = blank_page(trim, background="#204080")
    page.items.append(ShapeItem(Rect(40, 40, 200, 120), fill="#FFCC00", corner_radius=12))
    for marks in (False, True):
        out = paint(tmp_path, [page], name=f"marks-{marks}.pdf", crop_marks=marks)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "36", str(out), str(tmp_path / f"m{marks}")], check=True
        )
        png = next(tmp_path.glob(f"m{marks}*.png"))
        with Image.open(png) as im:
            rgb = im.convert("RGB")
            scale = 36 / 72
            if not marks:
                assert rgb.getpixel((0, 0)) == pytest.approx((32, 64, 128), abs=3)  # bleed corner
            else:
                mark_px = round(mm_to_pt(MARK_AREA_MM) * scale)
                assert rgb.getpixel((1, 1)) == (255, 255, 255)  # paper outside the bleed
                inside = mark_px + 2
                assert rgb.getpixel((inside, inside)) == pytest.approx((32, 64, 128), abs=3)
                # A crop mark runs along the trim's left edge, in the mark area above the page.
                trim_x = round((mm_to_pt(MARK_AREA_MM) + mm_to_pt(3)) * scale)
                column = [rgb.getpixel((x, mark_px // 2)) for x in range(trim_x - 1, trim_x + 2)]
                assert min(sum(px) for px in column) < 600


def test_parse_colour() -> None:
    assert parse_colour("#2E2A28") == pytest.approx((46 / 255, 42 / 255, 40 / 255, 1.0))
    assert parse_colour("#FF000080") == pytest.approx((1.0, 0.0, 0.0, 128 / 255))
    assert parse_colour("#fff") == (1.0, 1.0, 1.0, 1.0)
    with pytest.raises(ValueError, match="not a colour"):
        parse_colour("teal")
