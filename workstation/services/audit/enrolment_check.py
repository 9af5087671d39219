"""`check`'s lines for values kept by triggers that differ from what they are kept from: a nursery's enrolment
total (its classes), a filing application's nursery name key and open state, a fee schedule's nursery name key
(their nursery)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection

from workstation.db.enrolment_totals import wrong_enrolment_totals
from workstation.db.fee_schedule_keys import wrong_fee_name_keys
from workstation.db.filing_queue_keys import wrong_queue_keys

SHOWN = 20  # rows named one by one; the rest are counted


def _listed(wrong: Sequence[tuple[Any, ...]], line: Callable[..., str], rest: str) -> list[str]:
    """A line for each of the first SHOWN rows, then how many more (`rest` takes {n})."""
    problems = [line(*row) for row in wrong[:SHOWN]]
    if len(wrong) > SHOWN:
        problems.append(rest.format(n=len(wrong) - SHOWN))
    return problems


def enrolment_problems(conn: Connection) -> list[str]:
    return _listed(wrong_enrolment_totals(conn) or [], lambda nursery_id, name, stored, total: (
        f"托育机构“{name}”（编号 {nursery_id}）记录的在托人数合计为 {stored}，但其班级在托人数之和为 {total}。"),
        "另有 {n} 个托育机构的在托人数合计与其班级不符。")


def fee_key_problems(conn: Connection) -> list[str]:
    return _listed(wrong_fee_name_keys(conn) or [], lambda schedule_id, name: (
        f"收费标准（编号 {schedule_id}）记录的托育机构“{name}”名称排序键与该机构不符，收费公示列表可能排序有误。"),
        "另有 {n} 个收费标准的机构名称排序键与其机构不符。")


def derived_problems(conn: Connection) -> list[str]:
    """Every line of this module: enrolment totals, the filing queues' keys, then the fee schedules' keys."""
    keys = _listed(wrong_queue_keys(conn) or [], lambda app_id, name: (
        f"备案申请（编号 {app_id}）记录的托育机构“{name}”名称排序键或注销状态与该机构不符，工作队列可能排序或计数有误。"),
        "另有 {n} 个备案申请的机构排序键或注销状态与其机构不符。")
    return enrolment_problems(conn) + keys + fee_key_problems(conn)
