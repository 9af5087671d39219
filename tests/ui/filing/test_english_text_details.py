"""English details of the walk: a date and its overdue count are two words ("2021-01-13 (2152 days
overdue)", was "2021-01-13(2152 …"), and the holiday-calendar notice quotes with plain quotes."""

from __future__ import annotations

import datetime as dt
import re

from test_filing_page import add_nursery, make_service, ready

from workstation.i18n.translation import install_translator
from workstation.ui.common.due_dates import missing_years_text
from workstation.ui.filing.application_dialog import FilingApplicationDialog


def test_a_date_and_its_overdue_count_are_apart(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1))
    dialog = FilingApplicationDialog(svc, app.id, None, today=lambda: dt.date(2026, 3, 2))
    qtbot.addWidget(dialog)
    text = dialog.ui.clockLabel.text()
    assert re.fullmatch(r"Receipt due: \d{4}-\d\d-\d\d \(\d+ days overdue\)", text), text


def test_the_calendar_notice_uses_plain_quotes_in_english(qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    notice = missing_years_text((2027,))
    assert '"provisional: holiday arrangement not entered"' in notice
    assert not {"“", "”"} & set(notice)
