"""How a clause's place in its document is written for people, the same in the CLI and the UI."""

from __future__ import annotations

from typing import Any


def where(item: Any, *, document: bool = False, unnumbered: str = "") -> str:
    """ "§ 10.4 · Customer Content · page 3" for anything with `section` and `heading` (and
    optionally `page`, `document`, `version`): a citation, a stored or flagged clause, a change.

    `document` puts "name (version)" first; `unnumbered` stands in for a missing section number.
    """
    parts = [f"{item.document} ({item.version})"] if document else []
    parts.append(f"§ {item.section}" if item.section else unnumbered)
    parts.append(item.heading or "")
    page = getattr(item, "page", None)
    if page is not None:
        parts.append(f"page {page}")
    return " · ".join(p for p in parts if p)
