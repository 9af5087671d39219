"""收费公示表 (public fee notice) of one nursery, ready to post, and the nursery's fee history.

The notice prints only public facts (the services' FeeNotice: what was in force and publicised on
the chosen date); no clerk's note reaches it.

Built from the shared document blocks (exports/documents), so the one PDF renderer (A4, the bundled
WenQuanYi Micro Hei embedded as a subset) lays them out like every other document. The inputs are
the fee services' DTOs, described here structurally (exports do not import services).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workstation.domain.enums import ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, Period, PublicityChannel, format_yuan
from workstation.exports.documents import Block, Document, Fields, Grid, Para, write_document_pdf

ITEM_WIDTHS = (0.14, 0.2, 0.16, 0.11, 0.39)  # service type, item, amount, unit, covers
ITEM_HEADER = ("服务类型", "收费项目", "收费标准（元）", "计费单位", "服务内容及说明")
AMOUNT_COLUMN = 2


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


class NoticeFacts(Protocol):
    header: NoticeHeader
    period: Period
    items: Sequence[FeeItem]
    publicised_on: dt.date
    over_cap: Sequence[str]


class NoticeSchedule(Protocol):
    period: Period
    items: Sequence[FeeItem]
    note: str
    publicity: Sequence[NoticePublicity]


def fee_notice_document(notice: NoticeFacts) -> Document:
    """The public fee notice as document blocks, dated by the publicity it reproduces."""
    header = notice.header
    blocks: list[Block] = [Para(header.name, "subtitle"), _identity(header, notice.period, bool(notice.over_cap)),
                           _items(notice.items), *_notes(notice), Para("投诉举报电话：", "heading"),
                           Para(f"{header.health_dept}：{header.health_phone}"),
                           Para(f"价格监督（{header.price_dept}）：{header.price_phone}")]
    return Document("收费公示表", "", "", "", tuple(blocks), "（机构盖章）",
                    f"公示日期：{_chinese_date(notice.publicised_on)}", f"{header.name}收费公示表")


def fee_history_document(header: NoticeHeader, schedules: Sequence[NoticeSchedule],
                         as_of: dt.date | None = None) -> Document:
    """Every schedule of the nursery, newest first, with its period (as read on `as_of`, default today:
    a schedule not yet in force says so) and publicity."""
    day = as_of or dt.date.today()
    blocks: list[Block] = [Para(header.name, "subtitle"), _identity(header, None)]
    for schedule in sorted(schedules, key=lambda s: s.period.start, reverse=True):
        blocks += [Para(f"执行期：{schedule.period.text_on(day)}", "heading"), *_publicity_lines(schedule),
                   _items(schedule.items)]
    if not schedules:
        blocks.append(Para("尚未登记收费标准。"))
    return Document("收费标准变动记录", "", "", "", tuple(blocks), "", "", f"{header.name}收费标准变动记录")


def write_fee_notice(path: Path, notice: NoticeFacts) -> None:
    """Write the public fee notice to `path` (replaced only when complete)."""
    write_document_pdf(Path(path), fee_notice_document(notice))


def write_fee_history(path: Path, header: NoticeHeader, schedules: Sequence[NoticeSchedule],
                      as_of: dt.date | None = None) -> None:
    """Write every schedule of the nursery, newest first, with its period (as read on `as_of`) and publicity."""
    write_document_pdf(Path(path), fee_history_document(header, schedules, as_of))


def _identity(header: NoticeHeader, period: Period | None, over_cap: bool = False) -> Fields:
    rows = [("机构名称", header.name), ("统一社会信用代码", header.uscc or "—"),
            ("备案编号", header.filing_no or "（尚未备案）")]
    if header.inclusive:  # it follows the guidance prices only while no charge is above them
        rows.append(("机构类别", "普惠性托育机构（部分收费高于收费指导价，见说明）" if over_cap
                     else "普惠性托育机构（执行收费指导价）"))
    if period is not None:
        rows.append(("执行日期", f"自 {_chinese_date(period.start)} 起执行"))
    return Fields(tuple(rows))


def _items(items: Sequence[FeeItem]) -> Grid:
    """The items grouped by service type, the type written once over its rows."""
    rows: list[tuple[str, ...]] = []
    spans: list[tuple[int, int, int]] = []
    for service_type in ServiceType:
        own = [i for i in items if i.service_type is service_type]
        if len(own) > 1:
            spans.append((0, len(rows), len(rows) + len(own) - 1))
        rows += [(service_type.zh if n == 0 else "", item.name, format_yuan(item.amount_fen), f"元/{item.unit.zh}",
                  item.covers or _default_covers(item)) for n, item in enumerate(own)]
    return Grid(ITEM_HEADER, tuple(rows), ITEM_WIDTHS, frozenset({AMOUNT_COLUMN}), tuple(spans))


def _default_covers(item: FeeItem) -> str:
    return {FeeItemKind.CARE: "保育、照护服务", FeeItemKind.MEAL: "幼儿在园膳食（专款专用）"}.get(item.kind, "")


def _notes(notice: NoticeFacts) -> list[Para]:
    lines = ["以上为本机构全部收费项目及标准，未列入公示的项目一律不得收费。"]
    if any(i.kind is FeeItemKind.MEAL for i in notice.items):
        lines.append("伙食费（膳食费）单独核算、专款专用，仅用于婴幼儿膳食。")
    lines += notice.over_cap
    return [Para(f"{n}. {line}") for n, line in enumerate(lines, start=1)]


def _publicity_lines(schedule: NoticeSchedule) -> list[Para]:
    if not schedule.publicity:
        return [Para("公示情况：未登记公示", "note")]
    return [Para(f"公示情况：{p.publicised_on.isoformat()} 通过{p.channel.zh}公示"
                 + (f"（凭证：{p.evidence_name}）" if p.evidence_name else ""), "note")
            for p in schedule.publicity]


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
