"""Registers: exporting the declared registers (名册、台账) with permissions and audit.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.registers.service import ExportOutcome, RegistersService

__all__ = [
    "ExportOutcome",
    "RegistersService",
]

__getattr__ = lazy_front(__name__, {
    "ExportOutcome": "service",
    "RegistersService": "service",
})
