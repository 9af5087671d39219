"""Figures for the home page: nurseries by status and by street, places."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.orm import Nursery, NurseryClass, Street
from ..domain.enums import InstitutionStatus


@dataclass(frozen=True)
class StreetFigures:
    street_code: str
    street_name: str
    nurseries: int
    registered_not_filed: int
    places_total: int
    places_inclusive: int


@dataclass(frozen=True)
class HomeSummary:
    nurseries: int
    by_status: dict[InstitutionStatus, int]
    places_total: int
    places_inclusive: int
    enrolled: int
    streets: tuple[StreetFigures, ...]

    @property
    def registered_not_filed(self) -> int:
        return self.by_status.get(InstitutionStatus.REGISTERED, 0)


class HomeService:
    """Read-only aggregates; one query per figure group, no rows loaded."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def summary(self) -> HomeSummary:
        with self._factory() as session:
            by_status = {
                status: count
                for status, count in session.execute(
                    select(Nursery.status, func.count()).group_by(Nursery.status)
                )
            }
            places, inclusive = session.execute(
                select(func.coalesce(func.sum(Nursery.places_total), 0),
                       func.coalesce(func.sum(Nursery.places_inclusive), 0))
            ).one()
            enrolled = session.scalar(select(func.coalesce(func.sum(NurseryClass.enrolled), 0)))
            return HomeSummary(
                nurseries=sum(by_status.values()),
                by_status=by_status,
                places_total=int(places),
                places_inclusive=int(inclusive),
                enrolled=int(enrolled or 0),
                streets=_street_figures(session),
            )


def _street_figures(session: Session) -> tuple[StreetFigures, ...]:
    not_filed = func.sum(case((Nursery.status == InstitutionStatus.REGISTERED, 1), else_=0))
    stmt = (
        select(
            Street.code,
            Street.name,
            func.count(Nursery.id),
            func.coalesce(not_filed, 0),
            func.coalesce(func.sum(Nursery.places_total), 0),
            func.coalesce(func.sum(Nursery.places_inclusive), 0),
        )
        .outerjoin(Nursery, Nursery.street_id == Street.id)
        .group_by(Street.id)
        .order_by(Street.code)
    )
    return tuple(StreetFigures(*row) for row in session.execute(stmt))
