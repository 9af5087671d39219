"""Qt models of the audit trail viewer."""

from workstation.models.audit.audit_table_model import AuditTableModel

__all__ = ["AuditTableModel"]
