"""The fee table models on their own: grouping, sorting by amount, flags, filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from workstation.domain.enums import InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import FeeFinding, FeeItem, FeeItemKind, FeeUnit
from workstation.models.fees.fee_item_table_model import FeeItemTableModel
from workstation.models.fees.fee_overview_table_model import FeeOverviewProxyModel, FeeOverviewTableModel
from workstation.services.fees.dto import CurrentFees

FULL, HALF, HOURLY = ServiceType.FULL_DAY, ServiceType.HALF_DAY, ServiceType.HOURLY


def item(service, fen, kind=FeeItemKind.CARE, name="保育费", unit=FeeUnit.MONTH) -> FeeItem:
    return FeeItem(service, kind, name, fen, unit)


def row(nursery_id, name, items, *, publicised=True, findings=(), scheduled=True) -> CurrentFees:
    return CurrentFees(nursery_id, name, "", "杨家坪街道", LegalNature.SOCIAL_SERVICE, True, InstitutionStatus.OPERATING,
                       nursery_id if scheduled else None, dt.date(2026, 1, 1) if scheduled else None, tuple(items),
                       publicised, tuple(findings))


def test_items_of_a_service_type_stay_together(qapp):
    model = FeeItemTableModel()
    model.add(item(HOURLY, 1))
    model.add(item(FULL, 2))
    model.add(item(HOURLY, 3, name="夜间计时"))
    model.add(item(FULL, 4, FeeItemKind.MEAL, "伙食费"))
    model.add(item(HALF, 5))
    assert [(i.service_type, i.amount_fen) for i in model.items()] == [
        (FULL, 2), (FULL, 4), (HALF, 5), (HOURLY, 1), (HOURLY, 3)]
    model.replace(0, item(HOURLY, 9, name="新计时"))
    assert [i.amount_fen for i in model.items()] == [4, 5, 1, 3, 9]
    index = model.index(0, FeeItemTableModel.UNIT)
    assert model.data(index) == "元/月" and model.data(model.index(4, FeeItemTableModel.AMOUNT)) == "0.09"


def test_flagged_items_are_marked(qapp):
    model = FeeItemTableModel([item(FULL, 250000), item(FULL, 50000, FeeItemKind.MEAL, "伙食费")])
    model.set_findings([FeeFinding("FEE-CAP", "超过指导价", FULL, "保育费", 50000)])
    amount = FeeItemTableModel.AMOUNT
    assert model.data(model.index(0, amount), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, amount), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "超过指导价"


def test_overview_sorts_amounts_numerically_and_filters_flags(qapp):
    cap = FeeFinding("FEE-CAP", "超", FULL, "保育费", 30000)
    unpublicised = FeeFinding("FEE-UNPUBLICISED", "未公示")
    model = FeeOverviewTableModel([
        row(1, "甲园", [item(FULL, 99000)]),
        row(2, "乙园", [item(FULL, 1200000)], findings=[cap]),
        row(3, "丙园", [item(HALF, 50000)], publicised=False, findings=[unpublicised]),
        row(4, "丁园", [], scheduled=False, publicised=False),
    ])
    proxy = FeeOverviewProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(FeeOverviewTableModel.FULL_DAY, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names[-2:] == ["甲园", "乙园"]  # 990.00 before 12,000.00 (text order would swap them)
    assert model.index(1, FeeOverviewTableModel.OVER_CAP).data() == "超 300.00 元"
    assert model.index(2, FeeOverviewTableModel.PUBLICISED).data() == "未公示"
    assert model.index(3, FeeOverviewTableModel.PUBLICISED).data() == ""  # nothing in force, nothing to publicise
    assert model.index(3, FeeOverviewTableModel.EFFECTIVE_FROM).data() == "未登记"
    proxy.set_conditions("", over_cap_only=True, unpublicised_only=False)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["乙园"]
    proxy.set_conditions("", over_cap_only=False, unpublicised_only=True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["丙园"]
    proxy.set_conditions("杨家坪", over_cap_only=False, unpublicised_only=False)
    assert proxy.rowCount() == 4
