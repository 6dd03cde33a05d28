"""Print derivatives: resolution, orientation, colour, metadata stripping, cache, workers."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from export_helpers import (
    RED,
    SKY,
    blank_page,
    decoded,
    image_bytes,
    image_item,
    jpeg_segments,
    swapped_primaries_icc,
    write_photo,
)
from PIL import Image
from tools import need

from lifebook.layout.display import ImageItem, Rect
from lifebook.model.trim import TrimSize, mm_to_pt
from lifebook.render.derivatives import (
    DerivativesCancelled,
    InlineExecutor,
    make_derivatives,
    render_derivative,
    spec_for,
)
from lifebook.render.images import open_image, read_info
from lifebook.render.pdf import PdfInfo, paint_pdf

INFO = PdfInfo("Ruby's life story book", "Sam Okafor", "Life story book for Ruby")
APP1, APP2, APP13, COM = 0xE1, 0xE2, 0xED, 0xFE


def close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=False))


def export_items(tmp_path: Path, items: list[ImageItem], name: str = "photos.pdf") -> Path:
    page = blank_page(TrimSize.A5_PORTRAIT)
    page.items.extend(items)
    made = make_derivatives(items, tmp_path / "cache", executor=InlineExecutor())
    assert not made.failures
    out = tmp_path / name
    paint_pdf([page], out, INFO, images=made.paths)
    return out


def test_big_photo_prints_at_300_ppi_and_small_one_is_never_upsampled(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    big = photo("big.jpg", (2400, 1800))
    small = photo("small.jpg", (400, 300))
    big_rect = Rect(30, 30, mm_to_pt(60), mm_to_pt(45))
    small_rect = Rect(30, 250, mm_to_pt(100), mm_to_pt(75))
    out = export_items(tmp_path, [image_item(big, big_rect), image_item(small, small_rect)])

    images = image_bytes(out)
    assert len(images) == 2
    by_size = sorted(images, key=lambda i: i[1])
    (_, sw, sh, sraw, sfilter), (_, bw, bh, braw, bfilter) = by_size
    for raw, filt in ((sraw, sfilter), (braw, bfilter)):
        filters = [str(f) for f in filt] if isinstance(filt, pikepdf.Array) else [str(filt)]
        assert filters == ["/DCTDecode"]  # the JPEG bytes as they are: no ASCII85, no Flate
        assert raw[:2] == b"\xff\xd8"
    assert (sw, sh) == (400, 300)  # every pixel of the small photo, none invented
    big_ppi = bw / (big_rect.w / 72)
    small_ppi = sw / (small_rect.w / 72)
    assert big_ppi == pytest.approx(300, abs=1)
    assert small_ppi == pytest.approx(400 / (100 / 25.4), abs=0.5)  # ≈ 101.6, the source's own

    need("pdfimages")
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = [r.split() for r in listing.splitlines()[2:] if r.strip()]
    ppis = sorted(int(r[12]) for r in rows)  # the x-ppi column
    assert ppis == [round(small_ppi), 300]
    assert {r[8] for r in rows} == {"jpeg"}  # the "enc" column


def test_gps_and_exif_never_reach_the_pdf_and_the_photo_prints_upright(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    # The upright picture is portrait 600 x 900 with red at its top; the file
    # stores it turned on its side (900 x 600) with EXIF orientation 6 and GPS.
    source = photo("phone.jpg", (600, 900), orientation=6, gps=True)
    with open_image(source) as im:
        info = read_info(im)
    assert (info.width, info.height, info.orientation, info.has_gps) == (900, 600, 6, True)
    assert b"GPS" in source.read_bytes() or b"\x88\x25" in source.read_bytes()

    rect = Rect(40, 40, mm_to_pt(40), mm_to_pt(60))
    out = export_items(tmp_path, [image_item(source, rect)])
    ((_, w, h, raw, _filt),) = image_bytes(out)

    markers = jpeg_segments(raw)
    assert not {APP1, APP2, APP13, COM} & set(markers), [hex(m) for m in markers]
    assert b"Exif" not in raw and b"GPS" not in raw and b"TestPhone" not in raw
    assert b"http://ns.adobe.com/xap" not in raw
    im = decoded(raw)
    assert not im.getexif()
    assert "icc_profile" not in im.info and "exif" not in im.info
    assert w < h  # portrait, as the photo was taken
    assert im.size == (w, h)
    assert close(im.getpixel((w // 2, 3)), RED)  # the red band is at the top
    assert close(im.getpixel((w // 2, h - 4)), SKY)


def test_extra_rotation_turns_the_photo_clockwise(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    source = photo("upright.jpg", (600, 400))
    item = image_item(source, Rect(0, 0, 100, 150), rotation=90)  # landscape turned portrait
    spec = spec_for(item, 300)
    out = render_derivative(spec)
    w, h = out.size
    assert w < h
    assert close(out.getpixel((w - 3, h // 2)), RED)  # the top is now on the right
    assert close(out.getpixel((2, h // 2)), SKY)


def test_crop_takes_the_right_part_of_the_oriented_photo(photo: Callable[..., Path]) -> None:
    source = photo("crop.jpg", (800, 1200), orientation=6)
    top_sixth = image_item(source, Rect(0, 0, 48, 12), crop=(0.0, 0.0, 1.0, 1 / 6 - 0.01))
    out = render_derivative(spec_for(top_sixth, 300))
    colours = out.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    assert close(colours, RED, 25)  # only the red band was kept


def test_embedded_colour_profile_is_converted_to_srgb(photo_dir: Path) -> None:
    red = Image.new("RGB", (300, 200), (255, 0, 0))
    source = write_photo(
        photo_dir / "wide.jpg", (300, 200), picture=red, icc=swapped_primaries_icc()
    )
    item = image_item(source, Rect(0, 0, 72, 48))
    out = render_derivative(spec_for(item, 300))
    r, g, b = out.getpixel((150, 100))
    assert b > 200 and r < 60, (r, g, b)  # red in that profile is blue in sRGB
    assert "icc_profile" not in out.info


def test_cmyk_photo_becomes_rgb(photo_dir: Path) -> None:
    path = photo_dir / "cmyk.jpg"
    Image.new("CMYK", (200, 100), (0, 255, 255, 0)).save(path, "JPEG")
    item = image_item(path, Rect(0, 0, 40, 20))
    out = render_derivative(spec_for(item, 300))
    assert out.mode == "RGB"
    assert close(out.getpixel((50, 50)), (255, 0, 0), 30)


def test_cache_reuses_files_and_keys_on_what_changes_the_pixels(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    source = photo("a.jpg", (1200, 900))
    cache = tmp_path / "cache"
    item = image_item(source, Rect(0, 0, 200, 150))
    first = make_derivatives([item, item], cache, executor=InlineExecutor())
    assert (first.hits, first.misses) == (0, 1)
    again = make_derivatives([item], cache, executor=InlineExecutor())
    assert (again.hits, again.misses) == (1, 0)
    assert again.paths[item] == first.paths[item]
    moved = ImageItem(**{**item.__dict__, "rect": Rect(50, 50, 200, 150)})  # same size elsewhere
    assert make_derivatives([moved], cache, executor=InlineExecutor()).misses == 0
    for change in (
        {"crop": (0.1, 0.1, 0.9, 0.9)},
        {"rotation": 180},
        {"rect": Rect(0, 0, 100, 75)},
    ):
        changed = ImageItem(**{**item.__dict__, **change})
        assert make_derivatives([changed], cache, executor=InlineExecutor()).misses == 1, change
    assert not list(cache.glob("*.part"))
    # Derivatives may be deleted at any time: they are simply made again.
    for path in cache.glob("*.jpg"):
        path.unlink()
    assert make_derivatives([item], cache, executor=InlineExecutor()).misses == 1


def test_unreadable_photo_is_reported_not_raised(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    good = image_item(photo("good.jpg", (300, 200)), Rect(0, 0, 72, 48))
    broken_path = tmp_path / "broken.jpg"
    broken_path.write_bytes(b"not a picture at all")
    broken = ImageItem(**{**good.__dict__, "sha256": "0" * 64, "source_path": str(broken_path)})
    gone = ImageItem(
        **{**good.__dict__, "sha256": "1" * 64, "source_path": str(tmp_path / "gone.jpg")}
    )
    made = make_derivatives([good, broken, gone], tmp_path / "cache", executor=InlineExecutor())
    assert set(made.paths) == {good}
    assert "not a picture" in made.failures[broken]
    assert "could not be read" in made.failures[gone]


def test_progress_and_cancel(tmp_path: Path, photo: Callable[..., Path]) -> None:
    items = [image_item(photo(f"p{i}.jpg", (300, 200)), Rect(0, 0, 72, 48)) for i in range(4)]
    seen: list[tuple[int, int, str]] = []
    make_derivatives(
        items, tmp_path / "c1", executor=InlineExecutor(), progress=lambda *a: seen.append(a)
    )
    assert seen[-1][:2] == (4, 4)
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)
    assert re.match(r"Preparing photos for print: \d of 4", seen[-1][2])

    calls = iter(range(100))
    with pytest.raises(DerivativesCancelled):
        make_derivatives(
            items, tmp_path / "c2", executor=InlineExecutor(), cancel=lambda: next(calls) >= 2
        )
    assert len(list((tmp_path / "c2").glob("*.jpg"))) == 2  # stopped part-way


def test_process_pool_makes_the_same_derivatives(
    tmp_path: Path, photo: Callable[..., Path]
) -> None:
    items = [image_item(photo(f"w{i}.jpg", (500, 400)), Rect(0, 0, 90, 72)) for i in range(3)]
    pooled = make_derivatives(items, tmp_path / "pool")  # the real ProcessPoolExecutor
    inline = make_derivatives(items, tmp_path / "inline", executor=InlineExecutor())
    assert pooled.misses == 3 and not pooled.failures
    for item in items:
        assert pooled.paths[item].read_bytes() == inline.paths[item].read_bytes()
        assert Image.open(io.BytesIO(pooled.paths[item].read_bytes())).size == (375, 300)
