"""Register specs and their Excel and PDF renderers.

A register is declared once (common/spec.py, registers/*.py) and rendered to .xlsx (common/xlsx.py)
and .pdf (common/pdf.py) from the same body of rows (common/body.py). Documents of single records
are built per area (filing, inspections, fees) from the shared blocks in documents/. `export_register` is the entry point.
Names are loaded on first use, so `exports.names` stays cheap to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "ExportCancelled": ".common.files", "REGISTERS": ".registers", "NATIONAL_TARGET": ".common.run",
    "ExportedFile": ".common.run", "export_register": ".common.run", "find_spec": ".common.run",
    "Filter": ".common.spec", "RegisterFilters": ".common.spec", "RegisterSpec": ".common.spec",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
