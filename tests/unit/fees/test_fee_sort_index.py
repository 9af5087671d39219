"""收费公示 sorted by a fee or 执行日期 without a search reads along the column's index
(db/repositories/fee_sorted.py); every page must be the page the general SQL gives."""

from __future__ import annotations

import datetime as dt

import pytest
from test_fees_overview_pages import TODAY, fees, listed  # noqa: F401 (fixtures)

from workstation.db.orm import Nursery
from workstation.db.repositories.fee_overview import overview_page
from workstation.db.repositories.fee_sorted import SCHEDULE_SORT_COLUMNS


@pytest.mark.parametrize("key", sorted(SCHEDULE_SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_page_read_along_the_index_equals_the_general_query(district, listed, key, descending):  # noqa: F811
    with district.factory() as session:
        def page(where, offset, limit):
            return [r.nursery_id for r in overview_page(session, TODAY, where, sort_key=key, descending=descending,
                                                        offset=offset, limit=limit)]

        everything = page([Nursery.id > 0], 0, 10)  # a condition: the general SQL
        assert len(everything) == 4 and page([], 0, 10) == everything
        for limit in (1, 2, 3):
            for offset in range(0, 6):
                assert page([], offset, limit) == everything[offset:offset + limit], (offset, limit)


def test_a_schedule_not_in_force_on_the_day_is_not_read(district, fees, listed):  # noqa: F811
    later = dt.date(2027, 6, 1)
    with district.factory() as session:
        for day in (TODAY, later, dt.date(2025, 12, 31)):  # before every schedule: none has a value
            general = [r.nursery_id for r in overview_page(session, day, [Nursery.id > 0], sort_key="full_day")]
            assert [r.nursery_id for r in overview_page(session, day, [], sort_key="full_day")] == general
