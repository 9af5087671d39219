"""名册报表 in English: each register's name, description and filter labels in English on the page; the
register exported (title, file name) stays Chinese, as the authorities read it."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from test_registers_page import choose, make_page, out  # noqa: F401 (fixture)

from workstation.domain.texts import CONTEXT
from workstation.exports import REGISTERS
from workstation.i18n.translation import install_translator
from workstation.ui.registers.filter_form import DATE_LABELS, STATUS_LABELS


def test_every_register_label_has_its_english(qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    for spec in REGISTERS.values():
        for source in (spec.title, spec.description):
            assert QCoreApplication.translate(CONTEXT, source) != source, source
        assert spec.status_label + "：" in STATUS_LABELS
        assert spec.date_label is None or "按" + spec.date_label in DATE_LABELS
    for source in (*STATUS_LABELS, *DATE_LABELS):
        assert QCoreApplication.translate("RegisterFilterForm", source) != source, source


def test_the_page_in_english_exports_the_chinese_register(qtbot, qapp, translators, nurseries, out):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    page = make_page(qtbot, nurseries, out)
    ui = page.ui
    titles = [ui.registerCombo.itemText(i) for i in range(ui.registerCombo.count())]
    assert titles[:2] == ["Register of nurseries", "Filing register"] and titles[-1] == "Ban list"
    assert ui.descriptionLabel.text().startswith("One row per nursery: registration, people")
    assert (ui.statusLabel.text(), ui.dateCheck.text()) == ("Filing status:", "By filing date")
    choose(ui.registerCombo, "Inspection ledger")
    assert (ui.statusLabel.text(), ui.dateCheck.text()) == ("Handling state:", "By inspection date")
    choose(ui.registerCombo, "Register of nurseries")
    assert ui.fileEdit.text() == str(out / "托育机构名册_20260630.xlsx")  # the register's own (Chinese) name
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    book = load_workbook(signal.args[0].path, read_only=True)
    try:
        first = next(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert any(isinstance(v, str) and "托育机构名册" in v for v in first)
