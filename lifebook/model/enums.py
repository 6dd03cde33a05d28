"""Enumerations shared by every layer.

Each enum's *value* is the stable token stored in the database and used on
the command line; ``label`` is the UK English wording shown to users.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a user-facing label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("-", " "))

    @classmethod
    def parse(cls, token: str) -> LabelledEnum:
        """Accept the CLI token, the stored value or the label, case-insensitively."""
        wanted = token.strip().lower().replace("_", "-")
        for member in cls:
            if wanted in (member.value, member.label.lower()):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"'{token}' is not one of: {choices}")


class Plan(LabelledEnum):
    ADOPTION = "adoption"
    LONG_TERM_FOSTER_CARE = "long-term-foster-care"
    CIN_CP = "cin-cp"
    PLO = "plo"
    PERMANENCE_ORDER = "permanence-order"
    PRIVATE_FOSTERING = "private-fostering"
    CARE_LEAVER = "care-leaver"


class Nation(LabelledEnum):
    """Whose bank holidays a child's working-day deadlines skip."""

    ENGLAND_WALES = "england-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


class BookKind(LabelledEnum):
    LIFE_STORY = "life-story"
    WORDS_AND_PICTURES = "words-and-pictures"
    LATER_LIFE_LETTER = "later-life-letter"


class BookStatus(LabelledEnum):
    """Where a book is in quality assurance (services.workflow holds the moves).

    The stored tokens predate the issue's names: ``in-review`` is "ready for
    QA" and ``handed-over`` is "delivered". ``parse`` accepts those words too.
    """

    DRAFT = "draft"
    IN_REVIEW = "in-review"  # ready for quality assurance (QA)
    CHANGES_REQUESTED = "changes-requested"
    APPROVED = "approved"
    HANDED_OVER = "handed-over"  # delivered

    @classmethod
    def parse(cls, token: str) -> BookStatus:
        wanted = token.strip().lower().replace("_", "-").replace(" ", "-")
        alias = _STATUS_ALIASES.get(wanted)
        return cls(alias) if alias else super().parse(token)  # type: ignore[return-value]


class QaAnswer(LabelledEnum):
    """A reviewer's answer to one item of a QA checklist (templates/qa/)."""

    MET = "met"
    NOT_MET = "not-met"
    NOT_APPLICABLE = "not-applicable"
    UNANSWERED = "unanswered"


class PersonRole(LabelledEnum):
    BIRTH_FAMILY = "birth-family"
    SIBLING = "sibling"
    FOSTER_CARER = "foster-carer"
    ADOPTER = "adopter"
    PROFESSIONAL = "professional"
    OTHER = "other"
    SPECIAL_GUARDIAN = "special-guardian"


class Relationship(LabelledEnum):
    """Who someone is to the child (people, revision 0006); the detail is free text."""

    BIRTH_MOTHER = "birth-mother"
    BIRTH_FATHER = "birth-father"
    FATHER_UNKNOWN = "father-unknown"
    FULL_SIBLING = "full-sibling"
    HALF_SIBLING = "half-sibling"
    STEP_SIBLING = "step-sibling"
    GRANDPARENT = "grandparent"
    AUNT_UNCLE = "aunt-uncle"
    OTHER_BIRTH_RELATIVE = "other-birth-relative"
    FOSTER_CARER = "foster-carer"
    ADOPTER = "adopter"
    SPECIAL_GUARDIAN = "special-guardian"
    SOCIAL_WORKER = "social-worker"
    PROFESSIONAL = "professional"
    OTHER = "other"

    @property
    def label(self) -> str:  # own labels: "other" and "professional" read differently here
        return _RELATIONSHIP_LABELS[self.value]

    @property
    def role(self) -> PersonRole:
        """The broad group: birth family, sibling, carer, adopter, professional, other."""
        return _RELATIONSHIP_ROLES[self.value]

    @property
    def is_birth_family(self) -> bool:
        return self.role in (PersonRole.BIRTH_FAMILY, PersonRole.SIBLING)

    @property
    def is_sibling(self) -> bool:
        return self.role is PersonRole.SIBLING


_RELATIONSHIP_LABELS = {
    "birth-mother": "Birth mother",
    "birth-father": "Birth father",
    "father-unknown": "Birth father (not known)",
    "full-sibling": "Brother or sister",
    "half-sibling": "Half-brother or half-sister",
    "step-sibling": "Stepbrother or stepsister",
    "grandparent": "Grandparent",
    "aunt-uncle": "Aunt or uncle",
    "other-birth-relative": "Other birth relative",
    "foster-carer": "Foster carer",
    "adopter": "Adopter",
    "special-guardian": "Special guardian",
    "social-worker": "Social worker",
    "professional": "Other professional",
    "other": "Someone else",
}
_RELATIONSHIP_ROLES = {
    "birth-mother": PersonRole.BIRTH_FAMILY,
    "birth-father": PersonRole.BIRTH_FAMILY,
    "father-unknown": PersonRole.BIRTH_FAMILY,
    "full-sibling": PersonRole.SIBLING,
    "half-sibling": PersonRole.SIBLING,
    "step-sibling": PersonRole.SIBLING,
    "grandparent": PersonRole.BIRTH_FAMILY,
    "aunt-uncle": PersonRole.BIRTH_FAMILY,
    "other-birth-relative": PersonRole.BIRTH_FAMILY,
    "foster-carer": PersonRole.FOSTER_CARER,
    "adopter": PersonRole.ADOPTER,
    "special-guardian": PersonRole.SPECIAL_GUARDIAN,
    "social-worker": PersonRole.PROFESSIONAL,
    "professional": PersonRole.PROFESSIONAL,
    "other": PersonRole.OTHER,
}


class SiblingLives(LabelledEnum):
    """Where a brother or sister lives now (people, revision 0006)."""

    WITH_CHILD = "with-child"
    ELSEWHERE = "elsewhere"
    ADOPTED_ELSEWHERE = "adopted-elsewhere"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _SIBLING_LIVES_LABELS[self.value]


_SIBLING_LIVES_LABELS = {
    "with-child": "Lives with the child",
    "elsewhere": "Lives somewhere else",
    "adopted-elsewhere": "Adopted by another family",
    "unknown": "Not known",
}


class Consent(LabelledEnum):
    """Consent to be named or identified in the child's book or letter."""

    YES = "yes"
    NO = "no"
    NOT_ASKED = "not-asked"


class DatePrecision(LabelledEnum):
    """How much of a date is known: chronologies hold 'spring 2019' and 'about 2015'."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    APPROXIMATE = "approximate"
    UNKNOWN = "unknown"  # a chronology event whose date could not be read (its text is kept)


class ChronologyCategory(LabelledEnum):
    """What kind of event a chronology entry is."""

    BIRTH = "birth"
    FAMILY = "family"
    MOVE = "move"
    COURT = "court"
    HEALTH = "health"
    EDUCATION = "education"
    MILESTONE = "milestone"
    CONTACT = "contact"
    OTHER = "other"


class Severity(LabelledEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FrameKind(LabelledEnum):
    PHOTO = "photo"
    TEXT = "text"
    CAPTION = "caption"
    TITLE = "title"
    DRAWING = "drawing"
    AUTO = "auto"


_LABELS: dict[StrEnum, str] = {
    DatePrecision.DAY: "Exact day",
    DatePrecision.MONTH: "Month",
    DatePrecision.SEASON: "Season",
    DatePrecision.YEAR: "Year",
    DatePrecision.APPROXIMATE: "About",
    DatePrecision.UNKNOWN: "Not known",
    ChronologyCategory.BIRTH: "Birth",
    ChronologyCategory.FAMILY: "Family",
    ChronologyCategory.MOVE: "Move or placement",
    ChronologyCategory.COURT: "Court and legal",
    ChronologyCategory.HEALTH: "Health",
    ChronologyCategory.EDUCATION: "Education",
    ChronologyCategory.MILESTONE: "Milestone",
    ChronologyCategory.CONTACT: "Contact",
    ChronologyCategory.OTHER: "Other",
    Plan.ADOPTION: "Adoption",
    Plan.LONG_TERM_FOSTER_CARE: "Long-term foster care",
    Plan.CIN_CP: "Child in need / child protection",
    Plan.PLO: "Public Law Outline",
    Plan.PERMANENCE_ORDER: "Permanence order (SGO/CAO)",
    Plan.PRIVATE_FOSTERING: "Private fostering",
    Plan.CARE_LEAVER: "Care leaver",
    Nation.ENGLAND_WALES: "England and Wales",
    Nation.SCOTLAND: "Scotland",
    Nation.NORTHERN_IRELAND: "Northern Ireland",
    BookKind.LIFE_STORY: "Life story book",
    BookKind.WORDS_AND_PICTURES: "Words and pictures",
    BookKind.LATER_LIFE_LETTER: "Later life letter",
    BookStatus.DRAFT: "Draft",
    BookStatus.IN_REVIEW: "Ready for quality assurance (QA)",
    BookStatus.CHANGES_REQUESTED: "Changes requested",
    BookStatus.APPROVED: "Approved",
    BookStatus.HANDED_OVER: "Delivered",
    QaAnswer.MET: "Met",
    QaAnswer.NOT_MET: "Not met",
    QaAnswer.NOT_APPLICABLE: "Not applicable",
    QaAnswer.UNANSWERED: "Not answered yet",
    PersonRole.BIRTH_FAMILY: "Birth family",
    PersonRole.SIBLING: "Sibling",
    PersonRole.FOSTER_CARER: "Foster carer",
    PersonRole.ADOPTER: "Adopter",
    PersonRole.PROFESSIONAL: "Professional",
    PersonRole.OTHER: "Other",
    PersonRole.SPECIAL_GUARDIAN: "Special guardian",
    Consent.YES: "Yes",
    Consent.NO: "No",
    Consent.NOT_ASKED: "Not asked",
}

# what people type for a status on the command line, beyond its token and label
_STATUS_ALIASES = {
    "ready-for-qa": "in-review",
    "qa": "in-review",
    "ready-for-quality-assurance": "in-review",
    "delivered": "handed-over",
    "changes": "changes-requested",
}
