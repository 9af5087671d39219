"""Registration push import against a real (temporary) database: dry run, commit, matching, rules."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select, text

from workstation.db.orm import ImportBatch, Nursery
from workstation.domain.codes import make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, RegistrationOrganKind
from workstation.services.imports import ImportCancelled, RegistrationImporter, RowOutcome, UnusableFileError

TODAY = dt.date(2026, 11, 23)
HEADER = ["名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]


def uscc(i: int, prefix: str = "91") -> str:
    return make_uscc(prefix, "500107", f"MA{i:07d}")


def row(i: int, **changes) -> list[object]:
    values = {"名称": f"第{i}托育有限公司", "统一社会信用代码": uscc(i), "登记机关": "九龙坡区市场监督管理局",
              "成立日期": "2024-03-05", "法定代表人": f"法人{i}", "住所": f"重庆市九龙坡区杨家坪街道{i}号",
              "经营范围": "3岁以下婴幼儿照护服务", "性质": "有限责任公司"}
    values.update(changes)
    return [values[h] for h in HEADER]


def write_csv(path, rows, header=HEADER, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["2026年11月登记信息推送"])
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path, rows, header=HEADER):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["九龙坡区托育机构登记信息推送表"])
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


@pytest.fixture
def importer(district, actor):
    return RegistrationImporter(district.factory, actor, today=lambda: TODAY)


def dump(db) -> list[tuple]:
    """Every nursery column except updated_at, in id order."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM nursery ORDER BY id")).mappings().all()
    return [tuple(v for k, v in r.items() if k != "updated_at") for r in rows]


def count(db) -> int:
    with db.factory() as session:
        return len(session.scalars(select(Nursery.id)).all())


def test_dry_run_reports_and_writes_nothing(importer, district, tmp_path):
    path = write_csv(tmp_path / "p.csv", [row(1), row(2, 成立日期="2030-01-01")])
    report = importer.dry_run(path)
    assert (report.accepted, report.updated, report.rejected) == (1, 0, 1)
    assert report.dry_run and not report.committed
    assert [r.row_number for r in report.rows] == [3, 4]
    assert "晚于今天" in report.rows[1].reason
    assert count(district) == 0


def test_commit_creates_registered_nurseries(importer, district, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [row(1, 成立日期=dt.datetime(2024, 3, 5)),
                                             row(2, 名称="李家家庭托育点", 住所="谢家湾街道8号")])
    report = importer.commit(path)
    assert report.committed and report.accepted == 2
    with district.factory() as session:
        first, home = session.scalars(select(Nursery).order_by(Nursery.id)).all()
        batch = session.scalars(select(ImportBatch)).one()
        assert first.status == InstitutionStatus.REGISTERED and first.kind == InstitutionKind.STANDALONE
        assert first.legal_nature == LegalNature.FOR_PROFIT
        assert first.registration_organ_kind == RegistrationOrganKind.MARKET_REGULATION
        assert first.registration_organ_id is not None
        assert first.registration_certificate == "营业执照"
        assert first.registered_at == dt.date(2024, 3, 5)
        assert first.street_id is not None and first.created_by == "tester"
        assert home.kind == InstitutionKind.HOME_BASED and home.street_id not in (None, first.street_id)
        assert (batch.kind, batch.accepted, batch.rejected, len(batch.file_sha256)) == ("registrations", 2, 0, 64)


def test_importing_twice_leaves_the_same_data(importer, district, tmp_path):
    path = write_csv(tmp_path / "p.csv", [row(i) for i in range(1, 51)])
    assert importer.commit(path).accepted == 50
    once = dump(district)
    again = importer.commit(path)
    assert (again.accepted, again.updated, again.unchanged, again.rejected) == (0, 50, 50, 0)
    assert dump(district) == once


def test_one_bad_row_in_a_thousand(importer, district, tmp_path):
    rows = [row(i) for i in range(1, 1001)]
    rows[500][1] = rows[500][1][:-1] + ("0" if rows[500][1][-1] != "0" else "1")  # break the check digit
    path = write_csv(tmp_path / "p.csv", rows)
    report = importer.commit(path)
    assert not report.committed and report.rejected == 1
    assert report.rejected_rows[0].row_number == 503 and "校验位" in report.rejected_rows[0].reason
    assert count(district) == 0
    with district.factory() as session:
        assert session.scalars(select(ImportBatch)).first() is None
    valid = importer.commit(path, accept_valid=True)
    assert valid.committed and (valid.accepted, valid.rejected) == (999, 1)
    assert count(district) == 999


def test_update_changes_only_given_fields(importer, district, tmp_path):
    importer.commit(write_csv(tmp_path / "a.csv", [row(1)]))
    with district.factory.begin() as session:
        nursery = session.scalars(select(Nursery)).one()
        nursery.phone = "023-12345678"
    header = ["统一社会信用代码", "名称", "住所"]
    report = importer.commit(write_csv(tmp_path / "b.csv", [[uscc(1), "第1托育有限公司", "谢家湾街道99号"]], header))
    assert report.rows[0].outcome == RowOutcome.UPDATED and report.rows[0].changed == ("住所", "街道（乡镇）")
    with district.factory() as session:
        nursery = session.scalars(select(Nursery)).one()
        assert nursery.address == "谢家湾街道99号" and nursery.phone == "023-12345678"
        assert nursery.legal_rep_name == "法人1" and nursery.version == 3 and nursery.updated_by == "tester"


def test_intake_record_becomes_registered(importer, district, tmp_path):
    with district.factory.begin() as session:
        session.add(Nursery(name="意向机构", uscc=uscc(7), legal_nature=LegalNature.FOR_PROFIT,
                            kind=InstitutionKind.COMMUNITY, status=InstitutionStatus.INTAKE))
    report = importer.commit(write_csv(tmp_path / "p.csv", [row(7)]))
    assert report.rows[0].outcome == RowOutcome.UPDATED
    with district.factory() as session:
        nursery = session.scalars(select(Nursery)).one()
        assert nursery.status == InstitutionStatus.REGISTERED and nursery.kind == InstitutionKind.COMMUNITY


@pytest.mark.parametrize("changes, reason", [
    ({"名称": "  "}, "缺少名称"),
    ({"统一社会信用代码": "123"}, "18位"),
    ({"性质": "学校"}, "无法识别机构性质"),
    ({"登记机关": "区委编办"}, "不办理"),
    ({"成立日期": "2024-13-01"}, "无法识别"),
    ({"名称": "托" * 201}, "过长"),
])
def test_rejections(importer, tmp_path, changes, reason):
    report = importer.dry_run(write_csv(tmp_path / "p.csv", [row(1, **changes)]))
    assert report.rows[0].outcome == RowOutcome.REJECTED
    assert reason in report.rows[0].reason


def test_duplicate_uscc_names_the_first_row(importer, tmp_path):
    report = importer.dry_run(write_csv(tmp_path / "p.csv", [row(1), row(2), row(1, 名称="另一家")]))
    assert [r.outcome for r in report.rows] == [RowOutcome.ACCEPTED] * 2 + [RowOutcome.REJECTED]
    assert "第3行" in report.rows[2].reason


def test_nature_from_uscc_and_routing(district, actor, tmp_path):
    from workstation.services.registry.routing import RoutingService

    RoutingService(district.factory, actor).set_route(LegalNature.SOCIAL_SERVICE, RegistrationOrganKind.ADMIN_APPROVAL)
    header = ["单位名称", "信用代码"]
    rows = [["阳光托育中心", uscc(1, "52")], ["机关托育园", uscc(2, "12")], ["未知托育", uscc(3, "51")]]
    report = RegistrationImporter(district.factory, actor, today=lambda: TODAY).commit(
        write_csv(tmp_path / "p.csv", rows, header), accept_valid=True)
    assert "性质" in report.rows[2].reason
    with district.factory() as session:
        social, public = session.scalars(select(Nursery).order_by(Nursery.id)).all()
    assert social.legal_nature == LegalNature.SOCIAL_SERVICE
    assert social.registration_organ_kind == RegistrationOrganKind.ADMIN_APPROVAL
    assert social.registration_certificate == "民办非企业单位登记证书"
    assert public.registration_organ_kind == RegistrationOrganKind.STAFFING_OFFICE


def test_fullwidth_and_spaces_are_normalised(importer, district, tmp_path):
    code = uscc(5)
    wide = "".join(chr(ord(c) + 0xFEE0) for c in code.lower())
    importer.commit(write_csv(tmp_path / "p.csv", [row(5, 统一社会信用代码=f" {wide} ", 名称=" 第5托育 \u3000有限公司 ")],
                              encoding="gb18030"))
    with district.factory() as session:
        nursery = session.scalars(select(Nursery)).one()
    assert (nursery.uscc, nursery.name) == (code, "第5托育 有限公司")


def test_formula_text_is_stored_as_text(importer, district, tmp_path):
    importer.commit(write_csv(tmp_path / "p.csv", [row(1, 名称="=HYPERLINK(\"http://x\")托育")]))
    with district.factory() as session:
        assert session.scalars(select(Nursery.name)).one() == '=HYPERLINK("http://x")托育'


def test_unusable_file_changes_nothing(importer, district, tmp_path):
    path = tmp_path / "p.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(UnusableFileError, match="加密"):
        importer.commit(path)
    assert count(district) == 0


def test_import_without_district_is_refused(database, actor, tmp_path):
    from workstation.domain.errors import NotFound

    with pytest.raises(NotFound, match="辖区"):
        RegistrationImporter(database.factory, actor).dry_run(write_csv(tmp_path / "p.csv", [row(1)]))


def test_progress_and_cancel(importer, district, actor, tmp_path):
    path = write_csv(tmp_path / "p.csv", [row(i) for i in range(1, 501)])
    calls = []
    importer.dry_run(path, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 500) and calls[-1] == (500, 500)
    seen = []
    with pytest.raises(ImportCancelled):  # while validating (this importer previewed nothing)
        RegistrationImporter(district.factory, actor, today=lambda: TODAY).commit(
            path, is_cancelled=lambda: seen.append(1) or len(seen) > 2)
    with pytest.raises(ImportCancelled):  # after the preview: before anything is written
        importer.commit(path, is_cancelled=lambda: True)
    assert count(district) == 0
