"""The interface language chosen on this desk (系统设置 → 我的账户), taken at the next start.

Kept in the desk's QSettings (like the registry's column widths), not in the database: each
computer, and each person at it, chooses for themselves. `--lang` on the command line wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from workstation.i18n.translation import LANGUAGES

KEY = "interface/language"


def desk_settings() -> QSettings:
    """This desk's user settings (the same store as ui/registry's default_settings)."""
    app = QCoreApplication.applicationName() or "workstation"
    return QSettings(QCoreApplication.organizationName() or app, app)


def saved_language(settings: QSettings | None = None) -> str | None:
    value = (settings if settings is not None else desk_settings()).value(KEY)
    return value if value in LANGUAGES else None


def save_language(lang: str, settings: QSettings | None = None) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language: {lang!r}")
    store = settings if settings is not None else desk_settings()
    store.setValue(KEY, lang)
    store.sync()


def start_language(command_line: str | None, settings: QSettings | None = None) -> str:
    """The language to start in: `--lang` if given, else this desk's choice, else Chinese."""
    return command_line or saved_language(settings) or "zh"
