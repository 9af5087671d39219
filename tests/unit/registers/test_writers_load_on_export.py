"""The 名册报表 page names the export entry point without loading openpyxl or reportlab (a third of a
second at its first visit); the writer's module loads with the first export."""

from __future__ import annotations

import subprocess
import sys


def test_naming_the_register_export_loads_no_writer():
    code = ("import sys; from workstation.exports import export_register, find_spec; "
            "from workstation.services.registers import RegistersService; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
