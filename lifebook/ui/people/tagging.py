"""People in photos: who is tagged in one photo, and a filter for photo lists by person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from lifebook.services import people as people_service
from lifebook.store.db import Library

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVERYONE = "Everyone"


class PeopleChecklist(QListWidget):
    """The child's people, each ticked when they are in the photo. Nothing is saved here:
    the photo's details dialog saves ``changes()`` with the rest of its fields."""

    def __init__(self, library: Library, child_id: int, media_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("PeopleChecklist", "People in this photo"))
        self.setToolTip(QCoreApplication.translate("PeopleChecklist", "Tick everyone who is in this photo. The strip beside a book can then "
                        "show the photos of one person."))
        people = people_service.list_people(library, child_id)
        self._before = {p.id for p in people_service.people_in_photo(library, media_id)}
        for person in people:
            item = QListWidgetItem(f"{person.display_name} · {person.relationship_label}")
            item.setData(PERSON_ID_ROLE, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in self._before
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        if not people:
            item = QListWidgetItem(QCoreApplication.translate("PeopleChecklist", "No people recorded yet: add them on the child's People tab."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        rows = max(1, min(len(people), 4))
        self.setFixedHeight(rows * (self.fontMetrics().height() + 10) + 14)

    def checked_ids(self) -> list[int]:
        return [int(item.data(PERSON_ID_ROLE)) for item in self._items()
                if item.data(PERSON_ID_ROLE) is not None
                and item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, person_id: int, on: bool = True) -> None:
        for item in self._items():
            if item.data(PERSON_ID_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def changes(self) -> dict[str, list[int]]:
        """``{"people": [...]}`` for ``photos.update_photo`` when the ticks changed, else {}."""
        now = self.checked_ids()
        return {"people": now} if set(now) != self._before else {}

    def _items(self) -> list[QListWidgetItem]:
        return [item for item in (self.item(i) for i in range(self.count())) if item is not None]


class PersonFilterBox(QComboBox):
    """"Everyone", or one person: ``chosen`` carries the ids of the photos they are in
    (None for everyone)."""

    chosen = Signal(object)  # set[int] | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("PersonFilterBox", "Show photos of"))
        self.setToolTip(QCoreApplication.translate("PersonFilterBox", "Show only the photos a person is tagged in (tag people in a photo's "
                        "details)"))
        self._tags: dict[int, tuple[int, ...]] = {}
        self._names: dict[int, str] = {}
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.media_ids()))

    def refresh(self, library: Library, child_id: int | None) -> None:
        """Read the people and their tags again, keeping the person chosen if still there."""
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(EVERYONE, None)
        if child_id:
            self._tags = people_service.photo_tags(library, child_id)
            for person in people_service.list_people(library, child_id):
                self.addItem(QCoreApplication.translate("PersonFilterBox", "Photos of {display_name}").format(display_name=person.display_name), person.id)
                self._names[person.id] = person.display_name
        else:
            self._tags = {}
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setVisible(self.count() > 1)
        self.chosen.emit(self.media_ids())

    def person_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def person_name(self) -> str:
        return self._names.get(self.person_id() or 0, "")

    def choose(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(person_id) if person_id is not None else 0, 0))

    def media_ids(self) -> set[int] | None:
        person_id = self.person_id()
        if person_id is None:
            return None
        return {media_id for media_id, people in self._tags.items() if person_id in people}
