"""The district's departments that register nurseries: the 登记机关 a record names."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Department, District
from workstation.domain.enums import RegistrationOrganKind


def organ_departments(session: Session) -> dict[RegistrationOrganKind, int]:
    """Each kind of registration organ -> the id of the district's department of that kind (the first
    entered when there are several); kinds the district has no department for are missing."""
    district_id = session.scalar(select(District.id).order_by(District.id).limit(1))
    organs = {kind.value for kind in RegistrationOrganKind}
    found: dict[RegistrationOrganKind, int] = {}
    rows = session.execute(select(Department.kind, Department.id)
                           .where(Department.district_id == district_id).order_by(Department.id))
    for kind, department_id in rows:
        if kind.value in organs:
            found.setdefault(RegistrationOrganKind(kind.value), department_id)
    return found
