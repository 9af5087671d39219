"""整改通知书 (rectification notice) of an inspection, as renderer-neutral blocks and as PDF.

The blocks are the shared document blocks (exports/documents), so the same PDF renderer (WenQuanYi
Micro Hei embedded) and the UI's print path lay it out; numbered like the filing receipts.
"""

from __future__ import annotations

from pathlib import Path

from workstation.domain.inspections import NoticeFacts, NoticeLine
from workstation.domain.result_notes import result_with_note
from workstation.exports.documents import Block, Document, Fields, Grid, Para, cn_date, write_document_pdf

WARNING = ("逾期未整改或整改不到位的，将依法依规予以通报、记入信用记录，"
           "或移送有关执法部门处理；存在严重安全隐患的，责令停业整顿。")


def notice_document(facts: NoticeFacts) -> Document:
    """The notice's title, number and blocks for `facts`."""
    # The departments as a subject ("九龙坡区卫生健康委员会", "消防救援部门"), never a bare "卫生健康".
    departments = facts.department_text or "本部门"
    # A served notice states the date alone: whether the district's calendar knew its year is the
    # office's concern (the app asks before the notice goes out, and recomputes it when the year is entered).
    rows = tuple((str(n), f"{line.code} {line.text}", _finding_text(line), line.basis or "——",
                  f"{cn_date(line.deadline)}前") for n, line in enumerate(facts.lines, 1))
    blocks: list[Block] = [
        Para(f"{cn_date(facts.inspected_on)}，{departments}对你单位开展了{facts.kind.zh}。经检查，你单位存在下列问题，"
             "不符合有关规定。现责令你单位在规定期限内整改到位，并将整改情况及证明材料书面报告本部门。", "indent"),
        Fields((("机构名称", facts.nursery_name), ("机构住所", facts.address or "——"),
                ("检查日期", cn_date(facts.inspected_on)), ("检查部门", departments),
                ("检查人员", "、".join(facts.inspectors) or "——"))),
        Grid(("序号", "检查项目", "检查结果及存在问题", "依据", "整改期限"), rows, (0.07, 0.28, 0.25, 0.18, 0.22)),
    ]
    if facts.escalation is not None:
        blocks.append(Para(f"鉴于检查结论为“不合格”，依法{facts.escalation.zh}。", "indent"))
    if facts.recheck_note:
        blocks.append(Para(facts.recheck_note, "indent"))
    blocks += [Para(WARNING, "indent"), _signatures(facts)]
    return Document("整改通知书", facts.notice_no, "", f"{facts.nursery_name}：", tuple(blocks), facts.issuer,
                    cn_date(facts.issued_on), f"整改通知书-{facts.notice_no}")


def write_rectification_notice(path: Path, facts: NoticeFacts) -> Document:
    """Write the notice to `path` as PDF (replaced only when complete); return its blocks."""
    document = notice_document(facts)
    write_document_pdf(Path(path), document)
    return document


def _finding_text(line: NoticeLine) -> str:
    again = f"；复查仍未整改到位（第{line.reissue_count}次重新限期）" if line.reissue_count else ""
    return f"{result_with_note(line.result, line.note)}{again}（限{line.deadline_rule}内整改）"


def _signatures(facts: NoticeFacts) -> Fields:
    s = facts.signatures
    return Fields((("检查人员（签名）", "、".join(s.inspectors) or "——"),
                   ("签名日期", cn_date(s.inspectors_signed_on)),
                   ("被检查单位负责人（签收）", s.representative or "——"),
                   ("签收日期", cn_date(s.representative_signed_on) if s.representative else "——")))
