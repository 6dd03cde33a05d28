"""People: ``people``, ``add-person``, ``edit-person`` and ``tag-photo`` (the same services
as the window's People tab).

``--consent`` is consent to be *named* in the child's books;
``--consent-identified`` is consent to be *identified* (full name, photo,
where they live). Dates are written YYYY-MM-DD; ``none`` clears one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lifebook.cli.args import enum_arg, past_date, record_id
from lifebook.cli.output import EXIT_OK, emit
from lifebook.model.enums import Consent, Relationship, SiblingLives

if TYPE_CHECKING:
    from lifebook.cli import AddCommand
    from lifebook.model.records import PersonInfo
    from lifebook.store.db import Library

RELATIONSHIPS = ", ".join(r.value for r in Relationship)
CONSENTS = "yes, no or not-asked"

# option -> (service field, argparse type, help)
EDIT_OPTIONS: dict[str, tuple[str, Callable[[str], object] | None, str]] = {
    "--name": ("name", None, "their full name"),
    "--known-as": ("known_as", None, "the name the child uses for them, e.g. \"Nanna Jo\""),
    "--relationship": ("relationship", enum_arg(Relationship), f"one of: {RELATIONSHIPS}"),
    "--relationship-words": ("relationship_to_child", None,
                             "the relationship in your words, e.g. \"Mum's sister\""),
    "--description": ("description", None, "a few child-friendly words about them"),
    "--born": ("date_of_birth", None, "date of birth, YYYY-MM-DD (none to clear)"),
    "--died": ("date_of_death", None, "date of death, YYYY-MM-DD (none to clear)"),
    "--household": ("household", None, "who they live with, e.g. \"Dad's house\""),
    "--sibling-lives": ("sibling_lives", enum_arg(SiblingLives),
                        "for brothers and sisters: with-child, elsewhere, adopted-elsewhere "
                        "or unknown"),
    "--consent": ("consent", enum_arg(Consent),
                  f"may they be named in the child's books? {CONSENTS}"),
    "--consent-date": ("consent_named_date", None, "when they were asked about being named"),
    "--consent-note": ("consent_note", None, "a note about being named"),
    "--consent-identified": ("consent_identified", enum_arg(Consent),
                             "may they be identified (full name, photo, where they live)? "
                             + CONSENTS),
    "--consent-identified-date": ("consent_identified_date", None,
                                  "when they were asked about being identified"),
    "--consent-identified-note": ("consent_identified_note", None,
                                  "a note about being identified"),
    "--placement-from": ("placement_from", None, "foster carers: the day the child moved in"),
    "--placement-to": ("placement_to", None, "foster carers: the day the child moved on"),
    "--private-note": ("private_note", None, "a note for you only; never in a book"),
    "--photo": ("photo_media_id", None, "a photo id for their picture (none to clear)"),
}
DATE_FIELDS = {  # field -> what a message calls it
    "date_of_birth": "date of birth",
    "date_of_death": "date of death",
    "consent_named_date": "date they were asked about being named",
    "consent_identified_date": "date they were asked about being identified",
    "placement_from": "placement start date",
    "placement_to": "placement end date",
}


def _date_or_none(what: str) -> Callable[[str], date | None]:
    strict = past_date(what)

    def convert(token: str) -> date | None:
        return None if token.strip().lower() in ("", "none") else strict(token)

    convert.__name__ = "date"
    return convert


def _photo_or_none(token: str) -> int | None:
    return None if token.strip().lower() in ("", "none") else record_id(token)


def register(add: AddCommand) -> None:
    p = add("people", "list the people in a child's life, with their consents", cmd_people)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")

    p = add("add-person", "add someone in a child's life", cmd_add_person)
    p.add_argument("--child", type=record_id, required=True, metavar="ID")
    p.add_argument("--name", required=True, help="their full name")
    p.add_argument("--relationship", type=enum_arg(Relationship), required=True, metavar="REL",
                   help=f"who they are to the child: {RELATIONSHIPS}")
    p.add_argument("--consent", type=enum_arg(Consent), default=Consent.NOT_ASKED,
                   metavar="yes|no|not-asked",
                   help="may they be named in the child's books? (default not-asked; "
                   "edit-person sets the rest)")
    p.add_argument("--known-as", default="", help="the name the child uses for them")

    p = add("edit-person", "change a person's details and consents (only those given)",
            cmd_edit_person)
    p.add_argument("--person", type=record_id, required=True, metavar="ID")
    for option, (field, kind, help_text) in EDIT_OPTIONS.items():
        if field in DATE_FIELDS:
            kind = _date_or_none(DATE_FIELDS[field])
        elif field == "photo_media_id":
            kind = _photo_or_none
        p.add_argument(option, dest=field, type=kind,  # type: ignore[arg-type]
                       default=argparse.SUPPRESS, help=help_text)

    p = add("tag-photo", "say who is in a photo (or, with --remove, who is not)", cmd_tag_photo)
    p.add_argument("--photo", type=record_id, required=True, metavar="ID")
    p.add_argument("--person", type=record_id, required=True, metavar="ID")
    p.add_argument("--remove", action="store_true", help="untag them instead")


def _line(p: PersonInfo) -> str:
    name = f"{p.known_as} ({p.name})" if p.known_as and p.known_as != p.name else p.name
    detail = f" ({p.relationship_to_child})" if p.relationship_to_child else ""
    died = " · died" if p.date_of_death else ""
    return (f"{p.id:>4}  {name} · {p.relationship_label}{detail}{died} · "
            f"named: {Consent(p.consent).label.lower()} · "
            f"identified: {Consent(p.consent_identified).label.lower()}")


def cmd_people(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.people import list_people

    people = list_people(library, args.child)
    emit(args, {"people": [p.as_dict() for p in people]},
         "\n".join(_line(p) for p in people) or "No people recorded for this child yet.")
    return EXIT_OK


def cmd_add_person(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.people import add_person

    person = add_person(library, args.child, args.name, args.relationship, consent=args.consent,
                        known_as=args.known_as)
    emit(args, person.as_dict(), f"Added {person.name} (id {person.id}), "
         f"{person.relationship_label.lower()}.")
    return EXIT_OK


def cmd_edit_person(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.people import update_person

    fields = {field for field, _kind, _help in EDIT_OPTIONS.values()}
    changes = {k: v for k, v in vars(args).items() if k in fields}
    if not changes:
        from lifebook.services.errors import InvalidInput

        raise InvalidInput("say what to change, e.g. --consent-identified yes "
                           "(see: lifebook edit-person --help)")
    person = update_person(library, args.person, **changes)
    emit(args, person.as_dict(), f"Saved {person.name} (id {person.id}).\n{_line(person)}")
    return EXIT_OK


def cmd_tag_photo(library: Library, args: argparse.Namespace) -> int:
    from lifebook.services.people import get_person, people_in_photo, tag_photo, untag_photo

    person = get_person(library, args.person)
    if args.remove:
        changed = untag_photo(library, args.photo, args.person)
        text = (f"{person.name} is no longer tagged in photo {args.photo}." if changed
                else f"{person.name} was not tagged in photo {args.photo}.")
    else:
        changed = tag_photo(library, args.photo, args.person)
        text = (f"Tagged {person.name} in photo {args.photo}." if changed
                else f"{person.name} was already tagged in photo {args.photo}.")
    tagged = people_in_photo(library, args.photo)
    emit(args, {"photo_id": args.photo, "person_id": args.person, "changed": changed,
                "tagged": [p.id for p in tagged]}, text)
    return EXIT_OK
