"""Random selections (双随机抽查): the draw with its seed and population, and the nurseries drawn."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling


class RandomDraw(Travelling, Base):
    """One draw: who drew when (created_at/by), the seed, the filters and the population it drew from.

    The canonical population (the candidate keys) is kept whole, so the draw can be re-run and
    compared long after the nurseries changed; its SHA-256 is what the printed result shows.
    """

    __tablename__ = "random_draw"
    __table_args__ = (
        CheckConstraint("count > 0", name="count_positive"),
        CheckConstraint("per_nursery > 0", name="per_nursery_positive"),
        CheckConstraint("count <= population_size", name="count_within_population"),
    )

    drawn_by_name: Mapped[str] = mapped_column(String(100), default="")
    method: Mapped[str] = mapped_column(String(20))
    seed: Mapped[str] = mapped_column(String(64))
    seed_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    population_size: Mapped[int] = mapped_column(Integer)
    population_sha256: Mapped[str] = mapped_column(String(64))
    population: Mapped[list] = mapped_column(JSON, default=list)
    count: Mapped[int] = mapped_column(Integer)
    per_nursery: Mapped[int] = mapped_column(Integer)
    inspectors: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    # Two-step draws (domain.draw_commitment): FROZEN at created_at, then DRAWN at drawn_at with the
    # public value published after the freeze; the seed is derived from it, never typed.
    stage: Mapped[str] = mapped_column(String(10), default="DRAWN", server_default="DRAWN")
    drawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    public_value: Mapped[str] = mapped_column(String(200), default="", server_default="")
    witness: Mapped[str] = mapped_column(String(50), default="", server_default="")

    picks: Mapped[list[RandomDrawPick]] = relationship(
        back_populates="draw", cascade="all, delete-orphan", order_by="RandomDrawPick.position")

    # The population can hold thousands of keys: the audit row keeps its SHA-256 instead.
    __audit_ignored__ = frozenset({"population"})


class RandomDrawPick(Base):
    """A nursery drawn, at its position, with its inspectors; name and street as they were then."""

    __tablename__ = "random_draw_pick"
    __table_args__ = (
        UniqueConstraint("draw_id", "position"),
        UniqueConstraint("nursery_id", "draw_id"),  # no nursery twice in a draw; indexes nursery_id
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("random_draw.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    nursery_key: Mapped[str] = mapped_column(String(64))
    nursery_name: Mapped[str] = mapped_column(String(200), default="")
    street_name: Mapped[str] = mapped_column(String(100), default="")
    inspectors: Mapped[list] = mapped_column(JSON, default=list)

    draw: Mapped[RandomDraw] = relationship(back_populates="picks")

