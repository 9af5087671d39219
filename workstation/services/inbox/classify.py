"""Classify the rows of a received file against the registry, chunk by chunk (bounded work per query)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from workstation.db.orm import District
from workstation.domain.errors import ValidationError
from workstation.domain.inbox import COMPARED, ItemClass, differing
from workstation.domain.intake_checks import check_draft
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.services.imports import (
    Candidate,
    RowContext,
    Table,
    cell_text,
    nurseries_by_uscc,
    validate_row,
)
from workstation.services.inbox.pushed import from_json, new_draft, to_json
from workstation.services.registry import find_similar

CHUNK = 500
CELLS = "cells"  # an invalid row's pushed values: the file's cell texts, unread
_EVERY = 20


def classify(session: Session, table: Table, ctx: RowContext,
             tick: Callable[[int], None]) -> Iterator[dict[str, object]]:
    """One item (column values for inbox_item) per data row, in file order."""
    district_name = session.scalar(select(District.name).order_by(District.id).limit(1)) or ""
    first_row: dict[str, int] = {}
    rows = table.rows
    for start in range(0, len(rows), CHUNK):
        tick(start)
        chunk = rows[start:start + CHUNK]
        valid: list[Candidate] = []
        items: dict[int, dict[str, object]] = {}
        for row in chunk:
            try:
                candidate = validate_row(row, table.columns, ctx)
            except ValidationError as exc:
                items[row.number] = _invalid(row.number, table, row, exc.message)
                continue
            first = first_row.setdefault(candidate.uscc, row.number)
            if first != row.number:
                items[row.number] = _item(candidate, ItemClass.INVALID, f"统一社会信用代码与第{first}行重复。")
                continue
            valid.append(candidate)
        existing = nurseries_by_uscc(session, [c.uscc for c in valid])
        for index, candidate in enumerate(valid):
            if index % _EVERY == 0:
                tick(start + index)  # a new row's similar-nursery search is the slow part: keep cancel close
            items[candidate.row_number] = _classified(session, candidate, existing.get(candidate.uscc),
                                                      district_name, ctx)
        for row in chunk:
            yield items[row.number]


def _classified(session: Session, candidate: Candidate, nursery: Row[Any] | None, district_name: str,
                ctx: RowContext) -> dict[str, object]:
    warnings = _joined(candidate.warnings)
    if nursery is not None:
        registry = {name: getattr(nursery, name) for name, _ in COMPARED}
        fields = differing(dict(candidate.given), registry)
        kind = ItemClass.DIFFERS if fields else ItemClass.MATCHES
        return _item(candidate, kind, warnings, nursery.id, fields)
    # What intake would say about the new record: its errors make the row invalid, its warnings are findings.
    draft = new_draft(from_json(to_json(candidate.given, candidate.uscc, candidate.nature)), "")
    found = check_draft(draft, NATIONAL_DEFAULTS, ctx.today, None, ctx.district_code)
    errors = [f.message for f in found if f.is_error]
    if errors:
        return _item(candidate, ItemClass.INVALID, _joined(errors))
    warnings = _joined(dict.fromkeys([*candidate.warnings, *(f.message for f in found)]))
    similar = find_similar(session, candidate.name, str(candidate.given.get("address", "")), district_name)
    if similar:
        names = "、".join(f"“{s.name}”（记录号 {s.id}，{s.matched_on}相近）" for s in similar[:3])
        text = f"与已登记的{names}相似，请核实是否为同一机构。"
        return _item(candidate, ItemClass.SIMILAR, _joined([text, warnings]), similar[0].id)
    return _item(candidate, ItemClass.NEW, warnings)


def _joined(findings: Iterable[str]) -> str:
    """Findings one after another: a sentence ended by "。" needs no "；" after it."""
    text = ""
    for finding in filter(None, findings):
        text += finding if not text or text.endswith("。") else "；" + finding
    return text


def _item(candidate: Candidate, kind: ItemClass, findings: str, nursery_id: int | None = None,
          fields: tuple[str, ...] = ()) -> dict[str, object]:
    return {"row_number": candidate.row_number, "uscc": candidate.uscc, "name": candidate.name[:200],
            "item_class": kind, "nursery_id": nursery_id,
            "pushed": to_json(candidate.given, candidate.uscc, candidate.nature),
            "differs": ",".join(fields), "findings": findings}


# The compared fields and the file's columns holding them (an invalid row shows its cells as they were).
_CELLS = {"name": "name", "legal_rep_name": "legal_rep", "address": "address", "legal_nature": "nature",
          "registered_at": "registered_at", "business_scope": "scope"}


def _invalid(number: int, table: Table, row: Any, reason: str) -> dict[str, object]:
    cells = {name: text for name, column in _CELLS.items() if column in table.columns
             and (text := cell_text(row.get(table.columns[column])))}
    return {"row_number": number, "uscc": cell_text(row.get(table.columns.get("uscc")))[:40],
            "name": cell_text(row.get(table.columns.get("name")))[:200], "item_class": ItemClass.INVALID,
            "nursery_id": None, "pushed": {CELLS: cells}, "differs": "", "findings": reason}
