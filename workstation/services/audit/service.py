"""The audit trail for people: record named events (exports, views of personal data, imports)
and read the trail with filters. Rows are written by db/audit_hooks.py in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.audit_hooks import ACTION_KEY, EXPLICIT_KEY, Entry, append
from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import IdType, LabelledEnum
from workstation.domain.masking import mask_field
from workstation.domain.permissions import Action
from workstation.domain.staff import BackgroundResult, CredentialKind, Employment, HealthResult, StaffRole
from workstation.services.audit.checks import ChainReport, verify_chain
from workstation.services.common.context import Actor
from workstation.services.common.personal import sees_full
from workstation.services.common.uow import reading

__all__ = ["ACTION_LABELS", "ENTITY_LABELS", "FIELD_LABELS", "AuditFilter", "AuditRecord", "AuditRow", "AuditService", "FieldChange",
           "record_event", "record_many", "records_as", "records_bulk_itself"]

AuditRecord = Entry  # one row to record: action, entity, entity_id, changes, details, reason

ACTION_LABELS = {
    "create": "新建", "update": "修改", "delete": "删除", "import": "导入", "export": "导出",
    "view_personal_data": "查看完整个人信息", "login": "登录", "login_failed": "登录失败",
    "logout": "退出登录", "password_change": "修改密码", "demo": "生成演示数据",
    "bulk_insert": "批量新增", "bulk_update": "批量修改", "bulk_delete": "批量删除",
    "backup": "备份", "restore": "恢复", "database_encrypted": "加密数据库", "migrate_to_server": "迁移到服务器数据库",
    "unlock": "解锁", "view": "查看", "migrate_schema": "升级数据库结构",
}
ENTITY_LABELS = {
    "nursery": "托育机构", "nursery_class": "班级", "nursery_service_type": "服务类型",
    "district": "辖区", "street": "街道（乡镇）", "department": "部门", "routing_rule": "登记路由",
    "warning_override": "警告说明", "duplicate_decision": "重复判定", "import_batch": "导入批次",
    "rule_set": "规则参数", "user_account": "用户账号", "register": "名册报表",
    "fee_schedule": "收费标准", "fee_item": "收费项目", "fee_publicity": "收费公示", "fee_rule": "收费指导价",
    "fee_rule_cap": "指导价上限", "filing_application": "备案申请", "filing_material": "备案材料",
    "filing_material_file": "材料附件", "attachment_blob": "附件内容", "filing_change_item": "变更事项", "filing_event": "备案办理记录",
    "filing_document_issue": "备案文书", "receipt_counter": "回执编号", "holiday": "节假日调整",
    "checklist_template": "检查表模板", "checklist_item": "检查项目", "inspection": "监督检查",
    "inspection_item_result": "检查结果", "finding": "整改事项", "rectification_report": "整改报告",
    "finding_event": "整改记录", "notice_counter": "通知书编号", "random_draw": "双随机抽查",
    "random_draw_pick": "抽查对象", "nursery_status_event": "机构状态变化",
    "inbox_batch": "推送批次", "inbox_item": "推送条目", "unregistered_nursery": "在营未登记机构",
    "staff_member": "工作人员", "staff_credential": "人员证书", "staff_health_check": "健康检查",
    "staff_background_check": "违法犯罪记录查询", "staff_ban": "禁入名单",
    "database": "数据库", "audit_digest": "审计月报",
}
FIELD_LABELS = {
    "name": "名称", "alias": "简称", "uscc": "统一社会信用代码", "legal_nature": "法人性质", "kind": "机构类型",
    "sponsor": "举办者", "status": "状态", "registration_organ_kind": "登记机关", "registered_at": "登记日期",
    "registration_certificate": "登记证书", "business_scope": "业务范围", "founded_at": "成立日期",
    "street_id": "街道（乡镇）", "address": "住所", "phone": "联系电话", "legal_rep_name": "法定代表人",
    "legal_rep_id_type": "法定代表人证件类型", "legal_rep_id_no": "法定代表人证件号码",
    "legal_rep_phone": "法定代表人电话", "director_name": "负责人", "director_phone": "负责人电话",
    "premises_type": "场所性质", "lease_end": "租期届满", "building_m2": "建筑面积", "places_total": "托位数",
    "places_inclusive": "普惠托位数", "inclusive": "普惠", "filing_no": "备案号", "filed_at": "备案时间",
    "notes": "备注", "class_type": "班型", "capacity": "额定人数", "enrolled": "在托人数",
    "caregivers": "保育人员", "username": "用户名", "display_name": "姓名", "role": "角色",
    "password_hash": "密码", "active": "启用", "failed_attempts": "连续密码错误次数", "locked_until": "锁定至",
    "reason": "说明", "code": "代码", "message": "提示", "division_code": "行政区划代码",
    "resident_population": "常住人口",
    "act": "办理事项", "from_status": "原状态", "to_status": "新状态", "day": "日期", "note": "说明",
    "notice_delivered_on": "整改通知书送达日期",
    "decision": "处理结果", "decided_by": "处理人", "decided_at": "处理时间", "result_nursery_id": "处理后的机构记录",
    "found_by": "发现方式", "found_on": "发现日期",
    "id_no": "证件号码", "lift_decision_no": "解除决定文号", "lifted_on": "解除日期", "lift_reason": "解除理由",
    "decision_no": "决定书文号", "left_on": "离职日期", "hired_on": "入职日期",
    "authority": "机关", "id_type": "证件类型", "employment": "用工方式", "leave_reason": "离职原因",
    "decided_on": "决定日期", "checked_on": "检查（查询）日期", "checked_by": "经办人", "next_due": "下次复查日期",
    "result": "结论", "certificate_no": "证书编号", "number": "证书编号", "issuer": "发证机关",
    "issued_on": "发证日期", "valid_until": "有效期至", "scan_name": "扫描件", "staff_id": "人员记录号",
    "nursery_id": "机构记录号",
}
# Coded values shown by their Chinese label, per table and field (the same field name may code another list).
VALUE_ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("staff_member", "id_type"): IdType, ("staff_ban", "id_type"): IdType, ("nursery", "legal_rep_id_type"): IdType,
    ("staff_member", "role"): StaffRole, ("staff_member", "employment"): Employment,
    ("staff_credential", "kind"): CredentialKind, ("staff_health_check", "result"): HealthResult,
    ("staff_background_check", "result"): BackgroundResult,
}


def value_label(entity: str, field: str, value: Any) -> Any:
    """A coded value as its Chinese label where the table's field holds a known list; else unchanged."""
    enum_cls = VALUE_ENUMS.get((entity, field))
    if enum_cls is None or not isinstance(value, str):
        return value
    try:
        return enum_cls(value).zh
    except ValueError:
        return value

_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    """One audit row as the viewer shows it (times in UTC; the UI converts to local time)."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    entity_uuid: str
    nursery_id: int | None
    changes: tuple[FieldChange, ...]
    details: dict[str, Any]
    reason: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def at_local(self) -> str:
        return self.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class AuditFilter:
    """Viewer filters; empty means any. `record` is a uuid, "entity:id", a table or nursery name."""

    actor: str = ""
    record: str = ""
    since: dt.date | None = None  # local dates, both inclusive
    until: dt.date | None = None
    action: str = ""


def record_event(session: Session, actor: Actor, action: str, entity: str, entity_id: str | int,
                 details: dict[str, Any], reason: str = "", *, nursery_id: int | None = None,
                 entity_uuid: str = "") -> int:
    """Record a named event (export, view_personal_data, login…) in `session`'s transaction; return its seq."""
    entry = Entry(action, entity, str(entity_id), entity_uuid, nursery_id, details=details, reason=reason)
    return record_many(session, actor, [entry])[0]


def record_many(session: Session, actor: Actor, entries: Sequence[Entry]) -> list[int]:
    """Record rows for changes made with bulk statements (imports, demo) in the same transaction."""
    session.flush()  # ORM changes first, so the trail keeps their order
    return append(session.connection(), list(entries), actor.username)


def records_as(session: Session, action: str) -> None:
    """Label this transaction's ORM creates and updates with a named action (e.g. "import")."""
    session.info[ACTION_KEY] = action


def records_bulk_itself(session: Session) -> None:
    """Say that this transaction records its bulk statements with record_many (no summary rows)."""
    session.info[EXPLICIT_KEY] = True


class AuditService:
    """Reads the audit trail (AUDIT_VIEW), newest first, in pages."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def count(self, where: AuditFilter) -> int:
        """How many rows match."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            stmt = _filtered(select(func.count()).select_from(AuditEntry), where)
            return session.scalar(stmt) or 0

    def page(self, where: AuditFilter, before_seq: int | None = None, limit: int = 200) -> list[AuditRow]:
        """Up to `limit` matching rows with seq below `before_seq` (keyset paging), newest first."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            stmt = _filtered(select(AuditEntry), where)
            if before_seq is not None:
                stmt = stmt.where(AuditEntry.seq < before_seq)
            rows = session.scalars(stmt.order_by(AuditEntry.seq.desc()).limit(limit))
            # Older rows kept numbers in clear: shown masked to a role without full personal data.
            masked = not sees_full(session, self._actor)
            return [_row(r, masked) for r in rows]

    def actors(self) -> list[str]:
        """Every username that appears in the trail, for the user filter."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            return sorted(session.scalars(select(AuditEntry.actor).distinct()))

    def verify(self) -> ChainReport:
        """Walk the whole chain (as `workstation check` does) and report the first broken row."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            return verify_chain(session.connection())

    def export_digest(self, month: str, out: Path, write: Callable[[Path, Any], None]) -> Any:
        """The monthly audit digest written by `write` (exports/audit) to `out`, recorded (AUDIT_VIEW)."""
        from workstation.services.audit.digest import export_digest

        return export_digest(self._factory, self._actor, month, out, write)

    def nursery_names(self, ids: Sequence[int]) -> dict[int, str]:
        """Names of the nurseries rows refer to (deleted ones are missing)."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            rows = session.execute(select(Nursery.id, Nursery.name).where(Nursery.id.in_(list(ids))))
            return {nid: name for nid, name in rows}


def _filtered(stmt: Select, where: AuditFilter) -> Select:
    if where.actor:
        stmt = stmt.where(AuditEntry.actor == where.actor)
    if where.action:
        stmt = stmt.where(AuditEntry.action == where.action)
    if where.since:
        stmt = stmt.where(AuditEntry.at >= _utc_start(where.since))
    if where.until:
        stmt = stmt.where(AuditEntry.at < _utc_start(where.until + dt.timedelta(days=1)))
    record = where.record.strip()
    return stmt.where(_record_clause(record)) if record else stmt


def _record_clause(record: str):
    entity, sep, ident = record.partition(":")
    if sep and _TABLE_NAME.fullmatch(entity) and ident.strip():
        return (AuditEntry.entity == entity) & (AuditEntry.entity_id == ident.strip())
    named = [key for key, text in ENTITY_LABELS.items() if record in (key, text)]
    if named:
        return AuditEntry.entity.in_(named)
    by_uuid = select(Nursery.id).where(Nursery.uuid == record).scalar_subquery()
    by_name = select(Nursery.id).where(Nursery.name.like(f"%{_escape(record)}%", escape="\\"))
    return or_(AuditEntry.entity_uuid == record, AuditEntry.nursery_id == by_uuid,
               AuditEntry.nursery_id.in_(by_name))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _utc_start(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _row(entry: AuditEntry, masked: bool) -> AuditRow:
    changes = json.loads(entry.changes or "{}")
    if masked:
        changes = {name: [mask_field(entry.entity, name, v) for v in pair] for name, pair in changes.items()}
    fields = tuple(FieldChange(name, pair[0], pair[1]) for name, pair in sorted(changes.items()))
    return AuditRow(entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id,
                    entry.entity_uuid, entry.nursery_id, fields, json.loads(entry.details or "{}"),
                    entry.reason)
