"""Names of the registers that exist, importable without loading SQLAlchemy or the renderers
(the CLI lists them in its help). registers/__init__.py checks it declares exactly these."""

from __future__ import annotations

REGISTER_NAMES: tuple[str, ...] = ("nurseries", "summary")
FORMATS: tuple[str, ...] = ("xlsx", "pdf")
