"""QA checklists: data in ``templates/qa/<kind>.toml``, and the rules for completing one.

A reviewer answers each item met, not met or not applicable, with a comment.
``approval_problems`` says what stops an approval (an item not answered or not
met, "not applicable" on an item that always applies, a "not met" with no
word of what to change); ``changes_problems`` what stops a request for
changes. Both return plain sentences, empty when all is well.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lifebook.i18n import translate
from lifebook.layout.templates import in_language
from lifebook.model.enums import BookKind, QaAnswer
from lifebook.resources import templates_dir


class ChecklistError(ValueError):
    """A checklist file is missing or malformed; the message names the file and the fault."""


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # stored with the answer; never shown
    section: str
    text: str  # may hold {name}
    can_be_na: bool = False

    def wording(self, child_name: str) -> str:
        return self.text.replace("{name}", child_name or translate("checks.checklists", "the child"))


@dataclass(frozen=True)
class Checklist:
    key: str  # the file's name: a BookKind value
    title: str
    intro: str
    items: tuple[ChecklistItem, ...]

    def item(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.key == key), None)


@dataclass(frozen=True)
class ItemAnswer:
    """One answer: the item's key, the answer and the reviewer's comment."""

    key: str
    answer: QaAnswer = QaAnswer.UNANSWERED
    comment: str = ""


def _load(path: Path) -> Checklist:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ChecklistError(f"the QA checklist {path.name} cannot be read: {exc}") from exc
    items, seen = [], set()
    for n, raw in enumerate(data.get("items", []), start=1):
        key, text = str(raw.get("key", "")).strip(), str(raw.get("text", "")).strip()
        if not key or not text:
            raise ChecklistError(f"{path.name}: item {n} needs a key and a text")
        if key in seen:
            raise ChecklistError(f"{path.name}: the key '{key}' is used twice")
        seen.add(key)
        items.append(ChecklistItem(key, str(raw.get("section", "")), text,
                                   bool(raw.get("can_be_na", False))))
    if not items:
        raise ChecklistError(f"{path.name} has no items")
    key = path.name.split(".", 1)[0]  # life-story.cy.toml is the life-story checklist, in Welsh
    return Checklist(key, str(data.get("title", key)), str(data.get("intro", "")), tuple(items))


@cache
def checklist_for(kind: BookKind | str, root: Path | None = None, locale: str | None = None) -> Checklist:
    """The QA checklist for a kind of book, in the user's language when templates/qa has it
    (``<kind>.<locale>.toml``, a whole translated copy, as for book templates); raises ChecklistError."""
    key = BookKind(kind).value
    folder = (root or templates_dir()) / "qa"
    path = in_language(folder, key, locale)
    checklist = _load(path)
    if path.name != f"{key}.toml":  # a translation answers the same items, or answers could not be compared
        english = [i.key for i in _load(folder / f"{key}.toml").items]
        if [i.key for i in checklist.items] != english:
            raise ChecklistError(f"{path.name}: its items' keys must be those of {key}.toml, "
                                 "in the same order")
    return checklist


def _short(item: ChecklistItem, child_name: str, limit: int = 60) -> str:
    text = item.wording(child_name)
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”"


def approval_problems(checklist: Checklist, answers: dict[str, ItemAnswer],
                      child_name: str = "") -> list[str]:
    """Why this checklist does not yet allow approval; empty when it does."""
    problems = []
    unanswered = [i for i in checklist.items
                  if answers.get(i.key, ItemAnswer(i.key)).answer is QaAnswer.UNANSWERED]
    if unanswered:
        first = _short(unanswered[0], child_name)
        if len(unanswered) == 1:
            problems.append(translate("checks.checklists", "1 of {total} checklist items is not "
                                      "answered yet (the first is {first}).").format(total=len(checklist.items),
                                                                        first=first))
        else:
            problems.append(translate("checks.checklists", "{count} of {total} checklist items are "
                                      "not answered yet (the first is {first}).").format(
                count=len(unanswered), total=len(checklist.items), first=first))
    for item in checklist.items:
        answer = answers.get(item.key, ItemAnswer(item.key))
        if answer.answer is QaAnswer.NOT_MET:
            problems.append(translate("checks.checklists", "{item} is not met: request changes "
                                      "instead.").format(item=_short(item, child_name)))
        elif answer.answer is QaAnswer.NOT_APPLICABLE and not item.can_be_na:
            problems.append(translate("checks.checklists", "{item} applies to every book, so it "
                                      "cannot be marked not applicable.").format(
                item=_short(item, child_name)))
    return problems


def changes_problems(checklist: Checklist, answers: dict[str, ItemAnswer], comment: str,
                     child_name: str = "") -> list[str]:
    """Why changes cannot be requested like this; empty when they can."""
    problems = []
    if not comment.strip():
        problems.append(translate("checks.checklists", "Say what needs to change in the comment, "
                                  "so the book's author knows."))
    for item in checklist.items:
        answer = answers.get(item.key, ItemAnswer(item.key))
        if answer.answer is QaAnswer.NOT_MET and not answer.comment.strip():
            problems.append(translate("checks.checklists", "{item} is not met: add a comment "
                                      "saying what to change.").format(item=_short(item, child_name)))
    return problems
