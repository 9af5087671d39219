"""The permission matrix: every role against every action, checked where it counts (the services)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditHead
from workstation.demo import DemoService
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature, RegistrationOrganKind
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.domain.permissions import PERMISSIONS, USER_ROLES, Action, Role, allowed
from workstation.services.accounts.users import UserService
from workstation.services.audit.service import AuditFilter, AuditService
from workstation.services.common.context import Actor, os_actor
from workstation.services.common.uow import require
from workstation.services.district.service import DistrictService
from workstation.services.imports import RegistrationImporter
from workstation.services.registry.intake import IntakeService
from workstation.services.registry.routing import RoutingService

TODAY = dt.date(2026, 11, 23)


def actor_with(role: Role) -> Actor:
    return Actor(username=f"u-{role.value.lower()}", display_name=role.zh, role=role.value)


def draft() -> NurseryDraft:
    return NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc="91500107MA01ABCD53", registered_at=dt.date(2025, 3, 1), street_code="500107001",
        address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=15,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))


def push_file(folder) -> str:
    path = folder / "push.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "登记机关", "成立日期", "性质"])
        writer.writerow(["第1托育有限公司", "91500107MA0000001X", "九龙坡区市场监督管理局", "2024-03-05", "有限责任公司"])
    return str(path)


# One call per action that this area's services enforce. Each gets (database, actor, tmp folder).
Probe = Callable[..., object]
PROBES: dict[Action, list[Probe]] = {
    Action.NURSERY_VIEW: [
        lambda db, a, _: IntakeService(db.factory, a).route(draft()),
        lambda db, a, _: IntakeService(db.factory, a).get(1),
        lambda db, a, _: RoutingService(db.factory, a).table(),
    ],
    Action.NURSERY_EDIT: [
        lambda db, a, _: IntakeService(db.factory, a, today=lambda: TODAY).create(draft()),
        lambda db, a, _: IntakeService(db.factory, a, today=lambda: TODAY).update(1, 1, draft()),
    ],
    Action.IMPORT_REGISTRATIONS: [
        lambda db, a, tmp: RegistrationImporter(db.factory, a, lambda: TODAY).dry_run(push_file(tmp)),
        lambda db, a, tmp: RegistrationImporter(db.factory, a, lambda: TODAY).commit(push_file(tmp)),
    ],
    Action.SETTINGS_EDIT: [
        lambda db, a, _: RoutingService(db.factory, a).set_route(
            LegalNature.SOCIAL_SERVICE, RegistrationOrganKind.ADMIN_APPROVAL),
        lambda db, a, _: DistrictService(db.factory, a).initialize("500108", "南岸区"),
    ],
    Action.USER_MANAGE: [
        lambda db, a, _: UserService(db.factory, a).users(),
        lambda db, a, _: UserService(db.factory, a).create("newclerk", "新登记员", Role.CLERK, "Str0ng-pass"),
    ],
    Action.AUDIT_VIEW: [
        lambda db, a, _: AuditService(db.factory, a).count(AuditFilter()),
        lambda db, a, _: AuditService(db.factory, a).page(AuditFilter()),
    ],
    Action.DEMO_DATA: [lambda db, a, _: DemoService(db.factory, a, TODAY).generate(3)],
}
# Enforced by the services of other areas (filing, inspections, fees, registers, backup), in their tests.
ELSEWHERE = {
    Action.FILING_VIEW, Action.FILING_EDIT, Action.FILING_DECIDE, Action.INSPECTION_VIEW,
    Action.INSPECTION_EDIT, Action.RANDOM_DRAW, Action.FEE_VIEW, Action.FEE_EDIT, Action.REGISTER_EXPORT,
    Action.PERSONAL_DATA_FULL, Action.BACKUP, Action.RESTORE, Action.TEMPLATE_EDIT, Action.STAFF_BAN,
}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A migrated database with the district, built once and copied per test (migrating is slow)."""
    from workstation.db.session import open_database

    path = tmp_path_factory.mktemp("template") / "district.db"
    db = open_database(path)
    DistrictService(db.factory, os_actor()).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
    db.close()
    return path


@pytest.fixture
def district_db(template, tmp_path):
    from workstation.db.session import open_database

    copy = tmp_path / "copy.db"
    shutil.copyfile(template, copy)
    db = open_database(copy)
    yield db
    db.close()


CASES = [(role, action, index) for action, probes in PROBES.items() for index in range(len(probes))
         for role in Role]


def test_every_action_is_probed_here_or_owned_by_another_area():
    assert set(PROBES) | ELSEWHERE == set(Action)
    assert not set(PROBES) & ELSEWHERE


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_require_follows_the_matrix(role, action):
    if action in PERMISSIONS[role]:
        require(actor_with(role), action)
    else:
        with pytest.raises(PermissionDenied) as info:
            require(actor_with(role), action)
        assert info.value.message == f"当前角色（{role.zh}）无权{action.zh}。"


@pytest.mark.parametrize("role, action, index", CASES,
                         ids=[f"{r.value}-{a.value}-{i}" for r, a, i in CASES])
def test_services_enforce_the_matrix(district_db, tmp_path, role, action, index):
    district = district_db
    probe = PROBES[action][index]
    before = _head(district)
    if allowed(role, action):
        try:
            probe(district, actor_with(role), tmp_path)
        except PermissionDenied as exc:  # pragma: no cover - the failure message says it all
            pytest.fail(f"{role.value} was refused {action.value}: {exc.message}")
        except DomainError:
            pass  # allowed, then refused for another reason (not found, duplicate…)
    else:
        with pytest.raises(PermissionDenied, match=role.zh):
            probe(district, actor_with(role), tmp_path)
        assert _head(district) == before, "a refused call wrote to the database"


def test_inspector_cannot_record_a_nursery(district):
    inspector = actor_with(Role.INSPECTOR)
    with pytest.raises(PermissionDenied) as info:
        IntakeService(district.factory, inspector, today=lambda: TODAY).create(draft())
    assert info.value.message == "当前角色（检查员）无权登记与编辑机构。"
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(Nursery)) == 0


def test_unknown_role_is_refused_everything():
    stranger = Actor("x", "x", role="JANITOR")
    for action in Action:
        with pytest.raises(PermissionDenied, match="JANITOR"):
            require(stranger, action)


def test_command_line_is_system_and_may_do_everything():
    assert os_actor().role == Role.SYSTEM.value
    assert PERMISSIONS[Role.SYSTEM] == frozenset(Action)


# What the issue asks of each role; the matrix may grow, but these must hold.
@pytest.mark.parametrize("role, action", [
    (Role.CLERK, Action.NURSERY_EDIT), (Role.CLERK, Action.IMPORT_REGISTRATIONS),
    (Role.CLERK, Action.FILING_EDIT), (Role.INSPECTOR, Action.INSPECTION_EDIT),
    (Role.MANAGER, Action.FILING_DECIDE), (Role.MANAGER, Action.REGISTER_EXPORT),
    (Role.MANAGER, Action.PERSONAL_DATA_FULL), (Role.ADMIN, Action.USER_MANAGE),
    (Role.ADMIN, Action.SETTINGS_EDIT), (Role.ADMIN, Action.TEMPLATE_EDIT), (Role.MANAGER, Action.STAFF_BAN),
])
def test_roles_can_do_their_work(role, action):
    assert allowed(role, action)


@pytest.mark.parametrize("role, action", [
    (Role.INSPECTOR, Action.NURSERY_EDIT), (Role.INSPECTOR, Action.IMPORT_REGISTRATIONS),
    (Role.CLERK, Action.INSPECTION_EDIT), (Role.CLERK, Action.USER_MANAGE),
    (Role.CLERK, Action.PERSONAL_DATA_FULL), (Role.INSPECTOR, Action.PERSONAL_DATA_FULL),
    (Role.CLERK, Action.AUDIT_VIEW), (Role.INSPECTOR, Action.AUDIT_VIEW),
    (Role.MANAGER, Action.USER_MANAGE), (Role.MANAGER, Action.SETTINGS_EDIT),
    (Role.ADMIN, Action.NURSERY_EDIT), (Role.CLERK, Action.STAFF_BAN),
])
def test_roles_cannot_do_others_work(role, action):
    assert not allowed(role, action)


def test_only_managers_see_full_personal_data_among_people():
    assert [r for r in USER_ROLES if allowed(r, Action.PERSONAL_DATA_FULL)] == [Role.MANAGER]


def _head(db) -> tuple[int, str]:
    with db.factory() as session:
        head = session.get(AuditHead, 1)
        nurseries = session.scalar(select(func.count()).select_from(Nursery))
        return head.seq, head.hash, nurseries
