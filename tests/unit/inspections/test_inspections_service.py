"""Inspection service: findings from results, deadlines, closing rules, templates, permissions, locking."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import (
    ADMIN,
    CLERK,
    INSPECTOR,
    OTHER_INSPECTOR,
    Clock,
    entries,
    nursery,
    record,
    service,
    signed,
    start,
)
from sqlalchemy import func, select

from workstation.db.orm.inspections import ChecklistTemplate, Finding
from workstation.domain.checklists import SEED_TEMPLATES
from workstation.domain.errors import ConflictError, PermissionDenied, ValidationError
from workstation.domain.inspections import (
    Conclusion,
    Escalation,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationState,
)
from workstation.services.inspections.dto import ItemDraft
from workstation.services.inspections.templates import TemplateService

D = dt.date
R, IS, RS = ItemResult, InspectionState, RectificationState
DAY = D(2025, 9, 26)  # a Friday before National Day


@pytest.fixture
def clock():
    return Clock(DAY)


@pytest.fixture
def svc(district, clock):
    return service(district, clock)


def test_fail_and_partial_items_become_findings_with_their_department_deadline(svc, district):
    inspection = start(svc, nursery(district), DAY, ("fire", "food"))
    done = record(svc, inspection, {"XF-02": R.FAIL, "SP-03": R.PARTIAL, "XF-03": R.NA})
    found = {f.code: f for f in done.findings}
    assert set(found) == {"XF-02", "SP-03"}  # PASS and NA raise nothing
    assert found["XF-02"].deadline == D(2025, 10, 23) and found["XF-02"].deadline_rule == "15个工作日"
    assert found["SP-03"].deadline == D(2025, 10, 11) and found["SP-03"].deadline_rule == "15日"  # Saturday, make-up day
    assert all(f.state is RS.ISSUED and f.notice_no == done.notice_no for f in found.values())
    assert done.state is IS.RECTIFICATION_REQUIRED and done.overall is OverallResult.RECTIFY
    assert [i.finding_id is not None for i in done.items if i.code in found] == [True, True]


def test_all_pass_closes_the_inspection_as_qualified_without_a_notice(svc, district):
    done = record(svc, start(svc, nursery(district), DAY), default=R.PASS)
    assert done.state is IS.CLOSED_QUALIFIED and done.overall is OverallResult.QUALIFIED
    assert done.findings == () and done.notice_no is None and done.closed_on == DAY


def test_serious_fail_suggests_unqualified_and_the_inspector_may_escalate(svc, district):
    done = record(svc, start(svc, nursery(district), DAY), {"XF-01": R.FAIL}, escalation=Escalation.SUSPEND)
    assert done.suggested_overall is OverallResult.UNQUALIFIED and done.overall is OverallResult.UNQUALIFIED
    assert done.state is IS.ESCALATED and done.escalation is Escalation.SUSPEND
    overridden = record(svc, start(svc, nursery(district, 2), DAY), {"XF-01": R.FAIL}, overall=OverallResult.RECTIFY)
    assert overridden.overall is OverallResult.RECTIFY and overridden.suggested_overall is OverallResult.UNQUALIFIED


def test_recording_needs_every_result_and_the_inspectors_signatures(svc, district):
    inspection = start(svc, nursery(district), DAY)
    partial = entries(inspection)[:-1]
    with pytest.raises(ValidationError, match="1个检查项目未填写结果"):
        svc.record(inspection.id, partial, signatures=signed(DAY), expected_version=inspection.version)
    with pytest.raises(ValidationError, match="检查人员签名"):
        svc.record(inspection.id, entries(inspection), expected_version=inspection.version)
    assert svc.inspection(inspection.id).state is IS.IN_PROGRESS


def test_draft_results_are_kept_without_findings(svc, district):
    inspection = start(svc, nursery(district), DAY)
    saved = svc.save_results(inspection.id, entries(inspection, {"XF-02": R.FAIL})[:2], inspection.version)
    assert [i.result for i in saved.items[:3]] == [R.PASS, R.FAIL, None] and saved.findings == ()
    assert saved.state is IS.IN_PROGRESS and saved.version > inspection.version


def test_a_draft_keeps_its_conclusion_apart_until_recorded(svc, district):
    inspection = start(svc, nursery(district), DAY)
    typed = Conclusion(OverallResult.UNQUALIFIED, Escalation.REFER, signed(D(2025, 9, 27), "钱园长"), " 园长外出 ")
    saved = svc.save_results(inspection.id, entries(inspection)[:1], inspection.version, typed)
    assert (saved.draft_overall, saved.draft_escalation) == (OverallResult.UNQUALIFIED, Escalation.REFER)
    assert saved.signatures == signed(D(2025, 9, 27), "钱园长") and saved.notes == "园长外出"
    assert saved.overall is None and saved.escalation is None  # lists and registers show no conclusion yet
    assert svc.for_nursery(saved.nursery_id)[0].overall is None
    done = record(svc, saved, default=R.PASS)
    assert done.overall is OverallResult.QUALIFIED and (done.draft_overall, done.draft_escalation) == (None, None)


def test_escalating_the_last_open_finding_closes_the_inspection(svc, district, clock):
    done = record(svc, start(svc, nursery(district), DAY), {"XF-02": R.FAIL, "XF-03": R.FAIL})
    first, second = done.findings
    with pytest.raises(ConflictError, match="已下达整改"):
        svc.escalate(first.id, Escalation.NOTICE, "未按期整改")  # still within the deadline
    clock.today = D(2025, 10, 24)
    escalated = svc.escalate(first.id, Escalation.CREDIT, "逾期未整改，记入信用记录")
    assert escalated.state is RS.ESCALATED and escalated.escalated_on == D(2025, 10, 24)
    assert svc.inspection(done.id).state is IS.RECTIFICATION_REQUIRED  # the second is still open
    svc.escalate(second.id, Escalation.NOTICE, "通报")
    closed = svc.inspection(done.id)
    assert closed.state is IS.ESCALATED and closed.closed_on == D(2025, 10, 24)  # done, as 已升级处理


def test_reported_rectification_keeps_its_evidence(svc, district, clock, tmp_path):
    done = record(svc, start(svc, nursery(district), DAY), {"XF-02": R.FAIL})
    scan = tmp_path / "灭火器更换.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    clock.today = D(2025, 10, 20)
    reported = svc.report_rectification(done.findings[0].id, D(2025, 10, 20), "已更换全部过期灭火器", [scan])
    assert reported.state is RS.SUBMITTED and reported.reported_on == D(2025, 10, 20)
    assert [e.name for e in reported.reports[0].evidence] == ["灭火器更换.png"]
    clock.today = D(2025, 12, 1)
    assert svc.finding(reported.id).state is RS.SUBMITTED  # reported in time: not overdue while awaiting recheck
    with pytest.raises(ValidationError, match="不是 PDF"):
        svc.report_rectification(reported.id, D(2025, 10, 21), "补充", [tmp_path / "x.exe"])


def test_editing_a_template_makes_a_new_version_and_never_changes_a_recorded_inspection(district, svc):
    templates = TemplateService(district.factory, ADMIN)
    templates.ensure_seeded()
    done = record(svc, start(svc, nursery(district), DAY), {"XF-02": R.FAIL})
    before = svc.inspection(done.id)
    fire = next(t for t in templates.current_templates() if t.key == "fire")
    edited = [ItemDraft(i.code, i.text + "（已修订）", "新依据", i.severity) for i in fire.items[1:]]
    new = templates.edit("fire", edited, "按新规范修订")
    assert (new.revision, new.is_current, len(new.items)) == (2, True, len(fire.items) - 1)
    assert [v.revision for v in templates.versions("fire")] == [2, 1]
    assert templates.template(fire.id).is_current is False and templates.template(fire.id).items == fire.items
    after = svc.inspection(done.id)
    assert after.items == before.items and after.findings == before.findings and after.templates == (("fire", 1),)
    later = start(svc, nursery(district, 2), DAY)
    assert later.templates == (("fire", 2),) and later.items[0].text.endswith("（已修订）")


def test_templates_seeded_meanwhile_by_another_desk_are_kept_not_an_error(district, svc, monkeypatch):
    """Two desks starting their first inspections at once: both found the templates missing (on a server
    nothing serialises them until the chain append); the later one keeps the other's and goes on."""
    from sqlalchemy.orm import Session

    TemplateService(district.factory, ADMIN).ensure_seeded()  # committed by the other desk after this one looked
    real, looked = Session.scalars, []

    def missed_them(self, statement, *args, **kwargs):
        if "DISTINCT checklist_template.key" in str(statement):  # seed_templates: which keys are there
            looked.append(statement)
            if len(looked) == 1:
                return iter(())
        return real(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "scalars", missed_them)
    started = start(svc, nursery(district), DAY)
    monkeypatch.undo()
    assert looked and started.templates == (("fire", 1),)
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(ChecklistTemplate)) == len(SEED_TEMPLATES)


def test_template_edits_need_the_template_permission_and_a_reason(district):
    TemplateService(district.factory, ADMIN).ensure_seeded()
    item = [ItemDraft("XF-01", "安全出口畅通")]
    with pytest.raises(PermissionDenied):
        TemplateService(district.factory, INSPECTOR).edit("fire", item, "修订")
    with pytest.raises(ValidationError, match="原因"):
        TemplateService(district.factory, ADMIN).edit("fire", item, " ")
    with pytest.raises(ValidationError, match="重复"):
        TemplateService(district.factory, ADMIN).edit("fire", item * 2, "修订")


def test_a_clerk_may_read_but_not_record(district, clock):
    inspector = service(district, clock)
    inspection = start(inspector, nursery(district), DAY)
    clerk = service(district, clock, CLERK)
    with pytest.raises(PermissionDenied, match="登记员"):
        clerk.record(inspection.id, entries(inspection), signatures=signed(DAY), expected_version=inspection.version)
    with pytest.raises(PermissionDenied):
        start(clerk, nursery(district, 2), DAY)
    assert clerk.inspection(inspection.id).state is IS.IN_PROGRESS
    assert record(inspector, inspection).state is IS.CLOSED_QUALIFIED


def test_a_stale_save_is_refused_naming_who_changed_it(district, clock):
    mine, theirs = service(district, clock), service(district, clock, OTHER_INSPECTOR)
    inspection = start(mine, nursery(district), DAY)
    theirs.save_results(inspection.id, entries(inspection)[:1], inspection.version)
    with pytest.raises(ConflictError, match="已被 insp2 于"):
        record(mine, inspection, {"XF-02": R.FAIL})
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 0
