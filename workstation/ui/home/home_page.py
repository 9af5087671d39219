"""Home page: district figures at a glance and a table per street."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from workstation.domain.district import DistrictSettings
from workstation.models.home import StreetFiguresTableModel, sorting_proxy
from workstation.services.home import HomeService, HomeSummary
from workstation.ui.common.freshness import Freshness
from workstation.ui.common.tooltips import wrap_tooltip
from workstation.ui.forms.ui_home_page import Ui_HomePage
from workstation.ui.home.figure_cards import CardFlow


def places_per_thousand(places: int, population: int | None) -> float | None:
    """Places per 1,000 residents, or None when the population is unknown or zero."""
    if not population:
        return None
    return places * 1000 / population


class HomePage(QWidget):
    def __init__(self, home: HomeService, district: DistrictSettings, parent: QWidget | None = None, *,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self.freshness = Freshness(token)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self._home = home
        self.district = district
        self.street_model = StreetFiguresTableModel(parent=self)
        self.street_proxy = sorting_proxy(self.street_model, self)
        self._set_up_table()
        ui = self.ui
        self.card_flow = CardFlow(ui.figuresPanel, ui.figuresGrid, (
            ui.nurseriesCard, ui.notFiledCard, ui.placesCard, ui.inclusiveCard, ui.enrolledCard, ui.perThousandCard))
        wrap_tooltip(ui.nurseriesCard)  # what 机构总数 counts: a paragraph, not one line across the screen
        self.ui.districtLabel.setText(self._district_line())
        self.summary: HomeSummary | None = None

    def refresh(self) -> None:
        """Reload the figures from the database."""
        self.freshness.reading()
        self.summary = self._home.summary()
        self._show_figures(self.summary)
        self.street_model.set_rows(self.summary.streets)

    def refresh_if_changed(self) -> None:
        """Reload unless nothing was committed (and the day is the same) since the figures were read."""
        if self.freshness.changed():
            self.refresh()

    def _set_up_table(self) -> None:
        table = self.ui.streetTable
        table.setModel(self.street_proxy)
        table.sortByColumn(StreetFiguresTableModel.CODE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StreetFiguresTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(StreetFiguresTableModel.CODE, StreetFiguresTableModel.COLUMN_COUNT):
            header.resizeSection(column, 130)

    def _district_line(self) -> str:
        d = self.district
        line = self.tr("{name}（行政区划代码 {code}），街道（乡镇）{streets} 个", "", len(d.streets)).format(
            name=d.name, code=d.division_code, streets=len(d.streets)
        )
        if d.resident_population:
            line += self.tr("，常住人口 {population:,} 人").format(population=d.resident_population)
        return line

    def _show_figures(self, s: HomeSummary) -> None:
        ui = self.ui
        ui.nurseriesValue.setText(f"{s.nurseries:,}")
        ui.notFiledValue.setText(f"{s.registered_not_filed:,}")
        ui.placesValue.setText(f"{s.places_total:,}")
        ui.inclusiveValue.setText(f"{s.places_inclusive:,}")
        ui.enrolledValue.setText(f"{s.enrolled:,}")
        ratio = places_per_thousand(s.places_total, self.district.resident_population)
        ui.perThousandCard.setVisible(ratio is not None)
        ui.perThousandValue.setText("" if ratio is None else f"{ratio:.2f}")
