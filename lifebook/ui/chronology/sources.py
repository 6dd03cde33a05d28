"""The lists to drag from onto an event: the child's photos and the people in their life.

The photos reuse the editor's photo model (thumbnails load in jobs; a row
drags out as its media id). The people list drags out as a person id
(``PERSON_MIME``). Both are small and sit beside the chronology table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from lifebook.model.records import PersonInfo
from lifebook.ui.child_page import label
from lifebook.ui.chronology.table import PERSON_MIME
from lifebook.ui.editor.photo_strip import PhotoListModel, PhotoView
from lifebook.ui.jobs import Runner

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ICON = QSize(72, 54)


class PeopleModel(QAbstractListModel):
    """The people in a child's life, "Name (relationship)"; a row drags out as its id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonInfo] = []

    def set_people(self, people: list[PersonInfo]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def name_of(self, person_id: int) -> str:
        return next((p.name for p in self.people if p.id == person_id), "")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.people)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        p = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            what = p.relationship_to_child or p.relationship_label
            return f"{p.name} ({what})" if what else p.name
        if role == PERSON_ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Drag onto an event to say they were involved."
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.people[i.row()].id for i in indexes if i.isValid()]
        if ids:
            data.setData(PERSON_MIME, QByteArray(str(ids[0]).encode("utf-8")))
        return data


class DragSources(QWidget):
    """"Photos" and "People" lists, for dragging onto the table's rows."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_model = PhotoListModel(None, runner, self, icon_size=SOURCE_ICON)
        self.photos = PhotoView()
        self.photos.setModel(self.photo_model)
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(SOURCE_ICON)
        self.photos.setGridSize(QSize(88, 84))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setUniformItemSizes(True)
        self.photos.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.photos.setDragEnabled(True)
        self.photos.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.photos.setAccessibleName(QCoreApplication.translate("DragSources", "Photos to link"))
        self.photos.setToolTip(QCoreApplication.translate("DragSources", "Drag a photo onto an event to link it."))
        self.people_model = PeopleModel(self)
        self.people = QListView()
        self.people.setModel(self.people_model)
        self.people.setDragEnabled(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people.setAccessibleName(QCoreApplication.translate("DragSources", "People to link"))
        self.people.setToolTip(QCoreApplication.translate("DragSources", "Drag a person onto an event to say they were involved."))
        self.no_people = QLabel(QCoreApplication.translate("DragSources", "No people are recorded for this child yet."))
        self.no_people.setObjectName("subheading")
        self.no_people.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        hint = label(QCoreApplication.translate("DragSources", "Drag onto an event to link it"), "subheading", wrap=True)
        layout.addWidget(label(QCoreApplication.translate("DragSources", "Photos"), "sectionTitle"))
        layout.addWidget(hint)
        layout.addWidget(self.photos, 3)
        layout.addWidget(label(QCoreApplication.translate("DragSources", "People"), "sectionTitle"))
        layout.addWidget(self.people, 2)
        layout.addWidget(self.no_people)
        self.no_people.hide()

    def set_people(self, people: list[PersonInfo]) -> None:
        self.people_model.set_people(people)
        self.people.setVisible(bool(people))
        self.no_people.setVisible(not people)
