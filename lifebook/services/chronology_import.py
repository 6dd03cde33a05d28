"""Importing a chronology from a case management export (CSV or XLSX).

- CSV in UTF-8 (with or without a BOM) or Windows-1252, separated by
  commas, semicolons or tabs (sniffed from the file);
- XLSX (the first sheet), read with openpyxl: date cells arrive as dates,
  numbers as Excel serial days;
- the header row is found among the first rows (exports often start with a
  title and a blank line); rows above it are reported, not read;
- columns are matched by their header names (Date, Event/Title,
  Details/Description, Category/Type, Place/Location, Include in book,
  Sensitive, Private), or by a mapping ``{"Column": "field"}`` given by the
  user, which wins.

Every row after the header is imported, reported as a duplicate, or skipped
with its row number and the reason. An unreadable date imports as unknown,
with a finding naming the row. Each imported event remembers a hash of its
normalised row, so importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from lifebook.i18n import translate
from lifebook.model.chronology import parse_chronology_date, read_category, read_flag
from lifebook.model.records import EventInfo, ImportFinding, ImportResult
from lifebook.model.richtext import normalise_text
from lifebook.services.children import get_child
from lifebook.services.chronology import (
    TITLE_MAX,
    apply_date,
    birth_date,
    event_info,
    next_position,
)
from lifebook.services.errors import InvalidInput
from lifebook.store.db import Library
from lifebook.store.models import ChronologyEvent

FIELDS = ("date", "title", "detail", "category", "place", "include_in_book", "sensitive",
          "private", "ignore")
# header names (lower case, spaces collapsed) -> field
HEADER_NAMES: dict[str, str] = {
    **dict.fromkeys(("date", "event date", "date of event", "when", "start date", "dates"),
                    "date"),
    **dict.fromkeys(("event", "title", "event title", "what happened", "summary", "subject",
                     "heading"), "title"),
    **dict.fromkeys(("details", "detail", "description", "notes", "note", "narrative",
                     "comments", "more detail"), "detail"),
    **dict.fromkeys(("category", "type", "event type", "kind", "theme"), "category"),
    **dict.fromkeys(("place", "location", "where", "address", "setting"), "place"),
    **dict.fromkeys(("include in book", "include", "in book", "book", "for book",
                     "include in the book"), "include_in_book"),
    **dict.fromkeys(("sensitive", "later life letter only", "sensitive?"), "sensitive"),
    **dict.fromkeys(("private", "private note", "private?"), "private"),
}
HEADER_SEARCH_ROWS = 30
EMPTY_ROW = "empty row"
FLAG_DEFAULTS = {"include_in_book": True, "sensitive": False, "private": False}


def _key(text: object) -> str:
    return " ".join(str(text or "").replace("_", " ").split()).lower().rstrip(":")


# ----------------------------------------------------------------------------- reading


def decode_text(data: bytes) -> str:
    """Text as case management systems and Notepad save it: UTF-8 (with or without a
    BOM), else Windows-1252 ("ANSI" on UK Windows). Never raises."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:40])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d])


def read_csv_rows(path: Path) -> list[list[object]]:
    """A CSV file's rows, its encoding and separator worked out; raises OSError."""
    text = decode_text(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    return [list(row) for row in reader]


def read_xlsx_rows(path: Path) -> list[list[object]]:
    """The first sheet's rows as cell values; raises InvalidInput for a damaged file."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InvalidInput(translate("services.chronology_import", "'{name}' could not be read as a "
                                                                   "spreadsheet ({exc})").format(
                                                                       name=path.name, exc=exc)) from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_rows(path: Path) -> list[list[object]]:
    """Every row of the file as cells; raises InvalidInput for a missing or unknown file."""
    if not path.is_file():
        raise InvalidInput(translate("services.chronology_import", "There is no file {path}").format(
            path=path))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx_rows(path)
    if suffix in (".csv", ".txt", ".tsv"):
        try:
            return read_csv_rows(path)
        except OSError as exc:
            raise InvalidInput(translate("services.chronology_import", "'{name}' could not be read: {reason}").format(name=path.name, reason=exc.strerror or exc)) from None
    raise InvalidInput(translate("services.chronology_import", "'{name}': a chronology can be imported "
                                                               "from a .csv or .xlsx file").format(
                                                                   name=path.name))


# ----------------------------------------------------------------------------- columns


def _check_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for column, field_name in mapping.items():
        wanted = _key(field_name).replace(" ", "_")
        if wanted not in FIELDS:
            raise InvalidInput(translate("services.chronology_import", "'{field}' is not a "
                                         "chronology field; use one of: {fields}").format(
                field=field_name, fields=", ".join(FIELDS)))
        checked[_key(column)] = wanted
    return checked


def find_header(rows: list[list[object]], mapping: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The header row's index and column index -> field; raises InvalidInput if none found."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [_key(cell) for cell in row]
        if mapping and not set(mapping) <= set(keys):
            continue
        columns: dict[int, str] = {}
        for i, key in enumerate(keys):
            field_name = mapping.get(key) or HEADER_NAMES.get(key)
            if field_name and field_name != "ignore" and field_name not in columns.values():
                columns[i] = field_name
        if "title" in columns.values() and (len(columns) >= 2 or mapping):
            return index, columns
    if mapping:
        missing = ", ".join(f"'{c}'" for c in mapping)
        raise InvalidInput(translate("services.chronology_import", "I couldn't find a header row with the "
                                                                   "columns {missing} in the first "
                                                                   "{rows} rows").format(
                                                                       missing=missing, rows=HEADER_SEARCH_ROWS))
    raise InvalidInput(
        translate("services.chronology_import", "I couldn't find the header row: it needs an Event (or Title) column and a Date "
        "column. Name the columns with --map, e.g. --map \"What happened=title\""))


def row_hash(values: Mapping[str, object]) -> str:
    """sha256 of a row's mapped values, normalised: case, spacing and accents form ignored."""
    parts = []
    for name in FIELDS[:-1]:
        text = unicodedata.normalize("NFC", " ".join(str(values.get(name) or "").split()))
        parts.append(f"{name}={text.casefold()}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalise_text(" ".join(str(value).split()))


# ----------------------------------------------------------------------------- import


def import_chronology(
    library: Library,
    child_id: int,
    path: Path | str,
    mapping: Mapping[str, str] | None = None,
) -> ImportResult:
    """Import a chronology file for a child, in one transaction.

    Raises InvalidInput for a file that cannot be read or has no header row,
    NotFound for an unknown child. Problems with single rows never raise:
    they are in the result, each with its row number (1-based, as a
    spreadsheet shows it).
    """
    path = Path(path)
    checked = _check_mapping(mapping or {})
    rows = read_rows(path)
    while rows and not any(_cell_text(c) for c in rows[-1]):
        rows.pop()  # blank lines at the end of a file are not rows of the chronology
    header_index, columns = find_header(rows, checked)
    header = rows[header_index]
    column_names = {str(header[i]).strip(): name for i, name in columns.items()}

    imported: list[EventInfo] = []
    duplicates: list[ImportFinding] = []
    skipped: list[ImportFinding] = []
    findings: list[ImportFinding] = []
    if header_index:
        findings.append(ImportFinding(0, translate("services.chronology_import", "Rows 1 to {header_index} come before the "
                                                                                 "header row (row {header_row}) and were not "
                                                                                 "read").format(
                                                                                     header_index=header_index, header_row=header_index + 1)
                                      if header_index > 1 else
                                      translate("services.chronology_import", "Row 1 comes before the header row (row 2) and was not read")))
    with library.transaction() as s:
        child = get_child(s, child_id)
        birth = birth_date(child)
        seen: dict[str, int] = {}
        known = set(s.scalars(select(ChronologyEvent.source_row_hash).where(
            ChronologyEvent.child_id == child_id, ChronologyEvent.source_row_hash != "")))
        position = next_position(s, child_id)
        for index in range(header_index + 1, len(rows)):
            number = index + 1
            cells = rows[index]
            raw = {name: (cells[i] if i < len(cells) else None) for i, name in columns.items()}
            texts = {name: _cell_text(value) for name, value in raw.items()}
            if not any(_cell_text(c) for c in cells):
                skipped.append(ImportFinding(number, EMPTY_ROW))
                continue
            title = texts.get("title", "")
            detail = texts.get("detail", "")
            if not title and detail:
                title = detail[:80].rstrip() + ("…" if len(detail) > 80 else "")
            if not title:
                skipped.append(ImportFinding(number, translate("services.chronology_import", "no event: the row has nothing in the "
                                                     "event or details columns")))
                continue
            when = parse_chronology_date(raw.get("date"))
            digest = row_hash({**texts, "date": when.text if when.known else texts.get("date")})
            if digest in seen:
                duplicates.append(ImportFinding(number, translate("services.chronology_import", "the same as row {row}").format(row=seen[digest])))
                continue
            seen[digest] = number
            if digest in known:
                duplicates.append(ImportFinding(number, translate("services.chronology_import", "already in the chronology")))
                continue
            if not when.known:
                findings.append(ImportFinding(number, translate(
                    "services.chronology_import", "the date '{text}' could not be read; imported "
                    "with the date not known").format(text=when.text) if when.text else translate(
                    "services.chronology_import", "no date; imported with the date not known")))
            if len(title) > TITLE_MAX:
                findings.append(ImportFinding(number, translate("services.chronology_import", "the event was too long for a title: "
                                                      "the whole text is in the details")))
                detail = f"{title}\n{detail}".strip() if detail != title else detail
                title = title[: TITLE_MAX - 1].rstrip() + "…"
            category, recognised = read_category(texts.get("category", ""))
            if not recognised:
                findings.append(ImportFinding(number, translate("services.chronology_import", "the category '{category}' is not one "
                                                                                              "Lifebook knows: filed under Other").format(category=texts['category'])))
            flags: dict[str, bool] = {}
            for flag, default in FLAG_DEFAULTS.items():
                value = read_flag(raw.get(flag), default)
                if value is None:
                    findings.append(ImportFinding(number, (translate("services.chronology_import", "'{text}' is not yes or no for "
                                                                                                   "{column}: taken as yes") if default else
                                                           translate("services.chronology_import", "'{text}' is not yes or no for "
                                                                                                   "{column}: taken as no")).format(text=texts[flag], column=flag.replace('_', ' '))))
                    value = default
                flags[flag] = value
            event = ChronologyEvent(
                child_id=child_id, title=title, detail=detail, category=category.value,
                place=texts.get("place", "")[:200], position=position,
                source=path.name[:200], source_row_hash=digest, **flags,
            )
            apply_date(event, when)
            s.add(event)
            s.flush()
            position += 1
            imported.append(event_info(event, birth))
        library.audit(s, "import chronology", "child", child_id, file=path.name,
                      imported=len(imported), duplicates=len(duplicates), skipped=len(skipped))
    return ImportResult(
        file=str(path), header_row=header_index + 1, columns=column_names,
        imported=tuple(imported), duplicates=tuple(duplicates), skipped=tuple(skipped),
        findings=tuple(findings),
    )
