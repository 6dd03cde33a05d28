"""Finding codes are one enum: its values are the tokens ``lifebook check --json`` prints."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lifebook.checks.preflight import finding_dict
from lifebook.layout.display import Finding, FindingCode
from lifebook.model.enums import Severity

PACKAGE = Path(__file__).resolve().parents[2] / "lifebook"


def test_a_finding_keeps_its_code_as_the_enum_and_prints_the_same_token() -> None:
    finding = Finding(Severity.ERROR, "text-overflow", "Page 2: the words do not fit.", 2, 7, "text")
    assert finding.code is FindingCode.TEXT_OVERFLOW
    assert json.loads(json.dumps(finding_dict(finding)))["code"] == "text-overflow"


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="text-overfow"):
        Finding(Severity.ERROR, "text-overfow", "typo")


def test_no_module_writes_a_finding_code_as_a_bare_string() -> None:
    tokens = "|".join(re.escape(code.value) for code in FindingCode)
    bare = re.compile(rf"""(?<![#\w(])\s*["']({tokens})["']\s*[,)\]:]""")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line) and "FindingCode" not in line and not line.lstrip().startswith("#")
        and "display.py" not in path.name
    ]
    assert offenders == []
