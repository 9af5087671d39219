"""A push import's new nurseries enter both search indexes per batch, as their insert triggers would add them."""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text
from test_import_registrations import row, write_csv

from workstation.db.sqlite import search_inserts
from workstation.services.imports import RegistrationImporter, registrations

TODAY = dt.date(2026, 11, 23)
TRIGGERS = ("nursery_fts_ai", "nursery_gram_ai")
STREETS = ("500107", "九龙坡区", [("500107001", "杨家坪街道"), ("500107002", "谢家湾街道")])  # as the district fixture
TERMS = ("第1托育", "托育有限公司", "杨家坪街道1", "法人2", "MA0000", "ma0000", "附b座")


def indexes(session) -> tuple[list[tuple[str, int]], dict[str, list[int]]]:
    """The gram table, each term's FTS matches (the FTS index checked against its content first)."""
    session.execute(text("INSERT INTO nursery_fts(nursery_fts, rank) VALUES ('integrity-check', 1)"))
    grams = [tuple(r) for r in session.execute(text("SELECT gram, nursery_id FROM nursery_gram ORDER BY 1, 2"))]
    fts = {term: session.execute(text("SELECT rowid FROM nursery_fts WHERE nursery_fts MATCH :q ORDER BY rowid"),
                                 {"q": f'"{term}"'}).scalars().all() for term in TERMS}
    return grams, fts


def spy_on_insert_triggers(factory) -> dict[str, str]:
    with factory.begin() as session:
        session.execute(text("CREATE TABLE fired (name TEXT)"))
        spied = {}
        for name in TRIGGERS:
            sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}).scalar_one()
            spied[name] = sql.replace(" BEGIN ", f" BEGIN INSERT INTO fired VALUES ('{name}'); ", 1)
            session.execute(text(f"DROP TRIGGER {name}"))
            session.execute(text(spied[name]))
    return spied


def triggers(session) -> dict[str, str]:
    return dict(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())


@contextmanager
def left_to_the_triggers(session):
    yield lambda ids: None


def imported_by_triggers(template, tmp_path, actor, monkeypatch, paths) -> tuple:
    """The indexes of another district given the same files with the insert triggers left in place."""
    from workstation.db.session import open_database
    from workstation.services.district.service import DistrictService

    shutil.copyfile(template, tmp_path / "reference.db")
    db = open_database(tmp_path / "reference.db")
    try:
        DistrictService(db.factory, actor).initialize(*STREETS, resident_population=1_200_000)
        with monkeypatch.context() as patched:
            patched.setattr(registrations, "new_rows_indexed_by_caller", left_to_the_triggers)
            for path in paths:
                assert RegistrationImporter(db.factory, actor, today=lambda: TODAY).commit(path).committed
        with db.factory() as session:
            return indexes(session)
    finally:
        db.close()


@pytest.mark.sqlite_only("SQLite's FTS5 and short-term index triggers")
def test_new_nurseries_are_indexed_per_batch_as_the_insert_triggers_would(
        district, actor, tmp_path, monkeypatch, migrated_template):
    first = write_csv(tmp_path / "first.csv", [row(i) for i in range(1, 4)])
    path = write_csv(tmp_path / "new.csv", [row(i, 名称=f"第{i}托育有限公司ABc", 住所=f"重庆市九龙坡区杨家坪街道{i}号附Ｂ座")
                                           for i in range(4, 25)])
    by_triggers = imported_by_triggers(migrated_template, tmp_path, actor, monkeypatch, [first, path])
    assert len(by_triggers[1]["附b座"]) == 21 and by_triggers[0]  # Ｂ made half-width by the import, case folded by FTS
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(first).committed
    spied = spy_on_insert_triggers(district.factory)
    monkeypatch.setattr(search_inserts, "CHUNK", 8)  # 21 new rows: three batches
    statements: list[str] = []
    seen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(district.engine, "before_cursor_execute", seen)

    report = importer.commit(path)

    event.remove(district.engine, "before_cursor_execute", seen)
    assert report.committed and report.accepted == 21
    with district.factory() as session:
        assert indexes(session) == by_triggers
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 0  # no trigger ran per row
        assert {name: triggers(session)[name] for name in TRIGGERS} == spied  # back, word for word
    assert len([s for s in statements if s.startswith("INSERT INTO nursery_fts")]) == 3
    assert len([s for s in statements if s.startswith("INSERT OR IGNORE INTO nursery_gram")]) == 3
    monkeypatch.setattr(registrations, "new_rows_indexed_by_caller", left_to_the_triggers)
    assert importer.commit(write_csv(tmp_path / "one.csv", [row(30)])).committed  # a write that leaves it to them
    with district.factory() as session:
        assert sorted(session.execute(text("SELECT name FROM fired")).scalars()) == sorted(TRIGGERS)  # they fire again
