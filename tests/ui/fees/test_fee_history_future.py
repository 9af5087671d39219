"""The tester's walk (item 8): a fee schedule recorded ahead of its effective date read "2027-01-01 起至今",
and its 登记人 the username "clerk1" where other timelines show the person's name (李登记)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.accounts import User
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, Period, ScheduleDraft
from workstation.domain.permissions import Role
from workstation.exports.fees.notice import fee_history_document
from workstation.models.fees.fee_history_table_model import FeeHistoryTableModel
from workstation.services.common.context import Actor
from workstation.services.fees import Schedule
from workstation.services.fees.service import FeeService
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 12, 5)
ITEM = FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 180000, FeeUnit.MONTH)


@pytest.fixture
def fees(district):
    with district.factory.begin() as session:
        session.add(User(username="clerk1", display_name="李登记", role=Role.CLERK, password_hash="x",
                         created_by="admin", updated_by="admin"))
        nursery = Nursery(name="星河托育有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                          status=InstitutionStatus.OPERATING)
        session.add(nursery)
        session.flush()
        nursery_id = nursery.id
    service = FeeService(district.factory, Actor("clerk1", "李登记", role="CLERK"), Attachments(district.factory),
                         today=lambda: TODAY)
    service.add_schedule(nursery_id, ScheduleDraft(dt.date(2021, 4, 13), (ITEM,), ""))
    service.add_schedule(nursery_id, ScheduleDraft(dt.date(2027, 1, 1), (ITEM,), ""))
    return service, nursery_id


def test_the_history_names_who_recorded_each_schedule(fees):
    service, nursery_id = fees
    assert [(s.recorded_by, s.recorded_by_name) for s in service.history(nursery_id)] == [("clerk1", "李登记")] * 2


def test_a_schedule_not_yet_in_force_reads_as_future_and_its_recorder_by_name(qtbot, fees):
    service, _nursery_id = fees
    page = FeesPage(service, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    view = page.ui.overviewView
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "星河托育有限公司")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 0)).center())
    history = page.ui.historyView.model()
    qtbot.waitUntil(lambda: history.rowCount() == 2)
    assert [history.index(r, FeeHistoryTableModel.PERIOD).data() for r in (0, 1)] == [
        "2027-01-01 起（尚未生效）", "2021-04-13 至 2026-12-31"]
    assert [history.index(r, FeeHistoryTableModel.RECORDED_BY).data() for r in (0, 1)] == ["李登记", "李登记"]


def _schedules():
    return [Schedule(3, 1, Period(dt.date(2027, 1, 1)), (), recorded_by="clerk1", recorded_by_name="李登记"),
            Schedule(2, 1, Period(dt.date(2024, 4, 22), dt.date(2026, 12, 31)), ()),
            Schedule(1, 1, Period(dt.date(2022, 1, 30), dt.date(2024, 4, 21)), ())]


def test_future_current_and_past_periods_in_both_languages(qapp, translators):
    from workstation.i18n.translation import install_translator

    def periods(day):
        model = FeeHistoryTableModel()
        model.set_schedules(_schedules(), day)
        return [model.index(r, FeeHistoryTableModel.PERIOD).data() for r in range(3)]

    assert periods(TODAY) == ["2027-01-01 起（尚未生效）", "2024-04-22 至 2026-12-31", "2022-01-30 至 2024-04-21"]
    assert periods(dt.date(2027, 1, 1))[0] == "2027-01-01 起至今"  # in force from its first day
    translators.extend(install_translator(qapp, "en"))
    assert periods(TODAY)[0] == "from 2027-01-01 (not yet in force)"
    assert periods(dt.date(2027, 3, 1))[0] == "from 2027-01-01"


def test_the_fee_history_pdf_says_a_schedule_is_not_yet_in_force():
    from workstation.exports.documents.model import Para

    header = type("Header", (), {"name": "星河托育有限公司", "uscc": "", "filing_no": "", "inclusive": False})()
    document = fee_history_document(header, _schedules(), TODAY)
    texts = [b.text for b in document.blocks if isinstance(b, Para)]
    assert "执行期：2027-01-01 起（尚未生效）" in texts and "执行期：2024-04-22 至 2026-12-31" in texts
