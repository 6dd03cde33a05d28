"""Drag-and-drop formats shared by the editor's widgets."""

from __future__ import annotations

MEDIA_MIME = "application/x-lifebook-media-id"  # UTF-8 decimal id of a MediaItem
FRAME_MIME = "application/x-lifebook-frame"  # UTF-8 "page_id:frame_key" of a photo frame


def encode_frame(page_id: int, frame_key: str) -> bytes:
    return f"{page_id}:{frame_key}".encode()


def decode_frame(data: bytes | bytearray | memoryview) -> tuple[int, str] | None:
    """(page id, frame key) from FRAME_MIME data, or None if it is not one."""
    page, sep, key = bytes(data).decode("utf-8", "replace").partition(":")
    if not sep or not key or not page.strip().isdigit():
        return None
    return int(page), key


def decode_media_id(data: bytes | bytearray | memoryview) -> int | None:
    text = bytes(data).decode("utf-8", "replace").strip()
    return int(text) if text.isdigit() else None
