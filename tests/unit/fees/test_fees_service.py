"""FeeService against a migrated database: history, exact amounts, checks that flag but never block."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    PublicityChannel,
    ScheduleDraft,
    parse_yuan,
)
from workstation.services.common.context import Actor
from workstation.services.fees.rules import FeeRuleService
from workstation.services.fees.service import FeeService

D = dt.date
TODAY = D(2026, 11, 23)
CARE, MEAL = FeeItemKind.CARE, FeeItemKind.MEAL
FULL, HALF = ServiceType.FULL_DAY, ServiceType.HALF_DAY
MONTH = FeeUnit.MONTH


def add_nursery(factory, name: str, nature=LegalNature.FOR_PROFIT, inclusive=False,
                status=InstitutionStatus.OPERATING) -> int:
    with factory.begin() as session:
        row = Nursery(name=name, legal_nature=nature, kind=InstitutionKind.STANDALONE, status=status,
                      inclusive=inclusive, uscc=None, filing_no="500107-2025-0001")
        session.add(row)
        session.flush()
        return row.id


def draft(start: dt.date, *amounts: tuple[ServiceType, FeeItemKind, str]) -> ScheduleDraft:
    items = tuple(FeeItem(st, kind, "", parse_yuan(yuan), MONTH, "") for st, kind, yuan in amounts)
    return ScheduleDraft(start, items)


@pytest.fixture
def fees(district, actor, tmp_path) -> FeeService:
    return FeeService(district.factory, actor, Attachments(district.factory), today=lambda: TODAY)


@pytest.fixture
def rules(district) -> FeeRuleService:
    return FeeRuleService(district.factory, Actor("admin", role="ADMIN"), today=lambda: TODAY)


@pytest.fixture
def nursery(district) -> int:
    return add_nursery(district.factory, "彩虹桥托育中心", LegalNature.SOCIAL_SERVICE)


@pytest.mark.sqlite_only("SQLite's storage class (typeof); the round trip itself is tested on both engines elsewhere")
def test_amounts_round_trip_exactly_and_are_stored_as_integer_fen(fees, nursery, district):
    entered = ("1234.56", "0.01", "99999999.99")
    fees.add_schedule(nursery, ScheduleDraft(D(2026, 1, 1), tuple(
        FeeItem(FULL, FeeItemKind.OTHER, f"项目{n}", parse_yuan(y), MONTH) for n, y in enumerate(entered))))
    [schedule] = fees.history(nursery)
    assert [i.amount for i in schedule.items] == [Decimal(y) for y in entered]
    assert [str(i.amount) for i in schedule.items] == list(entered)
    with district.engine.connect() as conn:
        stored = conn.execute(text("SELECT amount_fen, typeof(amount_fen) FROM fee_item ORDER BY position")).all()
    assert stored == [(123456, "integer"), (1, "integer"), (9_999_999_999, "integer")]


def test_a_negative_amount_never_reaches_the_table(district, nursery, fees):
    fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1")))
    with district.engine.begin() as conn, pytest.raises(Exception, match="(?i)check constraint"):
        conn.execute(text("UPDATE fee_item SET amount_fen = -1"))
    with pytest.raises(ValidationError, match="金额"):
        fees.add_schedule(nursery, ScheduleDraft(D(2026, 2, 1), (FeeItem(FULL, CARE, "", -5, MONTH),)))


def test_new_schedule_closes_the_previous_one_the_day_before(fees, nursery):
    first = fees.add_schedule(nursery, draft(D(2025, 1, 1), (FULL, CARE, "2000"), (HALF, CARE, "1200")))
    second = fees.add_schedule(nursery, draft(D(2025, 9, 1), (FULL, CARE, "2200")), expected_latest=first.id)
    third = fees.add_schedule(nursery, draft(D(2026, 3, 1), (FULL, CARE, "2500")), expected_latest=second.id)
    history = fees.history(nursery)
    assert [(s.id, s.period.start, s.period.end) for s in history] == [
        (third.id, D(2026, 3, 1), None), (second.id, D(2025, 9, 1), D(2026, 2, 28)),
        (first.id, D(2025, 1, 1), D(2025, 8, 31))]
    assert history[-1].items == first.items  # the old schedule's items are untouched


@pytest.mark.parametrize(("on", "care"), [
    (D(2024, 12, 31), None), (D(2025, 1, 1), "2000.00"), (D(2025, 8, 31), "2000.00"),
    (D(2025, 9, 1), "2200.00"), (D(2026, 2, 28), "2200.00"), (D(2026, 3, 1), "2500.00"), (D(2030, 1, 1), "2500.00"),
])
def test_schedule_in_force_on_a_date(fees, nursery, on, care):
    for start, amount in ((D(2025, 1, 1), "2000"), (D(2025, 9, 1), "2200"), (D(2026, 3, 1), "2500")):
        fees.add_schedule(nursery, draft(start, (FULL, CARE, amount)))
    found = fees.in_force(nursery, on)
    assert (str(found.items[0].amount) if found else None) == care


@pytest.mark.parametrize(("start", "message"), [
    (D(2025, 3, 1), "落在已结束的收费标准执行期（2025-01-01 至 2025-08-31）内"),
    (D(2025, 9, 1), "不晚于现行收费标准的执行日期 2025-09-01"),
    (D(2024, 6, 1), "不晚于"),
])
def test_overlapping_periods_are_refused_and_history_kept(fees, nursery, start, message):
    fees.add_schedule(nursery, draft(D(2025, 1, 1), (FULL, CARE, "2000")))
    fees.add_schedule(nursery, draft(D(2025, 9, 1), (FULL, CARE, "2200")))
    before = fees.history(nursery)
    with pytest.raises(ValidationError, match=message):
        fees.add_schedule(nursery, draft(start, (FULL, CARE, "1")))
    assert fees.history(nursery) == before


def test_stale_dialog_is_refused(fees, nursery):
    first = fees.add_schedule(nursery, draft(D(2025, 1, 1), (FULL, CARE, "2000")))
    with pytest.raises(ConflictError, match="刚被“tester”更新"):
        fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1")), expected_latest=None)
    fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1")), expected_latest=first.id)
    with pytest.raises(ConflictError):
        fees.add_schedule(nursery, draft(D(2026, 6, 1), (FULL, CARE, "1")), expected_latest=first.id)


def test_cancelled_and_missing_nurseries_are_refused(fees, district):
    gone = add_nursery(district.factory, "已注销托育园", status=InstitutionStatus.CANCELLED)
    with pytest.raises(ConflictError, match="注销"):
        fees.add_schedule(gone, draft(D(2026, 1, 1), (FULL, CARE, "1")))
    with pytest.raises(NotFound):
        fees.history(99999)


def test_roles(district, nursery):
    inspector = FeeService(district.factory, Actor("i", role="INSPECTOR"), today=lambda: TODAY)
    with pytest.raises(PermissionDenied, match="登记收费公示"):
        inspector.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1")))
    assert inspector.history(nursery) == []  # viewing is allowed
    with pytest.raises(PermissionDenied):
        inspector.record_publicity(1, PublicityChannel.ONLINE, D(2026, 1, 1))
    clerk = FeeService(district.factory, Actor("c", role="CLERK"), today=lambda: TODAY)
    assert clerk.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1"))).items[0].amount_fen == 100
    with pytest.raises(PermissionDenied):
        FeeRuleService(district.factory, Actor("c", role="CLERK")).save(FeeRules(D(2026, 1, 1)))


def _cap_rules(rules: FeeRuleService, start: dt.date, full="2000", **extra) -> FeeRules:
    caps = (FeeCap(FULL, MONTH, parse_yuan(full)), FeeCap(HALF, MONTH, parse_yuan("1200")))
    return rules.save(FeeRules(start, caps, **extra))


@pytest.mark.parametrize(("nature", "inclusive", "flagged"), [
    (LegalNature.SOCIAL_SERVICE, False, True), (LegalNature.PUBLIC_INSTITUTION, False, True),
    (LegalNature.FOR_PROFIT, True, True), (LegalNature.FOR_PROFIT, False, False),
    (LegalNature.INDIVIDUAL_BUSINESS, False, False),
])
def test_cap_checks_flag_but_never_block(fees, rules, district, nature, inclusive, flagged):
    _cap_rules(rules, D(2025, 1, 1))
    nursery = add_nursery(district.factory, "测试园", nature, inclusive)
    recorded = fees.add_schedule(nursery, draft(D(2025, 6, 1), (FULL, CARE, "2350.50"), (FULL, MEAL, "650"),
                                                (HALF, CARE, "1200")))
    fees.record_publicity(recorded.id, PublicityChannel.NOTICE_BOARD, D(2025, 5, 20))
    found = fees.findings(nursery, D(2025, 7, 1))
    assert [(f.code, f.service_type, f.excess_fen) for f in found] == (
        [("FEE-CAP", FULL, 35050)] if flagged else [])
    if flagged:
        assert "350.50 元" in found[0].message


def test_caps_are_effective_dated(fees, rules, nursery):
    _cap_rules(rules, D(2025, 1, 1), full="2000")
    _cap_rules(rules, D(2026, 1, 1), full="2500")
    fees.add_schedule(nursery, draft(D(2025, 6, 1), (FULL, CARE, "2400")))
    assert [f.excess_fen for f in fees.findings(nursery, D(2025, 12, 31)) if f.code == "FEE-CAP"] == [40000]
    assert [f for f in fees.findings(nursery, D(2026, 1, 1)) if f.code == "FEE-CAP"] == []
    assert [f.excess_fen for f in fees.preview(nursery, draft(D(2025, 7, 1), (FULL, CARE, "2100")))] == [10000]


def test_meal_fees_count_only_when_the_parameter_says_so(fees, rules, nursery):
    fees.add_schedule(nursery, draft(D(2025, 6, 1), (FULL, CARE, "1800"), (FULL, MEAL, "500")))
    _cap_rules(rules, D(2025, 1, 1))
    assert [f for f in fees.findings(nursery, D(2025, 7, 1)) if f.code == "FEE-CAP"] == []
    _cap_rules(rules, D(2025, 7, 1), cap_includes_meals=True)
    assert [f.excess_fen for f in fees.findings(nursery, D(2025, 7, 1)) if f.code == "FEE-CAP"] == [30000]


def test_schedule_in_force_but_not_publicised_is_flagged(fees, nursery, tmp_path):
    old = fees.add_schedule(nursery, draft(D(2025, 1, 1), (FULL, CARE, "1")))
    fees.record_publicity(old.id, PublicityChannel.ONLINE, D(2024, 12, 20))
    new = fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "2")))
    assert [f.code for f in fees.findings(nursery, D(2025, 6, 1))] == []
    assert [f.code for f in fees.findings(nursery, D(2026, 2, 1))] == ["FEE-UNPUBLICISED"]
    assert fees.findings(nursery, D(2024, 1, 1)) == []  # nothing in force, nothing to flag
    photo = tmp_path / "公示栏照片.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    record = fees.record_publicity(new.id, PublicityChannel.NOTICE_BOARD, D(2026, 3, 1), "门口公示栏", photo)
    assert fees.findings(nursery, D(2026, 2, 28))[0].code == "FEE-UNPUBLICISED"  # publicised later than that
    assert fees.findings(nursery, D(2026, 3, 1)) == []
    assert record.evidence_name == "公示栏照片.jpg"
    opened = fees.evidence_path(record.evidence_sha256, record.evidence_name)
    assert opened.read_bytes() == b"\xff\xd8 a photo" and opened.name.endswith("-公示栏照片.jpg")


def test_publicity_date_in_the_future_is_refused(fees, nursery):
    schedule = fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1")))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        fees.record_publicity(schedule.id, PublicityChannel.NOTICE_BOARD, TODAY + dt.timedelta(days=1))


def test_change_frequency_is_flagged_only_when_the_district_sets_a_limit(fees, rules, nursery):
    for start in (D(2025, 1, 1), D(2025, 12, 1), D(2026, 3, 1), D(2026, 6, 1)):
        schedule = fees.add_schedule(nursery, draft(start, (FULL, CARE, "1")))
        fees.record_publicity(schedule.id, PublicityChannel.NOTICE_BOARD, start)
    assert fees.findings(nursery, D(2026, 7, 1)) == []
    rules.save(FeeRules(D(2026, 1, 1), max_changes=2, window_months=12))
    [finding] = fees.findings(nursery, D(2026, 7, 1))
    assert finding.code == "FEE-FREQUENCY" and "3次" in finding.message


def test_fee_timeline(fees, nursery):
    schedule = fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "2800"), (HALF, CARE, "1500.5")))
    fees.record_publicity(schedule.id, PublicityChannel.PARENT_LETTER, D(2026, 1, 5))
    entries = fees.fee_timeline(nursery)
    assert [(e.kind, e.actor) for e in entries] == [("fee_schedule", "tester"), ("fee_publicity", "tester")]
    assert str(entries[0].text) == "登记收费标准，自 2026-01-01 起执行：全日托 保育费 2,800.00元/月；半日托 保育费 1,500.50元/月"
    assert "2026-01-05 通过致家长信公示" in str(entries[1].text)
    at, kind, _text, actor, _name = entries[0]  # plain tuples for the lead's merged timeline
    assert isinstance(at, dt.datetime) and entries[0].at <= entries[1].at


def test_the_notice_is_what_was_in_force_and_publicised_on_the_date(fees, nursery):
    old = fees.add_schedule(nursery, ScheduleDraft(D(2025, 1, 1), draft(D(2025, 1, 1), (FULL, CARE, "1800")).items,
                                                   "理事会内部讨论，勿外传"))
    fees.record_publicity(old.id, PublicityChannel.ONLINE, D(2025, 1, 10))
    fees.record_publicity(old.id, PublicityChannel.NOTICE_BOARD, D(2024, 12, 20))
    new = fees.add_schedule(nursery, draft(D(2026, 1, 1), (FULL, CARE, "1900")))
    fees.record_publicity(new.id, PublicityChannel.NOTICE_BOARD, D(2026, 2, 1))
    notice = fees.notice(nursery, D(2025, 6, 1))
    assert (notice.period.start, notice.items[0].amount_fen, notice.publicised_on) == (D(2025, 1, 1), 180000,
                                                                                      D(2024, 12, 20))
    assert notice.header.name == "彩虹桥托育中心" and not hasattr(notice, "note")
    assert fees.notice(nursery, D(2026, 2, 1)).items[0].amount_fen == 190000
    with pytest.raises(ValidationError, match=r"2026-01-15 执行的收费标准（2026-01-01 起至今）当日尚未公示.*"
                                              r"该标准于 2026-02-01 公示"):
        fees.notice(nursery, D(2026, 1, 15))
    with pytest.raises(ValidationError, match="2024-06-01 没有执行中的收费标准，不能生成收费公示表"):
        fees.notice(nursery, D(2024, 6, 1))


def test_the_notice_says_which_charges_are_above_the_guidance_cap(fees, rules, nursery):
    _cap_rules(rules, D(2025, 1, 1), full="2000")
    _cap_rules(rules, D(2026, 1, 1), full="2500")
    schedule = fees.add_schedule(nursery, draft(D(2025, 6, 1), (FULL, CARE, "2400"), (HALF, CARE, "1000")))
    fees.record_publicity(schedule.id, PublicityChannel.NOTICE_BOARD, D(2025, 5, 20))
    assert fees.notice(nursery, D(2025, 7, 1)).over_cap == (
        "全日托“保育费” 2,400.00元/月，高于收费指导价上限 2,000.00元/月。",)
    assert fees.notice(nursery, D(2026, 1, 1)).over_cap == ()  # the caps in force on the chosen date
