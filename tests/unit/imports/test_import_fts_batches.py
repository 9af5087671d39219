"""A push import's commit keeps the FTS search index with one executemany, not a trigger per row."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from sqlalchemy import event, text
from test_import_registrations import row, uscc, write_csv

from workstation.services.imports import RegistrationImporter

TODAY = dt.date(2026, 11, 23)
TRIGGER = "nursery_fts_au"
TERMS = ("杨家坪街道1号", "谢家湾街道", "附1号", "新法人1", "法人2", "第1托育", "托育有限公司ABc", "abc", "MA0000")


def matches(session) -> dict[str, list[int]]:
    """Each term's matching rowids in the FTS index, and the index checked against its content table."""
    session.execute(text("INSERT INTO nursery_fts(nursery_fts, rank) VALUES ('integrity-check', 1)"))
    return {term: session.execute(text("SELECT rowid FROM nursery_fts WHERE nursery_fts MATCH :q ORDER BY rowid"),
                                  {"q": f'"{term}"'}).scalars().all() for term in TERMS}


def spy_on_fts_trigger(factory) -> str:
    """The trigger also logs each firing into `fired`; returns its spied SQL."""
    with factory.begin() as session:
        session.execute(text("CREATE TABLE fired (name TEXT)"))
        sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": TRIGGER}).scalar_one()
        spied = sql.replace(" BEGIN ", f" BEGIN INSERT INTO fired VALUES ('{TRIGGER}'); ", 1)
        session.execute(text(f"DROP TRIGGER {TRIGGER}"))
        session.execute(text(spied))
    return spied


def changes() -> dict[int, dict[str, str]]:
    return {i: dict(名称=f"第{i}托育有限公司ABc", 住所=f"重庆市九龙坡区谢家湾街道{i}号附1号", 法定代表人=f"新法人{i}")
            for i in range(1, 21)}


@pytest.mark.sqlite_only("SQLite's FTS5 index and its trigger")
def test_commit_updates_the_fts_index_in_one_statement_with_the_triggers_results(district, actor, tmp_path):
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(i) for i in range(1, 31)])).committed
    spied = spy_on_fts_trigger(district.factory)
    with district.factory() as session:  # what the trigger leaves for the same changes, rolled back after
        ids = dict(session.execute(text("SELECT uscc, id FROM nursery")).all())
        for i, values in changes().items():
            session.execute(text("UPDATE nursery SET name = :n, address = :a, legal_rep_name = :p WHERE id = :id"),
                            {"n": values["名称"], "a": values["住所"], "p": values["法定代表人"], "id": ids[uscc(i)]})
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 20  # the spy works
        by_trigger = matches(session)
        session.rollback()
    with district.factory() as session:
        before = matches(session)
    assert by_trigger != before and by_trigger["附1号"] == sorted(ids[uscc(i)] for i in range(1, 21))
    statements: list[tuple[str, object]] = []
    seen = lambda *args: statements.append((args[2], args[3]))  # noqa: E731
    event.listen(district.engine, "before_cursor_execute", seen)

    report = importer.commit(write_csv(tmp_path / "changed.csv", [row(i, **changes().get(i, {})) for i in range(1, 31)]))

    event.remove(district.engine, "before_cursor_execute", seen)

    assert report.committed and report.updated - report.unchanged == 20
    with district.factory() as session:
        assert matches(session) == by_trigger
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 0  # not once per row
        assert session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": TRIGGER}).scalar() == spied
    fts_writes = [(s, p) for s, p in statements if s.startswith("INSERT INTO nursery_fts")]
    assert len(fts_writes) == 1  # old values out, new values in, row after row in id order: one executemany
    sent = fts_writes[0][1]
    assert [(kind, rowid) for kind, rowid, *_ in sent] == [
        (kind, rowid) for rowid in sorted(ids[uscc(i)] for i in range(1, 21)) for kind in ("delete", None)]
    with district.factory.begin() as session:  # and the trigger fires again for everyone else's changes
        session.execute(text("UPDATE nursery SET address = address || '乙' WHERE id = :id"), {"id": ids[uscc(25)]})
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 1


@pytest.mark.sqlite_only("SQLite's FTS5 index and its trigger")
def test_a_commit_refused_midway_leaves_the_fts_index_and_trigger_as_they_were(district, actor, tmp_path):
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(i) for i in range(1, 11)])).committed
    with district.factory() as session:
        before = matches(session)
        trigger = session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": TRIGGER}).scalar()
    path = write_csv(tmp_path / "changed.csv", [row(i, **changes().get(i, {})) for i in range(1, 11)])
    importer.dry_run(path)
    with district.factory.begin() as session:  # a change the audit trail does not see: only the version check does
        session.execute(text("UPDATE nursery SET version = version + 1 WHERE uscc = :u"), {"u": uscc(7)})

    with pytest.raises(Exception, match="被其他用户修改"):
        importer.commit(path)

    assert gc.get_freeze_count() == 0  # the objects frozen for the write are thawed on the way out

    with district.factory() as session:
        assert matches(session) == before
        assert session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": TRIGGER}).scalar() == trigger
