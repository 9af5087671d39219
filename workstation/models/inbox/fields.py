"""The compared fields' titles as the interface shows them (translated through one context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "InboxFields"
FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("InboxFields", "名称"),
    "legal_rep_name": QT_TRANSLATE_NOOP("InboxFields", "法定代表人（负责人）"),
    "address": QT_TRANSLATE_NOOP("InboxFields", "住所"),
    "legal_nature": QT_TRANSLATE_NOOP("InboxFields", "机构性质"),
    "registered_at": QT_TRANSLATE_NOOP("InboxFields", "成立（登记）日期"),
    "business_scope": QT_TRANSLATE_NOOP("InboxFields", "经营范围"),
}


def field_title(name: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIELD_TITLES.get(name, name))
