"""A date typed as people in the UK write it, with what was understood shown beneath.

"23 March 2019", "23/03/2019", "March 2019", "about 2018": the field reads
them with ``lifebook.model.dates.parse_uk_date`` and says straight away what
it understood ("Understood as 23 March 2019"), or why it cannot ("I can't
read 'spring 2109' as a date: try 23/03/2019"). Empty means not known.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from lifebook.model.dates import (
    DateError,
    ParsedDate,
    check_not_future,
    format_uk_date,
    parse_uk_date,
)
from lifebook.model.enums import DatePrecision

OK_COLOUR = "#2F6F55"
ERROR_COLOUR = "#B3261E"
QUIET_COLOUR = "#6B625C"
HOW_EXACT = {
    DatePrecision.MONTH: "month only",
    DatePrecision.SEASON: "season only",
    DatePrecision.YEAR: "year only",
}


class DateField(QWidget):
    """A line edit for one date, and a line beneath saying what it understood."""

    changed = Signal()

    def __init__(
        self,
        what: str,
        *,
        need_day: bool = False,
        not_future: bool = False,
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.what = what  # "date of birth": used in messages
        self.need_day = need_day
        self.not_future = not_future
        self.empty_text = QCoreApplication.translate("DateField", "Not known: leave it empty if you don't know") \
            if empty_text is None else empty_text
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "e.g. 23/03/2019") if need_day else QCoreApplication.translate("DateField", "e.g. 23/03/2019, March 2019, about 2018"))
        self.edit.setAccessibleName(what[:1].upper() + what[1:])
        self.edit.setToolTip((QCoreApplication.translate("DateField", "Type the {what}: day, month and year") if need_day else
                              QCoreApplication.translate("DateField", "Type the {what} as you know it: a full date, a month, or a year"))
                             .format(what=what))
        self._tip = self.edit.toolTip()  # shown again while there is nothing to say
        self.feedback = QLabel()
        self.feedback.setObjectName("dateFeedback")
        # one line, always the same height, so the form does not jump as the user types;
        # the whole message is also the field's tooltip
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.feedback)
        self._parsed: ParsedDate | None = ParsedDate(None, None)
        self._error = ""
        self.edit.textChanged.connect(self._read)
        self._read()

    # --- reading -----------------------------------------------------------------

    def _read(self) -> None:
        text = self.edit.text()
        try:
            parsed = parse_uk_date(text)
            if self.not_future:
                check_not_future(parsed, self.what)
            if self.need_day and parsed.known and parsed.precision is not DatePrecision.DAY:
                raise DateError(QCoreApplication.translate("DateField", "This date needs the day too (I read {value1}): try 23/03/2019").format(value1=parsed.describe()))
        except DateError as exc:
            self._parsed, self._error = None, str(exc)
            self._say(self._error, ERROR_COLOUR)
        else:
            self._parsed, self._error = parsed, ""
            if not parsed.known:
                self._say(self.empty_text, QUIET_COLOUR)
            else:
                how = HOW_EXACT.get(parsed.precision)  # type: ignore[arg-type]
                self._say(QCoreApplication.translate("DateField", "Understood as {date} ({how})").format(date=parsed.describe(), how=how)
                          if how else QCoreApplication.translate("DateField", "Understood as {date}").format(date=parsed.describe()),
                          OK_COLOUR)
        self.changed.emit()

    def _say(self, text: str, colour: str) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {colour};")
        self.edit.setToolTip(text or self._tip)

    # --- the value ---------------------------------------------------------------------

    def is_valid(self) -> bool:
        return self._parsed is not None

    def error(self) -> str:
        return self._error

    def parsed(self) -> ParsedDate | None:
        """The date and its precision; (None, None) when empty; None when it can't be read."""
        return self._parsed

    def value(self) -> date | None:
        return self._parsed.value if self._parsed else None

    def set_date(self, value: date | None, precision: DatePrecision | str | None = None) -> None:
        """Show a stored date the way it reads back: '23 March 2019', 'about 2018'."""
        self.edit.setText(format_uk_date(value, precision) if value else "")
