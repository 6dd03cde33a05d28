"""Re-exports do no work an export does not need: font metrics from the disk cache, no placeholders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from layout_helpers import book, page

from lifebook.layout.display import TextRun
from lifebook.layout.engine import layout_book, layout_page

ROOT = Path(__file__).resolve().parents[2]

MEASURE = """
import json, sys
from lifebook.layout import fonts
out = {face: [fonts.string_width("Poppy's life story", face, 12), fonts.has_glyph(face, "\\u00e9"),
              fonts.metrics(face).ascent, fonts.units_per_em(face)]
       for face in ("Andika", "Andika-Bold", "NotoSans")}
out["parsed"] = "reportlab.pdfbase.ttfonts" in sys.modules
print(json.dumps(out))
"""


def _measure(cache: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cache), "PATH": ""})
    return json.loads(run.stdout)


def test_font_metrics_are_parsed_once_then_read_from_the_cache(tmp_path: Path) -> None:
    first = _measure(tmp_path)
    assert first.pop("parsed") is True
    cached = list((tmp_path / "Lifebook" / "fonts").glob("*.bin"))
    assert len(cached) == 3
    second = _measure(tmp_path)
    assert second.pop("parsed") is False  # ReportLab's parser was not even imported
    assert second == first
    for file in cached:
        file.write_bytes(b"damaged")
    third = _measure(tmp_path)
    assert third.pop("parsed") is True and third == first  # a damaged cache is made again


def test_an_export_lays_out_no_placeholders_but_the_editor_does() -> None:
    empty = page("photo-text", number=3, prompt="What does Sam enjoy?")
    content = book(empty)
    for_editor = layout_page(content, empty)
    for_export = layout_page(content, empty, editor=False)
    assert any(isinstance(i, TextRun) for i in for_editor.editor_only)
    assert not [i for i in for_export.editor_only if isinstance(i, TextRun)]
    assert for_export.items == for_editor.items  # what prints is the same
    assert for_export.findings == for_editor.findings
    [whole] = layout_book(content, editor=False)
    assert not [i for i in whole.editor_only if isinstance(i, TextRun)]
