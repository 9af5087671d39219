"""The window on a server database whose schema is behind the program: a clear message, a clean exit,
the database untouched (the administrator migrates it with `workstation migrate`)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workstation import app
from workstation.db import migrate
from workstation.db.engine import make_engine


def test_an_empty_server_database_is_named_and_left_alone(qapp, request, monkeypatch):
    server = request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql
    name = server.new_name("start")
    url = server.create(name)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, message: shown.append((title, message)))
    try:
        assert app._open(url) is None
        engine = make_engine(url)
        try:
            assert migrate.current_revision(engine) is None
        finally:
            engine.dispose()
    finally:
        server.drop(name)
    [(title, message)] = shown
    assert title == "无法打开数据库"
    assert "请管理员运行 workstation migrate --db postgresql" in message and "程序将退出" in message


def test_in_english_the_message_is_english(qapp, translators, request, monkeypatch):
    from workstation.i18n.translation import install_translator

    server = request.getfixturevalue("pg_server")
    name = server.new_name("start")
    url = server.create(name)
    translators.extend(install_translator(qapp, "en"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, message: shown.append(message))
    try:
        assert app._open(url) is None
    finally:
        server.drop(name)
    assert "The server database is empty: ask the administrator to run workstation migrate --db postgresql" in shown[0]
