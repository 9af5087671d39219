"""What a database location is: a SQLite file or a server URL, and how to show it (kept light: the
window's status bar and the start path use it before anything heavier is loaded)."""

from __future__ import annotations

from pathlib import Path


def is_server(location: str | Path) -> bool:
    """True for a URL of a server database (anything but a SQLite file or sqlite:// URL)."""
    text = str(location)
    return "://" in text and not text.startswith("sqlite")


def safe_location(location: str | Path) -> str:
    """The URL without its password, for manifests, logs and messages."""
    if not is_server(location):
        return str(location)
    if _plain_without_password(str(location)):  # as SQLAlchemy renders it, without loading it at start-up
        return str(location)
    from sqlalchemy.engine import URL, make_url

    url = make_url(str(location))
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query).render_as_string(hide_password=False)


def _plain_without_password(url: str) -> bool:
    """A URL with no password, no query and nothing escaped: shown as it is."""
    netloc = url.partition("://")[2].partition("/")[0]
    return ":" not in netloc.rpartition("@")[0] and not any(c in url for c in "?%[]")
