"""The 双随机 dialog driven like a user: filters, typed inspectors, count, freeze, public value, PDF, print, verify."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from draw_support import draw_now
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from workstation.db.orm import Street
from workstation.db.orm.accounts import User
from workstation.db.orm.nursery import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.permissions import Role
from workstation.exports.inspections.draw import write_draw_pdf
from workstation.services.common.context import Actor
from workstation.services.inspections.draw_dto import DrawFilters
from workstation.services.inspections.draws import RandomDrawService
from workstation.ui.inspections.draw_dialog import DrawDialog

INSPECTOR = Actor("insp", "周检查", "INSPECTOR")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


@pytest.fixture
def db(district):
    """Eight operating nurseries (five on 杨家坪街道), one registered; three inspector accounts."""
    from sqlalchemy import select

    with district.factory.begin() as session:
        streets = dict(session.execute(select(Street.code, Street.id)).all())
        for n in range(1, 10):
            session.add(Nursery(
                name=f"抽查托育园{n}", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                status=InstitutionStatus.OPERATING if n < 9 else InstitutionStatus.REGISTERED,
                uscc=make_uscc("91", "500107", make_org_code(f"{n:08d}")),
                street_id=streets["500107001" if n <= 5 else "500107002"]))
        for username, name in (("a", "张三"), ("b", "李四"), ("c", "王五")):
            session.add(User(username=username, display_name=name, role=Role.INSPECTOR, password_hash="x"))
    return district


@pytest.fixture
def dialog(qtbot, db):
    widget = DrawDialog(RandomDrawService(db.factory, INSPECTOR, write_draw_pdf))
    qtbot.addWidget(widget)
    widget.show()
    widget.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    widget.opened = []
    widget.open_url = lambda url: widget.opened.append(url) or True
    return widget


def set_count(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def two_steps(dialog, public: str = "福彩3D第2025260期 507", witness: str = "见证人甲"):
    """Freeze with the inputs as they are, then draw with a public value and a witness."""
    assert dialog.draw() is not None
    dialog.ui.publicEdit.setText(public)
    dialog.ui.witnessEdit.setText(witness)
    return dialog.complete()


def test_freeze_then_draw_by_keyboard_then_export_and_verify(qtbot, dialog, db, type_text, tmp_path):
    ui = dialog.ui
    assert ui.populationLabel.text() == "8 家机构"
    assert dialog.inspectors() == ["张三", "李四", "王五"]
    assert not ui.completeButton.isEnabled() and not ui.publicEdit.isEnabled()  # nothing frozen yet
    # A name outside the accounts, typed and added with Enter (which must not freeze).
    ui.nameEdit.setFocus()
    type_text(ui.nameEdit, "赵六")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.inspectors() == ["张三", "李四", "王五", "赵六"] and ui.nameEdit.text() == ""
    assert ui.historyTable.rowCount() == 0

    set_count(qtbot, ui.countSpin, 3)
    qtbot.keyClick(ui.countSpin, Qt.Key.Key_Return)  # Enter in a condition field freezes
    frozen = dialog.current
    assert frozen is not None and frozen.pending and frozen.count == 3 and ui.resultTable.rowCount() == 0
    assert "待开奖" in ui.resultLabel.text() and frozen.population_sha256 in ui.resultLabel.text()
    assert ui.historyTable.rowCount() == 1 and ui.historyTable.item(0, 3).text() == "待开奖"
    assert ui.completeButton.isEnabled() and ui.publicEdit.hasFocus()

    type_text(ui.publicEdit, "福彩3D第2025260期 507")
    ui.witnessEdit.setFocus()
    type_text(ui.witnessEdit, "见证人甲")
    qtbot.keyClick(ui.witnessEdit, Qt.Key.Key_Return)  # Enter in the witness field draws

    drawn = dialog.current
    assert drawn is not None and drawn.id == frozen.id and not drawn.pending
    assert drawn.public_value == "福彩3D第2025260期 507" and drawn.witness == "见证人甲" and len(drawn.seed) == 64
    assert ui.resultTable.rowCount() == 3 and not ui.completeButton.isEnabled()
    names = [ui.resultTable.item(row, 1).text() for row in range(3)]
    assert names == [p.name for p in drawn.picks] and len(set(names)) == 3
    assert all(ui.resultTable.item(row, 4).text().count("、") == 1 for row in range(3))  # two inspectors each
    assert "福彩3D第2025260期 507" in ui.resultLabel.text() and drawn.seed in ui.resultLabel.text()
    assert not ui.errorLabel.isVisible() and ui.historyTable.rowCount() == 1
    assert ui.historyTable.item(0, 3).text() == drawn.seed

    # Export through the button, the file chooser answered by the test.
    target = tmp_path / "结果.pdf"
    dialog.choose_save_path = lambda name: str(target)
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    assert target.exists() and Path(dialog.opened[-1].toLocalFile()) == target
    if shutil.which("pdftotext"):
        text = pdf_text(target)
        assert "福彩3D第2025260期507" in text and "见证人甲" in text and all(name in text for name in names)

    # Verify the stored draw from the history.
    ui.historyTable.setFocus()
    ui.historyTable.selectRow(0)
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    assert ui.verifyLabel.text().startswith("复核一致")


def test_a_frozen_draw_is_completed_later_from_the_history(qtbot, dialog, db):
    ui = dialog.ui
    set_count(qtbot, ui.countSpin, 2)
    frozen = dialog.draw()
    dialog.close()
    later = DrawDialog(RandomDrawService(db.factory, INSPECTOR, write_draw_pdf))  # days later, the value is out
    qtbot.addWidget(later)
    later.show()
    later.ui.historyTable.setFocus()
    later.ui.historyTable.selectRow(0)
    assert not later.ui.verifyButton.isEnabled()  # nothing drawn to re-run yet
    qtbot.keyClick(later.ui.historyTable, Qt.Key.Key_Return)  # Enter in the history shows, never freezes
    assert later.current.id == frozen.id and later.ui.completeButton.isEnabled()
    assert later.complete() is None and "公开数值" in later.ui.errorLabel.text()  # blank value refused
    later.ui.publicEdit.setText("507")
    later.ui.witnessEdit.setText("见证人甲")
    qtbot.mouseClick(later.ui.completeButton, Qt.MouseButton.LeftButton)
    assert len(later.current.picks) == 2 and later.ui.historyTable.rowCount() == 1
    assert not later.ui.errorLabel.isVisible()


def test_same_public_value_draws_the_same_again_and_history_shows_it(qtbot, dialog):
    ui = dialog.ui
    set_count(qtbot, ui.countSpin, 4)
    first = two_steps(dialog, "same")
    second = two_steps(dialog, "same")
    assert first.id != second.id and first.seed == second.seed
    assert [p.nursery_id for p in first.picks] == [p.nursery_id for p in second.picks]
    assert ui.historyTable.rowCount() == 2
    ui.historyTable.setFocus()
    ui.historyTable.selectRow(1)
    qtbot.keyClick(ui.historyTable, Qt.Key.Key_Return)  # Enter in the history shows, never freezes
    assert dialog.current.id == first.id and ui.historyTable.rowCount() == 2
    ui.historyTable.selectRow(0)
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    assert dialog.current.id == second.id


def test_filters_change_the_population_and_refusals_show_beside_the_button(qtbot, dialog):
    ui = dialog.ui
    ui.streetCombo.setCurrentIndex(ui.streetCombo.findText("谢家湾街道"))
    assert ui.populationLabel.text() == "3 家机构"
    set_count(qtbot, ui.countSpin, 5)
    assert dialog.draw() is None
    assert ui.errorLabel.isVisible() and "超过抽取范围内的机构数（3家）" in ui.errorLabel.text()
    assert ui.historyTable.rowCount() == 0 and ui.resultTable.rowCount() == 0
    assert not ui.exportButton.isEnabled()
    # Unticking inspectors below the per-nursery number is refused too.
    set_count(qtbot, ui.countSpin, 1)
    for row in range(1, ui.inspectorList.count()):
        ui.inspectorList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.draw() is None and "检查人员（1名）" in ui.errorLabel.text()
    ui.perNurserySpin.setValue(1)
    assert two_steps(dialog).picks[0].inspectors == ("张三",)
    assert not ui.errorLabel.isVisible()


@needs_pdftotext
def test_print_lays_out_the_same_result(qtbot, dialog, tmp_path):
    set_count(qtbot, dialog.ui.countSpin, 2)
    drawn = two_steps(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_result(printer)
    text = pdf_text(tmp_path / "printed.pdf")
    assert "双随机抽查结果" in text and drawn.seed[:32] in text and all(p.name in text for p in drawn.picks)
    population = dialog._service.population()
    assert all(c.uscc in text for c in population) and f"共{len(population)}家" in text  # the witness's list
    assert "sha256-v2" not in text and "算法：SHA-256" in text


def test_a_clerk_sees_history_but_cannot_draw(qtbot, db):
    draw_now(RandomDrawService(db.factory, INSPECTOR), DrawFilters(), 2, ["甲", "乙"])
    clerk = DrawDialog(RandomDrawService(db.factory, Actor("clerk", "王登记", "CLERK")))
    qtbot.addWidget(clerk)
    assert not clerk.ui.drawButton.isEnabled() and clerk.draw() is None
    assert clerk.ui.populationLabel.text() == "——" and clerk.inspectors() == []
    assert clerk.ui.historyTable.rowCount() == 1
    clerk.ui.historyTable.selectRow(0)
    assert clerk.verify_selected() is True
