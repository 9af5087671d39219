"""Issue #18, the tester's walk with --lang en: the findings and refusals the inbox services build, 发现方式,
the home queue's lines and the page's labels are English."""

from __future__ import annotations

import datetime as dt

import pytest
from inbox_support import TODAY, mixed_file

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import FoundBy, ItemClass, OrganLevel
from workstation.i18n.translation import install_translator
from workstation.models.inbox import message_text
from workstation.models.inbox.item_table_model import COLUMNS
from workstation.services.common.context import Actor
from workstation.ui.inbox.home_queues import InboxHomeQueues
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.inbox.unregistered_dialog import UnregisteredDialog
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")


@pytest.fixture
def english(qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    assert translators


def test_service_messages_are_english(english):
    assert message_text("缺少名称。") == "The name is missing."
    assert message_text("与已登记的“金色童年托育中心”（记录号 3，名称、地址相近）相似，请核实是否为同一机构。；缺少名称。") == (
        "Similar to the registered “金色童年托育中心” (record 3, similar name and address); check whether it is "
        "the same nursery.; The name is missing.")
    assert message_text("统一社会信用代码与第4行重复。") == "The unified social credit code repeats row 4."
    assert message_text("一条没有译文的提示") == "一条没有译文的提示"  # shown as stored, never lost


def test_chinese_messages_stay_as_stored():
    text = "与已登记的“甲”（记录号 3，名称相近）、“乙”（记录号 4，地址相近）相似，请核实是否为同一机构。；缺少名称。"
    assert message_text(text) == text


def test_the_inbox_page_and_home_queues_in_english(qtbot, english, district, tmp_path):
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    path, _ = mixed_file(district, tmp_path)
    batch = ctx.inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT).batch
    ctx.unregistered.add("小太阳看护点", "杨家坪正街12号", FoundBy.INSPECTION, dt.date(2026, 11, 30))
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select_batch(batch.id)
    findings = [k for k, _ in COLUMNS].index("findings")
    similar = next(r for r in range(page.item_model.rowCount())
                   if page.item_model.item_at(r).item_class == ItemClass.SIMILAR)
    assert page.item_model.index(similar, findings).data().startswith("Similar to the registered “金色童年托育中心”")
    invalid = next(r for r in range(page.item_model.rowCount())
                   if page.item_model.item_at(r).item_class == ItemClass.INVALID)
    assert page.item_model.index(invalid, findings).data() == "The name is missing."
    page.item_view.selectRow(invalid)
    assert page.comparison.findings.text() == "Problems and warnings: The name is missing."
    differs = next(r for r in range(page.item_model.rowCount())
                   if page.item_model.item_at(r).item_class == ItemClass.DIFFERS)
    page.item_view.selectRow(differs)
    page.merge_current()
    assert page.status_label.text().startswith("Tick at least one field")
    page.error_box.close()

    queues = InboxHomeQueues(lambda: (ctx.inbox.waiting(), ctx.inbox.waiting_batches(5)),
                             lambda: (ctx.unregistered.count_pending(), ctx.unregistered.pending(5)))
    qtbot.addWidget(queues)
    queues.refresh()
    assert queues.tree.topLevelItem(0).child(0).text(0) == (
        "2026-12-04 District Market regulation, 推送.csv: waiting 6")
    assert queues.tree.topLevelItem(1).child(0).text(0).split(" · ")[1] == ui_found_by()
    dialog = UnregisteredDialog(ctx.unregistered, lambda: TODAY, True, None)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == ui_found_by()
    assert dialog.banned_button.text() == "Mark &closed down"


def ui_found_by() -> str:
    return FoundBy.INSPECTION.en


def test_resent_rows_explain_themselves_in_english(english):
    assert message_text("与批次1第2行内容相同（已驳回）") == "Same as batch 1, row 2 (Rejected)"
    assert message_text("已在批次1第2行推送过相同内容，请在该行处理。") == (
        "The same content was pushed in batch 1, row 2; decide it there.")


def test_the_merge_note_and_the_registered_remark_are_english(english):
    note = message_text("采用推送的法定代表人（负责人）、住所")
    assert note.startswith("Pushed values taken: ") and "、" not in note and "住所" not in note
    remark = message_text("已登记为“小星星托育中心”（91500107MA0000001X，记录号 7）\n电话核实")
    assert remark == "Registered as “小星星托育中心” (91500107MA0000001X, record 7)\n电话核实"


def test_intake_warnings_stored_with_a_pushed_row_are_english(english):
    from workstation.domain.enums import LegalNature
    from workstation.domain.texts import text
    from workstation.domain.validators import uscc_area_warning, uscc_nature_warning
    from workstation.services.imports.rows import _NO_STREET

    elsewhere = str(uscc_area_warning("91110105MA01ABCD5X", "500107")) + _NO_STREET  # as rows.py stores it
    assert message_text(elsewhere) == (
        "USCC characters 3–8 “110105” show a registering authority outside this district's (500107) prefecture: "
        "check that the nursery is in this district. Imported rows are not placed in a street by their address.")
    nature = str(uscc_nature_warning("52500107MA01ABCD5X", LegalNature.FOR_PROFIT))
    assert "“For-profit enterprise”" in message_text(nature) and "统一" not in message_text(nature)
    lease = str(text("租赁场所的剩余租期不足{years}年（{tail}）。", years=2,
                     tail=text("剩余约 {years} 年 {months} 个月", years=1, months=3)))
    assert message_text(lease) == "Less than 2 years remain on the lease (about 1 years 3 months left)."
    joined = "与已登记的“甲”（记录号 3，名称相近）相似，请核实是否为同一机构。；" + str(text("未填写登记的业务（经营）范围。"))
    assert "；" not in message_text(joined) and "范围" not in message_text(joined)


def test_every_intake_warning_template_is_known_to_the_inbox():
    import re
    from pathlib import Path

    import workstation.domain.intake_checks as checks
    from workstation.models.inbox.warning_texts import TEMPLATES

    source = Path(checks.__file__).read_text(encoding="utf-8")
    used = re.findall(r'QT_TRANSLATE_NOOP\(\s*"DomainText",\s*"([^"]+)"\)', source)
    assert used and set(used) <= set(TEMPLATES)  # a new warning must be listed to show in English
