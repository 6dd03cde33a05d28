"""What a page's frames are called in messages a person reads.

Frame keys ("photo1", "caption2") are internal and never shown. A frame is
named from its place and kind on the page: "the photo" when a page has one,
"the second photo" when it has several, "the caption under the second
photo", "the heading", "the text". A template may set ``name`` on a frame
(e.g. name = "the picture") when its label does not read well in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lifebook.layout.templates import FrameSpec
from lifebook.model.enums import FrameKind

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


def _from_label(spec: FrameSpec) -> str:
    """"the cover photo" from "Cover photo"; "the line underneath" from "A line underneath"."""
    label = _NUMBERED.sub("", spec.label).strip()
    if not label:
        return f"the {_KIND_NOUNS.get(spec.kind, 'box')}"
    label = label[0].lower() + label[1:]
    for article in ("a ", "an ", "the "):
        if label.startswith(article):
            label = label[len(article):]
            break
    return f"the {label}"


def frame_names(specs: Iterable[FrameSpec]) -> dict[str, str]:
    """Each frame key of one page's template -> how to name it in a sentence."""
    specs = list(specs)
    names: dict[str, str] = {}
    pictures = [s for s in specs if s.kind in PICTURE_KINDS]
    for number, spec in enumerate(pictures, start=1):
        if spec.options.get("name"):
            names[spec.key] = str(spec.options["name"])
        elif len(pictures) == 1:
            names[spec.key] = _from_label(spec)
        else:
            names[spec.key] = f"the {_ordinal(number)} {_KIND_NOUNS[spec.kind]}"
    for spec in specs:
        if spec.key in names:
            continue
        if spec.options.get("name"):
            names[spec.key] = str(spec.options["name"])
        elif spec.kind == FrameKind.CAPTION:
            photo = names.get("photo" + spec.key.removeprefix("caption"))
            names[spec.key] = f"the caption under {photo}" if photo else "the caption"
        else:
            names[spec.key] = _from_label(spec)
    return names


def frame_name(specs: Iterable[FrameSpec], key: str) -> str:
    """How to name the frame ``key`` in a sentence ("the second photo")."""
    return frame_names(specs).get(key, "a part of the page")
