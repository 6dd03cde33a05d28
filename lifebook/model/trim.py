"""Trim sizes of printed books, in millimetres and points."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MM = 72.0 / 25.4  # points per millimetre


def mm_to_pt(mm: float) -> float:
    return mm * MM


def pt_to_mm(pt: float) -> float:
    return pt / MM


@dataclass(frozen=True)
class TrimSpec:
    width_mm: float
    height_mm: float
    label: str

    @property
    def width_pt(self) -> float:
        return mm_to_pt(self.width_mm)

    @property
    def height_pt(self) -> float:
        return mm_to_pt(self.height_mm)

    @property
    def orientation(self) -> str:
        """'portrait', 'landscape' or 'square': templates may vary by orientation."""
        ratio = self.width_mm / self.height_mm
        if ratio > 1.05:
            return "landscape"
        if ratio < 0.95:
            return "portrait"
        return "square"


class TrimSize(StrEnum):
    A4_PORTRAIT = "a4-portrait"
    A4_LANDSCAPE = "a4-landscape"
    A5_PORTRAIT = "a5-portrait"
    SQUARE_210 = "square-210"
    US_LETTER = "us-letter"

    @property
    def spec(self) -> TrimSpec:
        return _SPECS[self]

    @property
    def label(self) -> str:
        return self.spec.label

    @classmethod
    def parse(cls, token: str) -> TrimSize:
        try:
            return cls(token.strip().lower())
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise ValueError(f"'{token}' is not a trim size; choose one of: {choices}") from None


_SPECS = {
    TrimSize.A4_PORTRAIT: TrimSpec(210.0, 297.0, "A4 portrait (210 × 297 mm)"),
    TrimSize.A4_LANDSCAPE: TrimSpec(297.0, 210.0, "A4 landscape (297 × 210 mm)"),
    TrimSize.A5_PORTRAIT: TrimSpec(148.0, 210.0, "A5 portrait (148 × 210 mm)"),
    TrimSize.SQUARE_210: TrimSpec(210.0, 210.0, "Square (210 × 210 mm)"),
    TrimSize.US_LETTER: TrimSpec(215.9, 279.4, "US Letter (8.5 × 11 in)"),
}
