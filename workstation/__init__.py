"""托育机构登记备案工作站 — nursery registration and filing workstation."""

__version__ = "0.1.0"
APP_NAME = "NurseryWorkstation"
