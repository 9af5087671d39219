"""The application context: one object per signed-in session holding the database, the actor,
the clocks and every area's services (each built once, on first use). The GUI and the CLI both
compose the product through it; nothing below this module reaches for a global.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from workstation.services.common.context import Actor

if TYPE_CHECKING:
    from workstation.db.attachments import Attachments
    from workstation.db.session import Database
    from workstation.services.accounts import AuthService, UserService
    from workstation.services.audit import AuditService
    from workstation.services.calendar import CalendarService, Recompute
    from workstation.services.district import DistrictService, RuleCatalogueService, SettingsService
    from workstation.services.fees import FeeRuleService, FeeService
    from workstation.services.filing import FilingService
    from workstation.services.home import HomeService
    from workstation.services.inbox import InboxService, UnregisteredService
    from workstation.services.inspections import (
        InspectionQueues,
        InspectionService,
        RandomDrawService,
        TemplateService,
    )
    from workstation.services.registers import RegistersService
    from workstation.services.registry import (
        IntakeService,
        LifecycleService,
        RegistryService,
        RoutingService,
        TimelineService,
    )
    from workstation.services.staff import BanService, StaffQueue, StaffService


def recomputers() -> tuple[Recompute, ...]:
    """Every area's recomputer of provisional deadlines (run by the calendar after each edit)."""
    from workstation.services.filing import recompute_filing_clocks
    from workstation.services.inspections import recompute_finding_deadlines

    return recompute_filing_clocks, recompute_finding_deadlines


class AppContext:
    """The session's composition: `ctx.filing`, `ctx.calendar` … are the services as the actor sees them."""

    def __init__(self, db: Database, actor: Actor, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db, self.actor, self.today = db, actor, today

    @property
    def factory(self):
        return self.db.factory

    @property
    def location(self) -> str:
        return self.db.location

    @cached_property
    def attachments(self) -> Attachments:
        from workstation.db.attachments import Attachments

        return Attachments(self.db.factory)

    # --- registry ------------------------------------------------------------------------------

    @cached_property
    def registry(self) -> RegistryService:
        from workstation.services.registry import RegistryService

        return RegistryService(self.factory, self.actor)

    @cached_property
    def intake(self) -> IntakeService:
        from workstation.services.registry import IntakeService

        return IntakeService(self.factory, self.actor)

    @cached_property
    def lifecycle(self) -> LifecycleService:
        """The nursery's life-cycle acts (notice decided, suspension, resumption, closed unfiled)."""
        from workstation.services.registry import LifecycleService

        return LifecycleService(self.factory, self.actor, today=self.today)

    @cached_property
    def timeline(self) -> TimelineService:
        """A nursery's history across every area (registration, filing, inspections, fees)."""
        from workstation.services.filing import timeline as filing_timeline
        from workstation.services.inbox import inbox_entries
        from workstation.services.inspections import timeline as inspection_timeline
        from workstation.services.registry import TimelineService
        from workstation.services.staff import staff_timeline

        return TimelineService(self.factory, self.actor,
                               providers=[filing_timeline, inspection_timeline, self._fee_timeline, inbox_entries,
                                          staff_timeline])

    def _fee_timeline(self, _session, nursery_id: int):
        from workstation.services.common.timeline import TimelineEntry

        return [TimelineEntry(e.at, "收费", e.text, e.actor) for e in self.fees.fee_timeline(nursery_id)]

    @cached_property
    def inbox(self) -> InboxService:
        """The registration inbox (推送收件箱): pushed files and the clerk's decisions on their rows."""
        from workstation.services.inbox import InboxService

        return InboxService(self.factory, self.actor, self.attachments, today=self.today)

    @cached_property
    def unregistered(self) -> UnregisteredService:
        """Nurseries found operating without registration (在营未登记)."""
        from workstation.services.inbox import UnregisteredService

        return UnregisteredService(self.factory, self.actor, today=self.today)

    # --- filing, inspections, fees ----------------------------------------------------------------

    @cached_property
    def filing(self) -> FilingService:
        from workstation.services.filing import FilingService

        return FilingService(self.factory, self.actor, self.attachments, today=self.today)

    @cached_property
    def inspections(self) -> InspectionService:
        from workstation.exports.inspections import write_rectification_notice
        from workstation.services.inspections import InspectionService

        return InspectionService(self.factory, self.actor, self.attachments, today=self.today,
                                 notice_writer=write_rectification_notice)

    @cached_property
    def inspection_queues(self) -> InspectionQueues:
        from workstation.services.inspections import InspectionQueues

        return InspectionQueues(self.factory, self.actor, self.today)

    @cached_property
    def templates(self) -> TemplateService:
        from workstation.services.inspections import TemplateService

        return TemplateService(self.factory, self.actor)

    def draws(self) -> RandomDrawService:
        """A new draw service (each draw dialog takes its own: the seed generator is per dialog)."""
        from workstation.exports.inspections import write_draw_pdf
        from workstation.services.inspections import RandomDrawService

        return RandomDrawService(self.factory, self.actor, write_draw_pdf)

    @cached_property
    def fees(self) -> FeeService:
        from workstation.services.fees import FeeService

        return FeeService(self.factory, self.actor, self.attachments)

    @cached_property
    def fee_rules(self) -> FeeRuleService:
        from workstation.services.fees import FeeRuleService

        return FeeRuleService(self.factory, self.actor)

    # --- staff ------------------------------------------------------------------------------------

    @cached_property
    def staff(self) -> StaffService:
        from workstation.services.staff import StaffService

        return StaffService(self.factory, self.actor, self.attachments, today=self.today)

    @cached_property
    def bans(self) -> BanService:
        from workstation.services.staff import BanService

        return BanService(self.factory, self.actor, today=self.today)

    @cached_property
    def staff_queue(self) -> StaffQueue:
        from workstation.services.staff import StaffQueue

        return StaffQueue(self.factory, self.actor, today=self.today)

    # --- registers, calendar, district and administration -----------------------------------------

    @cached_property
    def registers(self) -> RegistersService:
        from workstation.exports import export_register
        from workstation.services.registers import RegistersService

        return RegistersService(self.factory, self.actor, export_register)

    @cached_property
    def calendar(self) -> CalendarService:
        from workstation.services.calendar import CalendarService

        return CalendarService(self.factory, self.actor, recomputers(), today=self.today)

    @cached_property
    def district(self) -> DistrictService:
        from workstation.services.district import DistrictService

        return DistrictService(self.factory, self.actor)

    @cached_property
    def home(self) -> HomeService:
        from workstation.services.home import HomeService

        return HomeService(self.factory)

    @cached_property
    def settings(self) -> SettingsService:
        from workstation.services.district import SettingsService

        return SettingsService(self.factory, self.actor)

    @cached_property
    def rule_catalogue(self) -> RuleCatalogueService:
        """The parameters in force with their sources (the services use the same defaults)."""
        from workstation.services.district import RuleCatalogueService

        return RuleCatalogueService(self.factory, self.actor)

    @cached_property
    def routing(self) -> RoutingService:
        """The district's routing table (legal nature → registration organ)."""
        from workstation.services.registry import RoutingService

        return RoutingService(self.factory, self.actor)

    @cached_property
    def auth(self) -> AuthService:
        from workstation.services.accounts import AuthService

        return AuthService(self.factory)

    @cached_property
    def users(self) -> UserService:
        from workstation.services.accounts import UserService

        return UserService(self.factory, self.actor)

    @cached_property
    def audit(self) -> AuditService:
        from workstation.services.audit import AuditService

        return AuditService(self.factory, self.actor)
