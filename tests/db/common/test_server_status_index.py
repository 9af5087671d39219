"""On PostgreSQL the ids of the nurseries of a few statuses come from an index alone (migration
20261205_0036): the filing queues' counts and 首页's enrolment take off closed nurseries that way
(a SQLite index carries the rowid; a PostgreSQL one needs the id in it)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from test_engines import ON_POSTGRES

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL's own index (WS_TEST_DB=postgresql)")


def test_the_ids_of_nurseries_of_some_statuses_are_read_from_an_index_alone(database):
    with database.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # (an empty table: the plan as at 100,000 rows)
        conn.execute(text("SET enable_bitmapscan = off"))
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM nursery WHERE status IN ('CANCELLED', 'CLOSED_UNFILED')")))
    assert "Index Only Scan using ix_nursery_status_id" in plan, plan
