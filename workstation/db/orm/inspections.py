"""ORM classes of the inspections area (filled in as the area lands)."""
