"""Every form with a date box or number box gives them typed-input handling (full-width digits,
2025/6/1, 2025年6月1日), so no box anywhere keeps the old section-by-section typing."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BOXES = re.compile(r'class="(QDateEdit|QSpinBox|QDoubleSpinBox|QDateTimeEdit)"')


def forms_with_boxes() -> dict[str, str]:
    found = {}
    for ui in sorted((ROOT / "resources" / "ui").glob("*.ui")):
        text = ui.read_text(encoding="utf-8")
        if BOXES.search(text):
            found[ui.name] = "Ui_" + re.search(r"<class>(\w+)</class>", text).group(1)
    return found


def test_every_form_with_date_or_number_boxes_installs_typed_inputs():
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "workstation" / "ui").rglob("*.py")
               if "forms" not in path.parts}
    missing = []
    for ui, form_class in forms_with_boxes().items():
        users = [path for path, text in sources.items() if f"{form_class}()" in text]
        assert users, f"{ui}: no module sets up {form_class}"
        missing += [f"{path.relative_to(ROOT)} ({ui})" for path in users
                    if "install_typed_inputs(" not in sources[path]]
    assert not missing, missing
