"""The window lists why each photo was refused in the user's language (issue 17).

The reasons are found in the import pool's worker processes, which have no
translator; the window's catalogue must still be what words them.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from lifebook.services.children import add_child
from lifebook.services.photo_intake import POOL_FROM
from lifebook.ui.main_window import MainWindow
from tests.photo_files import docx_renamed, truncated_jpeg
from tests.ui.test_translation import _all_in_the_catalogue, pseudo


def test_the_window_lists_each_refusal_in_the_users_language(
    qtbot, library, pseudo_translated, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from lifebook.ui.jobs import InlineJobRunner

    window = MainWindow(library, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    child = add_child(window.library, "Ruby Jones")
    window.refresh(("child", child.id))
    good = []
    for k in range(POOL_FROM):  # enough photos for the import to use worker processes
        good.append(tmp_path / f"garden-{k}.jpg")
        Image.new("RGB", (640, 480), (40 * k, 120, 90)).save(good[-1], "JPEG")
    bad = [truncated_jpeg(tmp_path / "half.jpg"), docx_renamed(tmp_path / "letter.jpg")]
    window.import_files([*good, *bad])
    assert window.photo_model.rowCount() == POOL_FROM
    lines = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert [line.split(": ", 1)[0] for line in lines] == [str(p) for p in bad]
    reasons = [line.split(": ", 1)[1] for line in lines]
    assert all(pseudo(reason) for reason in reasons), reasons
    assert "is damaged: the file stops part-way" in reasons[0]
    assert "is not a picture Lifebook can read" in reasons[1]
    assert ("render.images", "is not a picture Lifebook can read (the file's contents are not an "
            "image)") in pseudo_translated.asked
    # the status bar's summary: whole sentences, each through the catalogue
    said = window.statusBar().currentMessage()
    assert said.startswith(f"[Imported {POOL_FROM} photos.") and "] [2 could not be imported (see the list)." in said
    assert ("PhotoActions", "Imported {n} photos.") in pseudo_translated.asked
    assert ("PhotoActions", "{n} could not be imported (see the list).") in pseudo_translated.asked
    _all_in_the_catalogue(pseudo_translated)
