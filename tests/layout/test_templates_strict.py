"""Templates are a strict contract: a typo is an error naming the file, the key
and the allowed names, never silence; behaviour comes from options, not names."""

from __future__ import annotations

from pathlib import Path

import pytest

from lifebook.layout.templates import (
    TemplateError,
    autoflow_templates,
    book_template,
    page_template,
    page_templates,
)
from lifebook.model.enums import BookKind

PAGE = """key = "{key}"
name = "Test"
{extra}
[[frames]]
key = "text"
kind = "text"
box = ["margin", "margin", "50%", "50%"]
{frame_extra}
"""


def _pages(tmp_path: Path, extra: str = "", frame_extra: str = "") -> Path:
    (tmp_path / "pages").mkdir(exist_ok=True)
    (tmp_path / "pages" / "mine.toml").write_text(
        PAGE.format(key="mine", extra=extra, frame_extra=frame_extra))
    page_templates.cache_clear()
    return tmp_path


@pytest.fixture(autouse=True)
def _fresh_cache():  # type: ignore[no-untyped-def]
    yield
    page_templates.cache_clear()
    book_template.cache_clear()


@pytest.mark.parametrize(
    ("extra", "frame_extra", "message"),
    [
        ("", "blead = true", "mine.toml: frame 'text' has unknown setting 'blead'; allowed: .*bleed"),
        ("backgroud = 'paper'", "", "mine.toml: the page template has unknown setting 'backgroud'"),
        ("", 'style = "bodytext"', "mine.toml: frame 'text' has style 'bodytext'.*known: .*body"),
    ],
)
def test_a_typo_in_a_page_template_is_refused(tmp_path: Path, extra: str, frame_extra: str,
                                              message: str) -> None:
    root = _pages(tmp_path, extra, frame_extra)
    with pytest.raises(TemplateError, match=message):
        page_templates(root)


def test_a_typo_in_a_book_template_is_refused(tmp_path: Path) -> None:
    (tmp_path / "books").mkdir()
    (tmp_path / "books" / "life-story.toml").write_text(
        'title = "x"\n[[sections]]\ntitle = "Me"\n[[sections.pages]]\ntemplate = "text-only"\n'
        'promt = "typo"\n')
    with pytest.raises(TemplateError, match="life-story.toml: a page of section 'Me' has "
                                            "unknown setting 'promt'"):
        book_template(BookKind.LIFE_STORY, tmp_path)
    (tmp_path / "books" / "life-story.toml").write_text(
        'title = "x"\n[[sections]]\ntitle = "Me"\n[[sections.pages]]\ntemplate = "text-onyl"\n')
    book_template.cache_clear()
    with pytest.raises(TemplateError, match="'text-onyl', which does not exist"):
        book_template(BookKind.LIFE_STORY, tmp_path)


def test_page_numbers_and_autoflow_are_template_options() -> None:
    assert page_template("cover").page_number is False
    assert page_template("text-only").page_number is True
    assert autoflow_templates() == {1: "photo-text", 2: "two-photos", 3: "three-photos",
                                    4: "four-photos"}
