"""The filing state machine as data (domain.md §18.2) and the nursery lifecycle it drives (§18.1)."""

from __future__ import annotations

import pytest

from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import ConflictError
from workstation.domain.filing import (
    TRANSITIONS,
    DocumentKind,
    FilingAction,
    FilingKind,
    FilingState,
    documents_for,
    nursery_status_after,
    transition_for,
    transitions_from,
)
from workstation.domain.filing_rules import (
    FireProofKind,
    GuardFacts,
    HygieneRating,
    MaterialFacts,
    MaterialResult,
    MaterialType,
    guard_problems,
)
from workstation.domain.permissions import Action

A, S, K = FilingAction, FilingState, FilingKind

# The legal moves, written out independently of the table (§18.2, plus abandoning a draft or a return).
EXPECTED = {
    (S.DRAFT, A.SUBMIT): S.SUBMITTED, (S.DRAFT, A.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, A.START_CHECK): S.MATERIALS_CHECK, (S.SUBMITTED, A.WITHDRAW): S.WITHDRAWN,
    (S.MATERIALS_CHECK, A.RETURN): S.RETURNED_FOR_SUPPLEMENT, (S.MATERIALS_CHECK, A.ACCEPT): S.ACCEPTED,
    (S.MATERIALS_CHECK, A.WITHDRAW): S.WITHDRAWN,
    (S.RETURNED_FOR_SUPPLEMENT, A.RESUBMIT): S.SUBMITTED, (S.RETURNED_FOR_SUPPLEMENT, A.WITHDRAW): S.WITHDRAWN,
    (S.ACCEPTED, A.VERIFY): S.VERIFIED, (S.ACCEPTED, A.NOTIFY): S.NOTIFIED,
}


def expected_for(kind: FilingKind) -> dict:
    if kind is K.CANCELLATION:  # a closed nursery is not notified of non-conformity
        return {k: v for k, v in EXPECTED.items() if k[1] is not A.NOTIFY}
    return EXPECTED


@pytest.mark.parametrize("kind", list(FilingKind))
def test_every_state_action_pair_is_legal_exactly_as_expected(kind):
    legal = expected_for(kind)
    for state in FilingState:
        for action in FilingAction:
            if (state, action) in legal:
                assert transition_for(kind, state, action).target is legal[state, action]
            else:
                with pytest.raises(ConflictError) as caught:
                    transition_for(kind, state, action)
                assert action.zh in caught.value.message


def test_refusal_names_the_current_state_and_where_the_action_is_possible():
    with pytest.raises(ConflictError) as caught:
        transition_for(K.INITIAL, S.DRAFT, A.ACCEPT)
    assert caught.value.message == "该首次备案申请当前为“草稿”，不能受理备案并出具回执（仅“材料审核中”状态可以）。"
    with pytest.raises(ConflictError, match="注销备案申请不适用“通知不符合要求”"):
        transition_for(K.CANCELLATION, S.ACCEPTED, A.NOTIFY)


def test_terminal_states_offer_nothing():
    for kind in FilingKind:
        for state in (S.VERIFIED, S.NOTIFIED, S.WITHDRAWN):
            assert transitions_from(kind, state) == []


def test_decisions_need_the_decide_permission_and_the_rest_the_edit_permission():
    for t in TRANSITIONS:
        decide = t.action in (A.ACCEPT, A.VERIFY, A.NOTIFY)
        assert t.permission is (Action.FILING_DECIDE if decide else Action.FILING_EDIT)


def test_accept_guards_per_kind():
    guards = {kind: transition_for(kind, S.MATERIALS_CHECK, A.ACCEPT).guards for kind in FilingKind}
    assert {"materials_complete", "hygiene_qualified"} <= set(guards[K.INITIAL])
    assert "change_items" in guards[K.CHANGE]
    assert "settlement_note" in guards[K.CANCELLATION]


def _facts(rating=HygieneRating.QUALIFIED, fire_subtype=True, provided=True, result=MaterialResult.OK):
    return GuardFacts(K.INITIAL, (
        MaterialFacts(MaterialType.LICENCE, "营业执照", True, provided, result),
        MaterialFacts(MaterialType.HYGIENE_EVALUATION, "卫生评价报告", True, True, MaterialResult.OK, rating),
        MaterialFacts(MaterialType.FIRE_SAFETY, "消防安全证明", True, True, MaterialResult.OK,
                      subtype=FireProofKind.THIRD_PARTY if fire_subtype else None),
        MaterialFacts(MaterialType.OTHER, "其他", False, False),
    ))


def _problems(guards, facts) -> list[str]:
    return [str(problem) for problem in guard_problems(guards, facts)]


def test_guards_name_each_problem():
    accept = ("materials_complete", "hygiene_qualified")
    assert _problems(accept, _facts()) == []
    assert _problems(accept, _facts(provided=False)) == ["必需材料“营业执照”尚未提供"]
    assert _problems(accept, _facts(result=None)) == ["材料“营业执照”尚未审核通过"]
    assert _problems(accept, _facts(rating=HygieneRating.UNQUALIFIED)) == ["卫生评价报告的结论不是“合格”"]
    assert _problems(accept, _facts(rating=None)) == ["卫生评价报告的结论不是“合格”"]
    assert _problems(accept, _facts(fire_subtype=False)) == ["消防安全证明未注明证明类型"]


@pytest.mark.parametrize("kind, action, current, before, after", [
    (K.INITIAL, A.SUBMIT, Status.REGISTERED, None, Status.FILING),
    (K.INITIAL, A.RETURN, Status.FILING, Status.REGISTERED, Status.REGISTERED),
    (K.INITIAL, A.RESUBMIT, Status.REGISTERED, Status.REGISTERED, Status.FILING),
    (K.INITIAL, A.WITHDRAW, Status.FILING, Status.REGISTERED, Status.REGISTERED),
    (K.INITIAL, A.WITHDRAW, Status.REGISTERED, None, Status.REGISTERED),  # a draft: nothing to undo
    (K.INITIAL, A.ACCEPT, Status.FILING, Status.REGISTERED, Status.FILED),
    (K.INITIAL, A.VERIFY, Status.FILED, Status.REGISTERED, Status.OPERATING),
    (K.INITIAL, A.VERIFY, Status.CHANGING, Status.REGISTERED, Status.CHANGING),  # already moved on
    (K.INITIAL, A.NOTIFY, Status.FILED, Status.REGISTERED, Status.UNDER_NOTICE),
    (K.CHANGE, A.SUBMIT, Status.OPERATING, None, Status.CHANGING),
    (K.CHANGE, A.ACCEPT, Status.CHANGING, Status.OPERATING, Status.OPERATING),
    (K.CHANGE, A.ACCEPT, Status.CHANGING, Status.FILED, Status.FILED),
    (K.CHANGE, A.RETURN, Status.CHANGING, Status.OPERATING, Status.OPERATING),
    (K.CHANGE, A.NOTIFY, Status.OPERATING, Status.OPERATING, Status.UNDER_NOTICE),
    (K.CANCELLATION, A.SUBMIT, Status.SUSPENDED, None, Status.CANCELLING),
    (K.CANCELLATION, A.WITHDRAW, Status.CANCELLING, Status.SUSPENDED, Status.SUSPENDED),
    (K.CANCELLATION, A.ACCEPT, Status.CANCELLING, Status.OPERATING, Status.CANCELLED),
    (K.CANCELLATION, A.VERIFY, Status.CANCELLED, Status.OPERATING, Status.CANCELLED),
])
def test_nursery_status_follows_the_lifecycle(kind, action, current, before, after):
    assert nursery_status_after(kind, action, current, before) is after


@pytest.mark.parametrize("kind, action, current", [
    (K.INITIAL, A.SUBMIT, Status.INTAKE), (K.INITIAL, A.SUBMIT, Status.CLOSED_UNFILED),
    (K.CHANGE, A.SUBMIT, Status.REGISTERED), (K.CHANGE, A.SUBMIT, Status.CANCELLED),
    (K.CANCELLATION, A.SUBMIT, Status.REGISTERED), (K.INITIAL, A.ACCEPT, Status.REGISTERED),
])
def test_nursery_status_refuses_what_the_lifecycle_does_not_allow(kind, action, current):
    with pytest.raises(ConflictError, match=f"机构当前状态为“{current.zh}”"):
        nursery_status_after(kind, action, current, None)


def test_documents_follow_kind_state_and_returns():
    assert documents_for(K.INITIAL, S.MATERIALS_CHECK, False) == ()
    assert documents_for(K.INITIAL, S.RETURNED_FOR_SUPPLEMENT, True) == (DocumentKind.SUPPLEMENT_NOTICE,)
    assert documents_for(K.INITIAL, S.ACCEPTED, False) == (DocumentKind.RECEIPT, DocumentKind.BASIC_CONDITIONS)
    assert documents_for(K.CHANGE, S.VERIFIED, True) == (DocumentKind.SUPPLEMENT_NOTICE, DocumentKind.CHANGE_RECEIPT)
    assert documents_for(K.CANCELLATION, S.ACCEPTED, False) == (DocumentKind.CANCELLATION_RECEIPT,)
