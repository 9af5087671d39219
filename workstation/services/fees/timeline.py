"""Timeline entries of a nursery's fee record, for the lead's merged nursery timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workstation.domain.enums import ServiceType
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


def schedule_text(schedule: Schedule) -> str:
    """"登记收费标准，自 2026-03-01 起执行：全日托 保育费 2,800.00元/月、…"."""
    parts = []
    for service_type in ServiceType:
        items = [f"{i.name} {i.price_text}" for i in schedule.items if i.service_type is service_type]
        if items:
            parts.append(f"{service_type.zh} " + "、".join(items))
    return f"登记收费标准，自 {schedule.period.start.isoformat()} 起执行：" + "；".join(parts)


def publicity_text(schedule: Schedule, publicity: Publicity) -> str:
    evidence = f"（凭证：{publicity.evidence_name}）" if publicity.evidence_name else ""
    return (f"收费标准（自 {schedule.period.start.isoformat()} 起执行）于 {publicity.publicised_on.isoformat()} "
            f"通过{publicity.channel.zh}公示{evidence}")
