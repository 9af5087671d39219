"""The audit trail viewer (系统设置 → 审计日志)."""
