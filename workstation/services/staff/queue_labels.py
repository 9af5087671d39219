"""The staff queue's constants and line labels (no SQLAlchemy: the start-up reader's queue uses them too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

if TYPE_CHECKING:
    from workstation.domain.staff import CredentialKind

COUNT_CAP = 1000  # the home page's count stops here: a district-wide backlog reads "1000+"
UPCOMING, EXPIRED = "upcoming", "expired"  # due from today on / before today
URGENT, ASCENDING, DESCENDING = "urgent", "ascending", "descending"
HEALTH = "HEALTH"
BACKGROUND = "BACKGROUND"
BAN = "BAN:"
HEALTH_PASS = "PASS"  # HealthResult.PASS as stored (domain.staff and its ID checks load when a line is shown)


def due_label(what: str) -> Text | CredentialKind | str:
    if what.startswith(BAN):
        return what[len(BAN):]  # the decision number
    if what == HEALTH:
        return text(QT_TRANSLATE_NOOP("DomainText", "健康合格证"))
    if what == BACKGROUND:
        return text(QT_TRANSLATE_NOOP("DomainText", "违法犯罪记录查询（每年复查）"))
    from workstation.domain.staff import CredentialKind

    return CredentialKind(what)
