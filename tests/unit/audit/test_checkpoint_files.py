"""Two copies of one district sealed apart (two demo files made from one seed share the district's uuid)
keep their checkpoints apart: neither reads the other's lines as forged (a false alarm seen in a walk)."""

from __future__ import annotations

from workstation.db.audit_checkpoints import Checkpoint, append_line, read_log

DISTRICT = "a4ffa7be-0000-4000-8000-000000000001"
KEY_A, KEY_B = b"a" * 32, b"b" * 32


def test_copies_sealed_under_different_keys_keep_their_own_checkpoints():
    append_line(Checkpoint(9, "f" * 64, "2026-12-04T08:00:00+00:00", DISTRICT, "sign_in").signed(KEY_A), KEY_A)
    append_line(Checkpoint(3, "e" * 64, "2026-12-04T09:00:00+00:00", DISTRICT, "sign_in").signed(KEY_B), KEY_B)
    found_b, problems_b = read_log(DISTRICT, KEY_B)
    assert problems_b == [] and [c.seq for c in found_b] == [3]
    found_a, problems_a = read_log(DISTRICT, KEY_A)
    assert problems_a == [] and [c.seq for c in found_a] == [9]
