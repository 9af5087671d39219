"""Messages built below the interface (`domain.texts.Text`) in the interface language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import DomainError
from workstation.domain.texts import CONTEXT, Clauses, Text
from workstation.i18n.labels import ui_label
from workstation.i18n.translation import interface_language

if TYPE_CHECKING:  # (the nursery domain is not loaded for 首页's staff queue at start)
    from workstation.domain.fees import FeeFinding
    from workstation.domain.nursery import Finding


def shown(value: Any) -> str:
    """A Text translated (its values too); anything else as str()."""
    if isinstance(value, Text):
        count = -1 if value.count is None else value.count
        return value.render(QCoreApplication.translate(CONTEXT, value.source, None, count), shown)
    if isinstance(value, LabelledEnum):
        return ui_label(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Clauses):
        return ("; " if interface_language() == "en" else "；").join(shown(v) for v in value.items)
    if isinstance(value, tuple | list):
        return (", " if interface_language() == "en" else "、").join(shown(v) for v in value)
    return str(value)


def finding_text(finding: Finding | FeeFinding) -> str:
    return shown(finding.text) if finding.text is not None else finding.message


def error_text(error: DomainError) -> str:
    return shown(error.text) if error.text is not None else error.message


def certificate_text(certificate: str) -> str:
    """A registration certificate's name (domain/routing.CERTIFICATES, as stored on a nursery) in the
    interface language; any other text as it is."""
    return QCoreApplication.translate(CONTEXT, certificate) if certificate else certificate
