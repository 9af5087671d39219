"""A checklist line's result with the inspector's note, as the finding and the 整改通知书 state it."""

from __future__ import annotations

from workstation.domain.inspections import ItemResult


def result_with_note(result: ItemResult, note: str, label: str = "") -> str:
    """"基本符合：<note>", said once when the note already starts with the result ("基本符合，个别细节需完善");
    `label` is the result in the interface language (default Chinese)."""
    label = label or result.zh
    if not note:
        return label
    if note.startswith((result.zh, label)):
        return note
    return f"{label}：{note}"
