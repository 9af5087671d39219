"""收费公示表 (public fee notice) of one nursery, ready to post, and the nursery's fee history, as PDF.

A4 portrait, the bundled WenQuanYi Micro Hei embedded as a subset. The inputs are the fee
services' DTOs, described here structurally (exports do not import services).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from workstation.domain.enums import ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, Period, PublicityChannel, format_yuan
from workstation.exports.common.files import atomic_output
from workstation.exports.common.pdf_text import register_font

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#606060")
SHADE = colors.HexColor("#E7E6E6")
ITEM_WIDTHS = (0.14, 0.2, 0.16, 0.11, 0.39)  # service type, item, amount, unit, covers
ITEM_HEADER = ("服务类型", "收费项目", "收费标准（元）", "计费单位", "服务内容及说明")


class NoticeHeader(Protocol):
    name: str
    uscc: str
    filing_no: str
    inclusive: bool
    health_dept: str
    health_phone: str
    price_dept: str
    price_phone: str


class NoticePublicity(Protocol):
    channel: PublicityChannel
    publicised_on: dt.date
    evidence_name: str


class NoticeSchedule(Protocol):
    period: Period
    items: Sequence[FeeItem]
    note: str
    publicity: Sequence[NoticePublicity]


def write_fee_notice(path: Path, header: NoticeHeader, schedule: NoticeSchedule,
                     issued_on: dt.date | None = None) -> None:
    """Write the public fee notice of `schedule` to `path` (replaced only when complete)."""
    styles = _styles(register_font())
    story = [Paragraph(escape(f"{header.name}"), styles["subtitle"]), Paragraph("收费公示表", styles["title"]),
             _identity(header, schedule.period, styles), Spacer(1, 5 * mm), _items_table(schedule.items, styles),
             Spacer(1, 4 * mm), *_notes(schedule, styles), Spacer(1, 4 * mm), *_complaints(header, styles),
             Spacer(1, 10 * mm), *_signature(issued_on, styles)]
    _build(path, story, f"{header.name}收费公示表")


def write_fee_history(path: Path, header: NoticeHeader, schedules: Sequence[NoticeSchedule]) -> None:
    """Write every schedule of the nursery, newest first, with its period and publicity."""
    styles = _styles(register_font())
    story: list[Any] = [Paragraph("收费标准变动记录", styles["title"]), _identity(header, None, styles),
                        Spacer(1, 5 * mm)]
    ordered = sorted(schedules, key=lambda s: s.period.start, reverse=True)
    for schedule in ordered:
        story.append(KeepTogether([Paragraph(escape(f"执行期：{schedule.period.text}"), styles["heading"]),
                                   *_publicity_lines(schedule, styles), Spacer(1, 1.5 * mm)]))
        story += [_items_table(schedule.items, styles), Spacer(1, 5 * mm)]
    if not ordered:
        story.append(Paragraph("尚未登记收费标准。", styles["body"]))
    _build(path, story, f"{header.name}收费标准变动记录")


def _build(path: Path, story: list[Any], title: str) -> None:
    with atomic_output(Path(path)) as temp:
        doc = SimpleDocTemplate(str(temp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN, title=title)
        doc.build(story)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45, wordWrap="CJK", **extra)
    return {"title": style("title", 20, alignment=TA_CENTER, spaceAfter=4 * mm),
            "subtitle": style("subtitle", 14, alignment=TA_CENTER),
            "heading": style("heading", 12, spaceBefore=2 * mm),
            "body": style("body", 10.5), "cell": style("cell", 10), "small": style("small", 9),
            "right": style("right", 10.5, alignment=TA_RIGHT)}


def _identity(header: NoticeHeader, period: Period | None, styles: dict) -> Table:
    rows = [("机构名称", header.name), ("统一社会信用代码", header.uscc or "—"),
            ("备案编号", header.filing_no or "（尚未备案）")]
    if header.inclusive:
        rows.append(("机构类别", "普惠性托育机构（执行收费指导价）"))
    if period is not None:
        rows.append(("执行日期", f"自 {_chinese_date(period.start)} 起执行"))
    data = [[Paragraph(escape(k), styles["cell"]), Paragraph(escape(v), styles["cell"])] for k, v in rows]
    table = Table(data, colWidths=(WIDTH * 0.25, WIDTH * 0.75))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _items_table(items: Sequence[FeeItem], styles: dict) -> Table:
    cell = styles["cell"]
    data: list[list[Any]] = [[Paragraph(h, cell) for h in ITEM_HEADER]]
    spans: list[tuple] = []
    for service_type in ServiceType:
        own = [i for i in items if i.service_type is service_type]
        if len(own) > 1:
            spans.append(("SPAN", (0, len(data)), (0, len(data) + len(own) - 1)))
        for n, item in enumerate(own):
            data.append([Paragraph(service_type.zh if n == 0 else "", cell), Paragraph(escape(item.name), cell),
                         Paragraph(format_yuan(item.amount_fen), styles["right"]), Paragraph(f"元/{item.unit.zh}", cell),
                         Paragraph(escape(item.covers or _default_covers(item)), cell)])
    table = Table(data, colWidths=[WIDTH * share for share in ITEM_WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("FONTNAME", (0, 0), (-1, -1), cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))
    return table


def _default_covers(item: FeeItem) -> str:
    return {FeeItemKind.CARE: "保育、照护服务", FeeItemKind.MEAL: "幼儿在园膳食（专款专用）"}.get(item.kind, "")


def _notes(schedule: NoticeSchedule, styles: dict) -> list[Paragraph]:
    lines = ["以上为本机构全部收费项目及标准，未列入公示的项目一律不得收费。"]
    if any(i.kind is FeeItemKind.MEAL for i in schedule.items):
        lines.append("伙食费（膳食费）单独核算、专款专用，仅用于婴幼儿膳食。")
    if schedule.note:
        lines.append(schedule.note)
    return [Paragraph(escape(f"{n}. {line}"), styles["body"]) for n, line in enumerate(lines, start=1)]


def _complaints(header: NoticeHeader, styles: dict) -> list[Paragraph]:
    return [Paragraph("投诉举报电话：", styles["heading"]),
            Paragraph(escape(f"{header.health_dept}：{header.health_phone}"), styles["body"]),
            Paragraph(escape(f"价格监督（{header.price_dept}）：{header.price_phone}"), styles["body"])]


def _signature(issued_on: dt.date | None, styles: dict) -> list[Paragraph]:
    when = _chinese_date(issued_on) if issued_on else "　　年　　月　　日"
    return [Paragraph("（机构盖章）", styles["right"]), Paragraph(escape(f"公示日期：{when}"), styles["right"])]


def _publicity_lines(schedule: NoticeSchedule, styles: dict) -> list[Paragraph]:
    if not schedule.publicity:
        return [Paragraph("公示情况：未登记公示", styles["small"])]
    return [Paragraph(escape(f"公示情况：{p.publicised_on.isoformat()} 通过{p.channel.zh}公示"
                             + (f"（凭证：{p.evidence_name}）" if p.evidence_name else "")), styles["small"])
            for p in schedule.publicity]


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
