"""The benchmark suite's own machinery (tests/perf/, which pytest does not collect).

No timings are asserted: these check that the table marks targets met or
missed correctly, that the JSON says the same, that effective resolution is
read back from a PDF correctly, and that the memory sampler counts a whole
process tree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "perf"))

from suite_pdf import pdf_facts  # noqa: E402
from suite_proc import CommandFailed, measure  # noqa: E402
from suite_table import (  # noqa: E402
    MET,
    MISSED,
    NO_TARGET,
    NOT_MEASURED,
    Figure,
    as_json,
    at_most,
    below,
    ratio,
    read_json,
    table,
    write_json,
)


def test_at_most_and_below_draw_the_line_where_the_issue_does():
    assert at_most(1.5, "≤ 1.5×").met_by(1.5)
    assert not at_most(1.5, "≤ 1.5×").met_by(1.51)
    assert below(16, "< 16 ms").met_by(15.9)
    assert not below(16, "< 16 ms").met_by(16)


def test_a_figure_is_judged_on_its_median_and_shows_its_lowest():
    page = Figure("paging.cached", "cached page change", "ms", [9.0, 30.0, 12.0], below(16, "< 16 ms"))
    assert (page.median, page.low, page.status) == (12.0, 9.0, MET)
    slow = Figure("paging.cached", "cached page change", "ms", [17.0, 30.0, 12.0], below(16, "< 16 ms"))
    assert (slow.median, slow.status) == (17.0, MISSED)
    assert Figure("x", "no target", "s", [1.0]).status == NO_TARGET
    assert Figure("x", "never run", "s", [], below(1, "< 1 s")).status == NOT_MEASURED


def test_a_ratio_is_of_medians_and_of_lowest_values():
    cold = Figure("cold", "cold", "s", [10.0, 12.0, 11.0])
    warm = Figure("warm", "warm", "s", [1.0, 1.5, 1.2])
    share = ratio("w", "warm vs cold", warm, cold, percent=True, target=at_most(10, "≤ 10%"))
    assert share.median == pytest.approx(1.2 / 11.0 * 100)
    assert share.low == pytest.approx(1.0 / 10.0 * 100)
    assert share.unit == "%" and share.status == MISSED  # 10.9% of cold
    floor = Figure("floor", "floor", "s", [10.0, 10.0, 10.0])
    assert ratio("c", "cold vs floor", cold, floor, target=at_most(1.15, "≤ 1.15×")).status == MET
    assert ratio("c", "vs nothing", cold, Figure("f", "f", "s"), target=at_most(1, "")).status == NOT_MEASURED


def test_the_table_and_the_json_mark_each_target():
    figures = [
        Figure("startup.bare", "bare window", "s", [0.3, 0.25, 0.4], section="3. Start-up"),
        Figure("startup.ratio", "cached vs bare", "×", [2.5], at_most(2, "≤ 2× bare"), section="3. Start-up"),
        Figure("memory.export", "peak memory", "MiB", [220.0], below(600, "< 600 MiB"), section="1. Export"),
    ]
    text = table(figures, "title")
    lines = text.splitlines()
    assert lines[0] == "title"
    assert "[3. Start-up]" in lines and "[1. Export]" in lines
    ratio_line = next(line for line in lines if "cached vs bare" in line)
    assert ratio_line.endswith("MISSED") and "2.50×" in ratio_line and "≤ 2× bare" in ratio_line
    assert next(line for line in lines if "peak memory" in line).endswith("MET")
    bare = next(line for line in lines if "bare window" in line).split()
    assert bare[-4:] == ["0.30", "s", "0.25", "s"]  # median, lowest; no target, no mark
    assert lines[-1] == "targets met: 1 of 2"
    document = json.loads(json.dumps(as_json(figures, mode="quick")))
    assert document["mode"] == "quick" and document["targets_met"] == 1
    by_key = {f["key"]: f for f in document["figures"]}
    assert by_key["startup.ratio"]["status"] == MISSED
    assert by_key["memory.export"]["status"] == MET and by_key["memory.export"]["target_limit"] == 600
    assert by_key["startup.bare"]["median"] == 0.3 and by_key["startup.bare"]["min"] == 0.25


def test_the_json_reads_back_into_the_same_table(tmp_path):
    cold = Figure("cold", "cold", "s", [10.0, 12.0, 11.0], section="1. Export")
    floor = Figure("floor", "floor", "s", [9.0, 10.0, 10.0], section="1. Export")
    figures = [cold, floor, ratio("r", "cold vs floor", cold, floor, target=at_most(1.15, "≤ 1.15×"))]
    figures[-1].section = "1. Export"
    write_json(tmp_path / "run.json", figures, mode="full")
    again, about = read_json(tmp_path / "run.json")
    assert about["mode"] == "full"
    assert table(again) == table(figures)
    assert again[-1].status == MET


def test_effective_resolution_is_read_back_from_the_placed_size(tmp_path):
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (600, 300), "teal").save(photo)
    pdf = tmp_path / "placed.pdf"
    canvas = Canvas(str(pdf), pagesize=(595, 842))
    canvas.drawImage(str(photo), 50, 50, width=144, height=72)  # 2 × 1 inches: 300 ppi
    canvas.saveState()
    canvas.translate(300, 300)
    canvas.rotate(90)
    canvas.drawImage(str(photo), 0, 0, width=72, height=36)  # turned, 1 × 0.5 inches: 600 ppi
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    facts = pdf_facts(pdf)
    assert (facts.pages, facts.images) == (1, 2)
    assert facts.min_ppi == pytest.approx(300)
    assert facts.max_ppi == pytest.approx(600)


def test_peak_memory_counts_the_whole_process_tree():
    # a parent holding 80 MiB starts a child holding 80 MiB; both wait a moment together
    script = (
        "import subprocess, sys, time\n"
        "held = bytearray(80 * 2**20)\n"
        "child = 'b = bytearray(80 * 2**20); import time; time.sleep(0.6)'\n"
        "subprocess.run([sys.executable, '-c', child], check=True)\n"
    )
    run = measure([sys.executable, "-c", script])
    assert run.returncode == 0
    assert run.peak_mib > 160  # more than either process alone
    assert run.cpu > 0
    with pytest.raises(CommandFailed, match="exited 3"):
        measure([sys.executable, "-c", "raise SystemExit(3)"])
