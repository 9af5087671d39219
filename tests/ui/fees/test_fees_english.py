"""收费公示 in English: what the checks flag (built below the interface, domain/fees.py) reads in English;
the Chinese keeps one pair of brackets (the parameters' label in brackets read "…起））")."""

from __future__ import annotations

import datetime as dt

from test_fees_page import click_row, enter_item, page, services  # noqa: F401 (fixtures)

from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    Period,
    cap_findings,
    frequency_finding,
    publicity_finding,
)
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import finding_text

RULES = FeeRules(dt.date(2026, 1, 1), (FeeCap(ServiceType.FULL_DAY, FeeUnit.MONTH, 200000),),
                 cap_includes_meals=True, max_changes=1, window_months=12)
ITEMS = (FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 200000, FeeUnit.MONTH),
         FeeItem(ServiceType.FULL_DAY, FeeItemKind.MEAL, "伙食费", 30000, FeeUnit.MONTH))
STARTS = [dt.date(2026, 1, 1), dt.date(2026, 5, 1), dt.date(2026, 9, 1)]


def _findings():
    return [*cap_findings(ITEMS, RULES, LegalNature.SOCIAL_SERVICE, False), publicity_finding(Period(STARTS[-1])),
            frequency_finding(STARTS, RULES, dt.date(2026, 11, 23))]


def test_the_chinese_findings_have_one_pair_of_brackets(qapp):
    assert [finding_text(f) for f in _findings()] == [f.message for f in _findings()] == [
        "全日托“保育费”与伙食费合计 2,300.00元/月，超过指导价上限 2,000.00元/月 300.00 元"
        "（自 2026-01-01 起执行的收费指导价参数）。",
        "现行收费标准（自 2026-09-01 起执行）尚未登记公示。",
        "近12个月内调整收费标准2次，超过辖区规定的1次（自 2026-01-01 起执行的收费指导价参数）。"]
    assert not any("））" in f.message or "）)" in f.message for f in _findings())
    assert cap_findings(ITEMS, RULES, LegalNature.SOCIAL_SERVICE, False)[0].public_text == (
        "全日托“保育费”与伙食费合计 2,300.00元/月，高于收费指导价上限 2,000.00元/月。")  # the public notice's


def test_the_findings_in_english(qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    assert [finding_text(f) for f in _findings()] == [
        "Full-day “保育费” with meal fees: 2,300.00 yuan/month, 300.00 yuan above the guide-price cap of "
        "2,000.00 yuan/month (guide prices in force from 2026-01-01).",
        "The fee schedule in force (from 2026-09-01) has no recorded publicity.",
        "Fee schedule changes in the last 12-month window: 2, above the district's limit of 1 "
        "(guide prices in force from 2026-01-01)."]


def test_the_fee_page_flags_over_cap_in_english(qtbot, qapp, translators, page, type_text):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    dialog = page.open_schedule_dialog()
    enter_item(qtbot, type_text, dialog, "2300")
    over = ("Full-day “保育费”: 2,300.00 yuan/month, 300.00 yuan above the guide-price cap of "
            "2,000.00 yuan/month (guide prices in force from 2026-01-01).")
    assert over in dialog.ui.findingsLabel.text()
    assert dialog.save()
    assert over in page.ui.findingsLabel.text()
    assert "超过" not in page.ui.findingsLabel.text()
