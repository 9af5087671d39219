"""名册报表: register exports (Excel and PDF) in the background."""

from .registers_page import RegistersPage

__all__ = ["RegistersPage"]
