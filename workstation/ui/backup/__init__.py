"""备份与恢复: the manual backup dialog and the restore wizard (services/backup.py does the work).

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.backup.backup_dialog import BackupDialog
    from workstation.ui.backup.restore_wizard import RestoreWizard

__all__ = [
    "BackupDialog",
    "RestoreWizard",
]

__getattr__ = lazy_front(__name__, {
    "BackupDialog": "backup_dialog",
    "RestoreWizard": "restore_wizard",
})
