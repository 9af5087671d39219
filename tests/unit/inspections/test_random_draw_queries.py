"""The draw's population is counted and drawn in SQL by key; past draws list without their populations."""

from __future__ import annotations

import pytest
from draw_support import draw_now
from sqlalchemy import event
from test_random_draw_service import POOL, svc
from test_random_draw_service import db as twelve  # noqa: F401  (the fixture: twelve nurseries on two streets)

from workstation.domain.enums import LegalNature
from workstation.services.inspections.draw_dto import DrawFilters


@pytest.fixture
def statements(twelve):  # noqa: F811
    seen: list[str] = []
    engine = twelve.factory.kw["bind"]
    listen = lambda _conn, _cursor, statement, *_rest: seen.append(" ".join(statement.split()))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    yield seen
    event.remove(engine, "before_cursor_execute", listen)


def test_population_size_is_one_count_query(twelve, statements):  # noqa: F811
    service = svc(twelve)
    statements.clear()
    assert service.population_size() == 10
    assert service.population_size(DrawFilters(street_code="500107002")) == 4
    assert service.population_size(DrawFilters(legal_nature=LegalNature.SOCIAL_SERVICE, statuses=())) == 1
    nursery_reads = [s for s in statements if "FROM nursery" in s]
    assert len(nursery_reads) == 3 and all(s.startswith("SELECT count(") for s in nursery_reads)


def test_the_list_of_draws_leaves_populations_unread_and_a_draw_still_verifies(twelve, statements):  # noqa: F811
    service = svc(twelve)
    made = [draw_now(service, DrawFilters(), 3, POOL, public=f"2025-{n}") for n in range(3)]
    statements.clear()
    listed = service.draws()
    assert [d.id for d in listed] == [d.id for d in reversed(made)]
    assert [d.population_size for d in listed] == [10, 10, 10]
    opened = service.draw(made[0].id)
    assert [p.key for p in opened.picks] == [p.key for p in made[0].picks]
    draw_reads = [s for s in statements if "FROM random_draw " in s or s.endswith("FROM random_draw")]
    assert draw_reads and not any("random_draw.population," in s or "random_draw.population " in s
                                  for s in draw_reads)
    assert service.verify(made[0].id)  # verifying is what reads the stored population


def test_only_the_drawn_nurseries_are_read_whole(twelve, statements):  # noqa: F811
    service = svc(twelve)
    statements.clear()
    result = draw_now(service, DrawFilters(), 2, POOL, public="42")
    assert len(result.picks) == 2 and all(p.name.startswith("测试托育园") for p in result.picks)
    named = [s for s in statements if s.startswith("SELECT") and "nursery.name" in s and "FROM nursery" in s]
    assert named and all("nursery.id IN (" in s for s in named)
