"""The schema revision this program expects. Kept apart so start-up can read it without SQLAlchemy."""

# The newest revision in migrations/versions; tests assert it equals `alembic heads`.
HEAD = "20261205_0049"
