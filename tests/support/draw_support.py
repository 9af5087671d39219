"""A two-step random draw in one call, for tests that need a drawn result (freeze, then the public value)."""

from __future__ import annotations

from collections.abc import Sequence


def draw_now(service, filters, count: int, pool: Sequence[str], per_nursery: int = 2, *,
             public: str = "福彩3D第2025260期 507", witness: str = "见证人甲"):
    """Freeze the draw, then complete it with `public` as the published value."""
    frozen = service.freeze(filters, count, pool, per_nursery)
    return service.complete(frozen.id, public, witness)
