"""A record's timeline names each later save of the form by the fields it changed (never their values)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.unit.registry.test_intake_service import TODAY, draft, intake  # noqa: F401
from workstation.domain.enums import ClassType
from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.lifecycle import LifecycleAct
from workstation.domain.nursery import ClassDraft
from workstation.services.registry import LifecycleService, TimelineService


def edits(factory, actor, nursery_id) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for entry in TimelineService(factory, actor).timeline(nursery_id):
        if entry.kind == "登记" and not isinstance(entry.text, str) and "{fields}" in entry.text.source:
            fields = dict(entry.text.args)["fields"]
            found.append((entry.text.source, tuple(f.source for f in fields)))
    return found


def test_each_save_names_the_fields_it_changed(district, actor, intake):  # noqa: F811
    record = intake.create(draft())
    assert edits(district.factory, actor, record.id) == []  # the entry itself is 录入机构信息
    second = intake.update(record.id, record.version, dataclasses.replace(record.draft, phone="023-68001234"))
    klass = ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 10, 3)
    intake.update(record.id, second.version, dataclasses.replace(second.draft, address="杨家坪正街9号",
                                                                 classes=(klass,)))
    assert edits(district.factory, actor, record.id) == [
        ("修改了：{fields}", ("住所", "班级")), ("修改了：{fields}", ("联系电话",))]  # newest first
    texts = [str(e.text) for e in TimelineService(district.factory, actor).timeline(record.id)]
    assert not any("023-68001234" in t or "杨家坪正街9号" in t for t in texts)  # names, not values
    assert not any("第 3 版" in t for t in texts)


def test_a_change_of_state_is_not_repeated_as_an_edit(district, actor, intake):  # noqa: F811
    record = intake.create(draft())
    from workstation.db.orm import Nursery

    with district.factory.begin() as session:
        session.get(Nursery, record.id).status = S.FILED
    LifecycleService(district.factory, actor, today=lambda: TODAY).record(
        record.id, LifecycleAct.SUSPEND, TODAY - dt.timedelta(days=1), "机构申请暂停收托（装修）")
    assert edits(district.factory, actor, record.id) == []
