"""The nursery (托育机构) with its classes and service types (domain.md §16)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling
from workstation.db.orm.sort_keys import SORT_KEY_COLUMNS, PinyinNamed, pinyin_key_column
from workstation.db.orm.types import enum_column
from workstation.domain.enums import (
    ClassType,
    DemonstrationLevel,
    IdType,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
    ServiceType,
)
from workstation.domain.lifecycle import LifecycleAct


class Nursery(PinyinNamed, Travelling, Base):
    __tablename__ = "nursery"
    # enrolled_total is kept by triggers on nursery_class (migration 20261205_0045), not audited state.
    __audit_ignored__ = SORT_KEY_COLUMNS | {"enrolled_total"}
    __table_args__ = (
        Index("ix_nursery_street_status", "street_id", "status"),
        Index("ix_nursery_name", "name"),
        Index("ix_nursery_name_pinyin", "name_pinyin"),
        Index("ix_nursery_figures", "street_id", "status", "places_total", "places_inclusive", "enrolled_total"),
        # The fee list's scan when 超指导价 or 公示 is sorted or 超指导价 filtered (whether the caps apply; migration
        # 20261205_0028), with the name key its ties are sorted by (20261205_0048).
        Index("ix_nursery_fee_caps", "status", "inclusive", "legal_nature", "name_pinyin"),
        # The fee list sorted by 普惠: ties by name in pinyin order (migration 20261205_0048). Its 所属街道 and
        # 法人性质 orders walk ix_nursery_street_pinyin (street NULLS FIRST on PostgreSQL) and the expression
        # index ix_nursery_legal_nature_rank_pinyin, shaped per engine by that migration and not declared.
        Index("ix_nursery_inclusive_pinyin", "inclusive", "name_pinyin", "id"),
        # Registry sort keys and the short-term search scan (migration 0003); the enum-order
        # expression indexes of that migration are not declared (SQLite reflection skips them), nor is
        # ix_nursery_not_filed (migration 20261204_0025, the filing queue of registered, unfiled nurseries).
        Index("ix_nursery_alias", "alias"),
        Index("ix_nursery_address", "address"),
        Index("ix_nursery_legal_rep_name", "legal_rep_name"),
        Index("ix_nursery_places_total", "places_total"),
        Index("ix_nursery_places_inclusive", "places_inclusive"),
        Index("ix_nursery_inclusive", "inclusive"),
        Index("ix_nursery_updated_at", "updated_at"),
        Index("ix_nursery_street_id", "street_id"),
    )

    # Identity
    name: Mapped[str] = mapped_column(String(200))
    name_pinyin: Mapped[str | None] = pinyin_key_column()  # the lists' name order (db/orm/sort_keys.py)
    alias: Mapped[str] = mapped_column(String(200), default="")
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    legal_nature: Mapped[LegalNature] = mapped_column(enum_column(LegalNature))
    kind: Mapped[InstitutionKind] = mapped_column(enum_column(InstitutionKind))
    sponsor: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[InstitutionStatus] = mapped_column(
        enum_column(InstitutionStatus), default=InstitutionStatus.INTAKE, index=True
    )

    # Registration (the route is kept as given, whatever the district table says later)
    registration_organ_kind: Mapped[RegistrationOrganKind | None] = mapped_column(
        enum_column(RegistrationOrganKind)
    )
    registration_organ_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    registered_at: Mapped[dt.date | None] = mapped_column(Date)
    registration_certificate: Mapped[str] = mapped_column(String(50), default="")
    business_scope: Mapped[str] = mapped_column(Text, default="")
    founded_at: Mapped[dt.date | None] = mapped_column(Date)

    # Address
    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")

    # People
    legal_rep_name: Mapped[str] = mapped_column(String(50), default="")
    legal_rep_id_type: Mapped[IdType] = mapped_column(enum_column(IdType), default=IdType.RESIDENT_ID)
    legal_rep_id_no: Mapped[str] = mapped_column(String(32), default="")
    legal_rep_phone: Mapped[str] = mapped_column(String(32), default="")
    director_name: Mapped[str] = mapped_column(String(50), default="")
    director_phone: Mapped[str] = mapped_column(String(32), default="")

    # Premises
    premises_type: Mapped[PremisesType | None] = mapped_column(enum_column(PremisesType))
    lease_end: Mapped[dt.date | None] = mapped_column(Date)
    building_m2: Mapped[float | None] = mapped_column(Float)
    living_room_m2: Mapped[float | None] = mapped_column(Float)
    living_room_floors: Mapped[str] = mapped_column(String(50), default="")
    outdoor_m2: Mapped[float | None] = mapped_column(Float)

    # Capacity and designations
    places_total: Mapped[int] = mapped_column(Integer, default=0)
    places_inclusive: Mapped[int] = mapped_column(Integer, default=0)
    provides_meals: Mapped[bool] = mapped_column(Boolean, default=False)
    inclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    demonstration_level: Mapped[DemonstrationLevel | None] = mapped_column(enum_column(DemonstrationLevel))

    # Filing (filled by the filing area)
    filing_no: Mapped[str] = mapped_column(String(50), default="")
    filed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    notes: Mapped[str] = mapped_column(Text, default="")
    # The sum of the classes' enrolment, written only by the database's triggers (home page figure).
    enrolled_total: Mapped[int] = mapped_column(Integer, server_default=text("0"), nullable=False)

    classes: Mapped[list[NurseryClass]] = relationship(
        back_populates="nursery", cascade="all, delete-orphan", order_by="NurseryClass.id"
    )
    service_types: Mapped[list[NurseryServiceType]] = relationship(
        back_populates="nursery", cascade="all, delete-orphan"
    )


class NurseryClass(Base):
    """A class (班级) of a nursery; owned by the nursery, versioned with it."""

    __tablename__ = "nursery_class"
    __table_args__ = (Index("ix_nursery_class_enrolment", "nursery_id", "enrolled"),)  # home page's enrolment

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    class_type: Mapped[ClassType] = mapped_column(enum_column(ClassType))
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    enrolled: Mapped[int] = mapped_column(Integer, default=0, index=True)
    caregivers: Mapped[int] = mapped_column(Integer, default=0)

    nursery: Mapped[Nursery] = relationship(back_populates="classes")


class NurseryServiceType(Base):
    __tablename__ = "nursery_service_type"

    nursery_id: Mapped[int] = mapped_column(
        ForeignKey("nursery.id", ondelete="CASCADE"), primary_key=True
    )
    service_type: Mapped[ServiceType] = mapped_column(enum_column(ServiceType), primary_key=True)

    nursery: Mapped[Nursery] = relationship(back_populates="service_types")


class NurseryStatusEvent(Travelling, Base):
    """A recorded act of the nursery's life cycle (domain.md §18.1) that changed its status.

    The filing workflow keeps its own history; these are the acts recorded on the nursery itself
    and an inspection's 停业整顿. The last SUSPEND says which status a resumption restores.
    """

    __tablename__ = "nursery_status_event"

    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    act: Mapped[LifecycleAct] = mapped_column(enum_column(LifecycleAct))
    from_status: Mapped[InstitutionStatus] = mapped_column(enum_column(InstitutionStatus))
    to_status: Mapped[InstitutionStatus] = mapped_column(enum_column(InstitutionStatus))
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id", ondelete="SET NULL"))
    # {"line": a note the program wrote, as a text} (migration 20261205_0049); NULL for a typed note or an older one
    detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)
