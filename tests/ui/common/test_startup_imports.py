"""Start-up loads what the first screen needs: the ORM only after the first paint (not with the
program's composition root), and the attach no page module (each loads on its first visit)."""

from __future__ import annotations

import subprocess
import sys

PAGE_MODULES = ("workstation.ui.filing.filing_page", "workstation.ui.inspections.inspections_page",
                "workstation.ui.staff.staff_tab", "workstation.ui.staff.ban_page", "workstation.ui.inbox.inbox_page",
                "reportlab", "openpyxl")


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_the_composition_root_loads_no_orm():
    assert _run("import sys, workstation.app; print('sqlalchemy' in sys.modules)") == "False"


def test_attaching_the_database_loads_no_page_module(district):
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workstation.app import attach_database, build_main_window
from workstation.db.session import open_database
from workstation.services.common.context import Actor
db = open_database({str(district.location)!r})
actor = Actor("admin", "管理员", role="ADMIN")
window = build_main_window(db, actor)
attach_database(window, db, actor)
print(sorted(m for m in {PAGE_MODULES!r} if m in sys.modules))
db.close()
"""
    assert _run(code) == "[]"


def test_the_filing_and_inspection_pages_load_reportlab_only_for_a_pdf():
    code = ("import sys, workstation.ui.filing.filing_page, workstation.ui.inspections.inspections_page; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl'}))")
    assert _run(code) == "[]"
