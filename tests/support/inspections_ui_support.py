"""Helpers shared by the inspection GUI tests (imported by tests/ui/test_inspections_*; holds no tests)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.inspections import InspectionKind, ItemResult, Signatures
from workstation.exports.inspections.notice import write_rectification_notice
from workstation.services.common.context import Actor
from workstation.services.inspections.dto import InspectionDTO, ItemEntry
from workstation.services.inspections.queues import InspectionQueues
from workstation.services.inspections.service import InspectionService
from workstation.services.inspections.templates import TemplateService
from workstation.services.registry.listing import RegistryService
from workstation.ui.inspections.inspections_page import InspectionServices, InspectionsPage
from workstation.ui.inspections.new_dialog import registry_search

INSPECTOR = Actor("insp", "赵检查", "INSPECTOR")
CLERK = Actor("clerk", "王登记", "CLERK")
ADMIN = Actor("admin", "孙管理", "ADMIN")
DAY = dt.date(2025, 9, 26)  # a Friday before National Day (fire: 15 working days -> 2025-10-23)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def add_nursery(factory, number: int, name: str | None = None) -> int:
    with factory.begin() as session:
        row = Nursery(name=name or f"检查托育园{number}", legal_nature=LegalNature.FOR_PROFIT,
                      kind=InstitutionKind.STANDALONE, status=InstitutionStatus.OPERATING,
                      uscc=make_uscc("91", "500107", make_org_code(f"{number:08d}")), address=f"杨家坪正街{number}号",
                      registered_at=dt.date(2025, 6, 1))
        session.add(row)
        session.flush()
        return row.id


def services(database, actor: Actor = INSPECTOR, today: dt.date = DAY, draw=None) -> InspectionServices:
    inspections = InspectionService(database.factory, actor, Attachments(database.factory),
                                    today=lambda: today, notice_writer=write_rectification_notice)
    return InspectionServices(inspections, TemplateService(database.factory, actor),
                              InspectionQueues(database.factory, actor, today=lambda: today),
                              registry_search(RegistryService(database.factory)), draw)


def make_page(qtbot, database, actor: Actor = INSPECTOR, today: dt.date = DAY, draw=None) -> InspectionsPage:
    page = InspectionsPage(services(database, actor, today, draw), actor, today=lambda: today)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):  # shortcuts (Ctrl+N) only fire in the active window
        page.show()
        page.activateWindow()
    page.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    return page


def record_with(svc: InspectionService, nursery_id: int, day: dt.date, failed: dict[str, ItemResult],
                keys: tuple[str, ...] = ("fire",)) -> InspectionDTO:
    """Start and record an inspection through the service: `failed` by code, the rest 符合."""
    started = svc.start(nursery_id, day, InspectionKind.ROUTINE, [Dept.FIRE], ["赵检查"], keys)
    entries = [ItemEntry(i.id, failed.get(i.code, ItemResult.PASS), "现场发现问题" if i.code in failed else "")
               for i in started.items]
    return svc.record(started.id, entries, signatures=Signatures(("赵检查",), day),
                      expected_version=started.version)


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order (a table cell's lines stay together), all whitespace removed."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


def png(path: Path) -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(path))
    return path
