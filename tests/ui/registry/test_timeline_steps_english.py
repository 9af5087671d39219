"""The nursery record's 时间线 in English: the steps of a filing (submitted, materials checked, returned,
accepted, documents issued, changes), of a finding (raised, reported, a deadline moved by the calendar) and
of the fee record are kept as texts beside their Chinese sentence and shown in the interface language;
the Chinese is unchanged, and a step stored before (a sentence only) is shown as recorded."""

from __future__ import annotations

import datetime as dt
import re

from filing_support import SYSTEM, Clock, act, add_nursery, check_all, draft, provide_all
from filing_support import service as filing_service
from inspections_support import record, start
from inspections_support import service as inspection_service
from sqlalchemy import select

from workstation.context import recomputers
from workstation.db.orm.filing import FilingEvent
from workstation.db.orm.inspections import FindingEvent
from workstation.domain.enums import ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, PublicityChannel, ScheduleDraft
from workstation.domain.filing import FilingAction, FilingEventKind, FilingKind
from workstation.domain.filing_rules import MaterialResult
from workstation.domain.inspections import ItemResult
from workstation.domain.texts import Clauses, text
from workstation.domain.workdays import DayKind
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import shown
from workstation.services.calendar import CalendarService
from workstation.services.fees.service import FeeService
from workstation.services.filing.dto import ChangeDraft
from workstation.services.registry.timeline import TimelineService

D = dt.date
A = FilingAction
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
TEST_2027 = ([D(2027, 1, d) for d in (1, 2, 3)] + [D(2027, 2, d) for d in range(6, 15)], [D(2027, 2, 20)])


def _record(district, nursery_id: int) -> list:
    from workstation.services.filing import timeline as filing_timeline
    from workstation.services.inspections import timeline as inspection_timeline

    fees = FeeService(district.factory, SYSTEM, today=lambda: D(2026, 12, 28))

    def fee_steps(_session, nursery):
        return fees.fee_timeline(nursery)

    service = TimelineService(district.factory, SYSTEM, providers=[filing_timeline, inspection_timeline, fee_steps])
    return service.timeline(nursery_id)


def _walk(district) -> tuple[int, tuple[str, ...]]:
    """A nursery with a filing returned once and accepted, a change filing, a finding reported, a deadline moved
    when 2027 was entered, and a fee schedule publicised; the nursery and its materials' titles."""
    clock = Clock(D(2026, 12, 28))
    filing = filing_service(district, clock)
    nursery = add_nursery(district.factory, 1)
    app = provide_all(filing, draft(filing, nursery, FilingKind.INITIAL))
    app = act(filing, act(filing, app, A.SUBMIT), A.START_CHECK)
    licence = app.materials[0]
    app = filing.check_material(licence.id, MaterialResult.MISSING, "缺盖章页")
    app = act(filing, app, A.RETURN)
    app = act(filing, act(filing, app, A.RESUBMIT), A.START_CHECK)
    app = act(filing, check_all(filing, app), A.ACCEPT)
    filing.document(app.id, app.documents[0])
    change = draft(filing, nursery, FilingKind.CHANGE, changes=(ChangeDraft("places_total", "60", "扩班"),))
    act(filing, change, A.WITHDRAW, "材料未备齐")
    inspections = inspection_service(district, clock)
    recorded = record(inspections, start(inspections, nursery, clock.today, ("fire",)), {"XF-02": ItemResult.FAIL})
    inspections.report_rectification(recorded.findings[0].id, clock.today, "已更换灭火器")
    CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).set_year(
        2027, *TEST_2027, "测试用安排（非官方）")
    fees = FeeService(district.factory, SYSTEM, today=clock.date)
    schedule = fees.add_schedule(nursery, ScheduleDraft(D(2026, 12, 1), (
        FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 280000, FeeUnit.MONTH),)))
    fees.record_publicity(schedule.id, PublicityChannel.PARENT_LETTER, D(2026, 12, 5))
    return nursery, tuple(m.title for m in app.materials)


def test_every_step_reads_in_english_and_the_chinese_is_unchanged(qapp, translators, district):
    nursery, titles = _walk(district)
    chinese = [str(e.text) for e in _record(district, nursery)]
    with district.factory() as session:
        stored = set(session.scalars(select(FilingEvent.text)).all()) | set(session.scalars(select(FindingEvent.text)))
    assert stored <= set(chinese)  # the sentences stored are the lines shown in Chinese
    assert "首次备案：退回补正：托育机构备案书（缺盖章页）。补正后重新计算期限" in chinese
    assert "收费标准（自 2026-12-01 起执行）于 2026-12-05 通过致家长信公示" in chinese

    translators.extend(install_translator(qapp, "en"))
    english = [shown(e.text) for e in _record(district, nursery) if e.kind != "登记"]  # (the registry's: another test's)
    data = (*titles, "缺盖章页", "材料未备齐", "已更换灭火器", "测试用安排（非官方）", "保育费", "现场发现问题",
            "九龙坡卫健整改〔2026〕第0001号", "“XF-02 灭火器、消火栓等消防器材配置齐全且在有效期内”")
    left = [line for line in english if CJK.search(re.sub("|".join(map(re.escape, data)), "", line))]
    assert left == [], left
    assert "Initial filing: Application created (draft)" in english
    assert "Initial filing: Returned for supplement: 托育机构备案书 (缺盖章页). The deadline is counted again after " \
           "the supplement" in english
    assert "Change filing: Withdrawn by the applicant: 材料未备齐" in english
    assert "Initial filing: Notice of missing materials issued (original)" in english
    assert "Change filing: Changes: Places: 0 → 60" in english
    assert "Fee schedule (from 2026-12-01) publicised on 2026-12-05: Letter to parents" in english
    assert "Fee schedule recorded, in force from 2026-12-01: Full-day: 保育费 2,800.00 yuan/month" in english
    assert "The nursery reported its rectification: 已更换灭火器" in english
    assert any(line.startswith("Holiday arrangement for 2027 entered (测试用安排（非官方）): Rectify by: ")
               for line in english), english
    assert any(line.startswith("Initial filing: Submitted; filing and receipt due by ") for line in english)


def test_a_step_stored_as_a_sentence_is_shown_as_recorded(qapp, translators, district):
    clock = Clock(D(2026, 12, 28))
    filing = filing_service(district, clock)
    nursery = add_nursery(district.factory, 1)
    app = filing.create(nursery, FilingKind.INITIAL)
    inspections = inspection_service(district, clock)
    recorded = record(inspections, start(inspections, nursery, clock.today, ("fire",)), {"XF-02": ItemResult.FAIL})
    with district.factory.begin() as session:  # as an older version stored them: the sentence, no line
        session.add(FilingEvent(application_id=app.id, nursery_id=nursery, at=dt.datetime(2026, 12, 28, 3),
                                kind=FilingEventKind.INFO, text="首次备案：旧版本记录的一行", detail={}))
        session.add(FindingEvent(finding_id=recorded.findings[0].id, nursery_id=nursery, day=clock.today,
                                 at=dt.datetime(2026, 12, 28, 4), to_state=recorded.findings[0].state,
                                 text="旧版本记录的整改一行"))
    translators.extend(install_translator(qapp, "en"))
    english = [shown(e.text) for e in _record(district, nursery)]
    assert "首次备案：旧版本记录的一行" in english and "旧版本记录的整改一行" in english
    assert "Initial filing: Application created (draft)" in english


def test_a_text_kept_as_data_comes_back_whole():
    from workstation.domain.texts import from_data, to_data

    line = text("{kind}：{line}", kind=FilingKind.CHANGE, line=text("{items}{day}", items=Clauses(
        (text("{label}：{old}→{new}", label="托位数", old="40", new="60"), "x")), day=(D(2027, 1, 4), DayKind.HOLIDAY, 3)))
    assert from_data(to_data(line)) == line
    assert str(from_data(to_data(line))) == str(line)


def test_the_application_and_finding_dialogs_show_their_steps_in_english(qtbot, qapp, translators, district):
    from workstation.ui.filing import FilingPage
    from workstation.ui.inspections.finding_dialog import FindingDialog

    clock = Clock(D(2026, 12, 28))
    filing = filing_service(district, clock)
    app = provide_all(filing, draft(filing, add_nursery(district.factory, 1), FilingKind.INITIAL))
    app = act(filing, act(filing, app, A.SUBMIT), A.START_CHECK)
    inspections = inspection_service(district, clock)
    recorded = record(inspections, start(inspections, add_nursery(district.factory, 2), clock.today, ("fire",)),
                      {"XF-02": ItemResult.FAIL})
    translators.extend(install_translator(qapp, "en"))
    page = FilingPage(filing)
    qtbot.addWidget(page)
    dialog = page.open_application(app.id)
    qtbot.addWidget(dialog)
    history = dialog.ui.historyTable
    assert "Initial filing: Materials check started" in [history.item(r, 2).text() for r in range(history.rowCount())]
    finding = FindingDialog(inspections, recorded.findings[0].id)
    qtbot.addWidget(finding)
    assert "Finding “XF-02 " in finding.ui.historyView.toPlainText()
    assert "(Non-compliant: 现场发现问题); rectify within 15 working days, by 2027-01-19 (provisional: holiday " \
           "arrangement not entered)" in finding.ui.historyView.toPlainText()  # 元旦 off


def test_a_suspension_an_inspection_ordered_reads_in_english(qapp, translators, district):
    from workstation.domain.enums import InstitutionStatus
    from workstation.domain.inspections import Escalation
    from workstation.services.registry.lifecycle import lifecycle_entries

    clock = Clock(D(2026, 10, 9))
    inspections = inspection_service(district, clock)
    nursery = add_nursery(district.factory, 1, InstitutionStatus.OPERATING)
    done = record(inspections, start(inspections, nursery, clock.today), {"XF-02": ItemResult.FAIL})
    clock.today = D(2026, 12, 4)
    inspections.escalate(done.findings[0].id, Escalation.SUSPEND, "拒不整改")
    with district.factory() as session:
        [step] = lifecycle_entries(session, nursery)
    assert str(step.text).endswith("（整改事项“XF-02”逾期未整改，责令停业整顿：拒不整改）")
    translators.extend(install_translator(qapp, "en"))
    assert shown(step.text).endswith("(Finding “XF-02” not rectified in time: suspension for rectification ordered: "
                                     "拒不整改)"), shown(step.text)
