"""Every area's front module names what it promises, and naming an area loads nothing heavy."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import workstation.services

AREAS = sorted(m.name for m in pkgutil.iter_modules(workstation.services.__path__) if m.ispkg and m.name != "common")


@pytest.mark.parametrize("area", AREAS)
def test_every_public_name_resolves(area):
    front = importlib.import_module(f"workstation.services.{area}")
    assert front.__all__, f"{area} publishes nothing"
    for name in front.__all__:
        assert getattr(front, name) is not None, f"{area}.{name}"
    with pytest.raises(AttributeError):
        front.not_a_public_name  # noqa: B018


def test_naming_the_start_up_areas_does_not_import_the_orm():
    # The login dialog and the home page come before the ORM loads (shell-first start-up).
    code = ("import sys; from workstation.services.home import HomeService; "
            "from workstation.services.accounts import quick_login; "
            "print('sqlalchemy.orm' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
