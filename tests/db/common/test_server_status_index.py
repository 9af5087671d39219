"""On PostgreSQL the ids of the nurseries of a few statuses come from an index alone (migration
20261205_0036): the filing queues' counts and 首页's enrolment take off closed nurseries that way
(a SQLite index carries the rowid; a PostgreSQL one needs the id in it)."""

from __future__ import annotations

import pytest
from filing_support import add_nursery
from sqlalchemy import text
from test_engines import ON_POSTGRES

from workstation.domain.enums import InstitutionStatus

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL's own index (WS_TEST_DB=postgresql)")


def test_the_ids_of_nurseries_of_some_statuses_are_read_from_an_index_alone(database):
    # Some vacuumed rows: on an empty table every index on status costs the same, and the planner's tie
    # went to ix_nursery_not_filed once migration 20261205_0044 rebuilt it after this one.
    for number in range(1, 201):
        add_nursery(database.factory, number, InstitutionStatus.CANCELLED if number % 4 else InstitutionStatus.FILED)
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE nursery"))
        conn.execute(text("SET enable_seqscan = off"))  # (a small table: the plan as at 100,000 rows)
        conn.execute(text("SET enable_bitmapscan = off"))
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM nursery WHERE status IN ('CANCELLED', 'CLOSED_UNFILED')")))
    assert "Index Only Scan using ix_nursery_status_id" in plan, plan
