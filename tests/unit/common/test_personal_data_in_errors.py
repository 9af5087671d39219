"""After a database error the SQL parameters (ID and phone numbers) are in no error text, log or dialog."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

ID_NUMBER, PHONE = "500107199003071234", "13900139000"


def test_a_failed_statement_names_no_parameter_in_its_message_nor_in_the_log(database, tmp_path, monkeypatch):
    from workstation import logs

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    with pytest.raises(SQLAlchemyError) as info, database.engine.begin() as conn:
        conn.execute(text("INSERT INTO nursery (legal_rep_id_no, phone) VALUES (:id_no, :phone)"),
                     {"id_no": ID_NUMBER, "phone": PHONE})
    shown = f"{type(info.value).__name__}: {info.value}"  # what the crash dialog and the CLI print
    assert "INSERT INTO nursery" in shown  # the statement is still there to diagnose
    assert ID_NUMBER not in shown and PHONE not in shown
    log = logs.log_exception(info.value)
    written = log.read_text(encoding="utf-8")
    assert "INSERT INTO nursery" in written
    assert ID_NUMBER not in written and PHONE not in written
