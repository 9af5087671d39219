"""登记超过…天未备案: the service's note of each entry ("2025-01-04登记，已700天未备案") reads in the
interface's language, the English counted ("1 day", "700 days"); the Chinese is unchanged."""

from __future__ import annotations

import datetime as dt

from test_filing_page import TODAY, add_nursery, make_service

from workstation.i18n.translation import install_translator
from workstation.services.filing import QueueEntry, WorkQueues
from workstation.services.filing.queue_dto import not_filed_note
from workstation.services.filing.queues import Queue
from workstation.ui.filing.queues import find_entry


def _line(qtbot, since: dt.date, dated: bool = True) -> str:
    from PySide6.QtWidgets import QTreeWidget

    from workstation.ui.filing.queues import fill_queue_tree

    entry = QueueEntry(None, 1, "星星托育园", None, None, since, not_filed_note(since, TODAY, dated))
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    fill_queue_tree(tree, WorkQueues(TODAY, (Queue("not_filed", "登记超过30天未备案", 1, (entry,)),)))
    return tree.topLevelItem(0).child(0).text(0)


def test_not_filed_notes_in_chinese(qtbot):
    assert _line(qtbot, dt.date(2023, 10, 31)) == "星星托育园 · 2023-10-31登记，已700天未备案"
    assert _line(qtbot, dt.date(2025, 9, 1), dated=False) == (
        "星星托育园 · 登记日期未填写（2025-09-01录入），已29天未备案，请补登记日期")


def test_not_filed_notes_in_english(qtbot, qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    assert _line(qtbot, dt.date(2023, 10, 31)) == "星星托育园 · registered 2023-10-31, not filed for 700 days"
    assert _line(qtbot, dt.date(2025, 9, 29)) == "星星托育园 · registered 2025-09-29, not filed for 1 day"
    assert _line(qtbot, dt.date(2025, 9, 1), dated=False) == (
        "星星托育园 · registration date missing (recorded 2025-09-01), not filed for 29 days; "
        "enter the registration date")


def test_the_filing_page_shows_the_service_note_in_english(qtbot, qapp, translators, district):
    from workstation.ui.filing import FilingPage

    translators.extend(install_translator(qapp, "en"))
    add_nursery(district.factory, 1, registered=dt.date(2025, 6, 1))
    page = FilingPage(make_service(district), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert find_entry(page.ui.queueTree, "not_filed").text(0) == (
        "队列托育园1 · registered 2025-06-01, not filed for 121 days")
