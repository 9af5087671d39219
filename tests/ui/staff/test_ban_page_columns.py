"""禁入名单: the 状态 column shows its text whole beside a long reason (walk: the English Status was cut):
the reason is the column that takes what is left."""

from __future__ import annotations

import datetime as dt

from staff_support import resident_id

from workstation.domain.staff import BanDraft
from workstation.i18n.translation import install_translator
from workstation.models.staff import BanTableModel
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.ui.staff.ban_page import BanPage

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "王科长", "MANAGER")


def test_the_state_is_whole_beside_a_long_reason(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    service = BanService(district.factory, MANAGER, today=lambda: TODAY)
    service.add(BanDraft(resident_id(9), "钱某某", "虐待被看护婴幼儿，情节严重，造成婴幼儿身心受到伤害" * 3,
                         "九卫禁〔2026〕3号", dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))
    page = BanPage(service, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    table, header = page.table, page.table.horizontalHeader()
    state = table.sizeHintForColumn(BanTableModel.STATE)
    assert header.sectionSize(BanTableModel.STATE) >= state
    assert header.sectionViewportPosition(BanTableModel.STATE) + state <= table.viewport().width()
