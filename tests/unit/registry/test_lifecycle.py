"""The nursery's life cycle (domain.md §18.1): every status entered and left by a recorded act."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import CLERK, Clock, add_nursery
from inspections_support import INSPECTOR, record, service, start
from sqlalchemy import select

from workstation.db.orm import Nursery, NurseryStatusEvent
from workstation.domain.counting import COUNTED, NOT_COUNTED
from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.errors import ConflictError, PermissionDenied, ValidationError
from workstation.domain.filing import OPENING_STATUSES, FilingKind
from workstation.domain.inspections import Escalation, ItemResult
from workstation.domain.lifecycle import (
    MOVES,
    RECORDED_ACTS,
    TERMINAL,
    LifecycleAct,
    moves_from,
    status_after,
)
from workstation.services.common.context import Actor
from workstation.services.registry import LifecycleService, TimelineService

A = LifecycleAct
TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "李科长", "MANAGER")


def _reachable() -> set[S]:
    seen, todo = {S.INTAKE}, [S.INTAKE]
    while todo:
        for move in moves_from(todo.pop()):
            for target in move.targets - seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.value)
def test_every_status_is_reachable_from_intake(status):
    assert status in _reachable()


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.value)
def test_every_status_but_the_terminal_ones_can_be_left(status):
    exits = {t for m in moves_from(status) for t in m.targets} - {status}
    assert bool(exits) == (status not in TERMINAL), exits


@pytest.mark.parametrize("status", sorted(set(S) - TERMINAL, key=list(S).index), ids=lambda s: s.value)
def test_every_active_status_can_reach_an_end(status):
    seen, todo = {status}, [status]
    while todo:
        for move in moves_from(todo.pop()):
            todo.extend(move.targets - seen)
            seen |= move.targets
    assert seen & TERMINAL


def test_the_table_agrees_with_the_filing_workflow_and_the_counting():
    assert {s for m in MOVES if m.act is A.OPEN_FILING for s in m.sources} == OPENING_STATUSES[FilingKind.INITIAL]
    assert {s for m in MOVES if m.act is A.OPEN_CHANGE for s in m.sources} == OPENING_STATUSES[FilingKind.CHANGE]
    assert ({s for m in MOVES if m.act is A.OPEN_CANCELLATION for s in m.sources}
            == OPENING_STATUSES[FilingKind.CANCELLATION])
    # suspended nurseries stay in the figures; closed ones leave them
    assert S.SUSPENDED in COUNTED and TERMINAL <= NOT_COUNTED


def test_notice_ends_in_operating_or_suspension_and_resumption_restores():
    assert status_after(A.ACCEPT_EXPLANATION, S.UNDER_NOTICE) is S.OPERATING
    assert status_after(A.REJECT_EXPLANATION, S.UNDER_NOTICE) is S.SUSPENDED
    assert status_after(A.RESUME, S.SUSPENDED, S.FILED) is S.FILED
    assert status_after(A.RESUME, S.SUSPENDED, S.UNDER_NOTICE) is S.OPERATING
    with pytest.raises(ConflictError, match="“正常运营”"):
        status_after(A.RESUME, S.OPERATING)


# --- the service --------------------------------------------------------------------------------

@pytest.fixture
def lifecycle(district):
    return lambda actor=CLERK: LifecycleService(district.factory, actor, today=lambda: TODAY)


def _status(district, nursery_id: int) -> S:
    with district.factory() as session:
        return session.get(Nursery, nursery_id).status


def test_clerk_accepts_an_explanation_and_the_timeline_and_audit_show_it(district, lifecycle):
    nursery_id = add_nursery(district.factory, 1, S.UNDER_NOTICE)
    assert lifecycle().acts_for(nursery_id) == [A.ACCEPT_EXPLANATION, A.REJECT_EXPLANATION, A.SUSPEND]
    change = lifecycle().record(nursery_id, A.ACCEPT_EXPLANATION, TODAY, "已提交说明并整改到位")
    assert (change.from_status, change.to_status) == (S.UNDER_NOTICE, S.OPERATING)
    assert _status(district, nursery_id) is S.OPERATING
    texts = [str(e.text) for e in TimelineService(district.factory, CLERK).timeline(nursery_id) if e.kind == "状态"]
    assert texts == ["2026-12-04 说明情况已认可（整改到位）：已通知说明情况 → 正常运营（已提交说明并整改到位）"]
    with district.factory() as session:
        from workstation.db.orm.audit import AuditEntry
        entities = set(session.scalars(select(AuditEntry.entity).where(AuditEntry.actor == "clerk")))
    assert {"nursery", "nursery_status_event"} <= entities


def test_suspension_and_resumption_restore_the_status_before(district, lifecycle):
    nursery_id = add_nursery(district.factory, 1, S.FILED)
    lifecycle().record(nursery_id, A.SUSPEND, dt.date(2026, 11, 2), "机构申请暂停收托（装修）")
    assert _status(district, nursery_id) is S.SUSPENDED
    assert lifecycle().acts_for(nursery_id) == [A.RESUME]
    with pytest.raises(ValidationError, match="早于停业整顿开始日期2026-11-02"):
        lifecycle().record(nursery_id, A.RESUME, dt.date(2026, 11, 1), "复查合格")
    with pytest.raises(ValidationError, match="请填写复查情况"):
        lifecycle().record(nursery_id, A.RESUME, TODAY, "  ")
    lifecycle(INSPECTOR).record(nursery_id, A.RESUME, TODAY, "2026-12-03 复查合格")
    assert _status(district, nursery_id) is S.FILED  # not "operating": it was never verified


def test_closing_a_registered_nursery_before_filing_takes_it_out_of_the_figures(district, lifecycle):
    nursery_id = add_nursery(district.factory, 1, S.REGISTERED)
    with pytest.raises(ValidationError, match="晚于今天"):
        lifecycle().record(nursery_id, A.CLOSE_UNFILED, TODAY + dt.timedelta(days=1), "营业执照已注销")
    lifecycle().record(nursery_id, A.CLOSE_UNFILED, TODAY, "营业执照已注销")
    assert _status(district, nursery_id) is S.CLOSED_UNFILED
    assert lifecycle().acts_for(nursery_id) == []


def test_each_act_needs_its_permission_and_a_status_that_allows_it(district, lifecycle):
    notice = add_nursery(district.factory, 1, S.UNDER_NOTICE)
    with pytest.raises(PermissionDenied, match="无权办理“说明情况已认可"):
        lifecycle(INSPECTOR).record(notice, A.ACCEPT_EXPLANATION, TODAY, "已说明")
    assert lifecycle(MANAGER).acts_for(notice) == [A.ACCEPT_EXPLANATION, A.REJECT_EXPLANATION]
    operating = add_nursery(district.factory, 2, S.OPERATING)
    with pytest.raises(ConflictError, match="不能办理“复查合格，恢复收托”"):
        lifecycle().record(operating, A.RESUME, TODAY, "复查合格")
    with pytest.raises(ConflictError, match="由备案或检查办理"):
        lifecycle().record(operating, A.CANCEL, TODAY, "注销")
    with district.factory() as session:
        assert session.scalars(select(NurseryStatusEvent)).all() == []
    assert set(RECORDED_ACTS) == {m.act for m in MOVES if m.by == "recorded"}


def test_an_inspection_escalated_to_suspension_suspends_the_nursery(district, lifecycle):
    clock = Clock(TODAY)
    svc = service(district, clock)
    nursery_id = add_nursery(district.factory, 1, S.OPERATING)
    record(svc, start(svc, nursery_id, TODAY), {"XF-01": ItemResult.FAIL}, escalation=Escalation.SUSPEND)
    assert _status(district, nursery_id) is S.SUSPENDED
    lifecycle(INSPECTOR).record(nursery_id, A.RESUME, TODAY, "复查合格，准予恢复收托")
    assert _status(district, nursery_id) is S.OPERATING


def test_an_overdue_finding_escalated_to_suspension_suspends_the_nursery(district):
    clock = Clock(dt.date(2026, 10, 9))
    svc = service(district, clock)
    nursery_id = add_nursery(district.factory, 1, S.OPERATING)
    done = record(svc, start(svc, nursery_id, clock.today), {"XF-02": ItemResult.FAIL})
    clock.today = TODAY  # 15 working days have long passed
    svc.escalate(done.findings[0].id, Escalation.SUSPEND, "拒不整改")
    assert _status(district, nursery_id) is S.SUSPENDED
    other = add_nursery(district.factory, 2, S.OPERATING)
    record(svc, start(svc, other, TODAY), {"XF-01": ItemResult.FAIL}, escalation=Escalation.REFER)
    assert _status(district, other) is S.OPERATING  # a referral does not suspend
