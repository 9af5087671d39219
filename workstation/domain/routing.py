"""Registration routing: which organ registers a nursery of a given legal nature (domain.md §2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workstation.domain.enums import LegalNature
from workstation.domain.enums import RegistrationOrganKind as Organ
from workstation.domain.texts import QT_TRANSLATE_NOOP

DEFAULT_ROUTES: dict[LegalNature, Organ] = {
    LegalNature.PUBLIC_INSTITUTION: Organ.STAFFING_OFFICE,
    LegalNature.SOCIAL_SERVICE: Organ.CIVIL_AFFAIRS,
    LegalNature.FOR_PROFIT: Organ.MARKET_REGULATION,
    LegalNature.INDIVIDUAL_BUSINESS: Organ.MARKET_REGULATION,
}

# Natures the administrative approval bureau may take over (it never registers public institutions).
APPROVAL_ELIGIBLE = frozenset(
    {LegalNature.SOCIAL_SERVICE, LegalNature.FOR_PROFIT, LegalNature.INDIVIDUAL_BUSINESS}
)

CERTIFICATES: dict[LegalNature, str] = {
    LegalNature.PUBLIC_INSTITUTION: QT_TRANSLATE_NOOP("DomainText", "事业单位法人证书"),
    LegalNature.SOCIAL_SERVICE: QT_TRANSLATE_NOOP("DomainText", "民办非企业单位登记证书"),
    LegalNature.FOR_PROFIT: QT_TRANSLATE_NOOP("DomainText", "营业执照"),
    LegalNature.INDIVIDUAL_BUSINESS: QT_TRANSLATE_NOOP("DomainText", "营业执照（个体工商户）"),
}

GENERIC_CERTIFICATE = QT_TRANSLATE_NOOP("DomainText", "登记证书")


@dataclass(frozen=True)
class Route:
    """Where a nursery registers and which certificate it should bring back."""

    nature: LegalNature
    organ: Organ | None
    certificate: str


def route_for(nature: LegalNature, approval_natures: Iterable[LegalNature] = ()) -> Route:
    """The route for `nature` in a district whose approval bureau registers `approval_natures`."""
    organ = DEFAULT_ROUTES.get(nature)
    if nature in APPROVAL_ELIGIBLE and nature in set(approval_natures):
        organ = Organ.ADMIN_APPROVAL
    return Route(nature, organ, CERTIFICATES.get(nature, GENERIC_CERTIFICATE))


def lawful_organs(nature: LegalNature) -> frozenset[Organ]:
    """The organs that may register `nature`: its own, or the approval bureau of a district that
    centralised licensing (empty for 其他: nothing to check against)."""
    organs = {DEFAULT_ROUTES[nature]} if nature in DEFAULT_ROUTES else set()
    if nature in APPROVAL_ELIGIBLE:
        organs.add(Organ.ADMIN_APPROVAL)
    return frozenset(organs)


def organ_problem(nature: LegalNature, organ: Organ | None) -> str | None:
    """Why `organ` cannot have registered a nursery of `nature` (None when it can, or nothing is known).

    One rule for intake, import and the routing table: e.g. a 事业单位 is registered by 编办, never
    by 市场监管; a for-profit nursery by 市场监管 (or the approval bureau), never by 民政 or 编办.
    """
    lawful = lawful_organs(nature)
    if organ is None or not lawful or organ in lawful:
        return None
    names = "或".join(o.zh for o in sorted(lawful, key=list(Organ).index))
    return f"{organ.zh}不办理{nature.zh}的登记（应在{names}登记），请核对登记机关或机构性质。"
