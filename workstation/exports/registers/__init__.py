"""The registers that exist, by CLI name. A new register is one module declaring a SPEC, listed here
and in ../names.py."""

from __future__ import annotations

from workstation.exports.common.names import REGISTER_NAMES
from workstation.exports.common.spec import RegisterSpec
from workstation.exports.registers import (
    fees,
    filings,
    inspections,
    nurseries,
    rectifications,
    staff,
    summary,
)

# In the order the UI offers them (the order): nurseries, filings, inspections,
# rectifications, fees, summary.
REGISTERS: dict[str, RegisterSpec] = {spec.key: spec for spec in (
    nurseries.SPEC, filings.SPEC, inspections.SPEC, rectifications.SPEC, fees.SPEC, summary.SPEC,
    staff.STAFF_SPEC, staff.BANS_SPEC)}
if tuple(REGISTERS) != REGISTER_NAMES:  # pragma: no cover - a declaration mistake, caught at import
    raise RuntimeError(f"exports/names.py lists {REGISTER_NAMES}, registers declare {tuple(REGISTERS)}")

__all__ = ["REGISTERS"]
