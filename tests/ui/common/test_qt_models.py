"""Every Qt item model of the workstation passes Qt's own model tester with realistic rows."""

from __future__ import annotations

import datetime as dt

from fees_support import FakeFeeOverview

from workstation.domain.enums import ClassType, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import FeeFinding, FeeItem, FeeItemKind, FeeUnit, Period, PublicityChannel
from workstation.domain.nursery import ClassDraft
from workstation.models.audit import AuditTableModel
from workstation.models.fees import (
    FeeHistoryTableModel,
    FeeItemTableModel,
    FeeOverviewTableModel,
)
from workstation.models.registry import ClassTableModel, NurseryTableModel
from workstation.services.audit import AuditFilter, AuditService
from workstation.services.fees import FeeOverviewQuery
from workstation.services.fees.dto import CurrentFees, Publicity, Schedule
from workstation.services.registry import RegistryService

FULL, HOURLY = ServiceType.FULL_DAY, ServiceType.HOURLY
ITEMS = (FeeItem(FULL, FeeItemKind.CARE, "保育费", 199999, FeeUnit.MONTH, "含保育"),
         FeeItem(FULL, FeeItemKind.MEAL, "伙食费", 60000, FeeUnit.MONTH),
         FeeItem(HOURLY, FeeItemKind.CARE, "计时保育费", 4550, FeeUnit.HOUR))


def _overview_rows() -> list[CurrentFees]:
    cap = FeeFinding("FEE-CAP", "超过指导价", FULL, "保育费", 150000)
    return [CurrentFees(n, f"托育园{n}", "", "杨家坪街道", LegalNature.SOCIAL_SERVICE, n % 2 == 0,
                        InstitutionStatus.OPERATING, n if n != 3 else None, dt.date(2026, 1, 1) if n != 3 else None,
                        ITEMS if n != 3 else (), n != 2, (cap,) if n == 1 else ())
            for n in range(1, 5)]


def test_fee_models(qtmodeltester):
    overview = FeeOverviewTableModel(FakeFeeOverview(_overview_rows()), lambda: dt.date(2026, 12, 4))
    overview.set_query(FeeOverviewQuery())
    qtmodeltester.check(overview)
    overview.set_query(FeeOverviewQuery("托育", unpublicised_only=True))
    qtmodeltester.check(overview)
    items = FeeItemTableModel(ITEMS)
    items.set_findings([FeeFinding("FEE-CAP", "超过指导价", FULL, "保育费", 150000)])
    qtmodeltester.check(items)
    history = FeeHistoryTableModel([
        Schedule(2, 7, Period(dt.date(2026, 3, 1)), ITEMS, "调整",
                 (Publicity(PublicityChannel.NOTICE_BOARD, dt.date(2026, 2, 20), evidence_name="照片.jpg"),)),
        Schedule(1, 7, Period(dt.date(2025, 1, 1), dt.date(2026, 2, 28)), ITEMS[:1])])
    qtmodeltester.check(history)


def test_registry_models(qtmodeltester, nurseries):
    qtmodeltester.check(NurseryTableModel(RegistryService(nurseries.factory)))
    classes = ClassTableModel()
    classes.set_classes([ClassDraft(ClassType.TODDLER_OLD, "小一班", 20, 18, 4),
                         ClassDraft(ClassType.INFANT, "乳儿班", 10, 6, 3)])
    qtmodeltester.check(classes)


def test_audit_model(qtmodeltester, nurseries, actor):
    model = AuditTableModel(AuditService(nurseries.factory, actor))
    model.set_filter(AuditFilter())
    qtmodeltester.check(model)


def test_staff_models(qtmodeltester):
    import datetime as _dt

    from workstation.domain.enums import IdType
    from workstation.domain.staff import Employment, StaffRole
    from workstation.models.staff import BanTableModel, StaffTableModel
    from workstation.services.staff import BanRow, StaffRow

    day = _dt.date(2026, 12, 4)
    staff = StaffTableModel([
        StaffRow(1, 1, 7, "张园长", IdType.RESIDENT_ID, "500107********1234", StaffRole.DIRECTOR, Employment.FULL_TIME,
                 "", day, None, "", "", day, day),
        StaffRow(2, 1, 7, "李保育", IdType.RESIDENT_ID, "500107********5678", StaffRole.CAREGIVER,
                 Employment.PART_TIME, "", day, day, "辞职", "", None, None)], today=day)
    qtmodeltester.check(staff)
    bans = BanTableModel([
        BanRow(1, IdType.RESIDENT_ID, "500107********0000", "钱某某", "虐待婴幼儿", "九卫禁〔2026〕3号", day, "区卫健委",
               None, "", ""),
        BanRow(2, IdType.RESIDENT_ID, "500107********1111", "孙某某", "殴打婴幼儿", "九卫禁〔2025〕7号", day, "区卫健委",
               day, "九卫解〔2026〕2号", "复议撤销")])
    qtmodeltester.check(bans)
