"""A matching import's UPDATE stores each value as an ORM save stores it (dates, enumerations, timestamps,
the pinyin key), on either engine, and the record hashes it chains verify against the stored rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from test_import_registrations import row, uscc, write_csv

from workstation.db.audit_mac import records_key
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionStatus
from workstation.services.audit.records_check import verify_records
from workstation.services.imports import RegistrationImporter

TODAY = dt.date(2026, 11, 23)
COMPARED = ("name", "name_pinyin", "registered_at", "legal_rep_name", "address", "street_id", "business_scope",
            "status", "version", "updated_by")


def _stored(db, code: str) -> tuple:
    """The row as the database holds it (no SQLAlchemy conversion on the way out)."""
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT {', '.join(COMPARED)}, updated_at FROM nursery WHERE uscc = :c"),
                                  {"c": code}).one())


def test_an_imported_change_is_stored_as_an_orm_save_stores_it(district, actor, tmp_path):
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(1), row(2)])).committed
    with district.factory.begin() as session:
        for nursery in session.scalars(select(Nursery)):
            nursery.status = InstitutionStatus.INTAKE
    new = {"名称": "新名称托育有限公司", "成立日期": "2023-07-09", "法定代表人": "新法人",
           "住所": "重庆市九龙坡区谢家湾街道8号", "经营范围": "全日托"}
    report = importer.commit(write_csv(tmp_path / "changed.csv", [row(1, **new)]), accept_valid=True)
    assert report.committed and report.updated == 1
    with district.factory.begin() as session:  # the same change saved through the ORM
        twin = session.scalars(select(Nursery).where(Nursery.uscc == uscc(2))).one()
        imported = session.scalars(select(Nursery).where(Nursery.uscc == uscc(1))).one()
        twin.name, twin.registered_at, twin.legal_rep_name = "新名称托育有限公司", dt.date(2023, 7, 9), "新法人"
        twin.address, twin.business_scope, twin.street_id = "重庆市九龙坡区谢家湾街道8号", "全日托", imported.street_id
        twin.status, twin.updated_by = InstitutionStatus.REGISTERED, "tester"

    by_import, by_orm = _stored(district, uscc(1)), _stored(district, uscc(2))
    assert by_import[:-1] == by_orm[:-1]
    assert type(by_import[-1]) is type(by_orm[-1])  # the timestamp in the same stored form
    assert by_import[COMPARED.index("status")] == "REGISTERED"
    with district.engine.connect() as conn:
        report = verify_records(conn, records_key(district.engine))
    assert report.problems == [] and report.checked >= 2
