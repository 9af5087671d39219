"""Why a filing action would be refused now, from the application's own content (its transition's guards).

The one reading of the guards: the action itself (steps.apply_action) refuses on it, and the
application's view carries it for each action the user is offered, so the dialog can disable a button
and say why before anyone clicks.
"""

from __future__ import annotations

from dataclasses import replace

from workstation.db.orm.filing import FilingApplication
from workstation.domain.filing import FilingAction, Transition, transition_for
from workstation.domain.filing_rules import GuardFacts, MaterialFacts, guard_problems
from workstation.domain.texts import QT_TRANSLATE_NOOP, Clauses, Text, text

# Guards on what the user gives with the action (the reason of a non-conformity notice), asked at
# the click: not the application's content.
ASKED_AT_ACTION = frozenset({"reason"})


def guard_facts(app: FilingApplication, reason: str = "") -> GuardFacts:
    materials = tuple(MaterialFacts(m.material_type, m.title, m.required, m.provided, m.result, m.rating,
                                    m.subtype, m.note) for m in app.materials)
    return GuardFacts(app.kind, materials, len(app.change_items), app.settlement_note, reason)


def unmet(app: FilingApplication, transition: Transition, reason: str) -> Text | None:
    """Why the action cannot be taken now (its guards), or None."""
    problems = guard_problems(transition.guards, guard_facts(app, reason))
    if not problems:
        return None
    return text(QT_TRANSLATE_NOOP("DomainText", "不能{action}：{problems}。"), action=transition.action,
                problems=Clauses(tuple(problems)))


def content_unmet(app: FilingApplication, action: FilingAction) -> Text | None:
    """What in the application stops `action` now (a reason asked at the action is not checked);
    ConflictError when the action does not apply to the application's kind and state."""
    transition = transition_for(app.kind, app.state, action)
    guards = tuple(g for g in transition.guards if g not in ASKED_AT_ACTION)
    return unmet(app, replace(transition, guards=guards), "")


def blocked_actions(app: FilingApplication,
                    actions: tuple[FilingAction, ...]) -> tuple[tuple[FilingAction, Text], ...]:
    """Each of `actions` (legal for the application's kind and state) that its content blocks, with why."""
    found = ((action, content_unmet(app, action)) for action in actions)
    return tuple((action, why) for action, why in found if why is not None)
