"""The lease rule (#16 item 8): the term is measured at filing, a filed nursery's lease ending soon is
flagged on its own, and a leased dwelling used as a 家庭托育点 is checked too."""

from __future__ import annotations

import datetime as dt

from workstation.domain.enums import InstitutionKind, LegalNature, PremisesType
from workstation.domain.intake_checks import check_draft
from workstation.domain.nursery import NurseryDraft
from workstation.domain.rules import NATIONAL_DEFAULTS

TODAY = dt.date(2026, 12, 4)


def codes(lease_end: dt.date | None, filed_on: dt.date | None = None, premises=PremisesType.LEASED,
          kind=InstitutionKind.STANDALONE, today: dt.date = TODAY) -> dict[str, str]:
    draft = NurseryDraft(name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=kind,
                         premises_type=premises, lease_end=lease_end)
    return {f.code: f.message for f in check_draft(draft, NATIONAL_DEFAULTS, today, filed_on)
            if f.code.startswith("R-LEASE")}


def test_an_old_nursery_filed_with_a_long_lease_is_not_warned_at_every_edit():
    """Before: the remaining lease was measured from today, so this warned on every edit."""
    assert codes(dt.date(2028, 6, 30), filed_on=dt.date(2024, 3, 1)) == {}


def test_a_filed_nursery_whose_lease_ends_soon_is_flagged_on_its_own():
    found = codes(dt.date(2027, 3, 31), filed_on=dt.date(2023, 1, 10))
    assert list(found) == ["R-LEASE-END"] and "将于2027-03-31到期" in found["R-LEASE-END"]
    assert "已于2026-11-30到期" in codes(dt.date(2026, 11, 30), filed_on=dt.date(2023, 1, 10))["R-LEASE-END"]
    assert codes(dt.date(2027, 6, 5), filed_on=dt.date(2023, 1, 10)) == {}  # just beyond six months


def test_a_short_lease_at_filing_is_warned_with_the_filing_date():
    found = codes(dt.date(2026, 12, 31), filed_on=dt.date(2024, 1, 10))
    assert "备案时（2024-01-10）" in found["R-LEASE"] and "R-LEASE-END" in found


def test_not_yet_filed_measures_from_today_across_the_year_end():
    assert "R-LEASE" in codes(dt.date(2029, 12, 3))
    assert codes(dt.date(2029, 12, 4)) == {}
    assert codes(dt.date(2030, 1, 1), today=dt.date(2027, 1, 2)) != {}  # measured from the new year's today


def test_a_leased_dwelling_used_as_a_home_based_point_is_checked():
    """Before: a 家庭托育点 in a leased dwelling (场所性质 住宅 with a lease end) was never checked."""
    found = codes(dt.date(2027, 5, 1), premises=PremisesType.HOME, kind=InstitutionKind.HOME_BASED)
    assert "R-LEASE" in found
    assert codes(None, premises=PremisesType.HOME, kind=InstitutionKind.HOME_BASED) == {}  # own dwelling
