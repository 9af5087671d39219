"""Shared fixtures. Qt runs offscreen unless CI chooses another platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep logs and default databases out of the developer's real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def database(db_path: Path):
    """A migrated, empty database."""
    from workstation.db.session import open_database

    db = open_database(db_path)
    yield db
    db.close()


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
