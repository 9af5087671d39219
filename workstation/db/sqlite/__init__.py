"""SQLite-only code; engine-neutral fronts in db/ call it for a SQLite connection."""
