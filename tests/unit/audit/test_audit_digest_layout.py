"""The digest's signature line never stands alone on a page: it stays with the last table."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from workstation.exports.audit import write_audit_digest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@dataclass(frozen=True)
class Point:
    seq: int
    value: str
    at: str


@dataclass(frozen=True)
class Digest:
    month: str
    district: str
    rows: int
    by_action: tuple[tuple[str, int], ...]
    by_user: tuple[tuple[str, int], ...]
    first: Point | None
    last: Point | None
    keyed: bool
    checkpoint: Point | None
    made_by: str
    made_at: str


def digest(users: int) -> Digest:
    """Eight actions fill most of page 1; a few users then used to push only the signature over."""
    return Digest("2026-11", "九龙坡区", 999, tuple((f"操作{i}", i) for i in range(8)),
                  tuple((f"user{i:02d}", i + 1) for i in range(users)), Point(1, "a" * 64, "2026-11-01 08:00"),
                  Point(999, "b" * 64, "2026-11-30 18:00"), True, Point(1000, "c" * 64, "2026-12-01 08:00"),
                  "mgr", "2026-12-04 09:00")


def pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("users", range(1, 8))
def test_the_signature_line_stays_on_the_page_of_the_last_table_row(tmp_path, users):
    out = tmp_path / "digest.pdf"
    write_audit_digest(out, digest(users))
    printed = pages(out)
    signed = next(n for n, page in enumerate(printed) if "审核人（签字）" in page)
    last_row = next(n for n, page in enumerate(printed) if f"user{users - 1:02d}" in page)
    assert signed == last_row, f"signature on page {signed + 1}, the last user on page {last_row + 1}"
    assert "按用户统计" in printed[signed]  # the table moved with its heading, not split from it
