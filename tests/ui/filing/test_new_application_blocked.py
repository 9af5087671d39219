"""备案管理 → 新建备案申请: a nursery with an application in progress names that application (its kind,
state and submission date) and offers to open it; a nursery whose status allows no filing says so.
Clocks in 2027, a year the built-in calendar does not know."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, act, add_nursery, check_all, draft, provide_all, service
from PySide6.QtWidgets import QDialogButtonBox

from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import MaterialResult
from workstation.i18n.translation import install_translator
from workstation.ui.filing import FilingPage
from workstation.ui.filing.new_dialog import NewApplicationDialog

A = FilingAction
SUBMITTED = dt.date(2027, 2, 3)
TODAY = dt.date(2027, 2, 10)


@pytest.fixture
def returned_app(district):
    """An initial filing submitted on 3 Feb 2027 and returned for supplement on 4 Feb."""
    clock = Clock(SUBMITTED)
    svc = service(district, clock)
    app = act(svc, provide_all(svc, draft(svc, add_nursery(district.factory, 1), FilingKind.INITIAL)), A.SUBMIT)
    clock.today = SUBMITTED + dt.timedelta(days=1)
    app = check_all(svc, act(svc, app, A.START_CHECK))
    app = svc.check_material(app.materials[0].id, MaterialResult.MISSING, "未盖公章")
    app = act(svc, app, A.RETURN)
    assert app.state is FilingState.RETURNED_FOR_SUPPLEMENT
    clock.today = TODAY
    return svc, app


def chooser_on(qtbot, svc, text: str) -> NewApplicationDialog:
    chooser = NewApplicationDialog(svc, None, text)
    qtbot.addWidget(chooser)
    chooser.ui.nurseryList.setCurrentRow(0)
    return chooser


def test_the_blocking_application_is_named_and_can_be_opened(qtbot, district, returned_app):
    svc, app = returned_app
    chooser = chooser_on(qtbot, svc, "测试托育园1")
    assert chooser.ui.hintLabel.text() == (
        "该机构已有办理中的首次备案申请（退回补正，2027-02-03提交），不能再新建备案申请。请打开该申请继续办理，或办结、撤回后再新建。")
    assert not chooser.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert chooser.open_button.isVisibleTo(chooser) and chooser.blocking.id == app.id


def test_open_that_application_from_the_new_application_dialog(qtbot, district, returned_app, monkeypatch):
    svc, app = returned_app
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)

    def choose_and_open(dialog: NewApplicationDialog) -> int:
        dialog.ui.nurseryList.setCurrentRow(0)
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(NewApplicationDialog, "exec", choose_and_open)
    opened = page.new_application("测试托育园1")
    assert opened is page.dialog and opened.view.id == app.id


def test_a_status_that_allows_no_filing_is_the_reason_given(qtbot, district, returned_app):
    svc, _app = returned_app
    add_nursery(district.factory, 2, InstitutionStatus.INTAKE)
    chooser = chooser_on(qtbot, svc, "测试托育园2")
    assert chooser.ui.hintLabel.text() == "该机构当前为“意向登记”，此状态不能新建备案申请。"
    assert not chooser.open_button.isVisibleTo(chooser)


def test_in_english(qtbot, qapp, translators, district, returned_app):
    translators.extend(install_translator(qapp, "en"))
    svc, _app = returned_app
    add_nursery(district.factory, 2, InstitutionStatus.INTAKE)
    chooser = chooser_on(qtbot, svc, "测试托育园1")
    assert chooser.ui.hintLabel.text() == (
        "This nursery already has an application in progress: Initial filing (Returned for supplement, submitted "
        "2027-02-03). A new filing application is not possible; open that application to continue it, or finish "
        "or withdraw it first.")
    assert chooser.open_button.text() == "&Open that application"
    chooser.search("测试托育园2")
    chooser.ui.nurseryList.setCurrentRow(0)
    assert chooser.ui.hintLabel.text() == "This nursery is “Intake”; no filing application can be opened in that status."
