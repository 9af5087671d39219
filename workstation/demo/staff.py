"""Demo staff: a roster for every counted nursery (director, caregivers for its classes, health-care
staff, a guard, a cook when it serves meals), with certificates, health certificates and
criminal-record queries; some run out within 30 days, some are expired or overdue. Most have the
health check they passed before starting. One person is on the ban list: a caregiver who left, and
who is now on post at another nursery (the match the ban is there to show). Rows are bulk-inserted
in batches; same seed, same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections import defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.id_blocks import IdSource
from workstation.db.orm import Nursery, NurseryClass
from workstation.db.orm.staff import (
    StaffBackgroundCheck,
    StaffBan,
    StaffCredential,
    StaffHealthCheck,
    StaffMember,
)
from workstation.demo import names as text
from workstation.domain.counting import COUNTED
from workstation.domain.enums import IdType
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.domain.staff import (
    BackgroundResult,
    CredentialKind,
    Employment,
    HealthResult,
    StaffRole,
    background_next_due,
    health_valid_until,
)

BATCH_SIZE = 2000  # nurseries whose staff rows are built before they are inserted
TABLES = (StaffMember, StaffCredential, StaffHealthCheck, StaffBackgroundCheck)
AUTHORITIES = ("杨家坪派出所", "谢家湾派出所", "石坪桥派出所", "黄桷坪派出所", "九龙坡区公安分局")
ISSUERS = {CredentialKind.DEGREE: "重庆师范大学", CredentialKind.DIRECTOR_TRAINING: "重庆市卫生健康委员会",
           CredentialKind.CAREGIVER: "重庆市人力资源和社会保障局", CredentialKind.HEALTH_TRAINING: "九龙坡区妇幼保健院",
           CredentialKind.GUARD: "重庆市公安局", CredentialKind.FOOD_HANDLER: "九龙坡区疾病预防控制中心"}


def add_demo_staff(session: Session, seed: int, today: dt.date, who: str) -> None:
    _StaffWriter(session, seed, today, who).run()


class _StaffWriter:
    def __init__(self, session: Session, seed: int, today: dt.date, who: str) -> None:
        self.session, self.today, self.who, self.now = session, today, who, utcnow()
        self.rng = random.Random(f"demo:{seed}:staff")
        self.uuid_rng = random.Random(f"demo:{seed}:staff-uuid")
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.ids = IdSource(session)  # assigned by the database: a later save never meets them
        self.banned: tuple[str, str, int] | None = None
        self.rehired = False

    def run(self) -> None:
        needs: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for nursery_id, class_type, enrolled in self.session.execute(
                select(NurseryClass.nursery_id, NurseryClass.class_type, NurseryClass.enrolled)):
            needs[nursery_id].append((enrolled, NATIONAL_DEFAULTS.limit(class_type).ratio))
        stmt = (select(Nursery.id, Nursery.provides_meals, Nursery.founded_at, Nursery.registered_at)
                .where(Nursery.status.in_(COUNTED)).order_by(Nursery.id))
        for number, row in enumerate(self.session.execute(stmt).all(), start=1):
            self.nursery(row, needs.get(row.id, []))
            if number % BATCH_SIZE == 0 or len(self.rows["staff_health_check"]) >= BATCH_SIZE * 20:
                self.flush()
        self.flush()
        self.ban()

    def flush(self) -> None:
        for table in TABLES:
            if self.rows[table.__tablename__]:
                self.session.execute(insert(table.__table__), self.rows[table.__tablename__])
                self.rows[table.__tablename__].clear()

    def nursery(self, row, classes: list[tuple[int, int]]) -> None:
        rng = self.rng
        opened = row.founded_at or row.registered_at or self.today - dt.timedelta(days=900)
        opened = min(opened, self.today - dt.timedelta(days=30))
        enrolled = sum(e for e, _ in classes)
        caregivers = sum(math.ceil(e / r) for e, r in classes if e > 0)
        if caregivers and rng.random() < 0.08:  # a few nurseries are short of caregivers
            caregivers -= 1
        roles = [StaffRole.DIRECTOR, *([StaffRole.CAREGIVER] * max(caregivers, 1))]
        if enrolled > 0 and rng.random() < 0.9:
            roles.append(StaffRole.HEALTH)
        if rng.random() < 0.6:
            roles.append(StaffRole.SECURITY)
        if row.provides_meals:
            roles.append(StaffRole.COOK)
        for role in roles:
            full_time = role is not StaffRole.HEALTH or enrolled >= 150 or rng.random() < 0.5
            self.member(row.id, role, opened, Employment.FULL_TIME if full_time else Employment.PART_TIME)
        if self.banned is None and caregivers:
            self.banned_member(row.id, opened)
        elif self.banned is not None and not self.rehired and caregivers:
            self.rehire_banned(row.id)

    def member(self, nursery_id: int, role: StaffRole, opened: dt.date, employment: Employment,
               left_on: dt.date | None = None, person: tuple[str, str] | None = None) -> tuple[int, str, str]:
        rng = self.rng
        female = rng.random() < (0.95 if role in (StaffRole.CAREGIVER, StaffRole.HEALTH) else 0.5)
        name = text.person(rng, female)
        id_no = text.resident_id(rng, female, self.today, (20, 55))
        if person is not None:
            name, id_no = person
        staff_id = self.ids.take(StaffMember)
        last = (left_on or self.today) - dt.timedelta(days=1)
        hired = opened + dt.timedelta(days=rng.randint(0, max(0, (last - opened).days)))
        self.rows["staff_member"].append({
            "id": staff_id, "nursery_id": nursery_id, "name": name, "id_type": IdType.RESIDENT_ID, "id_no": id_no,
            "role": role, "employment": employment, "phone": text.mobile(rng), "hired_on": hired,
            "left_on": left_on, "leave_reason": "个人原因辞职" if left_on else "", "note": "", **self.bookkeeping()})
        self.health(staff_id, nursery_id, hired)
        self.background(staff_id, nursery_id, hired)
        for kind, lasting in _CREDENTIALS.get(role, ()):
            self.credential(staff_id, nursery_id, kind, hired, lasting)
        return staff_id, name, id_no

    def health(self, staff_id: int, nursery_id: int, hired: dt.date) -> None:
        """The check passed before starting (most staff), then the latest: mostly within the year, some
        running out soon, a few expired."""
        if self.rng.random() < 0.92:
            self.health_check(staff_id, nursery_id, hired - dt.timedelta(days=self.rng.randint(3, 40)))
        roll = self.rng.random()
        if roll < 0.06:
            checked = self.today - dt.timedelta(days=self.rng.randint(336, 364))  # runs out within 30 days
        elif roll < 0.09:
            checked = self.today - dt.timedelta(days=self.rng.randint(366, 500))  # expired
        else:
            checked = self.today - dt.timedelta(days=self.rng.randint(0, 330))
        self.health_check(staff_id, nursery_id, max(min(checked, self.today), hired - dt.timedelta(days=20)))

    def health_check(self, staff_id: int, nursery_id: int, checked: dt.date) -> None:
        self.rows["staff_health_check"].append({
            "staff_id": staff_id, "nursery_id": nursery_id, "checked_on": checked, "result": HealthResult.PASS,
            "certificate_no": f"JK{checked.year}{self.rng.randrange(10**6):06d}", "valid_until": health_valid_until(checked),
            **self.bookkeeping()})

    def background(self, staff_id: int, nursery_id: int, hired: dt.date) -> None:
        if self.rng.random() < 0.02:
            return  # never queried: the roster check flags it
        late = self.rng.random() < 0.05
        days = self.rng.randint(370, 480) if late else self.rng.randint(0, 360)
        checked = max(self.today - dt.timedelta(days=days), hired - dt.timedelta(days=15))
        self.rows["staff_background_check"].append({
            "staff_id": staff_id, "nursery_id": nursery_id, "checked_on": checked, "result": BackgroundResult.CLEAR,
            "authority": self.rng.choice(AUTHORITIES), "checked_by": text.person(self.rng, self.rng.random() < 0.5),
            "next_due": background_next_due(checked), **self.bookkeeping()})

    def credential(self, staff_id: int, nursery_id: int, kind: CredentialKind, hired: dt.date, lasting: bool) -> None:
        rng = self.rng
        issued = hired - dt.timedelta(days=rng.randint(30, 2000))
        until = None
        if not lasting:
            roll = rng.random()
            ahead = rng.randint(0, 30) if roll < 0.05 else -rng.randint(1, 200) if roll < 0.07 else rng.randint(60, 1500)
            until = max(self.today + dt.timedelta(days=ahead), issued)
        self.rows["staff_credential"].append({
            "staff_id": staff_id, "nursery_id": nursery_id, "kind": kind, "number": f"{kind.value[:2]}{rng.randrange(10**8):08d}",
            "issuer": ISSUERS.get(kind, "重庆市人力资源和社会保障局"), "issued_on": issued, "valid_until": until,
            "scan_name": "", "scan_sha256": "", **self.bookkeeping()})

    def banned_member(self, nursery_id: int, opened: dt.date) -> None:
        """A caregiver who left after an abuse complaint and was banned for life."""
        left = self.today - dt.timedelta(days=120)
        if opened >= left:
            return
        _id, name, id_no = self.member(nursery_id, StaffRole.CAREGIVER, opened, Employment.FULL_TIME, left)
        self.banned = (name, id_no, nursery_id)

    def rehire_banned(self, nursery_id: int) -> None:
        """The banned caregiver, hired since at another nursery: on post there until the ban is acted on."""
        name, id_no, _left_at = self.banned
        start = self.today - dt.timedelta(days=60)
        self.member(nursery_id, StaffRole.CAREGIVER, start, Employment.FULL_TIME, person=(name, id_no))
        self.rehired = True

    def ban(self) -> None:
        if self.banned is None or self.session.scalar(select(func.count()).select_from(StaffBan)):
            return
        name, id_no, _nursery = self.banned
        decided = self.today - dt.timedelta(days=90)
        self.session.execute(insert(StaffBan.__table__).values(
            id_type=IdType.RESIDENT_ID, id_no=id_no, name=name,
            reason="在托育服务中虐待婴幼儿，经调查属实，终身禁止从事托育服务工作",
            decision_no=f"九卫禁〔{decided.year}〕1号", decided_on=decided, authority="九龙坡区卫生健康委员会",
            lifted_on=None, lift_decision_no=None, lift_reason="", **self.bookkeeping()))

    def bookkeeping(self) -> dict:
        return {"uuid": str(uuid.UUID(int=self.uuid_rng.getrandbits(128), version=4)), "created_at": self.now,
                "created_by": self.who, "updated_at": self.now, "updated_by": self.who, "version": 1}


# Credentials per role: (kind, lasting?) — certificates that expire get a date.
_CREDENTIALS: dict[StaffRole, tuple[tuple[CredentialKind, bool], ...]] = {
    StaffRole.DIRECTOR: ((CredentialKind.DEGREE, True), (CredentialKind.DIRECTOR_TRAINING, False)),
    StaffRole.CAREGIVER: ((CredentialKind.CAREGIVER, True),),
    StaffRole.HEALTH: ((CredentialKind.HEALTH_TRAINING, False),),
    StaffRole.SECURITY: ((CredentialKind.GUARD, False),),
    StaffRole.COOK: ((CredentialKind.FOOD_HANDLER, False),),
}
