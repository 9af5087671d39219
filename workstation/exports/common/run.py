"""Export one register to a file: check the request, stream its rows, render, rename into place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.engine import streaming_reads
from workstation.db.orm import Department, District, Street
from workstation.domain.enums import DepartmentKind
from workstation.domain.errors import StorageError, ValidationError
from workstation.exports.common.body import RegisterBody, ReportInfo, heading, period_text
from workstation.exports.common.files import Cancelled, Progress, Watch, atomic_output
from workstation.exports.common.spec import Filter, RegisterFilters, RegisterSpec, SourceContext
from workstation.exports.registers import REGISTERS


# Each writer's module (and openpyxl or reportlab with it) loads on the first export, not with
# the 名册报表 page. Keys: names.FORMATS.
def _on_first_use(module: str, name: str) -> Callable:
    def write(*args: object) -> object:
        return getattr(import_module(module), name)(*args)

    return write


FORMATS: dict[str, Callable] = {"xlsx": _on_first_use("workstation.exports.common.xlsx", "write_xlsx"),
                                "pdf": _on_first_use("workstation.exports.common.pdf", "write_pdf")}
MASKED_NOTE = "法定代表人证件号码保留前6位和后4位、手机号码保留前3位和后4位，其余以*代替。"
FULL_NOTE = "本表含完整的个人信息，仅限经授权人员使用，不得外传。"
NATIONAL_TARGET = 4.5  # places per 1,000 residents, 14th five-year plan (domain.md §12)


@dataclass(frozen=True)
class ExportedFile:
    """What was written: where, how many rows, which filters, and whether personal data was masked."""

    path: Path
    register: str
    fmt: str
    rows: int
    filters_text: str
    masked: bool


def find_spec(register: str) -> RegisterSpec:
    """The register named `register`; a name that is not one is refused with the choices."""
    spec = REGISTERS.get(register)
    if spec is None:
        choices = "、".join(REGISTERS)
        raise ValidationError(f"没有名为“{register}”的名册报表，可选：{choices}。", "register")
    return spec


def check_request(spec: RegisterSpec, fmt: str, filters: RegisterFilters) -> None:
    """Refuse a format or filter the register does not take, or an inverted date range."""
    if fmt not in FORMATS:
        raise ValidationError(f"不支持的导出格式“{fmt}”，可选：xlsx、pdf。", "format")
    unsupported = filters.used() - spec.filters
    if Filter.DATE_RANGE in unsupported:
        raise ValidationError(f"“{spec.title}”不能按日期范围筛选。", "date")
    if unsupported:
        raise ValidationError(f"“{spec.title}”不能按所选条件筛选。", "filters")
    if filters.status is not None and not isinstance(filters.status, spec.status_enum or ()):
        raise ValidationError(f"“{filters.status}”不是“{spec.title}”的{spec.status_label}。", "status")
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ValidationError("起始日期晚于截止日期。", "date")


def export_register(
    factory: sessionmaker[Session], register: str, fmt: str, out: Path, filters: RegisterFilters, *,
    masked: bool = True, preparer: str, reviewer: str = "", unit: str | None = None,
    prepared_on: dt.date | None = None, target_per_thousand: float = NATIONAL_TARGET,
    progress: Progress | None = None, is_cancelled: Cancelled | None = None,
) -> ExportedFile:
    """Write `register` as `fmt` ("xlsx" or "pdf") to `out`; on failure or cancel `out` is untouched.

    Raises ValidationError for a bad request, ExportCancelled when `is_cancelled()` turns true,
    StorageError when the file cannot be written.
    """
    spec = find_spec(register)
    check_request(spec, fmt, filters)
    ctx = SourceContext(filters, target_per_thousand, as_of=prepared_on or dt.date.today())
    with factory() as session, streaming_reads(session):
        watch = Watch(spec.count(session, filters), progress, is_cancelled)
        info = ReportInfo(unit or default_unit(session), preparer, reviewer, prepared_on)
        filters_text = describe_filters(session, spec, filters)
        head = heading(spec, info, filters_text, period_text(spec, filters.date_from, filters.date_to, info.date),
                       spec.extra_header(ctx))
        body = RegisterBody(spec, spec.rows(session, ctx), masked, {"target_per_thousand": target_per_thousand})
        notes = (*spec.notes, *_personal_data_note(spec, masked))
        watch.check()
        try:
            with atomic_output(Path(out)) as temp:
                FORMATS[fmt](temp, head, body, notes, watch)
        except OSError as exc:
            raise StorageError(f"无法写入文件“{out}”：{exc.strerror or exc}") from exc
    watch.finish()
    return ExportedFile(Path(out), spec.key, fmt, body.count, filters_text, masked)


def _personal_data_note(spec: RegisterSpec, masked: bool) -> tuple[str, ...]:
    if not spec.masks_personal_data:
        return ()
    return ((spec.masked_note or MASKED_NOTE) if masked else FULL_NOTE,)


def default_unit(session: Session) -> str:
    """填报单位: the district's health commission, e.g. 九龙坡区卫生健康委员会."""
    district = session.execute(select(District.id, District.name).order_by(District.id).limit(1)).first()
    if district is None:
        return ""
    health = session.scalar(select(Department.name).where(
        Department.district_id == district.id, Department.kind == DepartmentKind.HEALTH).limit(1))
    if not health:
        return district.name
    return health if health.startswith(district.name) else f"{district.name}{health}"


def describe_filters(session: Session, spec: RegisterSpec, filters: RegisterFilters) -> str:
    """The filters as printed under the title, e.g. 街道（乡镇）：杨家坪街道；是否普惠：是."""
    parts = []
    if filters.street_code is not None:
        name = session.scalar(select(Street.name).where(Street.code == filters.street_code))
        parts.append(f"街道（乡镇）：{name or ''}（{filters.street_code}）")
    if filters.legal_nature is not None:
        parts.append(f"机构性质：{filters.legal_nature.zh}")
    if filters.status is not None:
        parts.append(f"{spec.status_label}：{filters.status.zh}")
    if filters.inclusive is not None:
        parts.append(f"是否普惠：{'是' if filters.inclusive else '否'}")
    if filters.date_from is not None or filters.date_to is not None:
        start = filters.date_from.isoformat() if filters.date_from else "不限"
        end = filters.date_to.isoformat() if filters.date_to else "不限"
        parts.append(f"{spec.date_label}：{start} 至 {end}")
    return "；".join(parts) if parts else "无（全部）"

