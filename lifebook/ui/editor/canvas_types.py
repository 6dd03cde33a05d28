"""Small types shared by the page canvas and its helpers (viewport, photo adjusting, drops)."""

from __future__ import annotations

Where = tuple[int, str]  # page id, frame key
Crop4 = tuple[float, float, float, float]  # left, top, right, bottom, fractions of the photo
PHOTO_KINDS = ("photo", "drawing")  # frame kinds that hold a photo
