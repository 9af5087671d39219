"""The 收费公示 page driven through its widgets: a schedule typed in, the notice printed, flags shown."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QTableView

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    PublicityChannel,
    ScheduleDraft,
)
from workstation.models.fees.fee_overview_table_model import FeeOverviewTableModel as Columns
from workstation.services.common.context import Actor
from workstation.services.fees.rules import FeeRuleService
from workstation.services.fees.service import FeeService
from workstation.ui.common import file_dialogs
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 11, 23)
LEFT = Qt.MouseButton.LeftButton
USCC = "52500107MJP000001X"


def add_nursery(factory, name: str, nature: LegalNature, inclusive: bool) -> int:
    with factory.begin() as session:
        row = Nursery(name=name, legal_nature=nature, kind=InstitutionKind.STANDALONE, inclusive=inclusive,
                      status=InstitutionStatus.OPERATING, uscc=USCC if inclusive else None,
                      filing_no="500107-2026-0042" if inclusive else "")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def services(district, tmp_path):
    admin = Actor("admin", "管理员", role="ADMIN")
    rules = FeeRuleService(district.factory, admin, today=lambda: TODAY)
    rules.save(FeeRules(dt.date(2026, 1, 1), (FeeCap(ServiceType.FULL_DAY, FeeUnit.MONTH, 200000),)))
    clerk = Actor("clerk", "登记员", role="CLERK")
    fees = FeeService(district.factory, clerk, Attachments(district.factory), today=lambda: TODAY)
    ids = {"普惠": add_nursery(district.factory, "阳光普惠托育园", LegalNature.SOCIAL_SERVICE, True),
           "市场": add_nursery(district.factory, "星河托育有限公司", LegalNature.FOR_PROFIT, False)}
    return fees, FeeRuleService(district.factory, clerk, today=lambda: TODAY), ids


@pytest.fixture
def page(qtbot, services) -> FeesPage:
    fees, rules, _ids = services
    widget = FeesPage(fees, rule_service=rules, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, view: QTableView, name: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def cell(page: FeesPage, name: str, column: int) -> str:
    model = page.ui.overviewView.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, column).data()


def enter_item(qtbot, type_text, dialog, amount: str, covers: str = "") -> None:
    ui = dialog.ui
    qtbot.mouseClick(ui.amountEdit, LEFT)
    ui.amountEdit.selectAll()
    type_text(ui.amountEdit, amount)
    if covers:
        type_text(ui.coversEdit, covers)
        qtbot.keyClick(ui.coversEdit, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(ui.amountEdit, Qt.Key.Key_Return)


def press(qtbot, widget, key: Qt.Key) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def set_as_of(qtbot, page: FeesPage, day: str) -> None:
    """Type a 查看日期 as a clerk does: digits from the year on (the edit steps through its sections)."""
    page.ui.asOfEdit.setFocus()
    page.ui.asOfEdit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(page.ui.asOfEdit, day.replace("-", ""))
    qtbot.keyClick(page.ui.asOfEdit, Qt.Key.Key_Return)  # a typed date counts once it is entered
    assert page.as_of().isoformat() == day


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_schedule_for_two_service_types_typed_in_and_printed(qtbot, page, services, type_text, tmp_path,
                                                             monkeypatch):
    fees, _rules, ids = services
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    qtbot.mouseClick(page.ui.addScheduleButton, LEFT)
    dialog = page.schedule_dialog
    ui = dialog.ui
    qtbot.waitExposed(dialog)
    ui.effectiveDateEdit.setFocus()
    ui.effectiveDateEdit.selectAll()
    qtbot.keyClicks(ui.effectiveDateEdit, "2026-12-01")
    qtbot.keyClick(ui.effectiveDateEdit, Qt.Key.Key_Tab)
    assert ui.effectiveDateEdit.date().toPython() == dt.date(2026, 12, 1)
    enter_item(qtbot, type_text, dialog, "1980.5", "含保育、早期发展活动")  # 全日托 保育费 (the defaults)
    press(qtbot, ui.kindCombo, Qt.Key.Key_Down)  # 伙食费
    assert ui.nameEdit.text() == "伙食费"
    enter_item(qtbot, type_text, dialog, "650")
    press(qtbot, ui.serviceCombo, Qt.Key.Key_Down)  # 半日托
    press(qtbot, ui.kindCombo, Qt.Key.Key_Up)  # 保育费
    enter_item(qtbot, type_text, dialog, "1,200.00")
    assert [(i.service_type, i.name, i.amount_fen) for i in dialog.model.items()] == [
        (ServiceType.FULL_DAY, "保育费", 198050), (ServiceType.FULL_DAY, "伙食费", 65000),
        (ServiceType.HALF_DAY, "保育费", 120000)]
    assert dialog.isVisible()  # Enter added items; it never saved or closed the dialog
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    [saved] = fees.history(ids["普惠"])
    assert (saved.period.start, str(saved.items[0].amount)) == (dt.date(2026, 12, 1), "1980.50")
    fees.record_publicity(saved.id, PublicityChannel.NOTICE_BOARD, TODAY)

    out = tmp_path / "公示表.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(out), ""))
    set_as_of(qtbot, page, "2026-12-01")  # the notice of what is in force from then
    qtbot.mouseClick(page.ui.noticeButton, LEFT)
    text = pdf_text(out)
    for expected in ("收费公示表", "阳光普惠托育园", USCC, "500107-2026-0042", "自 2026年12月1日 起执行",
                     "1,980.50", "650.00", "1,200.00", "元/月", "全日托", "半日托", "含保育、早期发展活动",
                     "12345", "12315"):
        assert expected in text, expected
    assert page.ui.statusLabel.text() == "已保存：公示表.pdf"


@pytest.fixture
def two_schedules(services):
    """阳光普惠托育园: 1,800 from 2025 (never publicised), 2,300 from 2026 (over the 2,000 cap, publicised
    2026-01-05); both carry the clerk's internal 备注."""
    fees, _rules, ids = services

    def care(yuan: int) -> tuple[FeeItem, ...]:
        return (FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", yuan * 100, FeeUnit.MONTH),)
    fees.add_schedule(ids["普惠"], ScheduleDraft(dt.date(2025, 1, 1), care(1800), "内部：园方口头报价未核实"))
    current = fees.add_schedule(ids["普惠"], ScheduleDraft(dt.date(2026, 1, 1), care(2300), "内部：待价格主管部门核价"))
    fees.record_publicity(current.id, PublicityChannel.NOTICE_BOARD, dt.date(2026, 1, 5), "公示栏左侧")
    return fees


def test_the_notice_prints_what_was_publicised_not_the_selected_row(qtbot, page, two_schedules, tmp_path):
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    history = page.ui.historyView
    rect = history.visualRect(history.model().index(1, 0))  # the old 2025 schedule, selected by hand
    qtbot.mouseClick(history.viewport(), LEFT, pos=rect.center())
    assert page.selected_schedule().period.start == dt.date(2025, 1, 1)
    text = pdf_text(page.write_notice(tmp_path / "notice.pdf")).replace(" ", "")
    assert "2,300.00" in text and "1,800.00" not in text and "自2026年1月1日起执行" in text
    assert "公示日期：2026年1月5日" in text and "2026年11月23日" not in text  # the publicity's date, not today's
    assert "执行收费指导价" not in text and "高于收费指导价上限2,000.00元/月" in text.replace("\n", "")
    assert "内部" not in text and "公示栏左侧" not in text


def test_a_date_when_nothing_was_publicised_is_refused_with_the_reason(qtbot, page, two_schedules, tmp_path):
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    set_as_of(qtbot, page, "2025-06-01")
    assert page.selected_schedule().period.start == dt.date(2025, 1, 1)
    shown = []
    page.show_error = lambda title, text: shown.append((title, text))
    assert page.write_notice(tmp_path / "notice.pdf") is None
    assert shown == [("无法生成收费公示表", "阳光普惠托育园在 2025-06-01 执行的收费标准（2025-01-01 至 2025-12-31）"
                                      "当日尚未公示，不能生成收费公示表。请先登记公示。")]
    assert not (tmp_path / "notice.pdf").exists()
    set_as_of(qtbot, page, "2024-06-01")
    qtbot.mouseClick(page.ui.noticeButton, LEFT)  # the button asks the same question first
    assert "2024-06-01 没有执行中的收费标准" in shown[-1][1] and len(shown) == 2


def test_typing_errors_are_shown_at_the_amount_and_nothing_is_added(qtbot, page, type_text):
    click_row(qtbot, page.ui.overviewView, "星河托育有限公司")
    dialog = page.open_schedule_dialog()
    for amount, message in (("12.345", "两位小数"), ("-5", "负数"), ("十元", "不是有效的数字")):
        enter_item(qtbot, type_text, dialog, amount)
        assert message in dialog.ui.errorLabel.text()
        assert dialog.model.rowCount() == 0
        assert dialog.focusWidget() is dialog.ui.amountEdit


def test_overlapping_start_is_refused_in_the_dialog(qtbot, page, services):
    fees, _rules, ids = services
    item = FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 300000, FeeUnit.MONTH)
    fees.add_schedule(ids["市场"], ScheduleDraft(dt.date(2026, 1, 1), (item,)))
    fees.add_schedule(ids["市场"], ScheduleDraft(dt.date(2026, 6, 1), (item,)))
    page.refresh()
    click_row(qtbot, page.ui.overviewView, "星河托育有限公司")
    dialog = page.open_schedule_dialog()
    assert dialog.model.rowCount() == 1  # starts from the schedule in force
    assert dialog.ui.effectiveDateEdit.date().toPython() == TODAY
    dialog.ui.effectiveDateEdit.setDate(dt.date(2026, 3, 1))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible()
    assert "落在已结束的收费标准执行期（2026-01-01 至 2026-05-31）内" in dialog.ui.errorLabel.text()
    assert len(fees.history(ids["市场"])) == 2


def test_over_cap_is_previewed_saved_anyway_and_marked_in_the_list(qtbot, page, type_text):
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    dialog = page.open_schedule_dialog()
    enter_item(qtbot, type_text, dialog, "2300")
    assert "超过指导价上限 2,000.00元/月 300.00 元" in dialog.ui.findingsLabel.text()
    assert dialog.save()
    assert cell(page, "阳光普惠托育园", Columns.OVER_CAP) == "超 300.00 元"
    assert cell(page, "阳光普惠托育园", Columns.PUBLICISED) == "未公示"
    assert cell(page, "阳光普惠托育园", Columns.FULL_DAY) == "2,300.00元/月"
    assert "超过指导价上限" in page.ui.findingsLabel.text()
    page.ui.overCapCheck.setChecked(True)
    assert page.ui.overviewView.model().rowCount() == 1


def test_publicity_with_evidence_clears_the_flag(qtbot, page, services, tmp_path, monkeypatch, type_text):
    fees, _rules, ids = services
    fees.add_schedule(ids["市场"], ScheduleDraft(dt.date(2026, 1, 1), (
        FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 450000, FeeUnit.MONTH),)))
    page.refresh()
    click_row(qtbot, page.ui.overviewView, "星河托育有限公司")
    assert cell(page, "星河托育有限公司", Columns.PUBLICISED) == "未公示"
    assert cell(page, "星河托育有限公司", Columns.OVER_CAP) == ""  # for-profit: no cap check
    photo = tmp_path / "公示栏.jpg"
    photo.write_bytes(b"jpeg bytes")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(photo), ""))
    qtbot.mouseClick(page.ui.publicityButton, LEFT)
    dialog = page.publicity_dialog
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    type_text(dialog.ui.noteEdit, "大门左侧公示栏")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    assert cell(page, "星河托育有限公司", Columns.PUBLICISED) == "已公示"
    assert page.ui.evidenceButton.isEnabled()
    opened = []
    monkeypatch.setattr("workstation.ui.fees.fees_page.QDesktopServices.openUrl", opened.append)
    qtbot.mouseClick(page.ui.evidenceButton, LEFT)
    assert Path(opened[0].toLocalFile()).read_bytes() == b"jpeg bytes"
    history_pdf = page.write_history(tmp_path / "history.pdf")
    assert "通过园内公示栏公示（凭证：公示栏.jpg）" in pdf_text(history_pdf).replace("\n", "")


def test_fee_columns_sort_by_amount_not_text(qtbot, page, services):
    fees, _rules, ids = services
    for key, fen in (("普惠", 90000), ("市场", 1200000)):
        fees.add_schedule(ids[key], ScheduleDraft(dt.date(2026, 1, 1), (
            FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", fen, FeeUnit.MONTH),)))
    page.refresh()
    view = page.ui.overviewView
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=header.rect().topLeft() + _section_centre(header, Columns.FULL_DAY))
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names == (["星河托育有限公司", "阳光普惠托育园"] if descending else ["阳光普惠托育园", "星河托育有限公司"])


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_buttons_follow_the_role(qtbot, district, services):
    _fees, _rules, ids = services
    inspector = Actor("i", role="INSPECTOR")
    page = FeesPage(FeeService(district.factory, inspector, today=lambda: TODAY),
                    rule_service=FeeRuleService(district.factory, inspector), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_nursery(ids["普惠"])
    assert not page.ui.addScheduleButton.isEnabled()
    assert page.ui.rulesButton.isHidden()
    assert page.ui.historyButton.isEnabled()  # reading and printing stay open to every role


def test_administrator_sets_a_new_cap_and_the_list_follows(qtbot, district, services):
    fees, _rules, ids = services
    fees.add_schedule(ids["普惠"], ScheduleDraft(dt.date(2026, 1, 1), (
        FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 190000, FeeUnit.MONTH),)))
    admin = Actor("admin", role="ADMIN")
    page = FeesPage(fees, rule_service=FeeRuleService(district.factory, admin, today=lambda: TODAY),
                    today=lambda: TODAY)
    qtbot.addWidget(page)
    assert not page.ui.rulesButton.isHidden()
    assert cell(page, "阳光普惠托育园", Columns.OVER_CAP) == ""
    dialog = page.open_rules_dialog()
    assert dialog.ui.fullDayCapEdit.text() == "2000.00"
    dialog.ui.fullDayCapEdit.setText("1800")
    assert dialog.save()
    assert cell(page, "阳光普惠托育园", Columns.OVER_CAP) == "超 100.00 元"


def test_a_manager_cannot_open_the_fee_editor_by_double_click(qtbot, district, services, tmp_path):
    _fees, _rules, _ids = services
    manager = Actor("manager", "李科长", role="MANAGER")
    widget = FeesPage(FeeService(district.factory, manager, Attachments(district.factory), today=lambda: TODAY),
                      today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.ui.overviewView
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "阳光普惠托育园")
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    assert widget.nursery_id is not None  # the nursery is shown …
    assert widget.schedule_dialog is None  # … but its fees are not editable for this role
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert widget.schedule_dialog is None and not widget.ui.addScheduleButton.isEnabled()
