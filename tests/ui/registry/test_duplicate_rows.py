"""The comparison of possible duplicates: rows as tall as their text at the dialog's width, not taller."""

from __future__ import annotations

from workstation.domain.enums import InstitutionKind, LegalNature
from workstation.domain.nursery import NurseryDraft
from workstation.services.registry.duplicates import SimilarNursery
from workstation.ui.registry.duplicate_dialog import DuplicateCompareDialog

NAME = "重庆市九龙坡区小星星婴幼儿照护服务有限公司"
ADDRESS = "重庆市九龙坡区谢家湾街道华润二十四城8栋1-2号"


def test_rows_fit_their_text_once_the_dialog_is_shown(qtbot):
    draft = NurseryDraft(name=NAME, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE, uscc="91500107MA5YT0K017", address=ADDRESS, legal_rep_name="陈晓梅")
    other = SimilarNursery(1047, NAME, "91500107MA5YAT3E44", "重庆市九龙坡区渝州路街道谢家湾正街389号", "王五",
                           "正常运营", "名称")
    dialog = DuplicateCompareDialog(draft, [other])
    qtbot.addWidget(dialog)
    dialog.resize(900, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.compareTable
    line = table.fontMetrics().lineSpacing()
    assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance(NAME)  # room for the name on one line
    for row in range(table.rowCount()):
        assert table.rowHeight(row) < 2.5 * line, (row, table.rowHeight(row), line)
