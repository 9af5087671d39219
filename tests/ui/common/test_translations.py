"""English interface: the .qm is complete and labels appear in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from workstation.app import build_main_window
from workstation.domain.enums import InstitutionStatus, LegalNature
from workstation.i18n.labels import label, ui_label
from workstation.i18n.translation import install_translator, remove_translators
from workstation.paths import resource_path

ENGLISH_AREAS = ["Home", "Registration", "Filing", "Inspections", "Fees", "Registers", "Lifetime bans",
                 "Settings"]


def test_english_navigation_and_title(qtbot, qapp, translators, nurseries, actor):
    translators.extend(install_translator(qapp, "en"))
    assert translators, "workstation_en.qm did not load"
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    nav = window.ui.navList
    assert [nav.item(row).text() for row in range(nav.count())] == ENGLISH_AREAS
    assert window.windowTitle() == "Nursery Registration and Filing Workstation — 九龙坡区"
    assert window.home_page.ui.nurseriesCaption.text() == "Nurseries"
    assert window.user_label.text() == "User: 测试员"
    assert window.ui.pages.widget(2).message.text().startswith("“Filing” is under construction")


def test_english_first_run_dialog(qtbot, qapp, translators, database, actor):
    from workstation.services.district.service import DistrictService
    from workstation.ui.first_run_dialog import FirstRunDialog

    translators.extend(install_translator(qapp, "en"))
    dialog = FirstRunDialog(DistrictService(database.factory, actor))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "First run: set up the district"
    assert dialog.nature_boxes[LegalNature.FOR_PROFIT].text() == "For-profit enterprise"


def test_chinese_is_the_source_language(qtbot, qapp, translators, nurseries, actor):
    translators.extend(install_translator(qapp, "zh"))
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    assert window.ui.navList.item(0).text() == "首页"


# Contexts of the window shell; other areas' strings are checked by their own tests.
SHELL_CONTEXTS = {
    "Areas", "MainWindow", "HomePage", "PlaceholderPage", "FirstRunDialog",
    "StreetFiguresTableModel", "Startup", "CrashDialog",
}


def test_every_shell_text_is_translated():
    ts = ET.parse(resource_path("resources", "translations", "workstation_en.ts"))
    contexts = {c.findtext("name"): c for c in ts.getroot().iter("context")}
    assert SHELL_CONTEXTS <= contexts.keys()
    untranslated = [
        (name, m.findtext("source"))
        for name in SHELL_CONTEXTS
        for m in contexts[name].iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == []
    assert resource_path("resources", "translations", "workstation_en.qm").stat().st_size > 0


def test_enum_labels():
    assert label(InstitutionStatus.REGISTERED) == "已登记未备案"
    assert label(InstitutionStatus.REGISTERED, "en") == "Registered, not filed"


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError):
        install_translator(qapp, "fr")


def _messages():
    ts = ET.parse(resource_path("resources", "translations", "workstation_en.ts"))
    for context in ts.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _english(message) -> list[str]:
    """The translation, or each form of a counted text (numerusform: one, many)."""
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_message_is_translated():
    assert sum(1 for _ in _messages()) > 700  # the whole interface, not a stub file
    untranslated = [
        (context, m.findtext("source"))
        for context, m in _messages()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in _english(m))
    ]
    assert untranslated == []


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)")


def test_translations_keep_placeholders_and_mnemonics():
    # A lost {name} raises KeyError in str.format at run time; a lost & loses the Alt shortcut.
    broken = []
    for context, m in _messages():
        source = m.findtext("source")
        for english in _english(m):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
                broken.append((context, source, english))
            elif len(MNEMONIC.findall(source.replace("&&", ""))) != len(MNEMONIC.findall(english.replace("&&", ""))):
                broken.append((context, source, english))
    assert broken == []


def test_table_model_headers_are_english_at_run_time(qapp, translators, nurseries):
    # Headers marked with QT_TRANSLATE_NOOP must be extracted under the context headerData looks up.
    from PySide6.QtCore import Qt

    from workstation.models.registry.nursery_table_model import NurseryTableModel
    from workstation.services.registry.listing import RegistryService

    translators.extend(install_translator(qapp, "en"))
    model = NurseryTableModel(RegistryService(nurseries.factory))
    header = model.headerData(NurseryTableModel.NAME, Qt.Orientation.Horizontal)
    assert header == "Nursery name"
    # Widgets given no language label enums in the installed translation's.
    assert ui_label(InstitutionStatus.REGISTERED) == "Registered, not filed"
    remove_translators(qapp, translators)
    translators.clear()
    assert ui_label(InstitutionStatus.REGISTERED) == "已登记未备案"
