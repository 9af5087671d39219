"""Shared fixtures. Qt runs offscreen unless CI chooses another platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from pathlib import Path

# Helpers shared across areas (tests/support/*_support.py) are imported by bare name.
sys.path.insert(0, str(Path(__file__).parent / "support"))

import pytest
from test_engines import ON_POSTGRES, start_server, stop_server


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; skipped when WS_TEST_DB=postgresql"
    )
    config.addinivalue_line(
        "markers", "postgres_gap(reason): a known product gap on PostgreSQL (issue #20), expected to fail there"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            why = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        gap = item.get_closest_marker("postgres_gap")
        if gap is not None:  # listed in the session note; it must not hide a regression on SQLite
            why = gap.args[0] if gap.args else gap.kwargs.get("reason", "")
            item.add_marker(pytest.mark.xfail(reason=f"known gap on PostgreSQL (#20): {why}", strict=False))


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server the fixtures create databases on (WS_TEST_DB=postgresql only)."""
    if not ON_POSTGRES:
        pytest.skip("needs WS_TEST_DB=postgresql")
    if os.environ.get("PYTEST_XDIST_WORKER") and not os.environ.get("WS_TEST_PG_URL"):
        pytest.fail("with several workers, start the cluster first (scripts/pg_throwaway.sh) and set WS_TEST_PG_URL")
    server = start_server()
    yield server
    stop_server(server)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep logs and default databases out of the developer's real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(autouse=True)
def _thawed_after_each_test():
    """A window a test does not release leaves its start frozen out of the cycle collector
    (ui/idle_warmup.freeze_the_start): thawed, as a new process would start."""
    yield
    import gc

    gc.unfreeze()


def seal_sqlite(db) -> None:
    """Fold the WAL into the main file and close every connection: the file alone is then complete."""
    with db.engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    db.close()
    path = Path(db.location)
    wal = path.with_name(path.name + "-wal")
    assert busy == 0 and (not wal.exists() or wal.stat().st_size == 0), f"{path}: WAL not checkpointed"


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy a sealed database file (the main file only: no -wal/-shm) to `target`."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    """An empty database migrated to head once per session; `database` hands out copies of it.

    A file path on SQLite; on PostgreSQL the name of a template database on `pg_server`.
    (tests/db/test_migrations.py and tests that open a new path themselves still migrate from empty.)
    """
    from workstation.db.session import open_database

    if ON_POSTGRES:
        server = request.getfixturevalue("pg_server")
        name = server.new_name("tmpl")
        open_database(server.create(name), migrate_server=True).close()
        return name
    path = tmp_path_factory.mktemp("template") / "template.db"
    seal_sqlite(open_database(path))
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def database(db_path: Path, migrated_template, request: pytest.FixtureRequest):
    """A migrated, empty database (a copy of the session's template, opened as usual)."""
    from workstation.db.session import open_database

    if ON_POSTGRES:
        server = request.getfixturevalue("pg_server")
        name = server.new_name()
        db = open_database(server.create(name, template=migrated_template))
        yield db
        db.close()
        server.drop(name)
        return
    if not db_path.exists():
        copy_sqlite(migrated_template, db_path)
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory, migrated_template, request: pytest.FixtureRequest):
    """`demo_database(path, count, seed, today, actor)`: a demo district at `path`, opened.

    Each distinct demo is generated once per session (in a copy of the migrated template) and
    every caller gets its own copy of that file, so writes stay with the caller. The key leaves out
    the actor's display name: the generator stores only the username and role (checked: a demo made
    as Actor("tester") and one made as Actor("tester", "测试员", "SYSTEM") differ only in the random
    uuids that differ between any two runs). On PostgreSQL `path` is ignored: each caller gets a new
    database made from the demo's template database (dropped with the session's databases).
    """
    from workstation.db.session import open_database
    from workstation.demo import DemoService

    made: dict[tuple, object] = {}
    server = request.getfixturevalue("pg_server") if ON_POSTGRES else None

    def make(path: Path, count: int, seed: int, today, actor):
        key = (count, seed, today, actor.username, actor.role)
        if key not in made:
            if server is not None:
                source = server.new_name("demo")
                db = open_database(server.create(source, template=migrated_template))
                DemoService(db.factory, actor, today=today).generate(count, seed=seed)
                db.close()
            else:
                source = tmp_path_factory.mktemp("demo-template") / "demo.db"
                copy_sqlite(migrated_template, source)
                db = open_database(source)
                DemoService(db.factory, actor, today=today).generate(count, seed=seed)
                seal_sqlite(db)
            made[key] = source
        if server is not None:
            return open_database(server.create(server.new_name(), template=made[key]))
        return open_database(copy_sqlite(made[key], path))

    return make


@pytest.fixture
def actor():
    from workstation.services.common.context import Actor

    return Actor(username="tester", display_name="测试员", role="SYSTEM")


@pytest.fixture
def district(database, actor):
    """A database with a small district set up."""
    from workstation.services.district.service import DistrictService

    DistrictService(database.factory, actor).initialize(
        "500107", "九龙坡区", [("500107001", "杨家坪街道"), ("500107002", "谢家湾街道")], resident_population=1_200_000
    )
    return database
