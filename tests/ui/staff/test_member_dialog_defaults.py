"""The staff dialog's new certificate defaults to the usual one of the chosen role."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery

from workstation.domain.staff import StaffRole
from workstation.services.staff.service import StaffService
from workstation.ui.common.form_widgets import select_member
from workstation.ui.staff.member_dialog import StaffMemberDialog

TODAY = dt.date(2026, 12, 4)


def test_the_certificate_kind_follows_the_role(qtbot, district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    dialog = StaffMemberDialog(staff, add_nursery(district.factory), TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.kindCombo.currentText() == "保育师证"
    select_member(ui.roleCombo, StaffRole.SECURITY)
    assert ui.kindCombo.currentText() == "保安员证"
    select_member(ui.roleCombo, StaffRole.DIRECTOR)
    assert ui.kindCombo.currentText() == "负责人岗位培训合格证"
