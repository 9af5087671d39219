"""ORM classes, one module per aggregate. Importing this package registers every table."""

from workstation.db.orm import (  # noqa: F401  (each registers its tables)
    accounts,
    attachments,
    audit,
    calendar,
    fees,
    filing,
    inbox,
    inspections,
    random_draws,
    staff,
)
from workstation.db.orm.district import Department, District, Street
from workstation.db.orm.nursery import Nursery, NurseryClass, NurseryServiceType, NurseryStatusEvent
from workstation.db.orm.registry import DuplicateDecision, ImportBatch, RoutingRule, RuleSet, WarningOverride

__all__ = [
    "DuplicateDecision", "ImportBatch", "RoutingRule", "RuleSet", "WarningOverride",
   "Department", "District", "Street", "Nursery", "NurseryClass", "NurseryServiceType",
   "NurseryStatusEvent"]
