"""Declarative base with a naming convention (batch migrations can only drop named constraints)."""

from __future__ import annotations

import datetime as dt
import uuid as _uuid

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (SQLite stores no zone; the UI converts to local time)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(_uuid.uuid4())


class Travelling:
    """Columns every record that travels between installations carries (design.md "Data")."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        return {"version_id_col": cls.version}


# Shaped per engine by their migrations (an expression, or NULLS FIRST on PostgreSQL): 20261204_0025 and
# 20261205_0044 (the unfiled queue's), 20261205_0048 (the fee list's 所属街道 and 法人性质 orders).
_EXPRESSION_INDEXES = frozenset({"ix_nursery_not_filed", "ix_nursery_street_pinyin",
                                 "ix_nursery_legal_nature_rank_pinyin"})
SERVER_ONLY_INDEXES = frozenset({"ix_nursery_status_id",  # migration 20261205_0036 (PostgreSQL only)
                                 "ix_nursery_search_grams",  # 20261205_0035 (PostgreSQL only)
                                 # 20261205_0042 (PostgreSQL only): the registry's sort columns with the id
                                 "ix_nursery_alias_id", "ix_nursery_uscc_id", "ix_nursery_street_id_id",
                                 "ix_nursery_places_total_id", "ix_nursery_places_inclusive_id",
                                 "ix_nursery_inclusive_id", "ix_nursery_legal_nature_rank_id",
                                 "ix_nursery_kind_rank_id", "ix_nursery_status_rank_id",
                                 "ix_nursery_demonstration_level_rank_id",
                                 # 20261205_0047 (PostgreSQL only): 备案管理's nullable sort columns, NULLs first
                                 "ix_filing_application_submitted_id", "ix_filing_application_due_id",
                                 "ix_filing_application_receipt_id"})


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate filter: the search indexes (FTS and its shadow tables, short terms; PostgreSQL's
    trigram indexes), the expression indexes (enum ranks, the unfiled queue's; reflected on PostgreSQL only)
    and PostgreSQL's own indexes are managed by hand."""
    if type_ == "index" and name and (name.endswith(("_trgm", "_rank")) or name in _EXPRESSION_INDEXES
                                      or name in SERVER_ONLY_INDEXES):
        return False
    return not (type_ == "table" and name and name.startswith(("nursery_fts", "nursery_gram", "search_position")))
