"""A push import's commit keeps the short-term search index itself, without the per-row gram triggers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from test_import_registrations import row, uscc, write_csv

from workstation.services.imports import RegistrationImporter

TODAY = dt.date(2026, 11, 23)
TRIGGERS = ("nursery_gram_au_name", "nursery_gram_au_address", "nursery_gram_au_legal_rep_name")


def grams(factory) -> list[tuple[str, int]]:
    with factory() as session:
        return [tuple(r) for r in session.execute(text("SELECT gram, nursery_id FROM nursery_gram ORDER BY 1, 2"))]


def spy_on_gram_triggers(factory) -> dict[str, str]:
    """Each gram trigger also logs its firing into `fired`; returns the spied triggers' SQL."""
    with factory.begin() as session:
        session.execute(text("CREATE TABLE fired (name TEXT)"))
        spied = {}
        for name in TRIGGERS:
            sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}).scalar_one()
            spied[name] = sql.replace(" BEGIN ", f" BEGIN INSERT INTO fired VALUES ('{name}'); ", 1)
            session.execute(text(f"DROP TRIGGER {name}"))
            session.execute(text(spied[name]))
    return spied


@pytest.mark.sqlite_only("SQLite's short-term index triggers")
def test_commit_writes_the_same_grams_as_the_triggers_without_firing_them(district, actor, tmp_path):
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    assert importer.commit(write_csv(tmp_path / "new.csv", [row(i) for i in range(1, 31)])).committed
    spied = spy_on_gram_triggers(district.factory)
    changes = {i: dict(名称=f"第{i}托育有限公司ABc", 住所=f"重庆市九龙坡区谢家湾街道{i}号附1号",
                       法定代表人=f"新法人{i}") for i in range(1, 21)}
    with district.factory() as session:  # what the triggers write for the same changes, rolled back after
        ids = dict(session.execute(text("SELECT uscc, id FROM nursery")).all())
        for i, values in changes.items():
            session.execute(text("UPDATE nursery SET name = :n, address = :a, legal_rep_name = :p WHERE id = :id"),
                            {"n": values["名称"], "a": values["住所"], "p": values["法定代表人"], "id": ids[uscc(i)]})
        by_triggers = [tuple(r) for r in session.execute(text("SELECT gram, nursery_id FROM nursery_gram ORDER BY 1, 2"))]
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 60  # the spies work
        session.rollback()
    before = grams(district.factory)
    assert "abc" not in {g for g, _ in by_triggers} and ("ab", ids[uscc(1)]) in by_triggers  # folded as LIKE

    report = importer.commit(write_csv(tmp_path / "changed.csv", [row(i, **changes.get(i, {})) for i in range(1, 31)]))

    assert report.committed
    assert grams(district.factory) == by_triggers != before
    with district.factory() as session:
        assert session.execute(text("SELECT count(*) FROM fired")).scalar_one() == 0  # no trigger ran per row
        kept = dict(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    assert {name: kept[name] for name in TRIGGERS} == spied  # back, word for word
    with district.factory.begin() as session:  # and firing again for everyone else's changes
        session.execute(text("UPDATE nursery SET address = address || '乙' WHERE id = :id"), {"id": ids[uscc(25)]})
        assert session.execute(text("SELECT name FROM fired")).scalars().all() == ["nursery_gram_au_address"]
