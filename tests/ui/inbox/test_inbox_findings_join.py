"""The tester's walk of the merged inbox: a row's findings read as sentences one after another, never
with a doubled mark ("…同一机构。；未填写…")."""

from __future__ import annotations

from inbox_support import TODAY, add_nursery, row, write_csv

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
from workstation.models.inbox.item_table_model import COLUMNS
from workstation.services.common.context import Actor
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")


def test_a_similar_row_with_a_warning_shows_its_findings_without_a_doubled_mark(qtbot, district, tmp_path):
    add_nursery(district, 30, name="金色童年托育中心", address="重庆市九龙坡区谢家湾街道华润路88号", code=None)
    path = write_csv(tmp_path / "推送.csv", [row(31, 名称="金色童年托育中心", 住所="重庆市九龙坡区谢家湾街道华润路88号",
                                                 经营范围="")])
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    batch = ctx.inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT).batch
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select_batch(batch.id)
    assert page.item_model.item_at(0).item_class == ItemClass.SIMILAR
    shown = page.item_model.index(0, [k for k, _ in COLUMNS].index("findings")).data()
    assert "请核实是否为同一机构。" in shown and "经营）范围" in shown
    assert "。；" not in shown, shown


def test_the_joined_sentences_read_in_english(qapp, translators):
    from workstation.domain.texts import text
    from workstation.i18n.translation import install_translator
    from workstation.models.inbox import message_text

    translators.extend(install_translator(qapp, "en"))
    joined = "与已登记的“甲”（记录号 3，名称相近）相似，请核实是否为同一机构。" + str(text("未填写登记的业务（经营）范围。"))
    shown = message_text(joined)
    assert shown.startswith("Similar to the registered “甲”") and "范围" not in shown and "；" not in shown
