"""ORM classes, one module per aggregate. Importing this package registers every table."""

from .district import Department, District, Street
from .nursery import Nursery, NurseryClass, NurseryServiceType

__all__ = ["Department", "District", "Street", "Nursery", "NurseryClass", "NurseryServiceType"]
