"""What the staff services hand out: frozen values, ID numbers already masked for the actor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.enums import IdType
from workstation.domain.nursery import Finding
from workstation.domain.staff import BackgroundResult, CredentialKind, Employment, HealthResult, StaffRole
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text


@dataclass(frozen=True)
class CredentialRow:
    id: int
    kind: CredentialKind
    number: str
    issuer: str
    issued_on: dt.date
    valid_until: dt.date | None
    scan_name: str


@dataclass(frozen=True)
class HealthCheckRow:
    id: int
    checked_on: dt.date
    result: HealthResult
    certificate_no: str
    valid_until: dt.date | None


@dataclass(frozen=True)
class BackgroundCheckRow:
    id: int
    checked_on: dt.date
    result: BackgroundResult
    authority: str
    checked_by: str
    next_due: dt.date


@dataclass(frozen=True)
class StaffRow:
    """One line of the roster."""
    id: int
    version: int
    nursery_id: int
    name: str
    id_type: IdType
    id_no: str  # masked unless the actor may see full personal data
    role: StaffRole
    employment: Employment
    phone: str
    hired_on: dt.date
    left_on: dt.date | None
    leave_reason: str
    note: str
    health_valid_until: dt.date | None
    background_next_due: dt.date | None
    credential_due: dt.date | None = None  # the first of its certificates to run out (latest of each kind)

    @property
    def employed(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class StaffDetail:
    member: StaffRow
    credentials: tuple[CredentialRow, ...]
    health_checks: tuple[HealthCheckRow, ...]
    background_checks: tuple[BackgroundCheckRow, ...]


@dataclass(frozen=True)
class SavedStaff:
    """A saved staff member and what the save flagged (working at another nursery at once)."""
    member: StaffRow
    warnings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class BanRow:
    id: int
    id_type: IdType
    id_no: str  # masked unless the actor may see full personal data
    name: str
    reason: str
    decision_no: str
    decided_on: dt.date
    authority: str
    lifted_on: dt.date | None
    lift_decision_no: str
    lift_reason: str

    @property
    def in_force(self) -> bool:
        return self.lifted_on is None


@dataclass(frozen=True)
class BanMatch:
    """Someone already recorded with a banned ID number (reported when the ban is added)."""
    nursery_id: int
    nursery_name: str
    as_what: str  # 法定代表人 / the staff role
    name: str
    employed: bool
    role: StaffRole | None = None  # None: the legal representative


@dataclass(frozen=True)
class BanAdded:
    ban: BanRow
    matches: tuple[BanMatch, ...]


@dataclass(frozen=True)
class DueItem:
    """A line of the home page's staff queue: a certificate or check expiring, expired or overdue."""
    nursery_id: int
    nursery_name: str
    staff_id: int
    staff_name: str
    what: Text | CredentialKind | str  # the certificate or check; for a banned person on post, the decision number
    due: dt.date
    banned: bool = False

    def line(self, today: dt.date) -> Text:
        if self.banned:
            return text(QT_TRANSLATE_NOOP("DomainText", "{nursery}：“{staff}”禁入人员在岗（{decision}），请立即核查处理"),
                        nursery=self.nursery_name, staff=self.staff_name, decision=self.what)
        state = (text(QT_TRANSLATE_NOOP("DomainText", "已过期")) if self.due < today
                 else text(QT_TRANSLATE_NOOP("DomainText", "将到期")))
        return text(QT_TRANSLATE_NOOP("DomainText", "{nursery}：{staff}的{what}{state}（{due}）"),
                    nursery=self.nursery_name, staff=self.staff_name, what=self.what, state=state, due=self.due)

    def text(self, today: dt.date) -> str:
        return str(self.line(today))
