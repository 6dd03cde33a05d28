"""Checks for letters: dates that disagree with the chronology (checks.letter_dates), and for
letters copied for a sibling, the notice to personalise and the first child's name.

A letter copied for a brother or sister starts as the first child's letter.
Until it has been edited it carries an error (it must not be approved as it
is), and wherever it still says the first child's name, a warning points at
the page, so the sibling never reads a letter written to someone else.
"""

from __future__ import annotations

import re

from lifebook.checks.letter_dates import letter_date_findings
from lifebook.i18n import translate
from lifebook.layout.display import Finding, FindingCode
from lifebook.model.content import BookContent
from lifebook.model.enums import Severity


def letter_findings(book: BookContent) -> list[Finding]:
    findings: list[Finding] = []
    if book.personalise_note:
        findings.append(Finding(Severity.ERROR, FindingCode.NOT_PERSONALISED,
                                book.personalise_note))
    findings += letter_date_findings(book)  # dates the chronology says differently
    name = book.copied_from_child.strip()
    if not name or name.casefold() == book.child_name.strip().casefold():
        return findings
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for page in book.pages:
        count = sum(len(pattern.findall(f.text)) for f in page.frames.values())
        if count:
            findings.append(Finding(
                Severity.WARNING, FindingCode.OTHER_CHILDS_NAME,
                (translate("checks.letters", "Page {number} still says “{name}” once: this "
                           "letter is for {child}.") if count == 1 else
                 translate("checks.letters", "Page {number} still says “{name}” {count} times: "
                           "this letter is for {child}.")).format(
                    number=page.number, name=name, count=count, child=book.child_name),
                page.number, page.page_id, None, count))
    return findings
