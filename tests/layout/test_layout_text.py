"""Formatted runs, line breaking with real font metrics, fallback, missing glyphs and overflow."""

from __future__ import annotations

import pytest
from layout_helpers import LOREM

from lifebook.layout import fonts
from lifebook.layout.display import Rect
from lifebook.layout.styles import TextStyle, load_styles
from lifebook.layout.text import Span, layout_text, paragraphs, text_findings
from lifebook.model.enums import Severity
from lifebook.model.richtext import BOLD, ITALIC, Mark, RichText, from_legacy_markup

BODY = TextStyle("body", 15, 1.45)
EMOJI, CLEF = "\U00010000", "\U0001d11e"  # Linear B and a clef: no bundled font has them


def _lines(layout) -> list[list]:
    by_line: dict[float, list] = {}
    for run in layout.runs:
        by_line.setdefault(run.baseline, []).append(run)
    return [by_line[k] for k in sorted(by_line)]


def _text(layout) -> str:
    return " ".join("".join(r.text for r in line) for line in _lines(layout))


# --- formatting ----------------------------------------------------------------


def _rich(markup: str) -> RichText:
    """Tests write formatting in the old light markup for brevity."""
    return from_legacy_markup(markup)


def test_marks_become_styled_spans() -> None:
    rich = _rich("**Mum** and *Dad* and ***Biscuit***")
    assert rich.text == "Mum and Dad and Biscuit"
    assert paragraphs(rich)[0].spans == (
        Span("Mum", bold=True),
        Span(" and "),
        Span("Dad", italic=True),
        Span(" and "),
        Span("Biscuit", bold=True, italic=True),
    )


@pytest.mark.parametrize(
    "text", ["2 * 3 = 6", "*unclosed", "a ** b", "**bold**", "*", "a****b", "5*", "***"]
)
def test_asterisks_typed_by_the_user_always_print(text: str) -> None:
    """Formatting is marks, not characters: nothing the user types is ever eaten."""
    out = layout_text(text, Rect(0, 0, 400, 100), BODY, "Andika")
    assert "".join(r.text for r in out.runs) == text
    assert {r.font for r in out.runs} == {"Andika"}


def test_paragraphs_and_line_breaks() -> None:
    paras = paragraphs(RichText.of("First line\nsecond line\n\n\nNew paragraph\r\nlast"))
    assert ["".join(s.text for s in p.spans) for p in paras] == [
        "First line",
        "second line",
        "New paragraph",
        "last",
    ]
    assert [p.space_before for p in paras] == [False, False, True, False]


def test_marks_follow_their_words_across_lines() -> None:
    rich = RichText("one two\nthree four", (Mark(4, 13, BOLD), Mark(14, 18, ITALIC)))
    spans = [p.spans for p in paragraphs(rich)]
    assert spans == [
        (Span("one "), Span("two", bold=True)),
        (Span("three", bold=True), Span(" "), Span("four", italic=True)),
    ]


def test_blank_line_adds_space_between_paragraphs() -> None:
    rect = Rect(0, 0, 300, 300)
    hard = layout_text("one\ntwo", rect, BODY, "Andika")
    para = layout_text("one\n\ntwo", rect, BODY, "Andika")
    line_h = 15 * 1.45
    assert hard.runs[1].baseline - hard.runs[0].baseline == pytest.approx(line_h)
    assert para.runs[1].baseline - para.runs[0].baseline == pytest.approx(1.5 * line_h)


# --- faces -------------------------------------------------------------------


def test_bold_and_italic_runs_use_the_right_faces() -> None:
    out = layout_text(_rich("plain **bold** *italic* ***both***").text, Rect(0, 0, 400, 100), BODY, "Andika",
                      marks=_rich("plain **bold** *italic* ***both***").marks)
    faces = {r.text.strip(): r.font for r in out.runs if r.text.strip()}
    assert faces == {
        "plain": "Andika",
        "bold": "Andika-Bold",
        "italic": "Andika-Italic",
        "both": "Andika-BoldItalic",
    }


def test_bold_style_makes_italic_markup_bold_italic() -> None:
    heading = load_styles().styles["heading"]
    out = layout_text("Sam's new home", Rect(0, 0, 400, 60), heading, "Andika",
                      marks=(Mark(6, 9, ITALIC),))
    assert [r.font for r in out.runs] == ["Andika-Bold", "Andika-BoldItalic", "Andika-Bold"]
    assert all(r.colour == heading.colour for r in out.runs)


def test_fallback_to_noto_for_a_character_andika_lacks() -> None:
    # verified from the cmaps: Andika has no Greek small epsilon, Noto Sans has
    assert not fonts.has_glyph("Andika", "ε") and fonts.has_glyph("NotoSans", "ε")
    out = layout_text("Sam loves ε and ε", Rect(0, 0, 400, 100), BODY, "Andika",
                      marks=(Mark(16, 17, BOLD),))
    eps = [r for r in out.runs if "ε" in r.text]
    assert [(r.text, r.font) for r in eps] == [("ε", "NotoSans"), ("ε", "NotoSans-Bold")]
    assert "".join(r.text for r in out.runs) == "Sam loves ε and ε"
    assert not out.missing


def test_characters_no_font_has_are_left_out_and_named() -> None:
    for ch in (EMOJI, CLEF):
        assert not any(fonts.has_glyph(face, ch) for face in fonts.face_names())
    out = layout_text(f"Happy {EMOJI} day {CLEF}{EMOJI}", Rect(0, 0, 400, 100), BODY, "Andika")
    drawn = "".join(r.text for r in out.runs)
    assert EMOJI not in drawn and CLEF not in drawn
    assert "Happy" in drawn and "day" in drawn
    assert out.missing == (EMOJI, CLEF)
    findings = text_findings(out, page_number=3, page_id=7, frame_key="text")
    assert len(findings) == 1
    f = findings[0]
    assert (f.code, f.severity, f.page_number, f.page_id, f.frame_key) == (
        "missing-glyph",
        Severity.WARNING,
        3,
        7,
        "text",
    )
    assert f.message.startswith("Page 3: 2 characters cannot be printed")
    assert f"'{EMOJI}'" in f.message and f"'{CLEF}'" in f.message


def test_every_drawn_character_has_a_glyph_in_its_face() -> None:
    text = f"Ŵyn ε Ж ŷ “hi” — {EMOJI} café Αθήνα *ŵ* **ε**"
    for family in ("Andika", "AtkinsonHyperlegible"):
        out = layout_text(text, Rect(0, 0, 500, 200), BODY, family)
        for run in out.runs:
            assert all(fonts.has_glyph(run.font, ch) for ch in run.text), (run.font, run.text)


def test_invisible_variation_selector_is_dropped_quietly() -> None:
    out = layout_text("Love ❤\ufe0f", Rect(0, 0, 400, 100), BODY, "Andika")
    assert "\ufe0f" not in out.missing


# --- line breaking -----------------------------------------------------------


@pytest.mark.parametrize("width", [90.0, 150.0, 233.0, 400.0])
@pytest.mark.parametrize("family", ["Andika", "AtkinsonHyperlegible"])
def test_lines_never_exceed_the_frame_and_keep_every_word(width: float, family: str) -> None:
    rect = Rect(20, 30, width, 2000)
    out = layout_text(LOREM, rect, BODY, family)
    assert not out.overflowed
    assert len(_lines(out)) > 1
    for line in _lines(out):
        left = line[0].x
        right = max(r.x + fonts.string_width(r.text, r.font, r.size) for r in line)
        assert left == pytest.approx(rect.x)
        assert right <= rect.right + 1e-6
        # runs abut: each starts where the previous ends (measured with the TTF)
        for a, b in zip(line, line[1:], strict=False):
            assert b.x == pytest.approx(a.x + fonts.string_width(a.text, a.font, a.size))
    assert _text(out).split() == LOREM.split()


def test_greedy_breaks_match_measured_widths() -> None:
    words = LOREM.split()
    width = 200.0
    out = layout_text(LOREM, Rect(0, 0, width, 2000), BODY, "Andika")
    for line in _lines(out)[:-1]:
        text = "".join(r.text for r in line)
        next_word = words[len(text.split())]
        words = words[len(text.split()) :]
        # the next word would not have fitted on this line
        assert fonts.string_width(f"{text} {next_word}", "Andika", 15) > width


def test_a_word_longer_than_the_line_is_broken_by_characters() -> None:
    word = "Supercalifragilisticexpialidocious"
    rect = Rect(0, 0, 80, 500)
    out = layout_text(f"{word} {word}", rect, BODY, "Andika")
    assert out.split_words
    assert "".join(_text(out).split()) == word + word
    for line in _lines(out):
        assert sum(fonts.string_width(r.text, r.font, r.size) for r in line) <= rect.w + 1e-6


@pytest.mark.parametrize(("align", "check"), [("centre", "centre"), ("right", "right")])
def test_alignment(align: str, check: str) -> None:
    style = TextStyle("x", 15, 1.45, align=align)
    rect = Rect(10, 0, 300, 200)
    out = layout_text("Sam and Biscuit\nat the seaside on a sunny day", rect, style, "Andika")
    for line in _lines(out):
        left = line[0].x
        right = line[-1].x + fonts.string_width(line[-1].text, line[-1].font, 15)
        if check == "centre":
            assert (left + right) / 2 == pytest.approx(rect.x + rect.w / 2)
        else:
            assert right == pytest.approx(rect.right)


# --- overflow and shrinking ---------------------------------------------------


def test_overflow_draws_what_fits_and_reports_the_rest() -> None:
    rect = Rect(0, 0, 250, 120)
    out = layout_text(LOREM, rect, BODY, "Andika")
    line_h = 15 * 1.45
    assert out.overflowed
    assert len(_lines(out)) == int(rect.h // line_h)
    assert out.runs[-1].baseline <= rect.bottom
    assert out.size == 15  # body text never shrinks
    drawn = _text(out).split()
    assert drawn + LOREM.split()[len(drawn) :] == LOREM.split()
    assert out.overflow_words == len(LOREM.split()) - len(drawn)
    [finding] = text_findings(out, page_number=4, page_id=9, frame_key="text",
                              where="Page 4 (the text)")
    assert finding.code == "text-overflow" and finding.severity == Severity.ERROR
    assert finding.message.startswith("Page 4 (the text): the text is too long for its box; ")
    assert f"{out.overflow_lines} lines (about {out.overflow_words} words) do not fit" in (
        finding.message
    )


def test_title_shrinks_to_fit_but_not_below_seventy_percent() -> None:
    title = load_styles().styles["title"]
    rect = Rect(0, 0, 300, title.size * title.leading * 1.05)
    short = layout_text("Sam", rect, title, "Andika")
    assert short.size == title.size
    text = "Sam's life story book"
    assert fonts.string_width(text, "Andika-Bold", title.size) > rect.w  # too wide at full size
    longer = layout_text(text, rect, title, "Andika")
    assert not longer.overflowed and len(longer.lines) == 1
    assert title.shrink_to * title.size <= longer.size < title.size
    huge = layout_text(LOREM, rect, title, "Andika")
    assert huge.overflowed
    assert huge.size == pytest.approx(title.shrink_to * title.size)


def test_empty_text_gives_nothing() -> None:
    out = layout_text("  \n\n ", Rect(0, 0, 100, 100), BODY, "Andika")
    assert out.runs == [] and not out.overflowed and out.bounds is None
