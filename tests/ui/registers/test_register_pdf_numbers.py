"""A register exported to PDF from the 名册报表 page prints its totals with thousands separators."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from workstation.exports import export_register
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService
from workstation.services.registers.service import RegistersService
from workstation.ui.registers import RegistersPage
from workstation.ui.tasks import SynchronousPool

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
MANAGER = Actor("manager", "李科长", "MANAGER")


def test_the_nursery_register_pdf_totals_read_1_400_places(qtbot, nurseries, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    district = DistrictService(nurseries.factory, MANAGER).get()
    page = RegistersPage(RegistersService(nurseries.factory, MANAGER, export_register), district, MANAGER,
                         SynchronousPool(), folder=out, today=dt.date(2026, 6, 30))
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    ui.registerCombo.setCurrentIndex(ui.registerCombo.findText("托育机构名册", Qt.MatchFlag.MatchStartsWith))
    ui.pdfRadio.setChecked(True)

    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)

    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(signal.args[0].path), "-"],
                          capture_output=True, text=True, check=True).stdout
    totals = next(line for line in text.splitlines() if line.lstrip().startswith("合计"))
    numbers = re.findall(r"\d[\d,]*", totals)
    assert "1,400" in numbers  # 90 + 60 + 1,200 + 50 places
    assert not [n for n in numbers if re.fullmatch(r"\d{4,}", n)], totals  # no long number without separators
