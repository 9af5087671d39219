"""The filing documents (回执, 告知书, 补正通知书): one wording per document, built from DocumentFacts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workstation.domain.filing import DocumentFacts, DocumentKind, FilingKind
from workstation.exports.documents import Block, Document, Fields, Grid, Para, cn_date, write_document_pdf


def build_document(facts: DocumentFacts) -> Document:
    """The document for `facts` (which document: facts.document)."""
    title, number, blocks = BUILDERS[facts.document](facts)
    mark = f"副本（第{facts.copy_no}次补打）" if facts.is_copy else ""
    stem = f"{facts.document.zh}-{facts.receipt_no or facts.nursery_name}" + (f"-副本{facts.copy_no}" if mark else "")
    return Document(title, number, mark, f"{facts.nursery_name}：", blocks, facts.issuer,
                    cn_date(facts.issued_on), stem)


def _subject(facts: DocumentFacts, *extra: tuple[str, str]) -> Fields:
    return Fields((("机构名称", facts.nursery_name), ("统一社会信用代码", facts.uscc or "——"),
                   ("机构住所", facts.address or "——"), ("法定代表人", facts.legal_rep or "——"), *extra))


def _receipt(facts: DocumentFacts) -> tuple[str, str, tuple[Block, ...]]:
    materials = Grid(("序号", "收到的备案材料"), tuple((str(i), name) for i, (name, _) in
                                                 enumerate(facts.materials, 1)), (0.12, 0.88))
    blocks: tuple[Block, ...] = (
        Para(f"你单位于{cn_date(facts.submitted_on)}提交的托育机构备案材料收悉。经审查，备案材料齐全，"
             f"予以备案。备案回执编号为{facts.receipt_no}。", "indent"),
        _subject(facts, ("备案类型", FilingKind.INITIAL.zh), ("回执编号", facts.receipt_no),
                 ("备案日期", cn_date(facts.accepted_on))),
        materials,
        Para("本回执是备案完成的凭证，不是行政许可。本部门将对备案事项进行核实，发现不符合要求的，"
             f"将于{cn_date(facts.verification_due_on)}前告知你单位说明情况，并向社会公开。", "indent"),
        Para("随本回执发放《托育机构基本条件告知书》，请认真阅读并持续符合相关要求。", "indent"),
    )
    return "托育机构备案回执", f"编号：{facts.receipt_no}", blocks


def _conditions(facts: DocumentFacts) -> tuple[str, str, tuple[Block, ...]]:
    items = tuple(Para(f"{i}. {text}", "indent") for i, text in enumerate(facts.conditions, 1))
    blocks: tuple[Block, ...] = (
        Para("根据《托育机构登记和备案办法（试行）》等规定，现将托育机构应当具备并持续保持的基本条件告知如下：",
             "indent"),
        *items,
        Para("以上事项请认真遵照执行。", "indent"),
        _subject(facts, ("备案回执编号", facts.receipt_no)),
    )
    return "托育机构基本条件告知书", f"备案回执编号：{facts.receipt_no}", blocks


def _supplement(facts: DocumentFacts) -> tuple[str, str, tuple[Block, ...]]:
    rows = tuple((str(i), name, reason) for i, (name, reason) in enumerate(facts.missing, 1))
    blocks: tuple[Block, ...] = (
        Para(f"你单位于{cn_date(facts.submitted_on)}提交的{facts.kind.zh}材料不齐全或不符合要求，"
             "请按下列事项补正后重新提交：", "indent"),
        _subject(facts, ("申请类型", facts.kind.zh)),
        Grid(("序号", "需补正的材料", "补正原因"), rows, (0.1, 0.45, 0.45)),
        Para("补正材料齐全后，本部门自收到之日起依规定时限办理。", "indent"),
    )
    return "补正材料通知书", f"申请类型：{facts.kind.zh}", blocks


def _change(facts: DocumentFacts) -> tuple[str, str, tuple[Block, ...]]:
    rows = tuple((item, old or "——", new, reason) for item, old, new, reason in facts.changes)
    blocks: tuple[Block, ...] = (
        Para(f"你单位于{cn_date(facts.submitted_on)}提交的托育机构备案变更材料收悉。经审查，予以变更备案。"
             "变更事项如下：", "indent"),
        Grid(("变更事项", "变更前", "变更后", "变更原因"), rows, (0.2, 0.27, 0.27, 0.26)),
        _subject(facts, ("回执编号", facts.receipt_no), ("变更日期", cn_date(facts.accepted_on))),
        Para("请按变更后的事项开展托育服务，并持续符合托育机构设置标准和管理规范。", "indent"),
    )
    return "托育机构备案变更回执", f"编号：{facts.receipt_no}", blocks


def _cancellation(facts: DocumentFacts) -> tuple[str, str, tuple[Block, ...]]:
    blocks: tuple[Block, ...] = (
        Para(f"你单位于{cn_date(facts.submitted_on)}提交的托育机构备案注销材料收悉。经审查，予以注销备案。",
             "indent"),
        _subject(facts, ("回执编号", facts.receipt_no), ("注销日期", cn_date(facts.accepted_on))),
        Para(f"在托婴幼儿和工作人员安置情况：{facts.settlement_note or '——'}", "indent"),
        Para("注销备案后不得继续以托育机构名义开展托育服务。", "indent"),
    )
    return "托育机构备案注销回执", f"编号：{facts.receipt_no}", blocks


BUILDERS: dict[DocumentKind, Callable[[DocumentFacts], tuple[str, str, tuple[Block, ...]]]] = {
    DocumentKind.RECEIPT: _receipt, DocumentKind.BASIC_CONDITIONS: _conditions,
    DocumentKind.SUPPLEMENT_NOTICE: _supplement, DocumentKind.CHANGE_RECEIPT: _change,
    DocumentKind.CANCELLATION_RECEIPT: _cancellation,
}


def write_filing_document(path: Path, facts: DocumentFacts) -> Document:
    """Write the document for `facts` to `path` (replaced only when complete); return its blocks."""
    document = build_document(facts)
    write_document_pdf(Path(path), document)
    return document
