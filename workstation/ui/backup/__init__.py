"""备份与恢复: the manual backup dialog and the restore wizard (services/backup.py does the work)."""

from __future__ import annotations

from .backup_dialog import BackupDialog
from .restore_wizard import RestoreWizard

__all__ = ["BackupDialog", "RestoreWizard"]
