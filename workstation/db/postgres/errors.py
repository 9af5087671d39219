"""PostgreSQL failures in words for people (db/errors.py asks here for psycopg's errors)."""

from __future__ import annotations

LOST = "与数据库服务器的连接已断开（网络中断，或服务器已停止），请检查网络后重试。"
REFUSED = "无法连接数据库服务器（服务器未启动、地址或端口有误，或服务器拒绝了本工作站），请联系系统管理员。"
LOCKED = "其他工作站正在修改同一数据，等待超时，请稍后重试。"
CANCELLED = "数据库操作耗时过长，已被服务器取消，请稍后重试。"
CONFLICT = "其他工作站同时修改了同一数据，请重试。"
FULL = "数据库服务器磁盘空间已满，无法写入，请联系系统管理员。"
DENIED = "数据库服务器拒绝了本账户的访问（权限不足），请联系系统管理员。"
READ_ONLY = "数据库服务器当前只读（可能正在维护或为备用服务器），无法保存。"

# SQLSTATE -> message (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BY_STATE = {
    "55P03": LOCKED,  # lock_not_available (lock_timeout)
    "57014": CANCELLED,  # query_canceled (statement_timeout)
    "40001": CONFLICT,  # serialization_failure
    "40P01": CONFLICT,  # deadlock_detected
    "53100": FULL,  # disk_full
    "42501": DENIED,  # insufficient_privilege
    "25006": READ_ONLY,  # read_only_sql_transaction
    "57P01": LOST,  # admin_shutdown
    "57P02": LOST,  # crash_shutdown
    "57P03": REFUSED,  # cannot_connect_now
    "25P03": LOST,  # idle_in_transaction_session_timeout
    "28000": REFUSED,  # invalid_authorization_specification
    "28P01": REFUSED,  # invalid_password
    "3D000": REFUSED,  # invalid_catalog_name: no such database
}


def message(exc: BaseException) -> str | None:
    """The message for a psycopg error, or None when it is not a storage failure (e.g. a constraint)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the driver is installed with the program
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    state = getattr(exc, "sqlstate", None) or ""
    if state in _BY_STATE:
        return _BY_STATE[state]
    if state.startswith("08"):  # connection exception
        return LOST
    if isinstance(exc, psycopg.OperationalError):
        # No SQLSTATE: the connection never opened, or broke under the statement
        text = str(exc).lower()
        if "connection refused" in text or "could not connect" in text or "failed to resolve" in text \
                or "connection failed" in text:
            return REFUSED
        return LOST
    return None


def raise_without_row_values(context) -> None:
    """`handle_error` listener part: the same error without the server's DETAIL line, then raised.

    PostgreSQL's DETAIL of a constraint failure quotes the row or key ("Failing row contains (…,
    500107199003071234, …)"): ID and phone numbers that hide_parameters keeps out of every error text
    would reach the crash dialog and the log through it. Nothing to do when there is no DETAIL.
    """
    orig = context.original_exception
    wrapped = context.sqlalchemy_exception
    detail = getattr(getattr(orig, "diag", None), "message_detail", None)
    if not detail or wrapped is None:
        return
    orig.args = (str(orig).split("\n", 1)[0],)  # also what the traceback's "direct cause" shows
    raise type(wrapped)(wrapped.statement, wrapped.params, orig, hide_parameters=True,
                        connection_invalidated=wrapped.connection_invalidated)
