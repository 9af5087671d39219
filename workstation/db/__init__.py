"""Persistence: ORM models, engine and session, migrations, repositories."""
