"""Labels of domain enumerations in the interface language."""

from __future__ import annotations

from ..domain.enums import LabelledEnum


def label(member: LabelledEnum, lang: str = "zh") -> str:
    """The member's label: English for 'en', Chinese otherwise."""
    return member.en if lang == "en" else member.zh
