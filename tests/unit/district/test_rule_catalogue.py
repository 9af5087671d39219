"""The rule catalogue: every parameter cites its source or is a district setting the administrator confirms."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import ADMIN, CLERK

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.errors import ConflictError, PermissionDenied
from workstation.domain.filing_rules import FILING_DEFAULTS
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, DeadlineRule
from workstation.domain.rule_catalogue import catalogue
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.services.district import RuleCatalogueService

AT = dt.datetime(2026, 12, 4, 2, 30)


def _by_key(entries):
    return {e.key: e for e in entries}


def test_every_parameter_has_a_source_or_is_a_district_setting():
    entries = catalogue(NATIONAL_DEFAULTS, FILING_DEFAULTS, INSPECTION_DEFAULTS)
    assert len({e.key for e in entries}) == len(entries)
    for entry in entries:
        assert entry.is_district_setting or (entry.source.document.startswith("《") and entry.source.text)
    found = _by_key(entries)
    assert found["filing.receipt_due"].source.text.startswith("《托育机构登记和备案办法（试行）》")
    assert "第九条" in found["filing.notice_due"].source.text
    assert "公安部令第120号" in found["inspection.notice_due"].source.text
    # rectification periods per department cite no document: district settings
    for dept in Dept:
        assert found[f"inspection.deadline.{dept.value}"].is_district_setting
    assert found["inspection.deadline.FIRE"].value == "15个工作日"
    assert found["inspection.deadline.MARKET"].value == "15日"
    assert found["inspection.deadline.HEALTH"].value == "30日"


def test_catalogue_shows_the_values_in_force():
    rules = INSPECTION_DEFAULTS.with_values(deadlines={Dept.FIRE: DeadlineRule(10, working_days=True)})
    assert _by_key(catalogue(NATIONAL_DEFAULTS, FILING_DEFAULTS, rules))["inspection.deadline.FIRE"].value == "10个工作日"


def test_the_administrator_confirms_a_district_setting_and_the_record_names_who_and_when(district):
    service = RuleCatalogueService(district.factory, ADMIN, now=lambda: AT)
    assert all(r.needs_confirmation == r.entry.is_district_setting for r in service.rows())
    row = service.confirm("inspection.deadline.FIRE")
    assert (row.confirmed_by, row.confirmed_at, row.needs_confirmation) == ("孙管理", AT, False)
    shown = {r.entry.key: r for r in RuleCatalogueService(district.factory, CLERK).rows()}
    assert shown["inspection.deadline.FIRE"].confirmed_by == "孙管理"
    assert shown["inspection.deadline.MARKET"].needs_confirmation
    # a changed value must be confirmed again
    changed = RuleCatalogueService(district.factory, ADMIN, inspection=INSPECTION_DEFAULTS.with_values(
        deadlines={Dept.FIRE: DeadlineRule(10, working_days=True)}))
    assert {r.entry.key: r for r in changed.rows()}["inspection.deadline.FIRE"].needs_confirmation


def test_only_an_administrator_confirms_and_only_district_settings(district):
    with pytest.raises(PermissionDenied):
        RuleCatalogueService(district.factory, CLERK).confirm("inspection.deadline.FIRE")
    with pytest.raises(ConflictError, match="不需要确认"):
        RuleCatalogueService(district.factory, ADMIN).confirm("filing.receipt_due")
