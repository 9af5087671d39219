"""The filing area (备案管理): page, application dialog, work queues for the home page."""

from .application_dialog import FilingApplicationDialog
from .filing_page import FilingPage
from .queues import HomeQueues

__all__ = ["FilingApplicationDialog", "FilingPage", "HomeQueues"]
