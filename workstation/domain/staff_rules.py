"""Staff rule parameters with their national defaults and sources (domain.md §5.2, §8, §19)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StaffRules:
    version: str = "national-2019"
    # 《托幼机构工作人员健康合格证》: annual check while employed (N6 Art.14; N2 管理规范 Art.28).
    health_valid_months: int = 12
    # Criminal-record query before hiring and every year (未成年人保护法 Art.62, N8).
    background_valid_months: int = 12
    # ≥ 1 full-time health-care staff member from this many enrolled children (N6 Art.12).
    full_time_health_from_children: int = 150
    # Home page: certificates and checks expiring within this many days are queued (district practice).
    expiring_within_days: int = 30


STAFF_RULE_SOURCES: dict[str, str] = {
    "health_valid_months": "托儿所幼儿园卫生保健管理办法 第十四条；托育机构管理规范（试行）第二十八条",
    "background_valid_months": "未成年人保护法 第六十二条",
    "full_time_health_from_children": "托儿所幼儿园卫生保健管理办法 第十二条",
    "expiring_within_days": "区卫健委工作要求（默认30天）",
}

NATIONAL_STAFF_RULES = StaffRules()
