"""系统设置 → 备份与恢复 reads the automatic backups folder when the tab is shown, not only when the
page was built (the start's backup runs in the background and often ends after the first visit)."""

from __future__ import annotations

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor

ADMIN = Actor("admin", "管理员", "ADMIN")


def test_the_backup_tab_lists_a_backup_made_after_the_page_was_built(qtbot, district):
    window = build_main_window(district, ADMIN)
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    window.show_area("settings")
    page = window.page("settings")
    folder = page._services.backups_dir()
    assert "还没有自动备份" in page.ui.backupInfo.text()

    folder.mkdir(parents=True, exist_ok=True)  # the start's backup finishes while 我的账户 is shown
    (folder / "auto-20261204-090000.wsbackup").write_bytes(b"backup")
    page.ui.tabs.setCurrentWidget(page.ui.backupTab)

    text = page.ui.backupInfo.text()
    assert "还没有自动备份" not in text
    assert "共 1 份自动备份，最近一次：2026-12-04 09:00" in text
