"""The materials checklist in English: each item's English name before its official Chinese title, and
the check result with an English separator before the clerk's note ("Missing：未提供" before)."""

from __future__ import annotations

import datetime as dt

from filing_support import Clock, act, add_nursery, check_all, draft, provide_all, service
from PySide6.QtWidgets import QTableWidget

from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import MaterialResult, MaterialType
from workstation.i18n.translation import install_translator
from workstation.ui.filing.materials_table import MaterialsTable


def returned_materials(district):
    clock = Clock(dt.date(2027, 2, 3))  # in 2027, a year the built-in calendar does not know
    svc = service(district, clock)
    app = act(svc, provide_all(svc, draft(svc, add_nursery(district.factory, 1), FilingKind.INITIAL)),
              FilingAction.SUBMIT)
    app = check_all(svc, act(svc, app, FilingAction.START_CHECK))
    form = next(m for m in app.materials if m.material_type is MaterialType.FILING_FORM)
    return svc.check_material(form.id, MaterialResult.MISSING, "未提供").materials


def table_of(qtbot, materials) -> tuple[MaterialsTable, dict[MaterialType, int]]:
    widget = QTableWidget()
    qtbot.addWidget(widget)
    table = MaterialsTable(widget)
    table.fill(materials, editable=False)
    return table, {m.material_type: row for row, m in enumerate(materials)}


def test_in_english_names_and_results_are_english(qtbot, qapp, translators, district):
    materials = returned_materials(district)
    translators.extend(install_translator(qapp, "en"))
    table, rows = table_of(qtbot, materials)
    form = rows[MaterialType.FILING_FORM]
    assert table.table.item(form, MaterialsTable.MATERIAL).text() == "Filing form (托育机构备案书)"
    assert table.table.item(form, MaterialsTable.RESULT).text() == "Missing: 未提供"
    assert table.table.item(rows[MaterialType.COMMITMENT], MaterialsTable.RESULT).text() == "Checked"


def test_in_chinese_the_official_titles_alone(qtbot, district):
    table, rows = table_of(qtbot, returned_materials(district))
    form = rows[MaterialType.FILING_FORM]
    assert table.table.item(form, MaterialsTable.MATERIAL).text() == "托育机构备案书"
    assert table.table.item(form, MaterialsTable.RESULT).text() == "缺失：未提供"
