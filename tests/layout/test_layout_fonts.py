"""The font registry: face names, files, metrics and coverage from the real TTFs."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from lifebook.layout import fonts


def test_every_face_has_its_own_bundled_ttf() -> None:
    names = fonts.face_names()
    assert len(names) == 23  # 3 book families x 4 styles, 4 scripts x 2, Chinese x 2, emoji
    assert {"Andika", "Andika-Bold", "Andika-Italic", "Andika-BoldItalic"} <= set(names)
    assert {"NotoNaskhArabic", "NotoSansBengali-Bold", "LifebookHanziSC", "NotoEmoji"} <= set(names)
    paths = {fonts.font_path(n) for n in names}
    assert len(paths) == 23
    for path in paths:
        assert path.is_file() and path.suffix == ".ttf"
    assert fonts.font_path("AtkinsonHyperlegible-BoldItalic").name == (
        "AtkinsonHyperlegible-BoldItalic.ttf"
    )


def test_face_name_and_info_round_trip() -> None:
    for family in fonts.BOOK_FAMILIES:
        for bold in (False, True):
            for italic in (False, True):
                info = fonts.face_info(fonts.face_name(family, bold, italic))
                assert (info.family, info.bold, info.italic) == (family, bold, italic)
    assert fonts.face_name("NotoSans") == "NotoSans"
    assert fonts.face_name("Andika", italic=True) == "Andika-Italic"
    # script fallbacks without italics give their nearest face
    assert fonts.face_name("NotoNaskhArabic", bold=True, italic=True) == "NotoNaskhArabic-Bold"
    assert fonts.face_name("LifebookHanziSC", bold=True) == "LifebookHanziSC"


@pytest.mark.parametrize("bad", ["Comic Sans", "Andika-Heavy", "", "Helvetica"])
def test_unknown_faces_are_refused(bad: str) -> None:
    with pytest.raises(fonts.FontError):
        fonts.font_path(bad)


def test_unknown_family_is_refused() -> None:
    with pytest.raises(fonts.FontError, match="Helvetica"):
        fonts.face_name("Helvetica")


@pytest.mark.parametrize(
    "face", ["Andika", "Andika-Bold", "AtkinsonHyperlegible-Italic", "NotoSans"]
)
def test_string_width_equals_reportlab_for_the_same_ttf(face: str) -> None:
    text = "Sam's life story: Ŵ ŷ é — “quotes” 123"
    own = TTFont(f"check-{face}", str(fonts.font_path(face)))
    expected = own.stringWidth(text, 15)
    assert fonts.string_width(text, face, 15) == pytest.approx(expected, rel=1e-12)
    # and each character's width adds up to the string's width (no kerning)
    total = sum(fonts.char_width(ch, face, 15) for ch in text)
    assert total == pytest.approx(expected, rel=1e-9)


def test_registered_ttf_measures_the_same_through_pdfmetrics() -> None:
    from reportlab.pdfbase import pdfmetrics

    face = "Andika-BoldItalic"
    if face not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(fonts.ttf(face))
    assert stringWidth("Hello, Biscuit!", face, 21) == pytest.approx(
        fonts.string_width("Hello, Biscuit!", face, 21)
    )


def test_widths_scale_with_size_and_differ_between_faces() -> None:
    text = "Wonderful"
    assert fonts.string_width(text, "Andika", 20) == pytest.approx(
        2 * fonts.string_width(text, "Andika", 10)
    )
    assert fonts.string_width(text, "Andika-Bold", 10) != fonts.string_width(text, "Andika", 10)


def test_vertical_metrics_come_from_the_font() -> None:
    m = fonts.metrics("Andika")
    face = TTFont("check-andika-metrics", str(fonts.font_path("Andika"))).face
    assert m.ascent == pytest.approx(face.ascent / 1000)
    assert m.descent == pytest.approx(face.descent / 1000)
    assert m.descent < 0 < m.cap_height < m.ascent
    assert fonts.ascent("Andika", 10) == pytest.approx(10 * m.ascent)
    assert fonts.descent("Andika", 10) == pytest.approx(10 * m.descent)


def test_glyph_coverage_reads_the_cmap() -> None:
    cmap = TTFont("check-atkinson", str(fonts.font_path("AtkinsonHyperlegible"))).face.charToGlyph
    for ch in "Aaŵ€😀\U00010000":
        assert fonts.has_glyph("AtkinsonHyperlegible", ch) == (ord(ch) in cmap)
    assert fonts.has_glyph("Andika", "a")
    assert fonts.any_face_has("😀")  # Noto Emoji
    assert not fonts.any_face_has("\U00010000")
    assert not fonts.any_face_has("\U0001d11e")


def test_face_for_char_falls_back_to_noto_keeping_the_style() -> None:
    # Atkinson Hyperlegible has no Welsh w-circumflex; Noto Sans does (checked, not assumed)
    assert not fonts.has_glyph("AtkinsonHyperlegible-Bold", "ŵ")
    assert fonts.has_glyph("NotoSans-Bold", "ŵ")
    assert fonts.face_for_char("ŵ", "AtkinsonHyperlegible", bold=True) == "NotoSans-Bold"
    assert (
        fonts.face_for_char("w", "AtkinsonHyperlegible", bold=True) == "AtkinsonHyperlegible-Bold"
    )
    assert fonts.face_for_char("\U00010000", "Andika") is None
    assert fonts.face_for_char("😀", "Andika", chain=("NotoSans", "NotoEmoji")) == "NotoEmoji"
