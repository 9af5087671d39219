"""A record's state hash is engine-neutral: dates, timestamps, booleans and JSON are hashed in the form SQLite
stores them on either engine (db/record_state.py), so a district moved to a server keeps verifying, and a
server's `check` names a row edited outside the program."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select, text

from workstation.context import AppContext
from workstation.db import record_state
from workstation.db.audit_mac import current_states
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.filing_states import FilingKind
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.domain.permissions import Role
from workstation.services.accounts import UserService
from workstation.services.audit import check_server
from workstation.services.registry.intake import IntakeService

TODAY = dt.date(2026, 12, 4)
DRAFT = NurseryDraft(
    name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
    uscc="91500107MA01ABCD53", registered_at=dt.date(2025, 3, 1), street_code="500107001",
    address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=15, legal_rep_id_no="",
    founded_at=dt.date(2025, 4, 1), building_m2=320.5, provides_meals=True,
    classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))


def _records(district, actor) -> tuple[int, int]:
    """A nursery (dates, a float, booleans), a filing drafted for it (JSON) and an account (a timestamp)."""
    UserService(district.factory, actor).create("clerk1", "张登记", Role.CLERK, "Kz7#pq-clerk-2026")
    nursery = IntakeService(district.factory, actor, today=lambda: TODAY).create(DRAFT)
    application = AppContext(district, actor, today=lambda: TODAY).filing.create(nursery.id, FilingKind.INITIAL)
    return nursery.id, application.id


def _state(district, entity: str, record_id: int) -> dict:
    from workstation.db.audit_mac import audited_columns

    with district.engine.connect() as conn:
        [(_, values)] = current_states(conn, entity, [record_id])
    return dict(zip(audited_columns(entity)[1], values, strict=True))


def test_the_hashed_state_is_the_sqlite_form_on_either_engine(district, actor):
    nursery_id, application_id = _records(district, actor)
    nursery = _state(district, "nursery", nursery_id)
    assert (nursery["founded_at"], nursery["registered_at"]) == ("2025-04-01", "2025-03-01")
    assert (nursery["provides_meals"], nursery["inclusive"], nursery["building_m2"]) == (1, 0, 320.5)
    application = _state(district, "filing_application", application_id)
    assert isinstance(application["form_data"], str) and application["due_provisional"] == 0
    with district.engine.connect() as conn:
        account_id = conn.execute(text("SELECT id FROM user_account WHERE username = 'clerk1'")).scalar_one()
    account = _state(district, "user_account", account_id)
    assert account["active"] == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}",
                                                   account["password_changed_at"]), account


def _checked(report) -> int:
    found = [re.search(r"核对了 (\d+) 条记录", note) for note in report.notes]
    return next(int(m.group(1)) for m in found if m)


def test_a_server_check_verifies_record_hashes_and_names_a_row_edited_there(district, actor, request):
    request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql
    nursery_id, _ = _records(district, actor)
    report = check_server(district.location)
    assert report.ok and _checked(report) == 3, report.problems
    with district.engine.begin() as conn:  # as psql would: no audit row
        conn.execute(text("UPDATE nursery SET provides_meals = false WHERE id = :id"), {"id": nursery_id})
    assert [p for p in check_server(district.location).problems if "状态哈希不符" in p] == [
        f"托育机构（记录号 {nursery_id}，{DRAFT.name}）的内容与第 {_last_seq(district, nursery_id)} 条审计记录"
        "写下的状态哈希不符：该记录在程序之外被直接修改过。"]


def test_server_hashes_written_from_the_drivers_values_still_verify(district, actor, request, monkeypatch):
    """Hashes a server wrote before the neutral form (the driver's dates and booleans) are kept, not flagged."""
    request.getfixturevalue("pg_server")
    with monkeypatch.context() as old:
        old.setattr(record_state, "encoders", lambda *_args: None)  # the raw driver values, as before
        nursery_id, _ = _records(district, actor)
    report = check_server(district.location)
    assert report.ok and _checked(report) == 3, report.problems
    with district.engine.begin() as conn:
        conn.execute(text("UPDATE nursery SET building_m2 = 20 WHERE id = :id"), {"id": nursery_id})
    assert any(f"记录号 {nursery_id}" in p and "状态哈希不符" in p for p in check_server(district.location).problems)


def _last_seq(district, nursery_id: int) -> int:
    with district.engine.connect() as conn:
        return conn.execute(select(AuditEntry.seq).where(
            AuditEntry.entity == "nursery", AuditEntry.entity_id == str(nursery_id))
            .order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()



def test_states_read_by_id_are_those_the_full_read_of_check_gives(district, actor):
    """An append reads the changed rows by id (on SQLite straight from the driver), `check` reads every row:
    the same values, or every import would look like an edit outside the program."""
    nursery_id, application_id = _records(district, actor)
    for entity, record_id in (("nursery", nursery_id), ("filing_application", application_id)):
        with district.engine.connect() as conn:
            every = dict(current_states(conn, entity))
            by_id = dict(current_states(conn, entity, [record_id, 10**9]))
        assert by_id == {str(record_id): every[str(record_id)]}
