"""Issue 17: the nursery record shows the legal representative's ID masked to every role; 显示完整号码,
only for a role that may see personal data, shows it in full and leaves an audit row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.services.common.context import Actor
from workstation.services.registry import IntakeService, TimelineService
from workstation.ui.registry import NurseryRecordDialog

ID_NO = "500107199003071234"
CLERK = Actor("clerk", "李登记", "CLERK")
MANAGER = Actor("manager", "王科长", "MANAGER")


@pytest.fixture
def nursery_id(district) -> int:
    draft = NurseryDraft(name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT,
                         kind=InstitutionKind.STANDALONE, street_code="500107001", address="杨家坪正街8号",
                         legal_rep_name="钱某某", legal_rep_id_no=ID_NO, places_total=40,
                         classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return IntakeService(district.factory, CLERK, today=lambda: dt.date(2026, 12, 4)).create(
        dataclasses.replace(draft)).id


def open_record(qtbot, district, who: Actor, nursery_id: int) -> NurseryRecordDialog:
    dialog = NurseryRecordDialog(IntakeService(district.factory, who), TimelineService(district.factory, who),
                                 nursery_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def reveals(district) -> list[AuditEntry]:
    with district.factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "view_personal_data")))


def test_the_manager_sees_the_id_masked_until_revealing_it_which_is_audited(qtbot, district, nursery_id):
    dialog = open_record(qtbot, district, MANAGER, nursery_id)
    assert dialog.idValue.text() == "500107********1234"
    assert dialog.revealButton.isVisible() and reveals(district) == []
    qtbot.mouseClick(dialog.revealButton, Qt.MouseButton.LeftButton)
    assert dialog.idValue.text() == ID_NO
    [row] = reveals(district)
    assert (row.actor, row.entity_id, json.loads(row.details)["whose"]) == ("manager", str(nursery_id), "钱某某")


def test_a_clerk_has_no_reveal_and_reads_the_masked_form(qtbot, district, nursery_id):
    dialog = open_record(qtbot, district, CLERK, nursery_id)
    assert dialog.idValue.text() == "500107********1234"
    assert not dialog.revealButton.isVisible()
