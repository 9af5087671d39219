"""A manager adds a ban on someone on post: the matches come in a message box and the home queue shows
禁入人员在岗 at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from staff_support import add_nursery, resident_id, staff_draft

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor
from workstation.services.staff.service import StaffService
from workstation.ui.staff.home_queue import HomeStaffQueue

MANAGER = Actor("manager", "王科长", "MANAGER")
TODAY = dt.date(2026, 12, 4)


def test_adding_a_ban_shows_the_matches_in_a_message_box_and_the_home_queue(qtbot, district, actor, type_text):
    nursery = add_nursery(district.factory)
    StaffService(district.factory, actor, today=lambda: TODAY).add(nursery, staff_draft("林晓梅", 7))
    window = build_main_window(district, MANAGER)
    qtbot.addWidget(window)
    attach_database(window, district, MANAGER, today=lambda: TODAY)
    queue = window.home_page.findChild(HomeStaffQueue)
    page = window.page("bans")

    page.add_button.click()
    ui = page.dialog.ui
    type_text(ui.nameEdit, "林晓梅")
    ui.idNoEdit.setText(resident_id(7))
    type_text(ui.reasonEdit, "虐待被看护婴幼儿")
    ui.decisionEdit.setText("九卫禁〔2026〕5号")
    type_text(ui.authorityEdit, "九龙坡区卫生健康委员会")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    box = page.result_box
    assert box is not None and box.isVisible()
    assert "九龙坡区小海豚托育中心：保育人员“林晓梅”" in box.text()
    assert queue.list.item(0).text() == "九龙坡区小海豚托育中心：“林晓梅”禁入人员在岗（九卫禁〔2026〕5号），请立即核查处理"
