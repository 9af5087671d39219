"""What the inbox's use cases return (frozen; no ORM object leaves the service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import Decision, FoundBy, ItemClass, OrganLevel, UnregisteredStatus


@dataclass(frozen=True)
class BatchRow:
    id: int
    received_on: dt.date
    organ_kind: RegistrationOrganKind
    organ_level: OrganLevel
    file_name: str
    file_sha256: str
    received_by: str
    rows: int
    counts: dict[ItemClass, int] = field(default_factory=dict)
    waiting: int = 0  # items pending or deferred

    @property
    def organ_text(self) -> str:
        return f"{self.organ_level.zh}{self.organ_kind.zh}"


@dataclass(frozen=True)
class Received:
    """The outcome of receiving a file: the batch, and whether it had been received before."""

    batch: BatchRow
    duplicate: bool = False
    auto_accepted: int = 0

    def summary(self) -> str:
        if self.duplicate:
            b = self.batch
            return (f"该文件已于 {b.received_on.isoformat()} 由 {b.received_by} 接收（批次 {b.id}，{b.file_name}），"
                    "本次未重复接收，也未新增任何条目。")
        counts = "，".join(f"{c.zh} {n} 行" for c, n in self.batch.counts.items() if n)
        auto = f"；已按设置自动接受 {self.auto_accepted} 行" if self.auto_accepted else ""
        return f"已接收“{self.batch.file_name}”共 {self.batch.rows} 行：{counts or '无数据行'}{auto}。"


@dataclass(frozen=True)
class ItemRow:
    id: int
    batch_id: int
    row_number: int
    uscc: str
    name: str
    item_class: ItemClass
    nursery_id: int | None
    differs: tuple[str, ...]
    findings: str
    decision: Decision
    reason: str
    decided_by: str
    decided_at: dt.datetime | None

    @property
    def clean(self) -> bool:
        return self.item_class in (ItemClass.NEW, ItemClass.MATCHES) and not self.findings


@dataclass(frozen=True)
class Comparison:
    """One compared field side by side: the registry's value and the pushed one (as text)."""

    field: str
    label: str
    registry: str
    pushed: str
    given: bool  # the file supplies this field

    @property
    def differs(self) -> bool:
        return self.given and self.registry != self.pushed


@dataclass(frozen=True)
class UnregisteredRow:
    id: int
    name: str
    address: str
    found_by: FoundBy
    found_on: dt.date
    note: str
    status: UnregisteredStatus
    version: int


@dataclass(frozen=True)
class Preview:
    """What receiving a file would store (nothing is stored): rows per class and the invalid rows."""

    file_name: str
    header_row: int
    rows: int
    counts: dict[ItemClass, int]
    invalid: tuple[tuple[int, str, str, str], ...]  # (row number, USCC, name, reason)
