"""The filing and finding histories name who did each step by the account's display name (用户管理's
姓名, read now), the name recorded with the step for an account that is gone, and a command-line run
(os:root) as such."""

from __future__ import annotations

import datetime as dt

import filing_support
import inspections_support
from sqlalchemy import update

from workstation.db.orm.accounts import User
from workstation.db.orm.filing import FilingEvent
from workstation.domain.filing import FilingKind
from workstation.domain.inspections import ItemResult
from workstation.domain.permissions import Role
from workstation.models.audit import actor_text
from workstation.services.common.context import Actor

DAY = dt.date(2025, 9, 26)
CLI = Actor("os:root", "root", "SYSTEM")


def account(district, username: str, display_name: str) -> None:
    with district.factory.begin() as session:
        session.add(User(username=username, display_name=display_name, role=Role.CLERK, password_hash="x"))


def shown(entries) -> list[str]:
    return [actor_text(e.actor, e.actor_name) for e in entries]


def test_the_filing_history_names_the_account_now_else_as_recorded(district):
    clock = filing_support.Clock(DAY)
    svc = filing_support.service(district, clock, filing_support.CLERK)  # recorded as 王登记
    app = filing_support.draft(svc, filing_support.add_nursery(district.factory), FilingKind.INITIAL)
    account(district, "clerk", "王小登")  # renamed in 用户管理 since
    assert shown(svc.get(app.id).history) == ["王小登"]
    with district.factory.begin() as session:  # an account that no longer exists: the name recorded then
        session.execute(update(FilingEvent).values(actor="gone"))
    assert shown(svc.get(app.id).history) == ["王登记"]
    cli = filing_support.draft(filing_support.service(district, clock, CLI),
                               filing_support.add_nursery(district.factory, 2), FilingKind.INITIAL)
    assert shown(svc.get(cli.id).history) == ["命令行（操作系统用户 root）"]


def test_the_finding_history_names_the_account_now(district):
    clock = inspections_support.Clock(DAY)
    svc = inspections_support.service(district, clock)  # inspector "insp", recorded as 赵检查
    done = inspections_support.record(svc, inspections_support.start(svc, inspections_support.nursery(district), DAY),
                                      {"XF-02": ItemResult.FAIL})
    account(district, "insp", "赵小检")
    history = svc.finding(done.findings[0].id).history
    assert history and set(shown(history)) == {"赵小检"}
