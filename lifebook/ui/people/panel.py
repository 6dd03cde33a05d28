"""The People tab: the people in a child's life, their consents, and where they appear.

A list (photo or initials, name, relationship, the two consents) beside a
card for the chosen person. Add, edit and delete go through
``services.people`` and onto this panel's undo stack (Ctrl+Z / Ctrl+Shift+Z
here, or the Undo button). Deleting someone who appears in photos, the
chronology or a book asks first and lists where; every delete shows an
Undo notice.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.dates import format_uk_date
from lifebook.model.enums import Consent, SiblingLives
from lifebook.model.records import PersonInfo, PhotoInfo
from lifebook.services import people as people_service
from lifebook.services import photos as photo_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.ui import style
from lifebook.ui.editor.photo_strip import load_thumbnail
from lifebook.ui.jobs import Job, Runner
from lifebook.ui.labels import label as _tr_label
from lifebook.ui.people.avatars import initials_avatar, photo_avatar
from lifebook.ui.people.commands import AddPerson, DeletePerson, EditPerson, PeopleContext
from lifebook.ui.people.dialog import PersonDialog
from lifebook.ui.scrolling import vertical_scroller
from lifebook.ui.undo_notice import UndoNotice

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ICON = 40
CARD_ICON = 112
COLUMNS = [str(QT_TRANSLATE_NOOP("PeoplePanel", "Person")), str(QT_TRANSLATE_NOOP("PeoplePanel", "Relationship")),
           str(QT_TRANSLATE_NOOP("PeoplePanel", "Named in books")), str(QT_TRANSLATE_NOOP("PeoplePanel", "Identified"))]
CONSENT_COLOURS = {Consent.YES.value: "#2F6F55", Consent.NO.value: "#B3261E",
                   Consent.NOT_ASKED.value: "#9A6700"}
CONSENT_WORDS = {Consent.YES.value: str(QT_TRANSLATE_NOOP("PeoplePanel", "Yes")), Consent.NO.value: str(QT_TRANSLATE_NOOP("PeoplePanel", "No")),
                 Consent.NOT_ASKED.value: str(QT_TRANSLATE_NOOP("PeoplePanel", "Not asked yet"))}
EMPTY = ("No people yet. Add the child's birth family, carers and the professionals who "
         "helped, so books can name them with care.")


def _label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def person_title(p: PersonInfo) -> str:
    """"Nanna Jo (Josephine Smith)", or the one name when they are the same."""
    return f"{p.known_as} ({p.name})" if p.known_as and p.known_as != p.name else p.name


def relationship_text(p: PersonInfo) -> str:
    text = p.relationship_label
    if p.relationship_to_child and not _says_the_same(text, p.relationship_to_child):
        text += f" · {p.relationship_to_child}"
    if p.date_of_death:
        text += " · died"
    return text


class PeoplePanel(QWidget):
    """The child's people with a card for the one chosen; the window calls ``show_child``."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: Library | None = None
        self.child_id: int | None = None
        self.child_name = ""
        self.people: list[PersonInfo] = []
        self._photos: dict[int, PhotoInfo] = {}
        self._avatars: dict[int, QPixmap] = {}  # media id -> round photo (the card's size)
        self._jobs: list[Job] = []
        self.undo_stack = QUndoStack(self)
        self.ctx = PeopleContext(self._library, self.refresh, self._failed)

        self.title = _label(QCoreApplication.translate("PeoplePanel", "People"), "sectionTitle", wrap=False)
        self.add_button = QPushButton(QCoreApplication.translate("PeoplePanel", "Add a person…"))
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Add someone in the child's life: family, carers, "
                                   "professionals"))
        self.undo_button = QPushButton(QCoreApplication.translate("PeoplePanel", "Undo"))
        self.undo_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Undo the last change to the people (Ctrl+Z)"))
        self.redo_button = QPushButton(QCoreApplication.translate("PeoplePanel", "Redo"))
        self.redo_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Redo the change you undid"))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)
        header.addWidget(self.add_button)
        self.intro = _label(QCoreApplication.translate("PeoplePanel", "Who is who in the child's story, and what each person agreed. "
                            "Double-click someone to change their details."), "subheading")
        self.notice = UndoNotice(self)

        self.list = QTreeWidget()
        self.list.setObjectName("people")
        self.list.setAccessibleName(QCoreApplication.translate("PeoplePanel", "People"))
        self.list.setToolTip(QCoreApplication.translate("PeoplePanel", "The people in the child's story. Choose one to see who they are and what they agreed."))
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels([QCoreApplication.translate("PeoplePanel", c) for c in COLUMNS])
        self.list.setRootIsDecorated(False)
        self.list.setIconSize(QSize(ROW_ICON, ROW_ICON))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        heads = self.list.header()
        heads.setStretchLastSection(False)
        heads.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        heads.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # stretched columns never shrink below their headings: the list scrolls sideways instead
        heads.setMinimumSectionSize(max(heads.sectionSizeHint(0), heads.sectionSizeHint(1)))
        for column in (2, 3):
            heads.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = _label(EMPTY, "subheading")

        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(340)
        self.card_photo = QLabel()
        self.card_photo.setFixedSize(CARD_ICON, CARD_ICON)
        self.card_name = _label("", "heading")
        self.card_name.setProperty("lifebookData", True)  # the person's name
        self.card_name.setStyleSheet(f"{style.font_size(15)};")
        self.card_relationship = _label("", "subheading")
        self.card_relationship.setProperty("lifebookData", True)  # their name and relationship
        self.card_description = _label()
        self.card_description.setProperty("lifebookData", True)  # words typed about them
        self.card_description.setStyleSheet("font-style: italic;")
        self.card_facts = _label()
        self.card_consent = _label()
        self.card_consent.setTextFormat(Qt.TextFormat.RichText)
        self.card_uses_title = _label(QCoreApplication.translate("PeoplePanel", "Appears in"), "sectionTitle", wrap=False)
        self.card_uses = _label()
        self.edit_button = QPushButton(QCoreApplication.translate("PeoplePanel", "Edit…"))
        self.edit_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Change this person's details and what they agreed to"))
        self.delete_button = QPushButton(QCoreApplication.translate("PeoplePanel", "Delete…"))
        self.delete_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Delete this person (asks first if they appear anywhere; "
                                      "you can undo it)"))
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.edit_button)
        card_buttons.addWidget(self.delete_button)
        card_buttons.addStretch(1)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(20, 18, 20, 18)
        card_layout.setSpacing(6)
        card_layout.addWidget(self.card_photo, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.card_name, self.card_relationship, self.card_description,
                       self.card_facts, self.card_consent, self.card_uses_title, self.card_uses):
            card_layout.addWidget(widget)
        card_layout.addStretch(1)
        card_layout.addLayout(card_buttons)

        lists = QVBoxLayout()
        lists.addWidget(self.list, 1)
        lists.addWidget(self.empty)
        lists.addStretch(0)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(lists, 1)
        self.card_area = vertical_scroller(self.card)  # a long consent record scrolls, never clips
        self.card_area.setFixedWidth(self.card.width() + self.card_area.verticalScrollBar().sizeHint().width())
        body.addWidget(self.card_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.delete_button.clicked.connect(lambda: self.delete_person())
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._stack_changed)
        self.list.itemSelectionChanged.connect(self._show_card)
        self.list.itemActivated.connect(lambda item, _c: self.edit_person(self._id_of(item)))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence.StandardKey.Delete, lambda: self.delete_person())):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # --- the child ----------------------------------------------------------------------

    def _library(self) -> Library:
        assert self.library is not None
        return self.library

    def show_child(self, library: Library, child_id: int, child_name: str,
                   photos: list[PhotoInfo] | None = None) -> None:
        """Show this child's people; a different child starts a fresh undo history.

        ``photos`` is the child's photo list when the caller has just read it.
        """
        if (library, child_id) != (self.library, self.child_id):
            self.undo_stack.clear()
            self.notice.hide()
            self._avatars.clear()
        self.library, self.child_id, self.child_name = library, child_id, child_name
        self.title.setText(QCoreApplication.translate("PeoplePanel", "People in {child_name}'s life").format(
            child_name=child_name))
        self.refresh(photos=photos)

    def refresh(self, select: int | None = None, photos: list[PhotoInfo] | None = None) -> None:
        """Read the people (and the photos they use) again; keep or move the selection."""
        if self.library is None or self.child_id is None:
            return
        select = select if select is not None else self.selected_id()
        self.people = people_service.list_people(self.library, self.child_id)
        if photos is None:
            photos = photo_service.list_media(self.library, self.child_id)
        self._photos = {p.id: p for p in photos}
        self.list.clear()
        for person in self.people:
            item = QTreeWidgetItem([person_title(person), relationship_text(person),
                                    QCoreApplication.translate("PeoplePanel", CONSENT_WORDS[person.consent]),
                                    QCoreApplication.translate("PeoplePanel", CONSENT_WORDS[person.consent_identified])])
            item.setData(0, PERSON_ID_ROLE, person.id)
            item.setIcon(0, QIcon(self._avatar(person, ROW_ICON)))
            for column, consent in ((2, person.consent), (3, person.consent_identified)):
                item.setForeground(column, QBrush(QColor(CONSENT_COLOURS[consent])))
            item.setToolTip(0, person.description or person_title(person))
            self.list.addTopLevelItem(item)
            if person.id == select:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.list.setVisible(bool(self.people))
        self.empty.setVisible(not self.people)
        self.card_area.setVisible(bool(self.people))
        self._show_card()
        self._load_avatars()

    # --- pictures -----------------------------------------------------------------------

    def _avatar(self, person: PersonInfo, edge: int) -> QPixmap:
        photo = self._avatars.get(person.photo_media_id or 0)
        if photo is not None:
            return photo.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
        return initials_avatar(person.display_name, person.role, edge)

    def _load_avatars(self) -> None:
        """Read the people's photos off the UI thread; each row updates as they arrive."""
        wanted = [(p.role, self._photos[p.photo_media_id]) for p in self.people
                  if p.photo_media_id in self._photos and p.photo_media_id not in self._avatars]
        if not wanted or self.library is None:
            return
        library, size = self.library, QSize(CARD_ICON * 2, CARD_ICON * 2)

        def work(_progress, cancelled):
            out = []
            for role, photo in wanted:
                if cancelled():
                    break
                try:
                    out.append((role, photo.id, load_thumbnail(library, photo, size)))
                except Exception:  # a missing original keeps the initials
                    continue
            return out

        job = Job(work)
        job.finished.connect(self._avatars_arrived)
        self._jobs = [j for j in self._jobs if not j.cancelled] + [job]
        self.runner.start(job)

    def _avatars_arrived(self, loaded: list[tuple[str, int, QImage]]) -> None:
        for role, media_id, image in loaded:
            if not image.isNull():
                self._avatars[media_id] = photo_avatar(image, role, CARD_ICON)
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            person = self._person(self._id_of(item))
            if item is not None and person is not None:
                item.setIcon(0, QIcon(self._avatar(person, ROW_ICON)))
        self._show_card()

    # --- the card -----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self._id_of(self.list.currentItem())

    @staticmethod
    def _id_of(item: QTreeWidgetItem | None) -> int | None:
        return int(item.data(0, PERSON_ID_ROLE)) if item is not None else None

    def _person(self, person_id: int | None) -> PersonInfo | None:
        return next((p for p in self.people if p.id == person_id), None)

    def _show_card(self) -> None:
        person = self._person(self.selected_id())
        self._update_buttons()
        if person is None or self.library is None:
            return
        self.card_photo.setPixmap(self._avatar(person, CARD_ICON))
        self.card_name.setText(person.display_name)
        parts = [relationship_text(person)]
        if person.known_as and person.known_as != person.name:
            parts.insert(0, person.name)
        self.card_relationship.setText(" · ".join(parts))
        self.card_description.setText(f"“{person.description}”" if person.description else "")
        self.card_description.setVisible(bool(person.description))
        self.card_facts.setText("\n".join(self._facts(person)))
        self.card_facts.setVisible(bool(self._facts(person)))
        self.card_consent.setText(self._consent_html(person))
        uses = people_service.person_uses(self.library, person.id)
        self.card_uses.setText("\n".join(uses.lines()) or QCoreApplication.translate("PeoplePanel", "No photos, chronology or books yet."))

    @staticmethod
    def _facts(p: PersonInfo) -> list[str]:
        facts = []
        if p.date_of_birth:
            facts.append(QCoreApplication.translate("PeoplePanel", "Born {date}").format(
                date=format_uk_date(p.date_of_birth)))
        if p.date_of_death:
            facts.append(QCoreApplication.translate("PeoplePanel", "Died {date}").format(
                date=format_uk_date(p.date_of_death)))
        if p.sibling_lives:
            facts.append(_tr_label(SiblingLives(p.sibling_lives).label))
        if p.household:
            facts.append(QCoreApplication.translate("PeoplePanel", "Household: {household}").format(
                household=p.household))
        if p.placement_from or p.placement_to:
            start = format_uk_date(p.placement_from) if p.placement_from else QCoreApplication.translate("PeoplePanel", "a date not recorded")
            end = format_uk_date(p.placement_to) if p.placement_to else QCoreApplication.translate("PeoplePanel", "now")
            facts.append(QCoreApplication.translate("PeoplePanel", "The child lived with them from {start} to {end}").format(start=start, end=end))
        return facts

    @staticmethod
    def _consent_html(p: PersonInfo) -> str:
        rows = []
        for question, consent, asked, note in (
            (QCoreApplication.translate("PeoplePanel", "Named in books"), p.consent, p.consent_named_date, p.consent_note),
            (QCoreApplication.translate("PeoplePanel", "Identified (full name, photo, where they live)"), p.consent_identified,
             p.consent_identified_date, p.consent_identified_note),
        ):
            words = f"<b style='color:{CONSENT_COLOURS[consent]}'>{QCoreApplication.translate('PeoplePanel', CONSENT_WORDS[consent])}</b>"
            line = (QCoreApplication.translate("PeoplePanel", "{question}: {answer}, asked {date}").format(
                        question=question, answer=words, date=format_uk_date(asked)) if asked
                    else QCoreApplication.translate("PeoplePanel", "{question}: {answer}").format(
                        question=question, answer=words))
            if note:
                line += f"<br><span style='color:#6B625C'>{_escape(note)}</span>"
            rows.append(line)
        return "<br>".join(rows)

    def _stack_changed(self, _index: int) -> None:
        with contextlib.suppress(RuntimeError):  # closing: the stack empties as it goes
            self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.add_button.setEnabled(self.library is not None)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Undo: {what} (Ctrl+Z)").format(
            what=undo) if undo
                                    else QCoreApplication.translate("PeoplePanel", "Nothing to undo yet"))
        self.redo_button.setToolTip(QCoreApplication.translate("PeoplePanel", "Redo: {what} (Ctrl+Shift+Z)").format(what=redo) if redo
                                    else QCoreApplication.translate("PeoplePanel", "Nothing to redo"))

    # --- actions ------------------------------------------------------------------------

    def _dialog(self, person: PersonInfo | None, on_save) -> PersonDialog:
        return PersonDialog(self.child_name, list(self._photos.values()), self.library, on_save,
                            person, self)

    def add_person(self) -> PersonDialog | None:
        if self.library is None or self.child_id is None:
            return None
        library, child_id = self.library, self.child_id

        def save(values: dict[str, object]) -> PersonInfo:
            values = dict(values)
            name, relationship = values.pop("name"), values.pop("relationship")
            return people_service.add_person(library, child_id, str(name), str(relationship),
                                             **values)

        dialog = self._dialog(None, save)
        dialog.exec()
        if dialog.saved is not None:
            self.undo_stack.push(AddPerson(self.ctx, dialog.saved))
            self.refresh(dialog.saved.id)
        return dialog

    def edit_person(self, person_id: int | None = None) -> PersonDialog | None:
        person = self._person(person_id if person_id is not None else self.selected_id())
        if person is None or self.library is None:
            return None
        library = self.library

        dialog = self._dialog(person, lambda values: people_service.update_person(
            library, person.id, **values))
        dialog.exec()
        if dialog.saved is not None and dialog.saved != person:
            self.undo_stack.push(EditPerson(self.ctx, person, dialog.saved))
            self.refresh(dialog.saved.id)
        return dialog

    def delete_person(self, person_id: int | None = None) -> bool:
        """Delete the chosen person; someone who appears anywhere is asked about first."""
        person = self._person(person_id if person_id is not None else self.selected_id())
        if person is None or self.library is None:
            return False
        name = person.display_name
        uses = people_service.person_uses(self.library, person.id)
        if uses.in_use:
            places = "\n".join(f"• {line}" for line in uses.lines())
            box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("PeoplePanel", "Delete {name}?").format(name=name),
                              QCoreApplication.translate("PeoplePanel", "{name} appears in the child's story:\n\n{places}\n\nThe photos, events and books stay; only {name} and the links to them go. You can undo this.").format(name=name, places=places),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                              self)
            box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("PeoplePanel", "Delete {name}").format(name=name))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            gone = people_service.delete_person(self.library, person.id)
        except ServiceError as exc:
            self._failed(QCoreApplication.translate("PeoplePanel", "Could not delete {name}: {exc}").format(
                name=name, exc=exc))
            return False
        self.undo_stack.push(DeletePerson(self.ctx, gone))
        self.refresh()
        done = self.undo_stack.index()  # the notice undoes this delete, nothing done after it

        def undo_this_delete() -> None:
            if self.undo_stack.index() == done:
                self.undo_stack.undo()

        self.notice.show_notice(QCoreApplication.translate("PeoplePanel", "{name} was deleted.").format(
            name=name), undo_this_delete)
        return True

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("PeoplePanel", "Something has changed"), message)


def _says_the_same(label: str, words: str) -> bool:
    """"Foster carers" adds nothing to "Foster carer": a long word of one begins the other's."""
    stems = {w[:5] for w in label.lower().replace("(", " ").split() if len(w) >= 5}
    return any(w[:5] in stems for w in words.lower().replace("(", " ").split() if len(w) >= 5)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
