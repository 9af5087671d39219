"""The 登记超过…天未备案 queue lists the nurseries of one day in pinyin order, as every other list
does (it sorted them by the characters' code points: 北 before 张 before 阿), through the services and
through the start-up reader alike, on both engines."""

from __future__ import annotations

import datetime as dt

from filing_support import add_nursery

from workstation.db.readers import open_reader
from workstation.services.common.context import Actor
from workstation.services.filing import served_work_queues
from workstation.services.filing.queues import home_queues

TODAY = dt.date(2026, 12, 5)
SAME_DAY = dt.date(2026, 9, 1)
NAMES = ("张家托育园", "阿福托育园", "北城托育园", "长乐托育园")  # zhang, a, bei, chang
IN_PINYIN_ORDER = ["阿福托育园", "北城托育园", "长乐托育园", "张家托育园"]


def test_a_days_unfiled_nurseries_are_listed_in_pinyin_order(district):
    for number, name in enumerate(NAMES, start=1):
        add_nursery(district.factory, number, name=name, registered_at=SAME_DAY)
    add_nursery(district.factory, 9, name="安心托育园", registered_at=SAME_DAY + dt.timedelta(days=1))  # a day later

    expected = [*IN_PINYIN_ORDER, "安心托育园"]
    queue = home_queues(district.factory, lambda: TODAY).queue("not_filed")
    assert [e.nursery_name for e in queue.entries] == expected
    reader = open_reader(str(district.location))
    try:
        served = served_work_queues(reader, Actor("manager", "李科长", "MANAGER"), TODAY).queue("not_filed")
    finally:
        reader.close()
    assert [e.nursery_name for e in served.entries] == expected
