"""Import of a nursery's staff list (人员名单) from a spreadsheet: every row is checked first, then
all are written in one transaction, or none when any row is refused; the report is row by row.

A banned ID number refuses its row naming the decision; a person employed at another nursery is
written and warned about; a person already employed at this nursery is refused (no double entry).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.key_locks import hold_ban_list
from workstation.db.orm.staff import StaffBackgroundCheck, StaffHealthCheck, StaffMember
from workstation.db.repositories.staff_bans import active_ban
from workstation.domain.enums import IdType, InstitutionStatus
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.normalize import clean_text, to_halfwidth
from workstation.domain.permissions import Action
from workstation.domain.staff import (
    BackgroundResult,
    Employment,
    HealthResult,
    StaffDraft,
    StaffRole,
    background_next_due,
    ban_refusal,
    health_valid_until,
    validate_staff,
)
from workstation.domain.typed_values import parse_date
from workstation.services.common.context import Actor
from workstation.services.common.lookup import load_nursery
from workstation.services.common.uow import reading, writing
from workstation.services.imports import HeaderRule, read_table
from workstation.services.staff.store import employed_elsewhere

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "员工姓名", "人员姓名"),
    "id_no": ("身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证"),
    "role": ("岗位", "职务", "岗位类别", "人员类别"),
    "hired_on": ("入职日期", "入职时间", "上岗日期", "聘用日期"),
    "employment": ("用工方式", "全职/兼职", "专兼职"),
    "phone": ("联系电话", "手机", "手机号码", "电话"),
    "health_on": ("体检日期", "健康检查日期", "健康证日期", "健康合格证日期"),
    "health_result": ("体检结论", "健康检查结果", "体检结果", "健康检查结论"),
    "background_on": ("背景审查日期", "违法犯罪记录查询日期", "无犯罪记录查询日期", "背景调查日期"),
    "background_result": ("背景审查结果", "违法犯罪记录查询结果", "无犯罪记录查询结果", "背景调查结果"),
    "background_authority": ("查询机关", "背景审查机关", "出具机关"),
}
LABELS = {"name": "姓名", "id_no": "身份证号", "role": "岗位", "hired_on": "入职日期", "employment": "用工方式",
          "phone": "联系电话", "health_on": "体检日期", "health_result": "体检结论", "background_on": "背景审查日期",
          "background_result": "背景审查结果", "background_authority": "查询机关"}
_LOOKUP = {variant: key for key, variants in HEADERS.items() for variant in variants}
_MARKS = re.compile(r"[\s*:：()（）必填]")
ROLE_WORDS = {"园长": StaffRole.DIRECTOR, "负责人": StaffRole.DIRECTOR, "保育": StaffRole.CAREGIVER,
              "保健": StaffRole.HEALTH, "保安": StaffRole.SECURITY, "厨": StaffRole.COOK, "炊事": StaffRole.COOK,
              "育婴": StaffRole.TEACHER, "早教": StaffRole.TEACHER, "教师": StaffRole.TEACHER,
              "财务": StaffRole.ADMIN, "行政": StaffRole.ADMIN}


def _match(cells: Sequence[object]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _LOOKUP.get(_MARKS.sub("", to_halfwidth(clean_text(None if cell is None else str(cell)))))
        if key is not None and key not in columns:
            columns[key] = index
    return columns


STAFF_HEADERS = HeaderRule(_match, ("name", "id_no", "role", "hired_on"), LABELS)


@dataclass(frozen=True)
class StaffImportRow:
    number: int  # the row in the sheet, as Excel shows it
    name: str
    outcome: str  # "ok" | "warning" | "rejected"
    message: str = ""


@dataclass(frozen=True)
class StaffImportReport:
    file_name: str
    rows: tuple[StaffImportRow, ...]
    written: int  # 0 unless committed

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "rejected")

    @property
    def summary(self) -> str:
        warned = sum(1 for r in self.rows if r.outcome == "warning")
        if self.rejected:
            return (f"“{self.file_name}”共 {len(self.rows)} 行，其中 {self.rejected} 行有误，全部未导入；"
                    "请按逐行说明改正后重新导入。")
        head = f"已导入 {self.written} 人" if self.written else f"共 {len(self.rows)} 行均可导入"
        return head + (f"，其中 {warned} 行有提示。" if warned else "。")


class StaffImporter:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory, self._actor, self._today = factory, actor, today

    def find_nursery(self, code: str) -> tuple[int, str]:
        """(id, name) of the nursery with this USCC or record number; NotFound otherwise."""
        from workstation.db.orm import Nursery
        from workstation.domain.errors import NotFound
        from workstation.domain.normalize import compact_code

        text = compact_code(code)
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            found = session.execute(select(Nursery.id, Nursery.name).where(Nursery.uscc == text)).first()
            if found is None and text.isdigit():
                found = session.execute(select(Nursery.id, Nursery.name).where(Nursery.id == int(text))).first()
        if found is None:
            raise NotFound(f"找不到统一社会信用代码或记录号为“{code}”的机构。")
        return found[0], found[1]

    def dry_run(self, nursery_id: int, path: str | Path) -> StaffImportReport:
        """What committing would do, row by row; nothing is written."""
        table = read_table(path, headers=STAFF_HEADERS)
        with reading(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            load_nursery(session, nursery_id)
            checked = self._check(session, nursery_id, table)
        return StaffImportReport(table.file_name, tuple(r for r, _ in checked), 0)

    def commit(self, nursery_id: int, path: str | Path) -> StaffImportReport:
        """Write every row in one transaction; when any row is refused, nothing is written."""
        table = read_table(path, headers=STAFF_HEADERS)
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            nursery = load_nursery(session, nursery_id)
            if nursery.status == InstitutionStatus.CANCELLED:
                raise ConflictError("该机构已注销，不能导入人员。")
            hold_ban_list(session, whole=True)  # a ban recorded meanwhile at another desk: waited for, then seen
            checked = self._check(session, nursery_id, table)
            report = tuple(r for r, _ in checked)
            if any(r.outcome == "rejected" for r in report):
                return StaffImportReport(table.file_name, report, 0)
            who = self._actor.username
            for _row, (draft, checks) in checked:
                health_on, health_result, background_on, background_result, authority = checks
                member = StaffMember(nursery_id=nursery_id, name=draft.name, id_type=draft.id_type, id_no=draft.id_no,
                                     role=draft.role, employment=draft.employment, phone=draft.phone,
                                     hired_on=draft.hired_on, note="", created_by=who, updated_by=who)
                session.add(member)
                session.flush()
                if health_on is not None:
                    passed = health_result == HealthResult.PASS
                    session.add(StaffHealthCheck(staff_id=member.id, nursery_id=nursery_id, checked_on=health_on,
                                                 result=health_result, certificate_no="",
                                                 valid_until=health_valid_until(health_on) if passed else None,
                                                 created_by=who, updated_by=who))
                if background_on is not None:
                    session.add(StaffBackgroundCheck(staff_id=member.id, nursery_id=nursery_id,
                                                     checked_on=background_on, result=background_result,
                                                     authority=authority, checked_by="",
                                                     next_due=background_next_due(background_on),
                                                     created_by=who, updated_by=who))
            session.flush()
            return StaffImportReport(table.file_name, report, len(checked))

    def _check(self, session: Session, nursery_id: int, table) -> list[tuple[StaffImportRow, tuple]]:
        today, seen, results = self._today(), {}, []
        employed_here = set(session.scalars(select(StaffMember.id_no).where(
            StaffMember.nursery_id == nursery_id, StaffMember.left_on.is_(None))))
        for row in table.rows:
            name = _text(row.get(table.columns.get("name")))
            try:
                draft, checks = _draft(row, table.columns, today)
            except ValidationError as exc:
                results.append((StaffImportRow(row.number, name, "rejected", exc.message), None))
                continue
            ban = active_ban(session, draft.id_no)
            if ban is not None:
                message = str(ban_refusal(ban, draft.role))
            elif draft.id_no in seen:
                message = f"身份证号与第{seen[draft.id_no]}行重复。"
            elif draft.id_no in employed_here:
                message = f"“{draft.name}”已在本机构在岗，不能重复登记。"
            else:
                message = ""
            seen.setdefault(draft.id_no, row.number)
            if message:
                results.append((StaffImportRow(row.number, draft.name, "rejected", message), None))
                continue
            others = employed_elsewhere(session, draft.id_no, nursery_id)
            warning = f"同时在{'、'.join(others)}在岗，请核实是否兼职或未办理离职。" if others else ""
            results.append((StaffImportRow(row.number, draft.name, "warning" if warning else "ok", warning),
                            (draft, checks)))
        return results


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value))


def _day(value: object, label: str, today: dt.date, required: bool) -> dt.date | None:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif not _text(value):
        if required:
            raise ValidationError(f"请填写{label}。", label)
        return None
    else:
        try:
            day = parse_date(_text(value))
        except ValueError:
            raise ValidationError(f"{label}“{_text(value)}”无法识别，请写成 2024-03-05 或 2024年3月5日。", label) from None
    if day > today:
        raise ValidationError(f"{label}“{day.isoformat()}”晚于今天。", label)
    return day


def _draft(row, columns, today: dt.date) -> tuple[StaffDraft, tuple]:
    role_text = _text(row.get(columns.get("role")))
    role = StaffRole.from_label(role_text) if role_text else None
    if role is None:
        role = next((r for word, r in ROLE_WORDS.items() if word in role_text), None)
    if role is None:
        raise ValidationError(f"岗位“{role_text}”无法识别，请填写{'、'.join(r.zh for r in StaffRole)}之一。", "role")
    employment_text = _text(row.get(columns.get("employment")))
    employment = Employment.PART_TIME if "兼" in employment_text else Employment.FULL_TIME
    draft = StaffDraft(_text(row.get(columns.get("name"))), _text(row.get(columns.get("id_no"))), role,
                       _day(row.get(columns.get("hired_on")), "入职日期", today, True), IdType.RESIDENT_ID,
                       employment, _text(row.get(columns.get("phone"))))
    return validate_staff(draft, today), _checks(row, columns, today)


def _checks(row, columns, today: dt.date) -> tuple:
    """The optional health check and criminal-record query of the row (a date makes it a record)."""
    health_on = _day(row.get(columns.get("health_on")), "体检日期", today, False)
    health_text = _text(row.get(columns.get("health_result")))
    health_result = HealthResult.FAIL if "不" in health_text else HealthResult.PASS
    background_on = _day(row.get(columns.get("background_on")), "背景审查日期", today, False)
    background_text = _text(row.get(columns.get("background_result")))
    hit = "有" in background_text and "无" not in background_text
    background_result = BackgroundResult.HIT if hit else BackgroundResult.CLEAR
    authority = _text(row.get(columns.get("background_authority")))
    if background_on is not None and not authority:
        raise ValidationError("填写了背景审查日期时，请同时填写查询机关（如派出所名称）。", "background_authority")
    return health_on, health_result, background_on, background_result, authority
