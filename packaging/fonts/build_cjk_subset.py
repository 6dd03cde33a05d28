"""Build the bundled Chinese and emoji fonts from their published sources.

Run once by a maintainer; the results are committed in ``assets/fonts``
(see ``assets/fonts/SOURCES.md``). Needs ``fonttools`` (a Lifebook
dependency) and the unpacked sources:

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/cjk
    npm pack @fontsource/noto-emoji && tar xzf fontsource-noto-emoji-*.tgz -C /tmp
    python packaging/fonts/build_cjk_subset.py \\
        --cjk /tmp/cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \\
        --emoji /tmp/package/files/noto-emoji-emoji-400-normal.woff \\
        --out assets/fonts

Why: ReportLab embeds only TrueType (glyf) outlines, and Noto Sans CJK ships
CFF outlines in a 19 MB collection. We therefore

1. subset Noto Sans CJK SC to every character of GB 2312 (the 6,763 hanzi of
   the mainland's everyday standard, plus its punctuation, kana and symbols),
2. subset Noto Sans CJK TC to the 5,401 common hanzi of Big5 level 1 that the
   SC subset does not already have (so traditional-only characters print in
   Taiwan's forms and shared characters are not stored twice),
3. convert both from cubic CFF to quadratic TrueType outlines (cu2qu, 1 unit
   tolerance, which is invisible at print sizes), and
4. decompress Noto Emoji (monochrome, already TrueType) from WOFF to TTF.

Character sets come from Python's own gb2312 and big5 codecs, so the build
needs no other data and is reproducible.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

MAX_ERR = 1.0  # font units (of 1000): cubic-to-quadratic tolerance
EXTRA = "".join(chr(c) for c in range(0x3000, 0x3040)) + "".join(
    chr(c) for c in range(0xFF01, 0xFF5F)
)  # CJK punctuation and full-width forms


def _decode_all(codec: str, lead: range, trail: range) -> set[str]:
    chars: set[str] = set()
    for hi in lead:
        for lo in trail:
            with contextlib.suppress(UnicodeDecodeError):
                chars.update(bytes([hi, lo]).decode(codec))
    return chars


def gb2312_chars() -> set[str]:
    """Every character of GB 2312 (rows 1-87)."""
    return _decode_all("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)) | set(EXTRA)


def big5_common_hanzi() -> set[str]:
    """Big5 level 1: the 5,401 frequently used hanzi (0xA440-0xC67E)."""
    chars: set[str] = set()
    for hi in range(0xA4, 0xC7):
        for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (hi, lo) > (0xC6, 0x7E):
                break
            with contextlib.suppress(UnicodeDecodeError):
                chars.update(bytes([hi, lo]).decode("big5"))
    return chars


def _face(collection: Path, family: str) -> TTFont:
    for font in TTCollection(str(collection)).fonts:
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{collection} has no face '{family}'")


def _subset(font: TTFont, chars: set[str]) -> TTFont:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.drop_tables += ["VORG", "BASE", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in chars])
    subsetter.subset(font)
    return font


def cff_to_glyf(font: TTFont) -> TTFont:
    """Replace CFF outlines by quadratic TrueType outlines (the otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].indexToLocFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def _rename(font: TTFont, family: str, postscript: str) -> None:
    """Subset-and-converted fonts get their own names (OFL: modified versions)."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = f"{family} Regular"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};lifebook-subset"


def build_cjk(collection: Path, out: Path) -> None:
    sc_chars = gb2312_chars()
    sc = cff_to_glyf(_subset(_face(collection, "Noto Sans CJK SC"), sc_chars))
    _rename(sc, "Lifebook Hanzi SC", "LifebookHanziSC-Regular")
    sc.save(out / "LifebookHanziSC-Regular.ttf")
    tc_chars = big5_common_hanzi() - sc_chars
    tc = cff_to_glyf(_subset(_face(collection, "Noto Sans CJK TC"), tc_chars))
    _rename(tc, "Lifebook Hanzi TC", "LifebookHanziTC-Regular")
    tc.save(out / "LifebookHanziTC-Regular.ttf")
    print(f"SC: {len(sc_chars)} characters; TC: {len(tc_chars)} more")


def build_emoji(woff: Path, out: Path) -> None:
    font = TTFont(str(woff))
    font.flavor = None
    font.save(out / "NotoEmoji-Regular.ttf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cjk", type=Path, help="NotoSansCJK-Regular.ttc")
    parser.add_argument("--emoji", type=Path, help="noto-emoji-emoji-400-normal.woff")
    parser.add_argument("--out", type=Path, default=Path("assets/fonts"))
    args = parser.parse_args()
    if args.cjk:
        build_cjk(args.cjk, args.out)
    if args.emoji:
        build_emoji(args.emoji, args.out)


if __name__ == "__main__":
    main()
