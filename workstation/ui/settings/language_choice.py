"""界面语言 on 系统设置 → 我的账户: 中文 or English for this desk, taken at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from workstation.i18n.preference import save_language, saved_language
from workstation.i18n.translation import interface_language

# Each language is named in itself, whichever language the window is in.
CHOICES = (("中文", "zh"), ("English", "en"))


class LanguageChoice(QWidget):
    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        label = QLabel(self.tr("界面语言(&G)："), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        for name, code in CHOICES:
            self.combo.addItem(name, code)
        label.setBuddy(self.combo)
        self.note = QLabel(self.tr("重新启动后生效"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.combo, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        # The language in use; when the next start (without --lang) takes another one, the note names it
        # (this start's --lang, or a choice made since this start).
        in_use, following = interface_language(), saved_language(settings) or "zh"
        self.combo.setCurrentIndex(self.combo.findData(in_use))
        if following != in_use:
            self.note.setText(self.tr("下次启动将使用“{name}”").format(name=_name(following)))
        self.combo.currentIndexChanged.connect(self._save)

    def _save(self) -> None:
        save_language(self.combo.currentData(), self._settings)
        self.note.setText(self.tr("已保存，重新启动后生效"))


def _name(code: str) -> str:
    return next(name for name, value in CHOICES if value == code)
