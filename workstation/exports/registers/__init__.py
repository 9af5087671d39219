"""The registers that exist, by CLI name. A new register is one module declaring a SPEC, listed here
and in ../names.py (planned: inspections, rectifications, when their tables land)."""

from __future__ import annotations

from ..names import REGISTER_NAMES
from ..spec import RegisterSpec
from . import fees, filings, nurseries, summary

# In the order the UI offers them (the order): nurseries, filings, inspections,
# rectifications, fees, summary — the inspection and rectification ledgers go between filings and fees.
REGISTERS: dict[str, RegisterSpec] = {
    spec.key: spec for spec in (nurseries.SPEC, filings.SPEC, fees.SPEC, summary.SPEC)}
if tuple(REGISTERS) != REGISTER_NAMES:  # pragma: no cover - a declaration mistake, caught at import
    raise RuntimeError(f"exports/names.py lists {REGISTER_NAMES}, registers declare {tuple(REGISTERS)}")

__all__ = ["REGISTERS"]
