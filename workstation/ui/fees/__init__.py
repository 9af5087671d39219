"""The fees area (收费公示): district list, a nursery's schedules, schedule, publicity and rule dialogs."""

from .fees_page import FeesPage
from .publicity_dialog import FeePublicityDialog
from .rules_dialog import FeeRulesDialog
from .schedule_dialog import FeeScheduleDialog

__all__ = ["FeePublicityDialog", "FeeRulesDialog", "FeeScheduleDialog", "FeesPage"]
