"""The status bar's account button draws its menu arrow in room of its own right of the name: drawn
under the name's last character it read as a stray full stop ("当前用户：基准测试登记员。")."""

from __future__ import annotations

from workstation.app import build_main_window


def test_the_menu_arrow_has_room_right_of_the_name(qtbot, district, actor):
    window = build_main_window(district, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    button = window.user_label
    assert button.text() == "当前用户：测试员" and button.menu() is not None
    room = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(button.text())
    assert room >= 20  # the arrow (~8 px) beside the text, not inside its margins (16 px in all before)
