"""Book templates' default texts can be translated: <kind>.<locale>.toml is chosen by locale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lifebook.layout.templates import book_template, book_template_path, locale_candidates
from lifebook.model.enums import BookKind
from lifebook.resources import templates_dir


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    root = tmp_path / "templates"
    shutil.copytree(templates_dir(), root)
    base = (root / "books" / "life-story.toml").read_text(encoding="utf-8")
    welsh = base.replace('title = "{name}\'s life story"', 'title = "Stori bywyd {name}"', 1)
    welsh = welsh.replace('title = "All about me now"', 'title = "Popeth amdana i nawr"')
    (root / "books" / "life-story.cy.toml").write_text(welsh, encoding="utf-8")
    return root


def test_the_locale_names_the_most_specific_file_first() -> None:
    assert locale_candidates("cy_GB.UTF-8") == ["cy_GB", "cy"]
    assert locale_candidates("pt-br") == ["pt_BR", "pt"]
    assert locale_candidates("cy") == ["cy"]
    assert locale_candidates("") == []
    assert locale_candidates("../../etc") == []  # never a path


def test_a_translated_book_template_is_used_for_its_language(templates: Path) -> None:
    welsh = book_template(BookKind.LIFE_STORY, templates, locale="cy_GB")
    assert welsh.title == "Stori bywyd {name}"
    assert "Popeth amdana i nawr" in [s.title for s in welsh.sections]
    english = book_template(BookKind.LIFE_STORY, templates, locale="en_GB")
    assert english.title == "{name}'s life story"
    assert "All about me now" in [s.title for s in english.sections]
    # a language with no translation falls back to UK English
    assert book_template(BookKind.LIFE_STORY, templates, locale="fr_FR").title == english.title
    assert book_template_path(BookKind.WORDS_AND_PICTURES, templates, "cy").name == "words-and-pictures.toml"


def test_the_language_comes_from_lifebook_locale(templates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIFEBOOK_LOCALE", "cy_GB.UTF-8")
    assert book_template(BookKind.LIFE_STORY, templates).title == "Stori bywyd {name}"
    monkeypatch.setenv("LIFEBOOK_LOCALE", "en_GB")
    assert book_template(BookKind.LIFE_STORY, templates).title == "{name}'s life story"


def test_a_translated_qa_checklist_is_used_for_its_language(templates: Path) -> None:
    from lifebook.checks.checklists import checklist_for

    base = (templates / "qa" / "life-story.toml").read_text(encoding="utf-8")
    english = checklist_for(BookKind.LIFE_STORY, templates, locale="en_GB")
    first = english.items[0]
    welsh_text = base.replace(f'"{english.title}"', '"Rhestr wirio sicrhau ansawdd"', 1)
    (templates / "qa" / "life-story.cy.toml").write_text(welsh_text, encoding="utf-8")
    welsh = checklist_for(BookKind.LIFE_STORY, templates, locale="cy_GB")
    assert welsh.title == "Rhestr wirio sicrhau ansawdd" != english.title
    assert welsh.key == english.key and welsh.items[0].key == first.key  # answers stay comparable
    assert checklist_for(BookKind.LIFE_STORY, templates, locale="fr").title == english.title
    broken = welsh_text.replace('key = "honest-why"', 'key = "honest"', 1)
    (templates / "qa" / "life-story.cy.toml").write_text(broken, encoding="utf-8")
    from lifebook.checks.checklists import ChecklistError
    with pytest.raises(ChecklistError, match="life-story.cy.toml: its items' keys"):
        checklist_for(BookKind.LIFE_STORY, templates, locale="cy")
