"""A pushed registration file with one row of each inbox class, and the district it is received into."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from workstation.db.orm import Nursery
from workstation.domain.codes import make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature

TODAY = dt.date(2026, 12, 4)
HEADER = ["名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]


def uscc(i: int) -> str:
    return make_uscc("91", "500107", f"MA{i:07d}")


# Distinct enough that no two rows look alike to the similar-nursery check.
WORDS = {1: "晨曦", 2: "彩虹桥", 20: "向日葵", 21: "蒲公英", 31: "金色童年", 40: "小海豚"}
ROADS = {1: "石坪桥正街", 2: "袁家岗路", 20: "黄桷坪大道", 21: "九龙滨江路", 31: "华润路", 40: "西郊路"}


def name_of(i: int) -> str:
    return f"{WORDS[i]}托育有限公司"


def address_of(i: int) -> str:
    return f"重庆市九龙坡区{ROADS[i]}{i}号"


def row(i: int, **changes: object) -> list[object]:
    values = {"名称": name_of(i), "统一社会信用代码": uscc(i), "登记机关": "九龙坡区市场监督管理局",
              "成立日期": "2024-03-05", "法定代表人": f"法人{i}", "住所": address_of(i),
              "经营范围": "3岁以下婴幼儿照护服务", "性质": "有限责任公司"}
    values.update(changes)
    return [values[h] for h in HEADER]


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def add_nursery(db, i: int, name: str | None = None, address: str | None = None, code: str | None = "") -> int:
    with db.factory.begin() as session:
        nursery = Nursery(name=name or name_of(i), uscc=uscc(i) if code == "" else code,
                          legal_nature=LegalNature.FOR_PROFIT, status=InstitutionStatus.REGISTERED,
                          kind=InstitutionKind.STANDALONE, address=address or address_of(i),
                          legal_rep_name=f"法人{i}", registered_at=dt.date(2024, 3, 5),
                          business_scope="3岁以下婴幼儿照护服务")
        session.add(nursery)
        session.flush()
        return nursery.id


def mixed_file(db, folder: Path) -> tuple[Path, dict[str, int]]:
    """Rows: 2 new (rows 2, 3), 1 matching (4), 1 differing in legal rep and address and scope (5),
    1 invalid (6: no name), 1 similar (7: new code, same name and address as nursery 30).
    Returns the file and the ids of the nurseries already registered."""
    ids = {"match": add_nursery(db, 20), "differ": add_nursery(db, 21),
           "similar": add_nursery(db, 30, name="金色童年托育中心", address="重庆市九龙坡区谢家湾街道华润路88号",
                                  code=None)}
    rows = [
        row(1), row(2),
        row(20),
        row(21, 法定代表人="新法人", 住所="重庆市九龙坡区科城路9号", 经营范围="托育服务"),
        row(40, 名称=""),
        row(31, 名称="金色童年托育中心", 住所="重庆市九龙坡区谢家湾街道华润路88号"),
    ]
    return write_csv(folder / "推送.csv", rows), ids
