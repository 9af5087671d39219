"""托育机构名册: one row per nursery (domain.md §15, the columns the schema holds).

One query streams the rows (fetched `batch_size` at a time, never the whole table in memory).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Subquery, case, func, select, type_coerce
from sqlalchemy.orm import Session

from workstation.db.orm import Department, Nursery, NurseryClass, NurseryServiceType, Street
from workstation.domain.counting import NOT_COUNTED
from workstation.domain.enums import (
    ClassType,
    DemonstrationLevel,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
    ServiceType,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    COUNT,
    DATE,
    DECIMAL_1,
    INTEGER,
    Column,
    Filter,
    Mask,
    RegisterFilters,
    RegisterSpec,
    Row,
    SourceContext,
    Total,
)
from workstation.exports.registers.common import nursery_conditions, zh_labels

CLASS_GROUP = "班级数"
# Widths: Excel character units; pdf_width: relative share of the PDF page (about points at 6 pt).
COLUMNS = (
    Column("street", "街道（乡镇）", 12, pdf_width=26),
    Column("name", "机构名称", 36, pdf_width=50),
    Column("uscc", "统一社会信用代码", 21, pdf_width=36, whole=True),
    Column("legal_nature", "机构性质", 26, pdf_width=38, user_text=False),
    Column("organ", "登记机关", 26, pdf_width=38),
    Column("legal_rep", "法定代表人", 10, pdf_width=20),
    Column("legal_rep_id", "法定代表人证件号码", 20, mask=Mask.ID_NUMBER, pdf_width=36, whole=True),
    Column("director", "负责人", 10, pdf_width=20),
    Column("phone", "联系电话", 14, mask=Mask.MOBILE, pdf_width=25, whole=True),
    Column("address", "地址", 44, pdf_width=56),
    Column("kind", "机构类型", 14, pdf_width=26, user_text=False),
    Column("services", "服务类型", 26, pdf_width=26, user_text=False),
    Column("premises", "场所性质", 10, pdf_width=26, user_text=False),
    Column("lease_end", "租期止", 11, DATE, pdf_width=36),
    Column("building_m2", "建筑面积（㎡）", 10, DECIMAL_1, pdf_width=26),
    Column("outdoor_m2", "户外面积（㎡）", 10, DECIMAL_1, pdf_width=26),
    Column("places", "托位数", 8, INTEGER, total=Total.SUM, pdf_width=18),
    Column("places_inclusive", "普惠托位数", 10, INTEGER, total=Total.SUM, pdf_width=18),
    Column("enrolled", "在托人数", 9, INTEGER, total=Total.SUM, pdf_width=18),
    *(Column(key, t.zh, 7, COUNT, total=Total.SUM, group=CLASS_GROUP, pdf_width=12)
      for key, t in (("classes_infant", ClassType.INFANT), ("classes_young", ClassType.TODDLER_YOUNG),
                     ("classes_old", ClassType.TODDLER_OLD), ("classes_mixed", ClassType.MIXED))),
    Column("status", "备案状态", 14, pdf_width=26, user_text=False),
    Column("filed_on", "备案日期", 11, DATE, pdf_width=36),
    Column("filing_no", "备案回执号", 17, pdf_width=30, whole=True),
    Column("inclusive", "是否普惠", 8, pdf_width=12, user_text=False),
    Column("demonstration", "示范等级", 8, pdf_width=20, user_text=False),
    Column("notes", "备注", 20, pdf_width=30),
)
CLASS_ORDER = (ClassType.INFANT, ClassType.TODDLER_YOUNG, ClassType.TODDLER_OLD, ClassType.MIXED)
YES_NO = {True: "是", False: "否"}

SERVICE_ORDER = tuple(ServiceType)
# The service types a nursery offers, summed as bits in the database (bit i: SERVICE_ORDER[i]).
SERVICE_LABELS = {bits: "、".join(t.zh for i, t in enumerate(SERVICE_ORDER) if bits >> i & 1) or None
                  for bits in range(1 << len(SERVICE_ORDER))}
NATURES, KINDS, STATUSES = zh_labels(LegalNature), zh_labels(InstitutionKind), zh_labels(InstitutionStatus)
ORGANS, PREMISES, LEVELS = zh_labels(RegistrationOrganKind), zh_labels(PremisesType), zh_labels(DemonstrationLevel)


def _class_figures() -> Subquery:
    """Per nursery: classes of each type and children enrolled."""
    kind = NurseryClass.class_type
    return (select(NurseryClass.nursery_id,
                   *(func.sum(case((kind == t, 1), else_=0)).label(t.value.lower()) for t in CLASS_ORDER),
                   func.sum(NurseryClass.enrolled).label("enrolled"))
            .group_by(NurseryClass.nursery_id).subquery("classes"))


def _service_bits() -> Subquery:
    bit = case(*((NurseryServiceType.service_type == t, 1 << i) for i, t in enumerate(SERVICE_ORDER)), else_=0)
    return (select(NurseryServiceType.nursery_id, func.sum(bit).label("bits"))
            .group_by(NurseryServiceType.nursery_id).subquery("services"))


def _conditions(session: Session, filters: RegisterFilters) -> list[ColumnElement[bool]]:
    return nursery_conditions(session, filters, Nursery.filed_at)


def count(session: Session, filters: RegisterFilters) -> int:
    """Number of nurseries the register lists."""
    stmt = select(func.count()).select_from(Nursery).where(*_conditions(session, filters))
    return int(session.scalar(stmt) or 0)


def statement(session: Session, filters: RegisterFilters) -> Select:
    """One row per nursery in register order: by street (code; none last), then in order of intake.

    Class and service figures are aggregated once and joined (not one query per nursery);
    enumerations come back as their stored codes, turned into labels by dictionary lookups.
    """
    classes, services = _class_figures(), _service_bits()
    raw = [type_coerce(c, String) for c in (Nursery.legal_nature, Nursery.registration_organ_kind, Nursery.kind,
                                             Nursery.premises_type, Nursery.status, Nursery.demonstration_level)]
    nature, organ_kind, kind, premises, status, level = raw
    return (
        select(Street.name, Nursery.name, Nursery.uscc, nature, Department.name, organ_kind, Nursery.legal_rep_name,
               Nursery.legal_rep_id_no, Nursery.director_name, Nursery.phone, Nursery.address, kind, services.c.bits,
               premises, Nursery.lease_end, Nursery.building_m2, Nursery.outdoor_m2, Nursery.places_total,
               Nursery.places_inclusive, classes.c.enrolled, *(classes.c[t.value.lower()] for t in CLASS_ORDER),
               status, Nursery.filed_at, Nursery.filing_no, Nursery.inclusive, level, Nursery.notes)
        .outerjoin(Street, Street.id == Nursery.street_id)
        .outerjoin(Department, Department.id == Nursery.registration_organ_id)
        .outerjoin(classes, classes.c.nursery_id == Nursery.id)
        .outerjoin(services, services.c.nursery_id == Nursery.id)
        .where(*_conditions(session, filters))
        .order_by(Street.code.is_(None), Street.code, Nursery.id)
    )


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """The register's rows, fetched from the database `ctx.batch_size` at a time."""
    stmt = statement(session, ctx.filters).execution_options(yield_per=ctx.batch_size)
    for batch in session.connection().execute(stmt).partitions():
        for r in batch:
            yield _row(r)


def _row(r: Any) -> Row:
    (street, name, uscc, nature, organ, organ_kind, rep, rep_id, director, phone, address, kind, bits, premises,
     lease_end, building, outdoor, places, inclusive_places, enrolled, infant, young, old, mixed, status, filed_at,
     filing_no, inclusive, level, notes) = r
    return (
        street, name, uscc, NATURES[nature], organ or ORGANS[organ_kind], rep or None, rep_id or None,
        director or None, phone or None, address or None, KINDS[kind], SERVICE_LABELS[bits or 0], PREMISES[premises],
        lease_end, building, outdoor, places, inclusive_places, enrolled or 0, infant or 0, young or 0, old or 0,
        mixed or 0, STATUSES[status], filed_at.date() if filed_at else None, filing_no or None,
        YES_NO[bool(inclusive)], LEVELS[level], notes or None,
    )


SPEC = RegisterSpec(
    key="nurseries",
    title=QT_TRANSLATE_NOOP("DomainText", "托育机构名册"),
    description=QT_TRANSLATE_NOOP("DomainText", "每家托育机构一行：登记、人员、场所、托位、班级和备案信息，合计托位数、普惠托位数和在托人数。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset(Filter),
    status_enum=InstitutionStatus,
    status_label="备案状态",
    date_label="备案日期",
    frozen_columns=3,
    pdf_font_size=6,
    notes=(
        "在托人数为各班级在托人数之和；班级数按乳儿班、托小班、托大班、混合班分列。",
        "按备案日期筛选时，未备案的机构不列入。",
        f"本表列出筛选条件内各备案状态的机构（可按备案状态筛选）；首页和汇总表的“机构总数”及其托位数不计"
        f"{'、'.join(s.zh for s in InstitutionStatus if s in NOT_COUNTED)}的机构。",
    ),
)
