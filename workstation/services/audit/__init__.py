"""Audit trail: hash-chained rows of every change, the viewer's queries, database checks.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.audit.alarm_record import record_alarm
    from workstation.services.audit.anchoring import alarms, anchor
    from workstation.services.audit.checks import check_database, self_check, verify_chain
    from workstation.services.audit.digest import AuditDigest, export_digest, monthly_digest
    from workstation.services.audit.labels import DETAIL_LABELS, DETAIL_VALUE_LABELS, ENTITY_LABELS, OS_ACTOR
    from workstation.services.audit.server_checks import check_server
    from workstation.services.audit.service import (
        ACTION_LABELS,
        FIELD_LABELS,
        FIELD_NAMING_COLUMNS,
        AuditFilter,
        AuditRecord,
        AuditRow,
        AuditService,
        actor_label,
        field_label,
        record_event,
        record_many,
        records_as,
        records_bulk_itself,
        value_label,
        value_member,
    )

__all__ = [
    "ACTION_LABELS",
    "alarms",
    "anchor",
    "AuditDigest",
    "AuditFilter",
    "AuditRecord",
    "AuditRow",
    "AuditService",
    "DETAIL_LABELS",
    "DETAIL_VALUE_LABELS",
    "ENTITY_LABELS",
    "FIELD_LABELS",
    "FIELD_NAMING_COLUMNS",
    "OS_ACTOR",
    "actor_label",
    "field_label",
    "check_database",
    "check_server",
    "export_digest",
    "monthly_digest",
    "record_alarm",
    "record_event",
    "record_many",
    "records_as",
    "records_bulk_itself",
    "self_check",
    "value_label",
    "value_member",
    "verify_chain",
]

__getattr__ = lazy_front(__name__, {
    "ACTION_LABELS": "service",
    "alarms": "anchoring",
    "anchor": "anchoring",
    "AuditFilter": "service",
    "AuditRecord": "service",
    "AuditRow": "service",
    "AuditService": "service",
    "FIELD_LABELS": "service",
    "FIELD_NAMING_COLUMNS": "service",
    "actor_label": "service",
    "field_label": "service",
    "DETAIL_LABELS": "labels",
    "DETAIL_VALUE_LABELS": "labels",
    "ENTITY_LABELS": "labels",
    "OS_ACTOR": "labels",
    "AuditDigest": "digest",
    "check_database": "checks",
    "check_server": "server_checks",
    "export_digest": "digest",
    "monthly_digest": "digest",
    "value_label": "service",
    "value_member": "service",
    "record_alarm": "alarm_record",
    "record_event": "service",
    "record_many": "service",
    "records_as": "service",
    "records_bulk_itself": "service",
    "self_check": "checks",
    "verify_chain": "checks",
})
