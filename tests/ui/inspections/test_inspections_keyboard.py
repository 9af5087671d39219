"""Acceptance: a full inspection recorded by keyboard only, then its 整改通知书 written to PDF and printed."""

from __future__ import annotations

from inspections_ui_support import DAY, INSPECTOR, add_nursery, make_page, needs_pdftotext, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from workstation.domain.inspections import InspectionKind, InspectionState, ItemResult, RectificationState
from workstation.ui.inspections.checklist_dialog import ChecklistDialog

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
NAME = "彩虹桥托育服务有限公司"
# Fire (7 items) then food (6 items): the key pressed on each row, in order.
KEYS = {"XF-01": K.Key_1, "XF-02": K.Key_3, "XF-03": K.Key_Y, "XF-04": K.Key_1, "XF-05": K.Key_1,
        "XF-06": K.Key_2, "XF-07": K.Key_1, "SP-01": K.Key_4, "SP-02": K.Key_1, "SP-03": K.Key_N,
        "SP-04": K.Key_1, "SP-05": K.Key_1, "SP-06": K.Key_0}
EXPECTED = {"XF-02": ItemResult.FAIL, "SP-03": ItemResult.FAIL, "XF-06": ItemResult.PARTIAL,
            "SP-01": ItemResult.NA, "SP-06": ItemResult.NA}


def key(qtbot, dialog: QDialog, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press `k` where the keyboard focus of `dialog` is (as a person would)."""
    widget = dialog.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, modifier)


@needs_pdftotext
def test_record_a_full_inspection_by_keyboard_and_print_the_notice(qtbot, district, type_text, tmp_path):
    add_nursery(district.factory, 1, "阳光托育中心")
    nursery_id = add_nursery(district.factory, 2, NAME)
    page = make_page(qtbot, district)

    # 新建检查 (Ctrl+N): search the registry, pick the nursery, tick the fire and food checklists.
    qtbot.keyClick(page, K.Key_N, CTRL)
    new = page.new_dialog
    assert new is not None
    qtbot.waitUntil(new.isActiveWindow)
    assert new is not None and new.isVisible() and new.focusWidget() is new.ui.searchEdit
    type_text(new.ui.searchEdit, "彩虹桥")
    assert new.ui.nurseryList.count() == 1 and new.nursery().id == nursery_id
    key(qtbot, new, K.Key_Down)
    assert new.focusWidget() is new.ui.nurseryList
    key(qtbot, new, K.Key_Return)
    assert new.focusWidget() is new.ui.dateEdit
    key(qtbot, new, K.Key_Tab)   # kind: 日常检查
    key(qtbot, new, K.Key_Tab)   # inspectors: the actor's name is there; add a colleague
    assert new.focusWidget() is new.ui.inspectorsEdit and new.ui.inspectorsEdit.text() == INSPECTOR.display_name
    key(qtbot, new, K.Key_End)
    type_text(new.ui.inspectorsEdit, "、周检查")
    key(qtbot, new, K.Key_Tab)
    assert new.focusWidget() is new.ui.templatesList
    for _ in range(4):           # comprehensive, hygiene, health care, safety -> fire
        key(qtbot, new, K.Key_Down)
    key(qtbot, new, K.Key_Space)
    key(qtbot, new, K.Key_Down)  # -> food
    key(qtbot, new, K.Key_Space)
    assert [t.key for t in new.templates()] == ["fire", "food"]
    assert {d.value for d in new.departments()} == {"FIRE", "MARKET"}  # ticked with their templates
    key(qtbot, new, K.Key_Return)

    # The checklist opens on the first item.
    checklist: ChecklistDialog = page.checklist
    assert checklist is not None and checklist.isVisible() and new.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(checklist.isActiveWindow)
    view = checklist.view
    assert view.nursery_id == nursery_id and view.kind is InspectionKind.ROUTINE
    assert view.inspectors == ("赵检查", "周检查") and view.inspected_on == DAY
    codes = [i.code for i in view.items]
    assert codes == list(KEYS)
    assert checklist.focusWidget() is checklist.ui.itemsTable
    for row, code in enumerate(codes):
        assert checklist.table.current_row() == row
        if code == "XF-02":  # a note first: Tab into the note field, Enter back to the same row
            key(qtbot, checklist, K.Key_Tab)
            assert checklist.focusWidget() is checklist.ui.noteEdit
            type_text(checklist.ui.noteEdit, "灭火器压力不足")
            key(qtbot, checklist, K.Key_Return)
            assert checklist.focusWidget() is checklist.ui.itemsTable and checklist.table.current_row() == row
        key(qtbot, checklist, KEYS[code])
    assert checklist.ui.progressLabel.text() == "已填 13/13 项"
    assert "建议：限期整改" in checklist.ui.overallCombo.itemText(0)

    # The nursery's representative signs (Alt+R jumps to the field); Ctrl+Enter records.
    key(qtbot, checklist, K.Key_R, Qt.KeyboardModifier.AltModifier)
    assert checklist.focusWidget() is checklist.ui.representativeEdit
    type_text(checklist.ui.representativeEdit, "李园长")
    key(qtbot, checklist, K.Key_Return, CTRL)

    done = checklist.view
    assert done.state is InspectionState.RECTIFICATION_REQUIRED and done.notice_no
    results = {i.code: i.result for i in done.items}
    assert results == {code: EXPECTED.get(code, ItemResult.PASS) for code in KEYS}
    assert {i.code: i.note for i in done.items}["XF-02"] == "灭火器压力不足"
    assert {f.code for f in done.findings} == {"XF-02", "XF-06", "SP-03"}
    assert all(f.state is RectificationState.ISSUED for f in done.findings)
    assert done.signatures.inspectors == ("赵检查", "周检查") and done.signatures.representative == "李园长"
    assert done.notice_no in checklist.ui.noticeLabel.text()
    assert checklist.focusWidget() is checklist.ui.pdfButton  # the next step is offered

    # Export the notice: Space on the focused button; the file name defaults to the notice number.
    target = tmp_path / "notice.pdf"
    asked, opened = [], []
    checklist.choose_save_path = lambda name: asked.append(name) or str(target)
    checklist.open_url = lambda url: opened.append(url.toLocalFile()) or True
    key(qtbot, checklist, K.Key_Space)
    assert asked == [f"整改通知书-{done.notice_no}.pdf"] and opened == [str(target)]
    text = pdf_text(target)
    deadlines = {f.code: f.deadline for f in done.findings}
    assert deadlines["XF-02"].isoformat() == "2025-10-23"
    for expected in ("整改通知书", NAME, done.notice_no, "灭火器、消火栓等消防器材配置齐全且在有效期内",
                     "食品及原料采购索证索票、进货查验记录完整", "灭火器压力不足", "2025年10月23日",
                     f"{deadlines['SP-03'].year}年{deadlines['SP-03'].month}月{deadlines['SP-03'].day}日", "李园长"):
        assert expected in text, expected
    assert "出口、疏散通道畅通" not in text  # a 符合 item is not on the notice

    # Printing lays out the same notice (a PDF printer stands in for paper).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert checklist.print_notice(printer)
    printed = pdf_text(tmp_path / "printed.pdf")
    assert NAME in printed and "2025年10月23日" in printed and done.notice_no in printed

    # The page lists the new findings and the inspector's inspection.
    assert page.findings.rowCount() == 3 and page.mine.rowCount() == 1
    assert page.mine.index(0, 1).data() == NAME
