"""PostgreSQL: a registry sort by a column with many equal values is one index walk (migration 0042).

A PostgreSQL index carries no row id, so ORDER BY <column>, id over an index of the column alone
sorted each group of equal values (70,000 empty 简称 at 100,000 nurseries: 40–80 ms a sort click).
With sorting forbidden, the planner must find an index giving the registry's exact order, both ways.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from workstation.db.orm import Nursery
from workstation.services.registry.listing import RegistryQuery
from workstation.services.registry.search import order_by

KEYS = ["alias", "uscc", "street", "places_total", "places_inclusive", "inclusive", "legal_nature", "kind",
        "status", "demonstration_level"]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", KEYS)
def test_the_registry_order_walks_one_index(pg_server, database, key, descending):
    stmt = select(Nursery.id).order_by(*order_by(RegistryQuery(sort_key=key, descending=descending))).limit(200)
    with database.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        conn.execute(text("SET LOCAL enable_sort = off"))
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(row[0] for row in conn.execute(text(f"EXPLAIN {sql}")))
    assert "Sort" not in plan, plan
