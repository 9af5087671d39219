"""双随机 service: population by filters, stored draws that verify, tampering caught, permissions, PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess

import pytest
from draw_support import draw_now
from filing_support import add_nursery, uscc
from sqlalchemy import select, text

from workstation.db.orm import Nursery, Street
from workstation.db.orm.accounts import User
from workstation.db.orm.audit import AuditEntry
from workstation.db.orm.random_draws import RandomDraw, RandomDrawPick
from workstation.domain import draw_commitment, random_draw
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.errors import ConflictError, PermissionDenied, StorageError, ValidationError
from workstation.domain.permissions import Role
from workstation.exports.inspections.draw import write_draw_pdf
from workstation.services.common.context import Actor
from workstation.services.inspections.draw_dto import DrawFilters
from workstation.services.inspections.draws import RandomDrawService

INSPECTOR = Actor("insp", "周检查", "INSPECTOR")
CLERK = Actor("clerk", "王登记", "CLERK")
POOL = ["张三", "李四", "王五", "赵六"]
NOW = dt.datetime(2025, 9, 30, 2, 0)
S = InstitutionStatus


@pytest.fixture
def db(district):
    """Twelve nurseries on two streets: ten filed or operating, one registered, one suspended."""
    with district.factory() as session:
        streets = dict(session.execute(select(Street.code, Street.id)).all())
    for n in range(1, 11):
        add_nursery(district.factory, n, status=S.OPERATING if n % 2 else S.FILED,
                    street_id=streets["500107001" if n <= 6 else "500107002"], inclusive=n <= 3,
                    legal_nature=LegalNature.SOCIAL_SERVICE if n == 10 else LegalNature.FOR_PROFIT,
                    kind=InstitutionKind.COMMUNITY if n == 9 else InstitutionKind.STANDALONE)
    add_nursery(district.factory, 11, status=S.REGISTERED, street_id=streets["500107001"])
    add_nursery(district.factory, 12, status=S.SUSPENDED, street_id=streets["500107001"])
    return district


def svc(db, actor: Actor = INSPECTOR, **kwargs) -> RandomDrawService:
    return RandomDrawService(db.factory, actor, write_draw_pdf, now=lambda: NOW, **kwargs)


def test_population_follows_the_filters_in_key_order(db):
    service = svc(db)
    everyone = service.population()
    assert [c.name for c in everyone] == sorted((f"测试托育园{n}" for n in range(1, 11)),
                                                key=lambda name: uscc(int(name[5:])))
    assert [c.key for c in everyone] == sorted(c.key for c in everyone)
    assert {c.key for c in everyone} == {uscc(n) for n in range(1, 11)}
    assert len(service.population(DrawFilters(street_code="500107002"))) == 4
    assert {c.name for c in service.population(DrawFilters(inclusive=True))} == {"测试托育园1", "测试托育园2", "测试托育园3"}
    assert [c.name for c in service.population(DrawFilters(legal_nature=LegalNature.SOCIAL_SERVICE))] == ["测试托育园10"]
    assert [c.name for c in service.population(DrawFilters(kind=InstitutionKind.COMMUNITY))] == ["测试托育园9"]
    assert len(service.population(DrawFilters(statuses=()))) == 12  # any status
    assert [c.street_name for c in service.population(DrawFilters(street_code="500107001"))] == ["杨家坪街道"] * 6


def test_inspectors_pool_lists_active_inspector_accounts(db):
    with db.factory.begin() as session:
        for username, name, role, active in (("a", "张三", Role.INSPECTOR, True), ("b", "", Role.INSPECTOR, True),
                                             ("c", "李四", Role.INSPECTOR, False), ("d", "王五", Role.CLERK, True)):
            session.add(User(username=username, display_name=name, role=role, password_hash="x", active=active))
    assert svc(db).inspectors_pool() == sorted(["张三", "b"])


def test_draw_is_stored_and_reproduced(db):
    service = svc(db)
    result = draw_now(service, DrawFilters(), 4, POOL, 2, public="20250930")
    assert result.seed == draw_commitment.committed_seed(result.population_sha256, "20250930")
    assert not result.seed_generated and result.public_value == "20250930" and result.witness == "见证人甲"
    assert result.drawn_at == NOW and result.drawn_by == "insp" and result.drawn_by_name == "周检查"
    assert result.population_size == 10 and len(result.picks) == 4
    assert len({p.nursery_id for p in result.picks}) == 4
    assert all(len(set(p.inspectors)) == 2 for p in result.picks)
    assert service.draw(result.id) == result
    assert service.verify(result.id)
    # The same public value over the same population draws the same nurseries and inspectors.
    again = draw_now(service, DrawFilters(), 4, list(reversed(POOL)), 2, public="20250930")
    assert [(p.nursery_id, p.inspectors) for p in again.picks] == [(p.nursery_id, p.inspectors) for p in result.picks]
    other = draw_now(service, DrawFilters(), 4, POOL, 2, public="another")
    assert [p.nursery_id for p in other.picks] != [p.nursery_id for p in result.picks]
    assert [d.id for d in service.draws()] == [other.id, again.id, result.id]
    assert "杨家坪" not in str(service.draws()[0].filters_text)
    assert "机构状态：已备案、正常运营" in str(service.draws()[0].filters_text)


def test_a_frozen_draw_waits_for_its_public_value_and_keeps_its_population(db):
    service = svc(db)
    frozen = service.freeze(DrawFilters(street_code="500107001"), 2, POOL)
    assert frozen.pending and frozen.seed == "" and frozen.picks == () and frozen.population_size == 6
    assert "杨家坪街道" in str(frozen.filters_text)
    assert [d.pending for d in service.draws()] == [True] and not service.verify(frozen.id)
    add_nursery(db.factory, 31, status=S.OPERATING)  # joins the street's nurseries after the freeze
    with pytest.raises(ValidationError, match="公开数值"):
        service.complete(frozen.id, "  ", "见证人甲")
    with pytest.raises(ValidationError, match="见证人"):
        service.complete(frozen.id, "507", "")
    assert service.draw(frozen.id).pending  # a refusal draws nothing
    drawn = service.complete(frozen.id, "福彩3D第2025260期 507", " 见证人甲 ")
    assert not drawn.pending and drawn.population_size == 6 and drawn.witness == "见证人甲"
    assert drawn.frozen_at == NOW and len(drawn.picks) == 2
    assert not any(p.name == "测试托育园31" for p in drawn.picks)
    assert service.verify(frozen.id)
    with pytest.raises(ConflictError, match="已开奖"):
        service.complete(frozen.id, "another value", "见证人乙")
    assert service.draw(frozen.id) == drawn


def test_one_frozen_draw_at_a_time_so_several_cannot_wait_for_the_value_that_suits(db):
    service = svc(db)
    first = service.freeze(DrawFilters(), 2, POOL)
    with pytest.raises(ConflictError, match=f"第 {first.id} 次抽取已冻结、尚未开奖"):
        service.freeze(DrawFilters(street_code="500107001"), 2, POOL)
    assert [d.id for d in service.draws()] == [first.id]
    service.complete(first.id, "507", "见证人甲")
    assert service.freeze(DrawFilters(street_code="500107001"), 2, POOL).pending


def test_a_seed_of_the_drawers_choosing_no_longer_steers_the_draw(db):
    """#17: a seed searched for (one that leaves out chosen nurseries) cannot be given, nor stored after."""
    service = svc(db)
    with pytest.raises(TypeError):
        service.freeze(DrawFilters(), 3, POOL, 2, seed="chosen")  # no way to hand in a seed
    frozen = service.freeze(DrawFilters(), 3, POOL, 2)
    keys = [c.key for c in service.population()]
    spared = {keys[0], keys[1]}
    chosen = next(seed for seed in map(str, range(10_000)) if not spared & {
        p.key for p in random_draw.draw(keys, POOL, 3, 2, seed=seed).picks})
    drawn = service.complete(frozen.id, "福彩3D第2025260期 507", "见证人甲")
    assert drawn.seed == draw_commitment.committed_seed(frozen.population_sha256, "福彩3D第2025260期 507")
    assert service.verify(drawn.id)
    # Rewriting the stored result to the chosen seed (picks and all, consistently) is caught.
    steered = random_draw.draw(keys, POOL, 3, 2, seed=chosen)
    with db.factory.begin() as session:
        row = session.get(RandomDraw, drawn.id)
        row.seed = chosen
        for pick, wanted in zip(row.picks, steered.picks, strict=True):
            pick.nursery_key, pick.inspectors = wanted.key, list(wanted.inspectors)
    assert not service.verify(drawn.id)


def test_verify_holds_after_nurseries_change_and_catches_tampering(db):
    service = svc(db)
    result = draw_now(service, DrawFilters(), 3, POOL, 2, public="s1")
    with db.factory.begin() as session:  # the registry moves on: renames, closures, new nurseries
        for row in session.scalars(select(Nursery)):
            row.name += "（改名）"
            row.status = S.SUSPENDED
    add_nursery(db.factory, 30, status=S.OPERATING)
    assert service.verify(result.id)
    assert service.draw(result.id).picks[0].name.startswith("测试托育园")  # names as drawn

    with db.factory.begin() as session:  # someone swaps an inspector in the stored result
        pick = session.scalars(select(RandomDrawPick).where(RandomDrawPick.draw_id == result.id)).first()
        pick.inspectors = ["王五", "外人"]
    assert not service.verify(result.id)

    second = draw_now(service, DrawFilters(statuses=()), 3, POOL, 2, public="s2")
    with db.factory.begin() as session:  # or trims the stored population (fingerprint no longer matches)
        draw = session.get(RandomDraw, second.id)
        draw.population = draw.population[1:] + ["91500107XXXXXXXXXX"]
    assert not service.verify(second.id)


def test_refusals_store_nothing(db):
    service = svc(db)
    with pytest.raises(ValidationError, match="超过抽取范围内的机构数（10家）"):
        service.freeze(DrawFilters(), 11, POOL)
    with pytest.raises(ValidationError, match="检查人员（1名）"):
        service.freeze(DrawFilters(), 1, ["张三"])
    with pytest.raises(ValidationError, match="没有可抽取的机构"):
        service.freeze(DrawFilters(street_code="500107002", inclusive=True), 1, POOL)
    assert service.draws() == []


def test_clerk_may_read_draws_but_not_draw(db):
    made = draw_now(svc(db), DrawFilters(), 2, POOL, public="x")
    clerk = svc(db, CLERK)
    assert not clerk.may_draw() and svc(db).may_draw()
    with pytest.raises(PermissionDenied, match="无权双随机抽取"):
        clerk.freeze(DrawFilters(), 2, POOL)
    frozen = svc(db).freeze(DrawFilters(), 2, POOL)
    with pytest.raises(PermissionDenied, match="无权双随机抽取"):
        clerk.complete(frozen.id, "507", "见证人甲")
    with pytest.raises(PermissionDenied):
        clerk.population()
    assert [d.id for d in clerk.draws()] == [frozen.id, made.id]
    assert clerk.verify(made.id)


def test_draw_is_in_the_audit_trail(db):
    result = draw_now(svc(db), DrawFilters(), 2, POOL, public="audit")
    with db.factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity.in_(("random_draw", "random_draw_pick")))).all()
    draw_rows = [r for r in rows if r.entity == "random_draw"]
    assert [(r.actor, r.action) for r in draw_rows] == [("insp", "create"), ("insp", "update")]
    frozen, drawn = (json.loads(r.changes) for r in draw_rows)  # the freeze, then the public value
    assert frozen["population_sha256"][1] == result.population_sha256 and frozen["stage"] == [None, "FROZEN"]
    assert "population" not in frozen  # kept whole in the table, by fingerprint in the trail
    assert drawn["seed"] == ["", result.seed] and drawn["public_value"] == ["", "audit"]
    assert drawn["witness"] == ["", "见证人甲"] and drawn["stage"] == ["FROZEN", "DRAWN"]
    assert sorted(r.nursery_id for r in rows if r.entity == "random_draw_pick") == sorted(
        p.nursery_id for p in result.picks)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_shows_seed_population_hash_and_nurseries(db, tmp_path):
    service = svc(db)
    result = draw_now(service, DrawFilters(), 3, POOL, 2, public="PUBLIC-2025")
    path = service.export_pdf(result.id, tmp_path / "抽查结果.pdf")
    text_out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    compact = "".join(text_out.split())
    for expected in ("双随机抽查结果", "PUBLIC-2025", "见证人甲", "周检查", "10家机构", result.population_sha256, "复核方法",
                     "冻结时间", f"{result.population_sha256}:PUBLIC-2025", result.seed[:32], result.seed[32:],
                     *(p.name for p in result.picks), *(p.uscc for p in result.picks), "、".join(result.picks[0].inspectors)):
        assert expected in compact, expected
    drawn = {p.name for p in result.picks}
    assert not any(re.search(re.escape(c.name) + r"(?!\d)", compact)  # the population by its codes only
                   for c in service.population() if c.name not in drawn)
    assert "sha256-v2" not in compact and "算法：SHA-256" in compact
    # The population is printed, so an outsider rebuilds the fingerprint from the paper alone.
    printed = sorted(set(re.findall(r"[0-9A-Z]{18}", text_out)))
    assert printed == sorted(c.uscc for c in service.population())
    assert hashlib.sha256("\n".join(printed).encode()).hexdigest() == result.population_sha256
    with db.factory() as session:
        exported = session.scalar(select(AuditEntry).where(AuditEntry.action == "export",
                                                           AuditEntry.entity == "random_draw"))
    assert exported is not None and exported.entity_id == str(result.id)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_frozen_draw_prints_as_its_freeze_record(db, tmp_path):
    service = svc(db)
    frozen = service.freeze(DrawFilters(), 3, POOL, 2)
    path = service.export_pdf(frozen.id, tmp_path / "冻结.pdf")
    text_out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    compact = "".join(text_out.split())
    for expected in ("冻结时间", "待开奖", frozen.population_sha256[:32], "张三、李四、王五、赵六", "尚未开奖"):
        assert expected in compact, expected
    assert not any(re.search(re.escape(c.name) + r"(?!\d)", compact) for c in service.population())  # none drawn
    assert all(c.uscc in compact for c in service.population())  # the frozen population, for the witness
    assert "共10家" in compact and "sha256-v2" not in compact


def test_export_needs_a_writer(db, tmp_path):
    result = draw_now(svc(db), DrawFilters(), 1, POOL, public="x")
    with pytest.raises(StorageError):
        RandomDrawService(db.factory, INSPECTOR).export_pdf(result.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_check_constraints_hold(db):
    draw_now(svc(db), DrawFilters(), 1, POOL, public="x")
    with pytest.raises(Exception, match="(?i)check constraint"), db.factory.begin() as session:
        session.execute(text("UPDATE random_draw SET count = population_size + 1"))
