"""Filing rule parameters: checklists, receipt format, change values, and their storage as JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from workstation.domain.errors import ValidationError
from workstation.domain.filing import FilingKind, format_value, parse_value
from workstation.domain.filing_rules import (
    FILING_DEFAULTS,
    FilingRules,
    MaterialRule,
    MaterialType,
    ReturnClock,
    checklist,
    receipt_number,
)
from workstation.domain.rules import NATIONAL_DEFAULTS

M = MaterialType


def types(lines) -> list[MaterialType]:
    return [line.material_type for line in lines]


def test_defaults_follow_the_national_rules():
    assert (FILING_DEFAULTS.receipt_due_working_days, FILING_DEFAULTS.notice_due_working_days) == (5, 15)
    assert FILING_DEFAULTS.registered_not_filed_days == NATIONAL_DEFAULTS.registered_not_filed_alert_days
    assert receipt_number(FILING_DEFAULTS, "500107", 2025, 7) == "500107-2025-0007"
    assert receipt_number(FILING_DEFAULTS, "500107", 2025, 12345) == "500107-2025-12345"  # never truncated


def test_checklist_lines_depend_on_meals_and_changes():
    assert M.FOOD_LICENCE not in types(checklist(FILING_DEFAULTS, FilingKind.INITIAL, provides_meals=False))
    assert M.FOOD_LICENCE in types(checklist(FILING_DEFAULTS, FilingKind.INITIAL, provides_meals=True))
    change = checklist(FILING_DEFAULTS, FilingKind.CHANGE, False, {"provides_meals": "是", "address": "新址"})
    assert {M.FOOD_LICENCE, M.PREMISES_PROOF, M.FIRE_SAFETY, M.HYGIENE_EVALUATION} <= set(types(change))
    stop_meals = checklist(FILING_DEFAULTS, FilingKind.CHANGE, True, {"provides_meals": "否"})
    assert M.FOOD_LICENCE not in types(stop_meals)
    assert len(types(change)) == len(set(types(change)))


def test_rules_survive_json_storage():
    local = FILING_DEFAULTS.with_values(
        version="jlp-2026", return_clock=ReturnClock.PAUSE, receipt_format="九卫托备〔{year}〕{serial:03d}号",
        registered_not_filed_days=60,
        checklists={**FILING_DEFAULTS.checklists, FilingKind.CANCELLATION: (MaterialRule(M.FILING_FORM),)})
    stored = json.loads(json.dumps(local.to_json(), ensure_ascii=False))
    assert FilingRules.from_json(stored) == local
    assert FilingRules.from_json({"receipt_due_working_days": 3}).notice_due_working_days == 15


@pytest.mark.parametrize("field, text, value", [
    ("places_total", "60", 60), ("provides_meals", "否", False), ("lease_end", "2030-12-31", dt.date(2030, 12, 31)),
    ("building_m2", "320.5", 320.5), ("name", " 新名称 ", "新名称"),
])
def test_change_values_read_and_print_back(field, text, value):
    assert parse_value(field, text) == value
    assert format_value(field, value) == text.strip()


def test_empty_text_change_is_refused():
    with pytest.raises(ValidationError, match="“机构名称”的变更后内容不能为空"):
        parse_value("name", "  ")
