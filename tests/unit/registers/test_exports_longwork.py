"""Long work: progress, cancelling at any point, failures and storage errors leave no partial file."""

from __future__ import annotations

import pytest
from exports_support import demo_db_fixture  # noqa: F401  (the demo_db fixture)

from workstation.domain.errors import StorageError
from workstation.exports import ExportCancelled, RegisterFilters, export_register
from workstation.exports.common import run as run_module
from workstation.exports.common.files import atomic_output


class Checkpoints:
    """An is_cancelled() that says yes at its `stop_at`-th call (0: never), counting the calls."""

    def __init__(self, stop_at: int = 0) -> None:
        self.stop_at = stop_at
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls == self.stop_at


def export(db, out, fmt, register="nurseries", **kwargs):
    return export_register(db.factory, register, fmt, out, RegisterFilters(), preparer="x", **kwargs)


def checkpoints_of(db, tmp_path, fmt, register="nurseries") -> int:
    counter = Checkpoints()
    export(db, tmp_path / f"probe.{fmt}", fmt, register, is_cancelled=counter)
    (tmp_path / f"probe.{fmt}").unlink()
    return counter.calls


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_cancelling_at_any_checkpoint_leaves_no_file(demo_db, tmp_path, fmt):
    total = checkpoints_of(demo_db, tmp_path, fmt)
    assert total >= 3 if fmt == "xlsx" else total > 10  # before, during and after the rows / every page
    for stop_at in range(1, total + 1):
        with pytest.raises(ExportCancelled, match="已取消导出"):
            export(demo_db, tmp_path / f"c.{fmt}", fmt, is_cancelled=Checkpoints(stop_at))
        assert list(tmp_path.iterdir()) == [], f"left behind when cancelled at checkpoint {stop_at}"


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_cancelling_keeps_the_previous_file_intact(demo_db, tmp_path, fmt):
    out = tmp_path / f"old.{fmt}"
    out.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        export(demo_db, out, fmt, is_cancelled=Checkpoints(2))
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_renderer_failing_midway_leaves_no_file(demo_db, tmp_path, monkeypatch):
    def half_written(path, heading, body, notes, watch):
        path.write_bytes(b"PK\x03\x04 half a workbook")
        next(iter(body))
        raise RuntimeError("disk went away")

    monkeypatch.setitem(run_module.FORMATS, "xlsx", half_written)
    with pytest.raises(RuntimeError, match="disk went away"):
        export(demo_db, tmp_path / "f.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_progress_climbs_to_the_total(demo_db, tmp_path, fmt):
    seen: list[tuple[int, int]] = []
    result = export(demo_db, tmp_path / f"p.{fmt}", fmt, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (300, 300) == (result.rows, result.rows)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert {t for _d, t in seen} == {300}
    if fmt == "pdf":
        assert len(seen) > 10  # page by page


def test_summary_progress_counts_its_rows(demo_db, tmp_path):
    seen: list[tuple[int, int]] = []
    result = export(demo_db, tmp_path / "s.pdf", "pdf", "summary", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (result.rows, result.rows)
    assert result.rows == streets(demo_db) + 1  # the streets and a row for nurseries without one


def streets(db) -> int:
    from sqlalchemy import func, select

    from workstation.db.orm import Street

    with db.factory() as session:
        return session.scalar(select(func.count()).select_from(Street))


def test_missing_folder_is_a_storage_error(demo_db, tmp_path):
    with pytest.raises(StorageError, match="不存在"):
        export(demo_db, tmp_path / "nowhere" / "n.xlsx", "xlsx")


def test_a_folder_as_the_target_is_refused(demo_db, tmp_path):
    with pytest.raises(StorageError, match="是一个文件夹"):
        export(demo_db, tmp_path, "xlsx")


def test_read_only_folder_is_a_storage_error(demo_db, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(StorageError, match="无法"):
        export(demo_db, folder / "n.xlsx", "xlsx")


def test_atomic_output_renames_only_on_success(tmp_path):
    out = tmp_path / "a.txt"
    with atomic_output(out) as temp:
        temp.write_text("complete")
        assert not out.exists() and temp.parent == tmp_path
    assert out.read_text() == "complete" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    with pytest.raises(KeyboardInterrupt), atomic_output(out) as temp:
        temp.write_text("partial")
        raise KeyboardInterrupt
    assert out.read_text() == "complete" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]
