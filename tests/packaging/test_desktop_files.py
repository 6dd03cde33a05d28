"""The files that install Lifebook into a desktop: validated by the freedesktop tools.

On CI the validators are installed (.ci/run); elsewhere a missing validator
skips its test rather than passing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "assets" / "icons"
APP_ID = "org.lifebook.Lifebook"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run should install it")
        pytest.skip(f"{name} is not installed here")
    return path


def test_desktop_entry_validates() -> None:
    tool = _tool("desktop-file-validate")
    done = subprocess.run([tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True,
                          text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstream_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    done = subprocess.run([tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_metainfo_and_mime_agree() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID == fields["Icon"]
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert meta.findtext("name") == fields["Name"] == "Lifebook"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.xml").getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") in fields["MimeType"]
    assert mime.find("m:glob", ns).get("pattern") == "*.lifebook"
    assert meta.find("provides/mediatype").text == mime.get("type")
    # the console script the entry runs is the one pip installs
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert fields["Exec"].split()[0] in scripts


def test_icons_come_in_every_size_from_one_drawing() -> None:
    assert (ICONS / "lifebook.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"lifebook-{size}.png") as im:
            assert im.size == (size, size)
            assert im.mode == "RGBA"
            # a rounded tile: transparent corner, opaque middle
            assert im.getpixel((0, 0))[3] == 0
            assert im.getpixel((size // 2, size - size // 4))[3] == 255


def test_licence_summary_names_everything_bundled_that_has_native_code() -> None:
    text = (ROOT / "assets" / "THIRD-PARTY-LICENCES.md").read_text(encoding="utf-8")
    for name in ("Qt 6", "LGPL-3.0", "libheif", "x265", "libvips", "HarfBuzz", "PDFium",
                 "ReportLab", "Andika", "Atkinson Hyperlegible", "Noto", "OFL"):
        assert name in text, name
