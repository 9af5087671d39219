"""界面语言 on 系统设置 → 我的账户: English chosen on this desk is the language of the next start;
the choice survives; `--lang zh` on the command line still wins."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, QTimer

from workstation import app as app_module
from workstation.app import EXIT_OK, attach_database, build_main_window, run_gui
from workstation.cli import parse_arguments
from workstation.i18n import preference
from workstation.i18n.translation import interface_language
from workstation.services.common.context import Actor

ADMIN = Actor("admin", "管理员", "ADMIN")
CREDENTIALS = ("admin", "correct horse 1")


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """This desk's settings in a file of the test's own (not the tester's real settings)."""
    path = str(tmp_path / "desk.ini")
    monkeypatch.setattr(preference, "desk_settings", lambda: QSettings(path, QSettings.Format.IniFormat))
    return path


@pytest.fixture
def started(monkeypatch, qapp, translators):
    """run_gui as tests/ui/common/test_run_gui.py runs it; returns the shown window's title."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))
    titles: list[str] = []
    real_run_window = app_module._run_window

    def recording(app, window):
        titles.append(window.windowTitle())
        return real_run_window(app, window)

    monkeypatch.setattr(app_module, "_run_window", recording)
    timer = QTimer()  # end the loop with 99 if it never quits by itself (fail, don't hang)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: qapp.exit(99))

    def start(db_location: str, *argv: str) -> str:
        """Start as `workstation --db … ARGV` starts the window (signed in, quit once shown)."""
        timer.start(15_000)
        args = parse_arguments(["--db", db_location, "--quit-after-show", *argv])
        args.credentials = CREDENTIALS
        assert run_gui(db_location, args) == EXIT_OK
        timer.stop()
        return titles[-1]

    return start


def choose_english(qtbot, district) -> None:
    window = build_main_window(district, ADMIN)
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    window.show_area("settings")
    choice = window.page("settings").language
    assert choice.isVisibleTo(window.page("settings").ui.accountTab)
    assert choice.combo.currentText() == "中文" and choice.note.text() == "重新启动后生效"
    choice.combo.setCurrentIndex(choice.combo.findText("English"))
    assert choice.note.text() == "已保存，重新启动后生效"
    assert interface_language() == "zh"  # this run stays in Chinese


def test_english_chosen_in_settings_is_the_next_starts_language(qtbot, district, desk, started):
    choose_english(qtbot, district)
    assert QSettings(desk, QSettings.Format.IniFormat).value("interface/language") == "en"  # saved on the desk

    title = started(district.location)

    assert interface_language() == "en"
    assert title.startswith("Nursery Registration and Filing Workstation")
    window = build_main_window(district, ADMIN)  # the choice survives, shown as chosen
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    window.show_area("settings")
    assert window.page("settings").language.combo.currentText() == "English"
    assert window.page("settings").language.note.text() == "Takes effect at the next start"


def test_lang_on_the_command_line_wins_over_the_desks_choice(qtbot, district, desk, started):
    choose_english(qtbot, district)

    title = started(district.location, "--lang", "zh")

    assert interface_language() == "zh"
    assert title.startswith("托育机构登记备案工作站")


def test_a_desk_without_a_choice_starts_in_chinese(district, desk, started):
    assert started(district.location).startswith("托育机构登记备案工作站")
    assert interface_language() == "zh"


def test_with_lang_zh_the_setting_shows_the_language_in_use_and_names_the_next_starts(qtbot, district, desk, started):
    choose_english(qtbot, district)
    started(district.location, "--lang", "zh")
    window = build_main_window(district, ADMIN)
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    window.show_area("settings")
    choice = window.page("settings").language
    assert choice.combo.currentText() == "中文"  # before: "English", the desk's saved choice
    assert choice.note.text() == "下次启动将使用“English”"


@pytest.mark.parametrize("locale", ["C.UTF-8", "en_US.UTF-8"])
def test_the_system_locale_never_chooses_english(district, desk, started, monkeypatch, locale):
    """Only --lang en or the desk's saved choice give English; the command line always answers in Chinese."""
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.setenv(name, locale)
    assert started(district.location).startswith("托育机构登记备案工作站")
    assert interface_language() == "zh"
