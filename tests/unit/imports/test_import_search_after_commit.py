"""Right after a push import's commit of changes the registry search finds the changed nurseries by their new
values (terms of three characters and more, and of one or two), no longer by what they lost, and `check`
verifies the audit chain and every record hash the import wrote; on either engine."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from test_import_registrations import row, write_csv

from workstation.db.audit_mac import records_key
from workstation.services.audit.checks import verify_chain
from workstation.services.audit.records_check import verify_records
from workstation.services.imports import RegistrationImporter
from workstation.services.registry.listing import RegistryQuery, RegistryService

TODAY = dt.date(2026, 11, 23)
CHANGED = range(1, 13)  # of 15 nurseries


def found(district, actor, text: str) -> set[int]:
    service = RegistryService(district.factory, actor)
    query = RegistryQuery(text=text)
    total = service.count(query)
    rows = service.page(query, 0, 100, total)
    assert len(rows) == total
    return {r.id for r in rows}


def test_search_and_check_are_right_at_once_after_an_import_of_changes(district, actor, tmp_path):
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(i, 住所=f"重庆市九龙坡区杨家坪街道{i}号鹦鹉楼")
                                                            for i in range(1, 16)])).committed
    every = found(district, actor, "鹦鹉楼")
    assert len(every) == 15 and found(district, actor, "鼋") == set()
    moved = {i: f"重庆市九龙坡区谢家湾街道{i}号鼋鼍巷" for i in CHANGED}
    path = write_csv(tmp_path / "changed.csv", [row(i, 住所=moved.get(i, f"重庆市九龙坡区杨家坪街道{i}号鹦鹉楼"))
                                                for i in range(1, 16)])
    importer.dry_run(path)  # as the clerk does: the commit writes the rows the preview checked

    report = importer.commit(path)

    assert report.committed and report.updated - report.unchanged == len(CHANGED)
    changed = found(district, actor, "鼋鼍巷")
    assert len(changed) == len(CHANGED) and changed < every
    for term in ("鼋", "鼍巷", "鼋鼍", "谢家湾街道1号鼋"):  # one and two characters, then a long term
        assert found(district, actor, term) == {i for i in changed if term in _address(district, i)}, term
    assert found(district, actor, "鹦鹉楼") == every - changed
    assert found(district, actor, "鹦") == every - changed
    assert len(found(district, actor, "第1托育")) == 1  # the fields the file left as they were: still found
    assert len(found(district, actor, "法人1")) == 7  # 法人1, 法人10 … 法人15
    with district.engine.connect() as conn:
        chain = verify_chain(conn)
        records = verify_records(conn, records_key(district.engine))
    assert chain.ok, chain.problem
    assert records.problems == [] and records.checked >= 15


def _address(district, nursery_id: int) -> str:
    with district.engine.connect() as conn:
        return conn.execute(text("SELECT address FROM nursery WHERE id = :i"), {"i": nursery_id}).scalar_one()
