"""The district's current fees, one row per nursery (fees page list, 收费公示汇总表 register).

The query lives in db/repositories/fees.py so that the exports package, which may not import
services, runs the very same query for the register.
"""

from __future__ import annotations

from workstation.db.repositories.fees import CHARGING, count_current_fees, current_fees_by_nursery

__all__ = ["CHARGING", "count_current_fees", "current_fees_by_nursery"]
