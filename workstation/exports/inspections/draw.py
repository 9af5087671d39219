"""双随机抽查结果 (the result of a random selection) as a printable document and PDF.

Built from the renderer-neutral document blocks (exports/documents), so the PDF
(documents.write_document_pdf, CJK font embedded) and the Qt print path lay out the same
words. The input is the random-draw service's DrawDTO, described here structurally
(exports do not import services).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workstation.domain import draw_commitment
from workstation.domain.random_draw import EXPLANATION
from workstation.domain.texts import Text
from workstation.exports.documents import (
    Block,
    Document,
    Fields,
    Grid,
    Para,
    cn_date,
    line_width,
    write_document_pdf,
)

TITLE = "双随机抽查结果"
PICK_HEADER = ("序号", "机构名称", "统一社会信用代码", "街道（乡镇）", "检查人员")
PICK_WIDTHS = (0.07, 0.31, 0.26, 0.15, 0.21)


class DrawnPick(Protocol):
    position: int
    name: str
    uscc: str
    street_name: str
    inspectors: Sequence[str]


class DrawSheet(Protocol):
    """services.random_draw_dto.DrawDTO."""

    id: int
    drawn_at: dt.datetime  # naive UTC
    drawn_by_name: str
    drawn_by: str
    method: str
    seed: str
    seed_generated: bool
    filters_text: str | Text  # str(): the conditions' Chinese
    population_size: int
    population_sha256: str
    count: int
    per_nursery: int
    inspectors: Sequence[str]
    picks: Sequence[DrawnPick]
    stage: str  # FROZEN (waiting for the public value) or DRAWN
    frozen_at: dt.datetime | None  # naive UTC
    public_value: str
    witness: str
    population: Sequence[str]  # the candidate keys as frozen, sorted as text


def write_draw_pdf(path: Path, draw: DrawSheet) -> None:
    """Write the printable result of `draw` to `path` (replaced only when complete)."""
    write_document_pdf(Path(path), build_draw_document(draw))


def build_draw_document(draw: DrawSheet) -> Document:
    """The result as blocks: the facts of the draw, the nurseries drawn, how to reproduce it.

    A frozen draw prints as its record of the freeze (population, count, inspectors, fingerprint),
    for the witness to sign before the public value is published.
    """
    local = _local(draw.drawn_at)
    who = draw.drawn_by_name or draw.drawn_by
    committed = draw.method == draw_commitment.METHOD
    frozen = draw.stage == "FROZEN"
    if committed:
        frozen_at = _local(draw.frozen_at or draw.drawn_at)
        head: tuple[tuple[str, str], ...] = (
            ("冻结时间", _when(frozen_at)), ("开奖时间", "待开奖" if frozen else _when(local)), ("抽取人", who),
            ("公开数值", draw.public_value or "（冻结后公布，待录入）"), ("见证人", draw.witness or "（待录入）"),
            ("随机种子", "（由公开数值计算）" if frozen else _split(draw.seed)))
    else:
        seed = draw.seed + ("（系统随机生成）" if draw.seed_generated else "（抽取人指定）")
        head = (("抽取时间", _when(local)), ("抽取人", who), ("随机种子", seed))
    facts = Fields(head + (
        ("抽取条件", str(draw.filters_text)), ("抽取范围", f"{draw.population_size}家机构"),
        ("范围校验值（SHA-256）", _split(draw.population_sha256)),
        ("抽取数量", f"{draw.count}家"), ("每家检查人员", f"{draw.per_nursery}名"),
        ("检查人员名单", "、".join(draw.inspectors)), ("抽取方法", method_text(draw.method)),
    ))
    rows = tuple((str(p.position), p.name, p.uscc or "——", p.street_name or "——", "、".join(p.inspectors))
                 for p in draw.picks)
    blocks: list[Block] = [facts]
    if frozen:
        blocks.append(Para("本次抽取已冻结抽取范围、抽取数量和检查人员名单，尚未开奖：请在约定的公开数值公布后，"
                           "由见证人核对并录入，系统据此计算随机种子并抽取。", "indent"))
    else:
        blocks.append(Grid(PICK_HEADER, rows, pick_widths([p.uscc for p in draw.picks])))
    if committed:
        blocks.append(Para(draw_commitment.EXPLANATION, "indent"))
    if committed and not frozen:
        blocks.append(Para(f"复核随机种子：计算“{draw.population_sha256}:{draw.public_value}”的 SHA-256"
                           "（UTF-8 编码，十六进制），应与上列随机种子相同；再按下述方法以该随机种子重新抽取。", "note"))
    blocks += [
        Para(EXPLANATION, "indent"),
        Para("范围校验值为抽取范围内全部机构统一社会信用代码按文本排序、以换行符连接后的 SHA-256 值，"
             "用于证明复核所用的抽取范围与抽取时一致。", "note"),
    ]
    blocks += population_blocks(draw.population, draw.population_size)
    signer = f"抽取人：{who}" + (f"    见证人：{draw.witness}" if draw.witness else "")
    return Document(TITLE, f"抽查编号：{draw.id}", "", "", tuple(blocks), signer, cn_date(local.date()),
                    f"{TITLE}-{draw.id}")


METHODS = {
    "sha256-v1": "算法：SHA-256 排序（随机种子由抽取人录入或系统生成）",
    draw_commitment.METHOD: "算法：SHA-256 排序；随机种子为“范围校验值:公开数值”的 SHA-256（两步抽取：先冻结范围，后开奖）",
}
POPULATION_COLUMNS = 3  # codes per printed row, when they fit on one line each
CELL_SIZE = 10.5  # the table cells' font size in exports/documents/pdf.py
CELL_PADDING = 6  # reportlab's default left (and right) padding of a table cell
CODE_SAMPLE = "91500107MA6020MB9M"  # a typical 统一社会信用代码: its width is the code column's least


def method_text(method: str) -> str:
    """The method in words, not its stored tag (sha256-v2)."""
    return METHODS.get(method, f"算法：{method}")


def population_blocks(population: Sequence[str], size: int) -> list[Block]:
    """The frozen population, so anyone can rebuild its fingerprint (the codes only: no names)."""
    if not population:
        return []
    keys = list(population)
    width, code, number = line_width(), _cell_points((*keys, CODE_SAMPLE)), _cell_points((str(len(keys)),))
    columns = max(1, min(POPULATION_COLUMNS, int(width // (number + code))))
    rows = []
    for start in range(0, len(keys), columns):
        cells: list[str] = []
        for n, key in enumerate(keys[start:start + columns], start=start + 1):
            cells += [str(n), key]
        cells += [""] * (2 * columns - len(cells))
        rows.append(tuple(cells))
    return [
        Para(f"附：抽取范围名单（共 {size} 家，统一社会信用代码按文本排序；"
             "以换行符连接后计算 SHA-256 即得上列范围校验值）", "heading"),
        Grid(("序号", "统一社会信用代码") * columns, tuple(rows), (number / width, code / width) * columns),
    ]


def pick_widths(codes: Sequence[str]) -> tuple[float, ...]:
    """PICK_WIDTHS with the code column as wide as its widest code on one line (never wrapped)."""
    code = _cell_points((*codes, CODE_SAMPLE)) / line_width()
    rest = 1 - PICK_WIDTHS[2]
    return tuple(code if n == 2 else share * (1 - code) / rest for n, share in enumerate(PICK_WIDTHS))


def _cell_points(texts: Sequence[str]) -> float:
    """Points a table cell needs to show the widest of `texts` on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # loaded with the first PDF, not the pages

    from workstation.exports.common.pdf_text import register_font

    font = register_font()
    widest = max(stringWidth(text, font, CELL_SIZE) for text in texts)
    return widest + 2 * CELL_PADDING + 1  # 1: reportlab's rounding leaves a full line a hair short


def _when(moment: dt.datetime) -> str:
    return f"{cn_date(moment.date())} {moment:%H:%M}"


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC).astimezone()


def _split(digest: str) -> str:
    """The 64 hex digits in two lines of 32 (a cell is narrower than the whole value)."""
    return f"{digest[:32]}\n{digest[32:]}" if len(digest) > 32 else digest
