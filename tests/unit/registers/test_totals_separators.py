"""Counts in a register's totals row read with thousands separators, in both formats' text."""

from __future__ import annotations

from workstation.exports.common.body import RegisterBody
from workstation.exports.common.spec import TEXT, Column, RegisterSpec, Tally


def test_the_count_and_the_tallies_of_a_large_register_read_1_234():
    spec = RegisterSpec("test", "测试名册", "", (Column("name", "名称", 10, TEXT), Column("street", "街道", 10, TEXT), Column("outcome", "公示", 10, TEXT,
                        total=Tally(("已公示", "未公示"), "家"))), count=lambda *_: 0, rows=lambda *_: iter(()),
                        filters=frozenset())
    rows = (["甲园", "杨家坪街道", "已公示" if n % 5 else "未公示"] for n in range(1234))
    body = RegisterBody(spec, rows, masked=False)
    assert sum(1 for _row in body) == 1234  # the totals count what was written

    totals = body.totals_row()

    assert totals[1:] == ("合计", "共 1,234 家", "已公示 987 家；未公示 247 家")
    assert Tally(("已公示",), "家").text({"已公示": 71268}) == "已公示 71,268 家"
