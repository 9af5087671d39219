"""A finding's rectification states, apart from the inspection rules (domain/inspections.py, which
names them too): 首页's rectification counts are read at start with these alone."""

from __future__ import annotations

from workstation.domain.enums import LabelledEnum


class RectificationState(LabelledEnum):
    ISSUED = ("ISSUED", "已下达整改", "Issued")
    SUBMITTED = ("SUBMITTED", "已报告整改", "Rectification reported")
    CLOSED = ("CLOSED", "已销号", "Closed")
    OVERDUE = ("OVERDUE", "逾期未整改", "Overdue")
    ESCALATED = ("ESCALATED", "已升级处理", "Escalated")
