"""名册报表 page: choose a register, its filters, a format and a file; export in the background.

The export runs as a Task (ui/tasks.py) on the injected pool: the window stays responsive,
the progress bar follows the rows, Cancel stops it, and a cancelled or failed export leaves
no file behind (the exports package writes a temp file and renames it only at the end).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.db.output_paths import check_output_path
from workstation.domain.district import DistrictSettings
from workstation.domain.errors import ValidationError
from workstation.domain.texts import CONTEXT
from workstation.exports import REGISTERS, RegisterSpec
from workstation.services.common.context import Actor
from workstation.services.registers import ExportOutcome, RegistersService
from workstation.ui.common import file_dialogs
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_registers_page import Ui_RegistersPage
from workstation.ui.lock_state import when_unlocked
from workstation.ui.registers.filter_form import RegisterFilterForm
from workstation.ui.tasks import Pool, Task, show_error

FORMATS = {"xlsx": ".xlsx", "pdf": ".pdf"}


def shown_name(source: str) -> str:
    """A register's title, description or filter label (exports/registers, marked DomainText) in the
    interface's language; the register itself, and its file name, stay Chinese."""
    return QCoreApplication.translate(CONTEXT, source)


class RegistersPage(QWidget):
    """Exports registers as `actor` through `registers` (services.registers.RegistersService)."""

    exported = Signal(object)  # ExportOutcome, after the file is in place

    def __init__(self, registers: RegistersService, district: DistrictSettings, actor: Actor,
                 pool: Pool | None = None, parent: QWidget | None = None, *, folder: Path | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistersPage()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._registers, self._actor, self._pool = registers, actor, pool
        self._today = today or dt.date.today()
        self._folder = folder or Path.home()
        self.task: Task | None = None
        self.error_box: QMessageBox | None = None
        self.filter_form = RegisterFilterForm(self.ui, district.streets, self._today, self)
        self.ui.unitEdit.setPlaceholderText(self.tr("默认：{district}卫生健康委员会").format(district=district.name))
        for spec in REGISTERS.values():
            self.ui.registerCombo.addItem(shown_name(spec.title), spec.key)
        self._connect()
        self._register_chosen()
        self._apply_permissions()

    # --- public -----------------------------------------------------------------------------

    @property
    def spec(self) -> RegisterSpec:
        return REGISTERS[self.ui.registerCombo.currentData()]

    @property
    def busy(self) -> bool:
        return self.task is not None

    def fmt(self) -> str:
        return "pdf" if self.ui.pdfRadio.isChecked() else "xlsx"

    def start_export(self) -> Task | None:
        """Start exporting with the page's settings; None when the settings are not usable."""
        out = self._target()
        if out is None:
            return None
        spec, fmt, filters = self.spec, self.fmt(), self.filter_form.filters()
        options = {"full_personal_data": self.ui.fullDataCheck.isChecked() and self.ui.fullDataCheck.isEnabled(),
                   "reviewer": self.ui.reviewerEdit.text().strip(), "unit": self.ui.unitEdit.text().strip() or None}
        if "target_per_thousand" in spec.parameters:
            options["target_per_thousand"] = self.ui.targetSpin.value()
        registers = self._registers
        self.task = Task(lambda progress, is_cancelled: registers.export(
            spec.key, fmt, out, filters, progress=progress, is_cancelled=is_cancelled, **options))
        self.task.signals.progressed.connect(self._progressed)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self._running(True)
        self._say(self.tr("正在导出{title}…").format(title=shown_name(spec.title)))
        return self.task.start(self._pool)

    def cancel_export(self) -> None:
        """Ask the running export to stop; the page says so when it has."""
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("正在取消…"))

    # --- set-up -------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.registerCombo.currentIndexChanged.connect(self._register_chosen)
        ui.pdfRadio.toggled.connect(self._format_chosen)
        ui.browseButton.clicked.connect(self._browse)
        ui.exportButton.clicked.connect(self.start_export)
        ui.cancelButton.clicked.connect(self.cancel_export)

    def _apply_permissions(self) -> None:
        may_export = self._registers.may_export()
        self.ui.exportButton.setEnabled(may_export)
        if not may_export:
            self._say(self.tr("当前用户（{user}）无权导出名册报表。").format(user=self._actor.label))
        self._update_full_data()

    def _update_full_data(self) -> None:
        allowed = self._registers.may_see_full_personal_data() and self.spec.masks_personal_data
        self.ui.fullDataCheck.setEnabled(allowed)
        if not allowed:
            self.ui.fullDataCheck.setChecked(False)

    # --- reactions ------------------------------------------------------------------------------

    def _register_chosen(self) -> None:
        spec = self.spec
        self.ui.descriptionLabel.setText(shown_name(spec.description))
        self.filter_form.show_register(spec)
        self._update_full_data()
        self.ui.fileEdit.setText(str(self._folder / f"{spec.title}_{self._today:%Y%m%d}{FORMATS[self.fmt()]}"))

    def _format_chosen(self) -> None:
        path = Path(self.ui.fileEdit.text().strip() or "导出")
        if path.suffix.lower() in FORMATS.values():
            path = path.with_suffix("")
        self.ui.fileEdit.setText(str(path) + FORMATS[self.fmt()])

    def _browse(self) -> None:
        kind = self.tr("Excel 工作簿 (*.xlsx)") if self.fmt() == "xlsx" else self.tr("PDF 文件 (*.pdf)")
        name, _filter = file_dialogs.save_file_name(self, self.tr("导出为"), self.ui.fileEdit.text(), kind)
        if name:
            self.ui.fileEdit.setText(name)

    def _target(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            self._say(self.tr("请填写保存的文件名。"), error=True)
            return None
        out = Path(text).expanduser()
        if out.suffix.lower() != FORMATS[self.fmt()]:
            out = out.with_name(out.name + FORMATS[self.fmt()])
        try:
            check_output_path(out)  # the database, its side files and attachments: refused, not "replace?"
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return None
        if out.exists() and not self._confirm_overwrite(out):
            return None
        return out

    def _confirm_overwrite(self, out: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("文件已存在"),
                                      self.tr("“{path}”已存在，要替换它吗？").format(path=out))
        return answer == QMessageBox.StandardButton.Yes

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(min(done, max(total, 1)))

    def _finished(self, outcome: ExportOutcome) -> None:
        self._running(False)
        masking = self.tr("个人信息已脱敏") if outcome.masked else self.tr("含完整个人信息，请注意保密")
        text = self.tr("已导出 {rows} 行（{masking}）：{path}").format(rows=outcome.rows, masking=masking,
                                                                     path=outcome.path)
        self._say(self.tr("导出已完成。"))  # the rows and the file: after an unlock, if the session is locked
        when_unlocked(lambda: self._say(text))
        self.exported.emit(outcome)

    def _failed(self, message: str) -> None:
        self._running(False)
        self._say(self.tr("导出失败。"), error=True)
        when_unlocked(lambda: self._say(self.tr("导出失败：{message}").format(message=message), error=True))
        self.error_box = show_error(self, self.tr("导出失败"), message)

    def _cancelled(self) -> None:
        self._running(False)
        self._say(self.tr("已取消导出，未生成文件。"))

    def _running(self, running: bool) -> None:
        ui = self.ui
        if not running:
            self.task = None
        ui.cancelButton.setEnabled(running)
        ui.exportButton.setEnabled(not running and self._registers.may_export())
        for box in (ui.registerBox, ui.filterBox, ui.outputBox):
            box.setEnabled(not running)
        if running:
            ui.progressBar.setMaximum(0)  # busy until the first report
            ui.progressBar.setValue(0)

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.resultLabel.setStyleSheet("color: #b00020;" if error else "")
        self.ui.resultLabel.setText(text)
