"""The idle lock can be shortened or lengthened, never switched off."""

from __future__ import annotations

import pytest

from workstation.domain.errors import ValidationError
from workstation.domain.workstation_settings import WorkstationSettings


def test_an_idle_lock_of_zero_minutes_is_refused():
    with pytest.raises(ValidationError, match="1 到 240 分钟") as info:
        WorkstationSettings(idle_lock_minutes=0).validated()
    assert info.value.field == "idle_lock_minutes"
    assert WorkstationSettings(idle_lock_minutes=1).validated().idle_lock_minutes == 1


def test_a_stored_zero_falls_back_to_the_default_lock():
    """A row saved before (or edited with sqlite3) to 0 does not leave sessions unlocked."""
    assert WorkstationSettings.from_json({"idle_lock_minutes": 0}).idle_lock_minutes == 10
