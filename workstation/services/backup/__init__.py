"""Backups: online backup with a checksum manifest, verified restore, automatic rotation.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.backup.bundle import SUFFIX
    from workstation.services.backup.encryption import EncryptionResult, encrypt_database
    from workstation.services.backup.recovery import restore_with_recovery
    from workstation.services.backup.rotation import (
        automatic_backups,
        backups_folder,
        forced_on_exit,
        run_automatic,
    )
    from workstation.services.backup.service import (
        BackupInvalid,
        BackupResult,
        RestoreResult,
        VerifiedBackup,
        backup,
        default_file_name,
        restore,
        verify,
    )
    from workstation.services.backup.to_server import ServerMigration, migrate_to_server

__all__ = [
    "BackupInvalid",
    "BackupResult",
    "EncryptionResult",
    "RestoreResult",
    "SUFFIX",
    "ServerMigration",
    "VerifiedBackup",
    "automatic_backups",
    "backup",
    "backups_folder",
    "default_file_name",
    "encrypt_database",
    "migrate_to_server",
    "restore",
    "restore_with_recovery",
    "forced_on_exit",
    "run_automatic",
    "verify",
]

__getattr__ = lazy_front(__name__, {
    "BackupInvalid": "service",
    "BackupResult": "service",
    "EncryptionResult": "encryption",
    "encrypt_database": "encryption",
    "RestoreResult": "service",
    "SUFFIX": "bundle",
    "ServerMigration": "to_server",
    "VerifiedBackup": "service",
    "automatic_backups": "rotation",
    "backup": "service",
    "backups_folder": "rotation",
    "default_file_name": "service",
    "migrate_to_server": "to_server",
    "restore": "service",
    "restore_with_recovery": "recovery",
    "forced_on_exit": "rotation",
    "run_automatic": "rotation",
    "verify": "service",
})
