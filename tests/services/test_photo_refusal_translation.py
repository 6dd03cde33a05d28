"""Why a photo was refused is said in the user's language, though a worker process found it.

The reasons are made in the import pool's worker processes, which have no
translator (they are spawned, so nothing set in the window reaches them).
``ImageRejected`` keeps its sentence, context and values across the process
boundary and is translated where it is put into words: here, in the process
that reports the import.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from photo_files import corrupt_jpeg, docx_renamed, truncated_jpeg, write_jpeg

from lifebook import i18n
from lifebook.i18n import QT_TRANSLATE_NOOP
from lifebook.render.images import ImageRejected
from lifebook.services import photo_intake as intake
from lifebook.services import photos
from lifebook.store.db import Library

TRUNCATED = "is damaged: the file stops part-way through the picture (truncated)"
NOT_A_PICTURE = "is not a picture Lifebook can read (the file's contents are not an image)"
CORRUPT = "is damaged and cannot be decoded (broken data stream when reading image file)"


def pseudo(context: str, text: str) -> str:
    """A pseudo-translation: brackets the sentence (placeholders kept) and names its context."""
    return f"[{context}: {text}]"


@pytest.fixture
def translated():  # type: ignore[no-untyped-def]
    i18n.set_translator(pseudo)
    yield
    i18n.set_translator(None)


def _import_with_bad_files(library: Library, child_id: int, folder: Path, monkeypatch):  # type: ignore[no-untyped-def]
    good = [write_jpeg(folder / f"p{k}.jpg", (640, 480), colour=(k * 60, 80, 140)) for k in range(4)]
    bad = [truncated_jpeg(folder / "half.jpg"), docx_renamed(folder / "letter.jpg"),
           corrupt_jpeg(folder / "scrambled.jpg")]
    pools: list[int | None] = []
    real = intake.start_pool

    def counting(workers: int | None = None) -> intake.Executor:
        pools.append(workers)
        return real(workers)

    monkeypatch.setattr(intake, "start_pool", counting)
    report = photos.import_photos(library, child_id, [*good[:2], *bad, *good[2:]])
    assert pools, "the photos were not prepared in worker processes"
    assert len(report.imported) == 4
    return {Path(r.file).name: r.reason for r in report.rejected}


def test_reasons_found_in_a_worker_are_translated_where_they_are_shown(
    library: Library, child_id: int, photo_dir: Path, monkeypatch, translated
) -> None:
    reasons = _import_with_bad_files(library, child_id, photo_dir, monkeypatch)
    assert reasons == {
        "half.jpg": f"[render.images: {TRUNCATED}]",
        "letter.jpg": f"[render.images: {NOT_A_PICTURE}]",
        "scrambled.jpg": f"[render.images: {CORRUPT}]",  # the value is filled in after translation
    }


def test_without_a_translator_the_reasons_are_the_english_sentences(
    library: Library, child_id: int, photo_dir: Path, monkeypatch
) -> None:
    reasons = _import_with_bad_files(library, child_id, photo_dir, monkeypatch)
    assert reasons == {"half.jpg": TRUNCATED, "letter.jpg": NOT_A_PICTURE, "scrambled.jpg": CORRUPT}


def test_a_refusal_pickles_as_its_sentence_context_and_values(translated) -> None:
    made = ImageRejected(QT_TRANSLATE_NOOP("services.photos", "cannot be read ({why})"),
                         "services.photos", why="Input/output error")
    again = pickle.loads(pickle.dumps(made))
    assert type(again) is ImageRejected
    assert (again.text, again.context, again.values) == (
        "cannot be read ({why})", "services.photos", {"why": "Input/output error"})
    assert str(again) == "[services.photos: cannot be read (Input/output error)]"
    assert again.args == ("cannot be read (Input/output error)",)  # logs keep the English


def test_a_translation_with_broken_placeholders_gives_the_english_sentence() -> None:
    i18n.set_translator(lambda context, text: "ne peut pas être lu ({raison})")
    try:
        made = ImageRejected(QT_TRANSLATE_NOOP("render.images", "could not be read ({why})"),
                             why="Permission denied")
        assert str(made) == "could not be read (Permission denied)"
    finally:
        i18n.set_translator(None)
