"""A server database that cannot be opened is named without the password its URL carries."""

from __future__ import annotations

import pytest

from workstation.db.session import open_database
from workstation.domain.errors import StorageError


def test_cannot_open_names_the_url_without_its_password():
    # An option the driver refuses: the error comes before any connection (no server needed)
    with pytest.raises(StorageError) as refused:
        open_database("postgresql+psycopg://ws:Secret-pw-2026@127.0.0.1:1/district?no_such_option=1")
    message = refused.value.message
    assert message.startswith("无法打开数据库“postgresql+psycopg://ws@127.0.0.1:1/district?no_such_option=1”"), message
    assert "Secret-pw-2026" not in message
