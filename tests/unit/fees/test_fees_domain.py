"""Fee domain rules: exact money, periods that never rewrite history, cap and frequency checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.errors import ValidationError
from workstation.domain.fees import (
    MAX_FEN,
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    Period,
    ScheduleDraft,
    cap_applies,
    cap_findings,
    check_new_start,
    fen_to_decimal,
    format_yuan,
    frequency_finding,
    in_force,
    months_before,
    parse_yuan,
    validate_draft,
)

D = dt.date
CARE, MEAL, OTHER = FeeItemKind.CARE, FeeItemKind.MEAL, FeeItemKind.OTHER
FULL, HALF, HOURLY, TEMP = ServiceType.FULL_DAY, ServiceType.HALF_DAY, ServiceType.HOURLY, ServiceType.TEMPORARY
MONTH, HOUR, DAY = FeeUnit.MONTH, FeeUnit.HOUR, FeeUnit.DAY


@pytest.mark.parametrize(("text", "fen"), [
    ("1234.56", 123456), ("0.01", 1), ("99999999.99", MAX_FEN), ("1,234.5", 123450), ("¥ 80", 8000),
    ("12元", 1200), ("0", 0), ("1.230", 123), (Decimal("0.10"), 10), (7, 700),
])
def test_parse_yuan_is_exact(text, fen):
    assert parse_yuan(text) == fen
    assert fen_to_decimal(fen) == Decimal(str(text).translate(str.maketrans("", "", ",¥ 元")))


@pytest.mark.parametrize(("text", "message"), [
    ("1.234", "两位小数"), ("0.001", "两位小数"), ("-1", "负数"), ("-0.01", "负数"), ("abc", "不是有效的数字"),
    ("1e3", "不是有效的数字"), ("", "请填写金额"), ("100000000", "不能超过"), ("99999999.991", "不能超过"),
    (Decimal("NaN"), "不是有效"), (Decimal("1E-30"), "两位小数"),
])
def test_parse_yuan_refuses_with_a_message(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_yuan(text)


def test_parse_yuan_refuses_floats():
    with pytest.raises(TypeError):
        parse_yuan(0.1)  # type: ignore[arg-type]


def test_format_yuan():
    assert format_yuan(123456) == "1,234.56"
    assert format_yuan(1) == "0.01"
    assert format_yuan(MAX_FEN) == "99,999,999.99"
    assert FeeItem(FULL, CARE, "保育费", 280000, MONTH).price_text == "2,800.00元/月"


def test_validate_draft_names_defaults_and_duplicates():
    draft = validate_draft(ScheduleDraft(D(2026, 1, 1), (FeeItem(FULL, CARE, " ", 1, MONTH),
                                                          FeeItem(FULL, MEAL, "", 1, MONTH))))
    assert [i.name for i in draft.items] == ["保育费", "伙食费"]
    with pytest.raises(ValidationError, match="至少"):
        validate_draft(ScheduleDraft(D(2026, 1, 1), ()))
    with pytest.raises(ValidationError, match="第1项.*名称"):
        validate_draft(ScheduleDraft(D(2026, 1, 1), (FeeItem(FULL, OTHER, "", 1, MONTH),)))
    with pytest.raises(ValidationError, match="重复"):
        validate_draft(ScheduleDraft(D(2026, 1, 1), (FeeItem(FULL, CARE, "保育费", 1, MONTH),
                                                    FeeItem(FULL, CARE, "保育费", 2, MONTH))))
    # The same name for another service type or unit is a different charge.
    validate_draft(ScheduleDraft(D(2026, 1, 1), (FeeItem(FULL, CARE, "保育费", 1, MONTH),
                                                FeeItem(HALF, CARE, "保育费", 1, MONTH),
                                                FeeItem(FULL, CARE, "保育费", 1, DAY))))


HISTORY = [Period(D(2025, 1, 1), D(2025, 6, 30)), Period(D(2025, 7, 1), None)]


@pytest.mark.parametrize(("start", "message"), [
    (D(2025, 3, 1), "落在已结束.*2025-01-01 至 2025-06-30"),
    (D(2025, 6, 30), "落在已结束"),
    (D(2025, 7, 1), "不晚于现行收费标准的执行日期 2025-07-01"),
    (D(2024, 12, 31), "不晚于"),
])
def test_new_start_inside_history_is_refused(start, message):
    with pytest.raises(ValidationError, match=message) as caught:
        check_new_start(start, HISTORY)
    assert "不能覆盖" in caught.value.message
    assert "2025-07-02" in caught.value.message  # the earliest acceptable start
    assert caught.value.field == "effective_from"


def test_new_start_after_latest_is_accepted():
    check_new_start(D(2025, 7, 2), HISTORY)
    check_new_start(D(1990, 1, 1), [])


def test_in_force_across_changes():
    assert in_force(HISTORY, D(2024, 12, 31)) is None
    assert in_force(HISTORY, D(2025, 1, 1)) == 0
    assert in_force(HISTORY, D(2025, 6, 30)) == 0
    assert in_force(HISTORY, D(2025, 7, 1)) == 1
    assert in_force(HISTORY, D(2099, 1, 1)) == 1


RULES = FeeRules(D(2025, 1, 1), (FeeCap(FULL, MONTH, 200000), FeeCap(HALF, MONTH, 120000),
                                 FeeCap(HOURLY, HOUR, 4000)))
ITEMS = (
    FeeItem(FULL, CARE, "保育费", 200000, MONTH),  # exactly the cap: not over
    FeeItem(FULL, MEAL, "伙食费", 60000, MONTH),  # meals are not capped by default
    FeeItem(HALF, CARE, "保育费", 120001, MONTH),  # one fen over
    FeeItem(HOURLY, CARE, "计时保育费", 4500, HOUR),  # 5.00 over
    FeeItem(HOURLY, CARE, "按日计", 99900, DAY),  # no cap for this unit
    FeeItem(TEMP, CARE, "临时托", 99900, DAY),  # no cap for this service type
    FeeItem(FULL, OTHER, "报名费", 500000, FeeUnit.SESSION),  # other items are not capped
)


@pytest.mark.parametrize(("nature", "inclusive", "capped"), [
    (LegalNature.SOCIAL_SERVICE, False, True), (LegalNature.PUBLIC_INSTITUTION, False, True),
    (LegalNature.FOR_PROFIT, True, True), (LegalNature.FOR_PROFIT, False, False),
    (LegalNature.INDIVIDUAL_BUSINESS, False, False), (LegalNature.OTHER, False, False),
])
def test_cap_findings_flag_exactly_the_care_fees_over_the_cap(nature, inclusive, capped):
    found = cap_findings(ITEMS, RULES, nature, inclusive)
    assert cap_applies(nature, inclusive) is capped
    expected = [(HALF, "保育费", 1), (HOURLY, "计时保育费", 500)] if capped else []
    assert [(f.service_type, f.item_name, f.excess_fen) for f in found] == expected
    if capped:
        assert "超过指导价上限 1,200.00元/月 0.01 元" in found[0].message
        assert "45.00元/小时" in found[1].message and "5.00 元" in found[1].message


def test_meals_count_towards_the_cap_when_the_parameter_says_so():
    rules = FeeRules(D(2025, 1, 1), RULES.caps, cap_includes_meals=True)
    found = cap_findings(ITEMS, rules, LegalNature.SOCIAL_SERVICE, False)
    assert [(f.service_type, f.excess_fen) for f in found] == [(FULL, 60000), (HALF, 1), (HOURLY, 500)]
    assert "与伙食费合计 2,600.00元/月" in found[0].message


def test_no_rules_flag_nothing():
    assert cap_findings(ITEMS, FeeRules(), LegalNature.SOCIAL_SERVICE, True) == []


def test_frequency_check_is_off_by_default_and_counts_changes_in_the_window():
    starts = [D(2024, 1, 1), D(2025, 3, 1), D(2025, 9, 1), D(2026, 2, 1)]
    assert frequency_finding(starts, RULES, D(2026, 2, 1)) is None
    rules = FeeRules(D(2025, 1, 1), max_changes=2, window_months=12)
    assert frequency_finding(starts, rules, D(2026, 2, 1)) is not None  # 3 changes since 2025-02-01
    assert frequency_finding(starts, rules, D(2026, 3, 1)) is None  # 2025-03-01 dropped out
    assert frequency_finding(starts[:1], FeeRules(max_changes=0), D(2026, 1, 1)) is None  # first is no change


def test_months_before_clamps_to_month_end():
    assert months_before(D(2026, 3, 31), 1) == D(2026, 2, 28)
    assert months_before(D(2026, 1, 15), 12) == D(2025, 1, 15)
    assert months_before(D(2026, 1, 15), 13) == D(2024, 12, 15)
