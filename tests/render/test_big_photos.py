"""Very large PNG/TIFF photos are printed without decoding them whole (issue 21).

The thresholds are lowered for most tests (a few hundred pixels stand in for
150 megapixels) so they run fast; ``test_export_of_a_40_megapixel_png_...``
measures a real process's peak memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import RED, SKY, image_item, sha256_of, upright_picture
from PIL import Image, ImageChops, ImageStat

from lifebook.layout.display import Rect
from lifebook.render import bigimages, derivatives
from lifebook.render.derivatives import (
    InlineExecutor,
    make_derivatives,
    render_derivative,
    spec_for,
)

pytestmark = pytest.mark.skipif(not bigimages.vips_available(), reason="needs pyvips")

ROOT = Path(__file__).resolve().parents[2]
_STORE = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90,
          8: Image.Transpose.ROTATE_270}  # fmt: skip


def write_png(
    path: Path, size: tuple[int, int], *, orientation: int = 1, alpha: bool = False,
    fmt: str = "PNG",
) -> Path:  # fmt: skip
    """A PNG (or TIFF) whose upright picture is ``size``, stored turned for ``orientation``."""
    im = upright_picture(size)
    if _STORE[orientation] is not None:
        im = im.transpose(_STORE[orientation])
    if alpha:
        im = im.convert("RGBA")
    exif = Image.Exif()
    exif[0x0112] = orientation
    im.save(path, fmt, exif=exif.tobytes())
    return path


@pytest.fixture()
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend anything above 0.2 MP is huge, and working copies are 500 px long."""
    monkeypatch.setattr(bigimages, "DECODE_BUDGET_PIXELS", 200_000)
    monkeypatch.setattr(bigimages, "WORKING_EDGE", 500)


@pytest.fixture()
def decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, tuple[int, int]]]]:
    """Every (file, size) that Pillow decodes in full for a derivative."""
    seen: list[tuple[str, tuple[int, int]]] = []
    real = derivatives._decode_srgb

    def spy(im: Image.Image) -> Image.Image:
        seen.append((str(getattr(im, "filename", "")), im.size))
        return real(im)

    monkeypatch.setattr(derivatives, "_decode_srgb", spy)
    yield seen


def difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
@pytest.mark.parametrize("rotation", [0, 90])
def test_big_png_prints_from_the_working_copy_with_the_same_picture(
    tmp_path: Path, small_budget: None, decodes: list, orientation: int, rotation: int
) -> None:
    source = write_png(tmp_path / "big.png", (1200, 900), orientation=orientation, alpha=True)
    frame = Rect(0, 0, 72, 54) if rotation == 0 else Rect(0, 0, 54, 72)  # 300 x 225 px
    item = image_item(source, frame, crop=(0.1, 0.0, 0.9, 0.8), rotation=rotation)
    spec = spec_for(item, 300)
    cache = tmp_path / "cache"

    out = render_derivative(spec, working_dir=cache)

    working = bigimages.working_copy_path(cache, item.sha256)
    assert decodes == [(str(working), (500, 375) if orientation in (1, 3) else (375, 500))]
    with Image.open(working) as wc:
        assert wc.format == "JPEG" and not wc.getexif()  # stored orientation, no metadata
    assert out.size == (spec.width, spec.height)  # the ppi the layout promised
    with Image.open(source) as im:  # what the Pillow path makes from the original
        before = derivatives._render_pillow(
            spec, im, derivatives._geometry(spec, *derivatives._stored_size(im))
        )
    assert difference(out, before) < 3
    top = (out.width // 2, 3) if rotation == 0 else (out.width - 3, out.height // 2)
    assert max(abs(a - b) for a, b in zip(out.getpixel(top), RED, strict=True)) < 40


def test_working_copy_is_made_once_and_remade_if_the_cache_is_cleared(
    tmp_path: Path, small_budget: None, decodes: list
) -> None:
    source = write_png(tmp_path / "big.png", (1200, 900))
    cache = tmp_path / "cache"
    for frame in (Rect(0, 0, 72, 54), Rect(0, 0, 48, 36)):
        render_derivative(spec_for(image_item(source, frame), 300), working_dir=cache)
    working = bigimages.working_copy_path(cache, sha256_of(source))
    made = working.stat().st_mtime_ns
    render_derivative(spec_for(image_item(source, Rect(0, 0, 60, 45)), 300), working_dir=cache)
    assert working.stat().st_mtime_ns == made
    working.unlink()
    render_derivative(spec_for(image_item(source, Rect(0, 0, 60, 45)), 300), working_dir=cache)
    assert working.exists()
    assert {name for name, _ in decodes} == {str(working)}


@pytest.mark.parametrize("orientation", [1, 6, 8])
def test_deep_crop_reads_only_its_region_at_full_resolution(
    tmp_path: Path, small_budget: None, decodes: list, orientation: int
) -> None:
    source = write_png(tmp_path / "big.png", (1200, 900), orientation=orientation)
    # The top-left eighth of the photo in a 2-inch frame: 600 px wanted, 150 in the crop.
    item = image_item(source, Rect(0, 0, 144, 108), crop=(0.0, 0.0, 0.125, 0.125))
    spec = spec_for(item, 300)

    out = render_derivative(spec, working_dir=tmp_path / "cache")

    assert decodes == []  # neither the original nor the (too small) working copy
    assert out.size == (150, 112)  # every pixel of the crop, never upsampled
    assert max(abs(a - b) for a, b in zip(out.getpixel((75, 5)), RED, strict=True)) < 30
    with Image.open(source) as im:
        before = derivatives._render_pillow(
            spec, im, derivatives._geometry(spec, *derivatives._stored_size(im))
        )
    assert difference(out, before) < 3


@pytest.mark.parametrize("frame_pt", [40, 100])  # the working copy will do / will not
@pytest.mark.parametrize("working", [True, False])  # export / editor (no working folder)
def test_turned_big_tiff_matches_the_pillow_picture(
    tmp_path: Path, small_budget: None, decodes: list, frame_pt: int, working: bool
) -> None:
    # Pillow reports a TIFF tagged "turn 90°" as already upright: libvips does not.
    source = write_png(tmp_path / "big.tif", (1000, 800), orientation=6, fmt="TIFF")
    item = image_item(
        source, Rect(0, 0, frame_pt, frame_pt), crop=(0.2, 0.1, 0.7, 0.6), rotation=270
    )
    spec = spec_for(item, 300)
    cache = tmp_path / "cache" if working else None
    out = render_derivative(spec, working_dir=cache)
    if working and frame_pt == 40:
        assert [name for name, _ in decodes] == [
            str(bigimages.working_copy_path(tmp_path / "cache", item.sha256))
        ]
    else:
        assert decodes == []
    with Image.open(source) as im:
        before = derivatives._render_pillow(
            spec, im, derivatives._geometry(spec, *derivatives._stored_size(im))
        )
    assert out.size == before.size == (spec.width, spec.height)
    assert difference(out, before) < 3


def test_export_jobs_use_the_working_copy_in_the_cache_folder(
    tmp_path: Path, small_budget: None, decodes: list
) -> None:
    source = write_png(tmp_path / "big.png", (1200, 900), orientation=6)
    item = image_item(source, Rect(0, 0, 54, 72))
    made = make_derivatives([item], tmp_path / "cache", executor=InlineExecutor())
    assert not made.failures
    working = bigimages.working_copy_path(tmp_path / "cache", item.sha256)
    assert [name for name, _ in decodes] == [str(working)]
    with Image.open(made.paths[item]) as im:
        assert im.size == (225, 300)
        assert max(abs(a - b) for a, b in zip(im.getpixel((112, 3)), RED, strict=True)) < 40
        assert max(abs(a - b) for a, b in zip(im.getpixel((112, 290)), SKY, strict=True)) < 40


@pytest.mark.parametrize("crop", [(0.0, 0.0, 0.125, 0.125), (0.0, 0.0, 1.0, 1.0)])
def test_damaged_big_png_is_reported_not_raised(
    tmp_path: Path, small_budget: None, crop: tuple[float, float, float, float]
) -> None:
    source = write_png(tmp_path / "big.png", (1200, 900))
    data = source.read_bytes()
    source.write_bytes(data[: len(data) // 2])
    item = image_item(source, Rect(0, 0, 48, 36), crop=crop)  # region read, working copy
    made = make_derivatives([item], tmp_path / "cache", executor=InlineExecutor())
    assert item in made.failures and "damaged" in made.failures[item]


_MEASURE = """
import json, sys
from lifebook.render.derivatives import InlineExecutor, make_derivatives
from lifebook.layout.display import ImageItem, Rect
args = json.loads(sys.argv[1])
item = ImageItem(rect=Rect(0, 0, 595, 421), sha256=args["sha"], media_id=1,
                 source_path=args["path"], crop=(0.0, 0.0, 1.0, 1.0))
made = make_derivatives([item], args["cache"], executor=InlineExecutor())
assert not made.failures, made.failures
# VmHWM, not ru_maxrss: Linux carries a parent's peak over into a spawned child's rusage.
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps({"peak_mb": peak}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
def test_export_of_a_40_megapixel_png_stays_far_below_a_whole_decode(tmp_path: Path) -> None:
    """A whole decode of this RGBA PNG is 160 MB, and 500 MB with Pillow's conversions."""
    source = tmp_path / "huge.png"
    picture = upright_picture((7300, 5480)).convert("RGBA")
    picture.save(source, "PNG", compress_level=1)
    del picture
    args = {"path": str(source), "sha": sha256_of(source), "cache": str(tmp_path / "cache")}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, json.dumps(args)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    peak = json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"]
    assert peak < 200, f"the export process peaked at {peak:.0f} MB"
    assert bigimages.working_copy_path(tmp_path / "cache", args["sha"]).exists()


def test_thumbnail_of_a_huge_png_never_decodes_it_in_pillow(
    tmp_path: Path, small_budget: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import's check-and-thumbnail step streams a huge PNG too (and still finds damage)."""
    from PIL import PngImagePlugin

    from lifebook.render.images import ImageRejected, decode_reduced, open_image, read_info

    loads: list[tuple[int, int]] = []
    real = PngImagePlugin.PngImageFile.load

    def spy(self: PngImagePlugin.PngImageFile) -> object:
        loads.append(self.size)
        return real(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", spy)
    source = write_png(tmp_path / "big.png", (1200, 900), orientation=6)
    with open_image(source) as im:
        info = read_info(im)
        thumb = decode_reduced(im, 256)
    assert loads == []
    assert info.orientation == 6 and (info.width, info.height) == (900, 1200)
    assert thumb.size == (256, 192)  # upright, as the library shows it
    assert max(abs(a - b) for a, b in zip(thumb.getpixel((128, 4)), RED, strict=True)) < 40

    data = source.read_bytes()
    source.write_bytes(data[: len(data) // 2])
    with open_image(source) as im, pytest.raises(ImageRejected, match="damaged"):
        decode_reduced(im, 256)


def test_turned_tiff_reports_its_stored_size_like_every_other_format(tmp_path: Path) -> None:
    """MediaRef sizes are stored pixels before the EXIF turn; Pillow turns TIFFs early."""
    from lifebook.render.images import open_image, read_info

    for fmt, name in (("TIFF", "turned.tif"), ("PNG", "turned.png")):
        source = write_png(tmp_path / name, (1000, 800), orientation=6, fmt=fmt)
        with open_image(source) as im:
            info = read_info(im)
        assert (info.width, info.height, info.orientation) == (800, 1000, 6), fmt
