"""Which nurseries the district's figures count: one definition for the home page, the statistics
register (托育服务统计汇总表), the street table and the work queues.

A nursery counts, with its places and children, from registration until it is cancelled or closed:
an intention (意向登记) is not yet an institution, a cancelled or closed one no longer is.
"""

from __future__ import annotations

from workstation.domain.enums import InstitutionStatus as S

NOT_COUNTED = frozenset({S.INTAKE, S.CANCELLED, S.CLOSED_UNFILED})
COUNTED = frozenset(set(S) - NOT_COUNTED)
# Still to be worked on by the filing desk (queues list no cancelled or closed nursery).
CLOSED = frozenset({S.CANCELLED, S.CLOSED_UNFILED})


def is_counted(status: S) -> bool:
    return status in COUNTED
