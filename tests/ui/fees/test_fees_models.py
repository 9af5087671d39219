"""The fee table models on their own: grouping, sorting by amount, flags, filters."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fees_support import FakeFeeOverview
from PySide6.QtCore import Qt

from workstation.domain.enums import InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import FeeFinding, FeeItem, FeeItemKind, FeeUnit
from workstation.models.fees.fee_item_table_model import FeeItemTableModel
from workstation.models.fees.fee_overview_table_model import FeeOverviewTableModel
from workstation.services.fees import FeeOverviewQuery
from workstation.services.fees.dto import CurrentFees

FULL, HALF, HOURLY = ServiceType.FULL_DAY, ServiceType.HALF_DAY, ServiceType.HOURLY


def item(service, fen, kind=FeeItemKind.CARE, name="保育费", unit=FeeUnit.MONTH) -> FeeItem:
    return FeeItem(service, kind, name, fen, unit)


def row(nursery_id, name, items, *, publicised=True, findings=(), scheduled=True) -> CurrentFees:
    return CurrentFees(nursery_id, name, "", "杨家坪街道", LegalNature.SOCIAL_SERVICE, True, InstitutionStatus.OPERATING,
                       nursery_id if scheduled else None, dt.date(2026, 1, 1) if scheduled else None, tuple(items),
                       publicised, tuple(findings))


def test_items_of_a_service_type_stay_together(qapp):
    model = FeeItemTableModel()
    model.add(item(HOURLY, 1))
    model.add(item(FULL, 2))
    model.add(item(HOURLY, 3, name="夜间计时"))
    model.add(item(FULL, 4, FeeItemKind.MEAL, "伙食费"))
    model.add(item(HALF, 5))
    assert [(i.service_type, i.amount_fen) for i in model.items()] == [
        (FULL, 2), (FULL, 4), (HALF, 5), (HOURLY, 1), (HOURLY, 3)]
    model.replace(0, item(HOURLY, 9, name="新计时"))
    assert [i.amount_fen for i in model.items()] == [4, 5, 1, 3, 9]
    index = model.index(0, FeeItemTableModel.UNIT)
    assert model.data(index) == "元/月" and model.data(model.index(4, FeeItemTableModel.AMOUNT)) == "0.09"


def test_flagged_items_are_marked(qapp):
    model = FeeItemTableModel([item(FULL, 250000), item(FULL, 50000, FeeItemKind.MEAL, "伙食费")])
    model.set_findings([FeeFinding("FEE-CAP", "超过指导价", FULL, "保育费", 50000)])
    amount = FeeItemTableModel.AMOUNT
    assert model.data(model.index(0, amount), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, amount), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "超过指导价"


def overview(rows) -> tuple[FeeOverviewTableModel, FakeFeeOverview]:
    service = FakeFeeOverview(rows)
    model = FeeOverviewTableModel(service, lambda: dt.date(2026, 12, 4))
    model.set_query(FeeOverviewQuery())
    return model, service


def test_overview_shows_amounts_flags_and_nothing_in_force(qapp):
    cap = FeeFinding("FEE-CAP", "超", FULL, "保育费", 30000)
    unpublicised = FeeFinding("FEE-UNPUBLICISED", "未公示")
    model, _service = overview([
        row(1, "甲园", [item(FULL, 99000)]),
        row(2, "乙园", [item(FULL, 1200000)], findings=[cap]),
        row(3, "丙园", [item(HALF, 50000)], publicised=False, findings=[unpublicised]),
        row(4, "丁园", [], scheduled=False, publicised=False),
    ])
    assert model.index(0, FeeOverviewTableModel.FULL_DAY).data() == "990.00元/月"
    assert model.index(1, FeeOverviewTableModel.OVER_CAP).data() == "超 300.00 元"
    assert model.index(1, FeeOverviewTableModel.OVER_CAP).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, FeeOverviewTableModel.PUBLICISED).data() == "未公示"
    assert model.index(3, FeeOverviewTableModel.PUBLICISED).data() == "未登记收费标准"  # as the register says
    assert model.index(3, FeeOverviewTableModel.PUBLICISED).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, FeeOverviewTableModel.EFFECTIVE_FROM).data() == ""  # blank, like a missing fee
    assert model.index(3, 0).data(FeeOverviewTableModel.ID_ROLE) == 4


def test_overview_reads_one_page_and_leaves_sorting_and_filtering_to_the_service(qapp):
    model, service = overview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 1001)])
    assert (model.rowCount(), service.pages) == (1000, [(FeeOverviewQuery(), 0, model.PAGE_SIZE)])
    assert model.index(0, 0).data() == "园0001" and model.page_loads == 1  # the first page is at hand
    assert model.index(950, 0).data() == "园0951" and service.pages[-1][1:] == (900, model.PAGE_SIZE)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.sort(FeeOverviewTableModel.FULL_DAY, Qt.SortOrder.DescendingOrder)
    asked = service.pages[-1][0]
    assert (asked.sort_key, asked.descending, len(resets)) == ("full_day", True, 1)
    model.set_query(dataclasses.replace(model.query, text="园09", over_cap_only=False))
    assert service.counts[-1].text == "园09" and service.counts[-1].sort_key == "full_day"
    assert model.rowCount() == 100 and len(service.pages[-1]) == 3


def test_a_header_click_reorders_without_counting_again(qapp):
    """The same nurseries in another order: a sort at 100,000 nurseries counted the whole list again
    (~20 ms of every header click); the count stands until a refresh, a new search or another 查看日期."""
    model, service = overview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 301)])
    counted = len(service.counts)
    model.sort(FeeOverviewTableModel.FULL_DAY, Qt.SortOrder.DescendingOrder)
    model.sort(FeeOverviewTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert len(service.counts) == counted and model.rowCount() == 300
    assert service.pages[-1][0].sort_key == "name"
    model.refresh()
    model.set_query(dataclasses.replace(model.query, text="园00"))
    assert len(service.counts) == counted + 2


def test_counts_are_made_again_only_after_a_commit(qapp):
    """Refreshing 收费公示 with nothing committed since (the window's data token unchanged) counted
    the whole district again, 20-100 ms at 100,000 nurseries; the rows are still read again."""
    token = [1]
    service = FakeFeeOverview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 301)])
    model = FeeOverviewTableModel(service, lambda: dt.date(2026, 12, 4), token=lambda: token[0])
    model.set_query(FeeOverviewQuery())
    model.refresh()
    model.set_query(FeeOverviewQuery(text="园00"))
    model.set_query(FeeOverviewQuery())  # the search erased again
    assert len(service.counts) == 2 and len(service.pages) == 4 and model.rowCount() == 300
    token[0] = 2  # a commit (or another day)
    model.refresh()
    assert len(service.counts) == 3
    unknown = FeeOverviewTableModel(service, lambda: dt.date(2026, 12, 4))  # no token: always counted
    unknown.set_query(FeeOverviewQuery())
    unknown.refresh()
    assert len(service.counts) == 5


def test_each_cell_is_made_once_per_refill(qapp):
    """A repaint asks every visible cell for its text, colours, alignment and tooltip again: each answer
    is made once per refill (or page read), not on every paint of a keystroke or header click."""
    made = []

    class Counting(FeeOverviewTableModel):
        def _display(self, row, column):
            made.append((row.nursery_id, column))
            return super()._display(row, column)

    service = FakeFeeOverview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 301)])
    model = Counting(service, lambda: dt.date(2026, 12, 4))
    model.set_query(FeeOverviewQuery())
    for _paint in range(3):
        for r in range(20):
            for column in range(model.COLUMN_COUNT):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
                    model.index(r, column).data(role)
    assert len(made) == 20 * model.COLUMN_COUNT
    assert model.index(0, FeeOverviewTableModel.FULL_DAY).data() == "0.01元/月"
    model.refresh()
    model.index(0, 0).data()
    assert len(made) == 20 * model.COLUMN_COUNT + 1


def test_the_listed_non_charging_nurseries_are_looked_up_once_per_commit_and_day(qapp):
    """Each count (a keystroke) probed the district's ~28,700 non-charging nurseries for a schedule in
    force; the few listed are found once while nothing is committed, and each count is given them."""
    token, day = [1], [dt.date(2026, 12, 4)]
    service = FakeFeeOverview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 301)])
    model = FeeOverviewTableModel(service, lambda: day[0], token=lambda: token[0])
    for text in ("", "园", "园0", "园00"):
        model.set_query(FeeOverviewQuery(text=text))
    assert service.listed_asked == [dt.date(2026, 12, 4)]
    assert len(service.counted_with) == 4 and all(found == frozenset() for found in service.counted_with)
    day[0] = dt.date(2026, 12, 5)  # another 查看日期: schedules in force on another day
    model.set_query(FeeOverviewQuery(text="园1"))
    token[0] = 2  # a commit
    model.set_query(FeeOverviewQuery(text="园2"))
    assert service.listed_asked == [dt.date(2026, 12, 4), dt.date(2026, 12, 5), dt.date(2026, 12, 5)]


def test_each_page_is_read_with_the_count_just_made(qapp):
    """A server reads a page of a search matching many nurseries along the sort order when it knows
    how many match (issue #20: 托's first page read and sorted 72,000 matches, ~150 ms)."""
    model, service = overview([row(n, f"园{n:04d}", [item(FULL, n)]) for n in range(1, 1001)])
    model.set_query(FeeOverviewQuery(text="园0"))
    model.row_at(150)  # a later page
    assert service.listed_given == [1000, 999, 999]


def test_prices_and_periods_follow_the_interface_language(qapp, translators):
    """Walk: in English the fee list read "2,340.00元/月" and the history "2024-04-22 起至今"."""
    from workstation.domain.fees import Period
    from workstation.i18n.translation import install_translator
    from workstation.models.fees.fee_history_table_model import FeeHistoryTableModel
    from workstation.services.fees import Schedule

    model, _service = overview([row(1, "甲园", [item(FULL, 234000)])])
    cell = model.index(0, FeeOverviewTableModel.FULL_DAY)
    assert model.data(cell) == "2,340.00元/月"
    translators.extend(install_translator(qapp, "en"))
    model, _service = overview([row(1, "甲园", [item(FULL, 234000)])])
    assert model.data(model.index(0, FeeOverviewTableModel.FULL_DAY)) == "2,340.00 yuan/month"
    history = FeeHistoryTableModel()
    history.set_schedules([Schedule(1, 1, Period(dt.date(2024, 4, 22)), ()),
                           Schedule(2, 1, Period(dt.date(2022, 1, 30), dt.date(2023, 8, 31)), ())])
    assert [history.data(history.index(r, FeeHistoryTableModel.PERIOD)) for r in (0, 1)] == [
        "from 2024-04-22", "2022-01-30 to 2023-08-31"]
