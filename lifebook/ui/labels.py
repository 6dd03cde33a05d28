"""Words made below the window that the window shows, for the translation catalogue.

The labels of the model's enums (``lifebook.model.enums``, the page sizes) and
the names of the key dates (``services.children.KEY_DATES``) are plain UK
English: nothing below ``ui/`` may use Qt. They are listed here with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` puts them in the catalogue, and
``label()`` translates one where the window shows it.
tests/ui/test_translation.py fails when a new label is missing from LABELS.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"


def label(text: str) -> str:
    """A label made below the window (a plan, a kind of book, a key date), translated."""
    return QCoreApplication.translate(CONTEXT, text)


LABELS: tuple[object, ...] = (
    # Plans (lifebook.model.enums.Plan)
    QT_TRANSLATE_NOOP("labels", "Adoption"),
    QT_TRANSLATE_NOOP("labels", "Long-term foster care"),
    QT_TRANSLATE_NOOP("labels", "Child in need / child protection"),
    QT_TRANSLATE_NOOP("labels", "Public Law Outline"),
    QT_TRANSLATE_NOOP("labels", "Permanence order (SGO/CAO)"),
    QT_TRANSLATE_NOOP("labels", "Private fostering"),
    QT_TRANSLATE_NOOP("labels", "Care leaver"),
    # Kinds of book (lifebook.model.enums.BookKind)
    QT_TRANSLATE_NOOP("labels", "Life story book"),
    QT_TRANSLATE_NOOP("labels", "Words and pictures"),
    QT_TRANSLATE_NOOP("labels", "Later life letter"),
    # Where a book is in its QA (lifebook.model.enums.BookStatus)
    QT_TRANSLATE_NOOP("labels", "Draft"),
    QT_TRANSLATE_NOOP("labels", "Ready for quality assurance (QA)"),
    QT_TRANSLATE_NOOP("labels", "Changes requested"),
    QT_TRANSLATE_NOOP("labels", "Approved"),
    QT_TRANSLATE_NOOP("labels", "Delivered"),
    # Chronology categories (lifebook.model.enums.ChronologyCategory)
    QT_TRANSLATE_NOOP("labels", "Birth"),
    QT_TRANSLATE_NOOP("labels", "Family"),
    QT_TRANSLATE_NOOP("labels", "Move or placement"),
    QT_TRANSLATE_NOOP("labels", "Court and legal"),
    QT_TRANSLATE_NOOP("labels", "Health"),
    QT_TRANSLATE_NOOP("labels", "Education"),
    QT_TRANSLATE_NOOP("labels", "Milestone"),
    QT_TRANSLATE_NOOP("labels", "Contact"),
    QT_TRANSLATE_NOOP("labels", "Other"),
    # Consent (lifebook.model.enums.Consent)
    QT_TRANSLATE_NOOP("labels", "Yes"),
    QT_TRANSLATE_NOOP("labels", "No"),
    QT_TRANSLATE_NOOP("labels", "Not asked"),
    # How exact a date is (lifebook.model.enums.DatePrecision)
    QT_TRANSLATE_NOOP("labels", "Exact day"),
    QT_TRANSLATE_NOOP("labels", "Month"),
    QT_TRANSLATE_NOOP("labels", "Season"),
    QT_TRANSLATE_NOOP("labels", "Year"),
    QT_TRANSLATE_NOOP("labels", "About"),
    QT_TRANSLATE_NOOP("labels", "Not known"),
    # Nations (lifebook.model.enums.Nation)
    QT_TRANSLATE_NOOP("labels", "England and Wales"),
    QT_TRANSLATE_NOOP("labels", "Scotland"),
    QT_TRANSLATE_NOOP("labels", "Northern Ireland"),
    # People's roles (lifebook.model.enums.PersonRole)
    QT_TRANSLATE_NOOP("labels", "Birth family"),
    QT_TRANSLATE_NOOP("labels", "Sibling"),
    QT_TRANSLATE_NOOP("labels", "Foster carer"),
    QT_TRANSLATE_NOOP("labels", "Adopter"),
    QT_TRANSLATE_NOOP("labels", "Professional"),
    QT_TRANSLATE_NOOP("labels", "Other"),
    QT_TRANSLATE_NOOP("labels", "Special guardian"),
    # Relationships (lifebook.model.enums.Relationship)
    QT_TRANSLATE_NOOP("labels", "Birth mother"),
    QT_TRANSLATE_NOOP("labels", "Birth father"),
    QT_TRANSLATE_NOOP("labels", "Birth father (not known)"),
    QT_TRANSLATE_NOOP("labels", "Brother or sister"),
    QT_TRANSLATE_NOOP("labels", "Half-brother or half-sister"),
    QT_TRANSLATE_NOOP("labels", "Stepbrother or stepsister"),
    QT_TRANSLATE_NOOP("labels", "Grandparent"),
    QT_TRANSLATE_NOOP("labels", "Aunt or uncle"),
    QT_TRANSLATE_NOOP("labels", "Other birth relative"),
    QT_TRANSLATE_NOOP("labels", "Foster carer"),
    QT_TRANSLATE_NOOP("labels", "Adopter"),
    QT_TRANSLATE_NOOP("labels", "Special guardian"),
    QT_TRANSLATE_NOOP("labels", "Social worker"),
    QT_TRANSLATE_NOOP("labels", "Other professional"),
    QT_TRANSLATE_NOOP("labels", "Someone else"),
    # Quality assurance answers (lifebook.model.enums.QaAnswer)
    QT_TRANSLATE_NOOP("labels", "Met"),
    QT_TRANSLATE_NOOP("labels", "Not met"),
    QT_TRANSLATE_NOOP("labels", "Not applicable"),
    QT_TRANSLATE_NOOP("labels", "Not answered yet"),
    # Where a sibling lives (lifebook.model.enums.SiblingLives)
    QT_TRANSLATE_NOOP("labels", "Lives with the child"),
    QT_TRANSLATE_NOOP("labels", "Lives somewhere else"),
    QT_TRANSLATE_NOOP("labels", "Adopted by another family"),
    QT_TRANSLATE_NOOP("labels", "Not known"),
    # Page sizes (lifebook.model.trim.TrimSize)
    QT_TRANSLATE_NOOP("labels", "A4 portrait (210 × 297 mm)"),
    QT_TRANSLATE_NOOP("labels", "A4 landscape (297 × 210 mm)"),
    QT_TRANSLATE_NOOP("labels", "A5 portrait (148 × 210 mm)"),
    QT_TRANSLATE_NOOP("labels", "Square (210 × 210 mm)"),
    QT_TRANSLATE_NOOP("labels", "US Letter (8.5 × 11 in)"),
    # Key dates (lifebook.services.children.KEY_DATES)
    QT_TRANSLATE_NOOP("labels", "Came into care"),
    QT_TRANSLATE_NOOP("labels", "Placement"),
    QT_TRANSLATE_NOOP("labels", "Placement order"),
    QT_TRANSLATE_NOOP("labels", "Adoption order"),
    QT_TRANSLATE_NOOP("labels", "Celebration hearing"),
    QT_TRANSLATE_NOOP("labels", "Match"),
    QT_TRANSLATE_NOOP("labels", "Special guardianship or child arrangements order"),
    QT_TRANSLATE_NOOP("labels", "Current plan started"),
)
