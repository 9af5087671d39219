"""What every issued document states about its issuer (filing receipts, rectification notices, fee notices)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Department, District
from workstation.domain.enums import DepartmentKind


def issuer_of(session: Session) -> tuple[str, str]:
    """(issuing department, division code) of this database's district."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    if district is None:
        return "卫生健康委员会", ""
    name = session.scalar(select(Department.name).where(Department.district_id == district.id,
                                                         Department.kind == DepartmentKind.HEALTH).limit(1))
    return name or f"{district.name}卫生健康委员会", district.division_code
