"""`check`'s lines for nurseries whose stored enrolment total differs from their classes."""

from __future__ import annotations

from sqlalchemy import Connection

from workstation.db.enrolment_totals import wrong_enrolment_totals

SHOWN = 20  # rows named one by one; the rest are counted


def enrolment_problems(conn: Connection) -> list[str]:
    wrong = wrong_enrolment_totals(conn) or []
    problems = [f"托育机构“{name}”（编号 {nursery_id}）记录的在托人数合计为 {stored}，"
                f"但其班级在托人数之和为 {total}。" for nursery_id, name, stored, total in wrong[:SHOWN]]
    if len(wrong) > SHOWN:
        problems.append(f"另有 {len(wrong) - SHOWN} 个托育机构的在托人数合计与其班级不符。")
    return problems
