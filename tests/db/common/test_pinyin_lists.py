"""The remaining lists that name nurseries sort them in pinyin order (阿, 北, 长, 中 → a, bei, chang, zhong) on
both engines: the filing queues (not 登记超过…天未备案, read along its index by name) and nursery picker, the inbox's 标记为已登记 matches, the staff queue and
the other nurseries employing a person (code point order put 中 first and 阿 last)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from staff_support import add_nursery, resident_id, staff_draft

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import FilingChannel
from workstation.domain.filing_states import FilingKind, FilingState
from workstation.domain.staff import BanDraft
from workstation.services.common.context import Actor
from workstation.services.filing.content import nursery_choices
from workstation.services.filing.queues import work_queues
from workstation.services.inbox.unregistered import UnregisteredService
from workstation.services.staff.bans import BanService
from workstation.services.staff.queue import StaffQueue
from workstation.services.staff.service import StaffService
from workstation.services.staff.store import employed_elsewhere

TODAY = dt.date(2026, 12, 4)
IN_CODE_POINT_ORDER = ["中心托育园", "北斗托育园", "长江托育园", "阿福托育园"]
IN_PINYIN_ORDER = ["阿福托育园", "北斗托育园", "长江托育园", "中心托育园"]


def _registered(district) -> None:
    """Four nurseries registered the same day, none filed (the 登记超过…天未备案 queue)."""
    with district.factory.begin() as session:
        for name in IN_CODE_POINT_ORDER:
            session.add(Nursery(name=name, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                                status=InstitutionStatus.REGISTERED, registered_at=dt.date(2026, 6, 1)))


def test_the_filing_queues_and_the_nursery_picker_go_by_pinyin(district):
    _registered(district)
    with district.factory.begin() as session:  # accepted the same day, all due for verification the same day
        for nursery in session.scalars(select(Nursery).order_by(Nursery.id)):
            session.add(FilingApplication(nursery_id=nursery.id, kind=FilingKind.INITIAL, state=FilingState.ACCEPTED,
                                          channel=FilingChannel.PAPER, verification_due_on=TODAY))
    with district.factory() as session:
        queues = {q.key: q for q in work_queues(session, TODAY).queues}
        assert [e.nursery_name for e in queues["due_today"].entries] == IN_PINYIN_ORDER
        assert [e.nursery_name for e in queues["awaiting_verification"].entries] == IN_PINYIN_ORDER
        assert [c.name for c in nursery_choices(session, "托育", 50)] == IN_PINYIN_ORDER


def test_the_inbox_matches_for_marking_registered_go_by_pinyin(district, actor):
    _registered(district)
    found = UnregisteredService(district.factory, actor, today=lambda: TODAY).registered_matching("托育")
    assert [name for _, name, _ in found] == IN_PINYIN_ORDER


def test_the_staff_queue_and_other_employers_go_by_pinyin(district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    nurseries = [add_nursery(district.factory, name=name) for name in IN_CODE_POINT_ORDER]
    for nursery in nurseries:
        staff.add(nursery, staff_draft("林晓梅", 7))
    BanService(district.factory, Actor("manager", "王科长", "MANAGER"), today=lambda: TODAY).add(BanDraft(
        resident_id(7), "林晓梅", "虐待被看护婴幼儿", "九卫禁〔2026〕5号", dt.date(2026, 12, 1), "九龙坡区卫生健康委员会"))
    banned = [item.nursery_name for item in StaffQueue(district.factory, actor, today=lambda: TODAY).items()
              if item.banned]
    assert banned == IN_PINYIN_ORDER
    with district.factory() as session:
        assert employed_elsewhere(session, resident_id(7), None) == IN_PINYIN_ORDER
        assert session.scalar(select(Nursery.name_pinyin).where(Nursery.name == "阿福托育园")) == "a fu tuo yu yuan"
