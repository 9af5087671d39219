"""系统设置: each tab is shown only to roles allowed its action; the services check again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.permissions import Action, Role
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.i18n.labels import ui_label
from workstation.services.accounts import AuthService, UserService
from workstation.services.audit import AuditService
from workstation.services.backup import automatic_backups
from workstation.services.calendar import CalendarService
from workstation.services.common.context import Actor
from workstation.services.district import RuleCatalogueService, SettingsService
from workstation.services.registry import RoutingService
from workstation.ui.accounts import PasswordDialog, UsersDialog
from workstation.ui.audit import AuditPage
from workstation.ui.backup import BackupDialog, RestoreWizard
from workstation.ui.calendar import CalendarPage
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_settings_page import Ui_SettingsPage
from workstation.ui.settings.encryption_panel import EncryptionPanel
from workstation.ui.settings.language_choice import LanguageChoice
from workstation.ui.settings.lazy_tabs import LazyTabs
from workstation.ui.settings.routing_tab import RoutingTab
from workstation.ui.settings.rules_tab import RulesTab
from workstation.ui.tasks import Pool


@dataclass(frozen=True)
class SettingsServices:
    auth: AuthService
    settings: SettingsService
    users: UserService
    audit: AuditService
    db_location: str
    backups_dir: Callable[[], Path]  # where automatic backups go under the current settings
    release_database: Callable[[], None]  # close every connection before a restore
    calendar: CalendarService | None = None  # 工作日历 tab (everyone reads; SETTINGS_EDIT changes)
    rule_catalogue: RuleCatalogueService | None = None  # 规则参数 tab (everyone reads; SETTINGS_EDIT confirms)
    routing: RoutingService | None = None  # 登记机关 tab (everyone reads; SETTINGS_EDIT changes)


class SettingsPage(QWidget):
    lock_requested = Signal()
    settings_saved = Signal(object)  # WorkstationSettings
    restore_finished = Signal(bool)  # True: restored; False: failed after the database was released
    calendar_changed = Signal()
    routes_changed = Signal()
    users_changed = Signal()
    backed_up = Signal()
    encryption_finished = Signal(bool, str)  # after a conversion the window's connections are gone

    def __init__(self, services: SettingsServices, actor: Actor, pool: Pool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._services, self._actor, self._pool = services, actor, pool
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        role = _role(actor)
        self.ui.whoLabel.setText(self.tr("当前用户：{user}（{role}）").format(
            user=actor.label, role=ui_label(role) if role else actor.role))
        self.ui.passwordButton.setEnabled(bool(role and role.value != "SYSTEM"))
        self.language = LanguageChoice(self.ui.accountTab)  # this desk's choice, taken at the next start
        self.ui.accountLayout.insertWidget(2, self.language)
        self.ui.passwordButton.clicked.connect(self.change_password)
        self.ui.lockButton.clicked.connect(self.lock_requested)
        self.ui.saveButton.clicked.connect(self.save_settings)
        self.ui.backupButton.clicked.connect(self.backup)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.usersButton.clicked.connect(self.manage_users)
        self._audit_page: AuditPage | None = None
        self._calendar_page: CalendarPage | None = None
        self._rules_tab: RulesTab | None = None
        self._routing_tab: RoutingTab | None = None
        self.lazy_tabs = LazyTabs(self.ui.tabs)
        self._slots: dict[str, QWidget] = {}  # the tabs built on first show, by name
        self.encryption = EncryptionPanel(self.ui.backupLayout, services.db_location, actor, services.auth,
                                          services.release_database, services.backups_dir, pool, self)
        self.encryption.finished.connect(self.encryption_finished)
        self._show_tabs_for(role)
        self._load_settings()
        self.describe_backups()
        # The start's automatic backup runs in the background: read the folder again when the tab shows.
        self.ui.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.backupTab:
            self.describe_backups()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ui.tabs.currentWidget() is self.ui.backupTab:
            self.describe_backups()

    # The audit, calendar, rules and routing tabs are built on first show (or first use here).
    @property
    def audit_page(self) -> AuditPage | None:
        self._ensure("audit")
        return self._audit_page

    @property
    def calendar_page(self) -> CalendarPage | None:
        self._ensure("calendar")
        return self._calendar_page

    @property
    def rules_tab(self) -> RulesTab | None:
        self._ensure("rules")
        return self._rules_tab

    @property
    def routing_tab(self) -> RoutingTab | None:
        self._ensure("routing")
        return self._routing_tab

    def refresh_audit(self) -> None:
        """Re-run the audit list's query (new rows appear without pressing 查询); an audit tab not
        built yet reads when first shown."""
        if self._audit_page is not None:
            self._audit_page.search()

    def show_calendar(self) -> None:
        """Bring the 工作日历 tab to the front (the home page's calendar notice links here)."""
        if self.calendar_page is not None:
            self.ui.tabs.setCurrentWidget(self.calendar_page)

    def tab_titles(self) -> list[str]:
        return [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]

    def change_password(self) -> None:
        self._open(PasswordDialog.for_own(self._services.auth, self._actor, self))

    def save_settings(self) -> None:
        ui = self.ui
        settings = WorkstationSettings(ui.idleSpin.value(), ui.autoBackupCheck.isChecked(), ui.dailySpin.value(),
                                       ui.monthlySpin.value(), ui.folderEdit.text().strip(),
                                       inbox_auto_accept_new=ui.inboxAutoCheck.isChecked())
        try:
            saved = self._services.settings.save(settings)
        except DomainError as exc:
            ui.policyMessage.setText(exc.message)
            return
        ui.policyMessage.setText(self.tr("设置已保存。"))
        self.describe_backups()
        self.settings_saved.emit(saved)

    def backup(self) -> None:
        dialog = BackupDialog(self._services.db_location, self._actor, self._pool, parent=self)
        dialog.backed_up.connect(lambda _result: self.backed_up.emit())
        dialog.backed_up.connect(lambda _result: self.describe_backups())
        self._open(dialog)

    def restore(self) -> None:
        released: list[bool] = []

        def release() -> None:
            released.append(True)
            self._services.release_database()

        wizard = RestoreWizard(self._services.db_location, self._actor, release,
                               self._pool, self._services.backups_dir(), parent=self)
        # Once the database was released the session cannot go on: tell the window when the
        # wizard closes (the person has read the result page by then).
        wizard.finished.connect(lambda _code: released and self.restore_finished.emit(wizard.result is not None))
        self._open(wizard)

    def manage_users(self) -> None:
        dialog = UsersDialog(self._services.users, self)
        dialog.changed.connect(self.users_changed)
        self._open(dialog)

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def _show_tabs_for(self, role: Role | None) -> None:
        can = self._actor.can

        lazy, before = self.lazy_tabs, lambda: self.ui.tabs.indexOf(self.ui.backupTab)
        if can(Action.AUDIT_VIEW):
            self._slots["audit"] = lazy.defer(self.ui.auditTab, self._build_audit)
        if self._services.calendar is not None:
            self._slots["calendar"] = lazy.insert(before(), self.tr("工作日历"), self._build_calendar)
        if self._services.rule_catalogue is not None:
            self._slots["rules"] = lazy.insert(before(), self.tr("规则参数"), self._build_rules)
        if self._services.routing is not None and can(Action.NURSERY_VIEW):
            self._slots["routing"] = lazy.insert(before(), self.tr("登记机关"), self._build_routing)
        ui = self.ui
        self.ui.restoreButton.setVisible(can(Action.RESTORE))
        self.ui.backupButton.setVisible(can(Action.BACKUP))
        hidden = [tab for tab, action in ((ui.auditTab, Action.AUDIT_VIEW), (ui.usersTab, Action.USER_MANAGE),
                                          (ui.backupTab, Action.BACKUP)) if not can(action)]
        for tab in hidden:
            ui.tabs.removeTab(ui.tabs.indexOf(tab))
        editable = can(Action.SETTINGS_EDIT)
        for widget in (ui.idleSpin, ui.autoBackupCheck, ui.dailySpin, ui.monthlySpin, ui.folderEdit, ui.inboxAutoCheck):
            widget.setEnabled(editable)
        ui.saveButton.setVisible(editable)
        if not editable:
            ui.policyMessage.setText(self.tr("这些设置由系统管理员修改。"))

    def _ensure(self, name: str) -> None:
        slot = self._slots.get(name)
        if slot is not None:
            self.lazy_tabs.ensure(slot)

    def _build_audit(self) -> None:
        self._audit_page = AuditPage(self._services.audit, self)
        self.ui.auditTab.layout().addWidget(self._audit_page)

    def _build_calendar(self) -> QWidget:
        can = self._actor.can
        self._calendar_page = CalendarPage(self._services.calendar, can(Action.SETTINGS_EDIT), self)
        self._calendar_page.calendar_changed.connect(self.calendar_changed)
        return self._calendar_page

    def _build_rules(self) -> QWidget:
        self._rules_tab = RulesTab(self._services.rule_catalogue, self)
        return self._rules_tab

    def _build_routing(self) -> QWidget:
        self._routing_tab = RoutingTab(self._services.routing, self._actor.can(Action.SETTINGS_EDIT), self)
        self._routing_tab.routes_changed.connect(self.routes_changed)
        return self._routing_tab

    def _load_settings(self) -> None:
        settings = self._services.settings.get()
        ui = self.ui
        ui.idleSpin.setValue(settings.idle_lock_minutes)
        ui.autoBackupCheck.setChecked(settings.auto_backup)
        ui.dailySpin.setValue(settings.backup_keep_daily)
        ui.monthlySpin.setValue(settings.backup_keep_monthly)
        ui.folderEdit.setText(settings.backup_folder)
        ui.inboxAutoCheck.setChecked(settings.inbox_auto_accept_new)
        ui.folderEdit.setPlaceholderText(str(self._services.backups_dir()))

    def describe_backups(self) -> None:
        folder = self._services.backups_dir()
        try:
            found = automatic_backups(folder) if folder.is_dir() else []
        except OSError:
            found = []
        if found:
            stamp, _path = found[-1]
            text = self.tr("自动备份文件夹：{folder}\n共 {count} 份自动备份，最近一次：{when}。").format(
                folder=folder, count=len(found), when=stamp.strftime("%Y-%m-%d %H:%M"))
        else:
            text = self.tr("自动备份文件夹：{folder}\n还没有自动备份。").format(folder=folder)
        self.ui.backupInfo.setText(text)


def _role(actor: Actor) -> Role | None:
    return actor.role_enum


def tell_restart(parent: QWidget | None, restored: bool) -> None:
    """After a restore attempt the window's connections are gone: say so; the caller then quits."""
    if restored:
        QMessageBox.information(parent, QCoreApplication.translate("SettingsPage", "恢复完成"),
                                QCoreApplication.translate("SettingsPage", "数据已从备份恢复，被替换的数据库已另存。程序将退出，请重新启动。"))
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("SettingsPage", "恢复未完成"),
                            QCoreApplication.translate("SettingsPage", "恢复没有完成。程序将退出，请重新启动后检查数据并再试。"))
