"""ORM classes, one module per aggregate. Importing this package registers every table."""

from . import audit, fees, filing, inspections, random_draws, users  # noqa: F401  (each registers its tables)
from .district import Department, District, Street
from .intake import DuplicateDecision, ImportBatch, RoutingRule, RuleSet, WarningOverride
from .nursery import Nursery, NurseryClass, NurseryServiceType

__all__ = [
    "DuplicateDecision", "ImportBatch", "RoutingRule", "RuleSet", "WarningOverride",
   "Department", "District", "Street", "Nursery", "NurseryClass", "NurseryServiceType"]
