"""机构登记 in English: status, legal nature and the other label columns show their longest label whole,
a width saved earlier (in Chinese) grows to it; the yes/no filters are as wide as their widest text
(walk: "Returned for …", "Market …", "Demonstration: A…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from test_registry_page import make_page, registry_db, settings  # noqa: F401 (fixtures)

from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.i18n.labels import ui_label
from workstation.i18n.translation import install_translator
from workstation.models.registry import NurseryTableModel as M


def _widest(view, enum) -> int:
    return max(QFontMetrics(view.font()).horizontalAdvance(ui_label(member)) for member in enum)


def test_label_columns_fit_the_longest_english_label_over_a_narrow_saved_width(qapp, translators, make_page):  # noqa: F811
    chinese = make_page()
    for column in (M.STATUS, M.LEGAL_NATURE, M.KIND):
        chinese.ui.table.horizontalHeader().resizeSection(column, 40)  # saved as the user left it
    chinese.save_layout()
    translators.extend(install_translator(qapp, "en"))
    page = make_page()
    view, header = page.ui.table, page.ui.table.horizontalHeader()
    assert header.sectionSize(M.STATUS) > _widest(view, InstitutionStatus)
    assert header.sectionSize(M.LEGAL_NATURE) > _widest(view, LegalNature)
    assert header.sectionSize(M.KIND) > _widest(view, InstitutionKind)
    for column in range(M.COLUMN_COUNT):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # every header whole


def test_yes_no_filters_are_as_wide_as_their_widest_state(qapp, translators, make_page):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    page = make_page()
    box = page.ui.demonstrationCheck
    assert box.text() == "Demonstration: Any"
    widths = []
    for state in (Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked):
        box.setCheckState(state)
        widths.append(box.sizeHint().width())
    assert box.minimumWidth() >= max(widths)
    assert box.width() >= max(widths)
