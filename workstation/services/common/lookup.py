"""Loading a row by its id or saying clearly that it does not exist: one way for every area."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.domain.errors import NotFound
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

T = TypeVar("T")


def get_or_not_found(session: Session, model: type[T], row_id: Any, message: str | Text, **options: Any) -> T:
    """The row of `model` with primary key `row_id`, or NotFound(message)."""
    row = session.get(model, row_id, **options)
    if row is None:
        raise NotFound(message)
    return row


def load_nursery(session: Session, nursery_id: int, **options: Any) -> Nursery:
    """The nursery with this id, or NotFound with the message every area uses."""
    return get_or_not_found(session, Nursery, nursery_id, text(
        QT_TRANSLATE_NOOP("DomainText", "找不到记录号为 {id} 的机构。"), id=nursery_id), **options)
