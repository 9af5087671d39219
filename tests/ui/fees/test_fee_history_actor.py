"""The tester's walk of the merged 收费公示: the fee history's 登记人 of a schedule recorded from the command
line reads as everywhere else (命令行（操作系统用户 root）), not as the stored actor "os:root"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import update

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeSchedule
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, ScheduleDraft
from workstation.models.fees.fee_history_table_model import FeeHistoryTableModel
from workstation.services.common.context import Actor
from workstation.services.fees.service import FeeService
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 12, 5)


def test_a_schedule_recorded_from_the_command_line_shows_who_in_words(qtbot, district):
    with district.factory.begin() as session:
        nursery = Nursery(name="星河托育有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                          status=InstitutionStatus.OPERATING)
        session.add(nursery)
        session.flush()
        nursery_id = nursery.id
    fees = FeeService(district.factory, Actor("clerk", "登记员", role="CLERK"), Attachments(district.factory),
                      today=lambda: TODAY)
    item = FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 180000, FeeUnit.MONTH)
    fees.add_schedule(nursery_id, ScheduleDraft(dt.date(2026, 12, 1), (item,), ""))
    with district.factory.begin() as session:  # as `workstation fees import` run by root stores it
        session.execute(update(FeeSchedule).values(created_by="os:root"))
    page = FeesPage(fees, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    view = page.ui.overviewView
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "星河托育有限公司")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 0)).center())
    history = page.ui.historyView.model()
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    assert history.index(0, FeeHistoryTableModel.RECORDED_BY).data() == "命令行（操作系统用户 root）"
