"""The registers that exist, by CLI name. A new register is one module declaring a SPEC, listed here
and in ../names.py (planned: filings, inspections, rectifications, fees, when their tables land)."""

from __future__ import annotations

from ..names import REGISTER_NAMES
from ..spec import RegisterSpec
from . import nurseries, summary

# In the order the UI offers them.
REGISTERS: dict[str, RegisterSpec] = {spec.key: spec for spec in (nurseries.SPEC, summary.SPEC)}
if tuple(REGISTERS) != REGISTER_NAMES:  # pragma: no cover - a declaration mistake, caught at import
    raise RuntimeError(f"exports/names.py lists {REGISTER_NAMES}, registers declare {tuple(REGISTERS)}")

__all__ = ["REGISTERS"]
