"""Register specs and their Excel and PDF renderers.

A register is declared once (spec.py, registers/*.py) and rendered to .xlsx (xlsx.py) and
.pdf (pdf.py) from the same body of rows (body.py). `export_register` is the entry point.
Names are loaded on first use, so `exports.names` stays cheap to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "ExportCancelled": ".files", "REGISTERS": ".registers", "NATIONAL_TARGET": ".run", "ExportedFile": ".run",
    "export_register": ".run", "find_spec": ".run", "RegisterFilters": ".spec", "RegisterSpec": ".spec",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
