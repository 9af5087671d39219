"""Install the Qt translators for the chosen interface language.

Source strings are Chinese; English comes from resources/translations/workstation_en.qm.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from workstation.paths import resource_path

LANGUAGES = ("zh", "en")

_log = logging.getLogger(__name__)


def install_translator(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install translators for `lang` ('zh' or 'en') on `app` (which owns them); return them."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language: {lang!r}")
    if lang == "zh":
        # Our strings are Chinese already; Qt's own (context menus, dialogs) need qtbase_zh_CN.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [("qtbase_zh_CN", qt_folder)]
    else:
        wanted = [(f"workstation_{lang}", str(resource_path("resources", "translations")))]
    installed = [t for t in (_load(app, name, folder) for name, folder in wanted) if t is not None]
    for translator in installed:
        app.installTranslator(translator)
    return installed


def interface_language() -> str:
    """'en' while the English translation is installed, else 'zh' (asked of the translators themselves)."""
    # One message whose English is the language code; see SHELL in resources/translations/fill_en.py.
    return "en" if QCoreApplication.translate("Language", "zh") == "en" else "zh"


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        return translator
    translator.deleteLater()
    _log.warning("translation %s not found in %s", name, folder)
    return None
