"""ORM classes of the working-day calendar: the administrator's entries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base, Travelling
from workstation.db.orm.types import enum_column
from workstation.domain.workdays import DayKind


class Holiday(Travelling, Base):
    """An administrator's calendar entry: wins over the built-in holiday arrangement for that day."""

    __tablename__ = "holiday"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    kind: Mapped[DayKind] = mapped_column(enum_column(DayKind))
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    source_date: Mapped[dt.date | None] = mapped_column(Date)  # the State Council notice's date
