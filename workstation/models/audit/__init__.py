"""Qt models of the audit trail viewer."""

from workstation.models.audit.actors import actor_text
from workstation.models.audit.audit_table_model import AuditTableModel, audit_label

__all__ = ["AuditTableModel", "actor_text", "audit_label"]
