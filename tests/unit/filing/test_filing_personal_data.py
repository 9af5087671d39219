"""Issue 17: the 备案书 snapshot and the change items of an application show the legal representative's
and the director's mobiles masked to roles without full personal data (the nursery's own desk number
stays); the history and the audit trail keep them masked."""

from __future__ import annotations

import datetime as dt

from filing_support import CLERK, MANAGER, Clock, act, add_nursery, draft, service
from sqlalchemy import select

from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingAction, FilingKind
from workstation.services.filing.dto import ChangeDraft


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


def test_change_items_mask_personal_phones_for_a_clerk_and_a_masked_value_sent_back_keeps_the_number(database):
    clock = Clock(dt.date(2026, 12, 4))
    nursery = add_nursery(database.factory, status=InstitutionStatus.OPERATING, legal_rep_phone="13900139000",
                          director_phone="13812345678")
    clerk = service(database, clock, CLERK)
    app = draft(clerk, nursery, FilingKind.CHANGE)
    app = clerk.set_change_items(app.id, app.version, [ChangeDraft("director_phone", "13712345678", "换号")])
    shown = {c.field: (c.old_value, c.new_value) for c in clerk.get(app.id).change_items}
    assert shown == {"director_phone": ("138****5678", "137****5678")}
    texts = " ".join(str(e.text) for e in clerk.get(app.id).history)
    assert "13812345678" not in texts and "13712345678" not in texts
    with database.factory() as session:
        trail = " ".join(r.changes + r.details for r in session.scalars(select(AuditEntry)))
    assert "13812345678" not in trail and "13712345678" not in trail
    full = {c.field: (c.old_value, c.new_value) for c in service(database, clock, MANAGER).get(app.id).change_items}
    assert full == {"director_phone": ("13812345678", "13712345678")}
    item = clerk.get(app.id).change_items[0]  # sent back as shown, only the reason edited
    clerk.set_change_items(app.id, app.version, [ChangeDraft(item.field, item.new_value, "负责人换号")])
    kept = service(database, clock, MANAGER).get(app.id).change_items[0]
    assert (kept.new_value, kept.reason) == ("13712345678", "负责人换号")

