"""Qt models of the working-day calendar: one month as a grid."""

from workstation.models.calendar.calendar_month_table_model import COLOURS, CalendarMonthTableModel, describe

__all__ = ["COLOURS", "CalendarMonthTableModel", "describe"]
