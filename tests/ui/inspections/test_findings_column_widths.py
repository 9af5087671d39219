"""监督检查's findings: 状态 fits "逾期 9999 天" in bold (an overdue row is) and every state, whichever
rows the list opened with (walk: "逾期 348…")."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from workstation.domain.rectification_states import RectificationState
from workstation.i18n.labels import ui_label
from workstation.i18n.translation import install_translator
from workstation.models.inspections import FindingTableModel
from workstation.ui.common.due_dates import due_text
from workstation.ui.common.list_views import set_up_list_view, size_columns_once


def _sized(qtbot) -> QTableView:
    empty = SimpleNamespace(total=0, rows=[])
    queues = SimpleNamespace(findings_first_page=lambda query, limit: empty, findings_page=lambda *a: [])
    model = FindingTableModel(queues, due_text)
    view = QTableView()
    qtbot.addWidget(view)
    set_up_list_view(view, model, stretch=FindingTableModel.TEXT)
    model.refresh()
    size_columns_once(view)
    return view


def _bold_width(view: QTableView, texts) -> int:
    bold = QFont(view.font())
    bold.setBold(True)
    return max(QFontMetrics(bold).horizontalAdvance(text) for text in texts)


def test_state_fits_an_overdue_count_and_every_state(qtbot):
    view = _sized(qtbot)
    state = view.horizontalHeader().sectionSize(FindingTableModel.STATE)
    assert state > _bold_width(view, ["逾期 9999 天", *(ui_label(s) for s in RectificationState)])


def test_in_english_too(qtbot, qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    view = _sized(qtbot)
    header = view.horizontalHeader()
    assert header.sectionSize(FindingTableModel.STATE) > _bold_width(view, ["9999 days overdue"])
    for column in range(FindingTableModel.DEPARTMENT, FindingTableModel.RECHECK + 1):
        if column != FindingTableModel.TEXT:  # (the item's text stretches over what is left)
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
