"""A push import into a large district costs a bounded number of SQL statements per batch, not per row."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import event, select
from test_import_registrations import row, uscc, write_csv

from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import InstitutionStatus
from workstation.services.imports import RegistrationImporter

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def importer(district, actor):
    return RegistrationImporter(district.factory, actor, today=lambda: TODAY)


class Statements:
    """Counts what reaches the database cursor (an executemany counts once)."""

    def __init__(self, engine) -> None:
        self.engine, self.sql = engine, []

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.sql.append(statement)

    def updates_of_nursery(self) -> int:
        return sum(1 for s in self.sql if s.lstrip().upper().startswith("UPDATE NURSERY"))


def changed(numbers) -> list[list[object]]:
    return [row(i, 住所=f"重庆市九龙坡区谢家湾街道{i}号附1号", 法定代表人=f"新法人{i}") for i in numbers]


def test_matching_rows_cost_the_same_statements_for_100_or_300_rows(importer, district, tmp_path):
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(i) for i in range(1, 401)])).committed
    with district.factory.begin() as session:  # an application still in intake gets its registration proof
        session.scalars(select(Nursery).where(Nursery.uscc == uscc(400))).one().status = InstitutionStatus.INTAKE
    with Statements(district.engine) as few:
        report = importer.commit(write_csv(tmp_path / "few.csv", changed(range(1, 101))))
    assert report.committed and report.updated == 100
    with Statements(district.engine) as many:
        report = importer.commit(write_csv(tmp_path / "many.csv", [*changed(range(101, 400)), row(400)]))
    assert report.committed and report.updated == 300
    assert len(many.sql) == len(few.sql) + 1 <= 40, many.sql  # + 1: the UPDATE of the other changed columns
    assert many.updates_of_nursery() == 2  # one executemany per set of changed columns

    # What the bulk statements wrote, and the audit rows the ORM would have written.
    assert [r.changed for r in report.rows][-2:] == [("法定代表人", "住所", "街道（乡镇）"), ("状态",)]
    with district.factory() as session:
        first, last = (session.scalars(select(Nursery).where(Nursery.uscc == uscc(i))).one() for i in (399, 400))
        assert (first.legal_rep_name, first.address) == ("新法人399", "重庆市九龙坡区谢家湾街道399号附1号")
        assert (first.version, first.updated_by) == (2, "tester")
        assert (last.status, last.version) == (InstitutionStatus.REGISTERED, 3)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "nursery")
                                .order_by(AuditEntry.seq.desc()).limit(2)).all()
    entries = [(a.action, a.entity_id, json.loads(a.changes), a.reason) for a in reversed(audit)]
    assert entries[0][:2] == ("import", str(first.id))
    assert entries[0][2]["legal_rep_name"] == ["法人399", "新法人399"]
    assert entries[0][2]["address"] == ["重庆市九龙坡区杨家坪街道399号", "重庆市九龙坡区谢家湾街道399号附1号"]
    assert entries[0][2]["street_id"][1] == first.street_id != entries[0][2]["street_id"][0]
    assert entries[1][:3] == ("import", str(last.id), {"status": ["INTAKE", "REGISTERED"]})
    assert all(e[3] == "导入登记推送数据：many.csv" for e in entries)
