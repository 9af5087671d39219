"""Qt models of the audit trail viewer."""

from workstation.models.audit.audit_table_model import AuditTableModel, audit_label

__all__ = ["AuditTableModel", "audit_label"]
