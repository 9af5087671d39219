"""Starting on a server database: the password is asked for (never taken from the command line)
and the window shows the database without it."""

from __future__ import annotations

import os

import pytest

from workstation.ui.common import server_password
from workstation.ui.common.server_password import ask_password, needs_password

URL = "postgresql+psycopg://clerk@db.example/district"


@pytest.fixture
def no_password(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))


def test_a_server_url_without_any_password_asks_for_one_and_keeps_it_in_the_environment(no_password, monkeypatch):
    asked = []

    def get_text(_parent, title, label, mode):
        asked.append((title, label, mode))
        return "typed secret", True

    monkeypatch.setattr(server_password.QInputDialog, "getText", get_text)
    assert ask_password(URL)
    assert asked[0][:2] == ("连接服务器数据库", "服务器数据库 postgresql+psycopg://clerk@db.example/district 的密码：")
    assert asked[0][2] == server_password.QLineEdit.EchoMode.Password
    assert os.environ["PGPASSWORD"] == "typed secret" and not needs_password(URL)


def test_cancelling_the_password_ends_the_start(no_password, monkeypatch):
    monkeypatch.setattr(server_password.QInputDialog, "getText", lambda *_a: ("", False))
    assert not ask_password(URL) and "PGPASSWORD" not in os.environ


def test_a_password_file_a_file_database_or_a_password_in_the_url_ask_nothing(no_password, tmp_path, monkeypatch):
    assert not needs_password(str(tmp_path / "district.db"))
    assert not needs_password("postgresql+psycopg://clerk:pw@db.example/district")
    (tmp_path / "pgpass").write_text("db.example:5432:district:clerk:pw\n")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert not needs_password(URL)


def test_the_status_bar_names_a_server_database_without_its_password(qtbot, district, actor):
    from workstation.services.district import DistrictService
    from workstation.services.home import HomeService
    from workstation.ui.main_window import MainWindow

    window = MainWindow(HomeService(district.factory), DistrictService(district.factory, actor).get(), actor,
                        "postgresql+psycopg://clerk:s3cret@db.example/district")
    qtbot.addWidget(window)
    assert window.db_label.text() == "数据库：postgresql+psycopg://clerk@db.example/district"
