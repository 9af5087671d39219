"""Rule parameters with national defaults (domain.md §5, §19). Kept as data; a district may override."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from workstation.domain.enums import ClassType


@dataclass(frozen=True)
class ClassLimit:
    max_children: int
    ratio: int  # children per caregiver at most (1:ratio)
    min_age_months: int
    max_age_months: int


DEFAULT_CLASS_LIMITS: dict[ClassType, ClassLimit] = {
    ClassType.INFANT: ClassLimit(10, 3, 6, 12),
    ClassType.TODDLER_YOUNG: ClassLimit(15, 5, 12, 24),
    ClassType.TODDLER_OLD: ClassLimit(20, 7, 24, 36),
    ClassType.MIXED: ClassLimit(18, 5, 18, 36),
}


@dataclass(frozen=True)
class RuleParameters:
    version: str = "national-2019"
    class_limits: dict[ClassType, ClassLimit] = field(default_factory=lambda: dict(DEFAULT_CLASS_LIMITS))
    home_based_max_children: int = 5
    home_based_ratio: int = 3
    min_lease_years: int = 3  # at filing (N2 托育机构设置标准 Art.11; N4 for 家庭托育点)
    lease_ending_months: int = 6  # district setting: warn a filed nursery this long before its lease ends
    scope_keywords: tuple[str, ...] = ("托育", "婴幼儿照护")
    registered_not_filed_alert_days: int = 30

    def limit(self, class_type: ClassType) -> ClassLimit:
        return self.class_limits[class_type]

    def to_json(self) -> dict:
        data = asdict(self)
        data["class_limits"] = {k.value: asdict(v) for k, v in self.class_limits.items()}
        data["scope_keywords"] = list(self.scope_keywords)
        return data

    @classmethod
    def from_json(cls, data: dict) -> RuleParameters:
        base = cls()
        limits = {ClassType(k): ClassLimit(**v) for k, v in (data.get("class_limits") or {}).items()}
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "class_limits"}
        if "scope_keywords" in values:
            values["scope_keywords"] = tuple(values["scope_keywords"])
        return replace(base, class_limits={**base.class_limits, **limits}, **values)


NATIONAL_DEFAULTS = RuleParameters()
