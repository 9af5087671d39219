"""备案管理's list gives the nursery name the room: the label and date columns are sized to every label
and to a date, in the interface language, not to the rows that happened to be loaded first (walk: a
provisional 回执期限 in the first rows kept the column wide after a filter emptied it, and the name
showed five characters)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from test_filing_page import TODAY, add_nursery, make_service

from workstation.db.orm import Nursery
from workstation.domain.filing import FilingKind, FilingState
from workstation.i18n.labels import ui_label
from workstation.i18n.translation import install_translator
from workstation.ui.filing import FilingPage
from workstation.ui.filing.filing_page import FilingPage as Page


def _widest(view, texts) -> int:
    bold = QFont(view.font())
    bold.setBold(True)
    return max(QFontMetrics(bold).horizontalAdvance(text) for text in texts)


def _page(qtbot, district) -> FilingPage:
    svc = make_service(district)
    svc.create(add_nursery(district.factory, 1), FilingKind.INITIAL)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_state_and_kind_fit_every_label_in_english(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    page = _page(qtbot, district)
    view, header = page.ui.applicationTable, page.ui.applicationTable.horizontalHeader()
    assert header.sectionSize(Page.STATE) > _widest(view, [ui_label(s) for s in FilingState])
    assert header.sectionSize(Page.KIND) > _widest(view, [ui_label(k) for k in FilingKind])
    for column in range(Page.USCC, page.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # every header whole


def test_the_deadline_is_sized_to_a_date_not_to_a_provisional_mark_of_the_first_rows(qtbot, district, monkeypatch):
    marked = "2027-01-05（暂定，节假日安排未录入）"
    monkeypatch.setattr(FilingPage, "refresh", lambda self: None)  # sized below, with the rows faked
    page = _page(qtbot, district)
    monkeypatch.setattr(page.model, "display", lambda row, column: marked if column == Page.DUE else "x")
    page.reload_list()
    view, header = page.ui.applicationTable, page.ui.applicationTable.horizontalHeader()
    assert header.sectionSize(Page.DUE) < view.fontMetrics().horizontalAdvance(marked)
    assert header.sectionSize(Page.DUE) > _widest(view, ["2026-12-31"])


def test_the_name_is_fitted_to_its_rows_in_english_too(qtbot, qapp, translators, district):
    # re-walk: in English the stretched name column got what the wider label columns left (~80 px)
    translators.extend(install_translator(qapp, "en"))
    svc = make_service(district)
    nursery = add_nursery(district.factory, 1)
    with district.factory.begin() as session:
        session.get(Nursery, nursery).name = "重庆市九龙坡区第二人民医院职工子女托育中心"
    svc.create(nursery, FilingKind.INITIAL)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 600)  # the list beside the queues: ~650 px
    page.show()
    qtbot.waitExposed(page)
    view, header = page.ui.applicationTable, page.ui.applicationTable.horizontalHeader()
    name = page.model.row_at(0).nursery_name
    assert header.sectionSize(Page.NAME) >= view.fontMetrics().horizontalAdvance(name)
    assert header.sectionResizeMode(Page.NAME) == header.ResizeMode.Interactive  # the user may widen it
