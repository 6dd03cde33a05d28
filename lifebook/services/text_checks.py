"""Checking a draft written outside Lifebook: ``lifebook check-text FILE.txt|FILE.docx``.

Many social workers write a later life letter in Word first. This reads the
draft (plain text or a Word document, whose headings divide it into
sections), and runs the same checks as a letter in Lifebook: jargon, blaming
tone and reading level per section and for the whole text, and identifying
details (postcodes, phone numbers, emails, addresses, school names). Given a
child's privacy context (``check-text --child``), it also finds the names of
that child's people who have not agreed to be identified, with the same
rules as a letter in Lifebook (``checks.privacy``). Every issue names its
exact words (``text[start:end]`` of its section). The user's own jargon list
(``jargon.toml`` in Lifebook's settings folder) is added to the shipped one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from lifebook.checks.language import (
    LETTER_READER_AGE,
    LanguageDataError,
    TextIssue,
    check_text,
    load_jargon,
    reading_issue,
    reading_level,
)
from lifebook.checks.privacy import PrivacyContext, text_privacy_matches
from lifebook.i18n import QT_TRANSLATE_NOOP, translate
from lifebook.layout.display import FindingCode
from lifebook.model.richtext import normalise_text
from lifebook.services.errors import InvalidInput

MAX_DRAFT_BYTES = 20 * 1024 * 1024
# How each kind of issue is headed, on the command line and in the window
# kind -> heading; translated where shown (translate("services.text_checks", heading))
ISSUE_KINDS = {"jargon": QT_TRANSLATE_NOOP("services.text_checks", "Jargon"),
               "tone": QT_TRANSLATE_NOOP("services.text_checks", "Tone"),
               "reading-level": QT_TRANSLATE_NOOP("services.text_checks", "Reading level"),
               "consent": QT_TRANSLATE_NOOP("services.text_checks", "Consent"),
               "identifying": QT_TRANSLATE_NOOP("services.text_checks", "Identifying detail")}


def user_jargon_path() -> Path:
    """Where a user keeps their own jargon terms (added to the shipped list)."""
    return Path(platformdirs.user_config_dir("Lifebook")) / "jargon.toml"


@dataclass(frozen=True)
class Section:
    title: str  # "" for text before the first heading
    text: str


@dataclass(frozen=True)
class SectionReport:
    title: str
    reading_age: int | None
    issues: list[TextIssue]

    def as_dict(self) -> dict:
        return {"title": self.title, "reading_age": self.reading_age,
                "issues": [i.as_dict() for i in self.issues]}


@dataclass(frozen=True)
class TextReport:
    path: Path
    reader_age: int
    reading_age: int | None
    sections: list[SectionReport] = field(default_factory=list)
    whole: list[TextIssue] = field(default_factory=list)  # about the text as a whole
    child_id: int | None = None  # whose people's consent was checked (None: no names checked)

    @property
    def issue_count(self) -> int:
        return sum(len(s.issues) for s in self.sections) + len(self.whole)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "reader_age": self.reader_age, "child": self.child_id,
                "reading_age": self.reading_age, "issues": self.issue_count,
                "sections": [s.as_dict() for s in self.sections],
                "whole_text": [i.as_dict() for i in self.whole]}


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:  # no text file holds NUL bytes: UTF-16, or not text at all
        raise InvalidInput(translate("services.text_checks", "'{name}' is not a text file (it holds "
                                                             "binary data); save the draft as .txt or "
                                                             ".docx").format(name=path.name))
    # imported here: the CLI reads user_jargon_path() while building its help, for every command
    from lifebook.services.chronology_import import decode_text

    return decode_text(data)


def _docx_sections(path: Path) -> list[Section]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(translate("services.text_checks", "'{name}' could not be read as a Word "
                                                             "document ({exc}); open it in Word and "
                                                             "save it again as .docx").format(
                                                                 name=path.name, exc=exc)) from None
    sections: list[Section] = []
    title, lines = "", list[str]()
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style.startswith(("Heading", "Title")) and paragraph.text.strip():
            if any(line.strip() for line in lines):
                sections.append(Section(title, "\n\n".join(lines)))
            title, lines = paragraph.text.strip(), []
        else:
            lines.append(paragraph.text)
    if any(line.strip() for line in lines):
        sections.append(Section(title, "\n\n".join(lines)))
    return sections


def read_draft(path: Path) -> list[Section]:
    """The sections of a .txt or .docx draft; raises InvalidInput naming the file and problem."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(translate("services.text_checks", "There is no file {path}").format(path=path))
    if path.stat().st_size > MAX_DRAFT_BYTES:
        raise InvalidInput(translate("services.text_checks", "'{name}' is larger than 20 MB; a letter "
                                                             "is much smaller than that, so this is "
                                                             "probably not the right file").format(
                                                                 name=path.name))
    suffix = path.suffix.lower()
    if suffix == ".docx":
        sections = _docx_sections(path)
    elif suffix in (".txt", ".text", ".md"):
        try:
            sections = [Section("", _decode(path, path.read_bytes()))]
        except OSError as exc:
            raise InvalidInput(translate("services.text_checks", "'{name}' cannot be read ({reason})").format(
                name=path.name, reason=exc.strerror or exc)) from None
    elif suffix == ".doc":
        raise InvalidInput(translate("services.text_checks", "'{name}' is an old Word (.doc) file; "
                                                             "open it in Word and save it as .docx").format(
                                                                 name=path.name))
    else:
        raise InvalidInput(translate("services.text_checks", "'{name}': check-text reads .txt and "
                                                             ".docx files").format(name=path.name))
    return [Section(s.title, normalise_text(s.text)) for s in sections if s.text.strip()]


def privacy_issues(text: str, where: str, privacy: PrivacyContext | None) -> list[TextIssue]:
    """Identifying details in ``text``, and with ``privacy`` the names of the child's people
    who have not agreed to be identified ("consent"), each with its exact words."""
    issues = []
    for finding, match in text_privacy_matches(text, where, privacy or PrivacyContext()):
        kind = "consent" if finding.code == FindingCode.PRIVACY_NAME else "identifying"
        issues.append(TextIssue(kind, match.start, match.start + len(match.text), match.text,
                                finding.message))
    return issues


def check_draft(path: Path, reader_age: int = LETTER_READER_AGE, *,
                privacy: PrivacyContext | None = None, child_id: int | None = None
                ) -> TextReport:
    """Run the letter checks on a draft; raises InvalidInput (file, or a broken jargon list).

    ``privacy`` (``services.privacy.child_privacy_context``) adds the consent check
    against that child's people; ``child_id`` says whose they are, in the report.
    """
    sections = read_draft(path)
    if not sections:
        raise InvalidInput(translate("services.text_checks", "'{name}' has no text to check").format(
            name=Path(path).name))
    try:
        terms = load_jargon([user_jargon_path()])
    except LanguageDataError as exc:
        raise InvalidInput(translate("services.text_checks", "Your own jargon list cannot be used: "
                                                             "{exc}").format(exc=exc)) from None
    reports = []
    for n, section in enumerate(sections, start=1):
        if section.title:
            where = translate("services.text_checks", "The section “{title}”").format(
                title=section.title)
        elif len(sections) == 1:
            where = translate("services.text_checks", "The text")
        else:
            where = translate("services.text_checks", "Part {n}").format(n=n)
        issues = check_text(section.text, reader_age=reader_age, terms=terms, where=where)
        issues += privacy_issues(section.text, where, privacy)
        issues.sort(key=lambda i: (i.start, i.kind))
        reports.append(SectionReport(section.title, reading_level(section.text).age, issues))
    whole_text = "\n\n".join(s.text for s in sections)
    whole: list[TextIssue] = []
    if len(sections) > 1:
        issue = reading_issue(whole_text, reader_age, translate("services.text_checks", "The whole letter"))
        if issue is not None:
            whole.append(issue)
    return TextReport(Path(path), reader_age, reading_level(whole_text).age, reports, whole,
                      child_id if privacy is not None else None)
