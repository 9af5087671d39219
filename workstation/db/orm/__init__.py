"""ORM classes, one module per aggregate. Importing this package registers every table."""

from workstation.db.orm import audit, fees, filing, inspections, random_draws, users  # noqa: F401  (each registers its tables)
from workstation.db.orm.district import Department, District, Street
from workstation.db.orm.intake import DuplicateDecision, ImportBatch, RoutingRule, RuleSet, WarningOverride
from workstation.db.orm.nursery import Nursery, NurseryClass, NurseryServiceType

__all__ = [
    "DuplicateDecision", "ImportBatch", "RoutingRule", "RuleSet", "WarningOverride",
   "Department", "District", "Street", "Nursery", "NurseryClass", "NurseryServiceType"]
