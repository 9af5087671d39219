"""The intake dialog, driven through its widgets: routing label, live checks, overrides, duplicates, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QSpinBox
from sqlalchemy import update

from workstation.db.orm import Nursery
from workstation.domain.enums import (
    ClassType,
    DemonstrationLevel,
    InstitutionKind,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
    ServiceType,
)
from workstation.domain.nursery import ClassDraft, NurseryDraft, Override
from workstation.models.registry.class_table_model import ClassTableModel
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService
from workstation.services.registry.intake import IntakeService
from workstation.services.registry.routing import RoutingService
from workstation.ui.registry import IntakeDialog

USCC_FOR_PROFIT = "91500107MA01ABCD53"
USCC_OTHER = "91500107MA5U7JXQ0W"
LEFT = Qt.MouseButton.LeftButton


class Boxes:
    """Stands in for QMessageBox's static functions: records each call and answers `answer`."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._fake(kind))

    def _fake(self, kind: str):
        def show(_parent, _title, text, *_args, **_kwargs):
            self.calls.append((kind, text))
            return self.answer
        return staticmethod(show)

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    boxes = Boxes()
    boxes.patch(monkeypatch)
    return boxes


@pytest.fixture
def intake(district, actor) -> IntakeService:
    return IntakeService(district.factory, actor)


@pytest.fixture
def open_dialog(qtbot, intake, district, actor):
    settings = DistrictService(district.factory, actor).get()

    def open_(nursery_id: int | None = None) -> IntakeDialog:
        dialog = IntakeDialog(intake, settings, nursery_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return open_


@pytest.fixture
def dialog(open_dialog) -> IntakeDialog:
    return open_dialog()


def existing_draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc=USCC_FOR_PROFIT, registered_at=dt.date(2025, 3, 1), street_code="500107001",
        address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=40,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),),
    )
    return dataclasses.replace(base, **changes)


# --- driving the widgets -------------------------------------------------------------------------
def choose(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value.value if hasattr(value, "value") else value))


def retype(qtbot, type_text, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def set_count(qtbot, spin: QSpinBox, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def edit_cell(qtbot, type_text, dialog: IntakeDialog, row: int, column: int, value) -> None:
    """Open the cell's editor with F2, as a clerk would, enter the value and press Enter."""
    view = dialog.ui.classesView
    dialog.ui.tabs.setCurrentWidget(dialog.ui.classesTab)
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    if isinstance(editor, QComboBox):
        choose(editor, value)
    elif isinstance(editor, QSpinBox):
        set_count(qtbot, editor, value)
    else:
        assert isinstance(editor, QLineEdit), "no cell editor opened"
        type_text(editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def add_class(qtbot, type_text, dialog: IntakeDialog, klass: ClassDraft) -> None:
    qtbot.mouseClick(dialog.ui.addClassButton, LEFT)
    row = dialog.classes.model.rowCount() - 1
    edit_cell(qtbot, type_text, dialog, row, ClassTableModel.NAME, klass.name)
    edit_cell(qtbot, type_text, dialog, row, ClassTableModel.CLASS_TYPE, klass.class_type)
    edit_cell(qtbot, type_text, dialog, row, ClassTableModel.CAPACITY, klass.capacity)
    edit_cell(qtbot, type_text, dialog, row, ClassTableModel.ENROLLED, klass.enrolled)
    edit_cell(qtbot, type_text, dialog, row, ClassTableModel.CAREGIVERS, klass.caregivers)
    assert dialog.classes.classes()[row] == klass


def fill_minimal(type_text, dialog: IntakeDialog, name: str = "彩虹桥托育园",
                 nature: LegalNature = LegalNature.FOR_PROFIT) -> None:
    type_text(dialog.ui.nameEdit, name)
    choose(dialog.ui.legalNatureCombo, nature)
    type_text(dialog.ui.addressEdit, "谢家湾正街1号")


def wait_for_message(qtbot, dialog: IntakeDialog, text: str) -> str:
    qtbot.waitUntil(lambda: any(text in m for m in dialog.panel.messages()))
    return next(m for m in dialog.panel.messages() if text in m)


def wait_clean(qtbot, dialog: IntakeDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.check_timer.isActive() and dialog.ui.saveButton.isEnabled())


def click_save(qtbot, dialog: IntakeDialog) -> None:
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)


# --- routing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("nature, organ, certificate", [
    (LegalNature.PUBLIC_INSTITUTION, "机构编制部门", "事业单位法人证书"),
    (LegalNature.SOCIAL_SERVICE, "民政部门", "民办非企业单位登记证书"),
    (LegalNature.FOR_PROFIT, "市场监督管理部门", "营业执照"),
])
def test_routing_label_follows_legal_nature(dialog, nature, organ, certificate):
    assert "选择机构性质" in dialog.ui.routeLabel.text()
    choose(dialog.ui.legalNatureCombo, nature)
    assert f"登记机关：{organ}" in dialog.ui.routeLabel.text()
    assert f"应持证照：{certificate}" in dialog.ui.routeLabel.text()
    assert organ in dialog.ui.organCombo.currentText()


def test_routing_label_shows_approval_bureau_when_configured(district, actor, open_dialog):
    RoutingService(district.factory, actor).set_route(LegalNature.FOR_PROFIT, RegistrationOrganKind.ADMIN_APPROVAL)
    dialog = open_dialog()
    choose(dialog.ui.legalNatureCombo, LegalNature.FOR_PROFIT)
    assert "登记机关：行政审批局" in dialog.ui.routeLabel.text()
    assert dialog.ui.organCombo.currentData() == RegistrationOrganKind.ADMIN_APPROVAL.value


def test_routing_label_follows_the_organ_the_clerk_chooses(qtbot, district, actor, open_dialog):
    RoutingService(district.factory, actor).set_route(LegalNature.FOR_PROFIT, RegistrationOrganKind.ADMIN_APPROVAL)
    dialog = open_dialog()
    choose(dialog.ui.legalNatureCombo, LegalNature.FOR_PROFIT)
    combo = dialog.ui.organCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # 市场监督管理部门, listed before 行政审批局: chosen by keyboard
    assert combo.currentData() == RegistrationOrganKind.MARKET_REGULATION.value
    label = dialog.ui.routeLabel.text()
    assert label.startswith("登记机关：市场监督管理部门（本辖区此类机构通常由行政审批局登记）"), label


def offered_organs(dialog: IntakeDialog) -> list[str | None]:
    combo = dialog.ui.organCombo
    return [combo.itemData(i) for i in range(combo.count())]


def test_organ_dropdown_offers_only_the_organs_lawful_for_the_nature(dialog):
    choose(dialog.ui.legalNatureCombo, LegalNature.PUBLIC_INSTITUTION)
    assert offered_organs(dialog) == [None, RegistrationOrganKind.STAFFING_OFFICE.value]
    assert dialog.ui.organCombo.findData(RegistrationOrganKind.MARKET_REGULATION.value) < 0
    choose(dialog.ui.legalNatureCombo, LegalNature.FOR_PROFIT)
    assert offered_organs(dialog) == [None, RegistrationOrganKind.MARKET_REGULATION.value,
                                      RegistrationOrganKind.ADMIN_APPROVAL.value]
    assert dialog.ui.organCombo.currentData() == RegistrationOrganKind.MARKET_REGULATION.value
    choose(dialog.ui.legalNatureCombo, LegalNature.OTHER)  # nothing to check against: every organ
    assert offered_organs(dialog) == [None] + [o.value for o in RegistrationOrganKind]


def test_an_old_record_keeps_its_unlawful_organ_visible_and_marked(qtbot, district, intake, open_dialog):
    record = intake.create(existing_draft())
    with district.factory.begin() as session:  # saved before the rule was enforced
        session.execute(update(Nursery).where(Nursery.id == record.id)
                        .values(registration_organ_kind=RegistrationOrganKind.CIVIL_AFFAIRS))
    dialog = open_dialog(record.id)
    combo = dialog.ui.organCombo
    assert combo.currentData() == RegistrationOrganKind.CIVIL_AFFAIRS.value
    assert combo.currentText() == "民政部门（不能登记该性质的机构）"
    assert not dialog.is_dirty()
    assert dialog.draft().registration_organ_kind == RegistrationOrganKind.CIVIL_AFFAIRS
    wait_for_message(qtbot, dialog, "民政部门不办理")  # the R-ORGAN error stays


# --- live checks at the field --------------------------------------------------------------------
def test_checks_are_debounced_and_run_after_the_pause(qtbot, type_text, dialog):
    assert dialog.check_timer.isSingleShot() and dialog.check_timer.interval() == 200
    type_text(dialog.ui.usccEdit, "91110105MA01ABCD5A")
    assert dialog.check_timer.isActive()  # not checked on every key: waits for the pause
    wait_for_message(qtbot, dialog, "校验位")


def test_bad_uscc_checksum_names_expected_character_at_the_field(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    type_text(dialog.ui.usccEdit, "91110105MA01ABCD5A")
    message = wait_for_message(qtbot, dialog, "校验位")
    assert "“F”" in message
    assert dialog.ui.usccEdit.property("finding") == "error"
    assert message in dialog.ui.usccEdit.toolTip()
    assert dialog.marks.hint_text("uscc") == message
    assert not dialog.ui.saveButton.isEnabled()
    retype(qtbot, type_text, dialog.ui.usccEdit, USCC_OTHER)
    wait_clean(qtbot, dialog)
    assert dialog.ui.usccEdit.property("finding") == ""


def test_uscc_prefix_mismatch_needs_a_reason_then_saves_the_override(qtbot, type_text, dialog, intake):
    fill_minimal(type_text, dialog, nature=LegalNature.PUBLIC_INSTITUTION)
    type_text(dialog.ui.usccEdit, USCC_OTHER)  # 91… is a for-profit code
    wait_for_message(qtbot, dialog, "前两位为“91”")
    assert dialog.ui.usccEdit.property("finding") == "warning"
    assert not dialog.ui.saveButton.isEnabled()
    assert "须填写保存理由" in dialog.panel.summary()
    type_text(dialog.panel.reason_edit("R-USCC-NATURE"), "证照正在换发")
    assert dialog.ui.saveButton.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    record = intake.get(saved.args[0])
    assert record.overrides == (Override("R-USCC-NATURE", "证照正在换发"),)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_business_scope_without_childcare_warns(qtbot, type_text, dialog):
    dialog.ui.tabs.setCurrentWidget(dialog.ui.registrationTab)
    type_text(dialog.ui.businessScopeEdit, "餐饮服务、日用百货销售")
    message = wait_for_message(qtbot, dialog, "未提及“托育”")
    assert dialog.ui.businessScopeEdit.property("finding") == "warning"
    assert dialog.panel.reason_edit("R-SCOPE") is not None
    assert message in dialog.ui.businessScopeEdit.toolTip()


def test_class_too_large_is_an_error_and_disables_save(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    set_count(qtbot, dialog.ui.placesTotalSpin, 40)
    add_class(qtbot, type_text, dialog, ClassDraft(ClassType.INFANT, "乳儿一班", 12, 12, 4))
    wait_for_message(qtbot, dialog, "乳儿班每班不超过10人")
    assert not dialog.ui.saveButton.isEnabled()
    assert "乳儿班每班不超过10人" in dialog.ui.classesHintLabel.text()
    row_tip = dialog.classes.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "乳儿班每班不超过10人" in row_tip


def test_caregiver_ratio_too_low_is_an_error(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    set_count(qtbot, dialog.ui.placesTotalSpin, 40)
    add_class(qtbot, type_text, dialog, ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 15, 2))
    message = wait_for_message(qtbot, dialog, "保育人员与婴幼儿比例不低于1:5")
    assert "至少需要3名保育人员" in message
    assert not dialog.ui.saveButton.isEnabled()
    edit_cell(qtbot, type_text, dialog, 0, ClassTableModel.CAREGIVERS, 3)
    wait_clean(qtbot, dialog)


def test_home_based_point_with_more_than_five_children_is_an_error(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog, name="张阿姨家庭托育点")
    choose(dialog.ui.kindCombo, InstitutionKind.HOME_BASED)
    set_count(qtbot, dialog.ui.placesTotalSpin, 8)
    wait_for_message(qtbot, dialog, "家庭托育点最多收托5名婴幼儿")
    assert dialog.ui.placesTotalSpin.property("finding") == "error"
    assert not dialog.ui.saveButton.isEnabled()


def test_lease_ending_within_three_years_warns(qtbot, type_text, dialog):
    dialog.ui.tabs.setCurrentWidget(dialog.ui.premisesTab)
    choose(dialog.ui.premisesTypeCombo, PremisesType.LEASED)
    wait_for_message(qtbot, dialog, "请填写租期截止日期")
    qtbot.mouseClick(dialog.ui.leaseEndCheck, LEFT)
    dialog.ui.leaseEndEdit.setDate(QDate.currentDate().addYears(1))
    wait_for_message(qtbot, dialog, "剩余租期不足3年")
    assert dialog.ui.leaseEndEdit.property("finding") == "warning"
    dialog.ui.leaseEndEdit.setDate(QDate.currentDate().addYears(5))
    qtbot.waitUntil(lambda: not any("租期" in m for m in dialog.panel.messages()))


def test_more_enrolled_than_places_warns(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    set_count(qtbot, dialog.ui.placesTotalSpin, 10)
    add_class(qtbot, type_text, dialog, ClassDraft(ClassType.TODDLER_OLD, "大一班", 14, 12, 2))
    wait_for_message(qtbot, dialog, "在托人数（12）超过托位总数（10）")
    assert dialog.ui.placesTotalSpin.property("finding") == "warning"
    assert dialog.panel.reason_edit("R-ENROLLED") is not None


# --- duplicates ----------------------------------------------------------------------------------
def test_duplicate_uscc_is_refused_naming_the_existing_record(qtbot, type_text, dialog, intake):
    first = intake.create(existing_draft())
    fill_minimal(type_text, dialog)
    type_text(dialog.ui.usccEdit, USCC_FOR_PROFIT)
    message = wait_for_message(qtbot, dialog, "已登记为")
    assert "小星星托育服务有限公司" in message and str(first.id) in message
    assert not dialog.ui.saveButton.isEnabled()


def test_similar_name_opens_comparison_and_different_saves(qtbot, type_text, dialog, intake):
    first = intake.create(existing_draft())
    fill_minimal(type_text, dialog, name="重庆市九龙坡区小星星托育中心")
    wait_clean(qtbot, dialog)
    click_save(qtbot, dialog)
    compare = dialog.duplicate_dialog
    assert compare is not None and compare.isVisible()
    table = compare.ui.compareTable
    assert table.item(compare.NAME, 0).text() == "重庆市九龙坡区小星星托育中心"
    assert table.item(compare.NAME, 1).text() == "小星星托育服务有限公司"
    assert table.item(compare.USCC, 1).text() == USCC_FOR_PROFIT
    assert table.item(compare.MATCHED_ON, 1).text() == "名称"
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(compare.ui.differentButton, LEFT)
    assert intake.get(saved.args[0]).draft.name == "重庆市九龙坡区小星星托育中心"
    assert intake.similar(intake.get(saved.args[0]).draft, saved.args[0]) == []
    assert intake.get(first.id).draft.name == "小星星托育服务有限公司"


def test_same_institution_opens_the_existing_record_and_keeps_the_entry(qtbot, type_text, dialog, intake, boxes):
    first = intake.create(existing_draft())
    fill_minimal(type_text, dialog, name="九龙坡区小星星托育中心")
    type_text(dialog.ui.phoneEdit, "023-68881234")
    wait_clean(qtbot, dialog)
    click_save(qtbot, dialog)
    with qtbot.waitSignal(dialog.open_existing_requested) as requested:
        qtbot.mouseClick(dialog.duplicate_dialog.ui.sameButton, LEFT)
    assert requested.args == [first.id]
    # The typed entry stays on screen to compare with the existing record, nothing saved or lost.
    assert dialog.isVisible() and dialog.is_dirty()
    assert (dialog.ui.nameEdit.text(), dialog.ui.phoneEdit.text()) == ("九龙坡区小星星托育中心", "023-68881234")
    assert f"已打开已有记录（记录号 {first.id}）" in dialog.ui.conflictLabel.text()
    assert dialog.ui.conflictFrame.isVisible() and not dialog.ui.reloadButton.isVisible()
    assert len(intake.similar(existing_draft(), None)) == 1  # no second record
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert boxes.texts("question") and dialog.isVisible()  # closing still asks before discarding


# --- typed dates and numbers ---------------------------------------------------------------------
def click_into(qtbot, edit) -> None:
    """Click into the box right of its text, where a clerk clicks to type a date."""
    line = edit.lineEdit()
    qtbot.mouseClick(line, LEFT, pos=QPoint(line.width() - 4, line.height() // 2))
    edit.setFocus()


def type_date(qtbot, type_text, dialog: IntakeDialog, check, edit, text: str) -> None:
    """Tick the date's check box, put the cursor in the date box, type `text` and press Tab."""
    dialog.ui.tabs.setCurrentWidget(next(page for page in (dialog.ui.basicTab, dialog.ui.registrationTab,
                                                           dialog.ui.premisesTab) if page.isAncestorOf(edit)))
    if not check.isChecked():
        qtbot.mouseClick(check, LEFT)
    click_into(qtbot, edit)
    for char in text:  # key by key, as typed (a Chinese input method commits the full-width ones)
        type_text(edit, char)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("text", ["2025-06-01", "2025/6/1", "2025年6月1日", "２０２５－０６－０１"])
def test_typed_dates_are_saved_as_typed(qtbot, type_text, dialog, intake, text):
    fill_minimal(type_text, dialog)
    ui = dialog.ui
    type_text(ui.usccEdit, USCC_OTHER)  # a registration date goes with the code on the certificate
    choose(ui.premisesTypeCombo, PremisesType.LEASED)
    for check, edit in ((ui.registeredCheck, ui.registeredAtEdit), (ui.foundedCheck, ui.foundedAtEdit),
                        (ui.leaseEndCheck, ui.leaseEndEdit)):
        type_date(qtbot, type_text, dialog, check, edit, text)
        assert edit.date() == QDate(2025, 6, 1), edit.objectName()
    qtbot.waitUntil(lambda: not dialog.check_timer.isActive())
    for code in dialog.panel.missing_reasons():  # the lease has ended: a reason is asked for
        type_text(dialog.panel.reason_edit(code), "续租合同在谈")
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    draft = intake.get(saved.args[0]).draft
    assert (draft.registered_at, draft.founded_at, draft.lease_end) == (dt.date(2025, 6, 1),) * 3


def test_a_date_typed_then_saved_with_ctrl_s_is_the_one_saved(qtbot, type_text, dialog, intake):
    fill_minimal(type_text, dialog)
    type_text(dialog.ui.usccEdit, USCC_OTHER)
    type_text(dialog.ui.businessScopeEdit, "3岁以下婴幼儿照护服务")
    qtbot.mouseClick(dialog.ui.registeredCheck, LEFT)
    click_into(qtbot, dialog.ui.registeredAtEdit)
    qtbot.keyClicks(dialog.ui.registeredAtEdit, "2024/3/15")
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.ui.registeredAtEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert intake.get(saved.args[0]).draft.registered_at == dt.date(2024, 3, 15)


def test_a_date_that_does_not_exist_is_refused_at_the_field(qtbot, type_text, dialog):
    from workstation.ui.common.typed_inputs import refusal

    edit = dialog.ui.registeredAtEdit
    type_date(qtbot, type_text, dialog, dialog.ui.registeredCheck, edit, "2025/6/1")
    type_date(qtbot, type_text, dialog, dialog.ui.registeredCheck, edit, "2025-13-01")
    assert edit.date() == QDate(2025, 6, 1) and edit.text() == "2025-06-01"  # kept, not another date
    assert "日期“2025-13-01”不存在" in refusal(edit) and "仍为 2025-06-01" in refusal(edit)
    assert refusal(edit) in edit.toolTip()
    type_date(qtbot, type_text, dialog, dialog.ui.registeredCheck, edit, "2025年7月1日")
    assert edit.date() == QDate(2025, 7, 1) and refusal(edit) == ""


def test_a_partial_date_is_never_taken_while_typing(qtbot, type_text, dialog):
    """"2025-02-3" names a date on the way to "2025-02-31": neither may replace the stored date."""
    from workstation.ui.common.typed_inputs import refusal

    edit = dialog.ui.registeredAtEdit
    style = edit.styleSheet()
    type_date(qtbot, type_text, dialog, dialog.ui.registeredCheck, edit, "2025-06-30")
    changes = []
    edit.dateChanged.connect(changes.append)
    type_date(qtbot, type_text, dialog, dialog.ui.registeredCheck, edit, "2025-02-31")
    assert changes == [] and edit.date() == QDate(2025, 6, 30)
    assert "仍为 2025-06-30" in refusal(edit) and edit.styleSheet() != style
    click_into(qtbot, edit)
    edit.setCurrentSectionIndex(0)  # the clerk clicked on the year
    for char in "2025-02-28":
        type_text(edit, char)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2025, 2, 28) and changes == [QDate(2025, 2, 28)]
    assert not edit.hasFocus()  # one Tab after a typed date leaves the box (not for its month section)
    assert refusal(edit) == "" and edit.styleSheet() == style  # the red frame goes with the correction


def test_full_width_digits_reach_the_number_boxes(qtbot, type_text, dialog, intake):
    from workstation.ui.common.typed_inputs import refusal

    fill_minimal(type_text, dialog)
    ui = dialog.ui
    ui.placesTotalSpin.selectAll()
    type_text(ui.placesTotalSpin, "１２")
    ui.buildingSpin.selectAll()
    type_text(ui.buildingSpin, "３２０。５")
    assert (ui.placesTotalSpin.value(), ui.buildingSpin.value()) == (12, 320.5)
    qtbot.keyClicks(ui.placesTotalSpin, "x")  # not a digit: refused where it was typed
    assert ui.placesTotalSpin.value() == 12 and "“x”未能输入" in refusal(ui.placesTotalSpin)
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    draft = intake.get(saved.args[0]).draft
    assert (draft.places_total, draft.building_m2) == (12, 320.5)


# --- a full save, editing, conflicts -------------------------------------------------------------
def test_full_save_creates_the_record_with_the_entered_values(qtbot, type_text, dialog, intake):
    ui = dialog.ui
    type_text(ui.nameEdit, "彩虹桥托育园")
    type_text(ui.aliasEdit, "彩虹桥")
    choose(ui.legalNatureCombo, LegalNature.FOR_PROFIT)
    type_text(ui.sponsorEdit, "重庆彩虹桥教育科技有限公司")
    type_text(ui.usccEdit, USCC_OTHER)
    choose(ui.streetCombo, "500107002")
    type_text(ui.addressEdit, "谢家湾正街1号")
    type_text(ui.phoneEdit, "023-68881234")
    qtbot.mouseClick(ui.registeredCheck, LEFT)
    ui.registeredAtEdit.setDate(QDate(2025, 3, 1))
    type_text(ui.businessScopeEdit, "3岁以下婴幼儿照护服务")
    type_text(ui.legalRepNameEdit, "王芳")
    type_text(ui.legalRepIdNoEdit, "11010519491231002X")
    type_text(ui.legalRepPhoneEdit, "13800001111")
    type_text(ui.directorNameEdit, "李娜")
    type_text(ui.directorPhoneEdit, "13900002222")
    choose(ui.premisesTypeCombo, PremisesType.OWNED)
    ui.buildingSpin.setValue(320.5)
    type_text(ui.floorsEdit, "1层")
    set_count(qtbot, ui.placesTotalSpin, 40)
    set_count(qtbot, ui.placesInclusiveSpin, 20)
    choose(ui.demonstrationCombo, DemonstrationLevel.COUNTY)
    for box in (ui.mealsCheck, ui.inclusiveCheck, ui.fullDayCheck, ui.halfDayCheck):
        qtbot.mouseClick(box, LEFT)
    add_class(qtbot, type_text, dialog, ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3))
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    draft = intake.get(saved.args[0]).draft
    assert (draft.name, draft.alias, draft.legal_nature, draft.uscc) == (
        "彩虹桥托育园", "彩虹桥", LegalNature.FOR_PROFIT, USCC_OTHER)
    assert (draft.street_code, draft.address, draft.phone) == ("500107002", "谢家湾正街1号", "023-68881234")
    assert draft.registered_at == dt.date(2025, 3, 1)
    assert draft.registration_organ_kind == RegistrationOrganKind.MARKET_REGULATION
    assert (draft.legal_rep_name, draft.legal_rep_id_no, draft.director_phone) == (
        "王芳", "11010519491231002X", "13900002222")
    assert (draft.premises_type, draft.building_m2, draft.outdoor_m2) == (PremisesType.OWNED, 320.5, None)
    assert (draft.places_total, draft.places_inclusive, draft.provides_meals, draft.inclusive) == (40, 20, True, True)
    assert draft.demonstration_level == DemonstrationLevel.COUNTY
    assert draft.service_types == {ServiceType.FULL_DAY, ServiceType.HALF_DAY}
    assert draft.classes == (ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),)


def test_ctrl_s_saves(qtbot, type_text, dialog, intake):
    fill_minimal(type_text, dialog)
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.ui.addressEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert intake.get(saved.args[0]).draft.name == "彩虹桥托育园"


def test_escape_asks_before_discarding_unsaved_changes(qtbot, type_text, dialog, boxes):
    type_text(dialog.ui.nameEdit, "彩虹桥托育园")
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and boxes.texts("question")
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_escape_on_an_untouched_form_closes_without_asking(qtbot, dialog, boxes):
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not boxes.calls


def test_editing_loads_the_record_and_saves_a_new_version(qtbot, type_text, open_dialog, intake):
    record = intake.create(existing_draft())
    dialog = open_dialog(record.id)
    assert dialog.ui.nameEdit.text() == "小星星托育服务有限公司"
    assert dialog.ui.registeredCheck.isChecked() and dialog.classes.model.rowCount() == 1
    assert not dialog.isWindowModified()
    retype(qtbot, type_text, dialog.ui.phoneEdit, "023-68881234")
    wait_clean(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    saved = intake.get(record.id)
    assert saved.draft.phone == "023-68881234" and saved.version > record.version


def test_stale_version_names_the_other_desk_in_english(qtbot, qapp, translators, type_text, open_dialog, intake,
                                                      district, boxes):
    from workstation.i18n.translation import install_translator

    translators.extend(install_translator(qapp, "en"))
    record = intake.create(existing_draft())
    dialog = open_dialog(record.id)
    IntakeService(district.factory, Actor("li", "李四")).update(record.id, record.version,
                                                              existing_draft(phone="023-68880000"))
    retype(qtbot, type_text, dialog.ui.phoneEdit, "13800001111")
    wait_clean(qtbot, dialog)
    boxes.answer = QMessageBox.StandardButton.No
    click_save(qtbot, dialog)
    [warning] = boxes.texts("warning")
    assert warning.startswith("This nursery record was changed by li on "), warning
    assert "your changes were not saved" in dialog.ui.conflictLabel.text()


def test_stale_version_shows_the_conflict_and_offers_reload(qtbot, type_text, open_dialog, intake, district,
                                                            boxes):
    record = intake.create(existing_draft())
    dialog = open_dialog(record.id)
    other = IntakeService(district.factory, Actor("li", "李四"))
    other.update(record.id, record.version, existing_draft(phone="023-68880000"))
    retype(qtbot, type_text, dialog.ui.phoneEdit, "13800001111")
    wait_clean(qtbot, dialog)
    boxes.answer = QMessageBox.StandardButton.No  # keep my edits on screen for now
    click_save(qtbot, dialog)
    [warning] = boxes.texts("warning")
    assert "已被 li 于" in warning and "重新载入" in warning
    assert dialog.isVisible() and dialog.ui.conflictFrame.isVisible()
    assert dialog.ui.phoneEdit.text() == "13800001111"
    boxes.answer = QMessageBox.StandardButton.Yes  # confirm discarding local edits
    qtbot.mouseClick(dialog.ui.reloadButton, LEFT)
    assert boxes.texts("question"), "reload must ask before discarding local edits"
    assert dialog.ui.phoneEdit.text() == "023-68880000"
    assert not dialog.ui.conflictFrame.isVisible()
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)


# --- keyboard ------------------------------------------------------------------------------------
def test_tab_moves_through_the_basic_fields_in_form_order(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    ui = dialog.ui
    order = [ui.nameEdit, ui.aliasEdit, ui.legalNatureCombo, ui.kindCombo, ui.sponsorEdit, ui.usccEdit,
             ui.streetCombo, ui.addressEdit, ui.phoneEdit]
    ui.nameEdit.setFocus()
    for current, following in zip(order, order[1:], strict=False):
        assert dialog.focusWidget() is current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda following=following: dialog.focusWidget() is following)


def test_mnemonics_reach_fields_and_tabs(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog, Qt.Key.Key_U, alt)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ui.usccEdit)
    qtbot.keyClick(dialog, Qt.Key.Key_T, alt)
    qtbot.waitUntil(lambda: dialog.ui.tabs.currentWidget() is dialog.ui.premisesTab)


def test_locating_a_finding_brings_its_field_forward(qtbot, dialog):
    choose(dialog.ui.premisesTypeCombo, PremisesType.LEASED)
    wait_for_message(qtbot, dialog, "请填写租期截止日期")
    [link] = [label for label in dialog.panel.findChildren(QLabel) if "租期" in label.text()]
    link.linkActivated.emit("lease_end")  # what clicking its 定位 link does
    assert dialog.ui.tabs.currentWidget() is dialog.ui.premisesTab
    assert dialog.focusWidget() is dialog.ui.leaseEndCheck  # the date is off until this is ticked
