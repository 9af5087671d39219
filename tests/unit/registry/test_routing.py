"""Which organ registers a nursery of a given legal nature (domain.md §2, §17)."""

from __future__ import annotations

import dataclasses

import pytest

from workstation.domain.enums import LegalNature as N
from workstation.domain.enums import RegistrationOrganKind as Organ
from workstation.domain.routing import route_for

DEFAULTS = {
    N.PUBLIC_INSTITUTION: Organ.STAFFING_OFFICE,
    N.SOCIAL_SERVICE: Organ.CIVIL_AFFAIRS,
    N.FOR_PROFIT: Organ.MARKET_REGULATION,
    N.INDIVIDUAL_BUSINESS: Organ.MARKET_REGULATION,
}


@pytest.mark.parametrize(("nature", "organ"), list(DEFAULTS.items()))
def test_default_organ_per_legal_nature(nature: N, organ: Organ) -> None:
    route = route_for(nature)
    assert route.nature is nature
    assert route.organ is organ


@pytest.mark.parametrize("nature", [N.SOCIAL_SERVICE, N.FOR_PROFIT, N.INDIVIDUAL_BUSINESS])
def test_approval_bureau_replaces_civil_affairs_and_market_regulation(nature: N) -> None:
    assert route_for(nature, [nature]).organ is Organ.ADMIN_APPROVAL
    assert route_for(nature, list(N)).organ is Organ.ADMIN_APPROVAL


def test_approval_bureau_only_for_the_configured_natures() -> None:
    approval = [N.FOR_PROFIT]
    assert route_for(N.FOR_PROFIT, approval).organ is Organ.ADMIN_APPROVAL
    assert route_for(N.SOCIAL_SERVICE, approval).organ is Organ.CIVIL_AFFAIRS
    assert route_for(N.INDIVIDUAL_BUSINESS, approval).organ is Organ.MARKET_REGULATION
    assert route_for(N.PUBLIC_INSTITUTION, approval).organ is Organ.STAFFING_OFFICE


def test_approval_bureau_never_registers_public_institutions() -> None:
    assert route_for(N.PUBLIC_INSTITUTION, [N.PUBLIC_INSTITUTION]).organ is Organ.STAFFING_OFFICE
    assert route_for(N.PUBLIC_INSTITUTION, list(N)).organ is Organ.STAFFING_OFFICE


def test_other_nature_is_never_routed_to_the_approval_bureau() -> None:
    route = route_for(N.OTHER, list(N))
    assert route.organ is not Organ.ADMIN_APPROVAL
    assert route.certificate


def test_approval_natures_may_be_any_iterable() -> None:
    assert route_for(N.FOR_PROFIT, (n for n in [N.FOR_PROFIT])).organ is Organ.ADMIN_APPROVAL
    assert route_for(N.SOCIAL_SERVICE, frozenset({N.SOCIAL_SERVICE})).organ is Organ.ADMIN_APPROVAL


@pytest.mark.parametrize(
    ("nature", "certificate"),
    [
        (N.PUBLIC_INSTITUTION, "事业单位法人证书"),
        (N.SOCIAL_SERVICE, "民办非企业单位登记证书"),
        (N.FOR_PROFIT, "营业执照"),
        (N.INDIVIDUAL_BUSINESS, "营业执照"),
    ],
)
def test_certificate_names(nature: N, certificate: str) -> None:
    assert certificate in route_for(nature).certificate
    # The bureau that issues it does not change what the certificate is.
    assert certificate in route_for(nature, list(N)).certificate


def test_certificates_are_distinct_for_distinct_kinds() -> None:
    public = route_for(N.PUBLIC_INSTITUTION).certificate
    social = route_for(N.SOCIAL_SERVICE).certificate
    business = route_for(N.FOR_PROFIT).certificate
    assert len({public, social, business}) == 3
    assert "营业执照" not in public + social


def test_route_is_immutable() -> None:
    route = route_for(N.FOR_PROFIT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        route.organ = Organ.CIVIL_AFFAIRS  # type: ignore[misc]
