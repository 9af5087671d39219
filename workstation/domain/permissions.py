"""Roles, actions and the permission matrix (data, not code paths). Services enforce it."""

from __future__ import annotations

from workstation.domain.enums import LabelledEnum


class Role(LabelledEnum):
    CLERK = ("CLERK", "登记员", "Clerk")
    INSPECTOR = ("INSPECTOR", "检查员", "Inspector")
    MANAGER = ("MANAGER", "科室负责人", "Section manager")
    ADMIN = ("ADMIN", "系统管理员", "Administrator")
    SYSTEM = ("SYSTEM", "系统（命令行）", "System (command line)")


class Action(LabelledEnum):
    NURSERY_VIEW = ("NURSERY_VIEW", "查看机构", "View nurseries")
    NURSERY_EDIT = ("NURSERY_EDIT", "登记与编辑机构", "Record and edit nurseries")
    IMPORT_REGISTRATIONS = ("IMPORT_REGISTRATIONS", "导入登记推送数据", "Import pushed registrations")
    FILING_VIEW = ("FILING_VIEW", "查看备案", "View filings")
    FILING_EDIT = ("FILING_EDIT", "办理备案", "Handle filings")
    FILING_DECIDE = ("FILING_DECIDE", "备案受理与核实决定", "Decide filings")
    INSPECTION_VIEW = ("INSPECTION_VIEW", "查看检查", "View inspections")
    INSPECTION_EDIT = ("INSPECTION_EDIT", "记录检查与整改", "Record inspections and rectification")
    RANDOM_DRAW = ("RANDOM_DRAW", "双随机抽取", "Random selection")
    FEE_VIEW = ("FEE_VIEW", "查看收费", "View fees")
    FEE_EDIT = ("FEE_EDIT", "登记收费公示", "Record fees")
    REGISTER_EXPORT = ("REGISTER_EXPORT", "导出名册报表", "Export registers")
    PERSONAL_DATA_FULL = ("PERSONAL_DATA_FULL", "查看完整个人信息", "See full personal data")
    AUDIT_VIEW = ("AUDIT_VIEW", "查看审计日志", "View audit trail")
    BACKUP = ("BACKUP", "备份数据", "Back up")
    RESTORE = ("RESTORE", "恢复数据", "Restore")
    USER_MANAGE = ("USER_MANAGE", "管理用户", "Manage users")
    SETTINGS_EDIT = ("SETTINGS_EDIT", "修改辖区设置、路由与规则参数", "Edit district settings, routing and rules")
    TEMPLATE_EDIT = ("TEMPLATE_EDIT", "修改检查表模板", "Edit checklist templates")
    DEMO_DATA = ("DEMO_DATA", "生成演示数据", "Generate demo data")
    STAFF_BAN = ("STAFF_BAN", "登记与解除禁入名单", "Record and lift lifetime bans")


_VIEW = {Action.NURSERY_VIEW, Action.FILING_VIEW, Action.INSPECTION_VIEW, Action.FEE_VIEW}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    # A backup holds every full ID number and every password hash: only the manager and the
    # administrator take one (automatic backups run for everyone, into the configured folder).
    Role.CLERK: frozenset(_VIEW | {Action.NURSERY_EDIT, Action.IMPORT_REGISTRATIONS, Action.FILING_EDIT,
                                   Action.FILING_DECIDE, Action.FEE_EDIT}),
    Role.INSPECTOR: frozenset(_VIEW | {Action.INSPECTION_EDIT, Action.RANDOM_DRAW}),
    Role.MANAGER: frozenset(_VIEW | {Action.FILING_DECIDE, Action.RANDOM_DRAW, Action.REGISTER_EXPORT,
                                     Action.PERSONAL_DATA_FULL, Action.AUDIT_VIEW, Action.BACKUP,
                                     Action.STAFF_BAN}),
    Role.ADMIN: frozenset(_VIEW | {Action.USER_MANAGE, Action.SETTINGS_EDIT, Action.TEMPLATE_EDIT,
                                   Action.AUDIT_VIEW, Action.BACKUP, Action.RESTORE, Action.DEMO_DATA}),
    Role.SYSTEM: frozenset(Action),
}


# Roles a person's account may have; SYSTEM is only the command line (os_actor()).
USER_ROLES: tuple[Role, ...] = (Role.CLERK, Role.INSPECTOR, Role.MANAGER, Role.ADMIN)


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())
