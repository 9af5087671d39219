"""The inbox services' Chinese texts (findings, refusals) in the interface language.

Findings are stored as the services wrote them, fragments joined by "；"; each fragment is looked up as a
whole, else matched against the shapes the inbox builds (names, row numbers kept as they are). A text
no shape knows is shown as stored.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.domain.inbox import Decision
from workstation.i18n.labels import ui_label
from workstation.models.inbox.warning_texts import warning_text

CONTEXT = "InboxMessages"

# Whole messages (looked up as they are; listed so the translation tools see them).
FIXED = (
    QT_TRANSLATE_NOOP("InboxMessages", "缺少名称。"),
    QT_TRANSLATE_NOOP("InboxMessages", "导入时不按住所划入街道。"),
    QT_TRANSLATE_NOOP("InboxMessages", "驳回必须填写理由。"),
    QT_TRANSLATE_NOOP("InboxMessages", "只有与登记不同的行可以逐项合并。"),
    QT_TRANSLATE_NOOP("InboxMessages", "请至少勾选一个采用推送值的字段；全部保留登记值请选择“驳回”并说明理由。"),
    QT_TRANSLATE_NOOP("InboxMessages", "名称"),
    QT_TRANSLATE_NOOP("InboxMessages", "地址"),
    QT_TRANSLATE_NOOP("InboxMessages", "名称、地址"),
)
_SIMILAR_ONE = re.compile(r"“(?P<name>[^”]*)”（记录号 (?P<id>\d+)，(?P<on>[^）]*)相近）")
_SHAPES = (
    (re.compile(r"^与已登记的(?P<names>.+)相似，请核实是否为同一机构。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "与已登记的{names}相似，请核实是否为同一机构。")),
    (re.compile(r"^统一社会信用代码与第(?P<first>\d+)行重复。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "统一社会信用代码与第{first}行重复。")),
    (re.compile(r"^(?P<label>[^（]+)过长（(?P<n>\d+)字，最多(?P<limit>\d+)字）。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "{label}过长（{n}字，最多{limit}字）。")),
    (re.compile(r"^无法根据统一社会信用代码前两位“(?P<code>[^”]*)”判断机构性质，请在“性质”列注明。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "无法根据统一社会信用代码前两位“{code}”判断机构性质，请在“性质”列注明。")),
    (re.compile(r"^已在批次(?P<batch>\d+)第(?P<row>\d+)行推送过相同内容，请在该行处理。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "已在批次{batch}第{row}行推送过相同内容，请在该行处理。")),
    (re.compile(r"^与批次(?P<batch>\d+)第(?P<row>\d+)行内容相同（(?P<decision>[^）]*)）$"),
     QT_TRANSLATE_NOOP("InboxMessages", "与批次{batch}第{row}行内容相同（{decision}）")),
    (re.compile(r"^无法识别机构性质“(?P<value>[^”]*)”。$"),
     QT_TRANSLATE_NOOP("InboxMessages", "无法识别机构性质“{value}”。")),
    (re.compile(r"^采用推送的(?P<fields>.+)$"), QT_TRANSLATE_NOOP("InboxMessages", "采用推送的{fields}")),
    (re.compile(r"^已登记为“(?P<name>[^”]*)”（(?P<code>[^，]*)，记录号 (?P<id>\d+)）$"),
     QT_TRANSLATE_NOOP("InboxMessages", "已登记为“{name}”（{code}，记录号 {id}）")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _similar_names(text: str) -> str:
    parts = [_tr("“{name}”（记录号 {id}，{on}相近）").format(name=m["name"], id=m["id"], on=_tr(m["on"]))
             for m in _SIMILAR_ONE.finditer(text)]
    return _tr("、").join(parts) if parts else text


def _fragment(text: str) -> str:
    whole = _tr(text)
    if whole != text:
        return whole
    for shape, template in _SHAPES:
        match = shape.match(text)
        if match:
            values = match.groupdict()
            if "names" in values:
                values["names"] = _similar_names(values["names"])
            if "decision" in values:
                values["decision"] = next((ui_label(d) for d in Decision if d.zh == values["decision"]),
                                          values["decision"])
            if "fields" in values:  # field labels joined by 、
                values["fields"] = _tr("、").join(QCoreApplication.translate("InboxFields", label)
                                                 for label in values["fields"].split("、"))
            if "label" in values:
                values["label"] = QCoreApplication.translate("InboxFields", values["label"])
            return _tr(template).format(**values)
    warning = warning_text(text)  # intake's warnings, rendered from the domain's templates
    return warning if warning is not None else text


def _part(text: str) -> str:
    """One "；" part: a known message, or known sentences (a warning and the import's note after it)."""
    whole = _fragment(text)
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    if whole != text or len(sentences) < 2:
        return whole
    return _tr("{first}{second}").format(first=_fragment(sentences[0]), second=_part("".join(sentences[1:])))


def message_text(text: str) -> str:
    """`text` (one message or fragments joined by "；" or lines) in the interface language."""
    if "\n" in text:
        return "\n".join(message_text(line) for line in text.split("\n"))
    whole = _fragment(text) if text else text
    if whole != text:
        return whole
    return _tr("；").join(_part(part) for part in text.split("；"))


# The shapes' inner pieces, for the translation tools.
_PIECES = (QT_TRANSLATE_NOOP("InboxMessages", "“{name}”（记录号 {id}，{on}相近）"),
           QT_TRANSLATE_NOOP("InboxMessages", "、"), QT_TRANSLATE_NOOP("InboxMessages", "；"),
           QT_TRANSLATE_NOOP("InboxMessages", "{first}{second}"))
