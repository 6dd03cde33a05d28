"""Every child's name prints: names and sentences in many scripts, on paper and on screen.

Each sample is laid out (shaped by HarfBuzz, bidi-ordered), printed by the
PDF painter and painted by the Qt painter. The tests assert that

- the layout leaves no character out and draws no empty-box (.notdef) glyph;
- the PDF's extracted text (poppler's pdftotext, as copy and paste gets it)
  has every character of the sample, names in reading order;
- the Qt picture and poppler's picture of the PDF agree, and every run of
  text has ink in both.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer

from lifebook.layout.display import PageLayout, Rect, TextRun
from lifebook.layout.styles import load_styles
from lifebook.layout.text import layout_text
from lifebook.render.pdf import PdfInfo, paint_pdf
from lifebook.render.qt import render_page_image

NFD = unicodedata.normalize("NFD", "Nguyễn Văn An thích bơi và vẽ")
SAMPLES = {
    "arabic": "ليلى أحمد تحب كرة القدم football كثيراً",  # with an English word inside
    "arabic-name-in-english": "ليلى أحمد's life story",
    "urdu": "عائشہ خان کو کہانیاں پسند ہیں",
    "bengali": "রাহুল ইসলাম স্কুলে যেতে ভালোবাসে",
    "punjabi": "ਹਰਪ੍ਰੀਤ ਕੌਰ ਨੂੰ ਗਾਉਣਾ ਪਸੰਦ ਹੈ",
    "hindi": "प्रिया शर्मा को क्रिकेट पसंद है",
    "chinese": "王小明喜欢画画和踢足球。",
    "chinese-traditional": "陳美玲喜歡唱歌和跳舞。",
    "polish": "Zuzanna Łęcka lubi źrebięta i żółte kwiaty",
    "welsh": "Gwenllïan Ŵyn a'i chŵn yn y caeau",
    "vietnamese": "Nguyễn Văn An thích bơi và vẽ",
    "vietnamese-decomposed": NFD,
    "emoji": "Sam loves football ⚽ and birthday cake 🎂",
}
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
PPI = 100
MAX_MEAN = 3.0  # of 255; measured 0.7-2.2 (dense Chinese strokes anti-alias differently)
MAX_SHIFT = 1  # pixels: poppler and Qt snap baselines to the pixel grid differently
SEARCH = 4  # pixels searched each way for each run's best shift
SCALE = PPI / 72.0

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None, reason="needs poppler"
)


def letters(text: str) -> Counter[str]:
    """The characters that must print, composed (NFC), without spaces."""
    return Counter(ch for ch in unicodedata.normalize("NFC", text) if not ch.isspace())


def sample_page(text: str, style: str = "body", number: int = 1) -> PageLayout:
    page = PageLayout(page_id=number, number=number, section="", width=420, height=160,
                      bleed=0, safe_margin=0, background="#FFFFFF")
    laid = layout_text(text, Rect(20, 20, 380, 120), load_styles().style(style), "Andika")
    assert not laid.missing, laid.missing
    page.items.extend(laid.runs)
    return page


@pytest.mark.parametrize("name", SAMPLES)
def test_layout_shapes_every_character_with_a_real_glyph(name: str) -> None:
    text = SAMPLES[name]
    page = sample_page(text)
    runs = [i for i in page.items if isinstance(i, TextRun)]
    assert runs and all(r.glyphs and len(r.glyphs) == len(r.positions) for r in runs)
    assert all(0 not in r.glyphs for r in runs), "a .notdef (empty box) glyph would print"
    assert letters("".join(r.text for r in runs)) == letters(text)


def test_arabic_is_joined_and_right_to_left_with_english_in_order() -> None:
    runs = [i for i in sample_page(SAMPLES["arabic"]).items if isinstance(i, TextRun)]
    arabic = [r for r in runs if r.font.startswith("NotoNaskhArabic")]
    assert arabic and all(r.rtl for r in arabic)
    # right to left: the first word (logical order) is the rightmost
    first = next(r for r in arabic if r.text == "ليلى")
    last = next(r for r in arabic if r.text == "كثيراً")
    english = next(r for r in runs if r.text == "football")
    assert last.x < english.x < first.x
    # joined forms: the four letters of ليلى are not their isolated forms
    from lifebook.layout import shaping

    isolated = {shaping.shape(ch, first.font, True, "Arab")[0].gid for ch in first.text}
    assert not set(first.glyphs) <= isolated


def test_an_arabic_name_in_an_english_title_keeps_the_sentence_left_to_right() -> None:
    runs = [i for i in sample_page(SAMPLES["arabic-name-in-english"], "title").items
            if isinstance(i, TextRun)]
    story = next(r for r in runs if r.text.endswith("life story"))
    name = [r for r in runs if r.rtl and r.text.strip()]
    assert name and all(r.x < story.x for r in name)  # the name comes first, on the left


def test_chinese_breaks_between_characters_and_bengali_makes_conjuncts() -> None:
    style = load_styles().style("body")
    laid = layout_text("王小明喜欢画画和踢足球。" * 3, Rect(0, 0, 150, 400), style, "Andika")
    assert len(laid.lines) > 2 and not laid.split_words and not laid.overflowed
    for line in laid.lines:
        assert line.width <= 150 + 1e-6
    # "।" and "。" never start a line
    starts = [min((r for r in laid.runs if r.baseline == ln.baseline), key=lambda r: r.x)
              for ln in laid.lines]
    assert all(not r.text.startswith("。") for r in starts)
    runs = sample_page("স্কুল ক্ষমা").items
    conjuncts = [r for r in runs if isinstance(r, TextRun) and r.text in ("স্কুল", "ক্ষমা")]
    assert all(len(r.glyphs) < len(r.text) for r in conjuncts)  # conjuncts: fewer glyphs


# --- printed and painted ---------------------------------------------------


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[PageLayout, str, Path]]:
    tmp = tmp_path_factory.mktemp("scripts")
    pages = [sample_page(text, number=n + 1) for n, text in enumerate(SAMPLES.values())]
    out = tmp / "scripts.pdf"
    paint_pdf(pages, out, PdfInfo("Every name prints"), images={})
    result = {}
    for n, name in enumerate(SAMPLES):
        text = subprocess.run(
            ["pdftotext", "-f", str(n + 1), "-l", str(n + 1), str(out), "-"],
            capture_output=True, text=True, check=True,
        ).stdout
        png = tmp / f"page-{n + 1}"
        subprocess.run(["pdftoppm", "-f", str(n + 1), "-l", str(n + 1), "-r", str(PPI), "-png",
                        "-singlefile", str(out), str(png)], check=True, capture_output=True)
        result[name] = (pages[n], text, png.with_suffix(".png"))
    return result


@needs_poppler
@pytest.mark.parametrize("name", SAMPLES)
def test_the_pdf_text_has_every_character(printed: dict, name: str) -> None:
    _page, extracted, _png = printed[name]
    got = letters(extracted.translate(BIDI_CONTROLS))
    want = letters(SAMPLES[name])
    assert not want - got, f"missing from the PDF's text: {sorted(want - got)}"


@needs_poppler
@pytest.mark.parametrize("name", ["arabic-name-in-english", "urdu", "chinese", "bengali",
                                  "punjabi", "vietnamese-decomposed", "emoji"])
def test_names_copy_out_of_the_pdf_in_reading_order(printed: dict, name: str) -> None:
    _page, extracted, _png = printed[name]
    text = unicodedata.normalize("NFC", extracted.translate(BIDI_CONTROLS))
    first_words = " ".join(unicodedata.normalize("NFC", SAMPLES[name]).split()[:2])
    if name == "chinese":
        first_words = "王小明"
    assert first_words.replace("'s", "") in text


def qt_picture(page: PageLayout) -> Image.Image:
    image = render_page_image(page, SCALE)
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    with Image.open(io.BytesIO(bytes(buf.data()))) as im:
        return im.convert("RGB")


def ink(image: Image.Image, run: TextRun) -> int:
    """Dark pixels in the box a run's glyphs occupy."""
    box = (round(run.x * SCALE), round((run.baseline - run.size) * SCALE),
           round((run.x + run.advance) * SCALE) + 1, round((run.baseline + 0.4 * run.size) * SCALE))
    grey = image.crop(box).convert("L")
    return sum(grey.histogram()[:128])


def compare(page: PageLayout, png: Path, moved: float = 0.0) -> tuple[Image.Image, Image.Image]:
    """poppler's and Qt's pictures of ``page`` (Qt's text moved right by ``moved`` points)."""
    with Image.open(png) as im:
        pdf = im.convert("RGB")
    if moved:
        page = PageLayout(**{**page.__dict__, "items": [
            dataclasses.replace(i, x=i.x + moved) for i in page.items]})
    qt = qt_picture(page)
    box = (0, 0, min(pdf.width, qt.width), min(pdf.height, qt.height))
    return pdf.crop(box), qt.crop(box)


def run_box(run: TextRun) -> tuple[int, int, int, int]:
    return (round(run.x * SCALE) - 2, round((run.baseline - run.size) * SCALE),
            round((run.x + run.advance) * SCALE) + 2, round((run.baseline + 0.4 * run.size) * SCALE))


def best_shift(qt: Image.Image, pdf: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """The (dx, dy) in pixels that best lines the PDF's pixels in ``box`` up with Qt's."""
    a = qt.convert("L").crop(box)
    grey = pdf.convert("L")
    scores = []
    for dy in range(-SEARCH, SEARCH + 1):
        for dx in range(-SEARCH, SEARCH + 1):
            b = grey.crop((box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy))
            scores.append((ImageStat.Stat(ImageChops.difference(a, b)).mean[0], abs(dx) + abs(dy),
                           dx, dy))
    *_score, dx, dy = min(scores)
    return dx, dy


def agree(pdf: Image.Image, qt: Image.Image, page: PageLayout) -> tuple[float, int]:
    """Mean difference, and the largest pixel shift that best lines up any run."""
    mean = sum(ImageStat.Stat(ImageChops.difference(pdf, qt)).mean) / 3
    shifts = [best_shift(qt, pdf, run_box(r)) for r in page.items
              if isinstance(r, TextRun) and r.text.strip()]
    return mean, max(max(abs(dx), abs(dy)) for dx, dy in shifts)


@needs_poppler
@pytest.mark.parametrize("name", SAMPLES)
def test_both_painters_draw_the_same_glyphs_in_the_same_places(
    qapp, printed: dict, name: str
) -> None:
    page, _text, png = printed[name]
    pdf, qt = compare(page, png)
    mean, shift = agree(pdf, qt, page)
    assert mean < MAX_MEAN and shift <= MAX_SHIFT, f"the painters disagree ({mean:.2f}, {shift})"
    for run in page.items:
        if isinstance(run, TextRun) and run.text.strip():
            assert ink(pdf, run) > 0 and ink(qt, run) > 0, f"no ink for {run.text!r}"
            assert abs(ink(pdf, run) - ink(qt, run)) <= 0.5 * max(ink(pdf, run), ink(qt, run))


@needs_poppler
@pytest.mark.parametrize("name", ["arabic", "chinese", "bengali"])
def test_the_comparison_catches_text_moved_by_two_points(qapp, printed: dict, name: str) -> None:
    page, _text, png = printed[name]
    mean, shift = agree(*compare(page, png, moved=2.0), page)
    assert shift > MAX_SHIFT, (mean, shift)
