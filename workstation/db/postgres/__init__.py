"""PostgreSQL-only code (sequences, …); engine-neutral fronts in db/ call it for a PostgreSQL connection."""
