"""A search matching many nurseries shows its first rows at once; the exact count arrives later.

The background count is held at a gate, so what the page shows before the count is checked
without racing it.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import insert, select

from workstation.db.orm import Nursery, Street
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.models.registry.nursery_table_model import NurseryTableModel
from workstation.services.registry.listing import RegistryService
from workstation.ui.registry import RegistryPage

CAP = 20
MANY = 60  # nurseries holding 托育园 (more than the cap)


class GatedRegistry(RegistryService):
    """The real service whose background counter waits at `gate` before counting."""

    def __init__(self, factory, gate: threading.Event) -> None:
        super().__init__(factory)
        self.gate = gate

    def counter(self) -> RegistryService:
        service, gate = super().counter(), self.gate

        class Gated:
            def count(self, query):
                gate.wait(30)
                return service.count(query)

        return Gated()  # type: ignore[return-value]


@pytest.fixture
def page(qtbot, district, tmp_path, monkeypatch):
    monkeypatch.setattr(NurseryTableModel, "COUNT_CAP", CAP)
    with district.factory.begin() as session:
        street = session.scalars(select(Street.id).order_by(Street.code)).first()
        session.execute(insert(Nursery), [
            {"name": f"重庆市九龙坡区第{i:02d}托育园" if i < MANY else f"重庆市九龙坡区第{i:02d}幼儿照护点",
             "legal_nature": LegalNature.FOR_PROFIT, "kind": InstitutionKind.STANDALONE,
             "status": InstitutionStatus.FILED, "street_id": street, "legal_rep_name": f"李{i}",
             "uscc": f"915001070000{i:05d}X", "places_total": i}
            for i in range(MANY + 5)])
    gate = threading.Event()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = RegistryPage(GatedRegistry(district.factory, gate), settings=settings)
    qtbot.addWidget(made)
    made.resize(1100, 600)
    with qtbot.waitExposed(made):
        made.show()
    yield made, gate
    gate.set()
    made.model.wait_for_count()


def _search(qtbot, page: RegistryPage, type_text, text: str) -> None:
    type_text(page.ui.searchEdit, text)
    qtbot.waitUntil(lambda: page.model.query.text == text)


def test_rows_show_before_the_exact_count_which_arrives_later(qtbot, page, type_text):
    page, gate = page
    model = page.model
    _search(qtbot, page, type_text, "托育园")

    assert not model.exact
    assert model.rowCount() == CAP + 1  # the rows known to exist; the scroll bar is not the total's yet
    assert model.data(model.index(0, NurseryTableModel.NAME)) == "重庆市九龙坡区第00托育园"
    assert page.ui.countLabel.text() == "超过 20 家（正在统计总数…）"

    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        gate.set()
    assert model.exact and model.rowCount() == MANY
    assert page.ui.countLabel.text() == "共 60 家"
    assert model.data(model.index(MANY - 1, NurseryTableModel.NAME)) == "重庆市九龙坡区第59托育园"


def test_few_matches_are_counted_at_once(qtbot, page, type_text):
    page, _gate = page  # the gate stays shut: no background count is needed
    _search(qtbot, page, type_text, "照护点")
    assert page.model.exact and page.model.rowCount() == 5
    assert page.ui.countLabel.text() == "共 5 家"


def test_ctrl_end_reaches_the_real_end_before_the_count_arrives(qtbot, page, type_text):
    page, _gate = page
    model, table = page.model, page.ui.table
    _search(qtbot, page, type_text, "托育园")
    assert not model.exact
    table.setFocus()
    table.setCurrentIndex(model.index(0, NurseryTableModel.NAME))

    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

    assert table.currentIndex().row() == MANY - 1
    assert model.data(model.index(table.currentIndex().row(), NurseryTableModel.NAME)) == "重庆市九龙坡区第59托育园"
    assert page.ui.countLabel.text() == "共 60 家"


def test_a_sort_click_keeps_the_count_and_does_not_count_again(qtbot, page, type_text):
    page, gate = page
    model = page.model
    _search(qtbot, page, type_text, "托育园")
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        gate.set()
    counted: list[object] = []
    real_count = RegistryService.count
    page.model._service.count = lambda query: counted.append(query) or real_count(page.model._service, query)

    model.sort(NurseryTableModel.PLACES_TOTAL, Qt.SortOrder.DescendingOrder)

    assert model.exact and model.rowCount() == MANY and counted == []
    assert page.ui.countLabel.text() == "共 60 家"
    assert model.data(model.index(0, NurseryTableModel.NAME)) == "重庆市九龙坡区第59托育园"


def test_english_count_label(qtbot, qapp, page, type_text, translators):
    from workstation.i18n.translation import install_translator

    page, _gate = page
    translators.extend(install_translator(qapp, "en"))
    _search(qtbot, page, type_text, "托育园")
    assert page.ui.countLabel.text() == "More than 20 nurseries (counting them all…)"
