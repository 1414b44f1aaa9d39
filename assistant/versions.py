"""Pick a version of a document: by its label, or the one in force on a date.

A version is in force from its effective date (the date stated in its text), else from
its label when the label is a date (`2023-08-07`). Versions with neither cannot be placed
in time and are never chosen by date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from assistant.errors import InvalidOption, NotFound
from assistant.store import DocumentVersion, Library


def parse_date(text: str) -> dt.date | None:
    """An ISO date (`2023-08-07`) or None; dates on the command line are always ISO so they are never ambiguous."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def require_date(text: str, what: str = "--as-of") -> dt.date:
    """Parse an ISO date or raise an error that says how to write one."""
    date = parse_date(text)
    if date is None:
        raise InvalidOption(f"{what} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2023-08-07")
    return date


def in_force_from(version: DocumentVersion) -> dt.date | None:
    """The date a version took effect: its stated effective date, else its label if that is a date."""
    if version.effective_date:
        date = parse_date(version.effective_date)
        if date is not None:
            return date
    return parse_date(version.version.split(".")[0]) if version.version else None


def version_in_force(versions: Sequence[DocumentVersion], on: dt.date) -> DocumentVersion:
    """The newest version that had taken effect on `on` (its effective date is on or before it)."""
    dated = [(d, v) for v in versions if (d := in_force_from(v)) is not None]
    placed = [(d, v) for d, v in dated if d <= on]
    if not placed:
        name = versions[0].name if versions else "this document"
        if not dated:
            raise NotFound(
                f"{name} has no dated version (no effective date in its text and no date as version label), "
                "so none can be chosen by date; use --version"
            )
        first_date, first = min(dated, key=lambda item: (item[0], item[1].added_at))
        raise NotFound(
            f"No version of {name} was in force on {on.isoformat()}: the earliest, {first.version}, "
            f"took effect on {first_date.isoformat()}"
        )
    # Same effective date: the version added later is the newer reading of it.
    return max(placed, key=lambda item: (item[0], item[1].added_at))[1]


def version_as_of(library: Library, name: str, on: dt.date) -> DocumentVersion:
    """The version of a stored document that was in force on a date."""
    return version_in_force(library.versions(name), on)


def resolve_version(library: Library, name: str, ref: str | None) -> DocumentVersion:
    """A version named by its label; else, when `ref` is a date, the version in force on that date;
    the newest version when `ref` is None."""
    if ref is None:
        return library.version(name)
    versions = library.versions(name)
    for version in versions:
        if version.version == ref:
            return version
    date = parse_date(ref)
    if date is None:
        known = ", ".join(v.version for v in versions)
        raise NotFound(f"{name} has no version {ref!r}; it has: {known} (or give a date, YYYY-MM-DD)")
    return version_in_force(versions, date)


def scope_as_of(library: Library, documents: Sequence[str] | None, on: dt.date) -> list[DocumentVersion]:
    """The version of each document in force on a date. Named documents must have one; when no
    document is named, those that had no version in force yet are left out."""
    if documents:
        return [version_as_of(library, name, on) for name in dict.fromkeys(documents)]
    scope: list[DocumentVersion] = []
    for name in sorted({v.name for v in library.documents()}):
        try:
            scope.append(version_as_of(library, name, on))
        except NotFound:
            continue
    if not scope and library.documents():
        raise NotFound(f"No document in the library had a version in force on {on.isoformat()}")
    return scope
