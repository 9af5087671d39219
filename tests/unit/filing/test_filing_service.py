"""Filing service: each kind walked through every legal transition; every illegal one refused."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import (
    CLERK,
    MANAGER,
    Clock,
    act,
    add_nursery,
    draft,
    provide_all,
    service,
    under_check,
)
from sqlalchemy import func, select
from test_filing_state_machine import expected_for

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingEvent, ReceiptCounter
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import ConflictError, PermissionDenied, ValidationError
from workstation.domain.filing import IN_PROGRESS, FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import HygieneRating, MaterialResult, MaterialType
from workstation.services.common.context import Actor
from workstation.services.filing.dto import MaterialUpdate

A, S, K = FilingAction, FilingState, FilingKind
TODAY = dt.date(2025, 9, 30)
# The status a nursery starts in for each kind, and what it is after each action.
START = {K.INITIAL: Status.REGISTERED, K.CHANGE: Status.OPERATING, K.CANCELLATION: Status.OPERATING}
AFTER = {
    K.INITIAL: {A.SUBMIT: Status.FILING, A.START_CHECK: Status.FILING, A.RETURN: Status.REGISTERED,
                A.RESUBMIT: Status.FILING, A.ACCEPT: Status.FILED, A.VERIFY: Status.OPERATING,
                A.NOTIFY: Status.UNDER_NOTICE},
    K.CHANGE: {A.SUBMIT: Status.CHANGING, A.START_CHECK: Status.CHANGING, A.RETURN: Status.OPERATING,
               A.RESUBMIT: Status.CHANGING, A.ACCEPT: Status.OPERATING, A.VERIFY: Status.OPERATING,
               A.NOTIFY: Status.UNDER_NOTICE},
    K.CANCELLATION: {A.SUBMIT: Status.CANCELLING, A.START_CHECK: Status.CANCELLING, A.RETURN: Status.OPERATING,
                     A.RESUBMIT: Status.CANCELLING, A.ACCEPT: Status.CANCELLED, A.VERIFY: Status.CANCELLED},
}
# How to reach each state from a fresh draft.
PATHS = {S.DRAFT: (), S.SUBMITTED: (A.SUBMIT,), S.MATERIALS_CHECK: (A.SUBMIT, A.START_CHECK),
         S.RETURNED_FOR_SUPPLEMENT: (A.SUBMIT, A.START_CHECK, A.RETURN), S.WITHDRAWN: (A.SUBMIT, A.WITHDRAW),
         S.ACCEPTED: (A.SUBMIT, A.START_CHECK, A.ACCEPT), S.VERIFIED: (A.SUBMIT, A.START_CHECK, A.ACCEPT, A.VERIFY),
         S.NOTIFIED: (A.SUBMIT, A.START_CHECK, A.ACCEPT, A.NOTIFY)}


class Walker:
    """Brings fresh applications (each on a nursery of its own) into a state."""

    def __init__(self, database, kind: FilingKind) -> None:
        self.database, self.kind, self.count = database, kind, 0
        self.svc = service(database, Clock(TODAY))

    def status(self, nursery_id: int) -> Status:
        with self.database.factory() as session:
            return session.get(Nursery, nursery_id).status

    def fresh(self, state: FilingState):
        self.count += 1
        nursery = add_nursery(self.database.factory, self.count, START[self.kind], meals=self.count % 2 == 0)
        app = provide_all(self.svc, draft(self.svc, nursery, self.kind))
        for action in PATHS[state]:
            app = self.step(app, action)
        assert app.state is state
        return app

    def step(self, app, action: FilingAction):
        if action is A.RETURN:
            missing = app.materials[0]
            app = self.svc.check_material(missing.id, MaterialResult.MISSING, "复印件不清晰")
        if action is A.ACCEPT:
            for m in app.materials:
                if m.required and m.result is not MaterialResult.OK:
                    app = self.svc.check_material(m.id, MaterialResult.OK)
        reason = "实际收托人数超过备案托位数" if action is A.NOTIFY else ""
        return act(self.svc, app, action, reason)


@pytest.mark.parametrize("kind", list(FilingKind))
def test_every_legal_transition_moves_application_and_nursery(district, kind):
    walker = Walker(district, kind)
    for (state, action), target in expected_for(kind).items():
        app = walker.fresh(state)
        events = len(app.history)
        moved = walker.step(app, action)
        assert moved.state is target, (state, action)
        assert moved.version > app.version
        expected_status = AFTER[kind].get(action, walker.status(app.nursery.id))
        if action is A.WITHDRAW:
            expected_status = START[kind]
        assert walker.status(app.nursery.id) is expected_status, (state, action)
        assert len(moved.history) > events and str(moved.history[-1].text).startswith(kind.zh)


@pytest.mark.parametrize("kind", list(FilingKind))
def test_every_illegal_transition_is_refused_and_changes_nothing(district, kind):
    walker = Walker(district, kind)
    legal = expected_for(kind)
    reachable = [s for s in FilingState if s is S.DRAFT or s in legal.values()]
    for state in reachable:
        app = walker.fresh(state)
        status = walker.status(app.nursery.id)
        for action in FilingAction:
            if (state, action) in legal:
                continue
            with pytest.raises(ConflictError) as caught:
                act(walker.svc, app, action, reason="理由")
            assert action.zh in caught.value.message and ("不能" in caught.value.message
                                                         or "不适用" in caught.value.message)
            again = walker.svc.get(app.id)
            assert (again.state, again.version, len(again.history)) == (state, app.version, len(app.history))
            assert walker.status(app.nursery.id) is status


def test_view_offers_only_legal_actions_for_the_role(district):
    nursery = add_nursery(district.factory)
    clerk = service(district, Clock(TODAY), CLERK)
    app = under_check(clerk, nursery)
    assert set(app.actions) == {A.RETURN, A.ACCEPT, A.WITHDRAW}
    manager_view = service(district, Clock(TODAY), MANAGER).get(app.id)
    assert manager_view.actions == (A.ACCEPT,)


def test_roles_are_enforced(district):
    nursery = add_nursery(district.factory)
    with pytest.raises(PermissionDenied, match="检查员"):
        service(district, Clock(TODAY), Actor("i", "检查员甲", "INSPECTOR")).create(nursery, K.INITIAL)
    app = under_check(service(district, Clock(TODAY), CLERK), nursery)
    manager = service(district, Clock(TODAY), MANAGER)
    with pytest.raises(PermissionDenied, match="办理备案"):
        act(manager, app, A.RETURN)
    assert act(manager, app, A.ACCEPT).state is S.ACCEPTED


def test_application_on_a_nursery_that_is_not_registered_is_refused(district):
    svc = service(district, Clock(TODAY))
    intake = add_nursery(district.factory, 1, Status.INTAKE, uscc=None, registered_at=None)
    with pytest.raises(ConflictError, match="当前为“意向登记”，不能申请首次备案"):
        svc.create(intake, K.INITIAL)
    registered = add_nursery(district.factory, 2)
    with pytest.raises(ConflictError, match="不能申请变更备案"):
        svc.create(registered, K.CHANGE)
    cancelled = add_nursery(district.factory, 3, Status.CANCELLED)
    with pytest.raises(ConflictError, match="不能申请注销备案"):
        svc.create(cancelled, K.CANCELLATION)


def test_one_open_application_per_nursery(district):
    svc = service(district, Clock(TODAY))
    nursery = add_nursery(district.factory)
    first = svc.create(nursery, K.INITIAL)
    with pytest.raises(ConflictError, match="已有办理中的首次备案申请（草稿）"):
        svc.create(nursery, K.INITIAL)
    act(svc, first, A.WITHDRAW)
    assert svc.create(nursery, K.INITIAL).state is S.DRAFT


def test_submit_refused_when_the_nursery_status_changed_meanwhile(district):
    svc = service(district, Clock(TODAY))
    nursery = add_nursery(district.factory)
    app = svc.create(nursery, K.INITIAL)
    with district.factory.begin() as session:
        session.get(Nursery, nursery).status = Status.CLOSED_UNFILED
    with pytest.raises(ConflictError, match="机构当前状态为“未备案已关闭”"):
        act(svc, app, A.SUBMIT)
    assert svc.get(app.id).state is S.DRAFT


def test_stale_version_is_refused(district):
    svc = service(district, Clock(TODAY))
    app = svc.create(add_nursery(district.factory), K.INITIAL)
    act(svc, app, A.SUBMIT)
    with pytest.raises(ConflictError, match="已被 tester 于 .*请重新打开后再办理"):
        act(svc, app, A.WITHDRAW)  # the version of before the submission


@pytest.mark.parametrize("spoil, message", [
    (lambda svc, app: svc.check_material(app.materials[2].id, MaterialResult.INVALID, "已过期"), "尚未审核通过"),
    (lambda svc, app: svc.update_material(app.material(_hygiene()).id, _rated("UNQUALIFIED")), "不是“合格”"),
])
def test_accept_guards_refuse_and_leave_no_receipt_number_used(district, spoil, message):
    svc = service(district, Clock(TODAY))
    app = spoil(svc, under_check(svc, add_nursery(district.factory)))
    with pytest.raises(ValidationError, match=message):
        act(svc, app, A.ACCEPT)
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(ReceiptCounter)) == 0
    assert svc.get(app.id).state is S.MATERIALS_CHECK


def _hygiene():
    return MaterialType.HYGIENE_EVALUATION


def _rated(value: str):
    return MaterialUpdate(True, rating=HygieneRating(value))


def test_history_names_who_did_what_in_order(district):
    svc = service(district, Clock(TODAY), CLERK)
    nursery = add_nursery(district.factory)
    act(svc, under_check(svc, nursery), A.ACCEPT)
    entries = svc.timeline(nursery)
    actions = [t for t in (str(e.text) for e in entries) if "材料" not in t.split("：")[1][:4]]
    assert actions[0] == "首次备案：创建申请（草稿）"
    assert actions[1].startswith("首次备案：提交申请，应于2025-10-14前")
    assert actions[-1].startswith("首次备案：受理备案，出具回执（编号 500107-2025-0001）")
    assert {(e.actor, e.actor_name) for e in entries} == {("clerk", "王登记")} and {e.kind for e in entries} == {"备案"}
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(FilingEvent)) == len(entries)


def test_in_progress_status_names_are_the_lifecycle_ones():
    assert IN_PROGRESS == {K.INITIAL: Status.FILING, K.CHANGE: Status.CHANGING, K.CANCELLATION: Status.CANCELLING}
