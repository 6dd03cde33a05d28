"""Friendly generated pictures for the sample book.

The demo must not carry real photographs of real people, so it paints
simple, warm scenes (homes, parks, pets, birthdays, the seaside) with
Pillow. Each is a real JPEG with an EXIF date, and a few are stored
sideways with an EXIF orientation or carry GPS tags, as phone photos do,
so the import and print pipeline is exercised for real.
"""

from __future__ import annotations

import io
import math
import random
from datetime import datetime

from PIL import Image, ImageDraw

SKIES = [((135, 196, 235), (225, 242, 250)), ((255, 190, 150), (255, 236, 210)),
         ((170, 205, 240), (240, 248, 255)), ((120, 170, 215), (205, 230, 245))]
GRASS = [(120, 185, 110), (140, 195, 120), (105, 170, 100)]
ACCENTS = [(224, 122, 95), (61, 140, 149), (242, 204, 143), (129, 178, 154), (200, 120, 170)]


def _sky(draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> None:
    top, bottom = rng.choice(SKIES)
    for y in range(h):
        t = y / max(1, h - 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (w, y)], fill=colour)


def _hills(draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> int:
    horizon = int(h * rng.uniform(0.58, 0.7))
    for i, colour in enumerate(GRASS):
        amp = h * 0.05 * (i + 1)
        phase = rng.uniform(0, math.pi)
        pts = [(x, horizon + i * h * 0.06 - amp * math.sin(x / w * math.pi * 1.5 + phase))
               for x in range(0, w + 40, 40)]
        draw.polygon([(0, h), *pts, (w, h)], fill=colour)
    return horizon


def _sun(draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> None:
    cx, cy, r = w * rng.uniform(0.12, 0.85), h * rng.uniform(0.12, 0.25), h * 0.07
    for k in range(12):
        a = k * math.pi / 6
        draw.line([(cx + math.cos(a) * r * 1.3, cy + math.sin(a) * r * 1.3),
                   (cx + math.cos(a) * r * 1.8, cy + math.sin(a) * r * 1.8)],
                  fill=(255, 205, 80), width=max(2, int(r * 0.12)))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 214, 90))


def _cloud(draw: ImageDraw.ImageDraw, x: float, y: float, s: float) -> None:
    for dx, dy, r in ((0, 0, 1.0), (0.9, -0.3, 1.2), (1.9, 0, 0.9), (1.0, 0.35, 1.0)):
        draw.ellipse([x + dx * s - r * s, y + dy * s - r * s, x + dx * s + r * s, y + dy * s + r * s],
                     fill=(255, 255, 255))


def _house(draw: ImageDraw.ImageDraw, x: float, base: float, s: float, rng: random.Random) -> None:
    wall = rng.choice([(250, 235, 215), (240, 220, 200), (255, 245, 230)])
    draw.rectangle([x, base - s, x + s * 1.3, base], fill=wall, outline=(120, 90, 70), width=4)
    draw.polygon([(x - s * 0.1, base - s), (x + s * 0.65, base - s * 1.6), (x + s * 1.4, base - s)],
                 fill=rng.choice(ACCENTS))
    draw.rounded_rectangle([x + s * 0.5, base - s * 0.55, x + s * 0.8, base], radius=s * 0.05,
                           fill=rng.choice(ACCENTS))
    for wx in (x + s * 0.12, x + s * 0.92):
        draw.rectangle([wx, base - s * 0.8, wx + s * 0.26, base - s * 0.55], fill=(200, 230, 250),
                       outline=(120, 90, 70), width=3)


def _tree(draw: ImageDraw.ImageDraw, x: float, base: float, s: float, rng: random.Random) -> None:
    draw.rectangle([x - s * 0.08, base - s * 0.6, x + s * 0.08, base], fill=(130, 95, 70))
    green = rng.choice([(90, 160, 90), (70, 140, 85), (110, 175, 95)])
    for dx, dy, r in ((0, -0.8, 0.38), (-0.25, -0.65, 0.3), (0.25, -0.65, 0.3)):
        draw.ellipse([x + (dx - r) * s, base + (dy - r) * s, x + (dx + r) * s, base + (dy + r) * s],
                     fill=green)


def _person(draw: ImageDraw.ImageDraw, x: float, base: float, s: float, colour: tuple) -> None:
    """A friendly stick figure, as social workers draw in words and pictures."""
    ink, width = (60, 50, 45), max(3, int(s * 0.05))
    head = s * 0.18
    draw.ellipse([x - head, base - s - head * 2, x + head, base - s], fill=(255, 224, 189),
                 outline=ink, width=width)
    draw.arc([x - head * 0.5, base - s - head * 1.2, x + head * 0.5, base - s - head * 0.4],
             20, 160, fill=ink, width=width)
    draw.polygon([(x, base - s), (x - s * 0.25, base - s * 0.35), (x + s * 0.25, base - s * 0.35)],
                 fill=colour)
    for dx in (-0.1, 0.1):
        draw.line([(x + dx * s, base - s * 0.35), (x + dx * s * 1.5, base)], fill=ink, width=width)
    draw.line([(x - s * 0.35, base - s * 0.75), (x + s * 0.35, base - s * 0.75)], fill=ink, width=width)


def _balloon(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, colour: tuple) -> None:
    draw.line([(x, y + s * 0.5), (x - s * 0.1, y + s * 1.8)], fill=(90, 80, 70), width=3)
    draw.ellipse([x - s * 0.4, y - s * 0.5, x + s * 0.4, y + s * 0.5], fill=colour)


def _cat(draw: ImageDraw.ImageDraw, x: float, base: float, s: float) -> None:
    fur = (240, 160, 80)
    draw.ellipse([x - s * 0.5, base - s * 0.6, x + s * 0.5, base], fill=fur)
    draw.ellipse([x + s * 0.25, base - s * 1.0, x + s * 0.75, base - s * 0.5], fill=fur)
    draw.polygon([(x + s * 0.3, base - s * 0.9), (x + s * 0.35, base - s * 1.15), (x + s * 0.45, base - s * 0.97)], fill=fur)
    draw.polygon([(x + s * 0.55, base - s * 0.97), (x + s * 0.65, base - s * 1.15), (x + s * 0.7, base - s * 0.9)], fill=fur)
    draw.line([(x - s * 0.5, base - s * 0.3), (x - s * 0.85, base - s * 0.7)], fill=fur, width=int(s * 0.1))


def _cake(draw: ImageDraw.ImageDraw, x: float, base: float, s: float) -> None:
    draw.rounded_rectangle([x - s, base - s * 0.8, x + s, base], radius=s * 0.1, fill=(250, 220, 230))
    draw.rectangle([x - s, base - s * 0.5, x + s, base - s * 0.4], fill=(224, 122, 95))
    for k in range(5):
        cx = x - s * 0.7 + k * s * 0.35
        draw.rectangle([cx - 6, base - s * 1.1, cx + 6, base - s * 0.8], fill=(61, 140, 149))
        draw.ellipse([cx - 10, base - s * 1.25, cx + 10, base - s * 1.08], fill=(255, 200, 60))


def _sea(draw: ImageDraw.ImageDraw, w: int, h: int) -> int:
    horizon = int(h * 0.55)
    draw.rectangle([0, horizon, w, h], fill=(90, 165, 200))
    for k in range(8):
        y = horizon + (k + 1) * (h - horizon) / 10
        draw.arc([w * 0.1 * (k % 3), y - 20, w * 0.1 * (k % 3) + w * 0.3, y + 20], 200, 340,
                 fill=(225, 245, 250), width=5)
    draw.polygon([(0, h), (0, h * 0.85), (w * 0.5, h * 0.8), (w, h * 0.9), (w, h)], fill=(240, 215, 160))
    return int(h * 0.85)


SCENES = ["home", "park", "pet", "birthday", "seaside", "school", "garden", "balloons"]


def paint_scene(kind: str, size: tuple[int, int], seed: int) -> Image.Image:
    """A made-up, friendly picture of one of the ``SCENES`` for the sample; raises nothing."""
    rng = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size)
    draw = ImageDraw.Draw(im)
    _sky(draw, w, h, rng)
    _sun(draw, w, h, rng)
    for _ in range(rng.randint(1, 3)):
        _cloud(draw, rng.uniform(0.05, 0.8) * w, rng.uniform(0.08, 0.3) * h, h * 0.04)
    ground = _sea(draw, w, h) if kind == "seaside" else _hills(draw, w, h, rng)
    s = h * 0.3
    if kind in ("home", "garden", "school"):
        _house(draw, w * 0.5, ground + h * 0.05, s * (1.3 if kind == "school" else 1.0), rng)
    if kind in ("park", "garden", "home"):
        for tx in (0.15, 0.85):
            _tree(draw, w * tx, ground + h * 0.08, s, rng)
    people = {"park": 2, "seaside": 2, "birthday": 3, "balloons": 1, "pet": 1, "home": 1}.get(kind, 1)
    for k in range(people):
        px = w * (0.3 + 0.2 * k) if people > 1 else w * 0.3
        _person(draw, px, ground + h * 0.1, s * (0.8 if k else 0.65), rng.choice(ACCENTS))
    if kind == "pet":
        _cat(draw, w * 0.62, ground + h * 0.1, s * 0.45)
    if kind == "birthday":
        _cake(draw, w * 0.5, ground + h * 0.12, s * 0.35)
    if kind in ("balloons", "birthday"):
        for k in range(3):
            _balloon(draw, w * (0.55 + 0.1 * k), h * (0.25 + 0.05 * (k % 2)), s * 0.3, ACCENTS[k])
    return im


def scene_jpeg(
    kind: str,
    size: tuple[int, int],
    seed: int,
    taken: datetime,
    *,
    orientation: int = 1,
    gps: bool = False,
) -> bytes:
    """A JPEG as a phone would store it: EXIF date, maybe sideways, maybe with GPS."""
    im = paint_scene(kind, size, seed)
    if orientation == 6:  # stored rotated; the EXIF tag says "turn me clockwise"
        im = im.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Lifebook demo"  # i18n: skip (EXIF)
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd.update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=88, exif=exif.tobytes())
    return buf.getvalue()
