"""Alembic environment: runs in code with a connection handed over, or from the CLI with -x db=PATH."""

from __future__ import annotations

from alembic import context

import workstation.db.orm  # noqa: F401  (registers every table)
from workstation.db import crash_points
from workstation.db.base import Base, include_object

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
        on_version_apply=lambda **_: crash_points.step("migration: one revision applied"),
    )


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    from workstation.db.engine import make_engine

    db = context.get_x_argument(as_dictionary=True).get("db", "dev.db")
    engine = make_engine(db)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_online()
