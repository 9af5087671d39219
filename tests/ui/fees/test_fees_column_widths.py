"""收费公示 in English: the price columns show the widest price whole ("2,340.00 yua…" in the walk),
and every label column its longest label, whatever rows are listed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from test_fees_page import TODAY, services  # noqa: F401 (fixtures)

from workstation.domain.enums import LegalNature
from workstation.domain.fees import FeeUnit
from workstation.i18n.translation import install_translator
from workstation.models.fees import FeeOverviewTableModel as M
from workstation.ui.fees.fees_page import FeesPage


def test_prices_and_labels_fit_in_english(qapp, translators, services, qtbot):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    fees, rules, _ids = services
    widget = FeesPage(fees, rule_service=rules, today=lambda: TODAY)
    qtbot.addWidget(widget)
    view, header = widget.ui.overviewView, widget.ui.overviewView.horizontalHeader()
    bold = QFont(view.font())
    bold.setBold(True)
    price = max(QFontMetrics(bold).horizontalAdvance(f"99,999.99 yuan/{unit.en}") for unit in FeeUnit)
    for column in (M.FULL_DAY, M.HALF_DAY, M.HOURLY, M.TEMPORARY):
        assert header.sectionSize(column) > price
    assert header.sectionSize(M.NATURE) > QFontMetrics(bold).horizontalAdvance(LegalNature.SOCIAL_SERVICE.en)
    for column in range(M.COLUMN_COUNT):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # every header whole
