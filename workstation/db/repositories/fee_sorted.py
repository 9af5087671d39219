"""收费公示 sorted by a fee (全日托 …) or by 执行日期, read along an index.

The list sorted by one of these columns puts the nurseries with a value first, in the column's
order (equal values by the nursery's name in pinyin order, then its id: the name key the schedule
carries, migration 20261205_0048), and those without one (no schedule in force, or no such fee)
after them, by name, in either direction. With no search and no flag, a page is the next rows of the
column's index (ix_fee_schedule_by_*) whose schedule is in force on the day, the rest a walk of
ix_nursery_name_pinyin: no probe of every nursery and no sort of the district.
(fee_overview.overview_page orders the same way in SQL.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeSchedule
from workstation.db.repositories.fees import CHARGING

SCHEDULE_SORT_COLUMNS = {"effective_from": "effective_from", "full_day": "main_full_day_fen",
                         "half_day": "main_half_day_fen", "hourly": "main_hourly_fen",
                         "temporary": "main_temporary_fen"}


def has_value(key: str, value: Any) -> ColumnElement[bool]:
    """Whether a sort value is there: a fee column holds -1 for "no such fee" (migration 20261204_0019)."""
    return value.is_not(None) if key == "effective_from" else value >= 0


def _in_force(schedule: Any, as_of: dt.date) -> ColumnElement[bool]:
    return and_(schedule.effective_from <= as_of, or_(schedule.effective_to.is_(None), schedule.effective_to >= as_of))


def sorted_page_ids(session: Session, as_of: dt.date, key: str, descending: bool, offset: int,
                    limit: int) -> list[int]:
    """Ids of rows `offset` to `offset + limit` of the unfiltered fee list sorted by `key`."""
    column = getattr(FeeSchedule, SCHEDULE_SORT_COLUMNS[key])

    def way(c: Any) -> Any:
        return c.desc() if descending else c.asc()

    valued = (select(FeeSchedule.nursery_id).where(has_value(key, column), _in_force(FeeSchedule, as_of))
              .order_by(way(column), way(FeeSchedule.nursery_pinyin), way(FeeSchedule.nursery_id)))
    ids = list(session.scalars(valued.offset(offset).limit(limit)))
    if len(ids) == limit:
        return ids
    if ids:
        with_value = offset + len(ids)
    else:
        with_value = int(session.scalar(select(func.count()).select_from(valued.order_by(None).subquery())) or 0)
    any_schedule, valued_schedule = aliased(FeeSchedule), aliased(FeeSchedule)
    has_any = (select(literal(1)).where(any_schedule.nursery_id == Nursery.id, _in_force(any_schedule, as_of))
               .exists())
    valued_in_force = (select(literal(1)).where(valued_schedule.nursery_id == Nursery.id,
                                          has_value(key, getattr(valued_schedule, SCHEDULE_SORT_COLUMNS[key])),
                                          _in_force(valued_schedule, as_of)).exists())
    without = (select(Nursery.id).where(or_(Nursery.status.in_(CHARGING), has_any), ~valued_in_force)
               .order_by(way(Nursery.name_pinyin), way(Nursery.id))
               .offset(max(offset - with_value, 0)).limit(limit - len(ids)))
    return ids + list(session.scalars(without))
