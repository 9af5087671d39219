"""Names of the registers that exist, importable without loading SQLAlchemy or the renderers
(the CLI lists them in its help). registers/__init__.py checks it declares exactly these."""

from __future__ import annotations

# In the order (the CLI and the registers page offer them so).
REGISTER_NAMES: tuple[str, ...] = ("nurseries", "filings", "inspections", "rectifications", "fees", "summary",
                                  "staff", "bans")
FORMATS: tuple[str, ...] = ("xlsx", "pdf")
