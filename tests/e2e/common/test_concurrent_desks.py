"""Eight desks at once on one database, for a bounded time: two clerks editing the same nurseries,
two inspectors accepting filings (receipt numbers) and recording inspections with findings (整改通知书
numbers), two desks attaching scans, a push import and an export. Asserted: no lost update, receipt and
notice numbers unique and gap-free, every scan readable, the audit chain intact. Runs on a SQLite file
always and on PostgreSQL when WS_TEST_PG_URL is set (tests/support/pg_support.py); prints the
throughput. WS_CONCURRENCY_SECONDS sets the time (≤ 60).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import random
import time
from pathlib import Path

import pytest
from filing_support import FILING_DEFAULTS, SYSTEM, FilingAction, under_check
from inbox_support import row, write_csv
from inbox_support import uscc as push_uscc
from inspections_support import record as record_inspection
from inspections_support import start as start_inspection
from pg_support import PG_URL, throwaway_database
from sqlalchemy import select

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication
from workstation.db.orm.inspections import Inspection
from workstation.db.session import open_database
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, RegistrationOrganKind
from workstation.domain.errors import ConflictError, StorageError
from workstation.domain.inbox import OrganLevel
from workstation.services.common.context import Actor

pytestmark = pytest.mark.slow

SECONDS = min(float(os.environ.get("WS_CONCURRENCY_SECONDS", "12")), 60.0)
EDITED = 6  # nurseries both clerks edit
FILED_PER_DESK = 150  # nurseries each inspector may file and inspect (more than it can in the time)
TODAY = dt.date(2026, 12, 4)
ROLES = ("clerk", "clerk", "inspector", "inspector", "scans", "scans", "import", "export")


def _setup(location: str) -> dict[str, list[int]]:
    from workstation.services.district.service import DistrictService

    db = open_database(location, migrate_server=True)  # a new server database: migrated as `workstation migrate` does
    try:
        DistrictService(db.factory, SYSTEM).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
        with db.factory.begin() as session:
            registered, operating = EDITED + 2 * FILED_PER_DESK, 2 * FILED_PER_DESK  # filed; inspected
            rows = [Nursery(name=f"并发托育园{n}", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                            status=InstitutionStatus.REGISTERED if n <= registered else InstitutionStatus.OPERATING,
                            address=f"重庆市九龙坡区杨家坪{n}号", business_scope="3岁以下婴幼儿照护服务",
                            legal_rep_name=f"法人{n}",
                            uscc=make_uscc("91", "500107", make_org_code(f"{n:08d}")),
                            registered_at=dt.date(2025, 6, 1)) for n in range(1, registered + operating + 1)]
            session.add_all(rows)
            session.flush()
            ids = [r.id for r in rows]
    finally:
        db.close()
    inspected = ids[EDITED + 2 * FILED_PER_DESK:]
    return {"edited": ids[:EDITED], "filing0": ids[EDITED:EDITED + FILED_PER_DESK],
            "filing1": ids[EDITED + FILED_PER_DESK:EDITED + 2 * FILED_PER_DESK],
            "inspect0": inspected[:FILED_PER_DESK], "inspect1": inspected[FILED_PER_DESK:]}


def _desk(location: str, role: str, number: int, ids: dict, folder: str, start, results) -> None:
    """Child process: one desk working until the deadline; reports what it did."""
    done: dict = {"role": role, "ops": 0, "conflicts": 0, "busy": 0, "saves": [], "receipts": [], "notices": [],
                  "scans": []}
    db = open_database(location)
    try:
        start.wait(timeout=120)
        deadline = time.monotonic() + SECONDS
        work = {"clerk": _clerk, "inspector": _inspector, "scans": _scans, "import": _importer, "export": _exporter}[role]
        work(db, number, ids, Path(folder), deadline, done)
    except BaseException as exc:  # the parent fails with the reason instead of hanging
        done["error"] = repr(exc)
    finally:
        db.close()
        results.put(done)


def _clerk(db, number, ids, _folder, deadline, done) -> None:
    from workstation.services.registry import IntakeService

    intake = IntakeService(db.factory, Actor(f"clerk{number}", f"登记员{number}", "CLERK"))
    rng = random.Random(number)
    while time.monotonic() < deadline:
        nursery = rng.choice(ids["edited"])
        record = intake.get(nursery)
        try:
            saved = intake.update(nursery, record.version,
                                  dataclasses.replace(record.draft, notes=f"clerk{number} #{done['ops']}"), record.overrides)
        except ConflictError:
            done["conflicts"] += 1
            continue
        except StorageError:
            done["busy"] += 1
            continue
        done["saves"].append((nursery, record.version, saved.version))  # the version it started from, and left
        done["ops"] += 1


def _inspector(db, number, ids, _folder, deadline, done) -> None:
    """Accepts a filing (a receipt number), then records an inspection that finds a fault (a notice number)."""
    from workstation.domain.inspection_rules import INSPECTION_DEFAULTS
    from workstation.domain.inspections import ItemResult
    from workstation.services.filing.service import FilingService
    from workstation.services.inspections.service import InspectionService

    actor = Actor(f"inspector{number}", f"监督员{number}", "SYSTEM")
    svc = FilingService(db.factory, actor, Attachments(db.factory), FILING_DEFAULTS, today=lambda: TODAY)
    inspections = InspectionService(db.factory, actor, Attachments(db.factory), INSPECTION_DEFAULTS,
                                    today=lambda: TODAY)
    for filed, inspected in zip(ids[f"filing{number % 2}"], ids[f"inspect{number % 2}"], strict=True):
        if time.monotonic() >= deadline:
            return
        app = under_check(svc, filed)
        try:
            done["receipts"].append(svc.act(app.id, FilingAction.ACCEPT, app.version).receipt_no)
            done["ops"] += 1
            visit = start_inspection(inspections, inspected, TODAY)
            done["notices"].append(record_inspection(inspections, visit, {"XF-02": ItemResult.FAIL}).notice_no)
            done["ops"] += 1
        except StorageError:
            done["busy"] += 1


def _scans(db, number, _ids, _folder, deadline, done) -> None:
    store, rng = Attachments(db.factory), random.Random(100 + number)
    while time.monotonic() < deadline:
        content = rng.randbytes(rng.randint(10_000, 200_000))
        try:
            done["scans"].append(store.put(content))
        except StorageError:
            done["busy"] += 1
            continue
        done["ops"] += 1


def _importer(db, _number, _ids, folder, deadline, done) -> None:
    from workstation.services.inbox import InboxService

    inbox = InboxService(db.factory, SYSTEM, Attachments(db.factory), today=lambda: TODAY)
    batch = 0
    while time.monotonic() < deadline:
        batch += 1
        rows = [row(1, 名称=f"推送托育{batch}号{k}有限公司", 统一社会信用代码=push_uscc(10_000 + batch * 100 + k),
                    住所=f"重庆市九龙坡区华润路{batch}-{k}号") for k in range(50)]
        path = write_csv(folder / f"push-{batch}.csv", rows)
        try:
            inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT, received_on=TODAY)
        except StorageError:
            done["busy"] += 1
            continue
        done["ops"] += 1


def _exporter(db, _number, _ids, folder, deadline, done) -> None:
    from workstation.exports import RegisterFilters, export_register
    from workstation.services.registers import RegistersService

    registers = RegistersService(db.factory, Actor("manager", "科长", "MANAGER"), export_register)
    while time.monotonic() < deadline:
        registers.export("nurseries", "xlsx", folder / f"名册-{done['ops']}.xlsx", RegisterFilters())
        done["ops"] += 1


def _run(location: str, folder: Path) -> None:
    ids = _setup(location)
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(len(ROLES) + 1), context.Queue()
    desks = [context.Process(target=_desk, args=(location, role, n, ids, str(folder), start, results))
             for n, role in enumerate(ROLES)]
    for desk in desks:
        desk.start()
    start.wait(timeout=180)
    began = time.monotonic()
    reports = [results.get(timeout=SECONDS + 300) for _ in desks]
    elapsed = time.monotonic() - began
    for desk in desks:
        desk.join(timeout=60)
    assert not [r["error"] for r in reports if "error" in r]

    db = open_database(location)
    try:
        _assert_no_lost_update(db, ids, reports)
        _assert_gap_free_receipts(db, reports)
        _assert_gap_free_notices(db, reports)
        store = Attachments(db.factory)
        assert all(store.verify(sha) for r in reports for sha in r["scans"])
    finally:
        db.close()
    _assert_audit_chain(location)
    total = sum(r["ops"] for r in reports)
    by_role = {role: sum(r["ops"] for r in reports if r["role"] == role) for role in dict.fromkeys(ROLES)}
    busy = sum(r["busy"] for r in reports)
    conflicts = sum(r["conflicts"] for r in reports)
    engine = "PostgreSQL" if "://" in location else "SQLite"
    receipts, notices = (sum(len(r[kind]) for r in reports) for kind in ("receipts", "notices"))
    print(f"\n{engine}: {total} saves in {elapsed:.1f} s ({total / elapsed:.1f}/s) by role {by_role}; "
          f"{conflicts} edits refused as conflicts (retried), {busy} refused as busy; "
          f"{receipts} receipts and {notices} notices, no gap or duplicate; 0 lost updates; audit chain verified")


def _assert_no_lost_update(db, ids, reports) -> None:
    """The successful saves of each nursery form one chain: each started from the version the one
    before it left, and the last one's is the nursery's version (two saves from the same version
    would mean one overwrote the other unseen)."""
    with db.factory() as session:
        versions = dict(session.execute(select(Nursery.id, Nursery.version).where(Nursery.id.in_(ids["edited"]))).all())
    for nursery in ids["edited"]:
        saves = sorted((start, end) for r in reports for n, start, end in r["saves"] if n == nursery)
        if not saves:
            continue
        assert all(after[0] == before[1] for before, after in zip(saves, saves[1:], strict=False)), \
            f"nursery {nursery}: {saves}"
        assert saves[-1][1] == versions[nursery], f"nursery {nursery}: {saves}, now version {versions[nursery]}"


def _assert_gap_free_receipts(db, reports) -> None:
    numbers = [n for r in reports for n in r["receipts"]]
    with db.factory() as session:
        stored = [n for n in session.scalars(select(FilingApplication.receipt_no)) if n]
    assert sorted(numbers) == sorted(stored) and len(set(numbers)) == len(numbers)
    serials = sorted(int(n[-4:]) for n in numbers)
    assert serials == list(range(1, len(serials) + 1)), "receipt numbers have gaps or duplicates"


def _assert_gap_free_notices(db, reports) -> None:
    numbers = [n for r in reports for n in r["notices"]]
    assert numbers and all(numbers), "every inspection with a finding issues a notice"
    with db.factory() as session:
        stored = [n for n in session.scalars(select(Inspection.notice_no)) if n]
    assert sorted(numbers) == sorted(stored) and len(set(numbers)) == len(numbers)
    serials = sorted(int(n[-5:-1]) for n in numbers)  # …〔2026〕第0001号
    assert serials == list(range(1, len(serials) + 1)), "notice numbers have gaps or duplicates"


def _assert_audit_chain(location: str) -> None:
    from workstation.services.audit import check_database, check_server

    report = check_server(location) if "://" in location else check_database(Path(location))
    assert report.audit is not None and report.audit.ok, report.problems


def test_eight_desks_on_a_database_file(tmp_path):
    _run(str(tmp_path / "office.db"), tmp_path)


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server: set WS_TEST_PG_URL to run")
def test_eight_desks_on_a_server_database(tmp_path):
    for url in throwaway_database():
        _run(url, tmp_path)
