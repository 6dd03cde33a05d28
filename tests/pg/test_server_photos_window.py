"""Opening a team library's book on a laptop that has not seen its photos (issue 18).

The window brings the photos from the server first, as a background job with
progress and Cancel, and only then opens the editor; a cancel leaves the book
closed and keeps what was fetched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from lifebook.services import books, pages, photo_cache, photos
from lifebook.services.content import load_book_content
from lifebook.store.media import MediaStore
from lifebook.ui.jobs import InlineJobRunner
from lifebook.ui.main_window import MainWindow
from tests.pg.conftest import Laptop
from tests.pg.test_server_photos import _jo_imports
from tests.pg_server import Team

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def test_a_book_opened_on_a_new_laptop_brings_its_photos_first_and_can_be_cancelled(
        qtbot, team: Team, laptop: Laptop, big_photo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    jo, book_id, _media_id, _sha = _jo_imports(team, laptop, big_photo)
    second = tmp_path / "camera" / "park.png"
    Image.new("RGB", (1800, 1200), (40, 120, 60)).save(second)
    child_id = books.book_info_by_id(jo, book_id).child_id
    [park] = photos.import_photos(jo, child_id, [second], use_agreed=True).imported
    pages.place_photo(jo, load_book_content(jo, book_id).pages[3].page_id, "photo1", park.id)

    mo = laptop("mo", team.mo)
    files = photo_cache.book_photo_files(mo, book_id)
    assert len(files) == 2
    cached = [MediaStore.path_for(mo.media, sha, fmt) for sha, fmt in files]  # where, without fetching
    assert not any(p.exists() for p in cached)

    window = MainWindow(mo, InlineJobRunner())
    qtbot.addWidget(window)
    window.show()
    fetch = mo.media.path_for
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    asked: list[str] = []

    def cancel_after_one(sha: str, fmt: str) -> Path:  # the user presses Cancel after the first
        asked.append(sha)
        path = fetch(sha, fmt)
        window.cancel_job()
        return path
    monkeypatch.setattr(mo.media, "path_for", cancel_after_one)
    window.open_book(book_id)
    assert window.editor is None  # not opened
    assert any(m.startswith("Opening ") for m in messages)  # the job said what it was doing
    assert "Bringing photo 1 of 2 from the team server…" in messages
    assert "Bringing photo 2 of 2 from the team server…" not in messages
    assert window.statusBar().currentMessage() == (
        "The book was not opened. The photos brought so far stay on this laptop.")
    assert asked == [files[0][0]] and cached[0].exists()  # the first kept, the second not asked for
    assert window.current_selection() == ("child", child_id)

    monkeypatch.setattr(mo.media, "path_for", fetch)
    window.open_book(book_id)  # again, to the end this time
    assert window.editor is not None and window.editor.doc.book_id == book_id
    assert all(p.exists() for p in cached)
    window.close_editor()
