"""Photo details: caption, date taken, where it came from, and a manager's agreement.

The dialog reads and saves through ``services.photos``; Save is one
transaction with one audit entry. The date taken is typed the UK way
("23 March 2019", "23/03/2019") and the dialog says, as you type, which day
it understood, or what is wrong. Nothing is saved until Save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lifebook.model.dates import format_uk_date
from lifebook.model.records import PhotoInfo
from lifebook.services import photos as photo_service
from lifebook.services.errors import ServiceError
from lifebook.store.db import Library
from lifebook.ui.people.tagging import PeopleChecklist

PREVIEW = QSize(300, 300)
ERROR_COLOUR = "#B3261E"
OK_COLOUR = "#2E6B4F"


def _hint(label: QLabel, text: str, ok: bool) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")


class PhotoDetailsDialog(QDialog):
    """One photo's details. ``saved`` holds the photo after Save; ``deleted`` is set by Delete."""

    def __init__(self, library: Library, media_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.media_id = media_id
        self.photo = photo_service.get_photo(library, media_id)
        self.saved: PhotoInfo | None = None
        self.deleted = False
        self.setWindowTitle(QCoreApplication.translate("PhotoDetailsDialog", "Photo details"))
        self.setMinimumSize(800, 500)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW)
        self.preview.setStyleSheet("background: #F6F0E8; border-radius: 8px;")
        self.preview.setAccessibleName(QCoreApplication.translate("PhotoDetailsDialog", "The photo"))
        self._show_preview()
        self.file_label = QLabel(self._file_text())
        self.file_label.setProperty("lifebookData", True)  # the file's own facts, starting with its name
        self.file_label.setStyleSheet("color: #6B625C;")
        self.file_label.setWordWrap(True)
        self.file_label.setMaximumWidth(PREVIEW.width())

        self.caption = QLineEdit(self.photo.caption)
        self.caption.setPlaceholderText(QCoreApplication.translate("PhotoDetailsDialog", "A few words a child will read under the photo"))
        self.caption.setAccessibleName(QCoreApplication.translate("PhotoDetailsDialog", "Caption"))
        self.caption.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "The words shown under the photo in a book"))
        self.taken = QLineEdit(self._taken_text())
        self.taken.setPlaceholderText(QCoreApplication.translate("PhotoDetailsDialog", "For example 23 March 2019 or 23/03/2019"))
        self.taken.setAccessibleName(QCoreApplication.translate("PhotoDetailsDialog", "Date taken"))
        self.taken.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "When the photo was taken: a day, a month or a year"))
        self.taken_hint = QLabel()
        self.taken_hint.setWordWrap(True)
        self.source = QLineEdit(self.photo.source)
        self.source.setPlaceholderText(QCoreApplication.translate("PhotoDetailsDialog", "For example: birth mother's album, foster carer's phone"))
        self.source.setAccessibleName(QCoreApplication.translate("PhotoDetailsDialog", "Where it came from"))
        self.source.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "Who gave the photo, or where it was found"))
        self.agreed = QCheckBox(QCoreApplication.translate("PhotoDetailsDialog", "A manager has agreed this photo can be used"))
        self.agreed.setChecked(self.photo.use_agreed)
        self.agreed_by = QLineEdit(self.photo.agreed_by)
        self.agreed_by.setPlaceholderText(QCoreApplication.translate("PhotoDetailsDialog", "The manager's name"))
        self.agreed_by.setAccessibleName(QCoreApplication.translate("PhotoDetailsDialog", "Agreed by"))
        self.agreed.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "Tick once a manager has agreed this photo can go in a book"))
        self.agreed_by.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "The manager who agreed the photo"))
        self.agreed_by.setEnabled(self.agreed.isChecked())
        agreement_note = QLabel(QCoreApplication.translate("PhotoDetailsDialog", "Photos other than the child's own are agreed by a manager "
                                "before a book is printed, because some photos can upset a child."))
        agreement_note.setStyleSheet("color: #6B625C;")
        agreement_note.setWordWrap(True)
        self.people = PeopleChecklist(library, self.photo.child_id, media_id)
        self.used_in = QLabel(self._used_text())
        self.used_in.setWordWrap(True)
        self.used_in.setMinimumHeight(self.used_in.fontMetrics().lineSpacing() * 2)

        for label in (self.taken_hint, agreement_note, self.used_in):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("PhotoDetailsDialog", "&Caption"), self.caption)
        date_box = QVBoxLayout()
        date_box.setSpacing(2)
        date_box.addWidget(self.taken)
        date_box.addWidget(self.taken_hint)
        taken_label = QLabel(QCoreApplication.translate("PhotoDetailsDialog", "&Date taken"))
        taken_label.setBuddy(self.taken)
        form.addRow(taken_label, date_box)
        form.addRow(QCoreApplication.translate("PhotoDetailsDialog", "&Where it came from"), self.source)
        form.addRow(QCoreApplication.translate("PhotoDetailsDialog", "Agreement"), self.agreed)
        agreed_box = QVBoxLayout()
        agreed_box.setSpacing(2)
        agreed_box.addWidget(self.agreed_by)
        agreed_box.addWidget(agreement_note)
        agreed_label = QLabel(QCoreApplication.translate("PhotoDetailsDialog", "Agreed &by"))
        agreed_label.setBuddy(self.agreed_by)
        form.addRow(agreed_label, agreed_box)
        form.addRow(QCoreApplication.translate("PhotoDetailsDialog", "&People in it"), self.people)
        form.addRow(QCoreApplication.translate("PhotoDetailsDialog", "In books"), self.used_in)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.delete_button = QPushButton(QCoreApplication.translate("PhotoDetailsDialog", "Delete photo…"))
        self.delete_button.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "Remove this photo from the child's photos (asks first)"))
        self.cancel_button = QPushButton(QCoreApplication.translate("PhotoDetailsDialog", "Cancel"))
        self.save_button = QPushButton(QCoreApplication.translate("PhotoDetailsDialog", "Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "Keep these details"))
        self.cancel_button.setToolTip(QCoreApplication.translate("PhotoDetailsDialog", "Close without changing anything"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(self.file_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.taken.textChanged.connect(self._date_typed)
        self.agreed.toggled.connect(self._agreed_toggled)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        self._date_typed(self.taken.text())

    # --- reading ------------------------------------------------------------------

    def _show_preview(self) -> None:
        try:
            pixmap = QPixmap(str(photo_service.thumbnail_of(self.library, self.photo.sha256,
                                                            self.photo.format)))
        except Exception:  # the original is missing: say so instead of a picture
            pixmap = QPixmap()
        if pixmap.isNull():
            self.preview.setText(QCoreApplication.translate("PhotoDetailsDialog", "The photo could not be read."))
            return
        self.preview.setPixmap(pixmap.scaled(PREVIEW - QSize(8, 8),
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def _file_text(self) -> str:
        p = self.photo
        lines = [p.original_name, QCoreApplication.translate("PhotoDetailsDialog", "{width} × {height} pixels").format(
            width=p.width, height=p.height)]
        if p.imported_at:
            lines.append(QCoreApplication.translate("PhotoDetailsDialog", "Imported {date}").format(
                date=format_uk_date(p.imported_at.date())))
        if p.had_gps:
            lines.append(QCoreApplication.translate("PhotoDetailsDialog",
                                                    "It had location data from the phone; Lifebook never prints it."))
        return "\n".join(lines)

    def _taken_text(self) -> str:
        taken = self.photo.taken_at
        return format_uk_date(taken.date()) if taken else ""

    def _used_text(self) -> str:
        places = list(self.photo.placements)
        return photo_service.describe_placements(places) if places else QCoreApplication.translate("PhotoDetailsDialog", "Not in any book yet.")

    # --- behaviour -------------------------------------------------------------------

    def _date_typed(self, text: str) -> None:
        try:
            value = photo_service.parse_taken_date(text)
        except ServiceError as exc:
            _hint(self.taken_hint, str(exc), ok=False)
            return
        if value is None:
            _hint(self.taken_hint, QCoreApplication.translate("PhotoDetailsDialog", "No date: leave it empty if you do not know when it was taken."),
                  ok=True)
        else:
            _hint(self.taken_hint, QCoreApplication.translate("PhotoDetailsDialog", "Understood as {value1}.").format(value1=photo_service.say_day(value)), ok=True)

    def _agreed_toggled(self, on: bool) -> None:
        self.agreed_by.setEnabled(on)
        if on and not self.agreed_by.text().strip():
            self.agreed_by.setText(self.library.actor)
            self.agreed_by.selectAll()
            self.agreed_by.setFocus()

    def save(self) -> bool:
        """Save every field in one go; a problem is shown here and nothing is saved."""
        agreement: dict[str, object] = {}
        agreed, who = self.agreed.isChecked(), self.agreed_by.text().strip()
        if agreed != self.photo.use_agreed or (agreed and who != self.photo.agreed_by):
            agreement = {"use_agreed": agreed, "agreed_by": who if agreed else ""}
        try:
            self.saved = photo_service.update_photo(
                self.library,
                self.media_id,
                caption=self.caption.text(),
                taken_at=self.taken.text(),
                source=self.source.text(),
                **agreement,
                **self.people.changes(),
            )
        except ServiceError as exc:
            message = str(exc)
            self.error.setText(message[:1].upper() + message[1:])
            self.error.show()
            return False
        self.accept()
        return True

    def _delete(self) -> None:
        from lifebook.ui.photo_actions import confirm_and_delete

        if confirm_and_delete(self, self.library, self.media_id):
            self.deleted = True
            self.accept()
