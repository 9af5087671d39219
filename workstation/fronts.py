"""Front modules that load their area on first use.

An area's package `__init__` is its front module: the only module other areas and layers import.
Most fronts are lazy, so naming an area costs nothing until one of its names is used (the start-up
path imports a few names and must not pull in the ORM with them); the names and the submodules
that hold them are listed once, in the front.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_front(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package` that imports `names[name]` (a submodule) on first use."""

    def load(name: str) -> Any:
        submodule = names.get(name)
        if submodule is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
        setattr(sys.modules[package], name, value)  # later uses skip this function
        return value

    return load
