"""After rows were inserted with explicit ids: the next id the database hands out follows them.

SQLite's INTEGER PRIMARY KEY already continues after the largest id; PostgreSQL's sequences do not
move when an insert names the id, so the next ordinary insert would collide (db/postgres/sequences).
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def follow_explicit_ids(session: Session) -> None:
    """Make the database's next ids follow every id written so far in `session`'s transaction."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        from workstation.db.postgres.sequences import catch_up_sequences

        catch_up_sequences(connection)
