"""What an audit row's record is called: a staff member by name, a checklist item by its text…,
so the viewer shows "工作人员 林晓梅" rather than "工作人员 2921". Deleted records keep their id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.services.audit.columns import mapped_class

NAME_COLUMNS = {  # table -> the column that names one of its records
    "staff_member": "name", "staff_ban": "name", "checklist_template": "title", "checklist_item": "text",
    "district": "name", "street": "name", "department": "name", "unregistered_nursery": "name",
}
LONGEST = 30  # characters of a long text (a checklist item) shown before "…"


def record_names(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Names of the (table, entity_id) records that still exist, for the tables in NAME_COLUMNS."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, ident in keys:
        if entity in NAME_COLUMNS and str(ident).isdigit():
            wanted[entity].add(int(ident))
    names = {}
    for entity, ids in wanted.items():
        cls = mapped_class(entity)
        column = getattr(cls, NAME_COLUMNS[entity])
        for ident, name in session.execute(select(cls.id, column).where(cls.id.in_(sorted(ids)))):
            if name:
                names[entity, str(ident)] = name if len(name) <= LONGEST else name[:LONGEST] + "…"
    return names
