"""A server URL shown without its password (status bar, manifests, messages): the plain ones without
loading SQLAlchemy at start-up, and always as SQLAlchemy renders them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy.engine import URL, make_url

from workstation.db.locations import safe_location


def rendered(location: str) -> str:
    url = make_url(location)
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query).render_as_string(hide_password=False)


@pytest.mark.parametrize("location", [
    "postgresql+psycopg://postgres@127.0.0.1:55440/bench100k",
    "postgresql://ws@db.office.local/district",
    "postgresql+psycopg://ws:Secret-pw-2026@127.0.0.1:5432/district",
    "postgresql+psycopg://ws:p%40ss@127.0.0.1/district?sslmode=require",
    "postgresql+psycopg://127.0.0.1/district",
])
def test_a_server_url_is_shown_as_sqlalchemy_renders_it_without_its_password(location):
    assert safe_location(location) == rendered(location)
    assert "Secret" not in safe_location(location) and "p%40ss" not in safe_location(location)


def test_a_plain_server_url_is_shown_without_loading_sqlalchemy():
    code = ("import sys\nfrom workstation.db.locations import safe_location\n"
            "print(safe_location('postgresql+psycopg://ws@127.0.0.1:5432/district'), 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["postgresql+psycopg://ws@127.0.0.1:5432/district", "False"]
