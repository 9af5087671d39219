"""Documents of the audit area: the monthly audit digest (月度审计摘要) for the manager to sign."""

from workstation.exports.audit.digest import digest_document, write_audit_digest

__all__ = ["digest_document", "write_audit_digest"]
