"""On a server two desks may run "read, then insert if missing" side by side (SQLite has one writer at a
time): each such check holds a lock on its natural key (db/key_locks.py), so the second desk waits and then
sees what the first saved. Every test interleaves two real transactions at the read (race_support)."""

from __future__ import annotations

import datetime as dt

import pytest
from race_support import interleave
from sqlalchemy import func, select
from staff_support import add_nursery, resident_id

from workstation.db.orm import RoutingRule, RuleSet
from workstation.db.orm.accounts import User
from workstation.db.orm.calendar import Holiday
from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.staff import BanDraft, StaffDraft, StaffRole
from workstation.domain.workdays import DayKind
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.accounts import AuthService
from workstation.services.calendar import CalendarService
from workstation.services.common.context import Actor
from workstation.services.district import RuleCatalogueService, SettingsService
from workstation.services.registry.routing import RoutingService
from workstation.services.staff import BanService, StaffService

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("m", "马科长", "MANAGER")
CLERK = Actor("c", "张登记", "CLERK")
PERSON = resident_id(9)


@pytest.fixture(autouse=True)
def _server(request):
    request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql: SQLite writes one at a time


def _ban(district, number: str):
    return lambda: BanService(district.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        PERSON, "钱某某", "虐待婴幼儿", number, dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))


def _count(district, model, *where) -> int:
    with district.factory() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_the_same_person_banned_at_two_desks_at_once_is_recorded_once(district):
    first, second = interleave(district.location, _ban(district, "九卫禁〔2026〕3号"),
                               _ban(district, "九卫禁〔2026〕4号"), "staff_ban")
    assert not isinstance(first, Exception), first
    assert isinstance(second, ConflictError) and "九卫禁〔2026〕3号" in second.message
    assert _count(district, StaffBan, StaffBan.id_no == PERSON) == 1


def test_a_person_banned_while_another_desk_takes_them_on_is_refused_there(district):
    nursery = add_nursery(district.factory)
    hire = lambda: StaffService(district.factory, CLERK, today=lambda: TODAY).add(  # noqa: E731
        nursery, StaffDraft("钱某某", PERSON, StaffRole.CAREGIVER, dt.date(2026, 11, 1)))
    first, second = interleave(district.location, _ban(district, "九卫禁〔2026〕3号"), hire, "staff_ban")
    assert not isinstance(first, Exception), first
    assert isinstance(second, ValidationError) and "禁入" in second.message
    assert _count(district, StaffMember, StaffMember.id_no == PERSON) == 0


def test_the_same_day_corrected_at_two_desks_at_once_keeps_the_later_entry(district, actor):
    day = dt.date(2027, 5, 6)
    correct = lambda note: lambda: CalendarService(district.factory, actor).correct_day(  # noqa: E731
        day, DayKind.HOLIDAY, "国务院办公厅通知", note)
    first, second = interleave(district.location, correct("第一台"), correct("第二台"), "holiday")
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    with district.factory() as session:
        assert session.scalars(select(Holiday.note).where(Holiday.day == day)).all() == ["第二台"]


def test_settings_first_saved_at_two_desks_at_once_are_both_saved(district, actor):
    save = lambda folder: lambda: SettingsService(district.factory, actor).save(  # noqa: E731
        WorkstationSettings(backup_folder=folder))
    first, second = interleave(district.location, save("/srv/a"), save("/srv/b"), "rule_set")
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    assert _count(district, RuleSet) == 1
    assert SettingsService(district.factory, actor).get().backup_folder == "/srv/b"


def test_two_desks_setting_up_a_new_server_make_one_administrator(database):
    make = lambda name: lambda: AuthService(database.factory).create_first_admin(  # noqa: E731
        name, name, "Kz7#pq-admin-2026")
    first, second = interleave(database.location, make("admin1"), make("admin2"), "user_account")
    assert not isinstance(first, Exception), first
    assert isinstance(second, ConflictError) and "首个管理员" in second.message
    assert _count(database, User) == 1


def test_a_route_first_set_at_two_desks_at_once_is_kept_once(district, actor):
    route = lambda organ: lambda: RoutingService(district.factory, actor).set_route(  # noqa: E731
        LegalNature.FOR_PROFIT, organ)
    first, second = interleave(district.location, route(RegistrationOrganKind.ADMIN_APPROVAL),
                               route(RegistrationOrganKind.MARKET_REGULATION), "routing_rule")
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    assert _count(district, RoutingRule, RoutingRule.legal_nature == LegalNature.FOR_PROFIT) == 1


def test_district_settings_confirmed_first_at_two_desks_at_once_are_both_kept(district, actor):
    confirm = lambda key: lambda: RuleCatalogueService(district.factory, actor).confirm(key)  # noqa: E731
    first, second = interleave(district.location, confirm("inspection.deadline.FIRE"),
                               confirm("inspection.deadline.FIRE"), "rule_set")
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    assert _count(district, RuleSet) == 1


def test_a_person_banned_while_another_desk_imports_them_is_refused_in_the_import(district, tmp_path):
    """The import holds the ban list once for all its rows (a key lock per row could fill the server's
    lock table), so a ban being recorded is waited for and then seen."""
    from openpyxl import Workbook

    from workstation.services.staff.importer import StaffImporter

    nursery = add_nursery(district.factory)
    book = Workbook()
    book.active.append(("姓名", "身份证号", "岗位", "用工方式", "入职日期"))
    book.active.append(("钱某某", PERSON, "保育员", "全职", "2026-11-01"))
    book.active.append(("孙保育", resident_id(10), "保育员", "全职", "2026-11-01"))
    book.save(tmp_path / "staff.xlsx")
    take_on = lambda: StaffImporter(district.factory, CLERK, today=lambda: TODAY).commit(  # noqa: E731
        nursery, tmp_path / "staff.xlsx")
    first, second = interleave(district.location, _ban(district, "九卫禁〔2026〕3号"), take_on, "staff_ban")
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    assert second.written == 0 and "禁入" in second.rows[0].message  # nothing written when a row is refused
    assert _count(district, StaffMember, StaffMember.nursery_id == nursery) == 0
