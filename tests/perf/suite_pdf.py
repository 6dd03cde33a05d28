"""Read a PDF back: every placed image's effective resolution (pixels per inch at its placed size).

The placed size comes from the content stream: the current transformation
matrix (``cm``, ``q``/``Q``, and Form XObjects' ``/Matrix``) at each ``Do``
of an image maps the unit square to the page, so the image is
``hypot(a, b)`` by ``hypot(c, d)`` points. Effective ppi is the image's
pixels over its placed inches, the lower of the two directions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    images: int  # placements, not distinct images
    min_ppi: float
    max_ppi: float
    bytes: int


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: m × n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _placements(pikepdf, resources, stream_owner, ctm: Matrix, depth: int = 0) -> list[float]:
    """Effective ppi of every image drawn by this content stream (and Forms it draws)."""
    found: list[float] = []
    stack: list[Matrix] = []
    xobjects = resources.get("/XObject", {}) if resources is not None else {}
    for operands, operator in pikepdf.parse_content_stream(stream_owner):
        op = str(operator)
        if op == "q":
            stack.append(ctm)
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            ctm = _multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == "Do":
            xobject = xobjects.get(str(operands[0]))
            if xobject is None:
                continue
            subtype = str(xobject.get("/Subtype", ""))
            if subtype == "/Image":
                a, b, c, d, _, _ = ctm
                width_in, height_in = math.hypot(a, b) / 72, math.hypot(c, d) / 72
                if width_in > 0 and height_in > 0:
                    found.append(min(int(xobject.Width) / width_in, int(xobject.Height) / height_in))
            elif subtype == "/Form" and depth < 8:
                matrix = tuple(float(v) for v in xobject.get("/Matrix", _IDENTITY))
                inner = _multiply(matrix, ctm)  # type: ignore[arg-type]
                found += _placements(pikepdf, xobject.get("/Resources", resources), xobject,
                                     inner, depth + 1)
    return found


def pdf_facts(path: Path) -> PdfFacts:
    import pikepdf

    with pikepdf.open(path) as pdf:
        ppis: list[float] = []
        for page in pdf.pages:
            ppis += _placements(pikepdf, page.obj.get("/Resources"), page, _IDENTITY)
        pages = len(pdf.pages)
    return PdfFacts(
        pages=pages,
        images=len(ppis),
        min_ppi=min(ppis, default=0.0),
        max_ppi=max(ppis, default=0.0),
        bytes=path.stat().st_size,
    )


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        print(name, pdf_facts(Path(name)))
