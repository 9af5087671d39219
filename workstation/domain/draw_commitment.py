"""A draw seed the drawer cannot steer: fixed by a public value published after the population is frozen.

A seed typed by the person drawing can be searched for (a few seconds of hashing finds one that
leaves out any nurseries chosen beforehand), and the draw still verifies. So a draw is made in two
steps: first its population, count and inspectors are frozen and recorded (audited, time-stamped);
then, once a public value drawn after the freeze is known (e.g. a named lottery's winning numbers
or an index's closing figure), it is entered with a witness's name, and

    seed = SHA-256("<population fingerprint>:<public value>")  (hex, UTF-8)

The drawer no longer chooses anything that decides the result after seeing the population, and
anyone can check the public value in its published source and redo the seed with any SHA-256 tool.
Only one draw may wait frozen at a time, and a frozen draw cannot be withdrawn: several freezes
held open until the value is known would let the drawer pick the one that suits it.
"""

from __future__ import annotations

import hashlib

from workstation.domain.errors import ValidationError
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.domain.texts import text as domain_text

METHOD = "sha256-v2"  # the v1 draw (workstation.domain.random_draw) with a committed seed
PUBLIC_VALUE_MAX_LENGTH = 200
WITNESS_MAX_LENGTH = 50

EXPLANATION = (
    "随机种子的确定：抽取范围、抽取数量和检查人员名单先行冻结并记录（冻结时间见上），"
    "此后公布的公开数值（如指定一期彩票的开奖号码）由见证人核对后录入；"
    "随机种子为 SHA-256（“范围校验值:公开数值”）的十六进制值。"
    "抽取人在冻结后无法再选择随机种子，任何人都可以按公开来源核对公开数值并重新计算随机种子和抽取结果。"
)


def normalize_public_value(value: str) -> str:
    """The public value as hashed (inner runs of blanks kept); refused when empty or too long."""
    text = str(value).strip()
    if not text:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "请填写冻结后公布的公开数值（如开奖号码及其来源、期号）。")),
                              "public_value")
    if len(text) > PUBLIC_VALUE_MAX_LENGTH:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "公开数值不能超过{max}个字符。"),
                                          max=PUBLIC_VALUE_MAX_LENGTH), "public_value")
    return text


def normalize_witness(name: str) -> str:
    """The witness's name; refused when empty or too long."""
    text = str(name).strip()
    if not text:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "请填写核对公开数值的见证人姓名。")), "witness")
    if len(text) > WITNESS_MAX_LENGTH:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "见证人姓名不能超过{max}个字符。"),
                                          max=WITNESS_MAX_LENGTH), "witness")
    return text


def committed_seed(population_digest: str, public_value: str) -> str:
    """The seed of a two-step draw: SHA-256 (hex) of "<population fingerprint>:<public value>"."""
    text = f"{population_digest}:{normalize_public_value(public_value)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
