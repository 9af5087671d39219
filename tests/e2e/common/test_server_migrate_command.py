"""A server database is migrated only on an administrator's command (`workstation migrate`); a desk
meeting an older (or empty) schema stops with a message naming the command and changes nothing. A
database file still migrates when opened (one desk)."""

from __future__ import annotations

import pytest
from cli_support import PASSWORD, add_accounts, cli
from sqlalchemy import text

from workstation.db import migrate
from workstation.db.engine import make_engine
from workstation.db.schema_version import HEAD
from workstation.db.server_dump import safe_location
from workstation.db.server_schema import ServerSchemaBehind
from workstation.db.session import open_database


def _previous() -> str:
    """HEAD's down_revision: a server left behind by the last upgrade."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(migrate._alembic_config()).get_revision(HEAD).down_revision


PREVIOUS = _previous()


def _revision_and_tables(url: str) -> tuple[str | None, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text("SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema()")).scalar()
        return migrate.current_revision(engine), tables
    finally:
        engine.dispose()


def _step_back(url: str, to: str = PREVIOUS) -> None:
    from alembic import command

    engine = make_engine(url)
    config = migrate._alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, to)
    finally:
        engine.dispose()


@pytest.fixture
def server_url(request):
    server = request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql
    name = server.new_name("mig")
    yield server.create(name)
    server.drop(name)


def test_a_desk_does_not_migrate_an_empty_server_database_the_command_does(server_url, tmp_path):
    with pytest.raises(ServerSchemaBehind, match="服务器数据库是空的，请管理员运行 workstation migrate --db postgresql"):
        open_database(server_url)
    assert _revision_and_tables(server_url) == (None, 0)

    done = cli("migrate", "--db", server_url, env_home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "users create-admin" in done.stdout
    assert _revision_and_tables(server_url)[0] == HEAD
    open_database(server_url).close()


def test_an_older_server_schema_is_upgraded_by_an_administrator_only(server_url, tmp_path):
    open_database(server_url, migrate_server=True).close()
    add_accounts(server_url)
    _step_back(server_url)

    with pytest.raises(ServerSchemaBehind) as refused:
        open_database(server_url)
    where = safe_location(server_url)
    assert refused.value.message == f"服务器数据库需要升级，请系统管理员用自己的账号运行 workstation migrate --db {where} --user 用户名"
    assert _revision_and_tables(server_url)[0] == PREVIOUS

    clerk = cli("migrate", "--db", server_url, env_home=tmp_path, user="clerk")
    assert clerk.returncode != 0 and "只有系统管理员" in clerk.stderr, clerk.stderr
    wrong = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin", password=PASSWORD + "x")
    assert wrong.returncode != 0 and "密码错误" in wrong.stderr, wrong.stderr
    assert _revision_and_tables(server_url)[0] == PREVIOUS

    admin = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin")
    assert admin.returncode == 0, admin.stderr
    assert f"从 {PREVIOUS} 升级到 {HEAD}" in admin.stdout
    db = open_database(server_url)
    try:
        with db.factory() as session:
            actor, details = session.execute(text(
                "SELECT actor, details FROM audit_log WHERE action = 'migrate_schema'")).one()
    finally:
        db.close()
    assert actor == "admin" and PREVIOUS in details and HEAD in details


def test_a_database_file_still_migrates_when_opened(tmp_path):
    path = tmp_path / "d.db"
    open_database(path).close()
    _step_back(str(path))
    db = open_database(path)
    try:
        assert db.revision == HEAD and migrate.current_revision(db.engine) == HEAD
    finally:
        db.close()


def test_the_command_refuses_a_database_file(tmp_path):
    path = tmp_path / "d.db"
    open_database(path).close()
    done = cli("--db", str(path), "migrate", env_home=tmp_path)
    assert done.returncode != 0 and "只用于服务器数据库" in done.stderr


def test_wrong_passwords_at_migrate_count_toward_the_lockout_like_any_sign_in(server_url, tmp_path):
    open_database(server_url, migrate_server=True).close()
    add_accounts(server_url)
    _step_back(server_url)
    for _ in range(5):
        wrong = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin", password=PASSWORD + "x")
        assert wrong.returncode != 0 and "密码错误" in wrong.stderr and "未作任何改动" in wrong.stderr, wrong.stderr
    locked = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin")  # the right password, too late
    assert locked.returncode != 0 and "已被锁定" in locked.stderr, locked.stderr
    assert _revision_and_tables(server_url)[0] == PREVIOUS
    engine = make_engine(server_url)
    try:
        with engine.connect() as conn:
            failed = conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'login_failed'")).scalar()
            until = conn.execute(text("SELECT locked_until FROM user_account WHERE username = 'admin'")).scalar()
    finally:
        engine.dispose()
    assert failed == 5 + 1 and until is not None  # each wrong password, and the refusal while locked


BEFORE_KEYED_AUDIT = "20261204_0021"  # the account and audit tables before 20261204_0023 added columns


def test_wrong_passwords_at_migrate_count_on_an_older_account_schema_too(server_url, tmp_path):
    """Before 0023 the program cannot chain an audit row into that trail: the wrong passwords are counted
    on the account row (and lock it), and audited at the upgrade."""
    open_database(server_url, migrate_server=True).close()
    add_accounts(server_url)
    _step_back(server_url, BEFORE_KEYED_AUDIT)
    for _ in range(5):
        wrong = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin", password=PASSWORD + "x")
        assert wrong.returncode != 0 and "密码错误" in wrong.stderr and "未作任何改动" in wrong.stderr, wrong.stderr
    locked = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin")  # the right password, too late
    assert locked.returncode != 0 and "已被锁定" in locked.stderr, locked.stderr
    assert _revision_and_tables(server_url)[0] == BEFORE_KEYED_AUDIT

    engine = make_engine(server_url)
    try:
        with engine.begin() as conn:  # the lock has run out
            conn.execute(text("UPDATE user_account SET locked_until = now() - interval '1 minute' "
                              "WHERE username = 'admin'"))
    finally:
        engine.dispose()
    admin = cli("migrate", "--db", server_url, env_home=tmp_path, user="admin")
    assert admin.returncode == 0, admin.stderr
    db = open_database(server_url)
    try:
        with db.factory() as session:
            failed = session.execute(text("SELECT details FROM audit_log WHERE action = 'login_failed'")).scalars().all()
            until = session.execute(text("SELECT locked_until FROM user_account WHERE username = 'admin'")).scalar()
    finally:
        db.close()
    assert len(failed) == 1 and "before_upgrade" in failed[0] and until is None
