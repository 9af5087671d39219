"""The server's start-up reader on the standard library (db/postgres/wire.py): the same answers as
psycopg's, psycopg when a connection or an answer needs it, one reconnect after a dropped connection,
and sign-ins checked against the published SCRAM example."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from decimal import Decimal

import pytest

from workstation.db.postgres import wire
from workstation.db.postgres.reader import ServerReader, conninfo

ODD_TEXT = "O'Brien \\ 托育?"


@pytest.fixture
def server_url(district, request):
    request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql
    return district.location


def psycopg_rows(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    reader = ServerReader(url)
    reader._conn.close()
    reader._wire, reader._conn = False, reader._connect_psycopg()
    try:
        return reader.rows(sql, params)
    finally:
        reader.close()


def test_the_reader_answers_as_psycopg_did_without_importing_it(server_url):
    sql = ("SELECT sum(x), count(*), avg(x), 1.5::numeric, 'x'::text, 'ab'::varchar, DATE '2026-12-05',"
           " TIMESTAMP '2026-12-05 08:30:00', true, NULL, '{\"a\": [1]}'::jsonb, 2.5::float8, ?, ?, ?, ?, ?, ?,"
           " x - ? FROM (VALUES (1), (2)) AS t(x) WHERE ? < DATE '2027-01-01' GROUP BY x ORDER BY x")
    params = (ODD_TEXT, -3, 7, None, True, 0.25, -1, dt.date(2026, 12, 5))
    reader = ServerReader(server_url)
    try:
        assert isinstance(reader._conn, wire.WireConnection)
        got = reader.rows(sql, params)
    finally:
        reader.close()
    assert got == psycopg_rows(server_url, sql, params)
    assert got[0][:4] == (1, 1, Decimal("1.0000000000000000"), Decimal("1.5"))
    assert got[0][6:8] == ("2026-12-05", "2026-12-05 08:30:00")  # dates as sqlite3 gives them
    assert got[0][12] == ODD_TEXT and got[0][-1] == 2


def test_an_answer_it_does_not_read_is_read_by_psycopg(server_url):
    reader = ServerReader(server_url)
    try:
        assert reader.rows("SELECT INTERVAL '1 day'") == [(dt.timedelta(days=1),)]
        assert reader.rows("SELECT 1") == [(1,)]
    finally:
        reader.close()


def test_a_connection_the_server_dropped_is_opened_again(server_url):
    reader, other = ServerReader(server_url), ServerReader(server_url)
    try:
        pid = reader.rows("SELECT pg_backend_pid()")[0][0]
        assert other.rows("SELECT pg_terminate_backend(?)", (pid,)) == [(True,)]
        assert reader.rows("SELECT pg_backend_pid() <> ?", (pid,)) == [(True,)]
    finally:
        reader.close()
        other.close()


def test_a_server_error_is_raised_and_the_connection_stays_usable(server_url):
    connection = wire.WireConnection(conninfo(server_url))
    try:
        with pytest.raises(wire.ServerError) as raised:
            connection.rows("SELECT no_such_column")
        assert raised.value.sqlstate == "42703"
        assert connection.rows("SELECT ?::text", ("ok",)) == [("ok",)]
    finally:
        connection.close()


def one_answer_server(answer: bytes) -> int:
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        peer, _ = listener.accept()
        peer.recv(8)
        peer.sendall(answer)
        peer.close()
        listener.close()

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


def test_a_server_offering_tls_is_left_to_psycopg():
    port = one_answer_server(b"S")
    with pytest.raises(wire.Unsupported):
        wire.WireConnection(f"postgresql://desk@127.0.0.1:{port}/district")


@pytest.mark.parametrize("url, environment", [
    ("postgresql://desk@db.example/district?sslmode=require", {}),
    ("postgresql://desk@db.example/district?sslmode=verify-full", {}),
    ("postgresql://desk@db.example/district", {"PGSSLMODE": "require"}),
    ("postgresql://desk@a.example,b.example/district", {}),
    ("postgresql:///district", {}),
])
def test_settings_only_libpq_follows_are_left_to_psycopg(monkeypatch, url, environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(wire.Unsupported):
        wire.WireConnection(url)


def test_the_password_file_is_read_as_libpq_reads_it(monkeypatch, tmp_path):
    file = tmp_path / "pgpass"
    file.write_text("# a comment\nother:5432:*:desk:wrong\ndb.example:5432:*:desk:pa\\:ss\\\\1\n*:*:*:*:last\n")
    file.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(file))
    assert wire._pgpass("db.example", 5432, "district", "desk") == "pa:ss\\1"
    assert wire._pgpass("elsewhere", 5433, "district", "clerk") == "last"
    file.chmod(0o644)  # readable by others: libpq ignores it
    assert wire._pgpass("db.example", 5432, "district", "desk") is None


def test_scram_sha_256_follows_the_rfc_7677_example():
    scram = wire._Scram("pencil", user="user", nonce="rOprNGfwEbeRWgbNEkqO")
    assert scram.first() == "n,,n=user,r=rOprNGfwEbeRWgbNEkqO"
    server_first = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
    assert scram.final(server_first) == ("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                         "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    scram.verify("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
    with pytest.raises(ConnectionError):
        scram.verify("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
