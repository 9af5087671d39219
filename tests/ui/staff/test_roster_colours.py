"""The roster shows when a certificate or health certificate runs out within 30 days (amber), and
red once it has."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from staff_support import add_nursery, staff_draft

from workstation.domain.staff import CredentialDraft, CredentialKind, HealthResult
from workstation.models.staff.rows_model import SOON, WARN
from workstation.services.staff.service import StaffService
from workstation.ui.staff.staff_tab import StaffTab

TODAY = dt.date(2026, 12, 4)


def test_soon_expiring_certificates_are_amber(qtbot, district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    nursery = add_nursery(district.factory)
    member = staff.add(nursery, staff_draft("张保育", 1)).member.id
    staff.add_credential(member, CredentialDraft(CredentialKind.CAREGIVER, "BYS-1", "九龙坡区人社局",
                                                 dt.date(2024, 1, 2), TODAY + dt.timedelta(days=20)))
    staff.add_health_check(member, dt.date(2025, 12, 20), HealthResult.PASS, "JK-1")  # valid to 2026-12-19
    tab = StaffTab(staff, nursery, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.model

    def colour(column):
        brush = model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
        return brush.color() if brush is not None else None

    assert model.index(0, model.CREDENTIAL).data() == (TODAY + dt.timedelta(days=20)).isoformat()
    assert colour(model.CREDENTIAL) == SOON and colour(model.HEALTH) == SOON
    model.today = TODAY + dt.timedelta(days=40)
    assert colour(model.CREDENTIAL) == WARN and colour(model.HEALTH) == WARN
