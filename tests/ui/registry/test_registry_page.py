"""Registry page and its lazy table model, driven like a user would (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from sqlalchemy import insert, select

from workstation.db.orm import Nursery, Street
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.pinyin_order import name_sort_key
from workstation.models.registry.nursery_table_model import NurseryTableModel
from workstation.services.registry.listing import (
    RegistryFirstPage,
    RegistryQuery,
    RegistryRow,
    RegistryService,
)
from workstation.ui.registry import RegistryPage

# --- the model over a fake service of 100,000 rows ----------------------------------------------


class CountingRegistry:
    """A RegistryService stand-in with `total` synthetic rows; records every page read."""

    def __init__(self, total: int = 100_000) -> None:
        self.total = total
        self.pages: list[tuple[int, int]] = []
        self.queries: list[RegistryQuery] = []

    def first_page(self, query: RegistryQuery, limit: int, *, total: int | None = None,
                   count_cap: int | None = None) -> RegistryFirstPage:
        self.queries.append(query)
        return RegistryFirstPage(self.total, self._rows(0, limit))

    def page(self, query: RegistryQuery, offset: int, limit: int, total: int | None = None) -> list[RegistryRow]:
        self.pages.append((offset, limit))
        return self._rows(offset, limit)

    def _rows(self, offset: int, limit: int) -> list[RegistryRow]:
        return [_row(n) for n in range(offset, min(offset + limit, self.total))]


def _row(n: int) -> RegistryRow:
    return RegistryRow(
        id=n + 1, name=f"托育机构{n}", alias="", uscc=None, legal_nature=LegalNature.FOR_PROFIT,
        kind=InstitutionKind.STANDALONE, status=InstitutionStatus.FILED, street_name="杨家坪街道",
        address="", legal_rep_name="", places_total=1200, places_inclusive=0, inclusive=n % 2 == 0,
        demonstration_level=None, updated_at=dt.datetime(2026, 1, 1),
    )


@pytest.fixture
def lazy_model(qapp):
    fake = CountingRegistry()
    model = NurseryTableModel(fake)  # type: ignore[arg-type]
    model.set_query(RegistryQuery())
    return model, fake


class TestLazyModel:
    def test_knows_the_count_and_reads_only_the_first_page(self, lazy_model):
        model, fake = lazy_model
        assert model.rowCount() == 100_000
        assert model.data(model.index(5, NurseryTableModel.NAME)) == "托育机构5"
        assert fake.pages == [] and model.page_loads == 1

    def test_row_90000_reads_only_its_page(self, lazy_model):
        model, fake = lazy_model
        assert model.data(model.index(90_000, NurseryTableModel.NAME)) == "托育机构90000"
        assert model.data(model.index(90_199, NurseryTableModel.NAME)) == "托育机构90199"
        assert fake.pages == [(90_000, NurseryTableModel.PAGE_SIZE)]
        assert model.nursery_id(90_001) == 90_002

    def test_crossing_a_page_boundary_reads_the_next_page(self, lazy_model):
        model, fake = lazy_model
        size = NurseryTableModel.PAGE_SIZE
        assert [model.nursery_id(r) for r in range(size - 2, size + 2)] == [size - 1, size, size + 1, size + 2]
        assert fake.pages == [(size, size)]

    def test_page_cache_is_bounded_least_recently_used(self, lazy_model):
        model, fake = lazy_model
        size, most = NurseryTableModel.PAGE_SIZE, NurseryTableModel.MAX_PAGES
        for page in range(most + 5):
            model.nursery_id(page * size)
        assert len(model.cached_pages()) == most
        assert 0 not in model.cached_pages()  # the oldest went first
        model.nursery_id((most + 4) * size)  # still cached: no read
        assert len(fake.pages) == most + 4

    def test_display_labels_numbers_and_alignment(self, lazy_model):
        model, _fake = lazy_model
        index = model.index(0, NurseryTableModel.STATUS)
        assert model.data(index) == "已备案"
        places = model.index(0, NurseryTableModel.PLACES_TOTAL)
        assert model.data(places) == "1,200"
        assert model.data(places, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        assert model.data(model.index(0, NurseryTableModel.INCLUSIVE)) == "是"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "机构名称"
        assert model.data(model.index(0, 0), NurseryTableModel.ID_ROLE) == 1

    def test_sort_requeries_with_the_key(self, lazy_model):
        model, fake = lazy_model
        model.sort(NurseryTableModel.PLACES_TOTAL, Qt.SortOrder.DescendingOrder)
        assert fake.queries[-1].sort_key == "places_total" and fake.queries[-1].descending
        assert model.sort_column() == NurseryTableModel.PLACES_TOTAL
        assert model.cached_pages() == [0]

    def test_english_labels(self, qapp, translators):
        from workstation.i18n.translation import install_translator

        translators.extend(install_translator(qapp, "en"))  # the one language switch
        model = NurseryTableModel(CountingRegistry(3))  # type: ignore[arg-type]
        model.set_query(RegistryQuery())
        assert model.data(model.index(0, NurseryTableModel.KIND)) == "Standalone nursery"


# --- the page over a real database --------------------------------------------------------------

NAMES = ["重庆市九龙坡区小星星托育中心", "重庆市九龙坡区彩虹托育园", "重庆市九龙坡区启蒙婴幼儿照护服务中心",
         "重庆市九龙坡区童趣托育有限公司", "重庆市九龙坡区禾苗家庭托育点"]


@pytest.fixture
def registry_db(district):
    with district.factory.begin() as session:
        streets = list(session.scalars(select(Street.id).order_by(Street.code)))
        session.execute(insert(Nursery), [
            {"name": name, "legal_nature": LegalNature.FOR_PROFIT, "kind": InstitutionKind.STANDALONE,
             "status": InstitutionStatus.FILED if i % 2 else InstitutionStatus.REGISTERED,
             "street_id": streets[i % 2], "legal_rep_name": f"李{i}", "uscc": f"9150010700000000{i}X",
             "places_total": 10 * (i + 1), "inclusive": i == 1}
            for i, name in enumerate(NAMES)])
    return district


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_page(qtbot, registry_db, settings):
    def make() -> RegistryPage:
        page = RegistryPage(RegistryService(registry_db.factory), settings=settings)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        with qtbot.waitExposed(page):
            page.show()
        return page
    return make


def _count_is(page: RegistryPage, count: int):
    return lambda: page.ui.countLabel.text() == f"共 {count} 家"


class TestRegistryPage:
    def test_opens_with_every_nursery_by_name(self, make_page):
        page = make_page()
        assert page.ui.countLabel.text() == "共 5 家"
        table = page.ui.table
        first = table.model().index(0, NurseryTableModel.NAME).data()
        assert first == sorted(NAMES, key=name_sort_key)[0]  # pinyin order
        assert table.horizontalHeader().sortIndicatorSection() == NurseryTableModel.NAME

    def test_an_empty_result_says_so_over_the_list(self, qtbot, make_page, type_text):
        page = make_page()
        notice = page.empty_notice.label
        assert not notice.isVisible()
        type_text(page.ui.searchEdit, "没有这样的机构")
        qtbot.waitUntil(_count_is(page, 0))
        assert notice.isVisible() and notice.text() == "没有符合条件的机构"
        page.ui.searchEdit.clear()
        qtbot.waitUntil(_count_is(page, 5))
        assert not notice.isVisible()

    def test_typing_filters_the_table(self, qtbot, make_page, type_text):
        page = make_page()
        type_text(page.ui.searchEdit, "小星")
        qtbot.waitUntil(_count_is(page, 1))
        assert page.model.data(page.model.index(0, 0)) == "重庆市九龙坡区小星星托育中心"
        page.ui.searchEdit.clear()
        type_text(page.ui.searchEdit, "托育园")
        qtbot.waitUntil(lambda: page.model.query.text == "托育园")
        assert page.ui.countLabel.text() == "共 1 家"

    def test_typing_a_uscc_in_lower_case(self, qtbot, make_page):
        page = make_page()
        qtbot.keyClicks(page.ui.searchEdit, "000003x")
        qtbot.waitUntil(_count_is(page, 1))
        assert page.model.row_at(0).name == NAMES[3]

    def test_filters_and_reset(self, qtbot, make_page):
        page = make_page()
        ui = page.ui
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(InstitutionStatus.FILED.value))
        qtbot.waitUntil(_count_is(page, 2))
        ui.streetCombo.setCurrentIndex(ui.streetCombo.findData("500107002"))
        qtbot.waitUntil(_count_is(page, 2))
        ui.inclusiveCheck.click()  # 不限 -> 是
        qtbot.waitUntil(_count_is(page, 1))
        assert ui.inclusiveCheck.text() == "普惠性：是"
        ui.resetButton.click()
        qtbot.waitUntil(_count_is(page, 5))
        assert ui.inclusiveCheck.checkState() == Qt.CheckState.PartiallyChecked

    def test_header_click_sorts_in_the_database(self, qtbot, make_page):
        page = make_page()
        header = page.ui.table.horizontalHeader()
        x = header.sectionViewportPosition(NurseryTableModel.PLACES_TOTAL) + 5
        for descending in (False, True):  # a second click reverses the order
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
            qtbot.waitUntil(lambda d=descending: page.model.query == RegistryQuery(sort_key="places_total",
                                                                                    descending=d))
            places = [page.model.row_at(r).places_total for r in range(5)]
            assert places == sorted(places, reverse=descending)

    def test_double_click_emits_the_nursery_id(self, qtbot, make_page, registry_db):
        page = make_page()
        table = page.ui.table
        rect = table.visualRect(table.model().index(2, NurseryTableModel.NAME))
        expected = page.model.nursery_id(2)
        with qtbot.waitSignal(page.nursery_activated) as blocker:
            # QTest sends the double-click event alone: the view wants the press before it.
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert blocker.args == [expected]
        with registry_db.factory() as session:
            assert session.get(Nursery, expected).name == page.model.row_at(2).name

    def test_enter_on_a_row_emits_the_nursery_id(self, qtbot, make_page):
        page = make_page()
        table = page.ui.table
        table.setFocus()
        table.setCurrentIndex(table.model().index(1, 0))
        with qtbot.waitSignal(page.nursery_activated) as blocker:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        assert blocker.args == [page.model.nursery_id(1)]

    def test_ctrl_f_focuses_the_search_box(self, qtbot, make_page):
        page = make_page()
        with qtbot.waitActive(page):  # shortcuts only fire in the active window
            page.activateWindow()
        page.ui.table.setFocus()
        qtbot.keyClick(page.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(page.ui.searchEdit.hasFocus)

    def test_column_layout_persists_across_pages(self, qtbot, make_page):
        first = make_page()
        header = first.ui.table.horizontalHeader()
        header.resizeSection(NurseryTableModel.ADDRESS, 123)
        header.moveSection(header.visualIndex(NurseryTableModel.STATUS), 0)
        first._show_column(NurseryTableModel.ALIAS, False)
        header.setSortIndicator(NurseryTableModel.PLACES_TOTAL, Qt.SortOrder.DescendingOrder)
        first.close()
        second = make_page()
        header = second.ui.table.horizontalHeader()
        assert header.sectionSize(NurseryTableModel.ADDRESS) == 123
        assert header.logicalIndex(0) == NurseryTableModel.STATUS
        assert header.isSectionHidden(NurseryTableModel.ALIAS)
        assert second.model.query.sort_key == "places_total" and second.model.query.descending

    def test_a_saved_sort_on_a_column_out_of_view_is_brought_into_view(self, qtbot, make_page):
        """A sort kept from an earlier session on a column scrolled out of view (or hidden since): the page
        opens with that column in view, so the header's indicator says what the list is sorted by."""
        first = make_page()
        header = first.ui.table.horizontalHeader()
        last = max(range(NurseryTableModel.COLUMN_COUNT), key=header.visualIndex)
        header.setSortIndicator(last, Qt.SortOrder.DescendingOrder)
        for column in range(NurseryTableModel.COLUMN_COUNT):  # wide columns: the last one far out of view
            header.resizeSection(column, 400)
        if last != NurseryTableModel.NAME:  # hidden since, as well
            first._show_column(last, False)
        first.close()
        second = make_page()
        table, header = second.ui.table, second.ui.table.horizontalHeader()
        assert second.model.query.descending and header.sortIndicatorSection() == last
        assert not header.isSectionHidden(last)

        def in_view() -> bool:
            left = header.sectionViewportPosition(last)
            return left >= 0 and left + header.sectionSize(last) <= table.viewport().width()

        qtbot.waitUntil(in_view)
