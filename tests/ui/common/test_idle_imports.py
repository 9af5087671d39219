"""Once the database is attached, the pages' code loads in idle time (a slice per event-loop turn),
so a page's first visit only builds and fills it; no page is built there, and a page opened first
loads its own code at once."""

from __future__ import annotations

import subprocess
import sys

from workstation.ui.idle_imports import IdleImports, page_modules

PAGE_MODULES = ("workstation.ui.inspections.inspections_page", "workstation.ui.fees.fees_page",
                "workstation.services.fees.service", "workstation.models.fees.fee_overview_table_model",
                "workstation.ui.registry.registry_page", "workstation.ui.filing.filing_page")


def _run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()


def _window_code(location: str, after_attach: str) -> str:
    return f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workstation.app import attach_database, build_main_window
from workstation.db.session import open_database
from workstation.services.common.context import Actor
from workstation.ui.areas import AREAS
from workstation.ui.idle_imports import IdleImports
db = open_database({location!r})
actor = Actor("admin", "管理员", role="ADMIN")
window = build_main_window(db, actor)
attach_database(window, db, actor)
{after_attach}
loader = window.findChild(IdleImports, "idleImports")
for _ in range(10_000):
    if not loader.pending():
        break
    app.processEvents()
print(sorted(m for m in {PAGE_MODULES!r} if m in sys.modules))
print(sorted(area.key for area in AREAS if area.builder and window.built(area.key)))
print(loader.turns, len(loader.imported), sorted({{m.split('.')[0] for m in sys.modules}} & {{'reportlab', 'openpyxl'}}))
print(sorted(m for m in loader.imported if m.startswith('workstation.ui.fees')))
db.close()
"""


def test_the_pages_code_loads_in_idle_turns_after_the_attach_and_no_page_is_built(district):
    loaded, built, turns, fees = _run(_window_code(str(district.location), ""))
    assert loaded == str(sorted(PAGE_MODULES))  # the attach alone loads none (test_startup_imports)
    assert built == "[]"  # nothing built: a built page would refresh on every change
    count, imported, file_libraries = turns.split(" ", 2)
    assert int(count) > 1 and int(imported) > int(count)  # a few modules a turn, over several turns
    assert file_libraries == "[]"  # reportlab and openpyxl still wait for a document
    assert "workstation.ui.fees.area" in fees  # (its page module comes with it)


def test_a_page_opened_first_loads_its_own_code_and_is_built_once(district):
    visit = "window.show_area('fees'); fees_page = window.page('fees')"
    loaded, built, _turns, fees = _run(_window_code(str(district.location), visit))
    assert loaded == str(sorted(PAGE_MODULES))
    assert built == "['fees']"
    assert fees == "[]"  # the loader found them loaded by the visit


def test_the_loader_skips_loaded_modules_and_stops_at_the_end(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    loader = IdleImports(parent, ["json", "workstation.no_such_module", "colorsys"])
    loader.start()
    qtbot.waitUntil(lambda: not loader.pending())
    assert "json" not in loader.imported  # (loaded already)
    assert "workstation.no_such_module" not in loader.imported  # a failure is left to the page's own visit
    assert loader.imported in ([], ["colorsys"])  # colorsys: unless another test loaded it already


def test_every_area_listed_has_its_ui_package_first_loaded_after_its_services():
    names = page_modules(["workstation.ui.fees"])
    assert names.index("workstation.services.fees") < names.index("workstation.ui.fees.fees_page")
    assert all(name.startswith(("workstation.services.fees", "workstation.models.fees", "workstation.ui.fees"))
               for name in names)
