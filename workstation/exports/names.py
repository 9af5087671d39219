"""Names of the registers that exist, importable without loading SQLAlchemy or the renderers
(the CLI lists them in its help). registers/__init__.py checks it declares exactly these."""

from __future__ import annotations

# In the order: nurseries, filings, inspections, rectifications, fees, summary
# ("inspections" and "rectifications" go between filings and fees when their ledgers land).
REGISTER_NAMES: tuple[str, ...] = ("nurseries", "filings", "fees", "summary")
FORMATS: tuple[str, ...] = ("xlsx", "pdf")
