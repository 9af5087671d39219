"""Intake's warnings as an inbox row stored them (Chinese, values filled in) in the interface language.

A pushed row's findings are kept as text; its warnings were rendered from the domain's templates
(domain.texts.Text, context DomainText: the USCC cross-checks and intake's checks of a new record).
Each template below is matched against a stored text and its values put into the translated template
(values that are themselves texts or enum labels translated too). A text no template matches is left
as stored; rows stored before this still show, in English where a template matches.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.domain.enums import LegalNature
from workstation.domain.texts import CONTEXT
from workstation.i18n.labels import ui_label

TEMPLATES = (  # every warning text check_draft and uscc_findings build (domain/intake_checks, validators)
    QT_TRANSLATE_NOOP("DomainText", "统一社会信用代码前两位为“{prefix}”，与机构性质“{nature}”通常对应的“{allowed}”不一致，请核对或填写理由。"),
    QT_TRANSLATE_NOOP("DomainText", "统一社会信用代码第3–8位“{area}”表明登记机关不在本辖区（{district}）所属地市，请核对机构是否位于本辖区。"),
    QT_TRANSLATE_NOOP("DomainText", "家庭托育点的名称应含有“托育”字样。"),
    QT_TRANSLATE_NOOP("DomainText", "登记的业务（经营）范围未提及“托育”或“婴幼儿照护”服务内容。"),
    QT_TRANSLATE_NOOP("DomainText", "未填写登记的业务（经营）范围。"),
    QT_TRANSLATE_NOOP("DomainText", "租赁场所请填写租期截止日期。"),
    QT_TRANSLATE_NOOP("DomainText", "租赁场所的剩余租期不足{years}年（{tail}）。"),
    QT_TRANSLATE_NOOP("DomainText", "已到期"),
    QT_TRANSLATE_NOOP("DomainText", "剩余约 {years} 年 {months} 个月"),
    QT_TRANSLATE_NOOP("DomainText", "备案时（{filed_on}）租赁场所的剩余租期不足{years}年。"),
    QT_TRANSLATE_NOOP("DomainText", "租期已于{day}到期，请核实机构是否已续租并补交租赁合同。"),
    QT_TRANSLATE_NOOP("DomainText", "租期将于{day}到期，请核实机构是否已续租并补交租赁合同。"),
    QT_TRANSLATE_NOOP("DomainText", "在托人数（{enrolled}）超过托位总数（{places}）。"),
    QT_TRANSLATE_NOOP("DomainText", "填写了普惠托位数（{places}），但未勾选“普惠性”：普惠机构的统计和收费公示都以此为准。"),
    QT_TRANSLATE_NOOP("DomainText", "已勾选“普惠性”，但普惠托位数为0。"),
)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def warning_text(text: str) -> str | None:
    """`text` in the interface language when a template made it, else None."""
    for template in TEMPLATES:
        match = _pattern(template).fullmatch(text)
        if match is not None:
            values = {name: _value(value) for name, value in match.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return None


def _value(value: str) -> str:
    nature = next((n for n in LegalNature if n.zh == value), None)
    if nature is not None:
        return ui_label(nature)
    return warning_text(value) or value


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for match in _PLACEHOLDER.finditer(template):
        parts += [re.escape(template[last:match.start()]), f"(?P<{match.group(1)}>.+?)"]
        last = match.end()
    return re.compile("".join([*parts, re.escape(template[last:])]))
