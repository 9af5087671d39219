"""Every refusal of the fee services (收费公示: amounts, schedules, publicity, notices, guide-price parameters)
reads in the interface language; the Chinese is unchanged (CLI, default interface)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm.exc import StaleDataError
from test_fees_page import click_row, enter_item, page, services  # noqa: F401 (fixtures)

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.errors import DomainError
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    Period,
    PublicityChannel,
    ScheduleDraft,
    check_new_start,
    parse_yuan,
    validate_draft,
)
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import error_text
from workstation.services.common.context import Actor
from workstation.services.fees import service as fee_service_module
from workstation.services.fees.rules import FeeRuleService
from workstation.services.fees.service import FeeService

D = dt.date
TODAY = D(2026, 11, 23)
FULL, CARE, MONTH = ServiceType.FULL_DAY, FeeItemKind.CARE, FeeUnit.MONTH
NAME = "彩虹桥托育中心"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _item(name="保育费", fen=100000, kind=CARE) -> FeeItem:
    return FeeItem(FULL, kind, name, fen, MONTH)


def _add_nursery(factory, status=InstitutionStatus.OPERATING) -> int:
    with factory.begin() as session:
        row = Nursery(name=NAME, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                      status=status, inclusive=False, uscc=None)
        session.add(row)
        session.flush()
        return row.id


def _raised(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def _refusals(district) -> dict[str, DomainError]:
    """Each refusal the fee services (and the domain checks they run) can give, by a short name."""
    factory = district.factory
    clerk = Actor("clerk", "登记员", role="CLERK")
    fees = FeeService(factory, clerk, Attachments(factory), today=lambda: TODAY)
    bare = FeeService(factory, clerk, None, today=lambda: TODAY)
    admin = FeeRuleService(factory, Actor("admin", role="ADMIN"), today=lambda: TODAY)
    nursery, cancelled = _add_nursery(factory), _add_nursery(factory, InstitutionStatus.CANCELLED)
    first = fees.add_schedule(nursery, ScheduleDraft(D(2026, 1, 1), (_item(),)))
    second = fees.add_schedule(nursery, ScheduleDraft(D(2026, 6, 1), (_item(fen=120000),)))
    fees.record_publicity(second.id, PublicityChannel.NOTICE_BOARD, D(2026, 6, 10))
    admin.save(FeeRules(D(2026, 1, 1)))
    future = admin.save(FeeRules(D(2027, 1, 1)))
    rows = [SimpleNamespace(id=7, created_by="")]
    stale = SimpleNamespace(flush=lambda: (_ for _ in ()).throw(StaleDataError()))
    long_note = "很" * 501
    return {
        "empty amount": _raised(lambda: parse_yuan(" ")),
        "not a number": _raised(lambda: parse_yuan("12a5")),
        "not finite": _raised(lambda: parse_yuan(Decimal("NaN"))),
        "negative": _raised(lambda: parse_yuan("-1")),
        "too large": _raised(lambda: parse_yuan("100000000")),
        "fen": _raised(lambda: parse_yuan("1.234")),
        "no items": _raised(lambda: validate_draft(ScheduleDraft(TODAY, ()))),
        "twice": _raised(lambda: validate_draft(ScheduleDraft(TODAY, (_item(), _item())))),
        "no name": _raised(lambda: validate_draft(ScheduleDraft(TODAY, (_item("", kind=FeeItemKind.OTHER),)))),
        "long name": _raised(lambda: validate_draft(ScheduleDraft(TODAY, (_item("费" * 51),)))),
        "item amount": _raised(lambda: validate_draft(ScheduleDraft(TODAY, (_item(fen=-1),)))),
        "in an ended period": _raised(lambda: check_new_start(D(2026, 3, 1), [Period(D(2026, 1, 1), D(2026, 5, 31)), Period(D(2026, 6, 1))])),
        "not after": _raised(lambda: check_new_start(D(2026, 6, 1), [Period(D(2026, 6, 1))])),
        "note": _raised(lambda: fees.add_schedule(nursery, ScheduleDraft(D(2026, 12, 1), (_item(),), long_note))),
        "cancelled": _raised(lambda: fees.add_schedule(cancelled, ScheduleDraft(TODAY, (_item(),)))),
        "updated by": _raised(lambda: fees.add_schedule(nursery, ScheduleDraft(D(2026, 12, 1), (_item(),)),
                                                        first.id)),
        "updated by another": _raised(lambda: fee_service_module._check_latest(rows, None)),
        "changed meanwhile": _raised(lambda: fee_service_module._flush(stale)),
        "no schedule": _raised(lambda: fees.notice(nursery, D(2025, 6, 1))),
        "not yet publicised": _raised(lambda: fees.notice(nursery, D(2026, 6, 5))),
        "never publicised": _raised(lambda: fees.notice(nursery, D(2026, 3, 1))),
        "future publicity": _raised(lambda: fees.record_publicity(first.id, PublicityChannel.ONLINE, D(2026, 12, 1))),
        "publicity note": _raised(lambda: fees.record_publicity(first.id, PublicityChannel.ONLINE, TODAY, long_note)),
        "no schedule record": _raised(lambda: fees.record_publicity(9999, PublicityChannel.ONLINE, TODAY)),
        "no nursery": _raised(lambda: fees.history(9999)),
        "no attachments": _raised(lambda: bare.evidence_path("0" * 64)),
        "no permission": _raised(lambda: FeeRuleService(factory, clerk).save(FeeRules(D(2027, 2, 1)))),
        "no rules date": _raised(lambda: admin.save(FeeRules())),
        "window": _raised(lambda: admin.save(FeeRules(D(2027, 2, 1), window_months=0))),
        "max changes": _raised(lambda: admin.save(FeeRules(D(2027, 2, 1), max_changes=-1))),
        "phones": _raised(lambda: admin.save(FeeRules(D(2027, 2, 1), health_phone="1" * 33))),
        "cap twice": _raised(lambda: admin.save(FeeRules(D(2027, 2, 1), (FeeCap(FULL, MONTH, 1), FeeCap(FULL, MONTH, 2))))),
        "cap range": _raised(lambda: admin.save(FeeRules(D(2027, 2, 1), (FeeCap(FULL, MONTH, -1),)))),
        "same day": _raised(lambda: admin.save(FeeRules(D(2027, 1, 1)))),
        "no version": _raised(lambda: admin.save(FeeRules(D(2027, 3, 1), id=9999))),
        "in force": _raised(lambda: admin.save(FeeRules(D(2026, 1, 1), id=future.id - 1))),
    }


ENGLISH = {
    "not a number": "The amount “12a5” is not a valid number.",
    "twice": "Full-day “保育费” (per month) is entered twice.",
    "item amount": "Item 1 (Full-day): the amount must be between 0 and 99,999,999.99 yuan.",
    "in an ended period": "The start date 2026-03-01 falls within the period of an ended fee schedule (2026-01-01 to "
                          "2026-05-31); a past fee schedule cannot be overwritten. A new fee schedule can start on "
                          "2026-06-02 at the earliest.",
    "not yet publicised": "The fee schedule 彩虹桥托育中心 had in force on 2026-06-05 (from 2026-06-01) had not "
                          "been publicised by that day, so no fee notice can be created. It was publicised on "
                          "2026-06-10: set “As of” to that day or later.",
    "updated by": "The nursery's fee schedule was just updated by “clerk”: open it again and record anew; what you "
                  "entered has not been saved.",
    "no permission": "Your role (Clerk) does not allow “Edit district settings, routing and rules”.",
}

CHINESE = {
    "not a number": "金额“12a5”不是有效的数字。",
    "twice": "全日托的“保育费”（按月）重复填写。",
    "item amount": "第1项（全日托）：金额应在 0 至 99,999,999.99 元之间。",
    "in an ended period": "生效日期 2026-03-01 落在已结束的收费标准执行期（2026-01-01 至 2026-05-31）内，历史收费标准不能覆盖。"
                          "新的收费标准最早自 2026-06-02 起执行。",
    "not yet publicised": "彩虹桥托育中心在 2026-06-05 执行的收费标准（2026-06-01 起至今）当日尚未公示，不能生成收费公示表。"
                          "该标准于 2026-06-10 公示，可将查看日期改为该日或之后。",
    "updated by": "该机构的收费标准刚被“clerk”更新，请重新打开后再登记；您填写的内容尚未保存。",
    "no permission": "当前角色（登记员）无权修改辖区设置、路由与规则参数。",
}


def test_every_fee_refusal_reads_in_english(qapp, translators, district):
    refusals = _refusals(district)
    assert {name: refusals[name].message for name in CHINESE} == CHINESE  # the Chinese as before
    translators.extend(install_translator(qapp, "en"))
    shown = {name: error_text(error) for name, error in refusals.items()}
    assert {name: shown[name] for name in ENGLISH} == ENGLISH
    data = ("彩虹桥托育中心", "保育费")  # names and what was typed stay as they are
    chinese_left = {name: text for name, text in shown.items()
                    if CJK.search(re.sub("|".join(data), "", text))}
    assert chinese_left == {}


def test_the_schedule_dialog_says_why_in_english(qtbot, qapp, translators, page, type_text):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    dialog = page.open_schedule_dialog()
    enter_item(qtbot, type_text, dialog, "1.234")
    assert dialog.ui.errorLabel.text() == "An amount has at most two decimal places (fen): 1.234."


def test_the_rules_dialog_names_the_guide_price_in_english(qtbot, qapp, translators, district):
    from workstation.ui.fees.rules_dialog import FeeRulesDialog

    translators.extend(install_translator(qapp, "en"))
    admin = FeeRuleService(district.factory, Actor("admin", role="ADMIN"), today=lambda: TODAY)
    dialog = FeeRulesDialog(admin, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.fullDayCapEdit.setText("-5")
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Full-day guide price: The amount cannot be negative."
