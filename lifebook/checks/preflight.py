"""Preflight: every finding for a book, before it is printed.

The layout engine finds what it sees while placing things (low resolution,
text overflow, missing glyphs, empty frames, photos whose use is not
agreed, content with no frame); this module gathers them for a book, in
page order, with the names check (glyphs) and the privacy check, and
summarises them. Later checks (language) add to the same list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lifebook.checks.glyphs import name_findings
from lifebook.checks.letters import letter_findings
from lifebook.checks.panels import panel_findings
from lifebook.checks.privacy import PrivacyContext, privacy_findings
from lifebook.i18n import translate
from lifebook.layout.display import Finding
from lifebook.layout.engine import layout_book
from lifebook.model.content import BookContent
from lifebook.model.enums import Severity

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def preflight(book: BookContent, privacy: PrivacyContext | None = None) -> list[Finding]:
    """Every finding for ``book``; ``privacy`` is what the privacy check knows of its child
    (lifebook.services.privacy.privacy_context): without it, only the words are checked."""
    findings = (name_findings(book) + letter_findings(book) + panel_findings(book)
                + [f for page in layout_book(book) for f in page.findings])
    findings += privacy_findings(book, privacy)
    return sorted(findings, key=lambda f: (f.page_number or 0, SEVERITY_RANK[Severity(f.severity)]))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(Severity(f.severity) == Severity.ERROR for f in findings)


def summary(findings: Iterable[Finding]) -> str:
    counts = Counter(Severity(f.severity) for f in findings)
    if not counts:
        return translate("checks.preflight", "No problems found.")
    parts = [_count(s, counts[s]) for s in Severity if counts[s]]
    return translate("checks.preflight", "{counts}.").format(counts=", ".join(parts))


def _count(severity: Severity, n: int) -> str:
    """"1 error", "3 warnings": each form whole, for translators."""
    if severity == Severity.ERROR:
        return (translate("checks.preflight", "1 error") if n == 1
                else translate("checks.preflight", "{n} errors").format(n=n))
    if severity == Severity.WARNING:
        return (translate("checks.preflight", "1 warning") if n == 1
                else translate("checks.preflight", "{n} warnings").format(n=n))
    return (translate("checks.preflight", "1 note") if n == 1
            else translate("checks.preflight", "{n} notes").format(n=n))


def finding_dict(finding: Finding) -> dict:
    return {
        "page": finding.page_number,
        "page_id": finding.page_id,
        "frame": finding.frame_key,
        "severity": Severity(finding.severity).value,
        "code": str(finding.code),
        "message": finding.message,
    }


def finding_line(finding: Finding) -> str:
    # the message already says where, in words; frame keys are internal and never shown
    return f"{Severity(finding.severity).value.upper():<7} {finding.message}"
