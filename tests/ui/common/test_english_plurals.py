"""English mode counts nurseries in the singular for one: "1 nursery", not "1 nurseries"."""

from __future__ import annotations

from conftest import NurserySpec, insert_nurseries

from workstation.app import attach_database, build_main_window
from workstation.domain.enums import InstitutionStatus
from workstation.exports.inspections.draw import write_draw_pdf
from workstation.i18n.translation import install_translator
from workstation.services.common.context import Actor
from workstation.services.inspections.draws import RandomDrawService
from workstation.ui.inspections.draw_dialog import DrawDialog

INSPECTOR = Actor("insp", "周检查", "INSPECTOR")
OPERATING = NurserySpec("500107001", InstitutionStatus.OPERATING, places=30)


def test_one_nursery_is_counted_in_the_singular(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    insert_nurseries(district.factory, [OPERATING])
    window = build_main_window(district, INSPECTOR)
    qtbot.addWidget(window)
    attach_database(window, district, INSPECTOR)
    window.show_area("registry")
    count = window.page("registry").registry_page.ui.countLabel
    assert count.text() == "1 nursery"
    dialog = DrawDialog(RandomDrawService(district.factory, INSPECTOR, write_draw_pdf))
    qtbot.addWidget(dialog)
    assert dialog.ui.populationLabel.text() == "1 nursery"

    insert_nurseries(district.factory, [OPERATING])
    dialog.refresh_population()
    assert dialog.ui.populationLabel.text() == "2 nurseries"
