"""A child's chronology: adding, editing, deleting, listing, importing and exporting events."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from lifebook.services import chronology as chron
from lifebook.services.chronology_import import import_chronology
from lifebook.services.errors import InvalidInput, NotFound
from lifebook.store.db import Library
from lifebook.store.models import AuditEntry

ROWS = [
    ["Date", "Event", "Details", "Category", "Place"],
    ["01/06/2017", "Lexi was born", "Weighing 7lb 2oz", "Birth", "St Mary's Hospital"],
    ["spring 2018", "Moved to Nan's", "", "Placement", "Leeds"],
    ["March 2019", "Started nursery", "Little Acorns", "School", ""],
    ["about 2020", "Met Zoë and the café dog", "", "Family", ""],
]


def _write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def _titles(library: Library, child_id: int) -> list[str]:
    return [e.title for e in chron.list_events(library, child_id)]


# ----------------------------------------------------------------------------- events


def test_add_edit_delete_each_one_transaction_with_an_audit(library: Library, child_id: int) -> None:
    first = chron.add_event(library, child_id, date_text="spring 2019", title="  Moved to  Nan's ",
                            category="move", place="Leeds")
    assert (first.title, first.date_display, first.precision, first.age) == (
        "Moved to Nan's", "spring 2019", "season", "aged 1")
    assert first.category_label == "Move or placement"
    born = chron.add_event(library, child_id, date_text="01/06/2017", title="Born",
                           category="Birth")
    assert born.age == "at birth"
    assert _titles(library, child_id) == ["Born", "Moved to Nan's"]

    edited = chron.update_event(library, first.id, date_text="about 2021", sensitive=True)
    assert (edited.date_display, edited.age, edited.sensitive) == ("about 2021", "aged about 4",
                                                                    True)
    gone = chron.delete_event(library, born.id)
    assert gone.title == "Born"
    assert _titles(library, child_id) == ["Moved to Nan's"]
    with library.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert actions[-4:] == ["add chronology event", "add chronology event",
                            "edit chronology event", "delete chronology event"]


def test_bad_events_are_refused_plainly(library: Library, child_id: int) -> None:
    with pytest.raises(InvalidInput, match="needs a title"):
        chron.add_event(library, child_id, date_text="2019", title="   ")
    with pytest.raises(InvalidInput, match="category"):
        chron.add_event(library, child_id, date_text="2019", title="x", category="party")
    with pytest.raises(NotFound):
        chron.add_event(library, 999, date_text="2019", title="x")
    with pytest.raises(NotFound):
        chron.delete_event(library, 999)
    with pytest.raises(InvalidInput, match="no field"):
        chron.update_event(library, 1, colour="red")


def test_an_unreadable_date_is_kept_as_text_and_listed_last(library: Library, child_id: int) -> None:
    odd = chron.add_event(library, child_id, date_text="03/23/2019", title="Odd")
    chron.add_event(library, child_id, date_text="2018", title="Known")
    assert (odd.precision, odd.date_display, odd.age) == ("unknown", "03/23/2019", "")
    assert _titles(library, child_id) == ["Known", "Odd"]


def test_events_on_the_same_date_keep_the_order_they_were_added(library: Library,
                                                                 child_id: int) -> None:
    for title in ("First", "Second", "Third"):
        chron.add_event(library, child_id, date_text="2019", title=title)
    assert _titles(library, child_id) == ["First", "Second", "Third"]


# ----------------------------------------------------------------------------- import


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_each_encoding_and_delimiter(library: Library, child_id: int, tmp_path: Path,
                                            encoding: str, delimiter: str) -> None:
    path = _write_csv(tmp_path / "chronology.csv", ROWS, encoding, delimiter)
    result = import_chronology(library, child_id, path)
    assert [e.title for e in result.imported] == [r[1] for r in ROWS[1:]]
    assert result.header_row == 1 and not result.skipped and not result.findings
    events = chron.list_events(library, child_id)
    assert [(e.date_display, e.precision, e.category, e.place) for e in events] == [
        ("1 June 2017", "day", "birth", "St Mary's Hospital"),
        ("spring 2018", "season", "move", "Leeds"),
        ("March 2019", "month", "education", ""),
        ("about 2020", "approximate", "family", ""),
    ]
    assert events[3].title == "Met Zoë and the café dog"
    assert events[0].source == "chronology.csv"


def test_an_xlsx_with_the_header_row_lower_down(library: Library, child_id: int,
                                                tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Chronology for Lexi Test-Jones"])
    sheet.append(["Printed from the case record"])
    sheet.append([])
    sheet.append(["Event date", "What happened", "Description", "Type", "Location"])
    sheet.append([datetime(2017, 6, 1), "Born", "", "Birth", "Leeds"])
    sheet.append([43547, "Serial date", "", "", ""])
    sheet.append([2019, "A year in a number cell", "", "", ""])
    sheet.append(["spring 2020", "Moved", "", "Placement move", ""])
    path = tmp_path / "export.xlsx"
    book.save(path)

    result = import_chronology(library, child_id, path, {"What happened": "title"})
    assert result.header_row == 4
    assert result.columns == {"Event date": "date", "What happened": "title",
                              "Description": "detail", "Type": "category",
                              "Location": "place"}
    assert [(e.title, e.date_display, e.precision) for e in result.imported] == [
        ("Born", "1 June 2017", "day"),
        ("Serial date", "23 March 2019", "day"),
        ("A year in a number cell", "2019", "year"),
        ("Moved", "spring 2020", "season"),
    ]
    assert [str(f) for f in result.findings] == [
        "Rows 1 to 3 come before the header row (row 4) and were not read"]


def test_rows_are_never_dropped_silently(library: Library, child_id: int, tmp_path: Path) -> None:
    rows = [
        ["Date", "Event", "Details", "Category", "Include in book", "Private"],
        ["03/23/2019", "Date the wrong way round", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["2019", "", "", "", "", ""],
        ["", "No date at all", "", "", "no", "yes"],
        ["2020", "", "Only details were written here", "LAC review", "maybe", ""],
        ["2020", "Date the wrong way round", "", "", "", ""],
        ["2020", "Date the wrong way round", "", "", "", ""],
        ["", "", "", "", "", ""],
    ]
    path = _write_csv(tmp_path / "messy.csv", rows, "utf-8", ",")
    result = import_chronology(library, child_id, path)
    assert [e.title for e in result.imported] == [
        "Date the wrong way round", "No date at all", "Only details were written here",
        "Date the wrong way round"]
    assert [(f.row, f.message) for f in result.skipped] == [
        (3, "empty row"),
        (4, "no event: the row has nothing in the event or details columns")]
    assert [(d.row, d.message) for d in result.duplicates] == [(8, "the same as row 7")]
    assert [f.row for f in result.findings] == [2, 5, 6, 6]
    assert "'03/23/2019' could not be read" in result.findings[0].message
    assert "no date" in result.findings[1].message
    first, no_date = result.imported[0], result.imported[1]
    assert (first.precision, first.date_text) == ("unknown", "03/23/2019")
    assert (no_date.include_in_book, no_date.private) == (False, True)
    # every row after the header (row 1) is accounted for, bar the blank last line
    accounted = ({2, 5, 6, 7} | {f.row for f in result.skipped}
                 | {d.row for d in result.duplicates})
    assert accounted == set(range(2, 9))


def test_reimporting_the_same_file_adds_nothing(library: Library, child_id: int,
                                                tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "chronology.csv", ROWS, "utf-8", ",")
    import_chronology(library, child_id, path)
    again = import_chronology(library, child_id, path)
    assert again.imported == ()
    assert [d.row for d in again.duplicates] == [2, 3, 4, 5]
    assert len(chron.list_events(library, child_id)) == 4
    # the same events saved differently (cp1252, semicolons, other spacing) are still the same
    spaced = [[f" {cell} " for cell in row] for row in ROWS]
    other = _write_csv(tmp_path / "other.csv", spaced, "cp1252", ";")
    assert import_chronology(library, child_id, other).imported == ()
    # one new row in an updated export is added, alone
    newer = _write_csv(tmp_path / "newer.csv", [*ROWS, ["2021", "Started school", "", "", ""]],
                       "utf-8", ",")
    assert [e.title for e in import_chronology(library, child_id, newer).imported] == [
        "Started school"]


def test_a_mapping_overrides_the_guessed_columns(library: Library, child_id: int,
                                                 tmp_path: Path) -> None:
    rows = [["When", "Event", "Notes"], ["2019", "Holiday", "Wales"]]
    path = _write_csv(tmp_path / "c.csv", rows, "utf-8", ",")
    result = import_chronology(library, child_id, path, {"When": "date", "Notes": "place"})
    assert result.columns == {"When": "date", "Event": "title", "Notes": "place"}
    assert (result.imported[0].place, result.imported[0].detail) == ("Wales", "")
    with pytest.raises(InvalidInput, match="not a chronology field"):
        import_chronology(library, child_id, path, {"When": "colour"})
    with pytest.raises(InvalidInput, match="'nope'"):
        import_chronology(library, child_id, path, {"nope": "date"})


def test_files_that_cannot_be_imported_say_why(library: Library, child_id: int,
                                               tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no file"):
        import_chronology(library, child_id, tmp_path / "missing.csv")
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    with pytest.raises(InvalidInput, match=".csv or .xlsx"):
        import_chronology(library, child_id, odd)
    headless = _write_csv(tmp_path / "h.csv", [["a", "b"], ["1", "2"]], "utf-8", ",")
    with pytest.raises(InvalidInput, match="header row"):
        import_chronology(library, child_id, headless)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput, match="could not be read"):
        import_chronology(library, child_id, broken)
    assert chron.list_events(library, child_id) == []


# ----------------------------------------------------------------------------- export


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_leaves_private_notes_out_and_reimports(library: Library, child_id: int,
                                                       tmp_path: Path, suffix: str) -> None:
    chron.add_event(library, child_id, date_text="01/06/2017", title="Born", category="birth")
    chron.add_event(library, child_id, date_text="about 2019", title="Met Zoë")
    chron.add_event(library, child_id, date_text="2019", title="Worker's note", private=True)
    out = tmp_path / f"out{suffix}"
    result = chron.export_chronology(library, child_id, out)
    assert (result.exported, result.private_left_out) == (2, 1)
    if suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    else:
        sheet = load_workbook(out).worksheets[0]
        rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(chron.EXPORT_COLUMNS)
    assert [r[:4] for r in rows[1:]] == [["1 June 2017", "Exact day", "at birth", "Born"],
                                         ["about 2019", "About", "aged about 2", "Met Zoë"]]
    # an exported chronology imports into another child's record as it was
    from lifebook.services.children import add_child

    other = add_child(library, "Sam", date_of_birth=date(2017, 6, 1)).id
    back = import_chronology(library, other, out)
    assert [(e.title, e.date_display, e.category) for e in back.imported] == [
        ("Born", "1 June 2017", "birth"), ("Met Zoë", "about 2019", "other")]


def test_export_refuses_other_kinds_of_file(library: Library, child_id: int,
                                            tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=".csv or .xlsx"):
        chron.export_chronology(library, child_id, tmp_path / "out.pdf")
    with pytest.raises(InvalidInput, match="no folder"):
        chron.export_chronology(library, child_id, tmp_path / "nowhere" / "out.csv")
