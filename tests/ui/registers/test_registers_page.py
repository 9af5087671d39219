"""名册报表 page, driven like a user: settings reach the export, it runs off the GUI thread with
progress and cancel, and a cancelled or failed export leaves no file."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication
from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import StorageError
from workstation.domain.filing import FilingState
from workstation.exports import REGISTERS, export_register
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService
from workstation.services.registers.service import RegistersService
from workstation.ui.registers import RegistersPage
from workstation.ui.tasks import SynchronousPool

MANAGER = Actor("manager", "李科长", "MANAGER")
TODAY = dt.date(2026, 6, 30)


class DeferredPool:
    """Holds the task until the test runs it (to press Cancel before the work begins)."""

    def __init__(self) -> None:
        self.waiting: list = []

    def start(self, runnable) -> None:
        self.waiting.append(runnable)

    def run_all(self) -> None:
        while self.waiting:
            self.waiting.pop(0).run()


def make_page(qtbot, db, folder, actor=MANAGER, pool=None, exporter=export_register) -> RegistersPage:
    district = DistrictService(db.factory, actor).get()
    page = RegistersPage(RegistersService(db.factory, actor, exporter), district, actor,
                         pool if pool is not None else SynchronousPool(), folder=folder, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def out(tmp_path_factory) -> Path:
    """The folder exports go to (the database lives in tmp_path, apart)."""
    return tmp_path_factory.mktemp("exports")


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchStartsWith))
    assert combo.currentText().startswith(text), text


def data_rows(path: Path) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        return [r for r in book.worksheets[0].iter_rows(values_only=True) if r and isinstance(r[0], int)]
    finally:
        book.close()


def test_each_register_offers_its_own_filters(qtbot, nurseries, out):
    page = make_page(qtbot, nurseries, out)
    ui = page.ui
    titles = [ui.registerCombo.itemText(i) for i in range(ui.registerCombo.count())]
    assert titles == [spec.title for spec in REGISTERS.values()]  # every register, in names.py order
    assert titles[:2] == ["托育机构名册", "备案登记簿"] and titles[-4:] == ["收费公示汇总表", "托育服务统计汇总表",
                                                          "从业人员名册", "禁入人员名单"]
    assert ui.dateCheck.isEnabled() and not ui.targetSpin.isEnabled() and ui.fullDataCheck.isEnabled()
    assert ui.statusLabel.text() == "备案状态：" and ui.fileEdit.text() == str(out / "托育机构名册_20260630.xlsx")
    choose(ui.registerCombo, "托育服务统计汇总表")
    assert not ui.dateCheck.isEnabled() and ui.targetSpin.isEnabled() and not ui.fullDataCheck.isEnabled()
    assert ui.statusLabel.text() == "机构状态：" and "每千人口托位数" in ui.descriptionLabel.text()
    ui.pdfRadio.setChecked(True)
    assert ui.fileEdit.text() == str(out / "托育服务统计汇总表_20260630.pdf")


def test_export_uses_the_chosen_filters_and_reports_the_result(qtbot, nurseries, out):
    page = make_page(qtbot, nurseries, out)
    ui = page.ui
    choose(ui.streetCombo, "谢家湾街道")
    choose(ui.statusCombo, "已登记未备案")
    ui.reviewerEdit.setText("王审核")
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    outcome = signal.args[0]
    assert outcome.rows == 1 and outcome.masked
    rows = data_rows(outcome.path)
    assert [(r[1], r[17]) for r in rows] == [("谢家湾街道", 1200)]  # street, places (conftest SAMPLE)
    assert "已导出 1 行" in ui.resultLabel.text() and str(outcome.path) in ui.resultLabel.text()
    assert ui.progressBar.value() == ui.progressBar.maximum() == 1
    assert ui.exportButton.isEnabled() and not ui.cancelButton.isEnabled()


def test_pdf_summary_with_its_target(qtbot, nurseries, out):
    page = make_page(qtbot, nurseries, out)
    choose(page.ui.registerCombo, "托育服务统计汇总表")
    page.ui.pdfRadio.setChecked(True)
    page.ui.targetSpin.setValue(6)
    with qtbot.waitSignal(page.exported) as signal:
        page.ui.exportButton.click()
    assert signal.args[0].path.read_bytes().startswith(b"%PDF") and signal.args[0].rows == 2


def test_cancel_before_the_work_begins_leaves_no_file(qtbot, nurseries, out):
    pool = DeferredPool()
    page = make_page(qtbot, nurseries, out, pool=pool)
    page.ui.exportButton.click()
    assert page.busy and page.ui.cancelButton.isEnabled() and not page.ui.filterBox.isEnabled()
    page.ui.cancelButton.click()
    pool.run_all()
    assert "已取消导出，未生成文件" in page.ui.resultLabel.text()
    assert list(out.iterdir()) == [] and not page.busy and page.ui.filterBox.isEnabled()


@pytest.fixture
def demo(db_path, actor, demo_database):
    """300 demo nurseries (seed 3) at db_path: a fresh copy of the session's demo (see conftest)."""
    db = demo_database(db_path, 300, seed=3, today=TODAY, actor=actor)
    yield db
    db.close()


def gated_exporter(gate: threading.Event):
    """export_register whose first progress report waits (in the worker) until the test opens the gate."""
    def export(*args, progress=None, **kwargs):
        def held(done: int, total: int) -> None:
            progress(done, total)
            gate.wait(timeout=60)
        return export_register(*args, progress=held, **kwargs)
    return export


def test_export_runs_off_the_gui_thread_and_can_be_cancelled_midway(qtbot, demo, out):
    gate = threading.Event()
    page = make_page(qtbot, demo, out, pool=QThreadPool.globalInstance(), exporter=gated_exporter(gate))
    page.ui.pdfRadio.setChecked(True)
    reports: list[int] = []
    task = page.start_export()
    task.signals.progressed.connect(lambda done, _total: reports.append(done))
    try:
        with qtbot.waitSignal(task.signals.progressed, timeout=60_000):
            pass  # the GUI thread is free: the worker's progress arrives through the event loop
        assert page.ui.cancelButton.isEnabled()
        with qtbot.waitSignal(task.signals.cancelled, timeout=60_000):
            qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
    assert reports and reports[-1] < 300
    assert "已取消导出" in page.ui.resultLabel.text()
    assert list(out.iterdir()) == []


def test_threaded_export_completes(qtbot, demo, out):
    page = make_page(qtbot, demo, out, pool=QThreadPool.globalInstance())
    with qtbot.waitSignal(page.exported, timeout=60_000) as signal:
        page.start_export()
    assert signal.args[0].rows == 300 and len(data_rows(signal.args[0].path)) == 300


def test_a_failed_export_shows_why_and_leaves_no_file(qtbot, nurseries, out):
    def failing(*_args, **_kwargs):
        raise StorageError("磁盘已满，无法写入。")

    page = make_page(qtbot, nurseries, out, exporter=failing)
    page.ui.exportButton.click()
    assert "导出失败：磁盘已满" in page.ui.resultLabel.text()
    assert page.error_box is not None and "磁盘已满" in page.error_box.text()
    assert list(out.iterdir()) == [] and page.ui.exportButton.isEnabled()


def test_full_personal_data_is_asked_for_only_when_allowed(qtbot, nurseries, out):
    asked: list[bool] = []

    def recording(factory, register, fmt, out, filters, *, masked, **_kwargs):
        asked.append(masked)
        return export_register(factory, register, fmt, out, filters, masked=masked, preparer="x")

    page = make_page(qtbot, nurseries, out, exporter=recording)
    page.ui.fullDataCheck.setChecked(True)
    page.ui.exportButton.click()
    assert asked == [False] and "含完整个人信息" in page.ui.resultLabel.text()


def test_a_clerk_cannot_start_an_export(qtbot, nurseries, out):
    page = make_page(qtbot, nurseries, out, actor=Actor("clerk", "王登记", "CLERK"))
    assert not page.ui.exportButton.isEnabled() and not page.ui.fullDataCheck.isEnabled()
    assert "无权导出" in page.ui.resultLabel.text()


@pytest.mark.parametrize("answer, exported", [(QMessageBox.StandardButton.No, False),
                                              (QMessageBox.StandardButton.Yes, True)])
def test_an_existing_file_is_replaced_only_when_confirmed(qtbot, nurseries, out, monkeypatch, answer, exported):
    page = make_page(qtbot, nurseries, out)
    existing = Path(page.ui.fileEdit.text())
    existing.write_bytes(b"last month's register")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: answer)
    assert (page.start_export() is not None) == exported
    assert (existing.read_bytes() != b"last month's register") == exported


def test_filing_register_offers_its_outcomes_and_receipt_dates(qtbot, demo, out):
    page = make_page(qtbot, demo, out)
    ui = page.ui
    choose(ui.registerCombo, "备案登记簿")
    assert ui.statusLabel.text() == "办理状态："
    statuses = [ui.statusCombo.itemText(i) for i in range(ui.statusCombo.count())]
    assert statuses == ["全部", "已备案（已出具回执）", "已核实", "已通知不符合要求"]
    assert ui.dateCheck.isEnabled() and ui.dateCheck.text() == "按回执日期"
    assert not ui.fullDataCheck.isEnabled()  # nothing personal to unmask
    choose(ui.statusCombo, "已核实")
    ui.dateCheck.setChecked(True)
    ui.fromDate.setDate(QDate(2025, 1, 1))
    ui.toDate.setDate(QDate(2025, 12, 31))
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    with demo.factory() as session:
        expected = session.scalars(select(FilingApplication.receipt_no).where(
            FilingApplication.state == FilingState.VERIFIED,
            FilingApplication.accepted_on.between(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))).all()
    rows = data_rows(signal.args[0].path)
    assert signal.args[0].rows == len(rows) == len(expected) > 0
    assert sorted(r[1] for r in rows) == sorted(expected) and {r[9] for r in rows} == {"已核实"}


def test_fee_register_takes_no_dates_and_exports_as_pdf(qtbot, demo, out):
    page = make_page(qtbot, demo, out)
    ui = page.ui
    choose(ui.registerCombo, "收费公示汇总表")
    assert ui.statusLabel.text() == "机构状态：" and not ui.dateCheck.isEnabled()
    ui.pdfRadio.setChecked(True)
    assert ui.fileEdit.text() == str(out / "收费公示汇总表_20260630.pdf")
    choose(ui.statusCombo, "正常运营")
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    with demo.factory() as session:
        operating = session.scalar(select(func.count()).select_from(Nursery).where(
            Nursery.status == InstitutionStatus.OPERATING))
    assert signal.args[0].path.read_bytes().startswith(b"%PDF") and signal.args[0].rows == operating > 0


def test_a_file_in_the_attachments_folder_is_refused_before_anything_is_asked(qtbot, nurseries, db_path,
                                                                                monkeypatch):
    files = db_path.with_name(db_path.name + ".files")
    (files / "ab").mkdir(parents=True)
    page = make_page(qtbot, nurseries, files / "ab")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: pytest.fail("asked to replace"))
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert not page.busy
    assert "附件文件夹里" in page.ui.resultLabel.text() and "请换一个文件夹" in page.ui.resultLabel.text()
    assert list(files.rglob("*")) == [files / "ab"]


def test_the_ban_list_offers_only_its_own_filters(qtbot, nurseries, out):
    page = make_page(qtbot, nurseries, out)
    ui = page.ui
    choose(ui.streetCombo, "杨家坪街道")
    choose(ui.registerCombo, "禁入人员名单")
    assert not ui.streetCombo.isVisible() and not ui.natureCombo.isVisible() and not ui.inclusiveCombo.isVisible()
    assert ui.streetCombo.currentData() is None  # a street chosen before is not sent along
    assert ui.statusCombo.isVisible()
    assert [ui.statusCombo.itemText(i) for i in range(ui.statusCombo.count())] == ["全部", "在册", "已解除"]
    choose(ui.registerCombo, "从业人员名册")
    assert ui.streetCombo.isVisible() and ui.natureCombo.isVisible()


@pytest.fixture
def idle_lock(qapp, nurseries):
    from workstation.services.accounts import AuthService
    from workstation.ui.accounts import IdleLock

    auth = AuthService(nurseries.factory)
    auth.create_first_admin("manager", "李科长", LOCK_PASSWORD)
    lock = IdleLock(auth, MANAGER, interval_ms=0)
    lock.start(qapp)
    yield lock
    lock.stop(qapp)


LOCK_PASSWORD = "Xk7-correct-horse"


def _unlock(qtbot, lock) -> None:
    lock.dialog.ui.passwordEdit.setText(LOCK_PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        lock.dialog.accept()


def test_an_export_ends_under_the_idle_lock_and_says_so_only_after_the_unlock(qtbot, nurseries, out, idle_lock):
    pool = DeferredPool()
    page = make_page(qtbot, nurseries, out, pool=pool)
    page.ui.exportButton.click()
    idle_lock.lock(by_hand=False)
    pool.run_all()  # the export runs on and ends while locked
    (written,) = out.iterdir()
    assert not page.busy and str(written) not in page.ui.resultLabel.text() and "行" not in page.ui.resultLabel.text()
    _unlock(qtbot, idle_lock)
    assert "已导出" in page.ui.resultLabel.text() and str(written) in page.ui.resultLabel.text()


def test_a_failure_under_the_idle_lock_waits_for_the_unlock_to_show_its_box(qtbot, nurseries, out, idle_lock):
    def failing(*_args, **_kwargs):
        raise StorageError("磁盘已满，无法写入。")

    pool = DeferredPool()
    page = make_page(qtbot, nurseries, out, pool=pool, exporter=failing)
    page.ui.exportButton.click()
    idle_lock.lock(by_hand=False)
    pool.run_all()
    assert page.error_box is not None and not page.error_box.isVisible()
    assert "磁盘已满" not in page.ui.resultLabel.text()
    _unlock(qtbot, idle_lock)
    assert page.error_box.isVisible() and "导出失败：磁盘已满" in page.ui.resultLabel.text()
