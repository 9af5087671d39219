"""Issue #16 item 6: the push import and intake give every check one severity, and the import never
changes a legal nature or a cancelled record silently: such rows are conflicts for the clerk.
A USCC registered outside the district warns and its nursery is counted under （未划分街道）."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select, text

from workstation.db.orm import ImportBatch, Nursery
from workstation.domain.codes import make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, RegistrationOrganKind
from workstation.domain.nursery import NurseryDraft
from workstation.services.home import HomeService
from workstation.services.imports import RegistrationImporter, RowOutcome, save_rejected
from workstation.services.registry.intake import IntakeService

TODAY = dt.date(2026, 12, 4)
HEADER = ["名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]


def uscc(i: int, prefix: str = "91", area: str = "500107") -> str:
    return make_uscc(prefix, area, f"MA{i:07d}")


def row(i: int, **changes) -> list[object]:
    values = {"名称": f"第{i}托育有限公司", "统一社会信用代码": uscc(i), "登记机关": "九龙坡区市场监督管理局",
              "成立日期": "2024-03-05", "法定代表人": f"法人{i}", "住所": f"重庆市九龙坡区杨家坪街道{i}号",
              "经营范围": "3岁以下婴幼儿照护服务", "性质": "有限责任公司"}
    values.update(changes)
    return [values[h] for h in HEADER]


def write_csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.fixture
def importer(district, actor):
    return RegistrationImporter(district.factory, actor, today=lambda: TODAY)


def add(district, i: int, status: InstitutionStatus, nature: LegalNature = LegalNature.FOR_PROFIT) -> int:
    with district.factory.begin() as session:
        nursery = Nursery(name=f"第{i}托育有限公司", uscc=uscc(i), legal_nature=nature, status=status,
                          kind=InstitutionKind.STANDALONE, address=f"重庆市九龙坡区杨家坪街道{i}号",
                          legal_rep_name=f"法人{i}", registered_at=dt.date(2024, 3, 5))
        session.add(nursery)
        session.flush()
        return nursery.id


def dump(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM nursery ORDER BY id"))]


# --- one severity: what intake says about a code, the import says too --------------------------

CASES = [
    # (性质, 登记机关, USCC prefix, USCC area, the finding intake makes or None)
    ("事业单位", "区委编办", "91", "500107", "R-USCC-NATURE"),         # prefix against nature
    ("有限责任公司", "九龙坡区市场监督管理局", "91", "110105", "R-USCC-AREA"),  # registered in Beijing
    ("事业单位", "九龙坡区市场监督管理局", "12", "500107", "R-ORGAN"),     # organ against nature
    ("有限责任公司", "重庆市市场监督管理局", "91", "500000", None),       # the city's own organ is inside
]
NATURES = {"事业单位": LegalNature.PUBLIC_INSTITUTION, "有限责任公司": LegalNature.FOR_PROFIT}
ORGANS = {"区委编办": RegistrationOrganKind.STAFFING_OFFICE,
          "九龙坡区市场监督管理局": RegistrationOrganKind.MARKET_REGULATION,
          "重庆市市场监督管理局": RegistrationOrganKind.MARKET_REGULATION}


def test_each_check_has_the_same_severity_at_intake_and_on_import(district, actor, importer, tmp_path):
    intake = IntakeService(district.factory, actor, today=lambda: TODAY)
    rows, expected = [], []
    for i, (nature, organ, prefix, area, finding) in enumerate(CASES, start=1):
        code = uscc(i, prefix, area)
        draft = NurseryDraft(name=f"第{i}托育有限公司", legal_nature=NATURES[nature], kind=InstitutionKind.STANDALONE,
                             uscc=code, registration_organ_kind=ORGANS[organ], registered_at=dt.date(2024, 3, 5),
                             business_scope="3岁以下婴幼儿照护服务")
        found = intake.check(draft)
        assert [f.code for f in found] == ([finding] if finding else [])
        if found and found[0].is_error:
            expected.append((RowOutcome.REJECTED, ()))
        else:
            expected.append((RowOutcome.ACCEPTED, tuple(f.message for f in found)))
        rows.append(row(i, 性质=nature, 登记机关=organ, 统一社会信用代码=code))
    report = importer.dry_run(write_csv(tmp_path / "p.csv", rows))
    for result, (outcome, messages) in zip(report.rows, expected, strict=True):
        assert result.outcome is outcome
        # An import warning may add what the import did about it (no street), after intake's words.
        assert len(result.warnings) == len(messages)
        assert all(w.startswith(m) for w, m in zip(result.warnings, messages, strict=True))


def test_a_prefix_that_does_not_fit_the_nature_is_written_with_its_warning(importer, district, tmp_path):
    report = importer.commit(write_csv(tmp_path / "p.csv", [row(1, 性质="事业单位", 登记机关="区委编办")]))
    assert report.committed and report.accepted == 1
    assert "与机构性质“事业单位”" in report.rows[0].warnings[0]
    assert "1 行有提示需核对" in report.summary()
    with district.factory() as session:
        assert session.scalars(select(Nursery.legal_nature)).one() is LegalNature.PUBLIC_INSTITUTION


# --- conflicts: never applied silently, nothing half-applied ----------------------------------

def test_a_row_that_would_change_the_legal_nature_is_a_conflict(importer, district, tmp_path):
    filed = add(district, 1, InstitutionStatus.FILED)
    before = dump(district)
    path = write_csv(tmp_path / "p.csv", [row(1, 性质="其他", 法定代表人="新法人"), row(2)])
    report = importer.commit(path)
    first, second = report.rows
    assert first.outcome is RowOutcome.CONFLICT and second.outcome is RowOutcome.ACCEPTED
    assert "“其他”" in first.reason and "“营利性" in first.reason and f"记录号 {filed}" in first.reason
    assert "性质" in first.changed and "法定代表人" in first.changed
    assert not report.committed and report.unwritten == 1 and "冲突 1 行" in report.summary()
    assert dump(district) == before  # validate first: nothing of the file is written

    valid = importer.commit(path, accept_valid=True)
    assert valid.committed and valid.accepted == 1 and valid.conflicts == 1
    with district.factory() as session:
        nursery = session.get(Nursery, filed)
        assert (nursery.legal_nature, nursery.legal_rep_name, nursery.status) == (
            LegalNature.FOR_PROFIT, "法人1", InstitutionStatus.FILED)  # the conflicting row: none of it
        assert session.scalars(select(ImportBatch.rejected)).one() == 1
        assert len(session.scalars(select(Nursery.id)).all()) == 2


def test_a_cancelled_nursery_is_not_edited_by_an_import(importer, district, tmp_path):
    assert importer.commit(write_csv(tmp_path / "first.csv", [row(1)])).committed
    with district.factory.begin() as session:
        nursery = session.scalars(select(Nursery)).one()
        nursery.status, cancelled = InstitutionStatus.CANCELLED, nursery.id
    report = importer.commit(write_csv(tmp_path / "p.csv", [row(1, 住所="重庆市九龙坡区谢家湾街道8号")]),
                             accept_valid=True)
    assert report.rows[0].outcome is RowOutcome.CONFLICT
    assert "已注销" in report.rows[0].reason and "住所" in report.rows[0].reason
    with district.factory() as session:
        nursery = session.get(Nursery, cancelled)
        assert (nursery.address, nursery.status) == ("重庆市九龙坡区杨家坪街道1号", InstitutionStatus.CANCELLED)
    same = importer.commit(write_csv(tmp_path / "first.csv", [row(1)]))  # nothing to change: no conflict
    assert same.rows[0].outcome is RowOutcome.UNCHANGED and same.committed


def test_conflicts_are_saved_in_the_report_with_their_reason(importer, district, tmp_path):
    add(district, 1, InstitutionStatus.OPERATING, LegalNature.SOCIAL_SERVICE)
    path = write_csv(tmp_path / "p.csv", [row(1), row(2, 统一社会信用代码="123")])
    report = importer.dry_run(path)
    out = save_rejected(report, path, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(out).active
    reasons = [sheet.cell(r, len(HEADER) + 1).value for r in range(2, sheet.max_row + 1)]
    assert len(reasons) == 2 and "导入不改变机构性质" in reasons[0] and "18位" in reasons[1]


# --- a code from outside the district ------------------------------------------------------------

def test_a_code_from_outside_the_district_warns_and_counts_under_no_street(importer, district, tmp_path):
    outside = uscc(3, area="110105")  # registered in Beijing
    report = importer.commit(write_csv(tmp_path / "p.csv", [row(1), row(3, 统一社会信用代码=outside)]))
    assert report.committed and [r.outcome for r in report.rows] == [RowOutcome.ACCEPTED] * 2
    assert report.rows[0].warnings == ()
    assert "“110105”" in report.rows[1].warnings[0] and "不按住所划入街道" in report.rows[1].warnings[0]
    with district.factory() as session:
        streets = dict(session.execute(select(Nursery.uscc, Nursery.street_id)).all())
    assert streets[uscc(1)] is not None and streets[outside] is None
    summary = HomeService(district.factory).summary()
    by_street = {s.street_name: s.nurseries for s in summary.streets}
    assert by_street == {"杨家坪街道": 1, "谢家湾街道": 0, "（未划分街道）": 1}
    assert sum(by_street.values()) == summary.nurseries == 2
