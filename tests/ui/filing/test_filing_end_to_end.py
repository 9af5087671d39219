"""One initial filing driven through the UI: create, tick materials, attach a scan, submit, check,
accept, and print the receipt to PDF (a file, no printer dialog), then read it with pdftotext."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import DocumentKind, FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.services.common.context import Actor
from workstation.services.filing.service import FilingService
from workstation.ui.filing import FilingPage
from workstation.ui.filing.materials_table import MaterialsTable
from workstation.ui.filing.new_dialog import NewApplicationDialog

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TODAY = dt.date(2025, 9, 30)
USCC = make_uscc("91", "500107", make_org_code("20250930"))
CLERK = Actor("clerk", "王登记", "CLERK")


def add_nursery(factory) -> int:
    with factory.begin() as session:
        row = Nursery(name="彩虹桥托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT,
                      kind=InstitutionKind.STANDALONE, status=InstitutionStatus.REGISTERED, uscc=USCC,
                      registered_at=dt.date(2025, 6, 1), provides_meals=True, address="杨家坪正街8号",
                      legal_rep_name="张三")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def page(qtbot, district):
    add_nursery(district.factory)
    service = FilingService(district.factory, CLERK, Attachments(district.factory),
                            today=lambda: TODAY)
    widget = FilingPage(service, today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def fail(message: str) -> None:
    pytest.fail(f"unexpected message: {message}")


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick_and_choose(qtbot, dialog) -> None:
    """Tick every required material, choose the fire-safety proof's type and the hygiene rating."""
    table = dialog.ui.materialsTable
    for row, material in enumerate(dialog.view.materials):
        if not material.required:
            continue
        dialog.materials.table.item(row, MaterialsTable.PROVIDED).setCheckState(Qt.CheckState.Checked)
        qtbot.waitUntil(lambda t=material.material_type: dialog.view.material(t).provided)
    for material_type, value in ((MaterialType.FIRE_SAFETY, FireProofKind.INSPECTION_PASS),
                                 (MaterialType.HYGIENE_EVALUATION, HygieneRating.QUALIFIED)):
        combo = table.cellWidget(dialog.materials.row_of(material_type), MaterialsTable.DETAIL)
        combo.setCurrentIndex(combo.findData(value))
        qtbot.waitUntil(lambda t=material_type, v=value: v in (dialog.view.material(t).subtype,
                                                             dialog.view.material(t).rating))


def test_initial_filing_end_to_end(qtbot, page, tmp_path):
    # Create: find the nursery in the new-application dialog and choose 首次备案.
    chooser = NewApplicationDialog(page._service, page, "彩虹桥")
    qtbot.addWidget(chooser)
    chooser.ui.nurseryList.setCurrentRow(0)
    assert [chooser.ui.kindCombo.itemText(i) for i in range(chooser.ui.kindCombo.count())] == ["首次备案"]
    page.show_error = fail
    dialog = page.create_application(*chooser.choice())
    qtbot.addWidget(dialog)
    dialog.show_error = fail
    assert dialog.view.state is FilingState.DRAFT
    assert set(dialog.action_buttons) == {FilingAction.SUBMIT, FilingAction.WITHDRAW}

    tick_and_choose(qtbot, dialog)

    # Attach a scan to the licence and view it.
    scan = tmp_path / "营业执照.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan), "PNG")
    dialog.ui.materialsTable.selectRow(dialog.materials.row_of(MaterialType.LICENCE))
    dialog.choose_files = lambda: [str(scan)]
    click(qtbot, dialog.ui.attachButton)
    licence = dialog.view.material(MaterialType.LICENCE)
    assert [f.file_name for f in licence.files] == ["营业执照.png"]
    opened: list = []
    dialog.open_url = lambda url: opened.append(url) or True
    click(qtbot, dialog.ui.viewButton)
    assert Path(opened[0].toLocalFile()).read_bytes() == scan.read_bytes()

    # Submit: the receipt is due 5 working days later, across National Day (14 Oct).
    click(qtbot, dialog.action_buttons[FilingAction.SUBMIT])
    assert dialog.view.state is FilingState.SUBMITTED
    assert dialog.ui.clockLabel.text() == "出具回执期限：2025-10-14"
    assert FilingAction.ACCEPT not in dialog.action_buttons  # only legal actions are offered

    # Check every material, then accept.
    click(qtbot, dialog.action_buttons[FilingAction.START_CHECK])
    for row, material in enumerate(dialog.view.materials):
        if material.required:
            dialog.ui.materialsTable.selectRow(row)
            click(qtbot, dialog.ui.checkOkButton)
    assert all(m.result is MaterialResult.OK for m in dialog.view.materials if m.required)
    dialog.confirm = lambda title, text: True
    click(qtbot, dialog.action_buttons[FilingAction.ACCEPT])
    assert dialog.view.state is FilingState.ACCEPTED
    assert "回执编号 500107-2025-0001" in dialog.ui.headerLabel.text()
    assert "待核实的备案（1）" in page.ui.queueTree.topLevelItem(4).text(0)

    # Print the receipt to a PDF file (no printer dialog) and read it back.
    combo = dialog.ui.documentCombo
    combo.setCurrentIndex(combo.findData(DocumentKind.RECEIPT))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
    assert dialog.print_document(printer)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "receipt.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    compact = "".join(text.split())
    for expected in ("托育机构备案回执", "彩虹桥托育服务有限公司", USCC, "500107-2025-0001", "九龙坡区卫生健康委员会"):
        assert expected in compact, expected
    assert "副本" not in compact

    # A second issue is a copy; exporting writes the reportlab PDF and opens it.
    pdf = dialog.export_pdf(str(tmp_path / "again.pdf"))
    copy_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
    assert "副本（第1次补打）" in copy_text and USCC in copy_text
    assert Path(opened[-1].toLocalFile()) == pdf
    assert any("出具备案回执（副本，第1次补打）" in str(entry.text) for entry in dialog.view.history)
    offered: list[str] = []
    dialog.choose_save_path = lambda name: offered.append(name)  # cancelled: nothing written
    assert dialog.export_pdf() is None
    assert offered == ["备案回执-彩虹桥托育服务有限公司.pdf"]  # the nursery's name, not one name for every receipt


def test_kinds_offered_follow_the_nursery(qtbot, page, district):
    chooser = NewApplicationDialog(page._service, page, "")
    qtbot.addWidget(chooser)
    chooser.ui.nurseryList.setCurrentRow(0)
    assert chooser.choice() == (1, FilingKind.INITIAL)
    with district.factory.begin() as session:
        session.get(Nursery, 1).status = InstitutionStatus.INTAKE
    chooser.search("彩虹桥")
    chooser.ui.nurseryList.setCurrentRow(0)
    assert chooser.choice() is None and "意向登记" in chooser.ui.hintLabel.text()
