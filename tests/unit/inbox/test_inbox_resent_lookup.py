"""Receiving a file looks up earlier rows of the same codes through the code index, not a scan of the inbox
(every 500 received rows scanned every item ever received: 1 s per 10,000-row file after three files)."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file
from sqlalchemy import event, text

from workstation.db.attachments import Attachments
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import OrganLevel
from workstation.services.inbox import InboxService


@pytest.mark.sqlite_only("SQLite's query plan")
def test_earlier_rows_of_the_received_codes_are_read_through_the_code_index(district, actor, tmp_path):
    inbox = InboxService(district.factory, actor, Attachments(district.factory), today=lambda: TODAY)
    path, _ = mixed_file(district, tmp_path)
    sent: list[tuple[str, tuple]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if "FROM inbox_item" in statement and "uscc IN" in statement:
            sent.append((statement, parameters))

    event.listen(district.engine, "before_cursor_execute", seen)
    try:
        inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT)
    finally:
        event.remove(district.engine, "before_cursor_execute", seen)

    assert sent  # the look-up of earlier rows ran
    with district.engine.connect() as conn:
        for statement, parameters in sent:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
            assert "ix_inbox_item_uscc" in plan and "SCAN inbox_item" not in plan, plan
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'ix_inbox_item_uscc'")).scalar() == 1
