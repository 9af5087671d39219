"""In English the staff area's service-built texts are English too: roster findings, the refusal of a
banned ID, the home queue's lines, and the filing queues' titles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from staff_support import add_nursery, resident_id, staff_draft

from workstation.domain.staff import BanDraft, CredentialDraft, CredentialKind
from workstation.i18n.translation import install_translator
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.services.staff.queue import StaffQueue
from workstation.services.staff.service import StaffService
from workstation.ui.staff.home_queue import HomeStaffQueue
from workstation.ui.staff.member_dialog import StaffMemberDialog
from workstation.ui.staff.staff_tab import StaffTab

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "王科长", "MANAGER")


def test_findings_refusal_and_queue_lines_are_english(qtbot, qapp, translators, district, actor):
    translators.extend(install_translator(qapp, "en"))
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    nursery = add_nursery(district.factory)
    member = staff.add(nursery, staff_draft("张保育", 1)).member.id
    staff.add_credential(member, CredentialDraft(CredentialKind.CAREGIVER, "BYS-1", "九龙坡区人社局",
                                                 dt.date(2024, 1, 2), dt.date(2026, 12, 20)))
    BanService(district.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        resident_id(9), "钱某某", "虐待被看护婴幼儿", "九卫禁〔2026〕3号", dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))

    tab = StaffTab(staff, nursery, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.refresh()
    findings = tab.findings_label.text()
    assert "Caregiver “张保育” has no passed health check and should not be on post." in findings
    assert "Caregiver “张保育” has no criminal-record check result." in findings

    queue = HomeStaffQueue(StaffQueue(district.factory, actor, today=lambda: TODAY), lambda: TODAY)
    qtbot.addWidget(queue)
    queue.refresh()
    assert queue.list.item(0).text() == "九龙坡区小海豚托育中心: 张保育 — Childcare worker certificate: Expiring (2026-12-20)"

    dialog = StaffMemberDialog(staff, nursery, TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("钱某某")
    dialog.ui.idNoEdit.setText(resident_id(9))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == (
        "The Caregiver ID number entered is on the ban list (listed as “钱某某”, decision 九卫禁〔2026〕3号 of "
        "九龙坡区卫生健康委员会, 2026-10-09, lifetime ban); it cannot be recorded.")


def test_filing_queue_titles_are_english(qtbot, qapp, translators):
    from workstation.ui.filing.queues import queue_title

    translators.extend(install_translator(qapp, "en"))
    assert queue_title("overdue", "已逾期") == "Overdue"
    assert queue_title("due_next", "下一工作日（2026-12-07）到期") == "Due next working day (2026-12-07)"
    assert queue_title("not_filed", "登记超过30天未备案") == "Registered over 30 days, not filed"
    assert queue_title("not_filed", "登记超过1天未备案") == "Registered over 1 day, not filed"  # the rule set to 1
