"""What a page's frames are called in messages a person reads.

Frame keys ("photo1", "caption2") are internal and never shown. A frame is
named from its place and kind on the page: "the photo" when a page has one,
"the second photo" when it has several, "the caption under the second
photo", "the heading", "the text". A template may set ``called`` on a frame
(e.g. called = "the picture") when its label does not read well in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from lifebook.model.enums import FrameKind


class _Frame(Protocol):
    """A template's FrameSpec, or a laid-out page's FrameBox: a key, a kind and a label."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> object: ...  # FrameKind, or its string value
    @property
    def label(self) -> str: ...

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth")
PICTURE_KINDS = (FrameKind.PHOTO, FrameKind.DRAWING)
_NUMBERED = re.compile(r"\s*\d+$")
_KIND_NOUNS = {
    FrameKind.PHOTO: "photo",
    FrameKind.DRAWING: "picture",
    FrameKind.TITLE: "heading",
    FrameKind.TEXT: "text",
    FrameKind.CAPTION: "caption",
}


def _ordinal(n: int) -> str:
    return ORDINALS[n - 1] if 0 < n <= len(ORDINALS) else f"number {n}"


def _kind(spec: _Frame) -> FrameKind:
    return FrameKind(str(getattr(spec.kind, "value", spec.kind)))


def _own_name(spec: _Frame) -> str:
    return str((getattr(spec, "options", None) or {}).get("called", ""))


def _from_label(spec: _Frame) -> str:
    """"the cover photo" from "Cover photo"; "the line underneath" from "A line underneath"."""
    label = _NUMBERED.sub("", spec.label).strip()
    if not label:
        return f"the {_KIND_NOUNS.get(_kind(spec), 'box')}"
    label = label[0].lower() + label[1:]
    for article in ("a ", "an ", "the "):
        if label.startswith(article):
            label = label[len(article):]
            break
    return f"the {label}"


def frame_names(specs: Iterable[_Frame]) -> dict[str, str]:
    """Each frame key of one page's template -> how to name it in a sentence."""
    specs = list(specs)
    names: dict[str, str] = {}
    pictures = [s for s in specs if _kind(s) in PICTURE_KINDS]
    for number, spec in enumerate(pictures, start=1):
        if _own_name(spec):
            names[spec.key] = _own_name(spec)
        elif len(pictures) == 1:
            names[spec.key] = _from_label(spec)
        else:
            names[spec.key] = f"the {_ordinal(number)} {_KIND_NOUNS[_kind(spec)]}"
    for spec in specs:
        if spec.key in names:
            continue
        if _own_name(spec):
            names[spec.key] = _own_name(spec)
        elif _kind(spec) == FrameKind.CAPTION:
            photo = names.get("photo" + spec.key.removeprefix("caption"))
            names[spec.key] = f"the caption under {photo}" if photo else "the caption"
        else:
            names[spec.key] = _from_label(spec)
    return names


def frame_name(specs: Iterable[_Frame], key: str) -> str:
    """How to name the frame ``key`` in a sentence ("the second photo")."""
    return frame_names(specs).get(key, "a part of the page")
