"""District settings, streets/townships and departments."""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling
from workstation.db.orm.types import enum_column
from workstation.domain.enums import DepartmentKind


class District(Travelling, Base):
    __tablename__ = "district"

    division_code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    resident_population: Mapped[int | None] = mapped_column(Integer)
    # Legal natures (LegalNature values) the administrative approval bureau registers here.
    approval_natures: Mapped[list[str]] = mapped_column(JSON, default=list)

    streets: Mapped[list[Street]] = relationship(
        back_populates="district", order_by="Street.code", cascade="all, delete-orphan"
    )
    departments: Mapped[list[Department]] = relationship(
        back_populates="district", order_by="Department.id", cascade="all, delete-orphan"
    )


class Street(Travelling, Base):
    """A street (街道) or township (乡镇) of the district."""

    __tablename__ = "street"

    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    resident_population: Mapped[int | None] = mapped_column(Integer)

    district: Mapped[District] = relationship(back_populates="streets")


class Department(Travelling, Base):
    __tablename__ = "department"

    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DepartmentKind] = mapped_column(enum_column(DepartmentKind))
    name: Mapped[str] = mapped_column(String(100))
    contact_phone: Mapped[str] = mapped_column(String(32), default="")

    district: Mapped[District] = relationship(back_populates="departments")
