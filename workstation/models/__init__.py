"""Qt item models (the only Qt code below ui/)."""
