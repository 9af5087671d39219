"""The 整改通知书 as served: the departments as a proper subject, a provisional deadline printed as the date
alone, and no line that begins with closing punctuation (walk: "卫生健康对你单位开展了…",
"2027年1月4日前（暂按常规工作周计算）", a line beginning "，不符合有关规定")."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from inspections_support import Clock, nursery, record, service, start
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.inspections import (
    InspectionKind,
    ItemResult,
    NoticeFacts,
    Signatures,
    department_subject,
)
from workstation.exports.common.pdf_text import NO_LINE_END, NO_LINE_START, CJKParagraph, register_font
from workstation.exports.inspections.notice import write_rectification_notice

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
DAY = dt.date(2026, 12, 31)  # the deadlines fall in 2027, which the test district's calendar does not know


def _notice(district, tmp_path):
    svc = service(district, Clock(DAY), notice_writer=write_rectification_notice)
    done = record(svc, start(svc, nursery(district, 3), DAY, ("comprehensive", "fire", "food")),
                  {"ZH-01": ItemResult.PARTIAL, "XF-02": ItemResult.FAIL, "SP-05": ItemResult.PARTIAL})
    assert all(f.deadline_provisional for f in done.findings)
    facts = svc.notice(done.id)
    return facts, svc.write_notice(done.id, tmp_path / "整改通知书.pdf")


def test_the_notice_names_the_departments_as_configured_or_by_their_kind(district, tmp_path):
    facts, _path = _notice(district, tmp_path)
    assert facts.department_names == ("九龙坡区卫生健康委员会", "九龙坡区消防救援大队", "九龙坡区市场监督管理局")
    assert facts.department_text == "九龙坡区卫生健康委员会、九龙坡区消防救援大队、九龙坡区市场监督管理局"


@needs_poppler
def test_the_served_pdf_reads_as_a_letter(district, tmp_path):
    _facts, path = _notice(district, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = "".join(text.split())
    assert "2026年12月31日，九龙坡区卫生健康委员会、九龙坡区消防救援大队、九龙坡区市场监督管理局对你单位开展了日常检查" in flat
    assert "节假日安排未录入" not in flat and "暂定" not in flat and "2027年1月" in flat
    for line in text.splitlines():
        for word in line.split():  # a table row holds several cells' lines side by side
            assert word[0] not in NO_LINE_START, line


def test_a_kind_the_district_has_not_configured_is_named_as_a_department():
    assert department_subject(Dept.HEALTH) == "卫生健康部门"
    facts = NoticeFacts("n", "i", "园", "", DAY, InspectionKind.ROUTINE, (Dept.HEALTH, Dept.POLICE), (), (),
                        Signatures(), DAY)
    assert facts.department_text == "卫生健康部门、公安部门"


def test_document_paragraphs_and_cells_never_begin_a_line_with_closing_punctuation():
    font = register_font()
    size = 12
    width = 10 * pdfmetrics.stringWidth("国", font, size)  # ten characters a line
    style = ParagraphStyle("t", fontName=font, fontSize=size, leading=18, wordWrap="CJK")
    for text in ("一二三四五六七八九十，不符合有关规定。", "一二三四五六七八九十）。后文", "一二三四五六七八九（十）后文"):
        paragraph = CJKParagraph(text, style)
        paragraph.wrap(width, 1000)
        lines = ["".join(words) for _space, words in paragraph.blPara.lines]
        assert "".join(lines) == text
        assert all(line[0] not in NO_LINE_START for line in lines), lines
        assert all(line[-1] not in NO_LINE_END for line in lines), lines
