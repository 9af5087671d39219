"""Labels of domain enumerations in the interface language."""

from __future__ import annotations

from workstation.domain.enums import LabelledEnum
from workstation.i18n.translation import interface_language


def label(member: LabelledEnum, lang: str = "zh") -> str:
    """The member's label: English for 'en', Chinese otherwise."""
    return member.en if lang == "en" else member.zh


def ui_label(member: LabelledEnum) -> str:
    """The member's label in the interface language: the installed translation is the one switch."""
    return label(member, interface_language())
