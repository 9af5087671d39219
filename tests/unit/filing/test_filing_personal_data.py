"""Issue 17: the 备案书 snapshot of an application shows the legal representative's and the director's
mobiles masked to roles without full personal data (the nursery's own desk number stays)."""

from __future__ import annotations

import datetime as dt

from filing_support import CLERK, MANAGER, Clock, act, add_nursery, draft, service

from workstation.domain.filing import FilingAction, FilingKind


def test_the_filing_form_masks_personal_phones_for_a_clerk(database):
    clock = Clock(dt.date(2026, 12, 4))
    nursery = add_nursery(database.factory, legal_rep_phone="13900139000", director_phone="13812345678")
    clerk = service(database, clock, CLERK)
    app = act(clerk, draft(clerk, nursery, FilingKind.INITIAL), FilingAction.SUBMIT)
    shown = dict(clerk.get(app.id).form)
    assert "13900139000" not in shown.values() and "13812345678" not in shown.values()
    assert "139****9000" in shown.values() and "138****5678" in shown.values()
    assert "023-68000000" in shown.values()
    full = dict(service(database, clock, MANAGER).get(app.id).form)
    assert "13900139000" in full.values()
