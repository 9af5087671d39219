"""The audit viewer: lazy loading, filters, field changes, chain verification, refusal for other roles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt

from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.models.audit.audit_table_model import AuditTableModel
from workstation.services.audit.service import AuditRecord, AuditService, record_many
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing
from workstation.services.registry.intake import IntakeService
from workstation.ui.audit.audit_page import NEW_COLUMN, OLD_COLUMN, AuditPage

MANAGER = Actor("mgr", "王科长", "MANAGER")
CLERK = Actor("clerk1", "张登记", "CLERK")
TODAY = dt.date(2026, 11, 23)
DRAFT = NurseryDraft(
    name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
    uscc="91500107MA01ABCD53", registered_at=dt.date(2025, 3, 1), street_code="500107001",
    address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=15,
    classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))


@pytest.fixture
def trail(district):
    """The district, a nursery created and edited by a clerk, and 450 export events by the manager."""
    intake = IntakeService(district.factory, CLERK, today=lambda: TODAY)
    record = intake.create(DRAFT)
    intake.update(record.id, record.version, dataclasses.replace(DRAFT, address="杨家坪正街9号"))
    with writing(district.factory, MANAGER) as session:
        record_many(session, MANAGER, [AuditRecord("export", "register", str(i), details={"rows": i})
                                       for i in range(450)])
    return district


@pytest.fixture
def page(qtbot, trail):
    widget = AuditPage(AuditService(trail.factory, MANAGER))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def seqs(model: AuditTableModel) -> list[int]:
    return [model.row(model.index(r, 0)).seq for r in range(model.rowCount())]


def test_model_loads_pages_only_when_asked(trail):
    model = AuditTableModel(AuditService(trail.factory, MANAGER))
    model.set_filter(model._filter)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == AuditTableModel.PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    assert seqs(model) == sorted(seqs(model), reverse=True) == list(range(model.total, 0, -1))


def test_page_shows_newest_first_with_the_count(page, trail):
    model = page.model
    assert page.ui.countLabel.text() == f"共 {model.total} 条记录"
    assert 0 < model.rowCount() < model.total  # the view fetched a page, not everything
    first = model.index(0, AuditTableModel.ACTION)
    assert model.data(first) == "导出"
    assert model.data(model.index(0, AuditTableModel.ACTOR)) == "mgr"


def test_filter_by_nursery_name_and_see_the_field_change(qtbot, page):
    page.ui.recordEdit.setText("小星星")
    qtbot.keyClick(page.ui.recordEdit, Qt.Key.Key_Return)
    model = page.model
    rows = [model.row(model.index(r, 0)) for r in range(model.rowCount())]
    assert {r.entity for r in rows} == {"nursery", "nursery_class"}
    update = next(r for r in range(model.rowCount()) if model.row(model.index(r, 0)).action == "update")
    assert "小星星托育服务有限公司" in model.data(model.index(update, AuditTableModel.RECORD))
    page.ui.auditView.selectRow(update)
    table = page.ui.changesTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["住所", "杨家坪正街8号", "杨家坪正街9号"]
    assert table.item(0, OLD_COLUMN).text() != table.item(0, NEW_COLUMN).text()
    assert "clerk1 修改" in page.ui.detailLabel.text()


def test_filter_by_user_and_action(page):
    page.ui.actorCombo.setCurrentIndex(page.ui.actorCombo.findData("clerk1"))
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("update"))
    page.search()
    model = page.model
    assert model.total == 1 and model.row(model.index(0, 0)).actor == "clerk1"


def test_date_range_outside_the_trail_finds_nothing(page):
    page.ui.dateCheck.setChecked(True)
    page.ui.sinceEdit.setDate(QDate(2020, 1, 1))
    page.ui.untilEdit.setDate(QDate(2020, 12, 31))
    page.search()
    assert page.model.total == 0 and page.ui.countLabel.text() == "共 0 条记录"
    page.ui.dateCheck.setChecked(False)
    page.search()
    assert page.model.total > 450


def test_named_event_details_are_shown(page):
    page.ui.auditView.selectRow(0)
    assert "行数：449" in page.ui.detailLabel.text()
    assert page.ui.changesTable.rowCount() == 0


def test_verify_reports_an_intact_then_a_broken_chain(qtbot, page, trail, db_path):
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert page.ui.verifyLabel.text().startswith("审计链完整")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 5")
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert page.ui.verifyLabel.text().startswith("审计链在第 5 条记录处断开")


def test_clerk_is_told_they_may_not_view(qtbot, trail):
    widget = AuditPage(AuditService(trail.factory, CLERK))
    qtbot.addWidget(widget)
    assert widget.ui.countLabel.text() == "当前角色（登记员）无权查看审计日志。"
    assert widget.model.rowCount() == 0


def test_the_monthly_digest_button_writes_the_pdf_and_says_where(qtbot, trail, tmp_path, monkeypatch):
    from workstation.ui.audit import audit_page
    from workstation.ui.common import file_dialogs

    out = tmp_path / "摘要.pdf"
    month = f"{dt.date.today():%Y-%m}"
    monkeypatch.setattr(audit_page, "ask_month", lambda *a: (month, True))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(out), ""))
    page = AuditPage(AuditService(trail.factory, MANAGER))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.digestButton, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert page.ui.verifyLabel.text().startswith(f"已生成 {month} 月度审计摘要") and str(out) in page.ui.verifyLabel.text()


def _offered_month(qtbot, db, monkeypatch) -> str:
    from workstation.ui.audit import audit_page

    offered = []
    monkeypatch.setattr(audit_page, "ask_month", lambda _parent, _title, _label, default: (offered.append(default), ("", False))[1])
    page = AuditPage(AuditService(db.factory, MANAGER))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.digestButton, Qt.MouseButton.LeftButton)
    return offered[0]


def test_the_digest_offers_this_month_while_last_month_has_no_row_and_last_month_once_it_has(
        qtbot, trail, monkeypatch):
    today = dt.date.today()  # the trail's rows are stamped now: a district started this month
    previous = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    assert _offered_month(qtbot, trail, monkeypatch) == f"{today:%Y-%m}"
    with sqlite3.connect(trail.location) as conn:  # one row moved into last month
        conn.execute("UPDATE audit_log SET at = ? WHERE seq = (SELECT min(seq) FROM audit_log)",
                     (f"{previous.isoformat()} 12:00:00.000000",))
    assert _offered_month(qtbot, trail, monkeypatch) == f"{previous:%Y-%m}"
