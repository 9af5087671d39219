"""A filing action's refusal (its guards' problems, joined) reads in the interface language: the action's
English label and each problem's English, the materials named by their checklist titles; Chinese unchanged."""

from __future__ import annotations

from test_filing_page import add_nursery, make_service, open_dialog, ready

from workstation.domain.filing import FilingAction
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import error_text, shown
from workstation.ui.filing import FilingPage


def _refusal(qtbot, district, action: FilingAction, checked: bool) -> str:
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1), checked=checked)
    page = FilingPage(svc)
    qtbot.addWidget(page)
    errors: list = []
    dialog = open_dialog(qtbot, page, app.id, errors)
    dialog.confirm = lambda title, text: True
    button = dialog.action_buttons[action]
    assert not button.isEnabled()
    assert not dialog.run_action(action)  # (a view gone stale: the dialog asks the service again)
    assert errors == [button.toolTip()]
    return errors[0]


def test_a_refused_acceptance_in_english(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    text = _refusal(qtbot, district, FilingAction.ACCEPT, checked=False)
    assert text.startswith("Cannot “Accept and issue receipt”: material “托育机构备案书” has not been checked "
                           "and passed; material “备案承诺书” has not been checked and passed; "), text
    assert text.endswith(".") and not any(word in text for word in ("不能", "尚未", "；", "。"))


def test_a_refused_return_in_english(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    assert _refusal(qtbot, district, FilingAction.RETURN, checked=True) == (
        "Cannot “Return for supplement”: a return for supplement needs at least one material marked missing or "
        "not acceptable.")


def test_the_service_refusal_in_english_and_chinese(qapp, translators, district):
    from workstation.domain.errors import ValidationError

    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1), checked=False)
    try:
        svc.act(app.id, FilingAction.ACCEPT, app.version)
    except ValidationError as exc:
        error = exc
    assert error.message.startswith("不能受理备案并出具回执：材料“托育机构备案书”尚未审核通过；")
    assert error.message.endswith("尚未审核通过。")
    unmet = svc.unmet(app.id, FilingAction.ACCEPT)
    assert str(unmet) == error.message
    translators.extend(install_translator(qapp, "en"))
    assert error_text(error) == shown(unmet)
    assert error_text(error).startswith(
        "Cannot “Accept and issue receipt”: material “托育机构备案书” has not been checked and passed; ")
