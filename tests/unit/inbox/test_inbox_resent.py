"""Issue #18, the tester's walk: the same rows re-sent in a new file (other bytes) are recognised as
重复推送, linked to the earlier batch's row and not offered again for a decision."""

from __future__ import annotations

import pytest
from inbox_support import HEADER, TODAY, mixed_file, row

from workstation.db.attachments import Attachments
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import Decision, ItemClass, OrganLevel
from workstation.services.inbox import InboxService

MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def inbox(district, actor, tmp_path):
    return InboxService(district.factory, actor, Attachments(district.factory), today=lambda: TODAY)


def resaved(path, folder):
    """The same rows saved again by another program: no BOM, CRLF, quoted cells (other bytes)."""
    lines = [",".join(f'"{c}"' for c in HEADER)]
    lines += [line for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]]
    out = folder / "推送-另存.csv"
    out.write_bytes("\r\n".join(lines).encode("utf-8") + b"\r\n")
    return out


def test_rows_sent_again_in_another_file_are_recognised(district, inbox, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    first = inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch
    items = inbox.items(first.id, 0, 100)
    inbox.reject(items[0].id, "名称待核实")  # row 2 rejected, the others still pending
    again = resaved(path, tmp_path)
    assert again.read_bytes() != path.read_bytes()

    second = inbox.receive(again, MARKET, OrganLevel.DISTRICT)
    assert not second.duplicate
    resent = inbox.items(second.batch.id, 0, 100)
    assert [(i.row_number, i.item_class) for i in resent] == [
        (2, ItemClass.RESENT), (3, ItemClass.RESENT), (4, ItemClass.RESENT), (5, ItemClass.RESENT),
        (6, ItemClass.RESENT), (7, ItemClass.RESENT)]
    assert resent[0].decision == Decision.SENT_BEFORE
    assert resent[0].reason == f"与批次{first.id}第2行内容相同（已驳回）"
    assert resent[1].reason == f"与批次{first.id}第3行内容相同（待处理）"
    assert second.batch.waiting == 0  # nothing is offered twice
    assert inbox.waiting() == 5  # batch 1's five waiting rows


def test_a_changed_row_is_not_a_resend(district, inbox, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    from inbox_support import write_csv

    changed = write_csv(tmp_path / "改.csv", [row(1, 法定代表人="另一人"), row(2)])
    items = inbox.items(inbox.receive(changed, MARKET, OrganLevel.DISTRICT).batch.id, 0, 10)
    assert [i.item_class for i in items] == [ItemClass.NEW, ItemClass.RESENT]


def test_an_invalid_row_shows_the_values_the_file_had(district, inbox, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    batch = inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch
    invalid = next(i for i in inbox.items(batch.id, 0, 100) if i.item_class == ItemClass.INVALID)
    pushed = {c.field: c.pushed for c in inbox.compare(invalid.id)}
    assert pushed == {"name": "—", "legal_rep_name": "法人40", "address": "重庆市九龙坡区西郊路40号",
                      "legal_nature": "有限责任公司", "registered_at": "2024-03-05",
                      "business_scope": "3岁以下婴幼儿照护服务"}
