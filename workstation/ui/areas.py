"""The work areas reachable from the navigation list, in display order, and how each page is built."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    key: str
    source_title: str  # Chinese source text; translated through CONTEXT
    builder: str = ""  # "package": its front's build_page(UiContext) makes the page on first visit

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.source_title)


AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("Areas", "首页")),
    Area("registry", QT_TRANSLATE_NOOP("Areas", "机构登记"), "workstation.ui.registry"),
    Area("filing", QT_TRANSLATE_NOOP("Areas", "备案管理"), "workstation.ui.filing"),
    Area("inspections", QT_TRANSLATE_NOOP("Areas", "监督检查"), "workstation.ui.inspections"),
    Area("fees", QT_TRANSLATE_NOOP("Areas", "收费公示"), "workstation.ui.fees"),
    Area("registers", QT_TRANSLATE_NOOP("Areas", "名册报表"), "workstation.ui.registers"),
    Area("bans", QT_TRANSLATE_NOOP("Areas", "禁入名单"), "workstation.ui.staff"),
    Area("settings", QT_TRANSLATE_NOOP("Areas", "系统设置"), "workstation.ui.settings"),
)


def area_index(key: str) -> int:
    """Position of the area with `key` in AREAS (ValueError when unknown)."""
    for index, area in enumerate(AREAS):
        if area.key == key:
            return index
    raise ValueError(f"unknown area: {key!r}")
