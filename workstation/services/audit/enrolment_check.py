"""`check`'s lines for values kept by triggers that differ from what they are kept from: a nursery's enrolment
total (its classes), a filing application's nursery name key and open state, a fee schedule's nursery name key
(their nursery)."""

from __future__ import annotations

from sqlalchemy import Connection

from workstation.db.enrolment_totals import wrong_enrolment_totals
from workstation.db.fee_schedule_keys import wrong_fee_name_keys
from workstation.db.filing_queue_keys import wrong_queue_keys

SHOWN = 20  # rows named one by one; the rest are counted


def enrolment_problems(conn: Connection) -> list[str]:
    wrong = wrong_enrolment_totals(conn) or []
    problems = [f"托育机构“{name}”（编号 {nursery_id}）记录的在托人数合计为 {stored}，"
                f"但其班级在托人数之和为 {total}。" for nursery_id, name, stored, total in wrong[:SHOWN]]
    if len(wrong) > SHOWN:
        problems.append(f"另有 {len(wrong) - SHOWN} 个托育机构的在托人数合计与其班级不符。")
    return problems


def fee_key_problems(conn: Connection) -> list[str]:
    wrong = wrong_fee_name_keys(conn) or []
    problems = [f"收费标准（编号 {schedule_id}）记录的托育机构“{name}”名称排序键与该机构不符，收费公示列表可能排序有误。"
                for schedule_id, name in wrong[:SHOWN]]
    if len(wrong) > SHOWN:
        problems.append(f"另有 {len(wrong) - SHOWN} 个收费标准的机构名称排序键与其机构不符。")
    return problems


def derived_problems(conn: Connection) -> list[str]:
    """Every line of this module: enrolment totals, the filing queues' keys, then the fee schedules' keys."""
    wrong = wrong_queue_keys(conn) or []
    keys = [f"备案申请（编号 {app_id}）记录的托育机构“{name}”名称排序键或注销状态与该机构不符，工作队列可能排序或计数有误。"
            for app_id, name in wrong[:SHOWN]]
    if len(wrong) > SHOWN:
        keys.append(f"另有 {len(wrong) - SHOWN} 个备案申请的机构排序键或注销状态与其机构不符。")
    return enrolment_problems(conn) + keys + fee_key_problems(conn)
