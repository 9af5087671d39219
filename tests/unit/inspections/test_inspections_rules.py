"""Inspection domain rules: state machines, suggested result, deadlines on the official calendar, seeds.

2025 National Day + Mid-Autumn: 1–8 October off; Sunday 28 September and Saturday 11 October are
working days (see test_workdays.py). Deadlines below are counted by hand on that calendar.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.domain.checklists import SEED_TEMPLATES
from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.inspection_rules import (
    INSPECTION_DEFAULTS,
    DeadlineRule,
    InspectionRules,
    check_overall,
    notice_number,
    suggested_overall,
)
from workstation.domain.inspections import (
    Escalation,
    InspectionAction,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationAction,
    RectificationState,
    Severity,
    closing_action,
    effective_state,
    inspection_move,
    rectification_move,
)
from workstation.domain.workdays import WorkCalendar

D = dt.date
CAL = WorkCalendar()
IS, IA = InspectionState, InspectionAction
RS, RA = RectificationState, RectificationAction
G, S = Severity.GENERAL, Severity.SERIOUS


@pytest.mark.parametrize("state, action, target", [
    (IS.PLANNED, IA.START, IS.IN_PROGRESS), (IS.IN_PROGRESS, IA.RECORD, IS.RECORDED),
    (IS.RECORDED, IA.SIGN_OFF, IS.CLOSED_QUALIFIED), (IS.RECORDED, IA.REQUIRE_RECTIFICATION, IS.RECTIFICATION_REQUIRED),
    (IS.RECORDED, IA.ESCALATE, IS.ESCALATED), (IS.RECTIFICATION_REQUIRED, IA.CLOSE, IS.CLOSED_AFTER_RECTIFICATION),
    (IS.PLANNED, IA.CANCEL, IS.CANCELLED),
])
def test_inspection_legal_transitions(state, action, target):
    assert inspection_move(state, action) is target


@pytest.mark.parametrize("state, action", [
    (IS.CLOSED_QUALIFIED, IA.RECORD), (IS.RECTIFICATION_REQUIRED, IA.SIGN_OFF), (IS.PLANNED, IA.CLOSE),
    (IS.RECORDED, IA.CANCEL), (IS.CANCELLED, IA.START), (IS.CLOSED_AFTER_RECTIFICATION, IA.CLOSE),
])
def test_inspection_illegal_transitions_say_which_states_allow_them(state, action):
    with pytest.raises(ConflictError, match=f"当前为“{state.zh}”"):
        inspection_move(state, action)


@pytest.mark.parametrize("state, action, target", [
    (RS.ISSUED, RA.REPORT, RS.SUBMITTED), (RS.SUBMITTED, RA.RECHECK_PASS, RS.CLOSED),
    (RS.SUBMITTED, RA.RECHECK_FAIL, RS.ISSUED), (RS.ISSUED, RA.EXPIRE, RS.OVERDUE),
    (RS.OVERDUE, RA.ESCALATE, RS.ESCALATED), (RS.OVERDUE, RA.REPORT, RS.SUBMITTED),
])
def test_rectification_legal_transitions(state, action, target):
    assert rectification_move(state, action) is target


@pytest.mark.parametrize("state, action", [
    (RS.ISSUED, RA.ESCALATE), (RS.SUBMITTED, RA.ESCALATE), (RS.CLOSED, RA.REPORT), (RS.ESCALATED, RA.RECHECK_PASS),
    (RS.CLOSED, RA.RECHECK_FAIL), (RS.SUBMITTED, RA.EXPIRE),
])
def test_rectification_illegal_transitions(state, action):
    with pytest.raises(ConflictError):
        rectification_move(state, action)


def test_inspection_closes_only_when_every_finding_is_closed_or_escalated():
    assert closing_action(IS.RECTIFICATION_REQUIRED, [RS.CLOSED, RS.SUBMITTED]) is None
    assert closing_action(IS.RECTIFICATION_REQUIRED, [RS.CLOSED, RS.OVERDUE]) is None
    # escalated is escalated, never 整改后办结
    assert closing_action(IS.RECTIFICATION_REQUIRED, [RS.CLOSED, RS.ESCALATED]) is IA.CLOSE_ESCALATED
    assert closing_action(IS.ESCALATED, [RS.CLOSED]) is IA.CLOSE_ESCALATED
    assert inspection_move(IS.RECTIFICATION_REQUIRED, IA.CLOSE_ESCALATED) is IS.ESCALATED
    assert closing_action(IS.RECTIFICATION_REQUIRED, [RS.CLOSED, RS.CLOSED]) is IA.CLOSE
    assert closing_action(IS.RECTIFICATION_REQUIRED, []) is None  # nothing to base a closure on
    assert closing_action(IS.CLOSED_QUALIFIED, [RS.CLOSED]) is None


def test_suggested_overall_from_item_results():
    assert suggested_overall([(ItemResult.PASS, S), (ItemResult.NA, G)]) is OverallResult.QUALIFIED
    assert suggested_overall([(ItemResult.PASS, S), (ItemResult.PARTIAL, S)]) is OverallResult.RECTIFY
    assert suggested_overall([(ItemResult.FAIL, G), (ItemResult.PASS, G)]) is OverallResult.RECTIFY
    assert suggested_overall([(ItemResult.FAIL, S), (ItemResult.PASS, G)]) is OverallResult.UNQUALIFIED


def test_overall_override_cannot_contradict_the_items():
    check_overall(OverallResult.UNQUALIFIED, Escalation.SUSPEND, 1)
    check_overall(OverallResult.RECTIFY, None, 2)
    with pytest.raises(ValidationError, match="不能为“合格”"):
        check_overall(OverallResult.QUALIFIED, None, 1)
    with pytest.raises(ValidationError, match="没有不符合"):
        check_overall(OverallResult.RECTIFY, None, 0)
    with pytest.raises(ValidationError, match="不合格"):
        check_overall(OverallResult.RECTIFY, Escalation.REFER, 1)


def test_fire_deadline_counts_working_days_across_national_day():
    # Friday 26 September + 15 working days: 28, 29, 30 Sep; 9, 10, 11 (Sat, make-up), 13–17, 20–23 Oct.
    rule = INSPECTION_DEFAULTS.rule_for(Dept.FIRE)
    assert rule == DeadlineRule(15, working_days=True)
    assert rule.deadline(D(2025, 9, 26), CAL) == D(2025, 10, 23)


def test_calendar_day_deadline_ending_on_a_holiday_moves_to_the_next_working_day():
    rule = INSPECTION_DEFAULTS.rule_for(Dept.MARKET)
    assert rule == DeadlineRule(15)
    assert rule.deadline(D(2025, 9, 23), CAL) == D(2025, 10, 9)   # 8 October is a holiday
    assert rule.deadline(D(2025, 9, 1), CAL) == D(2025, 9, 16)    # an ordinary Tuesday stays


def test_serious_deadline_is_a_parameter():
    rules = INSPECTION_DEFAULTS.with_values(serious_deadline=DeadlineRule(3, working_days=True))
    assert rules.rule_for(Dept.HEALTH, S) == DeadlineRule(3, True)
    assert rules.rule_for(Dept.HEALTH, G) == DeadlineRule(30)
    assert InspectionRules.from_json(rules.to_json()) == rules


def test_overdue_is_computed_from_the_deadline_not_the_stored_state():
    deadline = D(2025, 10, 23)
    assert effective_state(RS.ISSUED, deadline, D(2025, 10, 23)) is RS.ISSUED
    assert effective_state(RS.ISSUED, deadline, D(2025, 10, 24)) is RS.OVERDUE
    assert effective_state(RS.SUBMITTED, deadline, D(2025, 11, 30)) is RS.SUBMITTED  # reported: awaits recheck


def test_notice_number_format():
    assert notice_number(INSPECTION_DEFAULTS, "九龙坡区", "500107", 2026, 7) == "九龙坡卫健整改〔2026〕第0007号"
    rules = INSPECTION_DEFAULTS.with_values(notice_format="{code}-ZG-{year}-{serial:03d}")
    assert notice_number(rules, "九龙坡区", "500107", 2026, 7) == "500107-ZG-2026-007"
    with pytest.raises(ValidationError, match="编号格式"):
        notice_number(INSPECTION_DEFAULTS.with_values(notice_format="{yaer}"), "x", "", 2026, 1)


def test_seed_templates_cover_every_area_with_unique_codes_and_a_basis():
    keys = {t.key for t in SEED_TEMPLATES}
    assert keys == {"comprehensive", "hygiene", "health_care", "safety", "fire", "food", "pricing", "emergency"}
    codes = [i.code for t in SEED_TEMPLATES for i in t.items]
    assert len(codes) == len(set(codes))
    assert all(i.basis.strip() and i.text.strip() for t in SEED_TEMPLATES for i in t.items)
    assert any("90" in i.text for t in SEED_TEMPLATES if t.key == "safety" for i in t.items)  # CCTV retention
    assert {t.department for t in SEED_TEMPLATES} >= {Dept.HEALTH, Dept.FIRE, Dept.MARKET, Dept.POLICE}


def test_every_seeded_item_cites_a_document_people_can_look_up():
    from workstation.domain.checklists import SEED_TEMPLATES

    bases = [item.basis for template in SEED_TEMPLATES for item in template.items]
    assert bases and all(basis.strip() for basis in bases)
    assert not [basis for basis in bases if "domain.md" in basis or "§" in basis]
