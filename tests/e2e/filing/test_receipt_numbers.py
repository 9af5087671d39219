"""Two processes accept filings at the same moment on one database file: unique, gap-free numbers."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

from sqlalchemy import select

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, ReceiptCounter
from workstation.db.session import open_database
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService
from workstation.services.filing.dto import MaterialUpdate
from workstation.services.filing.service import FilingService

TODAY = dt.date(2025, 11, 3)
ACTOR = Actor("tester", "测试员", "SYSTEM")
PER_PROCESS = 8
TIMEOUT_S = 120


def _service(db) -> FilingService:
    return FilingService(db.factory, ACTOR, Attachments(db.factory), today=lambda: TODAY)


def _ready_application(db, svc: FilingService, number: int) -> tuple[int, int]:
    """A nursery and its initial filing under materials check with everything in order."""
    with db.factory.begin() as session:
        nursery = Nursery(name=f"并发托育园{number}", legal_nature=LegalNature.FOR_PROFIT,
                          kind=InstitutionKind.STANDALONE, status=InstitutionStatus.REGISTERED,
                          uscc=make_uscc("91", "500107", make_org_code(f"{number:08d}")),
                          registered_at=dt.date(2025, 6, 1))
        session.add(nursery)
        session.flush()
        nursery_id = nursery.id
    app = svc.create(nursery_id, FilingKind.INITIAL)
    for m in app.materials:
        if m.required:
            fire = FireProofKind.INSPECTION_PASS if m.material_type is MaterialType.FIRE_SAFETY else None
            rating = HygieneRating.QUALIFIED if m.material_type is MaterialType.HYGIENE_EVALUATION else None
            svc.update_material(m.id, MaterialUpdate(True, fire, rating))
    app = svc.get(app.id)
    app = svc.act(app.id, FilingAction.SUBMIT, app.version)
    app = svc.act(app.id, FilingAction.START_CHECK, app.version)
    for m in app.materials:
        if m.required:
            app = svc.check_material(m.id, MaterialResult.OK)
    return app.id, app.version


def _accept_all(db_path: str, applications: list[tuple[int, int]], barrier, results) -> None:
    """Child process: round by round, wait for the other process, then both accept one application."""
    db = open_database(db_path)
    try:
        svc = _service(db)
        numbers = []
        for app_id, version in applications:
            barrier.wait(timeout=TIMEOUT_S)
            numbers.append(svc.act(app_id, FilingAction.ACCEPT, version).receipt_no)
        results.put(numbers)
    except BaseException as exc:  # report, so the parent fails with the reason instead of hanging
        results.put(repr(exc))
    finally:
        db.close()


def test_two_processes_get_unique_gap_free_numbers(tmp_path: Path):
    path = tmp_path / "shared.db"
    db = open_database(path)
    DistrictService(db.factory, ACTOR).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
    svc = _service(db)
    apps = [_ready_application(db, svc, n) for n in range(1, 2 * PER_PROCESS + 1)]
    db.close()

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_accept_all, args=(str(path), apps[i::2], barrier, results)) for i in (0, 1)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=TIMEOUT_S) for _ in workers]
    for worker in workers:
        worker.join(timeout=TIMEOUT_S)
        assert worker.exitcode == 0
    assert all(isinstance(o, list) for o in outcomes), outcomes

    numbers = sorted(n for outcome in outcomes for n in outcome)
    assert numbers == [f"500107-2025-{serial:04d}" for serial in range(1, 2 * PER_PROCESS + 1)]
    # Each round both processes accepted at once: round k used serials 2k-1 and 2k, one each.
    for k, pair in enumerate(zip(*outcomes, strict=True), start=1):
        assert sorted(int(n[-4:]) for n in pair) == [2 * k - 1, 2 * k]
    db = open_database(path)
    try:
        with db.factory() as session:
            assert session.scalar(select(ReceiptCounter.last).where(ReceiptCounter.year == 2025)) == 2 * PER_PROCESS
            stored = session.execute(select(FilingApplication.receipt_no, Nursery.filing_no)
                                     .join(Nursery, Nursery.id == FilingApplication.nursery_id)).all()
        assert sorted(r.receipt_no for r in stored) == numbers
        assert all(r.receipt_no == r.filing_no for r in stored)
    finally:
        db.close()
