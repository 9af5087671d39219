"""The audit trail names every column it can record, codes by their enum's Chinese name, a change item's
field by that field's label, and the program's own work (system:demo…) by what it was."""

from __future__ import annotations

import datetime as dt

import pytest

import workstation.db.orm  # noqa: F401  (registers every table)
from workstation.db.audit_hooks import BOOKKEEPING
from workstation.db.base import Base
from workstation.domain.filing import FilingEventKind
from workstation.domain.inspections import InspectingDeptKind, Severity
from workstation.domain.permissions import Role
from workstation.services.audit import (
    ENTITY_LABELS,
    actor_label,
    field_label,
    monthly_digest,
    record_event,
    value_label,
)
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing


def recorded_columns() -> list[tuple[str, str]]:
    """Every (table, column) an audit row's changes can hold, read from the ORM mapping."""
    found = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name
        if table not in ENTITY_LABELS:
            continue
        skipped = BOOKKEEPING | getattr(mapper.class_, "__audit_ignored__", frozenset())
        found.extend((table, a.key) for a in mapper.column_attrs if a.key not in skipped)
    return found


def test_every_recorded_column_of_every_audited_table_has_a_label():
    columns = recorded_columns()
    assert len(columns) > 300  # the walk found the tables
    raw = [(table, column) for table, column in columns if field_label(table, column) == column]
    assert raw == []


@pytest.mark.parametrize(("table", "column", "label"), [
    ("nursery", "kind", "机构类型"), ("filing_event", "kind", "事件类型"), ("inspection", "kind", "检查类型"),
    ("user_account", "password_changed_at", "密码修改时间"), ("checklist_item", "severity", "严重程度"),
    ("filing_change_item", "old_value", "变更前"), ("filing_event", "actor_name", "经办人"),
])
def test_a_column_is_labelled_for_its_table(table, column, label):
    assert field_label(table, column) == label


def test_coded_values_show_by_the_enum_the_orm_column_stores():
    assert value_label("user_account", "role", "ADMIN") == Role.ADMIN.zh == "系统管理员"
    assert value_label("checklist_item", "severity", "GENERAL") == Severity.GENERAL.zh
    assert value_label("checklist_item", "department", "EMERGENCY") == InspectingDeptKind.EMERGENCY.zh
    assert value_label("filing_event", "kind", "INFO") == FilingEventKind.INFO.zh
    assert value_label("staff_member", "role", "CAREGIVER") != "CAREGIVER"  # the staff list, not accounts'
    assert value_label("user_account", "role", "NOT_A_ROLE") == "NOT_A_ROLE"
    assert value_label("nursery", "name", "ADMIN") == "ADMIN"  # a text column keeps its text


def test_a_change_items_field_is_shown_by_the_fields_label():
    assert value_label("filing_change_item", "field", "legal_rep_phone") == "法定代表人电话"


def test_system_actors_are_named_by_what_they_did():
    assert actor_label("system:demo") == "演示数据"
    assert actor_label("system:restore").startswith("系统") and actor_label("system:other") == "系统"
    assert actor_label("mgr") == "mgr"


def test_the_digest_lists_the_demo_generator_as_demo_data(district):
    demo = Actor("system:demo", "演示数据生成", "SYSTEM")
    with writing(district.factory, demo) as session:
        record_event(session, demo, "demo", "database", "", {})
    manager = Actor("mgr", "王主任", "MANAGER")
    digest = monthly_digest(district.factory, manager, dt.date.today().strftime("%Y-%m"))
    assert ("演示数据", 1) in digest.by_user
    assert all(not user.startswith("system:") for user, _ in digest.by_user)
