"""The right-hand panel: the selected page's and frame's properties.

Text can be typed here or over the frame on the page (canvas_text.py); both
boxes share one TypingSession, so the page re-lays out a moment after typing
pauses and Ctrl+Z undoes book edits (one step per burst of typing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lifebook.layout.clipart import find_clipart
from lifebook.layout.styles import load_styles
from lifebook.layout.templates import page_template
from lifebook.model.content import PictureFit
from lifebook.model.enums import FrameKind
from lifebook.model.richtext import BOLD, ITALIC, RichText
from lifebook.ui.editor.document import BookDocument
from lifebook.ui.editor.picture_fit import PictureFitChoice
from lifebook.ui.editor.text_editing import RichTextEdit, TypingSession
from lifebook.ui.storyboard.clipart_picker import ClipartPicker
from lifebook.ui.storyboard.recolour import RecolourDialog, recolourable_parts
from lifebook.ui.storyboard.sketch import SketchDialog

TEXT_KINDS = {FrameKind.TEXT.value, FrameKind.TITLE.value, FrameKind.CAPTION.value}
PHOTO_KINDS = {FrameKind.PHOTO.value, FrameKind.DRAWING.value}
STYLE_LABELS = {
    "title": "Title",
    "subtitle": "Subtitle",
    "heading": "Heading",
    "body": "Body text",
    "caption": "Caption",
    "caption-on-photo": "Caption on a photo",
    "big": "Big words (words and pictures)",
    "handout": "Very big words (one page per sheet)",
    "handout-title": "Very big title (one page per sheet)",
    "handout-subtitle": "Line under a very big title",
    "letter-heading": "Letter heading",
    "letter": "Letter text",
}


class PropertiesPanel(QWidget):
    change_template_requested = Signal(int)  # page id

    def __init__(self, doc: BookDocument, parent: QWidget | None = None,
                 typing: TypingSession | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.typing = typing or TypingSession(doc, self)
        self._loading = False
        self._shown: tuple[int | None, str] = (None, "")
        self.show_prompt = True  # False where a guidance panel shows the prompts (letters)
        self._build()
        doc.selection.frame_selected.connect(lambda *_: self.show_selection())
        doc.pages_changed.connect(self._pages_changed)
        doc.structure_changed_signal.connect(lambda _sel: self.show_selection())
        self.show_selection()

    # --- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.page_title = QLabel()
        self.page_title.setObjectName("sectionTitle")
        self.template_label = QLabel()
        self.template_label.setProperty("lifebookData", True)  # a page template's name (templates/pages)
        self.template_label.setWordWrap(True)  # a long name wraps beside the button rather than clipping
        self.template_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Change template…"))
        self.template_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Choose another layout for this page; nothing on it is lost"))
        self.template_button.clicked.connect(self._ask_for_template)
        self.section_box = QComboBox()
        self.section_box.setEditable(True)
        self.section_box.setToolTip(QCoreApplication.translate("PropertiesPanel", "The section this page belongs to. Type a new name to start a section."))
        section_line = self.section_box.lineEdit()
        if section_line is not None:
            section_line.editingFinished.connect(self._section_edited)
        self.section_box.activated.connect(lambda _i: self._section_edited())
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("prompt")
        self.prompt.setStyleSheet("background:#FFF6E0;border-radius:8px;padding:8px;color:#5E4A1F")

        page_form = QFormLayout()
        page_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long words: field below
        row = QHBoxLayout()
        row.addWidget(self.template_label, 1)
        row.addWidget(self.template_button)
        page_form.addRow(QCoreApplication.translate("PropertiesPanel", "Template"), row)
        page_form.addRow(QCoreApplication.translate("PropertiesPanel", "Section"), self.section_box)

        self.frame_title = QLabel()
        self.frame_title.setObjectName("sectionTitle")
        self.hint = QLabel(QCoreApplication.translate("PropertiesPanel", "Click a frame on the page to change it."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("subheading")

        # text
        self.text_edit = RichTextEdit()
        self.text_edit.setAccessibleName(QCoreApplication.translate("PropertiesPanel", "Text of the selected frame"))
        self.text_edit.setPlaceholderText(QCoreApplication.translate("PropertiesPanel", "Type here, or double-click the box on the page. "
                                          "The page updates as you type."))
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_edit.undo_requested.connect(self.undo)
        self.text_edit.redo_requested.connect(self.redo)
        self.text_edit.focus_left.connect(self.typing.end_burst)
        self.text_edit.format_starting.connect(self.typing.end_burst)
        self.text_edit.formatted.connect(self.typing.end_burst)
        self.text_edit.currentCharFormatChanged.connect(lambda _f: self._show_format())
        self.bold_button = self._format_button("B", QCoreApplication.translate("PropertiesPanel", "Bold (Ctrl+B)"), BOLD)
        self.bold_button.setStyleSheet("font-weight:bold")
        self.italic_button = self._format_button("I", QCoreApplication.translate("PropertiesPanel", "Italic (Ctrl+I)"), ITALIC)
        self.italic_button.setStyleSheet("font-style:italic")
        self.style_box = QComboBox()
        self.style_box.setToolTip(QCoreApplication.translate("PropertiesPanel", "Text style preset"))
        self.style_box.addItem(QCoreApplication.translate("PropertiesPanel", "Template's style"), None)
        for key in load_styles().styles:
            self.style_box.addItem(STYLE_LABELS.get(key, key.replace("-", " ").capitalize()), key)
        self.style_box.activated.connect(self._style_chosen)
        text_tools = QHBoxLayout()
        text_tools.addWidget(self.bold_button)
        text_tools.addWidget(self.italic_button)
        text_tools.addWidget(self.style_box, 1)
        self.text_panel = QWidget()
        text_layout = QVBoxLayout(self.text_panel)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(text_tools)
        text_layout.addWidget(self.text_edit, 1)

        # photo
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal)
        self.zoom_slider.setRange(100, 400)
        self.zoom_slider.setToolTip(QCoreApplication.translate("PropertiesPanel", "Zoom the photo inside its frame"))
        self.zoom_slider.valueChanged.connect(self._zoom_changed)
        self.rotate_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Rotate 90°"))
        self.rotate_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Turn the photo a quarter turn clockwise"))
        self.rotate_button.clicked.connect(self._rotate)
        self.reset_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Centre"))
        self.reset_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Put the photo back to centred and unzoomed"))
        self.reset_button.clicked.connect(self._reset_crop)
        self.remove_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Remove"))
        self.remove_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Take the photo off this page (it stays in the child's photos)"))
        self.remove_button.clicked.connect(self._remove_photo)
        self.picture_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Choose a picture…"))  # the clipart library
        self.picture_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Put a simple drawing from the picture library in this frame"))
        self.picture_button.clicked.connect(self._choose_picture)
        self.colours_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Colours…"))
        self.colours_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Change the picture's skin, hair and clothes colours"))
        self.colours_button.clicked.connect(self._recolour)
        self.draw_button = QPushButton(QCoreApplication.translate("PropertiesPanel", "Draw…"))
        self.draw_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Draw in this frame with the mouse, a pen or a finger"))
        self.draw_button.clicked.connect(self._draw)
        self.fit_choice = PictureFitChoice()  # show the whole picture, or fill the frame
        self.fit_choice.chosen.connect(self._fit_chosen)
        self.photo_info = QLabel()
        self.photo_info.setWordWrap(True)
        self.photo_info.setObjectName("subheading")
        self.photo_panel = QWidget()
        photo_layout = QVBoxLayout(self.photo_panel)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_info)
        self.photo_tools = QWidget()  # only while the frame holds a photo
        tools_layout = QVBoxLayout(self.photo_tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        zoom_row = QHBoxLayout()
        self.zoom_label = QLabel(QCoreApplication.translate("PropertiesPanel", "Zoom"))
        zoom_row.addWidget(self.zoom_label)
        zoom_row.addWidget(self.zoom_slider, 1)
        tools_layout.addLayout(zoom_row)
        buttons = QHBoxLayout()
        for b in (self.rotate_button, self.reset_button):
            buttons.addWidget(b)
        tools_layout.addLayout(buttons)
        self.crop_tip = QLabel(QCoreApplication.translate("PropertiesPanel", "Tip: drag the photo on the page to move it in its frame; "
                               "Ctrl + scroll zooms."))
        self.crop_tip.setWordWrap(True)
        self.crop_tip.setObjectName("subheading")
        tools_layout.addWidget(self.crop_tip)
        photo_layout.addWidget(self.photo_tools)
        picture_rows = QGridLayout()
        picture_rows.addWidget(self.picture_button, 0, 0)
        picture_rows.addWidget(self.draw_button, 0, 1)
        picture_rows.addWidget(self.colours_button, 1, 0)
        picture_rows.addWidget(self.remove_button, 1, 1)
        photo_layout.addLayout(picture_rows)
        photo_layout.addWidget(self.fit_choice)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_title)
        layout.addLayout(page_form)
        layout.addWidget(self.prompt)
        layout.addSpacing(8)
        layout.addWidget(self.frame_title)
        layout.addWidget(self.hint)
        layout.addWidget(self.text_panel, 1)
        layout.addWidget(self.photo_panel)
        layout.addStretch(0)

    def _ask_for_template(self) -> None:
        if self.doc.selection.page_id:
            self.change_template_requested.emit(self.doc.selection.page_id)

    def _format_button(self, label: str, tip: str, style: str) -> QPushButton:
        """A formatting button that never takes the keyboard focus from the text."""
        button = QPushButton(label)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self._toggle(style))
        return button

    def _toggle(self, style: str) -> None:
        self.text_edit.toggle(style)
        self._show_format()

    def _show_format(self) -> None:
        fmt = self.text_edit.currentCharFormat()
        self.bold_button.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic_button.setChecked(fmt.fontItalic())

    # --- showing the selection -------------------------------------------------------

    def _frame_kind(self, page_id: int, key: str) -> str:
        layout = self.doc.layout(page_id)
        box = next((f for f in layout.frames if f.key == key), None) if layout else None
        return box.kind if box else ""

    def show_selection(self) -> None:
        shown = (self.doc.selection.page_id, self.doc.selection.frame_key)
        if shown != self._shown:
            self.typing.end_burst()  # another frame: its typing is a new undo step
            self._shown = shown
        page = self.doc.page(self.doc.selection.page_id) if self.doc.selection.page_id else None
        self._loading = True
        try:
            self.setEnabled(page is not None)
            if page is None:
                self.page_title.setText(QCoreApplication.translate("PropertiesPanel", "No page selected"))
                self.text_panel.hide()
                self.photo_panel.hide()
                return
            self.page_title.setText(QCoreApplication.translate("PropertiesPanel", "Pages {number} to {value3}").format(number=page.number, value3=page.number + page.parts - 1)
                                    if page.parts > 1 else QCoreApplication.translate("PropertiesPanel", "Page {number}").format(number=page.number))
            try:
                self.template_label.setText(page_template(page.template).name)
            except ValueError:
                self.template_label.setText(page.template)
            sections = list(dict.fromkeys(p.section for p in self.doc.pages if p.section))
            self.section_box.clear()
            self.section_box.addItems(sections)
            self.section_box.setCurrentText(page.section)
            self.prompt.setText(QCoreApplication.translate("PropertiesPanel", "Writing prompt: {prompt}").format(prompt=page.prompt) if page.prompt else "")
            self.prompt.setVisible(bool(page.prompt) and self.show_prompt)
            self._show_frame(page.page_id, self.doc.selection.frame_key)
        finally:
            self._loading = False

    def _show_frame(self, page_id: int, key: str) -> None:
        kind = self._frame_kind(page_id, key) if key else ""
        page = self.doc.page(page_id)
        content = page.frames.get(key) if page and key else None
        layout = self.doc.layout(page_id)
        label = next((f.label for f in layout.frames if f.key == key), key) if layout else key
        self.frame_title.setText(label or "")
        self.frame_title.setVisible(bool(key))
        self.hint.setVisible(not kind)
        self.text_panel.setVisible(kind in TEXT_KINDS)
        self.photo_panel.setVisible(kind in PHOTO_KINDS)
        if kind in TEXT_KINDS:
            if not self.typing.pending:
                rich = content.rich if content else None
                if rich is None or self.text_edit.rich() != rich:
                    self.text_edit.set_rich(rich or RichText())
                self._show_format()
            index = self.style_box.findData(content.style if content else None)
            self.style_box.setCurrentIndex(max(0, index))
        elif kind in PHOTO_KINDS:
            media = content.media if content else None
            has = media is not None
            for w in (self.zoom_slider, self.rotate_button, self.reset_button, self.remove_button):
                w.setEnabled(has)
            self.photo_tools.setVisible(has)
            filled = content is not None and bool(has or content.clipart or content.drawing)
            self.fit_choice.setVisible(filled)
            if content is not None and filled:
                self.fit_choice.show_fit(content.picture_fit)
                whole = content.picture_fit == PictureFit.FIT
                crop_tools: tuple[QWidget, ...] = (self.zoom_label, self.zoom_slider, self.reset_button,
                                                   self.crop_tip)
                for tool in crop_tools:
                    tool.setEnabled(has and not whole)  # the whole photo: nothing to move or zoom
                    tool.setVisible(not whole)
            picture = find_clipart(content.clipart) if content and content.clipart else None
            self.remove_button.setText(QCoreApplication.translate("PropertiesPanel", "Remove"))
            self.remove_button.setToolTip(QCoreApplication.translate("PropertiesPanel", "Take the picture off this page") if picture and not has else
                                          QCoreApplication.translate("PropertiesPanel", "Take the photo off this page (it stays in the child's photos)"))
            self.remove_button.setEnabled(has or picture is not None)
            self.colours_button.setVisible(picture is not None and not has
                                           and bool(recolourable_parts(picture.key)))
            self.photo_info.setVisible(picture is None or has)  # room for the buttons
            if picture is not None and media is None:
                self.frame_title.setText(f"{label}: {picture.name.lower()}")
            elif content is not None and media is not None:
                w_px, h_px = media.oriented_size
                self.photo_info.setText(QCoreApplication.translate("PropertiesPanel", "{value0} · {w_px} × {h_px} pixels").format(value0=media.caption or 'Photo', w_px=w_px, h_px=h_px))
                self.zoom_slider.setValue(round(content.crop.zoom * 100))
            else:
                self.photo_info.setText(QCoreApplication.translate("PropertiesPanel", "Empty. Drag a photo from the photo strip onto this frame, "
                                        "or choose a picture."))

    def _pages_changed(self, page_ids: list) -> None:
        if self.doc.selection.page_id in page_ids and not self.typing.pending:
            self.show_selection()

    # --- editing ------------------------------------------------------------------------

    def _text_changed(self) -> None:
        sel = self.doc.selection
        if self._loading or not sel.page_id or not sel.frame_key:
            return
        self.typing.changed(sel.page_id, sel.frame_key, self.text_edit.rich())

    def commit_text(self) -> None:
        """Write pending typing to the book now (also called before undo and on close)."""
        self.typing.commit()

    def undo(self) -> None:
        self.typing.end_burst()
        self.doc.undo_stack.undo()
        self.show_selection()

    def redo(self) -> None:
        self.typing.end_burst()
        self.doc.undo_stack.redo()
        self.show_selection()

    def _style_chosen(self, _index: int) -> None:
        sel = self.doc.selection
        if sel.page_id and sel.frame_key:
            self.commit_text()
            self.doc.set_style(sel.page_id, sel.frame_key, self.style_box.currentData())

    def _section_edited(self) -> None:
        sel = self.doc.selection
        page = self.doc.page(sel.page_id) if sel.page_id else None
        name = self.section_box.currentText().strip()
        if page and name and name != page.section and not self._loading:
            self.doc.set_section(page.page_id, name)

    def _crop(self) -> tuple[int, str, float, float, float] | None:
        sel = self.doc.selection
        page = self.doc.page(sel.page_id) if sel.page_id else None
        content = page.frames.get(sel.frame_key) if page else None
        if page is None or not content or content.media is None:
            return None
        c = content.crop
        return page.page_id, sel.frame_key, c.centre_x, c.centre_y, c.zoom

    def _fit_chosen(self, fit: object) -> None:
        sel = self.doc.selection
        if sel.page_id and sel.frame_key and not self._loading and isinstance(fit, PictureFit):
            self.doc.set_fit(sel.page_id, sel.frame_key, fit)

    def _zoom_changed(self, value: int) -> None:
        crop = self._crop()
        if self._loading or crop is None:
            return
        page_id, key, cx, cy, _zoom = crop
        self.doc.set_crop(page_id, key, cx, cy, value / 100.0, merge=True)

    def _rotate(self) -> None:
        crop = self._crop()
        if crop is not None:
            self.doc.rotate_photo(crop[0], crop[1])

    def _reset_crop(self) -> None:
        crop = self._crop()
        if crop is not None:
            self.doc.set_crop(crop[0], crop[1], 0.5, 0.5, 1.0)

    def _remove_photo(self) -> None:
        crop = self._crop()
        if crop is not None:
            self.doc.place_photo(crop[0], crop[1], None)
        elif self._picture_frame() is not None and self.doc.selection.page_id:
            self.doc.place_clipart(self.doc.selection.page_id, self.doc.selection.frame_key, None)

    def _picture_frame(self) -> str | None:
        """The clipart key in the selected frame, if it holds one."""
        page = self.doc.page(self.doc.selection.page_id) if self.doc.selection.page_id else None
        content = page.frames.get(self.doc.selection.frame_key) if page else None
        return content.clipart if content else None

    def _draw(self) -> None:
        sel = self.doc.selection
        page = self.doc.page(sel.page_id) if sel.page_id else None
        layout = self.doc.layout(sel.page_id) if sel.page_id else None
        box = next((f.rect for f in layout.frames if f.key == sel.frame_key), None) if layout else None
        if page is None or box is None or not sel.page_id:
            return
        content = page.frames.get(sel.frame_key)
        drawing = SketchDialog.draw(self, box.w / max(box.h, 1.0), content.drawing if content else None,
                                    content.clipart if content and content.media is None else None)
        if drawing is not None:
            self.doc.set_drawing(sel.page_id, sel.frame_key, drawing)

    def _recolour(self) -> None:
        sel = self.doc.selection
        page = self.doc.page(sel.page_id) if sel.page_id else None
        content = page.frames.get(sel.frame_key) if page else None
        if not sel.page_id or content is None or not content.clipart:
            return
        colours = RecolourDialog.recolour(self, content.clipart, dict(content.clipart_colours))
        if colours is not None:
            self.doc.place_clipart(sel.page_id, sel.frame_key, content.clipart, colours)

    def _choose_picture(self) -> None:
        sel = self.doc.selection
        if not sel.page_id or not sel.frame_key:
            return
        key = ClipartPicker.choose(self, current=self._picture_frame())
        if key:
            self.doc.place_clipart(sel.page_id, sel.frame_key, key)
