"""The audit trail viewer (系统设置 → 审计日志).

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.audit.audit_page import AuditPage

__all__ = [
    "AuditPage",
]

__getattr__ = lazy_front(__name__, {
    "AuditPage": "audit_page",
})
