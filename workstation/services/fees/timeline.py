"""Timeline entries of a nursery's fee record, for the lead's merged nursery timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workstation.domain.enums import ServiceType
from workstation.domain.fees import price_text
from workstation.domain.texts import QT_TRANSLATE_NOOP, Clauses, Text, text
from workstation.services.fees.dto import Publicity, Schedule, TimelineEntry

KIND_SCHEDULE = "fee_schedule"
KIND_PUBLICITY = "fee_publicity"
_EPOCH = dt.datetime(1970, 1, 1)


def timeline_of(schedules: Sequence[Schedule]) -> list[TimelineEntry]:
    """One entry per recorded schedule and per publicity record, oldest first."""
    entries: list[TimelineEntry] = []
    for schedule in schedules:
        entries.append(TimelineEntry(schedule.recorded_at or _EPOCH, KIND_SCHEDULE,
                                     schedule_text(schedule), schedule.recorded_by))
        entries.extend(TimelineEntry(p.recorded_at or _EPOCH, KIND_PUBLICITY, publicity_text(schedule, p),
                                     p.recorded_by) for p in schedule.publicity)
    return sorted(entries, key=lambda e: e.at)


def schedule_text(schedule: Schedule) -> Text:
    """"登记收费标准，自 2026-03-01 起执行：全日托 保育费 2,800.00元/月、…" (shown in the interface language)."""
    parts = []
    for service_type in ServiceType:
        items = tuple(text(QT_TRANSLATE_NOOP("DomainText", "{name} {price}"), name=i.name,
                           price=price_text(i.amount_fen, i.unit))
                      for i in schedule.items if i.service_type is service_type)
        if items:
            parts.append(text(QT_TRANSLATE_NOOP("DomainText", "{service} {items}"), service=service_type, items=items))
    return text(QT_TRANSLATE_NOOP("DomainText", "登记收费标准，自 {start} 起执行：{parts}"), start=schedule.period.start,
                parts=Clauses(tuple(parts)))


def publicity_text(schedule: Schedule, publicity: Publicity) -> Text:
    evidence = text(QT_TRANSLATE_NOOP("DomainText", "（凭证：{file}）"), file=publicity.evidence_name) \
        if publicity.evidence_name else ""
    return text(QT_TRANSLATE_NOOP("DomainText", "收费标准（自 {start} 起执行）于 {day} 通过{channel}公示{evidence}"),
                start=schedule.period.start, day=publicity.publicised_on, channel=publicity.channel, evidence=evidence)
