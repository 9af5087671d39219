"""A nursery just registered, with no fee schedule yet, as the 收费公示 list shows it."""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.models.fees.fee_overview_table_model import FeeOverviewTableModel as Columns
from workstation.services.common.context import Actor
from workstation.services.fees.rules import FeeRuleService
from workstation.services.fees.service import FeeService
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 12, 5)
CLERK = Actor("clerk", "登记员", role="CLERK")


@pytest.fixture
def page(qtbot, district) -> FeesPage:
    with district.factory.begin() as session:
        session.add(Nursery(name="新登记托育园", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                            status=InstitutionStatus.OPERATING))
    fees = FeeService(district.factory, CLERK, Attachments(district.factory), today=lambda: TODAY)
    widget = FeesPage(fees, rule_service=FeeRuleService(district.factory, CLERK, today=lambda: TODAY),
                      today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_nursery_without_a_fee_schedule_reads_as_such_not_as_unregistered(page):
    model = page.ui.overviewView.model()
    assert model.rowCount() == 1 and model.index(0, Columns.NAME).data() == "新登记托育园"

    shown = {column: model.index(0, column).data() for column in (Columns.EFFECTIVE_FROM, Columns.PUBLICISED)}

    assert shown == {Columns.EFFECTIVE_FROM: "", Columns.PUBLICISED: "未登记收费标准"}
