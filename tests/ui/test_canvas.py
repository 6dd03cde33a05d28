"""The page canvas and its screen images, driven through the real widget with qtbot.

Background work runs inline (InlineJobRunner, synchronous ScreenImages), so
every test is deterministic; one test runs ScreenImages on real threads.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication

from lifebook.layout.display import ImageItem, Rect
from lifebook.services.demo import create_demo
from lifebook.store.db import Library
from lifebook.ui.editor.canvas import PageCanvas
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.mime import FRAME_MIME, MEDIA_MIME
from lifebook.ui.editor.screen_images import ImageKey, ScreenImages, bucket, bucket_size, key_for
from lifebook.ui.jobs import InlineJobRunner

FOUR_PHOTOS = 2  # index of the demo book's "Things Poppy loves" page (four photos)
NO = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample book made once; each test gets its own copy of the library folder."""
    folder = tmp_path_factory.mktemp("demo")
    lib = Library.open(folder / "library.sqlite3")
    create_demo(lib)
    lib.close()
    return folder


@pytest.fixture
def doc(demo_template: Path, tmp_path: Path) -> Iterator[BookDocument]:
    folder = tmp_path / "lib"
    shutil.copytree(demo_template, folder)
    lib = Library.open(folder / "library.sqlite3")
    from lifebook.store.models import Book

    with lib.session() as s:
        book_id = s.query(Book.id).scalar()
    document = BookDocument(lib, book_id)
    yield document
    lib.close()


@pytest.fixture
def canvas(qtbot, doc: BookDocument) -> PageCanvas:
    view = PageCanvas(doc, images=ScreenImages(synchronous=True), runner=InlineJobRunner())
    qtbot.addWidget(view)
    view.resize(700, 800)
    view.show()
    doc.selection.select_page(doc.pages[FOUR_PHOTOS].page_id)
    return view


# --- helpers --------------------------------------------------------------------


def page_id(doc: BookDocument, index: int = FOUR_PHOTOS) -> int:
    return doc.pages[index].page_id


def centre(canvas: PageCanvas, pid: int, key: str) -> QPoint:
    return canvas.frame_rect(pid, key).center().toPoint()


def frame(doc: BookDocument, pid: int, key: str):  # type: ignore[no-untyped-def]
    page = doc.page(pid)
    assert page is not None
    return page.frames.get(key)


def media_of(doc: BookDocument, pid: int, key: str) -> int | None:
    content = frame(doc, pid, key)
    return content.media.media_id if content and content.media else None


def crop_of(doc: BookDocument, pid: int, key: str) -> tuple[float, float, float]:
    c = frame(doc, pid, key).crop
    return (c.centre_x, c.centre_y, c.zoom)


def mouse(canvas: PageCanvas, kind: QEvent.Type, pos: QPoint, buttons=LEFT, mods=NO) -> None:  # type: ignore[no-untyped-def]
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    global_pos = canvas.viewport().mapToGlobal(pos)
    event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), button, buttons, mods)
    QApplication.sendEvent(canvas.viewport(), event)


def wheel(canvas: PageCanvas, pos: QPoint, notches: int, mods=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    event = QWheelEvent(QPointF(pos), QPointF(canvas.viewport().mapToGlobal(pos)), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, mods,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), event)


def drop(canvas: PageCanvas, pos: QPoint, mime: QMimeData) -> QDropEvent:
    """Enter, move over ``pos`` and drop there, as a real drag does."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(canvas.viewport(), kind(pos, actions, mime, LEFT, NO))
    event = QDropEvent(QPointF(pos), actions, mime, LEFT, NO)
    QApplication.sendEvent(canvas.viewport(), event)
    return event


def grab(canvas: PageCanvas) -> QImage:
    return canvas.viewport().grab().toImage()


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y)
               for y in range(0, a.height(), 2) for x in range(0, a.width(), 2))


# --- showing pages ------------------------------------------------------------------


def test_canvas_shows_the_selected_page_with_its_photos(canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc)
    assert canvas.shown_pages() == [pid]
    image = grab(canvas)
    # the middle of a photo frame shows the photo, not the placeholder or the backdrop
    at = centre(canvas, pid, "photo1")
    shown = QColor(image.pixel(at))
    assert shown != QColor("#EFE7DC") and shown != QColor("#E9E3DA")
    doc.selection.select_page(page_id(doc, 4))
    assert canvas.shown_pages() == [page_id(doc, 4)]
    assert differing_pixels(image, grab(canvas)) > 1000


def test_clicking_selects_the_frame_and_empty_paper_selects_none(qtbot, canvas: PageCanvas,
                                                                 doc: BookDocument) -> None:
    pid = page_id(doc)
    with qtbot.waitSignal(doc.selection.frame_selected) as blocker:
        qtbot.mouseClick(canvas.viewport(), LEFT, NO, centre(canvas, pid, "photo2"))
    assert blocker.args == [pid, "photo2"]
    assert doc.selection.frame_key == "photo2"
    qtbot.mouseClick(canvas.viewport(), LEFT, NO, centre(canvas, pid, "caption3"))
    assert doc.selection.frame_key == "caption3"
    corner = canvas.view_point(pid, 6, 6).toPoint()  # paper, in no frame
    qtbot.mouseClick(canvas.viewport(), LEFT, NO, corner)
    assert doc.selection.frame_key == "" and doc.selection.page_id == pid


def test_frame_at_prefers_the_topmost_frame(canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc, 0)  # the cover: a full-bleed photo under the title
    doc.selection.select_page(pid)
    layout = doc.layout(pid)
    assert layout is not None
    title = next(f for f in layout.frames if f.key == "title")
    hit = canvas.frame_at(canvas.frame_rect(pid, "title").center())
    assert hit is not None and hit[1] == title


def test_dropping_a_photo_places_it_and_undo_takes_it_out(canvas: PageCanvas,
                                                          doc: BookDocument) -> None:
    pid = page_id(doc)
    doc.place_photo(pid, "photo3", None)
    assert media_of(doc, pid, "photo3") is None
    media_id = media_of(doc, page_id(doc, 1), "photo1")
    assert media_id is not None
    mime = QMimeData()
    mime.setData(MEDIA_MIME, str(media_id).encode())
    steps = doc.undo_stack.count()
    event = drop(canvas, centre(canvas, pid, "photo3"), mime)
    assert event.isAccepted()
    assert media_of(doc, pid, "photo3") == media_id
    assert doc.undo_stack.count() == steps + 1
    assert doc.selection.frame_key == "photo3"
    doc.undo_stack.undo()
    assert media_of(doc, pid, "photo3") is None


def test_a_photo_is_not_dropped_on_a_text_frame(canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc)
    mime = QMimeData()
    mime.setData(MEDIA_MIME, str(media_of(doc, pid, "photo1")).encode())
    steps = doc.undo_stack.count()
    event = drop(canvas, centre(canvas, pid, "heading"), mime)
    assert not event.isAccepted()
    assert doc.undo_stack.count() == steps


def test_dropping_one_frame_on_another_swaps_their_photos(canvas: PageCanvas,
                                                          doc: BookDocument) -> None:
    pid = page_id(doc)
    first, second = media_of(doc, pid, "photo1"), media_of(doc, pid, "photo4")
    mime = QMimeData()
    mime.setData(FRAME_MIME, f"{pid}:photo1".encode())
    mime.setData(MEDIA_MIME, str(first).encode())  # frame wins over media: swap, not copy
    drop(canvas, centre(canvas, pid, "photo4"), mime)
    assert (media_of(doc, pid, "photo1"), media_of(doc, pid, "photo4")) == (second, first)
    doc.undo_stack.undo()
    assert (media_of(doc, pid, "photo1"), media_of(doc, pid, "photo4")) == (first, second)


def test_files_dropped_from_the_desktop_are_imported_into_the_frame(
    qtbot, canvas: PageCanvas, doc: BookDocument, tmp_path: Path
) -> None:
    pid = page_id(doc)
    path = tmp_path / "beach.jpg"
    Image.new("RGB", (640, 480), (20, 120, 200)).save(path, "JPEG")
    before = media_of(doc, pid, "photo2")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(canvas.photos_imported) as blocker:
        drop(canvas, centre(canvas, pid, "photo2"), mime)
    report = blocker.args[0]
    assert len(report.imported) == 1
    assert media_of(doc, pid, "photo2") == report.imported[0].id != before
    shown = QColor(grab(canvas).pixel(centre(canvas, pid, "photo2")))
    assert shown.blue() > 150 and shown.red() < 80  # the new blue photo is on screen


# --- moving and zooming a photo in its frame ---------------------------------------------


def test_dragging_in_adjust_mode_moves_the_photo_as_one_undo_step(
    qtbot, canvas: PageCanvas, doc: BookDocument
) -> None:
    pid = page_id(doc)
    start = centre(canvas, pid, "photo2")
    before = crop_of(doc, pid, "photo2")
    qtbot.mouseDClick(canvas.viewport(), LEFT, NO, start)
    assert canvas.adjust_mode()
    steps = doc.undo_stack.count()
    mouse(canvas, QEvent.Type.MouseButtonPress, start)
    for dx in (10, 20, 30):  # the photo follows the mouse to the left
        mouse(canvas, QEvent.Type.MouseMove, start - QPoint(dx, 0))
    mouse(canvas, QEvent.Type.MouseButtonRelease, start - QPoint(30, 0), Qt.MouseButton.NoButton)
    after = crop_of(doc, pid, "photo2")
    assert after[0] > before[0] + 0.01  # more of the photo's right side shows
    assert after[2] == before[2]
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert crop_of(doc, pid, "photo2") == pytest.approx(before)
    # Escape leaves adjust mode; a second drag is its own undo step
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not canvas.adjust_mode()


def test_alt_drag_moves_the_photo_without_adjust_mode(canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc)
    start = centre(canvas, pid, "photo2")
    before = crop_of(doc, pid, "photo2")
    alt = Qt.KeyboardModifier.AltModifier
    mouse(canvas, QEvent.Type.MouseButtonPress, start, mods=alt)
    mouse(canvas, QEvent.Type.MouseMove, start + QPoint(25, 0), mods=alt)
    mouse(canvas, QEvent.Type.MouseButtonRelease, start + QPoint(25, 0), Qt.MouseButton.NoButton, alt)
    assert crop_of(doc, pid, "photo2")[0] < before[0] - 0.01


def test_ctrl_wheel_zooms_the_selected_photo_and_otherwise_the_page(
    qtbot, canvas: PageCanvas, doc: BookDocument
) -> None:
    pid = page_id(doc)
    at = centre(canvas, pid, "photo2")
    qtbot.mouseClick(canvas.viewport(), LEFT, NO, at)
    steps = doc.undo_stack.count()
    wheel(canvas, at, 2)
    wheel(canvas, at, 1)
    canvas.flush_pending()  # also saved by itself after a short pause
    assert crop_of(doc, pid, "photo2")[2] == pytest.approx(1.1**3)
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert crop_of(doc, pid, "photo2")[2] == 1.0
    # over another frame, Ctrl + wheel zooms the page instead
    percent = canvas.zoom_percent()
    wheel(canvas, centre(canvas, pid, "photo4"), 1)
    assert canvas.zoom_percent() > percent and not canvas.is_fit()
    assert crop_of(doc, pid, "photo4")[2] == 1.0


def test_wheel_zoom_is_saved_after_a_pause(qtbot, canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc)
    at = centre(canvas, pid, "photo1")
    qtbot.mouseClick(canvas.viewport(), LEFT, NO, at)
    wheel(canvas, at, 1)
    qtbot.waitUntil(lambda: crop_of(doc, pid, "photo1")[2] > 1.05, timeout=2000)


def test_keys_nudge_remove_photos_and_turn_pages(qtbot, canvas: PageCanvas,
                                                  doc: BookDocument) -> None:
    pid = page_id(doc)
    doc.selection.select_frame(pid, "photo2")
    before = crop_of(doc, pid, "photo2")
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    canvas.flush_pending()
    assert crop_of(doc, pid, "photo2")[0] > before[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert media_of(doc, pid, "photo2") is None
    doc.undo_stack.undo()
    assert media_of(doc, pid, "photo2") is not None
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.shown_pages() == [page_id(doc, FOUR_PHOTOS + 1)]
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.shown_pages() == [pid]


# --- zoom, spreads and guides -------------------------------------------------------------


def test_zoom_fit_actual_size_and_steps(qtbot, canvas: PageCanvas, doc: BookDocument) -> None:
    assert canvas.is_fit()
    fit = canvas.scale()
    layout = doc.layout(page_id(doc))
    assert layout is not None
    assert (layout.height + 2 * layout.bleed) * fit <= canvas.viewport().height()
    with qtbot.waitSignal(canvas.zoom_changed) as blocker:
        canvas.zoom_actual()
    assert blocker.args[0] == pytest.approx(100.0)
    assert canvas.scale() == pytest.approx(canvas.logicalDpiX() / 72.0)
    assert canvas.verticalScrollBar().maximum() > 0  # an A4 page is taller than 800 px
    canvas.zoom_in()
    assert canvas.zoom_percent() == pytest.approx(125.0)
    canvas.zoom_out()
    canvas.zoom_out()
    assert canvas.zoom_percent() == pytest.approx(75.0)
    canvas.zoom_fit()
    assert canvas.is_fit() and canvas.scale() == pytest.approx(fit)


def test_spread_mode_pairs_pages_two_and_three_with_page_one_alone(
    qtbot, canvas: PageCanvas, doc: BookDocument
) -> None:
    single = grab(canvas)
    canvas.set_spread_mode(True)
    ids = [p.page_id for p in doc.pages]
    assert canvas.shown_pages() == [ids[1], ids[2]]  # page 3 is selected
    slots = canvas.slots()
    assert slots[0].origin.x() < slots[1].origin.x()
    image = grab(canvas)
    for slot in slots:  # both pages are painted
        inside = (slot.origin + QPointF(20, 20)).toPoint()
        assert QColor(image.pixel(inside)) != QColor("#E9E3DA")
    assert differing_pixels(single, image) > 1000
    doc.selection.select_page(ids[0])
    assert canvas.shown_pages() == [ids[0]]
    canvas.next_page()
    assert canvas.shown_pages() == [ids[1], ids[2]]
    canvas.next_page()
    assert canvas.shown_pages() == [ids[3], ids[4]]
    canvas.previous_page()
    canvas.previous_page()
    assert canvas.shown_pages() == [ids[0]]


def test_guides_change_what_is_painted(canvas: PageCanvas) -> None:
    plain = grab(canvas)
    for show in (canvas.show_trim, canvas.show_safe_margin, canvas.show_bleed):
        show(True)
        now = grab(canvas)
        assert differing_pixels(plain, now) > 50
        show(False)
        assert differing_pixels(plain, grab(canvas)) == 0


def test_selected_frame_is_outlined(canvas: PageCanvas, doc: BookDocument) -> None:
    pid = page_id(doc)
    plain = grab(canvas)
    doc.selection.select_frame(pid, "caption1")
    assert differing_pixels(plain, grab(canvas)) > 50


# --- screen images ----------------------------------------------------------------------


def _item(doc: BookDocument) -> ImageItem:
    layout = doc.layout(page_id(doc))
    assert layout is not None
    return next(i for i in layout.items if isinstance(i, ImageItem))


def test_sizes_are_bucketed_so_zooming_does_not_decode_again() -> None:
    assert bucket(1) == 64 and bucket(64) == 64 and bucket(65) == 128 and bucket(1100) == 1280
    assert bucket_size(300, 200) == (320, 213)
    assert max(bucket_size(20000, 10000)) == 4096


def test_screen_images_cache_and_fall_back(qtbot, doc: BookDocument) -> None:
    images = ScreenImages(synchronous=True)
    item = _item(doc)
    first = images(item, 300, 300)
    assert first is not None and images.builds == 1
    assert images(item, 310, 290) is first  # same bucket: no new decode
    assert images.builds == 1
    images.prefetch_whole(item, 300, 300)
    assert images.builds == 2
    # another crop of the same photo is cut out of the whole photo while its own is made
    moved = ImageItem(item.rect, item.sha256, item.media_id, item.source_path,
                      (0.05, 0.05, 0.55, 0.55), item.orientation, item.rotation)
    threaded = ScreenImages(runner=_Deferred())
    whole = dataclasses.replace(key_for(item, 2048, 1536), crop=(0.0, 0.0, 1.0, 1.0))
    threaded._insert(whole, QImage(2048, 1536, QImage.Format.Format_RGB32))
    stand_in = threaded(moved, 200, 200)
    assert stand_in is not None and stand_in.width() == 1024
    assert threaded.pending == 1


def test_memory_budget_evicts_the_least_recently_used() -> None:
    images = ScreenImages(synchronous=True, budget_bytes=3 * 64 * 64 * 4)
    keys = [ImageKey(f"{n:064d}", 1, 0, (0.0, 0.0, 1.0, 1.0), 64, 64) for n in range(5)]
    for key in keys:
        images._insert(key, QImage(64, 64, QImage.Format.Format_RGB32))
    assert len(images) == 3 and images.cached_bytes <= images.budget_bytes
    assert keys[0] not in images and keys[4] in images


def test_threaded_images_are_made_off_the_ui_thread(qtbot, doc: BookDocument) -> None:
    threads: list[QThread] = []

    def builder(key: ImageKey, path: str) -> QImage:
        threads.append(QThread.currentThread())
        image = QImage(key.width, key.height, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        return image

    images = ScreenImages(builder=builder)
    item = _item(doc)
    with qtbot.waitSignal(images.ready, timeout=5000):
        assert images(item, 200, 150) is None  # not ready yet: the painter shows a placeholder
    assert threads and threads[0] is not QApplication.instance().thread()
    ready = images(item, 200, 150)
    assert ready is not None and ready.width() == 256
    images.shutdown()


def test_unreadable_photos_become_placeholders(doc: BookDocument) -> None:
    images = ScreenImages(synchronous=True)
    missing = ImageItem(Rect(0, 0, 100, 100), "0" * 64, 1, "/nowhere/photo.jpg",
                        (0.0, 0.0, 1.0, 1.0))
    assert images(missing, 100, 100) is None
    assert images(missing, 100, 100) is None and len(images) == 0


class _Deferred:
    """A runner that never runs its jobs (they stay pending)."""

    def start(self, job: object) -> None:
        self.job = job
