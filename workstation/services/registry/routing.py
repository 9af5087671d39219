"""The district's registration routing table (legal nature → registration organ), editable by admins."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.key_locks import hold_key_lock
from workstation.db.orm import District, RoutingRule
from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import NotFound, ValidationError
from workstation.domain.permissions import Action
from workstation.domain.routing import CERTIFICATES, Route, organ_problem, route_for
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, require, writing


class RoutingService:
    """Reads the route for a legal nature; an edited table never rewrites existing nurseries."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def table(self) -> dict[LegalNature, Route]:
        """The route of every legal nature under this district's table."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            return routes_in(session)

    def route(self, nature: LegalNature) -> Route:
        return self.table()[nature]

    def set_route(self, nature: LegalNature, organ: RegistrationOrganKind) -> Route:
        """Change where `nature` registers from now on (SETTINGS_EDIT)."""
        require(self._actor, Action.SETTINGS_EDIT)
        problem = organ_problem(nature, organ)
        if problem:
            raise ValidationError(problem, "organ")
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            hold_key_lock(session, "setting", f"routing:{nature.value}")  # first route of a nature, two desks
            district = _district(session)
            rule = session.scalars(
                select(RoutingRule).where(RoutingRule.district_id == district.id,
                                          RoutingRule.legal_nature == nature)
            ).first()
            who = self._actor.username
            if rule is None:
                rule = RoutingRule(district_id=district.id, legal_nature=nature, created_by=who)
                session.add(rule)
            rule.organ_kind = organ
            rule.certificate = CERTIFICATES.get(nature, "")
            rule.updated_by = who
            return Route(nature, organ, CERTIFICATES.get(nature, "登记证书"))


def routes_in(session: Session) -> dict[LegalNature, Route]:
    """Routes from the table rows, defaults (with the district's approval natures) elsewhere."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    approval = [LegalNature(v) for v in (district.approval_natures if district else [])]
    table = {nature: route_for(nature, approval) for nature in LegalNature}
    if district is not None:
        rows = session.scalars(select(RoutingRule).where(RoutingRule.district_id == district.id))
        for rule in rows:
            table[rule.legal_nature] = Route(rule.legal_nature, rule.organ_kind,
                                             CERTIFICATES.get(rule.legal_nature, "登记证书"))
    return table


def _district(session: Session) -> District:
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    if district is None:
        raise NotFound("尚未设置辖区，请先完成首次运行设置。")
    return district
